"""Honest history and checks on the desk (issue 18 item 5): a sync process really killed mid-run is
marked "interrupted" at the next start with what it had committed; `usu-admin check` proves no payment
is booked twice under a normalised external id and that each payment is as it was booked."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from flask import request
from sqlalchemy import func, insert, select, text

from tests.backends import db_arg
from tests.exchange.conftest import Exchange
from tests.sync.conftest import Clinic, connect
from usu_desktop.bank import credentials
from usu_desktop.cli import main as usu_admin
from usu_desktop.domain.money import Money
from usu_desktop.exchange.app import create_app
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.server import start_in_thread
from usu_desktop.exchange.store import Store, payments_table, utcnow
from usu_desktop.services.check import check_books
from usu_desktop.services.clients import ClientInput, ClientService
from usu_desktop.services.payments import PaymentService
from usu_desktop.services.settings import ClinicSettings, SettingsService
from usu_desktop.services.sync import PAGE_SIZE
from usu_desktop.storage.db import Database
from usu_desktop.storage.models import Payment
from usu_desktop.storage.sync_queries import read_cursor

PAYMENTS = 2 * PAGE_SIZE + 100  # three pages: the third is asked for only after the first is committed


class Gate:
    """Holds the request for the third page until the test lets go (it kills the desk meanwhile)."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()

    def __call__(self) -> None:
        if request.path == "/api/v1/payments" and int(request.args.get("after", "0")) >= 2 * PAGE_SIZE:
            self.reached.set()
            self.release.wait(timeout=60)


@pytest.fixture
def gated(tmp_path: Path, exchange_url: str) -> Iterator[tuple[Exchange, Gate]]:
    config = ExchangeConfig(db_url=exchange_url)
    store = Store(exchange_url)
    token = store.add_token("desk-1")
    app = create_app(config, store)
    gate = Gate()
    app.before_request(gate)
    server = start_in_thread(app, threads=8)
    try:
        yield Exchange(server.url, token, store, config, server, tmp_path / "exchange.sqlite3"), gate
    finally:
        gate.release.set()
        server.stop()
        store.close()


def desk_payments(clinic: Clinic) -> int:
    with clinic.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Payment)) or 0)


def test_a_sync_process_killed_mid_run_is_marked_interrupted_with_what_it_committed(
        clinic: Clinic, gated: tuple[Exchange, Gate], tmp_path: Path) -> None:
    exchange, gate = gated
    cid, number = clinic.client("Ivan", "Ivanov")
    clinic.invoice(cid, "100.00")
    sync = connect(clinic, exchange.url, exchange.token)
    try:
        assert sync.run().uploaded == 1  # the charge list is on the exchange
        now = utcnow()
        with exchange.store.writing() as conn:  # terminal payments, as /osmp books them
            conn.execute(insert(payments_table), [
                {"txn_id": str(9000 + i), "account": number, "sum_minor": 100, "currency": "RUB",
                 "txn_date": "20261204120000", "result": 0, "created_at": now} for i in range(PAYMENTS)])

        env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
        desk = subprocess.Popen([sys.executable, "-m", "usu_desktop.cli", "sync", "--db", db_arg(clinic.db),
                                 "--url", exchange.url, "--token-stdin"], env=env, text=True,
                                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert desk.stdin is not None
        desk.stdin.write(exchange.token + "\n")
        desk.stdin.close()
        assert gate.reached.wait(timeout=120), desk.stderr.read() if desk.stderr else ""
        desk.send_signal(signal.SIGKILL)  # the OS ends the desk in the middle of its sync
        assert desk.wait(timeout=30) == -signal.SIGKILL
        if desk.stderr:
            desk.stderr.close()
        gate.release.set()

        killed = sync.runs()[0]
        committed = desk_payments(clinic)
        with clinic.db.reading() as session:
            cursor = read_cursor(session, exchange.url)
        assert killed.finished_at is None and killed.error == ""  # "running", as the dead desk left it
        assert committed in (PAGE_SIZE, 2 * PAGE_SIZE)  # whole pages only, at least the first
        assert (killed.fetched, killed.booked, killed.cursor) == (committed, committed, str(cursor))

        rest = sync.run()  # the next start
        assert (rest.received, rest.booked, rest.duplicates) == (PAYMENTS - committed,) * 2 + (0,)
        newest, interrupted = sync.runs()[:2]
        assert newest.error == "" and newest.finished_at is not None
        assert interrupted.id == killed.id and interrupted.error == "interrupted"
        assert interrupted.finished_at is not None
        assert (interrupted.fetched, interrupted.booked) == (committed, committed)
        assert desk_payments(clinic) == PAYMENTS
        assert PaymentService(clinic.db).client_credit(cid, "RUB") == Money(PAYMENTS * 1 - 100, "RUB")
    finally:
        credentials.set_token("test-desk", None)


# --- usu-admin check: doubled payments, and payments that differ from what was booked ---------------
@pytest.fixture
def books(db_url: str) -> Iterator[tuple[Database, str]]:
    db = Database.open(db_url)
    SettingsService(db).save(ClinicSettings(name="Clinic", currency="RUB"))
    made = ClientService(db).create(ClientInput("Ivan", "Ivanov"))
    assert made.client_number is not None
    yield db, made.client_number
    db.close()


def codes(db: Database) -> list[tuple[str, int | None]]:
    return sorted((v.code, v.entity_id) for v in check_books(db))


def book(db: Database, source: str, external_id: str, amount: str, account: str) -> int:
    result = PaymentService(db).book_external_payment(source, external_id, Money(amount, "RUB"),
                                                      datetime(2026, 12, 4, 12), account=account)
    assert result.status == "booked"
    return result.payment_id


def test_check_finds_a_payment_booked_twice_under_one_normalised_id(books: tuple[Database, str]) -> None:
    db, account = books
    first = book(db, "terminal", "1016", "10.00", account)
    book(db, "terminal", "2016", "10.00", account)
    book(db, "bank", "0001016", "10.00", account)  # a bank reference is no number: another payment
    book(db, "link", "L7", "10.00", account)
    assert codes(db) == []
    padded = book(db, "terminal", "0001016", "10.00", account)  # as an old exchange could have sent it
    spaced = book(db, "terminal", " 1016", "10.00", account)
    bank_spaced = book(db, "bank", "0001016 ", "10.00", account)
    found = check_books(db)
    assert sorted((v.code, v.entity_id) for v in found) == [
        ("payment_booked_twice", padded), ("payment_booked_twice", spaced),
        ("payment_booked_twice", bank_spaced)]
    twice = next(v for v in found if v.entity_id == padded)
    assert twice.message_params == {"name": "0001016", "stored": "terminal 1016",
                                    "expected": f"payment {first} only"}
    assert usu_admin(["check", "--db", db_arg(db), "--json"]) == 1


def damage(db: Database, sql: str, **params: object) -> None:
    with db.session() as session:
        session.execute(text(sql), params)


def test_check_finds_a_payment_whose_channel_or_amount_changed_after_booking(
        books: tuple[Database, str], capsys: pytest.CaptureFixture[str]) -> None:
    db, account = books
    one = book(db, "terminal", "501", "10.00", account)
    two = book(db, "link", "L9", "20.00", account)
    three = book(db, "bank", "ref-3", "30.00", account)
    assert codes(db) == []
    assert usu_admin(["check", "--db", db_arg(db)]) == 0
    capsys.readouterr()
    damage(db, "UPDATE payments SET source = 'bank' WHERE id = :id", id=one)
    damage(db, "UPDATE payments SET amount_minor = 2500 WHERE id = :id", id=two)
    damage(db, "UPDATE payments SET external_id = 'ref-4' WHERE id = :id", id=three)
    found = [(v.code, v.entity_id) for v in check_books(db) if v.code == "payment_differs_from_report"]
    assert sorted(found) == [("payment_differs_from_report", one), ("payment_differs_from_report", two),
                             ("payment_differs_from_report", three)]
    assert usu_admin(["check", "--db", db_arg(db), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert {v["code"] for v in out["violations"]} >= {"payment_differs_from_report"}
    moved = next(v for v in check_books(db) if v.entity_id == two and v.code == "payment_differs_from_report")
    assert moved.message_params["stored"] == "link L9 2500"
    assert moved.message_params["expected"] == "link L9 2000"

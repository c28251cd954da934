"""Sync when things go wrong: exchange down, silent, failing, lying, restarted; the desk killed mid-page."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from werkzeug.serving import make_server

from tests.exchange.conftest import Exchange, pay
from tests.sync.conftest import Clinic, connect
from usu_desktop.bank.errors import BankError
from usu_desktop.bank.exchange_client import ExchangeClient
from usu_desktop.domain.money import Money
from usu_desktop.exchange.app import create_app
from usu_desktop.exchange.server import start_in_thread
from usu_desktop.exchange.store import Store
from usu_desktop.services.payments import PaymentService
from usu_desktop.services.sync import SyncService
from usu_desktop.storage import sync_queries
from usu_desktop.storage.sync_queries import read_cursor


def cursor_of(clinic: Clinic, url: str) -> int:
    with clinic.db.reading() as session:
        return read_cursor(session, url)


def payment_count(clinic: Clinic) -> int:
    from sqlalchemy import func, select

    from usu_desktop.storage.models import Payment

    with clinic.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Payment)) or 0)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- servers that misbehave -----------------------------------------------------------------------
class Scripted:
    """A fake exchange: health and ack answer normally, charges and payments from a script."""

    def __init__(self) -> None:
        self.payments: list[tuple[int, str, bytes]] = []
        self.charges: tuple[int, str, bytes] = (200, "application/json", b'{"status": "replaced"}')
        self.acked: list[int] = []

    def __call__(self, environ: dict[str, Any], start_response: Any) -> list[bytes]:
        path = environ["PATH_INFO"]
        if path == "/api/v1/payments/ack":
            body = json.loads(environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0)))
            self.acked.append(body["cursor"])
            out = json.dumps({"acked_cursor": body["cursor"]}).encode()
            status, ctype = 200, "application/json"
        elif path == "/api/v1/health":
            out = b'{"status": "ok", "version": "1", "server_time": "2026-11-22T10:00:00+00:00"}'
            status, ctype = 200, "application/json"
        elif path == "/api/v1/charges":
            environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
            status, ctype, out = self.charges
        elif path == "/api/v1/payments":
            status, ctype, out = self.payments.pop(0) if len(self.payments) > 1 else self.payments[0]
        else:
            status, ctype, out = 404, "text/plain", b"no"
        start_response(f"{status} X", [("Content-Type", ctype), ("Content-Length", str(len(out)))])
        return [out]


@pytest.fixture
def scripted() -> Iterator[tuple[str, Scripted]]:
    app = Scripted()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", app
    server.shutdown()
    thread.join()


def item(cursor: int, txn: str, account: str, minor: int) -> dict[str, Any]:
    return {"cursor": cursor, "source": "terminal", "external_id": txn, "account": account,
            "amount_minor": minor, "currency": "RUB", "paid_at": "2026-11-22T10:00:00+00:00",
            "prv_txn": cursor}


def page(items: list[dict[str, Any]], has_more: bool = False) -> tuple[int, str, bytes]:
    next_cursor = items[-1]["cursor"] if items else 0
    return 200, "application/json", json.dumps({"payments": items, "next_cursor": next_cursor,
                                                "has_more": has_more}).encode()


def test_exchange_down_is_recorded_and_changes_nothing(clinic: Clinic) -> None:
    cid, _number = clinic.client("Ivan", "Ivanov")
    clinic.invoice(cid, "100.00")
    url = f"http://127.0.0.1:{free_port()}"
    sync = connect(clinic, url, "token")
    with pytest.raises(BankError) as err:
        sync.run()
    assert err.value.code == "exchange_unreachable"
    runs = sync.runs()
    assert len(runs) == 1 and runs[0].error == "exchange_unreachable" and runs[0].finished_at is not None
    assert sync.last_success() is None and cursor_of(clinic, url) == 0


def test_silent_exchange_times_out(clinic: Clinic) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        sync = SyncService(clinic.db, "sync", client_factory=lambda c: ExchangeClient(
            c.url, "t", timeout=(1, 0.2), retries=0))
        connect(clinic, url, "t")
        with pytest.raises(BankError) as err:
            sync.run()
        assert err.value.code == "exchange_timeout" and sync.runs()[0].error == "exchange_timeout"
    finally:
        listener.close()


def test_http_500_and_malformed_json_are_errors_without_bookings(clinic: Clinic, scripted) -> None:
    url, app = scripted
    sync = connect(clinic, url, "t")
    app.payments = [(500, "text/html", b"<h1>Internal Server Error</h1>")]
    with pytest.raises(BankError) as err:
        sync.run()
    assert err.value.code == "exchange_server_error"
    app.payments = [(200, "application/json", b'{"payments": [{"cursor": 1,')]
    with pytest.raises(BankError) as err:
        sync.run()
    assert err.value.code == "exchange_bad_response"
    assert [r.error for r in sync.runs()] == ["exchange_bad_response", "exchange_server_error"]
    assert payment_count(clinic) == 0 and cursor_of(clinic, url) == 0


def test_a_payment_delivered_twice_is_booked_once(clinic: Clinic, scripted) -> None:
    url, app = scripted
    cid, number = clinic.client("Ivan", "Ivanov")
    inv = clinic.invoice(cid, "100.00")
    sync = connect(clinic, url, "t")
    app.payments = [page([item(1, "77", number, 4000), item(2, "77", number, 4000)], has_more=True),
                    page([item(3, "77", number, 4000)])]
    report = sync.run()
    assert (report.received, report.booked, report.duplicates) == (3, 1, 2)
    assert clinic.invoicing.get(inv).row.paid == Money("40.00", "RUB")
    assert app.acked == [3] and cursor_of(clinic, url) == 3


def test_refused_charge_list_still_brings_payments_in(clinic: Clinic, scripted) -> None:
    url, app = scripted
    cid, number = clinic.client("Ivan", "Ivanov")
    clinic.invoice(cid, "100.00")
    sync = connect(clinic, url, "t")
    app.charges = (422, "application/json", b'{"error": "bad_rf", "detail": {"index": 0}}')
    app.payments = [page([item(1, "5", number, 1000)])]
    with pytest.raises(BankError) as err:
        sync.run()
    assert err.value.params["server_code"] == "bad_rf"
    assert payment_count(clinic) == 1 and sync.runs()[0].booked == 1
    assert sync.runs()[0].error == "exchange_refused"


@pytest.mark.parametrize("bulk", [True, False])
def test_desk_killed_between_fetch_and_commit_rebooks_nothing(
        clinic: Clinic, exchange: Exchange, sync: SyncService, monkeypatch, bulk: bool) -> None:
    cid, number = clinic.client("Ivan", "Ivanov")
    inv = clinic.invoice(cid, "1000.00")
    sync.bulk = bulk
    sync.run()
    for txn in range(1, 6):
        pay(exchange, str(txn), number, "100.00")
    if bulk:  # the page's rows are written, then the process dies before the commit
        real = sync_queries.insert_bookings

        def dying(*args: Any, **kwargs: Any) -> Any:
            real(*args, **kwargs)
            raise SystemExit("power cut")

        monkeypatch.setattr(sync_queries, "insert_bookings", dying)
    else:  # dies in the middle of the page
        real = PaymentService.book_external_payment
        calls = {"n": 0}

        def dying(self: PaymentService, *args: Any, **kwargs: Any) -> Any:
            calls["n"] += 1
            if calls["n"] == 4:
                raise SystemExit("power cut")
            return real(self, *args, **kwargs)

        monkeypatch.setattr(PaymentService, "book_external_payment", dying)
    with pytest.raises(SystemExit):
        sync.run()
    assert payment_count(clinic) == 0 and cursor_of(clinic, exchange.url) == 0  # the page rolled back
    assert exchange.store.acked_cursor() == 0
    monkeypatch.undo()
    report = sync.run()
    assert (report.received, report.booked, report.duplicates) == (5, 5, 0)
    assert sync.run().received == 0
    assert payment_count(clinic) == 5
    assert clinic.invoicing.get(inv).row.paid == Money("500.00", "RUB")


def test_crash_after_commit_before_ack_rebooks_nothing(clinic: Clinic, exchange: Exchange,
                                                       sync: SyncService, monkeypatch) -> None:
    """Bookings are idempotent too: even a lost cursor write books nothing twice."""
    cid, number = clinic.client("Ivan", "Ivanov")
    clinic.invoice(cid, "1000.00")
    sync.run()
    for txn in range(1, 4):
        pay(exchange, str(txn), number, "10.00")
    sync.run()
    with clinic.db.session() as session:
        from usu_desktop.storage.sync_queries import write_cursor

        write_cursor(session, exchange.url, 0)  # as if the cursor had never been stored
    report = sync.run()
    assert (report.received, report.booked, report.duplicates) == (3, 0, 3)
    assert payment_count(clinic) == 3


def test_exchange_restarted_mid_sync(clinic: Clinic, exchange: Exchange, sync: SyncService) -> None:
    cid, number = clinic.client("Ivan", "Ivanov")
    clinic.invoice(cid, "1000.00")
    sync.run()
    for txn in range(1, 8):
        pay(exchange, str(txn), number, "10.00")
    sync.page_size = 2
    # a restart is what the client's retries are for: give the new server time to listen (with the
    # suite's one quick retry, a request could land before it did and the test failed now and then)
    sync.client_factory = lambda config: ExchangeClient(config.url, exchange.token, timeout=(2, 5),
                                                        retries=6, backoff=0.1)
    port = int(exchange.url.rsplit(":", 1)[1])
    restarted: list[Any] = []

    class RestartAfterFirstPage:
        cancelled = False

        def progress(self, done: int, total: int = 0, text: str = "") -> None:
            if text == "book" and not restarted:
                exchange.server.stop()
                store = Store(exchange.config.db_url)  # a new process on the same database
                restarted.append(store)
                restarted.append(start_in_thread(create_app(exchange.config, store), port=port))

    try:
        report = sync.run(RestartAfterFirstPage())
        assert len(restarted) == 2
        assert (report.received, report.booked, report.duplicates) == (7, 7, 0)
        assert payment_count(clinic) == 7 and exchange.store.acked_cursor() == 7
    finally:
        if restarted:
            restarted[1].stop()
            restarted[0].close()
            exchange.server = restarted[1]  # the fixture stops this one again (harmless)


def test_cancel_stops_between_pages_consistently(clinic: Clinic, exchange: Exchange,
                                                 sync: SyncService) -> None:
    cid, number = clinic.client("Ivan", "Ivanov")
    clinic.invoice(cid, "1000.00")
    sync.run()
    for txn in range(1, 6):
        pay(exchange, str(txn), number, "10.00")
    sync.page_size = 2

    class CancelAfterFirstPage:
        cancelled = False

        def progress(self, done: int, total: int = 0, text: str = "") -> None:
            if text == "book":
                self.cancelled = True

    report = sync.run(CancelAfterFirstPage())
    assert report.cancelled and (report.received, report.booked) == (2, 2)
    assert cursor_of(clinic, exchange.url) == 2 and sync.runs()[0].error == "cancelled"
    rest = sync.run()
    assert (rest.received, rest.booked) == (3, 3)


def test_reset_exchange_is_read_from_the_start(clinic: Clinic, tmp_path, exchange: Exchange,
                                               sync: SyncService) -> None:
    cid, number = clinic.client("Ivan", "Ivanov")
    clinic.invoice(cid, "1000.00")
    sync.run()
    for txn in range(1, 4):
        pay(exchange, str(txn), number, "10.00")
    sync.run()
    with exchange.store.engine.begin() as conn:  # the hosting lost the exchange's database
        from sqlalchemy import delete

        from usu_desktop.exchange.store import payments_table, state_table

        conn.execute(delete(payments_table))
        conn.execute(delete(state_table))
        if exchange.store.is_sqlite:
            conn.exec_driver_sql("DELETE FROM sqlite_sequence")
        else:  # the cursor is the payments' id: a new database starts it at 1 again
            conn.exec_driver_sql(f"ALTER SEQUENCE {payments_table.name}_id_seq RESTART")
    pay(exchange, "900", number, "5.00")
    report = sync.run()
    assert report.cursor_reset and (report.received, report.booked) == (1, 1)
    assert cursor_of(clinic, exchange.url) == 1


class _Killed(BaseException):
    """The OS ending the desk: nothing after it runs, not even the run's own bookkeeping."""


def test_a_sync_killed_mid_run_is_interrupted_at_the_next_start_with_what_it_committed(
        clinic: Clinic, exchange: Exchange, sync: SyncService, monkeypatch) -> None:
    cid, number = clinic.client("Ivan", "Ivanov")
    clinic.invoice(cid, "1000.00")
    sync.run()
    for txn in range(1, 6):
        pay(exchange, str(txn), number, "10.00")
    sync.page_size = 2
    pages = []

    class KilledAfterSecondPage:
        cancelled = False

        def progress(self, done: int, total: int = 0, text: str = "") -> None:
            if text == "book":
                pages.append(done)
                if len(pages) == 2:
                    raise _Killed

    monkeypatch.setattr(SyncService, "_finish", lambda *args, **kwargs: None)  # died: never runs
    with pytest.raises(_Killed):
        sync.run(KilledAfterSecondPage())
    monkeypatch.undo()
    killed = sync.runs()[0]
    assert killed.finished_at is None and not killed.error  # "running", as the desk left it
    assert (killed.fetched, killed.booked, killed.cursor) == (4, 4, "4")  # but honest counts

    rest = sync.run()
    assert (rest.received, rest.booked) == (1, 1)
    newest, interrupted = sync.runs()[:2]
    assert newest.error == "" and newest.finished_at is not None
    assert interrupted.id == killed.id and interrupted.error == "interrupted"
    assert interrupted.finished_at is not None
    assert (interrupted.fetched, interrupted.booked, interrupted.duplicates) == (4, 4, 0)
    assert sum(r.booked for r in sync.runs()) == payment_count(clinic) == 5
    assert sync.last_success() is not None and sync.last_success().id == newest.id  # type: ignore[union-attr]

"""Bank sync end to end on loopback: N open charges up, N terminal payments down, matched and booked.

The clinic's books (N clients, each with one issued invoice) are written in bulk; the exchange
runs in a child process (its own GIL, as in production) and gets N terminal payments straight
into its store. Then one timed
`SyncService.run()` uploads the charge list, pulls every payment page by page, matches and
books each one and acknowledges the cursor. Prints the phases and the total; target < 30 s
for N = 100,000. Finally proves the books: every invoice paid, nothing booked twice, check_books empty.

    python benchmarks/bench_sync.py [--count 100000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, insert, select

from usu_desktop.bank import credentials
from usu_desktop.bank.exchange_client import ExchangeClient
from usu_desktop.domain.client_numbers import FIRST_SEQUENCE, client_number_create
from usu_desktop.domain.references import rf_create
from usu_desktop.exchange.app import create_app
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.server import start_in_thread
from usu_desktop.exchange.store import Store, payments_table
from usu_desktop.services.check import check_books
from usu_desktop.services.settings import ClinicSettings, SettingsService
from usu_desktop.services.sync import SyncConfig, SyncService
from usu_desktop.storage import bulk
from usu_desktop.storage.db import Database
from usu_desktop.storage.ledger import content_hash_of, header_dict
from usu_desktop.storage.models import Invoice, Payment
from usu_desktop.storage.records import utcnow
from usu_desktop.storage.search import client_search_text

PRICE_MINOR = 150_000  # 1,500.00 RUB each


def make_books(db: Database, count: int) -> None:
    """`count` clients, each with one issued, unpaid invoice of one line (passes check_books)."""
    SettingsService(db).save(ClinicSettings(name="Bench clinic", currency="RUB"))
    now = utcnow()
    day = date.today() - timedelta(days=3)
    clients: list[dict[str, Any]] = []
    invoices: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    for i in range(count):
        seq = FIRST_SEQUENCE + i
        number = client_number_create(seq)
        first, last = "Ivan", f"Ivanov{i % 997}"
        clients.append({"id": i + 1, "sequence": seq, "client_number": number, "rf_code": rf_create(number),
                        "first_name": first, "last_name": last, "birth_date": None, "phone": "", "email": "",
                        "language": "ru", "archived": False,
                        "search_text": client_search_text(first, last, number, "", ""), "created_at": now})
        line = {"position": 1, "description": "Consultation", "quantity": "1",
                "unit_price_minor": PRICE_MINOR, "discount_minor": 0, "vat_rate": "0",
                "gross_minor": PRICE_MINOR, "net_minor": PRICE_MINOR}
        inv = {"id": i + 1, "kind": "invoice", "series": "INV", "year": day.year, "seq": i + 1,
               "number": f"INV-{day.year}-{i + 1:06d}", "client_id": i + 1, "state": "issued",
               "currency": "RUB",
               "issue_date": day, "due_date": day + timedelta(days=14), "lines_total_minor": PRICE_MINOR,
               "discount_minor": 0, "untaxed_minor": PRICE_MINOR, "tax_minor": 0, "total_minor": PRICE_MINOR,
               "paid_minor": 0, "credited_minor": 0, "rf_code": rf_create(f"INV{day.year}{i + 1}"),
               "credit_note_for": None, "cancel_reason": "", "note": "", "created_at": now, "issued_at": now}
        inv["content_hash"] = content_hash_of(header_dict(inv), [line])
        invoices.append(inv)
        lines.append({"id": i + 1, "invoice_id": i + 1, "service_id": None, **line})
    with db.session() as session:
        bulk.big_cache(session)
        bulk.insert_rows(session, "clients", clients)
        bulk.insert_rows(session, "invoices", invoices)
        bulk.insert_rows(session, "invoice_lines", lines)
        bulk.set_sequence(session, "client", FIRST_SEQUENCE + count - 1)
        bulk.set_counter(session, "INV", day.year, count)


def pay_everyone(store: Store, count: int) -> None:
    """One terminal payment per client, written straight into the exchange's store (setup, not timed)."""
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = [{"txn_id": str(10_000_000 + i), "account": client_number_create(FIRST_SEQUENCE + i),
             "sum_minor": PRICE_MINOR, "currency": "RUB", "txn_date": "20261122093000", "result": 0,
             "created_at": now} for i in range(count)]
    with store.engine.begin() as conn:
        for i in range(0, count, 10_000):
            conn.execute(insert(payments_table), rows[i:i + 10_000])


def serve(db_url: str, urls: Any, stop: Any) -> None:
    """The exchange in the child process, until the parent sets `stop`."""
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    store = Store(db_url)
    server = start_in_thread(create_app(ExchangeConfig(db_url=db_url, currency="RUB"), store), threads=4)
    urls.put(server.url)
    stop.wait()
    server.stop()
    store.close()


class Phases:
    """Prints how far the sync got and when (the TaskState interface)."""

    cancelled = False

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.marks: dict[str, float] = {}
        self.last = ""

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        if text != self.last:
            self.marks.setdefault(text, time.perf_counter() - self.started)
            self.last = text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="folder for the databases (default: a temporary one)")
    args = parser.parse_args()
    os.environ.setdefault("USU_DESKTOP_NO_KEYRING", "1")  # token in memory: a build box has no keyring
    logging.getLogger("usu_exchange").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        db = Database.open(folder / "clinic.sqlite")
        make_books(db, args.count)
        db_url = f"sqlite:///{folder / 'exchange.sqlite3'}"
        store = Store(db_url)
        token = store.add_token("bench-desk")
        spawn = multiprocessing.get_context("spawn")
        urls, stop = spawn.Queue(), spawn.Event()
        child = spawn.Process(target=serve, args=(db_url, urls, stop))
        child.start()
        server = SimpleNamespace(url=urls.get(timeout=60))
        print(f"setup: {args.count:,} clients with an open invoice in {time.perf_counter() - t0:.1f} s")
        try:
            service = SyncService(db, "bench", client_factory=lambda c: ExchangeClient(
                c.url, credentials.get_token(c.profile) or "", timeout=(5, 120)))
            service.save_config(SyncConfig(url=server.url, profile="bench"), token=token)

            # Upload alone first (so the exchange knows the accounts), then the terminals pay.
            phases = Phases()
            first = service.run(phases)
            upload_s = time.perf_counter() - phases.started
            print(f"upload: {first.uploaded:,} charges ({first.upload_status}) in {upload_s:.1f} s")
            pay_everyone(store, args.count)

            phases = Phases()
            report = service.run(phases)
            total = time.perf_counter() - phases.started
            marks = phases.marks
            print(f"sync: re-upload {marks.get('fetch', 0) - marks.get('upload', 0):.1f} s "
                  f"({report.upload_status}); fetch+match+book {report.received:,} payments "
                  f"in {total - marks.get('fetch', 0):.1f} s")
            print(f"total sync run: {total:.1f} s  ({report.booked / max(total, 1e-9):,.0f} payments/s); "
                  f"booked {report.booked:,}, duplicates {report.duplicates}, unmatched {report.unmatched}")
            print(f"end to end (upload {args.count:,} + sync {args.count:,}): {upload_s + total:.1f} s "
                  f"(target < 30 s)")
            with db.reading() as session:
                paid = session.scalar(select(func.count()).select_from(Invoice)
                                      .where(Invoice.state == "paid"))
                pays = session.scalar(select(func.count()).select_from(Payment))
            problems = check_books(db)
            ok = paid == args.count and pays == args.count and not problems and report.booked == args.count
            print(f"books: {paid:,} invoices paid, {pays:,} payments, check_books: "
                  f"{'empty' if not problems else len(problems)} -> {'OK' if ok else 'FAILED'}")
            return 0 if ok else 1
        finally:
            stop.set()
            child.join(timeout=30)
            store.close()
            db.close()
            credentials.set_token("bench", None)


if __name__ == "__main__":
    sys.exit(main())

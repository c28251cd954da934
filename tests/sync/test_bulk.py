"""The bulk booking of a page equals booking each payment through PaymentService, row for row."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.backends import Databases
from usu_desktop.bank.exchange_client import RemotePayment
from usu_desktop.domain.client_numbers import client_number_create
from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.services.check import check_books
from usu_desktop.services.clients import ClientInput, ClientService
from usu_desktop.services.invoicing import InvoicingService
from usu_desktop.services.settings import ClinicSettings, SettingsService
from usu_desktop.services.sync import SyncService
from usu_desktop.storage.db import Database
from usu_desktop.storage.models import Allocation, AuditEntry, CreditEntry, Invoice, Payment


def books(path: str, rng: random.Random) -> tuple[Database, list[str]]:
    db = Database.open(path)
    SettingsService(db).save(ClinicSettings(name="Clinic", currency="RUB"))
    clients, invoicing = ClientService(db), InvoicingService(db)
    numbers = []
    for i in range(8):
        made = clients.create(ClientInput("Ivan", f"Ivanov{i}"), confirm_duplicates=True)
        assert made.client_id is not None and made.client_number is not None
        numbers.append(made.client_number)
        for _ in range(rng.randrange(0, 4)):
            price = Money.from_minor(rng.randrange(100, 50_000), "RUB")
            draft = invoicing.create_draft(made.client_id, [InvoiceLine.of("Visit", Decimal(1), price)])
            invoicing.issue(draft, issue_date=datetime(2026, 1, 1).date() + timedelta(days=rng.randrange(60)))
    return db, numbers


def payments(rng: random.Random, numbers: list[str]) -> list[RemotePayment]:
    out = []
    unknown = client_number_create(99_999)
    for cursor in range(1, 81):
        account = rng.choice([*numbers, unknown, "12345"])
        txn = str(rng.randrange(1, 60))  # repeats: the same payment delivered again
        out.append(RemotePayment(cursor, "terminal", txn, account,
                                 Money.from_minor(rng.randrange(1, 30_000), "RUB"),
                                 datetime(2026, 3, 1, tzinfo=UTC) + timedelta(hours=cursor), cursor))
    return out


def snapshot(db: Database) -> dict[str, object]:
    with db.reading() as s:
        pays = {p.id: p.external_id for p in s.scalars(select(Payment))}
        return {
            "payments": sorted((p.external_id, p.client_id, p.amount_minor, p.match_reason, p.payer_account,
                                p.paid_at) for p in s.scalars(select(Payment))),
            "allocations": sorted((pays[a.payment_id], a.invoice_id, a.amount_minor, a.reason)
                                  for a in s.scalars(select(Allocation))),
            "credit": sorted((pays.get(c.payment_id), c.client_id, c.amount_minor, c.reason)
                             for c in s.scalars(select(CreditEntry)) if c.payment_id is not None),
            "invoices": sorted((i.id, i.paid_minor, i.state) for i in s.scalars(select(Invoice))),
            "audit": len([a for a in s.scalars(select(AuditEntry)) if a.action == "payment_booked"]),
        }


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_bulk_equals_one_by_one(tmp_path: Path, seed: int, backend: str, databases: Databases) -> None:
    a, numbers = books(databases.clinic(backend, tmp_path, "a.sqlite"), random.Random(seed))
    b, numbers_b = books(databases.clinic(backend, tmp_path, "b.sqlite"), random.Random(seed))
    assert numbers == numbers_b
    incoming = payments(random.Random(seed + 100), numbers)
    bulk, each = SyncService(a, "sync", bulk=True), SyncService(b, "sync", bulk=False)
    rng = random.Random(seed + 200)
    start = 0
    counts_a, counts_b = [], []
    while start < len(incoming):
        size = rng.randrange(1, 25)
        page = incoming[start:start + size]
        start += size
        with a.session() as s:
            ids, dups, unmatched = bulk._book_bulk(s, page)
            counts_a.append((len(ids), dups, unmatched))
        with b.session() as s:
            ids, dups, unmatched = each._book_each(s, page)
            counts_b.append((len(ids), dups, unmatched))
    assert counts_a == counts_b
    assert sum(c[2] for c in counts_a) > 0 and sum(c[1] for c in counts_a) > 0  # both kinds happened
    assert snapshot(a) == snapshot(b)
    assert check_books(a) == [] and check_books(b) == []
    a.close()
    b.close()

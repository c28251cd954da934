"""The Debtors list read page by page equals the whole list computed row by row in Python.

Random books (seeded): invoices of many ages, partly paid, cancelled, paid in full, credit notes;
every filter, every sort, pages from the front and from the far end.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.services.clients import ClientInput, ClientService
from usu_desktop.services.invoicing import InvoicingService
from usu_desktop.services.payments import PaymentService
from usu_desktop.services.reminders import ReminderService
from usu_desktop.storage.db import Database
from usu_desktop.storage.debtor_queries import DebtorFilter
from usu_desktop.storage.link_models import Message
from usu_desktop.storage.links import DebtorRow, bucket_of, debtors
from usu_desktop.storage.records import utcnow
from usu_desktop.storage.search import normalize

TODAY = date(2026, 11, 20)
NAMES = ("Ólafur Jónsson", "Ivan Petrov", "Мария Иванова", "Ζωή Παππά", "زهرا احمدی", "Anna Smith")


@pytest.fixture
def books(db: Database) -> list[int]:
    rng = random.Random(7)
    clients, invoicing = ClientService(db, "anna"), InvoicingService(db, "anna")
    payments = PaymentService(db, "anna")
    ids = []
    for i in range(24):
        first, last = rng.choice(NAMES).split()
        made = clients.create(ClientInput(first, f"{last}{i}"), confirm_duplicates=True)
        assert made.client_id is not None
        ids.append(made.client_id)
        for _ in range(rng.randint(0, 4)):
            price = Money(Decimal(rng.randint(1, 400)) + Decimal(rng.randint(0, 99)) / 100, "EUR")
            draft = invoicing.create_draft(made.client_id, [InvoiceLine.of("Visit", Decimal(1), price, "0")])
            invoicing.issue(draft, issue_date=TODAY - timedelta(days=rng.randint(0, 200)), use_credit=False)
            roll = rng.random()
            if roll < 0.2:
                payments.record_desk_payment(made.client_id, Money("10.00", "EUR"), "cash", invoice_id=draft)
            elif roll < 0.3:
                payments.record_desk_payment(made.client_id, price, "cash", invoice_id=draft)
            elif roll < 0.4:
                invoicing.cancel(draft, "mistake")
    with db.session() as session:  # two of them were reminded recently, one long ago
        for client_id, days in ((ids[0], 2), (ids[1], 3), (ids[2], 60)):
            at = utcnow() - timedelta(days=days)
            session.add(Message(client_id=client_id, purpose="reminder", channel="email", recipient="x@y",
                                language="en", status="sent", created_at=at, sent_at=at))
    return ids


def _expected(db: Database, f: DebtorFilter, now: datetime) -> list[DebtorRow]:
    """The list as the rule reads, one patient at a time in Python."""
    with db.reading() as session:
        rows = debtors(session, TODAY, min_days=f.min_days)
    out = []
    for r in rows:
        if f.bucket is not None and r.buckets[f.bucket] <= 0:
            continue
        if f.search and not all(normalize(w) in normalize(f"{r.name} {r.client_number}")
                                for w in f.search.split()):
            continue
        if f.min_due_minor is not None and r.due_minor < f.min_due_minor:
            continue
        if (f.not_reminded_days is not None and r.last_reminder is not None
                and now - r.last_reminder < timedelta(days=f.not_reminded_days)):
            continue
        out.append(r)
    return out


def _key(sort: str, r: DebtorRow) -> tuple[object, int]:
    return (r.due_minor, r.client_id) if sort == "due" else (r.oldest_due, r.client_id)


FILTERS = [DebtorFilter(), DebtorFilter(min_days=0), DebtorFilter(min_days=45), DebtorFilter(bucket=0),
           DebtorFilter(bucket=1), DebtorFilter(bucket=3), DebtorFilter(search="ivan"),
           DebtorFilter(search="olafur jons"), DebtorFilter(search="زهرا"), DebtorFilter(min_due_minor=20000),
           DebtorFilter(not_reminded_days=7), DebtorFilter(min_days=10, bucket=2, search="a")]


@pytest.mark.parametrize("flt", FILTERS, ids=repr)
def test_pages_in_every_sort_equal_the_whole_list(db: Database, books: list[int], flt: DebtorFilter) -> None:
    svc = ReminderService(db, "anna")
    f = replace(flt, today=TODAY)
    expected = _expected(db, f, utcnow())
    assert svc.count_debtors(f) == len(expected)
    n, total = svc.debtor_totals(f)
    assert (n, total) == (len(expected), Money.from_minor(sum(r.due_minor for r in expected), "EUR"))
    for sort in ("due", "oldest", "days"):
        for descending in (False, True):
            want = sorted(expected, key=lambda r, s=sort: _key(s, r), reverse=descending != (sort == "days"))
            want_ids = [r.client_id for r in want]
            size = 5
            forward = [i for off in range(0, len(want) + size, size)
                       for i in svc.debtor_ids(f, sort, descending, off, size)]
            assert forward == want_ids, (sort, descending)
            backward: list[int] = []
            for off in range(0, len(want) + size, size):  # from the far end, each page in list order
                backward = svc.debtor_ids(f, sort, descending, off, size, reverse=True) + backward
            assert backward == want_ids, (sort, descending)
    rows = svc.debtor_rows([r.client_id for r in reversed(expected)], f)
    assert rows == list(reversed(expected))
    assert all(r.id == r.client_id for r in rows)
    assert all(sum(r.buckets) == r.due_minor for r in rows)
    assert all(r.buckets[bucket_of(r.days_overdue)] > 0 for r in rows)


def test_the_whole_list_for_the_cli_is_the_same_list(db: Database, books: list[int]) -> None:
    svc = ReminderService(db, "anna")
    got = svc.debtors(TODAY)
    want = sorted(_expected(db, DebtorFilter(today=TODAY), utcnow()),
                  key=lambda r: (r.due_minor, r.client_id), reverse=True)
    assert got == want and len(got) > 5

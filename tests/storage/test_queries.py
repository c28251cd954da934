"""List queries: counts, pages of ids that never overlap, rows in the asked order, filters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from tests.backends import Databases
from usu_desktop.services.demo import generate
from usu_desktop.storage.db import Database
from usu_desktop.storage.matching_context import SessionMatchContext
from usu_desktop.storage.queries import (
    ClientFilter,
    InvoiceFilter,
    PaymentFilter,
    client_ids,
    client_rows,
    count_invoices,
    count_payments,
    invoice_ids,
    invoice_rows,
    payment_ids,
    payment_rows,
)

TODAY = date(2026, 6, 30)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, backend: str, databases: Databases) -> Iterator[Database]:
    database = Database.open(databases.clinic(backend, tmp_path_factory.mktemp("q")))
    generate(database, 60, 600, today=TODAY)
    yield database
    database.close()


@pytest.mark.parametrize("sort", ["number", "issue_date", "due_date", "total", "balance", "state", "client"])
def test_pages_cover_everything_once(db: Database, sort: str) -> None:
    with db.reading() as s:
        total = count_invoices(s)
        seen: list[int] = []
        for offset in range(0, total, 70):
            seen += invoice_ids(s, sort=sort, descending=False, offset=offset, limit=70)
        assert len(seen) == len(set(seen)) == total == 600


def test_rows_follow_ids_and_sort_keys(db: Database) -> None:
    with db.reading() as s:
        ids = invoice_ids(s, sort="balance", descending=True, limit=50)
        rows = invoice_rows(s, ids, today=TODAY)
        assert [r.id for r in rows] == ids
        assert [r.balance for r in rows] == sorted((r.balance for r in rows), reverse=True)
        assert invoice_rows(s, [ids[3], 10**9, ids[0]], today=TODAY)[1].id == ids[0]


def test_open_and_overdue_filters(db: Database) -> None:
    with db.reading() as s:
        open_rows = invoice_rows(s, invoice_ids(s, InvoiceFilter(state="open"), limit=1000), today=TODAY)
        assert open_rows and all(r.state in ("issued", "partly_paid") and r.balance.is_positive()
                                 for r in open_rows)
        overdue = invoice_ids(s, InvoiceFilter(state="overdue", today=TODAY), limit=1000)
        assert set(overdue) == {r.id for r in open_rows if r.overdue}
        assert 0 < len(overdue) < len(open_rows) + 1


def test_invoice_text_filter_by_number_and_client(db: Database) -> None:
    with db.reading() as s:
        first = invoice_rows(s, invoice_ids(s, sort="number", descending=False, limit=1))[0]
        assert first.number is not None
        assert invoice_ids(s, InvoiceFilter(text=first.number.lower())) == [first.id]
        by_client = invoice_rows(s, invoice_ids(s, InvoiceFilter(text=first.client_number), limit=1000))
        assert by_client and {r.client_id for r in by_client} == {first.client_id}


def test_client_rows_carry_owed_amounts(db: Database) -> None:
    with db.reading() as s:
        debtors = client_rows(s, client_ids(s, ClientFilter(with_debt=True), limit=500))
        assert debtors and all(r.owed and all(m.is_positive() for m in r.owed) for r in debtors)


def test_payment_list_and_filters(db: Database) -> None:
    with db.reading() as s:
        n = count_payments(s)
        rows = payment_rows(s, payment_ids(s, limit=n))
        assert len(rows) == n and all(r.allocated + r.credit == r.amount for r in rows)
        bank = count_payments(s, PaymentFilter(source="bank"))
        assert 0 < bank < n
        assert payment_ids(s, PaymentFilter(unmatched_only=True)) == []


def test_match_context_reads_open_invoices(db: Database) -> None:
    with db.reading() as s:
        row = invoice_rows(s, invoice_ids(s, InvoiceFilter(state="open"), limit=1))[0]
        ctx = SessionMatchContext(s)
        assert row.rf_code is not None and row.number is not None
        by_rf = ctx.invoice_by_rf(row.rf_code)
        assert by_rf is not None and by_rf.invoice_id == row.id and by_rf.balance == row.balance
        assert ctx.invoice_by_number(row.number.lower()) == by_rf
        client = ctx.client_by_number(row.client_number)
        assert client is not None and client.client_id == row.client_id
        assert ctx.client_by_rf(client.open_rf or "") == client
        assert by_rf in ctx.open_invoices(row.client_id)


def test_wildcards_typed_by_a_user_match_themselves(db: Database) -> None:
    with db.reading() as s:
        assert count_invoices(s, InvoiceFilter(text="%")) == 0
        assert count_invoices(s, InvoiceFilter(text="INV_2026")) == 0
        assert count_invoices(s, InvoiceFilter(text="INV-2026")) == 600
        assert count_payments(s, PaymentFilter(text="_")) == 0
        assert count_payments(s, PaymentFilter(text="demo-bank")) > 0

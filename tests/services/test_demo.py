"""Demo data: 2,000 clients and 20,000 invoices that pass check_books, with the domain's totals."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date

import pytest

from usu_desktop.domain.invoices import compute_totals
from usu_desktop.domain.references import rf_is_valid
from usu_desktop.services.check import check_books
from usu_desktop.services.demo import PEOPLE, generate
from usu_desktop.services.invoicing import InvoicingService
from usu_desktop.storage.db import Database
from usu_desktop.storage.queries import ClientFilter, InvoiceFilter, count_clients, count_invoices


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    seen: list[tuple[int, int, str]] = []
    result = generate(db, 2000, 20000, progress=lambda d, t, s: seen.append((d, t, s)),
                      today=date(2026, 6, 30))
    assert (result.clients, result.invoices) == (2000, 20000)
    assert seen[-1][0] == seen[-1][1] and [s for _d, _t, s in seen][-1] == "done"
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))
    yield db
    db.close()


@pytest.mark.slow
def test_demo_books_pass_check(demo_db: Database) -> None:
    assert check_books(demo_db) == []


@pytest.mark.slow
def test_demo_totals_are_the_domain_totals(demo_db: Database) -> None:
    inv = InvoicingService(demo_db)
    for invoice_id in range(1, 20001, 997):
        detail = inv.get(invoice_id)
        totals = compute_totals(detail.lines, detail.row.currency)
        assert (totals.total, totals.tax) == (detail.row.total, detail.tax)
        assert totals.discount_total == detail.discount
        assert rf_is_valid(detail.row.rf_code or "")


@pytest.mark.slow
def test_demo_has_every_language_and_mixed_states(demo_db: Database) -> None:
    with demo_db.reading() as s:
        for _lang, _firsts, lasts, _p, _d in PEOPLE:
            assert count_clients(s, ClientFilter(text=lasts[0])) > 0
        assert count_invoices(s) == 20000
        states = {st: count_invoices(s, InvoiceFilter(state=st)) for st in ("issued", "partly_paid", "paid")}
    assert all(n > 500 for n in states.values())


@pytest.mark.slow
def test_second_run_continues_numbering(db_url: str) -> None:
    db = Database.open(db_url)
    generate(db, 20, 100, seed=1)
    again = generate(db, 20, 100, seed=2)
    assert again.first_client_id == 21 and again.first_invoice_id == 101
    assert check_books(db) == []
    db.close()


def test_demo_in_a_currency_without_decimals(db_url: str) -> None:
    from usu_desktop.services.settings import ClinicSettings, SettingsService

    db = Database.open(db_url)
    SettingsService(db).save(ClinicSettings(name="Heilsugæslan", currency="ISK", language="is",
                                            invoice_series="RK"))
    generate(db, 30, 300, today=date(2026, 2, 1))
    assert check_books(db) == []
    with db.reading() as s:
        assert count_invoices(s, InvoiceFilter(text="RK-2026-")) > 0
    detail = InvoicingService(db).get(1)
    assert detail.row.currency == "ISK" and detail.row.total.amount == detail.row.total.amount.to_integral()
    db.close()


def test_no_demo_payment_is_later_than_now(db_url: str) -> None:
    from sqlalchemy import func, select

    from usu_desktop.storage.models import Payment
    from usu_desktop.storage.records import utcnow

    db = Database.open(db_url)
    try:
        generate(db, 50, 600, today=utcnow().date())  # payments land on "today" too
        with db.reading() as s:
            latest = s.scalar(select(func.max(Payment.paid_at)))
        assert latest is not None and latest <= utcnow()
    finally:
        db.close()

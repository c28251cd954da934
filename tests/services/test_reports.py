"""Reports prove their totals against the books: VAT per rate, money in by channel, ageing = balances."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.services import demo
from usu_desktop.services.check import check_books
from usu_desktop.services.clients import ClientInput, ClientService
from usu_desktop.services.invoicing import InvoicingService
from usu_desktop.services.payments import PaymentService
from usu_desktop.services.reports import BUCKETS, Period, ReportService, channel_of
from usu_desktop.services.settings import ClinicSettings, SettingsService
from usu_desktop.storage.db import Database

ATHENS = "Europe/Athens"


def eur(text: str) -> Money:
    return Money(text, "EUR")


def issue(db: Database, client_id: int, lines: list[tuple[str, str, str]], day: date) -> int:
    """lines: (description, unit price, VAT rate); returns the invoice id."""
    cur = SettingsService(db).load().currency
    invoicing = InvoicingService(db, "anna")
    draft = invoicing.create_draft(client_id, [InvoiceLine.of(d, 1, Money(p, cur), r) for d, p, r in lines])
    return invoicing.issue(draft, issue_date=day, use_credit=False).invoice_id


def test_vat_summary_is_invoices_less_credit_notes_per_rate(db: Database, client_id: int) -> None:
    day = date(2026, 11, 4)
    issue(db, client_id, [("Consultation", "50.00", "0.24"), ("X-ray", "33.33", "0.24"),
                          ("Certificate", "10.00", "0")], day)
    cancelled = issue(db, client_id, [("Cleaning", "19.99", "0.13"), ("Consultation", "50.00", "0.24")], day)
    issue(db, client_id, [("Filling", "80.00", "0.13")], day + timedelta(days=1))  # outside the period
    InvoicingService(db, "anna").cancel(cancelled, "wrong patient", on=day)
    summary = ReportService(db).vat_summary(Period(day, day, ATHENS))
    rows = {r.rate: (r.base, r.tax) for r in summary.rows}
    # 0.24: 83.33 x 0.24 = 20.00 (first invoice), the cancelled one's 50.00 + 12.00 and its credit note
    assert rows == {Decimal("0"): (eur("10.00"), eur("0.00")),
                    Decimal("0.13"): (eur("0.00"), eur("0.00")),
                    Decimal("0.24"): (eur("83.33"), eur("20.00"))}
    with db.reading() as session:  # the stored totals, on either database
        untaxed, tax = session.execute(text("SELECT sum(untaxed_minor), sum(tax_minor) FROM invoices "
                                            "WHERE issue_date = :day AND state != 'draft'"),
                                       {"day": day}).one()
    assert summary.totals()["EUR"] == (Money.from_minor(int(untaxed), "EUR"),
                                       Money.from_minor(int(tax), "EUR"))


def test_day_end_on_demo_books_equals_the_ledger(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "demo.sqlite")
    demo.generate(db, clients=60, invoices=400)
    with sqlite3.connect(db.path) as raw:
        first, last = raw.execute("SELECT min(issue_date), max(issue_date) FROM invoices "
                                  "WHERE issue_date IS NOT NULL").fetchone()
        period = Period(date.fromisoformat(first), date.fromisoformat(last))  # UTC: the raw sums agree
        start, end = period.utc_bounds()
        by_source = dict(raw.execute(
            "SELECT source || '/' || method, sum(amount_minor) FROM payments "
            "WHERE paid_at >= ? AND paid_at < ? GROUP BY source, method",
            (start.isoformat(" "), end.isoformat(" "))).fetchall())
        gross = raw.execute("SELECT sum(total_minor) FROM invoices WHERE issue_date BETWEEN ? AND ? "
                            "AND state != 'draft'", (first, last)).fetchone()[0]
        owed = raw.execute("SELECT sum(total_minor - paid_minor - credited_minor) FROM invoices "
                           "WHERE kind = 'invoice' AND state IN ('issued', 'partly_paid')").fetchone()[0]
    report = ReportService(db).day_end(period)
    expected: dict[str, int] = {}
    for key, minor in by_source.items():
        source, method = key.split("/")
        expected[channel_of(source, method)] = expected.get(channel_of(source, method), 0) + minor
    assert {ch: m.minor for (ch, _cur), m in report.by_channel().items()} == expected
    assert report.billed()["EUR"].minor == gross
    assert report.difference()["EUR"] == report.billed()["EUR"] - report.collected_total()["EUR"]
    assert report.vat.totals()["EUR"][0] + report.vat.totals()["EUR"][1] == report.billed()["EUR"]
    assert sum((r.net for r in report.revenue.rows), eur("0")) == report.vat.totals()["EUR"][0]
    ageing = ReportService(db).ageing(date.today() + timedelta(days=1))
    assert sum(r.total.minor for r in ageing.rows) == owed
    assert sum(m.minor for m in ageing.totals()["EUR"]) == owed
    assert check_books(db) == []
    db.close()


def test_a_day_is_the_clinics_day_not_utcs(db: Database, client_id: int) -> None:
    payments = PaymentService(db, "anna")
    zone = ZoneInfo(ATHENS)
    late = datetime(2026, 11, 4, 23, 30, tzinfo=zone)  # 21:30 UTC on the 4th
    after_midnight = datetime(2026, 11, 5, 0, 30, tzinfo=zone)  # 22:30 UTC, still the 4th in UTC
    payments.record_desk_payment(client_id, eur("10.00"), "cash", paid_at=late)
    payments.record_desk_payment(client_id, eur("7.00"), "card", paid_at=after_midnight)
    reports = ReportService(db)
    fourth = reports.day_end(Period(date(2026, 11, 4), date(2026, 11, 4), ATHENS))
    fifth = reports.day_end(Period(date(2026, 11, 5), date(2026, 11, 5), ATHENS))
    assert fourth.by_channel() == {("cash", "EUR"): eur("10.00")}
    assert fifth.by_channel() == {("card", "EUR"): eur("7.00")}
    in_utc = reports.day_end(Period(date(2026, 11, 4), date(2026, 11, 4)))
    assert in_utc.by_channel() == {("cash", "EUR"): eur("10.00"), ("card", "EUR"): eur("7.00")}
    [who] = {c.user for c in fourth.collected}
    assert who == "anna"
    days = reports.payments_by_day(Period(date(2026, 11, 4), date(2026, 11, 5), ATHENS))
    assert [(r.day, r.channel, r.amount, r.running_total) for r in days.rows] == [
        (date(2026, 11, 4), "cash", eur("10.00"), eur("10.00")),
        (date(2026, 11, 5), "card", eur("7.00"), eur("17.00"))]


def test_a_currency_without_decimals(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "isk.sqlite")
    SettingsService(db).save(ClinicSettings(name="Heilsugæslan", currency="ISK"))
    cid = ClientService(db, "anna").create(ClientInput("Jón", "Jónsson")).client_id
    assert cid is not None
    day = date(2026, 11, 4)
    issue(db, cid, [("Skoðun", "1999", "0.24"), ("Vottorð", "1001", "0.11")], day)
    PaymentService(db, "anna").record_desk_payment(cid, Money("2000", "ISK"), "cash",
                                                    paid_at=datetime(2026, 11, 4, 12, tzinfo=UTC))
    reports = ReportService(db)
    vat = {r.rate: (r.base, r.tax) for r in reports.vat_summary(Period(day, day)).rows}
    assert vat == {Decimal("0.11"): (Money("1001", "ISK"), Money("110", "ISK")),
                   Decimal("0.24"): (Money("1999", "ISK"), Money("480", "ISK"))}
    end = reports.day_end(Period(day, day))
    assert end.billed() == {"ISK": Money("3590", "ISK")}
    assert end.difference() == {"ISK": Money("1590", "ISK")}
    db.close()


def test_ageing_as_of_a_past_day_ignores_later_payments(db: Database, client_id: int) -> None:
    old = issue(db, client_id, [("Consultation", "100.00", "0")], date(2026, 8, 1))  # due 2026-08-15
    issue(db, client_id, [("X-ray", "40.00", "0")], date(2026, 10, 20))  # due 2026-11-03
    PaymentService(db, "anna").record_desk_payment(client_id, eur("100.00"), "cash", invoice_id=old,
                                                    paid_at=datetime(2026, 11, 20, 10, tzinfo=UTC))
    reports = ReportService(db)
    before = reports.ageing(date(2026, 11, 10), ATHENS)
    [row] = before.rows
    assert dict(zip(BUCKETS, row.buckets, strict=True)) == {
        "0-30": eur("40.00"), "31-60": eur("0.00"), "61-90": eur("100.00"), "90+": eur("0.00")}
    after = reports.ageing(date(2026, 11, 30), ATHENS)
    assert [r.total for r in after.rows] == [eur("40.00")]
    assert reports.ageing(date(2026, 7, 31)).rows == ()  # nothing issued yet


def test_ageing_before_a_credit_note_still_shows_the_invoice(db: Database, client_id: int) -> None:
    inv = issue(db, client_id, [("Consultation", "70.00", "0")], date(2026, 8, 1))  # due 2026-08-15
    PaymentService(db, "anna").record_desk_payment(client_id, eur("20.00"), "cash", invoice_id=inv,
                                                    paid_at=datetime(2026, 9, 1, 10, tzinfo=UTC))
    InvoicingService(db, "anna").cancel(inv, "issued twice", on=date(2026, 11, 1))  # today: 20 is credit
    reports = ReportService(db)
    [row] = reports.ageing(date(2026, 10, 15)).rows
    assert row.buckets[2] == eur("50.00")  # 61 days late, 20 of 70 paid then
    [row] = reports.ageing(date(2026, 8, 20)).rows
    assert row.buckets[0] == eur("70.00")  # before the payment
    assert reports.ageing(date(2026, 11, 1)).rows == ()  # the credit note's day


def test_money_waiting_for_a_patient(db: Database, client_id: int) -> None:
    payments = PaymentService(db, "anna")
    payments.book_external_payment("bank", "B-1", eur("50.00"), datetime(2026, 11, 4, 9, tzinfo=UTC),
                                   text="no reference at all", payer_name="Petrou Ioanna")
    waiting = ReportService(db).waiting()
    assert waiting.rows == ((1, eur("50.00")),)


@pytest.mark.parametrize(("period", "code"), [
    (lambda: Period(date(2026, 11, 5), date(2026, 11, 4)), "report_bad_period"),
    (lambda: Period(date(2026, 11, 4), date(2026, 11, 4), "Mars/Olympus_Mons"), "report_bad_time_zone"),
])
def test_bad_periods_are_refused(period, code: str) -> None:
    with pytest.raises(DomainError) as err:
        period()
    assert err.value.code == code


def test_an_empty_period_is_empty_not_an_error(db: Database) -> None:
    reports = ReportService(db)
    day = Period(date(2020, 1, 1), date(2020, 1, 1), ATHENS)
    end = reports.day_end(day)
    assert end.collected == () and end.billed() == {} and end.difference() == {}
    assert reports.vat_summary(day).rows == () and reports.payments_by_day(day).rows == ()


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 10**7), st.sampled_from(["0", "0.055", "0.06", "0.13", "0.24"])),
                min_size=1, max_size=6),
       st.booleans())
def test_vat_rounded_by_the_database_is_what_the_invoices_print(tmp_path_factory: pytest.TempPathFactory,
                                                               lines: list[tuple[int, str]],
                                                               cancel: bool) -> None:
    db = Database.open(tmp_path_factory.mktemp("vat") / "books.sqlite")
    cid = ClientService(db, "anna").create(ClientInput("Ivan", "Ivanov")).client_id
    assert cid is not None
    day = date(2026, 11, 4)
    inv = issue(db, cid, [(f"line {i}", str(Money.from_minor(c, "EUR").amount), r)
                          for i, (c, r) in enumerate(lines)], day)
    if cancel:
        InvoicingService(db, "anna").cancel(inv, "test", on=day)
    printed = InvoicingService(db, "anna").get(inv)
    summary = ReportService(db).vat_summary(Period(day, day))
    base, tax = summary.totals().get("EUR", (eur("0"), eur("0")))
    if cancel:  # the credit note takes back exactly what the invoice printed
        assert (base, tax) == (eur("0"), eur("0"))
    else:
        assert (base, tax) == (printed.untaxed, printed.tax)
    db.close()

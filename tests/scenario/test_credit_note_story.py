"""Partial credit notes as stories on both backends: lines and quantities of an unpaid invoice, an
amount off a paid one (the excess becomes client credit), the rest of a line to the cent; refusals
naming the line; `check_books` clean after every step and the CN series without gaps."""

from __future__ import annotations

from datetime import date

import pytest

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.domain.permissions import Actor, Role
from usu_desktop.services.check import check_books
from usu_desktop.services.clients import ClientInput, ClientService
from usu_desktop.services.invoicing import InvoicingService
from usu_desktop.services.payments import PaymentService
from usu_desktop.services.settings import ClinicSettings, SettingsService
from usu_desktop.storage.db import Database
from usu_desktop.storage.models import Invoice
from usu_desktop.storage.records import audit_entries

DAY = date(2026, 3, 2)


def eur(x: str) -> Money:
    return Money(x, "EUR")


@pytest.fixture
def db(db_url: str) -> Database:
    database = Database.open(db_url)
    SettingsService(database).save(ClinicSettings(name="Clinic", payment_terms_days=10))
    return database


def _patient(db: Database) -> int:
    cid = ClientService(db, "anna").create(ClientInput("Guðrún", "Ólafsdóttir")).client_id
    assert cid is not None
    return cid


def _issue(db: Database, cid: int, lines: list[InvoiceLine]) -> int:
    inv = InvoicingService(db, "anna")
    draft = inv.create_draft(cid, lines)
    inv.issue(draft, issue_date=DAY)
    return draft


def _row(db: Database, invoice_id: int) -> tuple[str, int, int, int]:
    with db.reading() as session:
        inv = session.get(Invoice, invoice_id)
        assert inv is not None
        return inv.state, inv.total_minor, inv.paid_minor, inv.credited_minor


def _clean(db: Database) -> None:
    assert check_books(db) == []


def test_lines_and_quantities_of_an_unpaid_invoice(db: Database) -> None:
    cid = _patient(db)
    manager = InvoicingService(db, Actor("maria", Role.MANAGER))
    inv = _issue(db, cid, [
        InvoiceLine.of("Consultation", 1, eur("60.00"), "0.24"),
        InvoiceLine.of("X-ray", 2, eur("35.50"), "0.24", discount=eur("5.00")),
        InvoiceLine.of("Blood test", 1, eur("19.99"), "0"),
    ])
    assert _row(db, inv) == ("issued", 17623, 0, 0)

    # one of the two X-rays: 35.50 less half the discount, 33.00 at 24% -> 40.92
    note = manager.credit(inv, "X-ray not taken", lines={2: 1}, on=DAY)
    assert (note.number, note.credited, note.to_credit, note.invoice_state) == (
        "CN-2026-000001", eur("40.92"), eur("0.00"), "issued")
    assert _row(db, inv) == ("issued", 17623, 0, 4092)
    detail = manager.get(note.note_id)
    assert detail.row.kind == "credit_note" and detail.row.total == eur("-40.92")
    assert detail.credit_note_for == inv and [(line.description, line.quantity) for line in detail.lines] == [
        ("X-ray", 1)]
    _clean(db)

    # more than is left of a line: refused naming the line, and nothing changes
    with pytest.raises(DomainError) as err:
        manager.credit(inv, "both", lines={2: 2, 3: 1}, on=DAY)
    assert err.value.code == "credit_exceeds_line"
    assert (err.value.params["line"], err.value.params["description"], err.value.params["left"]) == (
        2, "X-ray", "1")
    with pytest.raises(DomainError) as missing:
        manager.credit(inv, "no such line", lines={7: 1}, on=DAY)
    assert missing.value.code == "credit_no_such_line" and missing.value.params["line"] == 7
    assert _row(db, inv) == ("issued", 17623, 0, 4092)
    _clean(db)

    # the blood test too; the patient pays what is left and the invoice is paid
    second = manager.credit(inv, "Lab closed", lines={3: 1}, on=DAY)
    assert second.number == "CN-2026-000002" and second.credited == eur("19.99")
    due = 17623 - 4092 - 1999
    paid = PaymentService(db, "anna").record_desk_payment(cid, eur("115.32"), "cash", invoice_id=inv)
    assert due == 11532 and paid.credit == eur("0.00")
    assert _row(db, inv) == ("paid", 17623, 11532, 6091)
    _clean(db)

    # a cancellation of a partly credited invoice is refused: the rest is credited by lines or amount
    with pytest.raises(DomainError) as partly:
        manager.cancel(inv, "wrong patient")
    assert partly.value.code == "invoice_partly_credited"
    with db.reading() as session:
        audit = audit_entries(session, entity="invoice", entity_id=inv)
    assert [a["details"]["credit_note_number"] for a in audit if a["action"] == "invoice_credited"] == [
        "CN-2026-000002", "CN-2026-000001"]
    db.close()


def test_an_amount_off_a_paid_invoice_becomes_credit_and_the_rest_cancels_it(db: Database) -> None:
    cid = _patient(db)
    invoicing = InvoicingService(db, "maria")
    payments = PaymentService(db, "anna")
    inv = _issue(db, cid, [InvoiceLine.of("Treatment", 1, eur("100.00"))])
    payments.record_desk_payment(cid, eur("100.00"), "card")
    assert _row(db, inv) == ("paid", 10000, 10000, 0)

    note = invoicing.credit(inv, "Goodwill", amount=eur("30.00"), on=DAY)
    assert (note.credited, note.to_credit, note.invoice_state) == (eur("30.00"), eur("30.00"), "paid")
    assert _row(db, inv) == ("paid", 10000, 7000, 3000)
    assert payments.client_credit(cid, "EUR") == eur("30.00")
    _clean(db)

    # more than is left on the invoice: refused naming both amounts
    with pytest.raises(DomainError) as err:
        invoicing.credit(inv, "too much", amount=eur("70.01"), on=DAY)
    assert err.value.code == "credit_exceeds_invoice"
    assert (err.value.params["amount"], err.value.params["left"]) == ("€70.01", "€70.00")
    assert _row(db, inv) == ("paid", 10000, 7000, 3000)
    _clean(db)

    # crediting all that is left cancels it; everything paid is the patient's credit
    last = invoicing.credit(inv, "Treatment cancelled", amount=eur("70.00"), on=DAY)
    assert (last.number, last.to_credit, last.invoice_state) == ("CN-2026-000002", eur("70.00"), "cancelled")
    assert _row(db, inv) == ("cancelled", 10000, 0, 10000)
    assert payments.client_credit(cid, "EUR") == eur("100.00")
    _clean(db)
    with pytest.raises(DomainError) as gone:
        invoicing.credit(inv, "again", amount=eur("1.00"), on=DAY)
    assert gone.value.code == "invoice_bad_transition"
    db.close()


def test_a_partly_paid_invoice_and_the_rest_of_a_line_to_the_cent(db: Database) -> None:
    cid = _patient(db)
    invoicing = InvoicingService(db, "maria")
    payments = PaymentService(db, "anna")
    inv = _issue(db, cid, [InvoiceLine.of("Session", 3, eur("10.01"), "0.13", discount=eur("0.01")),
                           InvoiceLine.of("Report", 1, eur("50.00"), "0.13")])
    # 30.03 - 0.01 = 30.02 and 50.00 at 13% -> 80.02 + 10.40 = 90.42
    assert _row(db, inv)[1] == 9042
    payments.record_desk_payment(cid, eur("60.00"), "cash")
    assert _row(db, inv) == ("partly_paid", 9042, 6000, 0)

    # the report (56.50 with tax): 33.92 is left to pay, 60.00 was paid -> 26.08 becomes credit
    report = invoicing.credit(inv, "Report not written", lines={2: 1}, on=DAY)
    assert (report.credited, report.to_credit, report.invoice_state) == (eur("56.50"), eur("26.08"), "paid")
    assert _row(db, inv) == ("paid", 9042, 3392, 5650)
    assert payments.client_credit(cid, "EUR") == eur("26.08")
    _clean(db)

    # one session, then the other two: the last note takes exactly what is left of the line
    one = invoicing.credit(inv, "one session missed", lines={1: 1}, on=DAY)
    rest = invoicing.credit(inv, "the rest missed", lines={1: "2"}, on=DAY)
    assert rest.invoice_state == "cancelled"
    assert one.credited + rest.credited + report.credited == eur("90.42")
    assert _row(db, inv) == ("cancelled", 9042, 0, 9042)
    assert payments.client_credit(cid, "EUR") == eur("60.00")
    _clean(db)
    db.close()


def test_who_may_credit_and_what_cannot_be(db: Database) -> None:
    cid = _patient(db)
    inv = _issue(db, cid, [InvoiceLine.of("Visit", 1, eur("40.00"))])
    with pytest.raises(DomainError) as denied:
        InvoicingService(db, Actor("rita", Role.RECEPTIONIST)).credit(inv, "x", amount=eur("1.00"))
    assert denied.value.code == "not_permitted_cancel_invoices"
    svc = InvoicingService(db, "maria")

    def code(*args: object, **kw: object) -> str:
        with pytest.raises(DomainError) as err:
            svc.credit(*args, **kw)  # type: ignore[arg-type]
        return err.value.code

    assert code(inv, " ", amount=eur("1.00")) == "cancel_reason_required"
    assert code(inv, "x") == "credit_lines_or_amount"
    assert code(inv, "x", lines={1: 1}, amount=eur("1.00")) == "credit_lines_or_amount"
    assert code(inv, "x", lines={1: 0}) == "line_bad_quantity"
    assert code(inv, "x", amount=eur("0.00")) == "credit_nothing"
    assert code(inv, "x", amount=Money("1.00", "USD")) == "currency_mismatch"
    draft = InvoicingService(db, "anna").create_draft(cid, [InvoiceLine.of("Visit", 1, eur("40.00"))])
    assert code(draft, "x", amount=eur("1.00")) == "invoice_bad_transition"
    assert _row(db, inv) == ("issued", 4000, 0, 0)
    with db.reading() as session:
        assert session.query(Invoice).filter(Invoice.kind == "credit_note").count() == 0
    _clean(db)
    db.close()


def test_the_credit_note_is_printed_and_frozen(db: Database) -> None:
    from tests.printing.pdfcheck import all_text, squash
    from usu_desktop.services.documents import DocumentService

    cid = _patient(db)
    inv = _issue(db, cid, [InvoiceLine.of("Consultation", 1, eur("60.00"), "0.24"),
                           InvoiceLine.of("X-ray", 2, eur("35.50"), "0.24")])
    note = InvoicingService(db, "maria").credit(inv, "X-ray not taken", lines={2: 1}, on=DAY)
    docs = DocumentService(db, "anna")
    assert docs.is_frozen(note.note_id)  # frozen when it was made
    text = squash(all_text(docs.invoice_pdf(note.note_id)))
    invoice_number = InvoicingService(db).get(inv).row.number
    assert squash("Credit note") in text and squash(note.number) in text
    assert squash(f"For invoice {invoice_number}") in text
    assert squash("X-ray") in text and squash("Consultation") not in text
    assert squash("-€44.02") in text or squash("−€44.02") in text  # 35.50 at 24%
    assert squash("Amount due") not in text  # nothing to pay on a credit note
    _clean(db)
    db.close()

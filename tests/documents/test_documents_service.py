"""Issued means frozen; reprints, receipts, statements and slips carry the right numbers."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import delete

from tests.documents.conftest import Books, logo_png, pdf_pages, pdf_text
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.services.documents import TEMPLATE_VERSION, DocumentService
from usu_desktop.services.settings import ClinicSettings
from usu_desktop.storage import documents as q
from usu_desktop.storage.document_models import IssuedDocument
from usu_desktop.storage.records import write_settings


def test_issue_stores_the_pdf_in_the_same_transaction(books: Books) -> None:
    invoice_id = books.issue("100.00", "20.50")
    with books.db.reading() as session:
        row = q.issued_pdf(session, invoice_id)
        assert row is not None
        stored, digest, version = row.pdf, row.sha256, row.template_version
    assert stored.startswith(b"%PDF")
    assert digest == hashlib.sha256(stored).hexdigest()
    assert version == TEMPLATE_VERSION
    assert books.docs.invoice_pdf(invoice_id) == stored
    text = pdf_text(stored)
    for expected in ("INV-2026-000001", "Jane Smith", "€120.50", "€24.10", "€144.60", "RF42 2026 0000 01",
                     "Mar 16, 2026"):
        assert expected in text


def test_failed_issue_stores_nothing(books: Books) -> None:
    invoice_id = books.issue("10.00")
    with pytest.raises(DomainError) as err:
        books.invoicing.issue(invoice_id)  # issued already
    assert err.value.code == "invoice_not_draft"
    with books.db.reading() as session:
        assert session.query(IssuedDocument).count() == 1


def test_original_never_changes_reprint_shows_the_state(books: Books) -> None:
    invoice_id = books.issue("100.00")
    original = books.docs.invoice_pdf(invoice_id)
    new_logo = books.tmp / "new-logo.png"
    new_logo.write_bytes(logo_png("red"))
    books.settings.save(ClinicSettings(name="Southside Health Centre", iban="DE89370400440532013000",
                                       logo_path=str(new_logo)))
    books.payments.record_desk_payment(books.client_id, Money("50.00", "EUR"), "cash",
                                       invoice_id=invoice_id)
    assert books.docs.invoice_pdf(invoice_id) == original
    assert "Northside Clinic" in pdf_text(original)
    assert "PARTLY PAID" not in pdf_text(original)
    reprint = books.docs.invoice_pdf(invoice_id, current_state=True)
    assert reprint != original
    text = pdf_text(reprint)
    assert "Southside Health Centre" in text and "PARTLY PAID" in text
    assert "€50.00" in text and "€70.00" in text  # paid, still due of 120.00


def test_paid_and_cancelled_stamps(books: Books) -> None:
    paid = books.issue("30.00")
    books.payments.record_desk_payment(books.client_id, Money("36.00", "EUR"), "card", invoice_id=paid)
    assert "PAID" in pdf_text(books.docs.invoice_pdf(paid, current_state=True))
    cancelled = books.issue("40.00")
    books.invoicing.cancel(cancelled, "wrong patient")
    assert "CANCELLED" in pdf_text(books.docs.invoice_pdf(cancelled, current_state=True))
    assert "CANCELLED" not in pdf_text(books.docs.invoice_pdf(cancelled))


def test_invoice_issued_before_freezing_is_frozen_on_first_request(books: Books) -> None:
    invoice_id = books.issue("55.00")
    with books.db.session() as session:
        session.execute(delete(IssuedDocument))
    assert not books.docs.is_frozen(invoice_id)
    first = books.docs.invoice_pdf(invoice_id)
    assert books.docs.is_frozen(invoice_id)
    with books.db.session() as session:
        write_settings(session, {"clinic.name": "Renamed"})
    assert books.docs.invoice_pdf(invoice_id) == first
    assert "Northside Clinic" in pdf_text(first)


def test_drafts_and_unknown_ids_are_refused(books: Books) -> None:
    from usu_desktop.domain.invoices import InvoiceLine

    draft = books.invoicing.create_draft(books.client_id, [InvoiceLine.of("X", 1, Money("1", "EUR"), "0")])
    with pytest.raises(DomainError) as err:
        books.docs.invoice_pdf(draft)
    assert err.value.code == "invoice_not_issued"
    with pytest.raises(DomainError) as err:
        books.docs.invoice_pdf(99999)
    assert err.value.code == "invoice_not_found"
    with pytest.raises(DomainError) as err:
        books.docs.invoice_id("INV-1999-000001")
    assert err.value.code == "invoice_number_unknown"


def test_document_language_is_the_clients(books: Books) -> None:
    from usu_desktop.services.clients import ClientInput, ClientService

    created = ClientService(books.db).create(ClientInput("Иван", "Петров", language="ru"))
    assert created.client_id is not None
    books.client_id = created.client_id
    text = pdf_text(books.docs.invoice_pdf(books.issue("10.00")))
    assert "Счёт" in text and "Иван Петров" in text


def test_receipt_has_amount_allocations_credit_and_remaining(books: Books) -> None:
    first = books.issue("100.00")  # 120.00 with VAT
    books.issue("50.00")  # 60.00
    paid = books.payments.record_desk_payment(books.client_id, Money("150.00", "EUR"), "cash",
                                              invoice_id=first, paid_at=datetime(2026, 3, 5, 10, 0))
    text = pdf_text(books.docs.receipt_pdf(paid.payment_id))
    assert "Receipt" in text and f"R-{paid.payment_id:06d}" in text and "Mar 5, 2026" in text
    assert "€150.00" in text and "Cash" in text
    assert "INV-2026-000001" in text and "€120.00" in text
    assert "INV-2026-000002" in text and "€30.00" in text
    assert "Still owed" in text


def test_statement_numbers(books: Books) -> None:
    books.issue("100.00", day=date(2026, 1, 10))  # 120.00, before the period
    second = books.issue("50.00", day=date(2026, 3, 2))  # 60.00
    books.payments.record_desk_payment(books.client_id, Money("100.00", "EUR"), "cash",
                                       paid_at=datetime(2026, 3, 3, 9, 0))
    pdf = books.docs.statement_pdf(books.client_id, date(2026, 2, 1), date(2026, 3, 31))
    text = pdf_text(pdf)
    assert "Statement of account" in text
    assert "Opening balance €120.00" in text
    assert "INV-2026-000002" in text and "INV-2026-000001" not in text
    assert "Closing balance €80.00" in text  # 120 + 60 - 100
    assert second
    with pytest.raises(DomainError) as err:
        books.docs.statement_pdf(books.client_id, date(2026, 3, 1), date(2026, 2, 1))
    assert err.value.code == "statement_bad_period"


def test_statement_ageing_buckets(books: Books) -> None:
    from usu_desktop.services.documents import statement_doc

    books.issue("100.00", day=date(2026, 1, 1))  # due Jan 15
    books.issue("10.00", day=date(2026, 3, 1))  # due Mar 15
    with books.db.reading() as session:
        doc = statement_doc(session, books.client_id, date(2026, 1, 1), date(2026, 3, 31))
    assert doc.ageing.d61_90 == Money("120.00", "EUR")  # 75 days past due
    assert doc.ageing.d0_30 == Money("12.00", "EUR")
    assert doc.closing_balance == doc.ageing.total
    assert doc.rows[0].debit == Money("120.00", "EUR")
    assert doc.rows[0].balance + Money("12.00", "EUR") == doc.rows[1].balance


def test_slip_shows_client_number_due_and_open_rf(books: Books) -> None:
    books.issue("100.00")
    text = pdf_text(books.docs.slip_pdf(books.client_id))
    with books.db.reading() as session:
        from usu_desktop.storage.models import Client

        client = session.get(Client, books.client_id)
        assert client is not None
        number, rf = client.client_number, client.rf_code
    assert number in text and "Smith J." in text and "€120.00" in text
    assert rf[:4] in text


def test_no_payment_page_without_a_live_link(books: Books) -> None:
    """An exchange address alone gives no URL: the exchange serves pages for links only."""
    from usu_desktop.services.documents import slip_doc

    with books.db.session() as session:
        write_settings(session, {"sync.url": "https://pay.example.org/"})
    with books.db.reading() as session:
        assert slip_doc(session, books.client_id).payment_page_url is None


def test_vat_rates_print_as_percent(books: Books) -> None:
    from usu_desktop.services.documents import invoice_doc

    invoice_id = books.issue("10.00")
    with books.db.reading() as session:
        doc = invoice_doc(session, invoice_id)
    assert doc.lines[0].vat_rate == Decimal("20")
    assert doc.vat_rows[0].tax == Money("2.00", "EUR")
    assert pdf_pages(DocumentService(books.db).invoice_pdf(invoice_id)) == 1

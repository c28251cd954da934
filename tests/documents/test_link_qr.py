"""The URL QR on invoices and slips is the page of a live payment link, and that page works:
rendered, decoded from the page image, opened on a real usu-exchange on 127.0.0.1."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
import requests

from tests.documents.conftest import Books
from tests.links.conftest import Desk, desk, expire, sandbox, smtp  # noqa: F401  (fixtures)
from tests.printing.pdfcheck import all_text, qr_payloads
from usu_desktop.services.documents import DocumentService, invoice_doc, slip_doc
from usu_desktop.storage.link_models import PaymentLink
from usu_desktop.storage.records import utcnow, write_settings


def _link(books: Books, kind: str, token: str, *, invoice_id: int | None = None, status: str = "active",
          expires: datetime | None = None, created: datetime | None = None, url: str = "") -> None:
    now = utcnow()
    with books.db.session() as session:
        session.add(PaymentLink(token=token, url=url, kind=kind, client_id=books.client_id,
                                invoice_id=invoice_id, currency="EUR", amount_minor=1000, status=status,
                                expires_at=expires or now + timedelta(days=3), created_at=created or now,
                                updated_at=now))


def _urls(books: Books, invoice_id: int) -> tuple[str | None, str | None]:
    with books.db.reading() as session:
        return (invoice_doc(session, invoice_id).payment_page_url,
                slip_doc(session, books.client_id).payment_page_url)


def test_live_links_choose_the_url(books: Books) -> None:
    invoice_id = books.issue("80.00")
    with books.db.session() as session:
        write_settings(session, {"sync.url": "https://pay.example.org/"})
    assert _urls(books, invoice_id) == (None, None)
    old = utcnow() - timedelta(hours=1)
    _link(books, "client", "client-token-aaaaaaaa", created=old)
    assert _urls(books, invoice_id) == ("https://pay.example.org/pay/client-token-aaaaaaaa",) * 2
    _link(books, "invoice", "invoice-token-bbbbbbb", invoice_id=invoice_id,
          url="https://pay.example.org/pay/invoice-token-bbbbbbb")
    # The invoice's own link wins on the invoice; the slip (the whole balance) keeps the client link.
    assert _urls(books, invoice_id) == ("https://pay.example.org/pay/invoice-token-bbbbbbb",
                                        "https://pay.example.org/pay/client-token-aaaaaaaa")
    with books.db.session() as session:
        for link in session.query(PaymentLink):
            link.status = "cancelled" if link.kind == "invoice" else link.status
            if link.kind == "client":
                link.expires_at = utcnow() - timedelta(minutes=1)  # expired, not yet refreshed
    assert _urls(books, invoice_id) == (None, None)


def test_paid_invoice_gets_no_url(books: Books) -> None:
    from usu_desktop.domain.money import Money

    invoice_id = books.issue("10.00")
    _link(books, "client", "client-token-cccccccc", url="https://x.example/pay/client-token-cccccccc")
    books.payments.record_desk_payment(books.client_id, Money("12.00", "EUR"), "cash")
    assert _urls(books, invoice_id)[0] is None


@pytest.mark.slow
def test_printed_qr_opens_the_payment_page(desk: Desk) -> None:  # noqa: F811
    """Slip and (non-EPC) invoice: the QR decodes to the link's page, which shows the amount."""
    patient = desk.patient("Maria", "Ivanova", email="m@example.org", language="en")
    invoice_id = desk.invoice(patient, "64.00")
    docs = DocumentService(desk.db, "anna")
    # No IBAN at this clinic, so no EPC QR; before any link the QR holds the RF code, no page.
    [before] = qr_payloads(docs.slip_pdf(patient))
    assert before.startswith(b"RF") and b"/" not in before
    link = desk.links.create_for_client(patient, date.today() + timedelta(days=5))
    slip = docs.slip_pdf(patient)
    [payload] = qr_payloads(slip)
    url = payload.decode()
    assert url == link.url and "/pay/" in url and url.startswith(desk.exchange.url)
    assert "Payment slip" in all_text(slip)
    page = requests.get(url, timeout=10)
    assert page.status_code == 200 and "64.00" in page.text  # the page shows what is owed

    reprint = docs.invoice_pdf(invoice_id, current_state=True)
    [payload] = qr_payloads(reprint)
    assert payload.decode() == link.url  # the invoice has no link of its own: the balance link
    invoice_link = desk.links.create_for_invoice(invoice_id, date.today() + timedelta(days=5))
    [payload] = qr_payloads(docs.invoice_pdf(invoice_id, current_state=True))
    assert payload.decode() == invoice_link.url
    assert requests.get(invoice_link.url, timeout=10).status_code == 200

    with desk.db.reading() as session:
        remote_id = session.get(PaymentLink, link.id).remote_id  # type: ignore[union-attr]
    assert remote_id is not None
    expire(desk.exchange, remote_id)  # the exchange would now answer 410 ...
    assert requests.get(url, timeout=10).status_code == 410
    desk.links.refresh()  # ... and once the desk knows, the slip stops printing it
    assert qr_payloads(docs.slip_pdf(patient)) == [before]

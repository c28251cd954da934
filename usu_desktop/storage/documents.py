"""Queries behind printed documents: the frozen invoice PDFs, a client's invoices and payments.

The services build `printing.model` dataclasses from what these return; nothing here renders.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from usu_desktop.storage.document_models import IssuedDocument
from usu_desktop.storage.link_models import PaymentLink
from usu_desktop.storage.models import Client, Invoice, Payment
from usu_desktop.storage.records import utcnow

__all__ = ["IssuedDocument", "add_issued_pdf", "client_by_number", "client_invoices", "client_payments",
           "invoice_by_number", "invoice_ids_by_number", "issued_pdf", "live_link"]


def issued_pdf(session: Session, invoice_id: int) -> IssuedDocument | None:
    return session.scalars(select(IssuedDocument).where(IssuedDocument.invoice_id == invoice_id)).first()


def add_issued_pdf(session: Session, invoice_id: int, pdf: bytes, template_version: str) -> IssuedDocument:
    """Store the original once; if another desk stored it first, theirs stays and is returned."""
    existing = issued_pdf(session, invoice_id)
    if existing is not None:
        return existing
    row = IssuedDocument(invoice_id=invoice_id, pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest(),
                         created_at=utcnow(), template_version=template_version)
    session.add(row)
    session.flush()
    return row


def invoice_by_number(session: Session, number: str) -> Invoice | None:
    return session.scalars(select(Invoice).where(Invoice.number == number.strip())).first()


def invoice_ids_by_number(session: Session, numbers: Sequence[str]) -> dict[str, int]:
    rows = session.execute(select(Invoice.number, Invoice.id).where(Invoice.number.in_(list(numbers))))
    return {number: invoice_id for number, invoice_id in rows if number is not None}


def client_by_number(session: Session, client_number: str) -> Client | None:
    return session.scalars(select(Client).where(Client.client_number == client_number.strip())).first()


def client_invoices(session: Session, client_id: int) -> list[Invoice]:
    """Issued invoices and credit notes of a client (drafts are not part of the books), oldest first."""
    return list(session.scalars(
        select(Invoice).where(Invoice.client_id == client_id, Invoice.number.is_not(None),
                              Invoice.issue_date.is_not(None))
        .order_by(Invoice.issue_date, Invoice.id)))


def client_payments(session: Session, client_id: int) -> list[Payment]:
    """A client's payments and reversals, oldest first."""
    return list(session.scalars(select(Payment).where(Payment.client_id == client_id)
                                .order_by(Payment.paid_at, Payment.id)))


LIVE_LINK_STATUSES = ("active", "partly_paid")


def live_link(session: Session, client_id: int, invoice_id: int | None, now: datetime) -> PaymentLink | None:
    """The newest payment link a patient can still pay: the invoice's own, else their balance link.

    `now` is naive UTC, like `expires_at`; a link past its expiry counts as dead even before
    the desk's next refresh has marked it expired.
    """
    live = (PaymentLink.status.in_(LIVE_LINK_STATUSES), PaymentLink.expires_at > now)
    newest = (PaymentLink.created_at.desc(), PaymentLink.id.desc())
    if invoice_id is not None:
        found = session.scalars(select(PaymentLink).where(
            PaymentLink.kind == "invoice", PaymentLink.invoice_id == invoice_id, *live)
            .order_by(*newest)).first()
        if found is not None:
            return found
    return session.scalars(select(PaymentLink).where(
        PaymentLink.kind == "client", PaymentLink.client_id == client_id, *live).order_by(*newest)).first()

"""Writes and reads of refunds (storage.refund_models): the refund row and its credit row together."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from usu_desktop.storage import ledger
from usu_desktop.storage.models import Client
from usu_desktop.storage.records import utcnow
from usu_desktop.storage.refund_models import Refund


def add_refund(session: Session, *, client_id: int, amount_minor: int, currency: str, method: str,
               payee_name: str, iban: str, bic: str, text: str, booked_on: date, user: str) -> Refund:
    """Take `amount_minor` out of the client's credit and record where it went (caller checked both)."""
    credit = ledger.add_credit(session, client_id=client_id, amount_minor=-amount_minor, currency=currency,
                               reason="refund", user=user)
    row = Refund(client_id=client_id, amount_minor=amount_minor, currency=currency, method=method,
                 payee_name=payee_name, iban=iban, bic=bic, text=text, booked_on=booked_on,
                 credit_id=credit.id, created_at=utcnow(), created_by=user)
    session.add(row)
    session.flush()
    return row


def refund_rows(session: Session, *, client_id: int | None = None, day: date | None = None,
                method: str | None = None) -> list[tuple[Refund, str]]:
    """Refunds with the patient's client number, oldest first."""
    q = (select(Refund, Client.client_number).join(Client, Client.id == Refund.client_id)
         .order_by(Refund.id))
    if client_id is not None:
        q = q.where(Refund.client_id == client_id)
    if day is not None:
        q = q.where(Refund.booked_on == day)
    if method is not None:
        q = q.where(Refund.method == method)
    return [(r, str(n)) for r, n in session.execute(q)]

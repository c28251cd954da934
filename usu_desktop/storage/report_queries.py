"""The figures the owner's reports are made of, summed by the database (plain tuples, integer minor units).

Periods come in as dates (issue dates are local dates) or as naive UTC datetimes [start, end) for what is
stamped with a time (payments, allocations, credit). Nothing here rounds or formats: services/reports.py
turns these into Money per currency and says what each report includes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, case, exists, func, literal, select
from sqlalchemy.orm import aliased

from usu_desktop.storage.db import Session
from usu_desktop.storage.models import Allocation, Client, CreditEntry, Invoice, InvoiceLine, Payment, Service

ISSUED = ("issued", "partly_paid", "paid", "cancelled")  # every state an issued document can be in


def vat_bases(session: Session, date_from: date, date_to: date) -> Iterator[tuple[str, str, str, int]]:
    """(currency, document kind, VAT rate, base in minor units) per issued invoice or credit note and
    rate, issue date in [date_from, date_to]: VAT is rounded per document and rate, as printed."""
    q = (select(Invoice.currency, Invoice.kind, InvoiceLine.vat_rate, func.sum(InvoiceLine.net_minor))
         .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
         .where(Invoice.issue_date >= date_from, Invoice.issue_date <= date_to, Invoice.state.in_(ISSUED))
         .group_by(Invoice.id, Invoice.currency, Invoice.kind, InvoiceLine.vat_rate))
    for currency, kind, rate, base in session.execute(q):
        yield currency, kind, rate, int(base)


def document_totals(session: Session, date_from: date, date_to: date) -> list[tuple[str, str, int, int, int]]:
    """(currency, kind, count, untaxed, tax) of the issued invoices and credit notes of the period."""
    q = (select(Invoice.currency, Invoice.kind, func.count(), func.sum(Invoice.untaxed_minor),
                func.sum(Invoice.tax_minor))
         .where(Invoice.issue_date >= date_from, Invoice.issue_date <= date_to, Invoice.state.in_(ISSUED))
         .group_by(Invoice.currency, Invoice.kind))
    return [(c, k, int(n), int(u), int(t)) for c, k, n, u, t in session.execute(q)]


def service_lines(session: Session, date_from: date,
                  date_to: date) -> list[tuple[str, str, str, str, int, int]]:
    """(currency, service code, service name or line text, VAT rate, lines, net) per service of the
    period's issued invoices and credit notes (credit notes count negative: their lines are)."""
    name = func.coalesce(Service.name, InvoiceLine.description)
    code = func.coalesce(Service.code, literal(""))
    q = (select(Invoice.currency, code, name, InvoiceLine.vat_rate,
                func.sum(case((Invoice.kind == "credit_note", -1), else_=1)), func.sum(InvoiceLine.net_minor))
         .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
         .outerjoin(Service, Service.id == InvoiceLine.service_id)
         .where(Invoice.issue_date >= date_from, Invoice.issue_date <= date_to, Invoice.state.in_(ISSUED))
         .group_by(Invoice.currency, code, name, InvoiceLine.vat_rate))
    return [(c, k, n, r, int(count), int(net)) for c, k, n, r, count, net in session.execute(q)]


@dataclass(frozen=True, slots=True)
class PaymentFigure:
    currency: str
    source: str  # desk | terminal | bank | link
    method: str  # cash | card | transfer | other, or the source again
    user: str
    paid_at: datetime  # naive UTC
    amount_minor: int  # a reversal is negative
    matched: bool


def payments_between(session: Session, start: datetime, end: datetime) -> list[PaymentFigure]:
    """Every payment (and reversal) booked with paid_at in [start, end), oldest first."""
    q = (select(Payment.currency, Payment.source, Payment.method, Payment.created_by, Payment.paid_at,
                Payment.amount_minor, Payment.client_id.is_not(None))
         .where(Payment.paid_at >= start, Payment.paid_at < end).order_by(Payment.paid_at, Payment.id))
    return [PaymentFigure(c, s, m, u, p, int(a), bool(matched))
            for c, s, m, u, p, a, matched in session.execute(q)]


def credit_between(session: Session, start: datetime, end: datetime) -> list[tuple[str, int, int]]:
    """(currency, credit taken, credit used) in [start, end): positive and negative credit rows."""
    taken = func.sum(case((CreditEntry.amount_minor > 0, CreditEntry.amount_minor), else_=0))
    used = func.sum(case((CreditEntry.amount_minor < 0, -CreditEntry.amount_minor), else_=0))
    q = (select(CreditEntry.currency, taken, used)
         .where(CreditEntry.created_at >= start, CreditEntry.created_at < end).group_by(CreditEntry.currency))
    return [(c, int(t), int(u)) for c, t, u in session.execute(q)]


@dataclass(frozen=True, slots=True)
class OpenItem:
    invoice_id: int
    number: str
    client_id: int
    client_number: str
    client_name: str
    currency: str
    due_date: date
    open_minor: int


def open_items_as_of(session: Session, day: date, end: datetime) -> list[OpenItem]:
    """What each invoice issued by `day` still owed at `end` (naive UTC, the end of that day): its total,
    less what was allocated by then, less its credit note if issued by then. A payment's allocation
    counts from when the money was paid (a bank payment booked later still paid the invoice that day);
    an undo, and credit applied, from when it was done."""
    pay = aliased(Payment)
    effective = case((and_(Allocation.undo_of.is_(None), Allocation.payment_id.is_not(None)),
                      select(pay.paid_at).where(pay.id == Allocation.payment_id).scalar_subquery()),
                     else_=Allocation.created_at)
    paid = (select(func.coalesce(func.sum(Allocation.amount_minor), 0))
            .where(Allocation.invoice_id == Invoice.id, effective < end)
            .correlate(Invoice).scalar_subquery())
    note = aliased(Invoice)
    credited = exists().where(note.credit_note_for == Invoice.id, note.kind == "credit_note",
                              note.issue_date <= day)
    owed = Invoice.total_minor - paid
    q = (select(Invoice.id, Invoice.number, Client.id, Client.client_number, Client.last_name,
                Client.first_name, Invoice.currency, Invoice.due_date, owed)
         .join(Client, Client.id == Invoice.client_id)
         .where(Invoice.kind == "invoice", Invoice.state.in_(ISSUED), Invoice.issue_date <= day, ~credited,
                owed > 0)
         .order_by(Client.last_name, Client.first_name, Client.id, Invoice.due_date, Invoice.id))
    out = []
    for iid, number, cid, cnum, last, first, cur, due, owed_minor in session.execute(q):
        out.append(OpenItem(iid, number or "", cid, cnum, " ".join(p for p in (first, last) if p), cur,
                            due or day, int(owed_minor)))
    return out


def waiting_money(session: Session) -> list[tuple[str, int, int]]:
    """(currency, count, amount) of payments no patient has yet (the unmatched queue), not reversed."""
    rev = aliased(Payment)
    q = (select(Payment.currency, func.count(), func.sum(Payment.amount_minor))
         .where(Payment.client_id.is_(None), Payment.reversal_of.is_(None),
                ~exists().where(rev.reversal_of == Payment.id))
         .group_by(Payment.currency))
    return [(c, int(n), int(a)) for c, n, a in session.execute(q)]

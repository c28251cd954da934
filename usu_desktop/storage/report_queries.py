"""The figures the owner's reports are made of, summed by the database (plain tuples, integer minor units).

Periods come in as dates (issue dates are local dates) or as naive UTC datetimes [start, end) for what is
stamped with a time (payments, allocations, credit). Nothing here rounds or formats: services/reports.py
turns these into Money per currency and says what each report includes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import BigInteger, Float, case, cast, exists, func, literal, or_, select, union_all
from sqlalchemy.orm import aliased

from usu_desktop.storage.db import Session
from usu_desktop.storage.models import Allocation, Client, CreditEntry, Invoice, InvoiceLine, Payment, Service

ISSUED = ("issued", "partly_paid", "paid", "cancelled")  # every state an issued document can be in
OPEN = ("issued", "partly_paid")


RATE_SCALE = 1_000_000  # VAT rates are read to a millionth (a rate of 0.055 is 55,000 millionths)


def vat_by_rate(session: Session, date_from: date, date_to: date) -> list[tuple[str, str, int, int]]:
    """(currency, VAT rate, base, VAT) in minor units of the issued invoices and credit notes of
    [date_from, date_to]. VAT is rounded per document and rate, half away from zero (as each document
    prints it: a credit note's figures are its invoice's negated), by the database in integers, in one
    pass: the rate as an integer number of millionths, the tax as (2 |base| rate + 1) // 2, signed."""
    per_document = (select(Invoice.currency.label("currency"), InvoiceLine.vat_rate.label("rate"),
                           cast(func.sum(InvoiceLine.net_minor), BigInteger).label("base"))
                    .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
                    .where(Invoice.issue_date >= date_from, Invoice.issue_date <= date_to,
                           Invoice.state.in_(ISSUED))
                    .group_by(Invoice.id, Invoice.currency, InvoiceLine.vat_rate).subquery())
    base = per_document.c.base
    millionths = cast(func.round(cast(per_document.c.rate, Float) * RATE_SCALE), BigInteger)
    half_up = (func.abs(base) * millionths * 2 + RATE_SCALE) // (2 * RATE_SCALE)  # non-negatives: floor
    tax = case((base < 0, -half_up), else_=half_up)
    q = (select(per_document.c.currency, per_document.c.rate, func.sum(base), func.sum(tax))
         .group_by(per_document.c.currency, per_document.c.rate))
    return [(cur, rate, int(b), int(t)) for cur, rate, b, t in session.execute(q)]


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


def payment_sums(session: Session, start: datetime,
                 end: datetime) -> list[tuple[str, str, str, str, int, int]]:
    """(currency, source, method, user, count, amount) of the payments (reversals negative) with paid_at in
    [start, end), summed by the database (ix_payments_paid_at)."""
    q = (select(Payment.currency, Payment.source, Payment.method, Payment.created_by, func.count(),
                func.sum(Payment.amount_minor))
         .where(Payment.paid_at >= start, Payment.paid_at < end)
         .group_by(Payment.currency, Payment.source, Payment.method, Payment.created_by))
    return [(c, s, m, u, int(n), int(a)) for c, s, m, u, n, a in session.execute(q)]


def credit_between(session: Session, start: datetime, end: datetime) -> list[tuple[str, int, int]]:
    """(currency, credit taken, credit used) in [start, end): positive and negative credit rows."""
    taken = func.sum(case((CreditEntry.amount_minor > 0, CreditEntry.amount_minor), else_=0))
    used = func.sum(case((CreditEntry.amount_minor < 0, -CreditEntry.amount_minor), else_=0))
    q = (select(CreditEntry.currency, taken, used)
         .where(CreditEntry.created_at >= start, CreditEntry.created_at < end).group_by(CreditEntry.currency))
    return [(c, int(t), int(u)) for c, t, u in session.execute(q)]


@dataclass(frozen=True, slots=True)
class AgeingFigure:
    client_id: int
    client_number: str
    client_name: str
    currency: str
    minors: tuple[int, int, int, int]  # 0-30, 31-60, 61-90, 90+ days past due (not yet due: 0-30)


def ageing_as_of(session: Session, day: date, end: datetime) -> list[AgeingFigure]:
    """What each patient still owed at `end` (naive UTC, the end of `day`), per currency and age bucket,
    summed by the database; ordered by last name, first name.

    An invoice issued by `day` owed its balance of today (total - paid) plus what was allocated from `end`
    on, unless its credit note was issued by `day`. A payment's allocation counts from when the money was
    paid or booked, whichever came first (a bank payment booked later still paid the invoice that day);
    an undo, and credit applied, from when it was done. Only the allocations made after `end` are read
    (ix_allocations_created_at): as of today, one pass over the open invoices."""
    pay = aliased(Payment)
    later = (select(Allocation.invoice_id.label("invoice_id"),
                    func.sum(Allocation.amount_minor).label("amount"))
             .outerjoin(pay, pay.id == Allocation.payment_id)
             .where(Allocation.created_at >= end,
                    or_(Allocation.undo_of.is_not(None), Allocation.payment_id.is_(None), pay.paid_at >= end))
             .group_by(Allocation.invoice_id).subquery())
    note = aliased(Invoice)
    credited_after = (select(note.credit_note_for).where(note.kind == "credit_note", note.issue_date > day)
                      .scalar_subquery())
    owed = Invoice.total_minor - Invoice.paid_minor + func.coalesce(later.c.amount, 0)
    due = func.coalesce(Invoice.due_date, Invoice.issue_date)
    bucket = case((due >= day - timedelta(days=30), 0), (due >= day - timedelta(days=60), 1),
                  (due >= day - timedelta(days=90), 2), else_=3)
    base = (select(Invoice.client_id.label("client_id"), Invoice.currency.label("currency"),
                   bucket.label("bucket"), owed.label("owed"))
            .outerjoin(later, later.c.invoice_id == Invoice.id)
            .where(Invoice.kind == "invoice", Invoice.issue_date <= day, owed > 0))
    open_now = base.where(Invoice.state.in_(OPEN))  # ix_invoices_state_due_date
    # settled or cancelled since: still open at `end` if paid after it, or credited after `day`
    closed_since = base.where(Invoice.state.not_in(OPEN),
                              or_(Invoice.state != "cancelled", Invoice.id.in_(credited_after)),
                              or_(Invoice.id.in_(select(later.c.invoice_id)), Invoice.id.in_(credited_after)))
    items = union_all(open_now, closed_since).subquery()
    sums = [func.sum(case((items.c.bucket == i, items.c.owed), else_=0)) for i in range(4)]
    q = (select(Client.id, Client.client_number, Client.first_name, Client.last_name, items.c.currency, *sums)
         .join(items, items.c.client_id == Client.id)
         .group_by(Client.id, Client.client_number, Client.first_name, Client.last_name, items.c.currency)
         .order_by(Client.last_name, Client.first_name, Client.id, items.c.currency))
    return [AgeingFigure(cid, number, " ".join(p for p in (first, last) if p), cur,
                         (int(b0), int(b1), int(b2), int(b3)))
            for cid, number, first, last, cur, b0, b1, b2, b3 in session.execute(q)]


def waiting_money(session: Session) -> list[tuple[str, int, int]]:
    """(currency, count, amount) of payments no patient has yet (the unmatched queue), not reversed."""
    rev = aliased(Payment)
    q = (select(Payment.currency, func.count(), func.sum(Payment.amount_minor))
         .where(Payment.client_id.is_(None), Payment.reversal_of.is_(None),
                ~exists().where(rev.reversal_of == Payment.id))
         .group_by(Payment.currency))
    return [(c, int(n), int(a)) for c, n, a in session.execute(q)]

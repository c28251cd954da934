"""Writes that move money between payments, invoices and client credit.

Every function works inside the caller's transaction and only ever adds rows
(or updates the denormalised `paid_minor`/`state` of an invoice together with
the allocation row that explains it). Services decide *what* to do; this module
keeps the rows consistent with PRODUCT.md §4 while doing it.

Funding of an allocation:
- from a payment: `payment_id` set; undoing it puts the money in that client's
  credit, attributed to the same payment (so Σ allocations + credit = amount);
- from client credit: `payment_id` None, plus a credit row of the opposite
  amount pointing at the allocation (`allocation_id`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, exists, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.invoices import InvoiceState, after_payment_change
from usu_desktop.domain.money import Money
from usu_desktop.storage.models import (
    Allocation,
    Client,
    CreditEntry,
    Invoice,
    InvoiceCounter,
    InvoiceLine,
    Payment,
)
from usu_desktop.storage.records import utcnow

OPEN_STATES = (InvoiceState.ISSUED.value, InvoiceState.PARTLY_PAID.value)


# --- reading inside a write transaction ------------------------------------------

def lock_invoice(session: Session, invoice_id: int) -> Invoice:
    """The invoice, re-read and row-locked (PostgreSQL; SQLite already holds the write lock)."""
    inv = session.scalars(select(Invoice).where(Invoice.id == invoice_id)
                          .with_for_update().execution_options(populate_existing=True)).first()
    if inv is None:
        raise DomainError("invoice_not_found", invoice_id=invoice_id)
    return inv


def lock_client(session: Session, client_id: int) -> Client:
    client = session.scalars(select(Client).where(Client.id == client_id)
                             .with_for_update().execution_options(populate_existing=True)).first()
    if client is None:
        raise DomainError("client_not_found", client_id=client_id)
    return client


def lock_payment(session: Session, payment_id: int) -> Payment:
    pay = session.scalars(select(Payment).where(Payment.id == payment_id)
                          .with_for_update().execution_options(populate_existing=True)).first()
    if pay is None:
        raise DomainError("payment_not_found", payment_id=payment_id)
    return pay


def balance_minor(inv: Invoice) -> int:
    """What is still owed on an invoice (0 for drafts, cancelled invoices and credit notes)."""
    if inv.state not in OPEN_STATES:
        return 0
    return max(0, inv.total_minor - inv.paid_minor - inv.credited_minor)


def open_invoices(session: Session, client_id: int, currency: str | None = None) -> list[Invoice]:
    """The client's issued invoices with something owed, oldest due first."""
    q = (select(Invoice)
         .where(Invoice.client_id == client_id, Invoice.state.in_(OPEN_STATES), Invoice.kind == "invoice")
         .order_by(Invoice.due_date, Invoice.issue_date, Invoice.id)
         .with_for_update().execution_options(populate_existing=True))
    if currency is not None:
        q = q.where(Invoice.currency == currency)
    return [inv for inv in session.scalars(q) if balance_minor(inv) > 0]


def invoice_lines(session: Session, invoice_id: int) -> list[InvoiceLine]:
    return list(session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id)
                                .order_by(InvoiceLine.position)))


def credited_lines(session: Session, invoice_id: int) -> dict[int, tuple[Decimal, int, int]]:
    """Per line of the invoice: (quantity, gross, net) its credit notes credited so far (positive)."""
    note = aliased(Invoice)
    line = InvoiceLine
    rows = session.execute(
        select(line.credit_of_line, line.quantity, line.gross_minor, line.net_minor)
        .join(note, note.id == InvoiceLine.invoice_id)
        .where(note.credit_note_for == invoice_id, note.kind == "credit_note",
               InvoiceLine.credit_of_line.is_not(None)))
    out: dict[int, tuple[Decimal, int, int]] = {}
    for line_id, quantity, gross, net in rows:
        key = int(line_id or 0)
        q, g, n = out.get(key, (Decimal(0), 0, 0))
        out[key] = (q + Decimal(quantity), g - int(gross), n - int(net))
    return out


def credit_balance(session: Session, client_id: int, currency: str) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(CreditEntry.amount_minor), 0))
                              .where(CreditEntry.client_id == client_id,
                                     CreditEntry.currency == currency)) or 0)


def credit_balance_through(session: Session, client_id: int, currency: str, credit_id: int) -> int:
    """The client's credit as it was right after credit row `credit_id` (rows are added in id order)."""
    return int(session.scalar(select(func.coalesce(func.sum(CreditEntry.amount_minor), 0))
                              .where(CreditEntry.client_id == client_id, CreditEntry.currency == currency,
                                     CreditEntry.id <= credit_id)) or 0)


def payment_assigned(session: Session, payment_id: int) -> int:
    """Σ allocations + Σ credit rows attributed to the payment."""
    allocated = session.scalar(select(func.coalesce(func.sum(Allocation.amount_minor), 0))
                               .where(Allocation.payment_id == payment_id)) or 0
    credited = session.scalar(select(func.coalesce(func.sum(CreditEntry.amount_minor), 0))
                              .where(CreditEntry.payment_id == payment_id)) or 0
    return int(allocated) + int(credited)


def payment_credit(session: Session, payment_id: int) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(CreditEntry.amount_minor), 0))
                              .where(CreditEntry.payment_id == payment_id)) or 0)


def _live() -> ColumnElement[bool]:
    undo = aliased(Allocation)
    return and_(Allocation.undo_of.is_(None),
                ~exists().where(undo.undo_of == Allocation.id))


def live_allocations(session: Session, *, payment_id: int | None = None, invoice_id: int | None = None,
                     credit_funded_for_client: int | None = None) -> list[Allocation]:
    """Allocations not undone (and not undo rows themselves), oldest first."""
    q = select(Allocation).where(_live()).order_by(Allocation.id)
    if payment_id is not None:
        q = q.where(Allocation.payment_id == payment_id)
    if invoice_id is not None:
        q = q.where(Allocation.invoice_id == invoice_id)
    if credit_funded_for_client is not None:
        q = q.join(Invoice, Invoice.id == Allocation.invoice_id).where(
            Allocation.payment_id.is_(None), Invoice.client_id == credit_funded_for_client)
    return list(session.scalars(q))


def allocation_rows(session: Session, payment_id: int) -> list[Allocation]:
    """Every allocation row attributed to a payment (undo rows included), oldest first."""
    return list(session.scalars(select(Allocation).where(Allocation.payment_id == payment_id)
                                .order_by(Allocation.id)))


def is_undone(session: Session, allocation_id: int) -> bool:
    return session.scalar(select(func.count()).select_from(Allocation)
                          .where(Allocation.undo_of == allocation_id)) != 0


# --- writing -----------------------------------------------------------------------

def _move_paid(inv: Invoice, delta: int) -> None:
    """Move what was paid; the total that counts is what is left after credit notes."""
    cur = inv.currency
    before, after = inv.paid_minor, inv.paid_minor + delta
    due_total = Money.from_minor(inv.total_minor - inv.credited_minor, cur)
    state = after_payment_change(InvoiceState(inv.state), due_total, Money.from_minor(before, cur),
                                 Money.from_minor(after, cur))
    inv.paid_minor = after
    inv.state = state.value


def allocate(session: Session, *, invoice: Invoice, amount_minor: int, reason: str, user: str,
             payment_id: int | None, note: str = "") -> Allocation:
    """Put money on an invoice; moves `paid_minor` and the state by the domain's table."""
    if amount_minor <= 0:
        raise DomainError("allocation_bad_amount", amount_minor=amount_minor)
    if amount_minor > balance_minor(invoice):
        raise DomainError("invoice_overpaid", invoice_id=invoice.id, balance_minor=balance_minor(invoice),
                          amount_minor=amount_minor)
    _move_paid(invoice, amount_minor)
    row = Allocation(payment_id=payment_id, invoice_id=invoice.id, amount_minor=amount_minor,
                     reason=reason, note=note, created_at=utcnow(), created_by=user)
    session.add(row)
    session.flush()
    return row


def allocate_from_credit(session: Session, *, invoice: Invoice, amount_minor: int, user: str,
                         reason: str = "credit") -> Allocation:
    """Use the invoice's client's credit on it (the caller checked the credit is there)."""
    row = allocate(session, invoice=invoice, amount_minor=amount_minor, reason=reason, user=user,
                   payment_id=None)
    add_credit(session, client_id=invoice.client_id, amount_minor=-amount_minor, currency=invoice.currency,
               reason="used", user=user, allocation_id=row.id)
    return row


def undo(session: Session, alloc: Allocation, *, reason: str, user: str,
         charge_to_payment: int | None = None, note: str = "") -> Allocation:
    """A new row taking `alloc` back. Where the money goes is the caller's choice (see module doc).

    `charge_to_payment` attributes the undo row to another payment (a reversal);
    by default it belongs to the same payment as the original.
    """
    if alloc.undo_of is not None:
        raise DomainError("allocation_is_an_undo", allocation_id=alloc.id)
    if is_undone(session, alloc.id):
        raise DomainError("allocation_already_undone", allocation_id=alloc.id)
    inv = lock_invoice(session, alloc.invoice_id)
    if inv.state in OPEN_STATES or inv.state == InvoiceState.PAID.value:
        _move_paid(inv, -alloc.amount_minor)
    else:  # a cancelled invoice gives back what was paid on it before its credit note
        inv.paid_minor -= alloc.amount_minor
    row = Allocation(payment_id=charge_to_payment if charge_to_payment is not None else alloc.payment_id,
                     invoice_id=alloc.invoice_id, amount_minor=-alloc.amount_minor, reason=reason,
                     undo_of=alloc.id, note=note, created_at=utcnow(), created_by=user)
    session.add(row)
    session.flush()
    return row


def undo_to_credit(session: Session, alloc: Allocation, *, reason: str, user: str, note: str = "") -> int:
    """Undo an allocation and keep the money as the client's credit; returns the amount."""
    row = undo(session, alloc, reason=reason, user=user, note=note)
    inv = session.get(Invoice, alloc.invoice_id)
    assert inv is not None
    if alloc.payment_id is None:
        add_credit(session, client_id=inv.client_id, amount_minor=alloc.amount_minor, currency=inv.currency,
                   reason="restored", user=user, allocation_id=row.id)
    else:
        pay = session.get(Payment, alloc.payment_id)
        assert pay is not None
        add_credit(session, client_id=pay.client_id or inv.client_id, amount_minor=alloc.amount_minor,
                   currency=inv.currency, reason=reason, user=user, payment_id=alloc.payment_id)
    return alloc.amount_minor


def add_credit(session: Session, *, client_id: int, amount_minor: int, currency: str, reason: str, user: str,
               payment_id: int | None = None, allocation_id: int | None = None) -> CreditEntry:
    row = CreditEntry(client_id=client_id, amount_minor=amount_minor, currency=currency, reason=reason,
                      payment_id=payment_id, allocation_id=allocation_id, created_at=utcnow(),
                      created_by=user)
    session.add(row)
    session.flush()
    return row


def next_invoice_seq(session: Session, series: str, year: int) -> int:
    """The next gapless number of (series, year), taken inside the issuing transaction.

    SQLite's write lock already serialises issuing. On PostgreSQL two desks issuing the first
    invoice of a year would both find no counter row and both insert it (one fails on the key):
    the row is made with ON CONFLICT DO NOTHING first (the second waits for the first's commit),
    then locked and moved like any other year's counter.
    """
    if session.connection().dialect.name == "postgresql":
        session.execute(pg_insert(InvoiceCounter).values(series=series, year=year, last_seq=0)
                        .on_conflict_do_nothing(index_elements=["series", "year"]))
    counter = session.scalars(select(InvoiceCounter)
                              .where(InvoiceCounter.series == series, InvoiceCounter.year == year)
                              .with_for_update().execution_options(populate_existing=True)).first()
    if counter is None:
        session.add(InvoiceCounter(series=series, year=year, last_seq=1))
        session.flush()
        return 1
    session.execute(update(InvoiceCounter)
                    .where(InvoiceCounter.series == series, InvoiceCounter.year == year)
                    .values(last_seq=InvoiceCounter.last_seq + 1))
    session.refresh(counter)
    return counter.last_seq


def find_payment(session: Session, source: str, external_id: str) -> Payment | None:
    return session.scalars(select(Payment).where(Payment.source == source,
                                                 Payment.external_id == external_id)).first()


def reversal_for(session: Session, payment_id: int) -> Payment | None:
    return session.scalars(select(Payment).where(Payment.reversal_of == payment_id)).first()


def invoice_rf_taken(session: Session, rf: str) -> bool:
    return session.scalar(select(func.count()).select_from(Invoice).where(Invoice.rf_code == rf)) != 0


# --- the fingerprint of an issued invoice ---------------------------------------------

def content_hash_of(header: dict[str, object], lines: Sequence[dict[str, object]]) -> str:
    """SHA-256 over the issued content (not its paid amount or state).

    Fields in a fixed order, separated by control characters that never occur in the values.
    """
    return content_hash_values(tuple(header[k] for k in HASH_HEADER_FIELDS),
                               [tuple(line[k] for k in HASH_LINE_FIELDS) for line in lines])


def content_hash_values(header: Sequence[object], lines: Sequence[Sequence[object]]) -> str:
    """`content_hash_of` for values already in HASH_HEADER_FIELDS / HASH_LINE_FIELDS order
    (dates as ISO text), for bulk writers."""
    parts = [repr(v) for v in header]
    for line in lines:
        parts.append("\x1e")
        parts.extend(repr(v) for v in line)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


HASH_HEADER_FIELDS = ("kind", "series", "year", "seq", "number", "client_id", "currency", "issue_date",
                      "due_date", "lines_total_minor", "discount_minor", "untaxed_minor", "tax_minor",
                      "total_minor", "rf_code", "credit_note_for")
HASH_LINE_FIELDS = ("position", "description", "quantity", "unit_price_minor", "discount_minor", "vat_rate",
                    "gross_minor", "net_minor")


def header_dict(values: object) -> dict[str, object]:
    """The hashed header fields of an Invoice object or a row mapping."""
    get = values.get if isinstance(values, dict) else lambda k: getattr(values, k)
    out = {k: get(k) for k in HASH_HEADER_FIELDS}
    for k in ("issue_date", "due_date"):
        value = out[k]
        if isinstance(value, date):
            out[k] = value.isoformat()
    return out


def line_dict(values: object) -> dict[str, object]:
    get = values.get if isinstance(values, dict) else lambda k: getattr(values, k)
    return {k: get(k) for k in HASH_LINE_FIELDS}


def invoice_content_hash(session: Session, inv: Invoice) -> str:
    return content_hash_of(header_dict(inv), [line_dict(line) for line in invoice_lines(session, inv.id)])

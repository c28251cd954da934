"""Read queries for the long lists: count, a page of ids, then rows for those ids.

Lists hold only ids and ask for rows as they scroll (STYLE.md: Anki's browser
model), so each call touches one page, however many invoices the clinic has.
All functions take a session (use `Database.reading()`), return plain values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from usu_desktop.domain.invoices import InvoiceState
from usu_desktop.domain.money import Money
from usu_desktop.storage.models import Allocation, Client, CreditEntry, Invoice, Payment
from usu_desktop.storage.search import like_pattern

OPEN_STATES = (InvoiceState.ISSUED.value, InvoiceState.PARTLY_PAID.value)

# --- invoices -------------------------------------------------------------------------


@dataclass(frozen=True)
class InvoiceFilter:
    """`state` is a stored state, or "open" (issued or partly paid) or "overdue" (open, due before today)."""

    text: str = ""                # invoice number (prefix/part) or client name/number
    state: str | None = None
    client_id: int | None = None
    kind: str | None = None       # "invoice" | "credit_note"
    issued_from: date | None = None
    issued_to: date | None = None
    today: date | None = None     # for "overdue"; defaults to date.today()


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    kind: str
    number: str | None
    state: str
    client_id: int
    client_name: str
    client_number: str
    currency: str
    issue_date: date | None
    due_date: date | None
    total: Money
    paid: Money
    balance: Money
    rf_code: str | None
    overdue: bool


_BALANCE = Invoice.total_minor - Invoice.paid_minor - Invoice.credited_minor

INVOICE_SORTS: dict[str, Any] = {
    "number": Invoice.number,
    "issue_date": Invoice.issue_date,
    "due_date": Invoice.due_date,
    "total": Invoice.total_minor,
    "balance": _BALANCE,
    "state": Invoice.state,
    "client": Client.last_name,
    "id": Invoice.id,
}


def invoice_where(q: Select[Any], f: InvoiceFilter) -> Select[Any]:
    if f.client_id is not None:
        q = q.where(Invoice.client_id == f.client_id)
    if f.kind is not None:
        q = q.where(Invoice.kind == f.kind)
    if f.state == "open":
        q = q.where(Invoice.state.in_(OPEN_STATES))
    elif f.state == "overdue":
        q = q.where(Invoice.state.in_(OPEN_STATES), Invoice.due_date < (f.today or date.today()))
    elif f.state is not None:
        q = q.where(Invoice.state == f.state)
    if f.issued_from is not None:
        q = q.where(Invoice.issue_date >= f.issued_from)
    if f.issued_to is not None:
        q = q.where(Invoice.issue_date <= f.issued_to)
    term = f.text.strip()
    if term:
        matching_clients = select(Client.id).where(Client.search_text.like(like_pattern(term), escape="\\"))
        number = Invoice.number.like(f"%{_escape(term.upper())}%", escape="\\")
        q = q.where(or_(number, Invoice.client_id.in_(matching_clients)))
    return q


def count_invoices(session: Session, f: InvoiceFilter = InvoiceFilter()) -> int:
    return int(session.scalar(invoice_where(select(func.count(Invoice.id)), f)) or 0)


def invoice_ids(session: Session, f: InvoiceFilter = InvoiceFilter(), sort: str = "issue_date",
                descending: bool = True, offset: int = 0, limit: int = 200) -> list[int]:
    """One page of ids in list order (ties broken by id, so pages never overlap)."""
    key = INVOICE_SORTS.get(sort, Invoice.issue_date)
    q = invoice_where(select(Invoice.id), f)
    if sort == "client":
        q = q.join(Client, Client.id == Invoice.client_id)
    order = [key.desc(), Invoice.id.desc()] if descending else [key.asc(), Invoice.id.asc()]
    return list(session.scalars(q.order_by(*order).offset(offset).limit(limit)))


def invoice_rows(session: Session, ids: Sequence[int], today: date | None = None) -> list[InvoiceRow]:
    """Rows for `ids`, in the same order; unknown ids are skipped. Plain columns, not ORM objects:
    a list reads a page of these on every keystroke."""
    if not ids:
        return []
    today = today or date.today()
    q = (select(Invoice.id, Invoice.kind, Invoice.number, Invoice.state, Invoice.client_id, Invoice.currency,
                Invoice.issue_date, Invoice.due_date, Invoice.total_minor, Invoice.paid_minor,
                Invoice.credited_minor, Invoice.rf_code, Client.first_name, Client.last_name,
                Client.client_number)
         .join(Client, Client.id == Invoice.client_id).where(Invoice.id.in_(list(ids))))
    found: dict[int, InvoiceRow] = {}
    for (inv_id, kind, number, state, client_id, cur, issued, due, total, paid, credited, rf,
         first, last, client_number) in session.execute(q):
        is_open = state in OPEN_STATES
        bal = max(0, total - paid - credited) if is_open else 0
        found[inv_id] = InvoiceRow(
            id=inv_id, kind=kind, number=number, state=state, client_id=client_id,
            client_name=_name(first, last), client_number=client_number, currency=cur,
            issue_date=issued, due_date=due,
            total=Money.from_minor(total, cur), paid=Money.from_minor(paid, cur),
            balance=Money.from_minor(bal, cur), rf_code=rf,
            overdue=is_open and due is not None and due < today)
    return [found[i] for i in ids if i in found]


def _escape(term: str) -> str:
    """Escape LIKE wildcards so "%" or "_" typed by a user match themselves."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _name(first: str, last: str) -> str:
    return " ".join(p for p in (first, last) if p)


# --- clients --------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientFilter:
    text: str = ""                 # any part of name, number, phone or e-mail; accents/case ignored
    include_archived: bool = False
    with_debt: bool = False        # only clients with open invoices


@dataclass(frozen=True)
class ClientRow:
    id: int
    client_number: str
    rf_code: str
    first_name: str
    last_name: str
    name: str
    birth_date: date | None
    phone: str
    email: str
    language: str
    archived: bool
    created_at: datetime
    owed: tuple[Money, ...]     # open balances, one per currency
    credit: tuple[Money, ...]   # unused credit, one per currency


CLIENT_SORTS: dict[str, Any] = {
    "name": Client.last_name,
    "first_name": Client.first_name,
    "number": Client.sequence,
    "created_at": Client.created_at,
    "id": Client.id,
}


def client_where(q: Select[Any], f: ClientFilter) -> Select[Any]:
    if not f.include_archived:
        q = q.where(Client.archived.is_(False))
    term = f.text.strip()
    if term:
        for word in term.split():
            q = q.where(Client.search_text.like(like_pattern(word), escape="\\"))
    if f.with_debt:
        q = q.where(exists().where(Invoice.client_id == Client.id, Invoice.state.in_(OPEN_STATES)))
    return q


def count_clients(session: Session, f: ClientFilter = ClientFilter()) -> int:
    return int(session.scalar(client_where(select(func.count(Client.id)), f)) or 0)


def client_ids(session: Session, f: ClientFilter = ClientFilter(), sort: str = "name",
               descending: bool = False, offset: int = 0, limit: int = 200) -> list[int]:
    key = CLIENT_SORTS.get(sort, Client.last_name)
    keys = [key, Client.first_name] if sort == "name" else [key]
    order = [k.desc() for k in keys] + [Client.id.desc()] if descending else \
        [k.asc() for k in keys] + [Client.id.asc()]
    return list(session.scalars(client_where(select(Client.id), f).order_by(*order)
                                .offset(offset).limit(limit)))


def client_rows(session: Session, ids: Sequence[int]) -> list[ClientRow]:
    if not ids:
        return []
    id_list = list(ids)
    owed: dict[int, list[Money]] = {}
    for client_id, cur, total in session.execute(
            select(Invoice.client_id, Invoice.currency, func.sum(_BALANCE))
            .where(Invoice.client_id.in_(id_list), Invoice.state.in_(OPEN_STATES))
            .group_by(Invoice.client_id, Invoice.currency)):
        owed.setdefault(client_id, []).append(Money.from_minor(int(total), cur))
    credit: dict[int, list[Money]] = {}
    for client_id, cur, total in session.execute(
            select(CreditEntry.client_id, CreditEntry.currency, func.sum(CreditEntry.amount_minor))
            .where(CreditEntry.client_id.in_(id_list))
            .group_by(CreditEntry.client_id, CreditEntry.currency)):
        if total:
            credit.setdefault(client_id, []).append(Money.from_minor(int(total), cur))
    # Plain columns, not ORM objects: a search reads a page of these on every keystroke.
    cols = (Client.id, Client.client_number, Client.rf_code, Client.first_name, Client.last_name,
            Client.birth_date, Client.phone, Client.email, Client.language, Client.archived,
            Client.created_at)
    found: dict[int, ClientRow] = {}
    for (cid, number, rf, first, last, born, phone, email, lang, archived,
         created) in session.execute(select(*cols).where(Client.id.in_(id_list))):
        found[cid] = ClientRow(id=cid, client_number=number, rf_code=rf, first_name=first, last_name=last,
                               name=_name(first, last), birth_date=born, phone=phone, email=email,
                               language=lang, archived=archived, created_at=created,
                               owed=tuple(owed.get(cid, ())), credit=tuple(credit.get(cid, ())))
    return [found[i] for i in ids if i in found]


def find_duplicate_clients(session: Session, first_name: str, last_name: str, birth_date: date | None,
                           phone: str, exclude_id: int | None = None) -> list[ClientRow]:
    """Clients with the same name and birth date, or the same phone digits."""
    conds = []
    if birth_date is not None and (first_name or last_name):
        conds.append(and_(func.lower(Client.first_name) == first_name.strip().lower(),
                          func.lower(Client.last_name) == last_name.strip().lower(),
                          Client.birth_date == birth_date))
    digits = "".join(ch for ch in phone if ch.isdigit())
    if len(digits) >= 6:
        conds.append(Client.search_text.like(f"% {digits} %") | Client.search_text.like(f"% {digits}"))
    if not conds:
        return []
    q = select(Client.id).where(or_(*conds)).limit(20)
    if exclude_id is not None:
        q = q.where(Client.id != exclude_id)
    return client_rows(session, list(session.scalars(q)))


# --- payments -------------------------------------------------------------------------


@dataclass(frozen=True)
class PaymentFilter:
    client_id: int | None = None
    source: str | None = None
    unmatched_only: bool = False
    paid_from: datetime | None = None
    paid_to: datetime | None = None
    text: str = ""                 # payer name, text, RF or external id


@dataclass(frozen=True)
class PaymentRow:
    id: int
    source: str
    external_id: str | None
    client_id: int | None
    client_name: str
    amount: Money
    method: str
    paid_at: datetime
    payer_name: str
    rf_code: str
    text: str
    match_reason: str
    reversal_of: int | None
    reversed: bool
    allocated: Money
    credit: Money


PAYMENT_SORTS: dict[str, Any] = {
    "paid_at": Payment.paid_at,
    "amount": Payment.amount_minor,
    "source": Payment.source,
    "id": Payment.id,
}


def payment_where(q: Select[Any], f: PaymentFilter) -> Select[Any]:
    if f.client_id is not None:
        q = q.where(Payment.client_id == f.client_id)
    if f.source is not None:
        q = q.where(Payment.source == f.source)
    if f.unmatched_only:
        rev = aliased(Payment)
        q = q.where(Payment.client_id.is_(None), Payment.reversal_of.is_(None),
                    ~exists().where(rev.reversal_of == Payment.id))
    if f.paid_from is not None:
        q = q.where(Payment.paid_at >= f.paid_from)
    if f.paid_to is not None:
        q = q.where(Payment.paid_at <= f.paid_to)
    term = f.text.strip()
    if term:
        pattern = f"%{_escape(term)}%"
        q = q.where(or_(Payment.payer_name.like(pattern, escape="\\"),
                        Payment.text.like(pattern, escape="\\"),
                        Payment.rf_code.like(pattern.upper(), escape="\\"),
                        Payment.external_id.like(pattern, escape="\\")))
    return q


def count_payments(session: Session, f: PaymentFilter = PaymentFilter()) -> int:
    return int(session.scalar(payment_where(select(func.count(Payment.id)), f)) or 0)


def payment_ids(session: Session, f: PaymentFilter = PaymentFilter(), sort: str = "paid_at",
                descending: bool = True, offset: int = 0, limit: int = 200) -> list[int]:
    key = PAYMENT_SORTS.get(sort, Payment.paid_at)
    order = [key.desc(), Payment.id.desc()] if descending else [key.asc(), Payment.id.asc()]
    return list(session.scalars(payment_where(select(Payment.id), f).order_by(*order)
                                .offset(offset).limit(limit)))


def payment_rows(session: Session, ids: Sequence[int]) -> list[PaymentRow]:
    if not ids:
        return []
    id_list = list(ids)
    allocated = dict(session.execute(
        select(Allocation.payment_id, func.sum(Allocation.amount_minor))
        .where(Allocation.payment_id.in_(id_list)).group_by(Allocation.payment_id)).all())
    credit = dict(session.execute(
        select(CreditEntry.payment_id, func.sum(CreditEntry.amount_minor))
        .where(CreditEntry.payment_id.in_(id_list)).group_by(CreditEntry.payment_id)).all())
    reversed_ids = set(session.scalars(select(Payment.reversal_of).where(Payment.reversal_of.in_(id_list))))
    q = (select(Payment, Client.first_name, Client.last_name)
         .outerjoin(Client, Client.id == Payment.client_id).where(Payment.id.in_(id_list)))
    found: dict[int, PaymentRow] = {}
    for p, first, last in session.execute(q):
        cur = p.currency
        found[p.id] = PaymentRow(
            id=p.id, source=p.source, external_id=p.external_id, client_id=p.client_id,
            client_name=_name(first or "", last or ""), amount=Money.from_minor(p.amount_minor, cur),
            method=p.method, paid_at=p.paid_at, payer_name=p.payer_name, rf_code=p.rf_code, text=p.text,
            match_reason=p.match_reason, reversal_of=p.reversal_of, reversed=p.id in reversed_ids,
            allocated=Money.from_minor(int(allocated.get(p.id) or 0), cur),
            credit=Money.from_minor(int(credit.get(p.id) or 0), cur))
    return [found[i] for i in ids if i in found]

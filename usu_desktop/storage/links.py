"""Queries for payment links, link events, the message log and the debtors list."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from usu_desktop.storage.ledger import OPEN_STATES
from usu_desktop.storage.link_models import LinkEvent, Message, PaymentLink
from usu_desktop.storage.models import Client, CreditEntry, Invoice

BUCKETS = ((0, 30), (31, 60), (61, 90), (91, None))  # days overdue; 0 = due today


@dataclass(frozen=True)
class OverdueInvoice:
    invoice_id: int
    number: str
    due_date: date
    balance_minor: int
    paid_minor: int  # > 0: partly paid, so a reminder says "remaining"


@dataclass(frozen=True)
class DebtorRow:
    client_id: int
    name: str
    client_number: str
    email: str
    phone: str
    language: str
    currency: str
    due_minor: int  # overdue balance
    total_open_minor: int  # everything still owed, overdue or not
    oldest_due: date
    days_overdue: int
    buckets: tuple[int, int, int, int]  # minor units in 0-30, 31-60, 61-90, 90+
    partly_paid: bool
    last_reminder: datetime | None
    invoices: tuple[OverdueInvoice, ...]
    credit_minor: int = 0  # the patient's unused client credit in `currency`
    net_due_minor: int = 0  # what a reminder asks for: overdue balance less that credit (>= 0)

    @property
    def covered(self) -> bool:
        """The patient's credit pays everything overdue: nobody reminds them."""
        return self.net_due_minor == 0

    @property
    def id(self) -> int:
        """The row's key in a lazy list: one row per patient."""
        return self.client_id


def bucket_of(days: int) -> int:
    for i, (low, high) in enumerate(BUCKETS):
        if days >= low and (high is None or days <= high):
            return i
    return 0


def debtors(session: Session, today: date, client_ids: list[int] | None = None,
            min_days: int = 1) -> list[DebtorRow]:
    """Patients with invoices at least `min_days` past due and something still owed, most owed first.

    The one debtors computation (the Debtors page, the reminders, `usu-admin remind`): balances
    as booked now (so payments booked since an earlier listing count), and the patient's unused
    client credit netted off (`net_due_minor`; 0 = `covered`)."""
    balance = Invoice.total_minor - Invoice.paid_minor - Invoice.credited_minor
    q = (select(Invoice.id, Invoice.client_id, Invoice.number, Invoice.due_date, Invoice.currency,
                Invoice.paid_minor, balance.label("balance"))
         .where(Invoice.state.in_(OPEN_STATES), Invoice.kind == "invoice", balance > 0,
                Invoice.due_date.is_not(None))
         .order_by(Invoice.due_date, Invoice.id))
    if client_ids is not None:
        q = q.where(Invoice.client_id.in_(client_ids))
    per_client: dict[int, list[tuple[OverdueInvoice, str]]] = defaultdict(list)
    open_total: dict[int, int] = defaultdict(int)
    for r in session.execute(q):
        open_total[r.client_id] += int(r.balance)
        if (today - r.due_date).days >= min_days:
            per_client[r.client_id].append((OverdueInvoice(r.id, r.number or "", r.due_date, int(r.balance),
                                                           int(r.paid_minor)), r.currency))
    if not per_client:
        return []
    ids = list(per_client)
    clients = {c.id: c for c in session.scalars(select(Client).where(Client.id.in_(ids)))}
    last = {int(cid or 0): at for cid, at in session.execute(
        select(Message.client_id, func.max(Message.sent_at))
        .where(Message.client_id.in_(ids), Message.purpose == "reminder", Message.status == "sent")
        .group_by(Message.client_id))}
    credit: dict[tuple[int, str], int] = {(int(cid), cur): int(total) for cid, cur, total in session.execute(
        select(CreditEntry.client_id, CreditEntry.currency, func.sum(CreditEntry.amount_minor))
        .where(CreditEntry.client_id.in_(ids)).group_by(CreditEntry.client_id, CreditEntry.currency))}
    rows = []
    for client_id, items in per_client.items():
        c = clients[client_id]
        buckets = [0, 0, 0, 0]
        for inv, _cur in items:
            buckets[bucket_of((today - inv.due_date).days)] += inv.balance_minor
        oldest = min(inv.due_date for inv, _ in items)
        name = " ".join(p for p in (c.first_name, c.last_name) if p)
        currency = items[0][1]
        due = sum(inv.balance_minor for inv, _ in items)
        available = max(0, credit.get((client_id, currency), 0))
        rows.append(DebtorRow(
            client_id, name, c.client_number, c.email, c.phone, c.language or "en", currency,
            due, open_total[client_id],
            oldest, (today - oldest).days, (buckets[0], buckets[1], buckets[2], buckets[3]),
            any(inv.paid_minor > 0 for inv, _ in items), last.get(client_id),
            tuple(inv for inv, _ in items), available, max(0, due - available)))
    rows.sort(key=lambda r: (-r.net_due_minor, -r.due_minor, r.client_id))
    return rows


def reusable_link(session: Session, client_id: int, invoice_ids: list[int], currency: str,
                  amount_minor: int, valid_after: datetime) -> PaymentLink | None:
    """An open link the patient already has for this very debt: a patient link for exactly
    `amount_minor`, or (when the debt is one invoice) that invoice's link with exactly that much
    still to pay, still valid after `valid_after`; the newest such link."""
    for_debt = PaymentLink.kind == "client"
    if len(invoice_ids) == 1:
        own = and_(PaymentLink.kind == "invoice", PaymentLink.invoice_id == invoice_ids[0])
        for_debt = or_(for_debt, own)
    return session.scalars(
        select(PaymentLink)
        .where(PaymentLink.client_id == client_id, for_debt, PaymentLink.currency == currency,
               PaymentLink.status.in_(("active", "partly_paid")), PaymentLink.remote_id.is_not(None),
               PaymentLink.amount_minor.is_not(None),
               PaymentLink.amount_minor - PaymentLink.paid_minor == amount_minor,
               PaymentLink.expires_at > valid_after)
        .order_by(PaymentLink.id.desc()).limit(1)).first()


def client_credit(session: Session, client_id: int, currency: str) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(CreditEntry.amount_minor), 0))
                              .where(CreditEntry.client_id == client_id, CreditEntry.currency == currency))
               or 0)


def last_reminder(session: Session, client_id: int) -> datetime | None:
    return session.scalar(select(func.max(Message.sent_at)).where(
        Message.client_id == client_id, Message.purpose == "reminder", Message.status == "sent"))


def links_to_refresh(session: Session) -> list[PaymentLink]:
    return list(session.scalars(select(PaymentLink).where(
        PaymentLink.status.in_(("active", "partly_paid")), PaymentLink.remote_id.is_not(None))
        .order_by(PaymentLink.id)))


def link_rows(session: Session, client_id: int | None = None, status: str | None = None,
              limit: int = 500) -> list[PaymentLink]:
    q = select(PaymentLink).order_by(PaymentLink.id.desc()).limit(limit)
    if client_id is not None:
        q = q.where(PaymentLink.client_id == client_id)
    if status is not None:
        q = q.where(PaymentLink.status == status)
    return list(session.scalars(q))


def events(session: Session, client_id: int | None = None, unseen_only: bool = False,
           limit: int = 500) -> list[LinkEvent]:
    q = select(LinkEvent).order_by(LinkEvent.id.desc()).limit(limit)
    if client_id is not None:
        q = q.where(LinkEvent.client_id == client_id)
    if unseen_only:
        q = q.where(LinkEvent.seen.is_(False), LinkEvent.kind.in_(("paid", "partly_paid", "expired")))
    return list(session.scalars(q))


def mark_events_seen(session: Session) -> int:
    result = session.execute(update(LinkEvent).where(LinkEvent.seen.is_(False)).values(seen=True))
    return int(getattr(result, "rowcount", 0) or 0)


def messages(session: Session, client_id: int | None = None, status: str | None = None,
             limit: int = 500) -> list[Message]:
    q = select(Message).order_by(Message.id.desc()).limit(limit)
    if client_id is not None:
        q = q.where(Message.client_id == client_id)
    if status is not None:
        q = q.where(Message.status == status)
    return list(session.scalars(q))


def lock_message(session: Session, message_id: int) -> Message | None:
    return session.scalars(select(Message).where(Message.id == message_id).with_for_update()
                           .execution_options(populate_existing=True)).first()


def client_id_by_key(session: Session, key: str) -> int | None:
    """A client number first, else a database id."""
    key = key.strip()
    found = session.scalar(select(Client.id).where(Client.client_number == key))
    if found is None and key.isdigit():
        found = session.scalar(select(Client.id).where(Client.id == int(key)))
    return None if found is None else int(found)


def invoice_id_by_key(session: Session, key: str) -> int | None:
    """An invoice number first, else a database id."""
    key = key.strip()
    found = session.scalar(select(Invoice.id).where(Invoice.number == key))
    if found is None and key.isdigit():
        found = session.scalar(select(Invoice.id).where(Invoice.id == int(key)))
    return None if found is None else int(found)


def client_names(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(Client.id, Client.first_name, Client.last_name).where(Client.id.in_(ids)))
    return {int(r.id): " ".join(p for p in (r.first_name, r.last_name) if p) for r in rows}

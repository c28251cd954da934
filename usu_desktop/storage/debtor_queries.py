"""The Debtors list as one grouped query: a page of patients at a time, never every row in Python.

One row per patient with something overdue, summed in the database over the partial index of
open invoice balances (ix_invoices_open_balances); the page's rows are then built by
`links.debtors` for just those patients, so the screen, the reminders and the CLI share one
definition of "what is overdue".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, select, text
from sqlalchemy.orm import Session

from usu_desktop.storage.link_models import Message
from usu_desktop.storage.links import BUCKETS, DebtorRow, debtors
from usu_desktop.storage.models import OPEN_INVOICE, Client, CreditEntry, Invoice
from usu_desktop.storage.search import like_pattern

CHUNK = 1000  # patient ids per IN (...) when rows are read for a long list
SORTS = ("due", "oldest", "days")  # amount overdue; oldest due date; days overdue (= oldest, reversed)


@dataclass(frozen=True)
class DebtorFilter:
    min_days: int = 1  # overdue at least this many days
    bucket: int | None = None  # only patients with money in this ageing bucket (0..3)
    search: str = ""
    min_due_minor: int | None = None  # only those owing at least this much overdue, net of their credit
    not_reminded_days: int | None = None  # only those not reminded in this many days
    today: date | None = None  # the day overdue is counted from (None: the day it runs)

    @property
    def text(self) -> str:
        """What was typed (the lazy list waits for a pause before counting a search)."""
        return self.search


def _balance() -> ColumnElement[Any]:
    return Invoice.total_minor - Invoice.paid_minor - Invoice.credited_minor


def _grouped(f: DebtorFilter, today: date, now: datetime) -> Select[Any]:
    """client_id, due (overdue balance), oldest (earliest due date) per patient who matches `f`."""
    balance = _balance()
    due = func.sum(balance)
    q: Select[Any] = (select(Invoice.client_id.label("client_id"), due.label("due"),  # type: ignore[assignment]
                func.min(Invoice.due_date).label("oldest"))
         .where(text(OPEN_INVOICE), balance > 0,
                Invoice.due_date.is_not(None),
                Invoice.due_date <= today - timedelta(days=max(0, f.min_days)))
         .group_by(Invoice.client_id))
    words = f.search.split()
    if words:
        matching = select(Client.id)
        for word in words:
            matching = matching.where(Client.search_text.like(like_pattern(word), escape="\\"))
        q = q.where(Invoice.client_id.in_(matching))
    if f.not_reminded_days is not None:
        since = now - timedelta(days=f.not_reminded_days)
        reminded = select(Message.client_id).where(
            Message.purpose == "reminder", Message.status == "sent", Message.sent_at > since,
            Message.client_id.is_not(None))
        q = q.where(Invoice.client_id.not_in(reminded))
    if f.bucket is not None:
        low, high = BUCKETS[f.bucket]
        in_bucket = Invoice.due_date <= today - timedelta(days=low)
        if high is not None:
            in_bucket = and_(in_bucket, Invoice.due_date >= today - timedelta(days=high))
        q = q.having(func.sum(case((in_bucket, balance), else_=0)) > 0)
    if f.min_due_minor is not None:  # what a reminder would ask for: the overdue less unused credit
        credit = (select(func.coalesce(func.sum(CreditEntry.amount_minor), 0))
                  .where(CreditEntry.client_id == Invoice.client_id,
                         CreditEntry.currency == func.min(Invoice.currency))
                  .correlate(Invoice).scalar_subquery())
        q = q.having(due - case((credit > 0, credit), else_=0) >= f.min_due_minor)
    return q


def debtor_ids(session: Session, f: DebtorFilter, today: date, now: datetime, sort: str | None = "due",
               descending: bool = True, offset: int = 0, limit: int | None = 100,
               reverse: bool = False) -> list[int]:
    """A page of patient ids in list order; with `reverse`, `offset` counts from the end of the
    list (read from the far end, returned in list order), so the last page costs what the first does."""
    sub = _grouped(f, today, now).subquery()
    sort = sort if sort in SORTS else "due"
    key = sub.c.due if sort == "due" else sub.c.oldest
    down = descending != reverse
    if sort == "days":
        down = not down  # most days overdue = oldest due date first
    order = (key.desc(), sub.c.client_id.desc()) if down else (key.asc(), sub.c.client_id.asc())
    q = select(sub.c.client_id).order_by(*order).offset(offset)
    ids = [int(i) for i in session.scalars(q if limit is None else q.limit(limit))]
    return ids[::-1] if reverse else ids


def count_debtors(session: Session, f: DebtorFilter, today: date, now: datetime) -> int:
    sub = _grouped(f, today, now).subquery()
    return int(session.scalar(select(func.count()).select_from(sub)) or 0)


def debtor_totals(session: Session, f: DebtorFilter, today: date, now: datetime) -> tuple[int, int]:
    """(patients, overdue minor units) over the whole filtered list."""
    sub = _grouped(f, today, now).subquery()
    n, total = session.execute(select(func.count(), func.coalesce(func.sum(sub.c.due), 0))
                               .select_from(sub)).one()
    return int(n or 0), int(total or 0)


def debtor_rows(session: Session, ids: list[int], today: date, min_days: int) -> list[DebtorRow]:
    """The rows of one page, in the order of `ids`."""
    found: dict[int, DebtorRow] = {}
    for start in range(0, len(ids), CHUNK):  # a whole list (the CLI) stays under SQLite's bound limit
        chunk = ids[start:start + CHUNK]
        found.update((r.client_id, r) for r in debtors(session, today, client_ids=chunk, min_days=min_days))
    return [found[i] for i in ids if i in found]

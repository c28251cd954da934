"""Reads and writes of the bank sync: the charge list source, the cursor, sync runs, RF history,
and the bulk booking of a page of exchange payments (`PageMatchContext`, `insert_bookings`).

The cursor (how far the desk has read the exchange's payments) is a settings row written in
the caller's transaction, so the sync service can commit it together with a page's bookings.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, case, func, insert, or_, select, update
from sqlalchemy.orm import Session

from usu_desktop.domain.invoices import InvoiceState, after_payment_change
from usu_desktop.domain.matching import ClientInfo, IncomingPayment, MatchResult, OpenInvoice
from usu_desktop.domain.money import Money
from usu_desktop.storage import bulk
from usu_desktop.storage.ledger import OPEN_STATES
from usu_desktop.storage.matching_context import SessionMatchContext
from usu_desktop.storage.models import (
    Allocation,
    AuditEntry,
    Base,
    Client,
    CreditEntry,
    Invoice,
    Payment,
    Setting,
    SyncRun,
)
from usu_desktop.storage.records import utcnow

CURSOR_KEY = "sync.cursor"
CURSOR_URL_KEY = "sync.cursor_url"


@dataclass(frozen=True)
class ChargeSource:
    """One client's open invoices (in one currency) and credit, as the charge list needs them."""

    client_id: int
    client_number: str
    first_name: str
    last_name: str
    client_rf: str
    open_minor: int
    credit_minor: int
    invoice_rfs: tuple[str, ...]


def charge_sources(session: Session, currency: str) -> list[ChargeSource]:
    """Every client with an open invoice in `currency`, by client number (three grouped queries)."""
    balance = Invoice.total_minor - Invoice.paid_minor - Invoice.credited_minor
    positive = case((balance > 0, balance), else_=0)
    open_filter = (Invoice.state.in_(OPEN_STATES), Invoice.kind == "invoice", Invoice.currency == currency)
    owed: dict[int, int] = dict(session.execute(select(Invoice.client_id, func.sum(positive))
                                .where(*open_filter).group_by(Invoice.client_id)).all())
    if not owed:
        return []
    rfs: dict[int, list[str]] = defaultdict(list)
    for client_id, rf in session.execute(
            select(Invoice.client_id, Invoice.rf_code)
            .where(*open_filter, balance > 0, Invoice.rf_code.is_not(None))
            .order_by(Invoice.client_id, Invoice.due_date, Invoice.id)):
        if rf:
            rfs[client_id].append(rf)
    credit = dict(session.execute(select(CreditEntry.client_id, func.sum(CreditEntry.amount_minor))
                                  .where(CreditEntry.currency == currency)
                                  .group_by(CreditEntry.client_id)).all())
    out = []
    for c in session.execute(select(Client.id, Client.client_number, Client.first_name, Client.last_name,
                                    Client.rf_code).order_by(Client.client_number)):
        if c.id not in owed:
            continue
        out.append(ChargeSource(c.id, c.client_number, c.first_name or "", c.last_name or "", c.rf_code,
                                int(owed[c.id] or 0), int(credit.get(c.id) or 0), tuple(rfs.get(c.id, ()))))
    return out


# --- the cursor ---------------------------------------------------------------------------

def read_cursor(session: Session, url: str) -> int:
    """The stored cursor for the exchange at `url`; 0 when none or it belonged to another exchange."""
    rows = dict(session.execute(select(Setting.key, Setting.value)
                                .where(Setting.key.in_((CURSOR_KEY, CURSOR_URL_KEY)))).all())
    if rows.get(CURSOR_URL_KEY, "") != url:
        return 0
    try:
        return max(0, int(rows.get(CURSOR_KEY, "0")))
    except ValueError:
        return 0


def write_cursor(session: Session, url: str, cursor: int) -> None:
    for key, value in ((CURSOR_KEY, str(cursor)), (CURSOR_URL_KEY, url)):
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
    session.flush()


# --- runs ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class RunRow:
    id: int
    started_at: datetime
    finished_at: datetime | None
    uploaded: int
    fetched: int
    booked: int
    duplicates: int
    unmatched: int
    cursor: str
    error: str


def start_run(session: Session) -> int:
    run = SyncRun(started_at=utcnow(), finished_at=None, uploaded=0, fetched=0, booked=0, duplicates=0,
                  unmatched=0, cursor="", error="")
    session.add(run)
    session.flush()
    return run.id


def finish_run(session: Session, run_id: int, *, uploaded: int, fetched: int, booked: int,
               duplicates: int, unmatched: int, cursor: int, error: str) -> None:
    run = session.get(SyncRun, run_id)
    if run is None:
        return
    run.finished_at = utcnow()
    run.uploaded, run.fetched, run.booked = uploaded, fetched, booked
    run.duplicates, run.unmatched, run.cursor, run.error = duplicates, unmatched, str(cursor), error


def _run_row(r: SyncRun) -> RunRow:
    return RunRow(r.id, r.started_at, r.finished_at, r.uploaded, r.fetched, r.booked, r.duplicates,
                  r.unmatched, r.cursor, r.error)


def run_rows(session: Session, limit: int = 100) -> list[RunRow]:
    """Newest first."""
    return [_run_row(r) for r in session.scalars(select(SyncRun).order_by(SyncRun.id.desc()).limit(limit))]


def last_success(session: Session) -> RunRow | None:
    r = session.scalars(select(SyncRun).where(SyncRun.finished_at.is_not(None), SyncRun.error == "")
                        .order_by(SyncRun.id.desc()).limit(1)).first()
    return None if r is None else _run_row(r)


# --- payments as the sync screen shows them ----------------------------------------------------

def external_payment_ids(session: Session, limit: int = 200) -> list[int]:
    """Newest payments that came from outside (terminal, bank, link), not reversals."""
    return list(session.scalars(select(Payment.id)
                                .where(Payment.source != "desk", Payment.reversal_of.is_(None))
                                .order_by(Payment.id.desc()).limit(limit)))


@dataclass(frozen=True)
class RfPaymentRow:
    """One payment in the history of an RF code; `on_this` is what it put on that RF's invoice."""

    payment_id: int
    paid_at: datetime
    source: str
    external_id: str | None
    amount_minor: int
    currency: str
    on_this_minor: int
    reversal: bool


def rf_history(session: Session, rf: str) -> tuple[str, list[RfPaymentRow]]:
    """("invoice" | "client" | "", rows oldest first): every payment that names or reached the RF."""
    inv = session.scalars(select(Invoice).where(Invoice.rf_code == rf)).first()
    on_this: dict[int, int] = {}
    if inv is not None:
        kind = "invoice"
        for pid, amount in session.execute(select(Allocation.payment_id, func.sum(Allocation.amount_minor))
                                           .where(Allocation.invoice_id == inv.id,
                                                  Allocation.payment_id.is_not(None))
                                           .group_by(Allocation.payment_id)):
            if pid is not None:
                on_this[int(pid)] = int(amount or 0)
        cond = or_(Payment.rf_code == rf, Payment.id.in_(list(on_this)))
    else:
        client = session.scalars(select(Client).where(Client.rf_code == rf)).first()
        if client is None:
            kind = ""
            cond = Payment.rf_code == rf
        else:
            kind = "client"
            cond = or_(Payment.rf_code == rf, Payment.client_id == client.id)
    rows = []
    for p in session.scalars(select(Payment).where(cond).order_by(Payment.paid_at, Payment.id)):
        rows.append(RfPaymentRow(p.id, p.paid_at, p.source, p.external_id, p.amount_minor, p.currency,
                                 on_this.get(p.id, p.amount_minor if kind != "invoice" else 0),
                                 p.reversal_of is not None))
    return kind, rows


# --- booking a page of exchange payments in bulk -------------------------------------------------

class PageMatchContext:
    """The matcher's look-ups for one page of terminal payments, answered from memory.

    `preload()` reads the page's clients and their open invoices in two queries; `apply()` moves
    the in-memory balances as the page's payments are allocated, so the next payment of the same
    client sees what the previous one left. Look-ups a terminal payment never needs (RF, invoice
    number) go to the database. Suggestions are not made here: the unmatched queue makes them
    when it is shown.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self._db = SessionMatchContext(session)
        self.clients: dict[str, ClientInfo] = {}
        self.invoices: dict[int, list[OpenInvoice]] = {}
        self.rows: dict[int, dict[str, Any]] = {}  # invoice id -> state, total, paid, currency

    def preload(self, numbers: Sequence[str]) -> None:
        wanted = [n for n in set(numbers) if n not in self.clients]
        for i in range(0, len(wanted), 500):
            part = wanted[i:i + 500]
            found = self.session.execute(select(Client.id, Client.client_number, Client.first_name,
                                                Client.last_name, Client.rf_code)
                                         .where(Client.client_number.in_(part))).all()
            for c in found:
                name = " ".join(p for p in (c.first_name, c.last_name) if p)
                self.clients[c.client_number] = ClientInfo(c.id, c.client_number, name, c.rf_code)
                self.invoices[c.id] = []
            ids = [c.id for c in found]
            if not ids:
                continue
            for inv in self.session.execute(
                    select(Invoice.id, Invoice.client_id, Invoice.number, Invoice.rf_code, Invoice.issue_date,
                           Invoice.due_date, Invoice.state, Invoice.total_minor, Invoice.paid_minor,
                           Invoice.credited_minor, Invoice.currency)
                    .where(Invoice.client_id.in_(ids), Invoice.state.in_(OPEN_STATES),
                           Invoice.kind == "invoice")
                    .order_by(Invoice.due_date, Invoice.issue_date, Invoice.id)):
                balance = max(0, inv.total_minor - inv.paid_minor - inv.credited_minor)
                if balance <= 0:
                    continue
                self.invoices[inv.client_id].append(OpenInvoice(
                    inv.id, inv.client_id, inv.number, inv.rf_code, inv.issue_date, inv.due_date,
                    Money.from_minor(balance, inv.currency)))
                self.rows[inv.id] = {"state": inv.state, "paid": inv.paid_minor, "currency": inv.currency,
                                     "client_id": inv.client_id,
                                     "total_money": Money.from_minor(inv.total_minor, inv.currency),
                                     "paid_money": Money.from_minor(inv.paid_minor, inv.currency)}

    def apply(self, invoice_id: int, amount_minor: int) -> None:
        """Book `amount_minor` on an invoice in memory: paid, state (by the domain's table), balance."""
        row = self.rows[invoice_id]
        amount = Money.from_minor(amount_minor, row["currency"])
        before = row["paid_money"]
        after = before + amount
        state = after_payment_change(InvoiceState(row["state"]), row["total_money"], before, after)
        row["state"] = state.value
        row["paid_money"] = after
        row["paid"] += amount_minor
        row["dirty"] = True
        invoices = self.invoices[row["client_id"]]
        for i, inv in enumerate(invoices):
            if inv.invoice_id == invoice_id:
                invoices[i] = replace(inv, balance=inv.balance - amount)
                break

    def changed_invoices(self) -> list[dict[str, Any]]:
        """New paid amount and state per touched invoice (bind names for `insert_bookings`)."""
        return [{"b_id": inv_id, "b_paid": r["paid"], "b_state": r["state"]}
                for inv_id, r in self.rows.items() if r.get("dirty")]

    # MatchContext
    def client_by_number(self, number: str) -> ClientInfo | None:
        return self.clients.get(number)

    def open_invoices(self, client_id: int) -> Sequence[OpenInvoice]:
        return [inv for inv in self.invoices.get(client_id, ()) if inv.balance.is_positive()]

    def invoice_by_rf(self, rf: str) -> OpenInvoice | None:
        """The page's in-memory invoice when preloaded (its balance counts this page's bookings)."""
        found = self._preloaded_by_rf(rf)
        if found is not None:
            return found
        inv = self._db.invoice_by_rf(rf)
        if inv is None or not inv.balance.is_positive() or inv.invoice_id in self.rows:
            return inv
        number = self.session.scalar(select(Client.client_number).where(Client.id == inv.client_id))
        if number is not None:
            self.preload([number])
        return self._preloaded_by_rf(rf) or inv

    def _preloaded_by_rf(self, rf: str) -> OpenInvoice | None:
        for invoices in self.invoices.values():
            for inv in invoices:
                if inv.rf == rf:
                    return inv
        return None

    def client_by_rf(self, rf: str) -> ClientInfo | None:
        return self._db.client_by_rf(rf)

    def invoice_by_number(self, number: str) -> OpenInvoice | None:
        return self._db.invoice_by_number(number)

    def suggestion_candidates(self, payment: IncomingPayment,
                              limit: int) -> Sequence[tuple[ClientInfo, Sequence[OpenInvoice]]]:
        return ()


@dataclass(frozen=True)
class NewBooking:
    """A matched (or unmatched) terminal payment waiting to be written with its page."""

    source: str
    external_id: str
    account: str
    amount_minor: int
    currency: str
    paid_at: datetime
    result: MatchResult
    rf: str = ""


def known_external_ids(session: Session, source: str, external_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    ids = list(set(external_ids))
    for i in range(0, len(ids), 500):
        found.update(session.scalars(select(Payment.external_id).where(
            Payment.source == source, Payment.external_id.in_(ids[i:i + 500]))))
    return found


def insert_bookings(session: Session, ctx: PageMatchContext, bookings: Sequence[NewBooking],
                    user: str) -> list[int]:
    """Write a page's payments, allocations, credit, invoice totals and audit rows; returns payment ids.

    The rows are exactly what PaymentService.book_external_payment writes for each payment.
    """
    if not bookings:
        return []
    now = utcnow()
    pay_rows = [{"source": b.source, "external_id": b.external_id, "client_id": b.result.client_id,
                 "amount_minor": b.amount_minor, "currency": b.currency, "method": b.source,
                 "paid_at": b.paid_at, "payer_name": "", "payer_account": b.account, "rf_code": b.rf,
                 "text": "",
                 "reversal_of": None, "match_reason": b.result.reason, "created_at": now, "created_by": user}
                for b in bookings]
    payments = Base.metadata.tables[Payment.__tablename__]
    if session.connection().dialect.name == "sqlite":
        # The write transaction (BEGIN IMMEDIATE) holds the only write lock, so the next ids are
        # ours; RETURNING in parameter order would make SQLAlchemy insert row by row here.
        first = int(session.scalar(select(func.coalesce(func.max(payments.c.id), 0))) or 0) + 1
        ids = list(range(first, first + len(pay_rows)))
        for pid, row in zip(ids, pay_rows, strict=True):
            row["id"] = pid
        bulk.insert_rows(session, Payment.__tablename__, pay_rows)
    else:
        ids = list(session.execute(insert(payments).returning(payments.c.id, sort_by_parameter_order=True),
                                   pay_rows).scalars())
    allocs: list[dict[str, Any]] = []
    credits: list[dict[str, Any]] = []
    audits: list[dict[str, Any]] = []
    for pid, b in zip(ids, bookings, strict=True):
        for a in b.result.allocations:
            allocs.append({"payment_id": pid, "invoice_id": a.invoice_id, "amount_minor": a.amount.minor,
                           "reason": a.reason, "undo_of": None, "note": "", "created_at": now,
                           "created_by": user})
        if b.result.client_id is not None and b.result.credit.is_positive():
            credits.append({"client_id": b.result.client_id, "amount_minor": b.result.credit.minor,
                            "currency": b.currency, "payment_id": pid, "allocation_id": None,
                            "reason": "overpayment", "created_at": now, "created_by": user})
        details = {"source": b.source, "external_id": b.external_id, "amount_minor": b.amount_minor,
                   "reason": b.result.reason, "client_id": b.result.client_id}
        audits.append({"at": now, "user": user, "action": "payment_booked", "entity": "payment",
                       "entity_id": pid, "details": json.dumps(details, ensure_ascii=False, sort_keys=True)})
    # Straight to the driver's executemany on SQLite (bulk.insert_rows), Core elsewhere.
    bulk.insert_rows(session, Allocation.__tablename__, allocs)
    bulk.insert_rows(session, CreditEntry.__tablename__, credits)
    changed = ctx.changed_invoices()
    if changed:
        invoices = Base.metadata.tables[Invoice.__tablename__]
        session.execute(update(invoices).where(invoices.c.id == bindparam("b_id"))
                        .values(paid_minor=bindparam("b_paid"), state=bindparam("b_state")),
                        changed)
    bulk.insert_rows(session, AuditEntry.__tablename__, audits)
    return ids

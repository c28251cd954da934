"""Reads and writes of the bank sync: the charge list source, the cursor, sync runs, RF history,
and the bulk booking of a page of exchange payments (`PageMatchContext`, `insert_bookings`).

The cursor (how far the desk has read the exchange's payments) is a settings row written in
the caller's transaction, so the sync service can commit it together with a page's bookings.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from usu_desktop.storage.bulk_booking import (
    NewBooking,
    PageMatchContext,
    insert_bookings,
    known_external_ids,
)
from usu_desktop.storage.ledger import OPEN_STATES
from usu_desktop.storage.models import (
    Allocation,
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


def charge_sources(session: Session, currency: str, everyone: bool = False) -> list[ChargeSource]:
    """Every client with an open invoice in `currency`, by client number (three grouped queries).

    `everyone` (terminal deposits on): every client that is not archived as well, with nothing
    open, so a terminal can find them and take a deposit."""
    balance = Invoice.total_minor - Invoice.paid_minor - Invoice.credited_minor
    positive = case((balance > 0, balance), else_=0)
    open_filter = (Invoice.state.in_(OPEN_STATES), Invoice.kind == "invoice", Invoice.currency == currency)
    owed: dict[int, int] = dict(session.execute(select(Invoice.client_id, func.sum(positive))
                                .where(*open_filter).group_by(Invoice.client_id)).all())
    if not owed and not everyone:
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
                                    Client.rf_code, Client.archived).order_by(Client.client_number)):
        if c.id not in owed and not (everyone and not c.archived):
            continue
        out.append(ChargeSource(c.id, c.client_number, c.first_name or "", c.last_name or "", c.rf_code,
                                int(owed.get(c.id) or 0), int(credit.get(c.id) or 0),
                                tuple(rfs.get(c.id, ()))))
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


def record_progress(session: Session, run_id: int, *, uploaded: int, fetched: int, booked: int,
                    duplicates: int, unmatched: int, cursor: int) -> None:
    """What a run has committed so far, written in the transaction of the page it counts, so a
    run killed between pages still shows what it had done."""
    run = session.get(SyncRun, run_id)
    if run is None:
        return
    run.uploaded, run.fetched, run.booked, run.duplicates = uploaded, fetched, booked, duplicates
    run.unmatched, run.cursor = unmatched, str(cursor)


INTERRUPTED = "interrupted"


def close_interrupted(session: Session, before_id: int | None = None) -> int:
    """Runs that never finished (the process was killed) are marked "interrupted", keeping the
    counts their committed pages recorded; returns how many. Called when a new run starts:
    a profile is synced by one run at a time, so an unfinished older one is dead."""
    query = select(SyncRun).where(SyncRun.finished_at.is_(None))
    if before_id is not None:
        query = query.where(SyncRun.id < before_id)
    runs = list(session.scalars(query))
    now = utcnow()
    for run in runs:
        run.finished_at = now
        run.error = INTERRUPTED
    session.flush()
    return len(runs)


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


# --- booking a page of exchange payments in bulk: shared with statements (storage.bulk_booking) ---

__all__ = ["NewBooking", "PageMatchContext", "insert_bookings", "known_external_ids"]

"""Booking a page of incoming payments in bulk (bank sync, statement import).

`PageMatchContext` answers the matcher's look-ups for one page from memory: `preload()` reads the
page's clients (by number), `preload_refs()` the invoices and clients its RFs and invoice numbers
name, each with the client's open invoices; `apply()` moves the in-memory balances as the page's
payments are allocated, so the next payment sees what the previous one left. `insert_bookings()`
then writes the page's payments, allocations, credit, invoice totals and audit rows with
executemany: exactly the rows `PaymentService.book_external_payment` writes one payment at a time
(tests/sync/test_bulk.py and tests/statements/test_bulk_equivalence.py compare both paths).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

from usu_desktop.domain.invoices import InvoiceState, after_payment_change
from usu_desktop.domain.matching import ClientInfo, IncomingPayment, MatchResult, OpenInvoice
from usu_desktop.domain.money import Money
from usu_desktop.storage import bulk
from usu_desktop.storage.ledger import OPEN_STATES
from usu_desktop.storage.matching_context import SessionMatchContext
from usu_desktop.storage.models import Allocation, Base, Client, CreditEntry, Invoice, Payment
from usu_desktop.storage.records import add_audits, utcnow

_PART = 500  # ids per IN (...) list
# What json.dumps(..., ensure_ascii=False, sort_keys=True[, default=str]) builds on every call, built once.
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
_JSON_STR = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str).encode
_STR = json.encoder.encode_basestring  # the C escaper those encoders use for str (ensure_ascii=False)


def _json_flat(d: dict[str, Any], fallback: Callable[[Any], str]) -> str:
    """`fallback(d)` for a flat dict of str/int/bool/None values, built without the encoder's
    machinery (three audit rows per payment make this a hot spot); anything else goes to `fallback`.
    Same text: sorted keys, ", " and ": " separators, non-ASCII kept."""
    parts = []
    for k in sorted(d):
        if type(k) is not str:
            return fallback(d)
        v = d[k]
        t = type(v)
        if t is str:
            parts.append(f"{_STR(k)}: {_STR(v)}")
        elif t is int:
            parts.append(f"{_STR(k)}: {v}")
        elif v is None:
            parts.append(f"{_STR(k)}: null")
        elif t is bool:
            parts.append(f"{_STR(k)}: {'true' if v else 'false'}")
        else:
            return fallback(d)
    return "{" + ", ".join(parts) + "}"


def _parts(values: Iterable[Any]) -> Iterable[list[Any]]:
    items = list(values)
    for i in range(0, len(items), _PART):
        yield items[i:i + _PART]


_INVOICE_COLUMNS = (Invoice.id, Invoice.client_id, Invoice.number, Invoice.rf_code, Invoice.issue_date,
                    Invoice.due_date, Invoice.state, Invoice.total_minor, Invoice.paid_minor,
                    Invoice.credited_minor, Invoice.currency, Invoice.kind)


class _InvoiceRow(NamedTuple):
    """The `_INVOICE_COLUMNS` of one invoice."""

    id: int
    client_id: int
    number: str | None
    rf_code: str | None
    issue_date: date | None
    due_date: date | None
    state: str
    total_minor: int
    paid_minor: int
    credited_minor: int
    currency: str
    kind: str


_INVOICE_SQL = ("SELECT id, client_id, number, rf_code, issue_date, due_date, state, total_minor, "
                "paid_minor, credited_minor, currency, kind FROM invoices WHERE {where} ORDER BY {order}")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text is not None else None


def _invoice_rows(conn: Any, column: str, values: list[Any], more: str = "",
                  order: str = "id") -> list[_InvoiceRow]:
    """Invoices whose `column` is one of `values` (and `more`, plain SQL), ordered by `order`.

    On SQLite straight through the driver (a page asks for thousands of rows; SQLAlchemy's per-row
    processing would cost more than the query); the dates come as the ISO text SQLAlchemy stores."""
    marks = ", ".join("?" * len(values))
    if conn.dialect.name == "sqlite":
        sql = _INVOICE_SQL.format(where=f"{column} IN ({marks}){more}", order=order)
        return [_InvoiceRow(r[0], r[1], r[2], r[3], _day(r[4]), _day(r[5]), *r[6:])
                for r in conn.exec_driver_sql(sql, tuple(values))]
    stmt = text(_INVOICE_SQL.format(where=f"{column} IN :values{more}", order=order)).bindparams(
        bindparam("values", expanding=True)).columns(*_INVOICE_COLUMNS)
    return [_InvoiceRow(*r) for r in conn.execute(stmt, {"values": values})]


def invoice_numbers(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """Invoice id -> number ("" for a draft) for `ids`, 500 at a time (a result list's numbers)."""
    out: dict[int, str] = {}
    for part in _parts(set(ids)):
        out.update((i, n or "") for i, n in session.connection().execute(
            select(Invoice.id, Invoice.number).where(Invoice.id.in_(part))))
    return out


def _balance(inv: Any) -> int:
    """ledger.balance_minor on a row."""
    if inv.state not in OPEN_STATES:
        return 0
    return max(0, inv.total_minor - inv.paid_minor - inv.credited_minor)


def _sign(x: int) -> int:
    return (x > 0) - (x < 0)


# after_payment_change's answers by what it compares: (state, after vs total, after vs 0, before vs 0,
# after vs before) -> new state. The function is pure and looks at nothing else, so a page books
# with integers and asks the domain once per kind of change (errors are never cached: they re-raise).
_STATE_AFTER: dict[tuple[str, int, int, int, int], str] = {}


def state_after_payment(state: str, total: int, before: int, after: int, currency: str) -> str:
    """`domain.invoices.after_payment_change` on minor units (see `_STATE_AFTER`)."""
    key = (state, _sign(after - total), _sign(after), _sign(before), _sign(after - before))
    got = _STATE_AFTER.get(key)
    if got is None:
        money = [Money.from_minor(x, currency) for x in (total, before, after)]
        got = after_payment_change(InvoiceState(state), *money).value
        _STATE_AFTER[key] = got
    return got


class _Tracked:
    """An invoice money could go on, as of this page: integers, and its OpenInvoice while unchanged."""

    __slots__ = ("balance", "client_id", "currency", "dirty", "due_date", "id", "issue_date", "number",
                 "open", "paid", "rf", "state", "total")

    def __init__(self, inv: Any, balance: int) -> None:
        self.id, self.client_id, self.number, self.rf = inv.id, inv.client_id, inv.number, inv.rf_code
        self.issue_date, self.due_date, self.state = inv.issue_date, inv.due_date, inv.state
        # what counts against payments: the total less what credit notes took off it
        self.total = inv.total_minor - inv.credited_minor
        self.paid, self.currency = inv.paid_minor, inv.currency
        self.balance = balance
        self.dirty = False
        self.open: OpenInvoice | None = None

    def as_open(self) -> OpenInvoice:
        got = self.open
        if got is None:
            got = self.open = OpenInvoice(self.id, self.client_id, self.number, self.rf, self.issue_date,
                                          self.due_date, Money.from_minor(self.balance, self.currency))
        return got


class PageMatchContext:
    """The matcher's look-ups for one page of payments, answered from memory (see the module doc).

    Look-ups for keys not preloaded go to the database, and an invoice found there that could
    take money is tracked in memory from then on. Suggestions go to the database through
    `before_db_read` (the caller writes its pending bookings first, so the database is current);
    they are made only for unmatched payments, which are rare.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self._db = SessionMatchContext(session)
        self.clients: dict[str, ClientInfo] = {}  # by client number
        self._client_by_id: dict[int, ClientInfo] = {}
        self.invoices: dict[int, list[int]] = {}  # client id -> open invoice ids, oldest due first
        self._inv: dict[int, _Tracked] = {}  # every tracked invoice, balance as of this page
        self._rf_invoice: dict[str, int | OpenInvoice | None] = {}  # preloaded RFs
        self._rf_client: dict[str, ClientInfo | None] = {}
        self._number_invoice: dict[str, int | OpenInvoice | None] = {}  # preloaded invoice numbers
        self.before_db_read: Callable[[], None] | None = None

    # --- loading ---------------------------------------------------------------------------
    def _conn(self) -> Any:
        """Core execution for plain column selects: the ORM layer adds nothing here but time."""
        return self.session.connection()

    def preload(self, numbers: Sequence[str]) -> None:
        """The clients with these client numbers and their open invoices."""
        wanted = [n for n in set(numbers) if n not in self.clients]
        ids: list[int] = []
        for part in _parts(wanted):
            ids += self._conn().execute(select(Client.id)
                                        .where(Client.client_number.in_(part))).scalars().all()
        self._load_clients(ids)

    def preload_refs(self, rfs: Iterable[str], invoice_numbers: Iterable[str] = ()) -> None:
        """The invoices and clients these (compact) RFs name, the invoices with these numbers,
        and every client they belong to with its open invoices."""
        new_rfs = [r for r in set(rfs) if r not in self._rf_invoice]
        new_numbers = [n.upper() for n in set(invoice_numbers) if n.upper() not in self._number_invoice]
        client_ids: set[int] = set()
        found: list[Any] = []
        for part in _parts(new_rfs):
            self._rf_invoice.update(dict.fromkeys(part))
            invoice_rfs = set()
            for inv in _invoice_rows(self._conn(), "rf_code", part, " AND number IS NOT NULL"):
                if inv.rf_code not in invoice_rfs:
                    invoice_rfs.add(inv.rf_code)
                    found.append(("rf", inv.rf_code, inv))
            if len(invoice_rfs) == len(part):
                # Every RF is an invoice's, so the matcher asks for a client's only when the currency
                # differs (rare): those few go to the database (`client_by_rf`), not 500 more rows here.
                continue
            self._rf_client.update(dict.fromkeys(part))
            for c in self._conn().execute(select(Client.id, Client.client_number, Client.first_name,
                                                 Client.last_name, Client.rf_code)
                                          .where(Client.rf_code.in_(part)).order_by(Client.id)):
                if self._rf_client.get(c.rf_code) is None:
                    self._rf_client[c.rf_code] = self._client_info(c)
                    client_ids.add(c.id)
        for part in _parts(new_numbers):
            self._number_invoice.update(dict.fromkeys(part))
            for inv in _invoice_rows(self._conn(), "number", part):
                found.append(("number", inv.number, inv))
        # Clients an RF names get their open invoices now (rule 1 spreads over them); an invoice's
        # client only when the matcher asks (`open_invoices`), as an invoice RF needs just that invoice.
        self._load_clients(client_ids)
        for kind, key, inv in found:
            table = self._rf_invoice if kind == "rf" else self._number_invoice
            if table.get(key) is not None:
                continue
            if inv.issue_date is None or inv.due_date is None:
                continue  # a draft: SessionMatchContext would not return it (nor could it take money)
            table[key] = self._track(inv)

    def _client_info(self, c: Any) -> ClientInfo:
        name = " ".join(p for p in (c.first_name, c.last_name) if p)
        info = ClientInfo(c.id, c.client_number, name, c.rf_code)
        self._client_by_id.setdefault(c.id, info)
        return info

    def _load_clients(self, ids: Iterable[int]) -> None:
        wanted = sorted({i for i in ids if i not in self.invoices})
        for part in _parts(wanted):
            for c in self._conn().execute(select(Client.id, Client.client_number, Client.first_name,
                                                 Client.last_name, Client.rf_code)
                                          .where(Client.id.in_(part))):
                self.clients[c.client_number] = self._client_info(c)
                self.invoices[c.id] = []
            states = ", ".join(f"'{st}'" for st in OPEN_STATES)  # constants, not input
            for inv in _invoice_rows(self._conn(), "client_id", part,
                                     f" AND state IN ({states}) AND kind = 'invoice'",
                                     order="due_date, issue_date, id"):
                if inv.id in self._inv:  # tracked before: its in-memory balance counts this page
                    self.invoices[inv.client_id].append(inv.id)
                elif _balance(inv) > 0:
                    self._track(inv)
                    self.invoices[inv.client_id].append(inv.id)

    def _track(self, inv: Any) -> int | OpenInvoice:
        """Keep an invoice row in memory if money could go on it; else its (fixed) OpenInvoice."""
        if inv.id in self._inv:
            return inv.id
        balance = _balance(inv)
        if balance <= 0:
            return OpenInvoice(inv.id, inv.client_id, inv.number, inv.rf_code, inv.issue_date, inv.due_date,
                               Money.from_minor(balance, inv.currency))
        self._inv[inv.id] = _Tracked(inv, balance)
        return inv.id

    def _current(self, ref: int | OpenInvoice | None) -> OpenInvoice | None:
        return self._inv[ref].as_open() if isinstance(ref, int) else ref

    def _from_db(self, inv: OpenInvoice | None) -> OpenInvoice | None:
        """An invoice the database answered: the in-memory one when tracked, tracked when it owes."""
        if inv is None:
            return None
        if inv.invoice_id in self._inv:
            return self._inv[inv.invoice_id].as_open()
        if not inv.balance.is_positive():
            return inv
        self._load_clients([inv.client_id])
        if inv.invoice_id in self._inv:
            return self._inv[inv.invoice_id].as_open()
        row = self._conn().execute(select(*_INVOICE_COLUMNS).where(Invoice.id == inv.invoice_id)).one()
        return self._current(self._track(row))

    # --- booking in memory ---------------------------------------------------------------------
    def apply(self, invoice_id: int, amount_minor: int, amount: Money | None = None) -> None:
        """Book `amount_minor` on an invoice in memory: paid, state (by the domain's table), balance.
        (`amount`, the same as Money, is accepted for callers that have it; integers suffice.)"""
        t = self._inv[invoice_id]
        before = t.paid
        after = before + amount_minor
        t.state = state_after_payment(t.state, t.total, before, after, t.currency)
        t.paid = after
        t.balance -= amount_minor
        t.dirty = True
        t.open = None

    def number_of(self, invoice_id: int) -> str | None:
        """A tracked invoice's number (None when the page never saw it)."""
        t = self._inv.get(invoice_id)
        return t.number if t is not None else None

    def changed_invoices(self) -> list[dict[str, Any]]:
        """New paid amount and state per touched invoice (bind names for `insert_bookings`)."""
        return [{"b_id": t.id, "b_paid": t.paid, "b_state": t.state} for t in self._inv.values() if t.dirty]

    def written(self) -> None:
        """The changed invoices are in the database now."""
        for t in self._inv.values():
            t.dirty = False

    # --- MatchContext ---------------------------------------------------------------------------
    def client_by_number(self, number: str) -> ClientInfo | None:
        if number in self.clients:
            return self.clients[number]
        info = self._db.client_by_number(number)
        if info is not None:
            self._load_clients([info.client_id])
        return info

    def open_invoices(self, client_id: int) -> Sequence[OpenInvoice]:
        if client_id not in self.invoices:
            self._load_clients([client_id])
        out = []
        for i in self.invoices.get(client_id, ()):
            t = self._inv[i]
            if t.balance > 0:
                out.append(t.as_open())
        return out

    def invoice_by_rf(self, rf: str) -> OpenInvoice | None:
        """The page's in-memory invoice when preloaded (its balance counts this page's bookings)."""
        if rf in self._rf_invoice:
            return self._current(self._rf_invoice[rf])
        return self._from_db(self._db.invoice_by_rf(rf))

    def client_by_rf(self, rf: str) -> ClientInfo | None:
        if rf in self._rf_client:
            return self._rf_client[rf]
        info = self._db.client_by_rf(rf)
        if info is not None:
            self._load_clients([info.client_id])
        return info

    def invoice_by_number(self, number: str) -> OpenInvoice | None:
        key = number.upper()
        if key in self._number_invoice:
            return self._current(self._number_invoice[key])
        return self._from_db(self._db.invoice_by_number(number))

    def suggestion_candidates(self, payment: IncomingPayment,
                              limit: int) -> Sequence[tuple[ClientInfo, Sequence[OpenInvoice]]]:
        """From the database, made current first by `before_db_read`; none without it (bank sync:
        the unmatched queue makes suggestions when it is shown)."""
        if self.before_db_read is None:
            return ()
        self.before_db_read()
        return self._db.suggestion_candidates(payment, limit)


@dataclass(frozen=True, slots=True)
class NewBooking:
    """A matched (or unmatched) incoming payment waiting to be written with its page.

    `audit_after`: more audit rows (action, entity, entity_id, details) written right after the
    payment's own, in order; a details value "{payment_id}" becomes the new payment's id."""

    source: str
    external_id: str
    account: str
    amount_minor: int
    currency: str
    paid_at: datetime
    result: MatchResult
    rf: str = ""
    payer_name: str = ""
    text: str = ""
    audit_after: tuple[tuple[str, str, int, dict[str, Any]], ...] = ()


PAYMENT_ID = "{payment_id}"


def known_external_ids(session: Session, source: str, external_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in _parts(set(external_ids)):
        found.update(session.scalars(select(Payment.external_id).where(
            Payment.source == source, Payment.external_id.in_(part))))
    return found


_PAY_COLS = ("id", "source", "external_id", "client_id", "amount_minor", "currency", "method", "paid_at",
             "payer_name", "payer_account", "rf_code", "text", "reversal_of", "match_reason", "created_at",
             "created_by")
_ALLOC_COLS = ("payment_id", "invoice_id", "amount_minor", "reason", "undo_of", "note", "created_at",
               "created_by")
_CREDIT_COLS = ("client_id", "amount_minor", "currency", "payment_id", "allocation_id", "reason",
                "created_at", "created_by")


def insert_bookings(session: Session, ctx: PageMatchContext, bookings: Sequence[NewBooking],
                    user: str) -> list[int]:
    """Write a page's payments, allocations, credit, invoice totals and audit rows; returns payment ids.

    The rows are exactly what PaymentService.book_external_payment writes for each payment. They are
    built as value tuples in column order (`bulk.insert_tuples`: the driver's executemany on SQLite).
    """
    if not bookings:
        return []
    now = utcnow()
    payments = Base.metadata.tables[Payment.__tablename__]
    if session.connection().dialect.name == "sqlite":
        # The write transaction (BEGIN IMMEDIATE) holds the only write lock, so the next ids are
        # ours; RETURNING in parameter order would make SQLAlchemy insert row by row here.
        first = int(session.scalar(select(func.coalesce(func.max(payments.c.id), 0))) or 0) + 1
        ids = list(range(first, first + len(bookings)))
        bulk.insert_tuples(session, Payment.__tablename__, _PAY_COLS, [
            (pid, b.source, b.external_id, b.result.client_id, b.amount_minor, b.currency, b.source,
             b.paid_at, b.payer_name, b.account, b.rf, b.text, None, b.result.reason, now, user)
            for pid, b in zip(ids, bookings, strict=True)])
    else:
        pay_rows = [dict(zip(_PAY_COLS[1:], (
            b.source, b.external_id, b.result.client_id, b.amount_minor, b.currency, b.source, b.paid_at,
            b.payer_name, b.account, b.rf, b.text, None, b.result.reason, now, user), strict=True))
            for b in bookings]
        ids = list(session.execute(insert(payments).returning(payments.c.id, sort_by_parameter_order=True),
                                   pay_rows).scalars())
    allocs: list[tuple[Any, ...]] = []
    credits: list[tuple[Any, ...]] = []
    audits: list[tuple[Any, ...]] = []
    for pid, b in zip(ids, bookings, strict=True):
        result = b.result
        for a in result.allocations:
            allocs.append((pid, a.invoice_id, a.amount.minor, a.reason, None, "", now, user))
        if result.client_id is not None and result.credit.is_positive():
            credits.append((result.client_id, result.credit.minor, b.currency, pid, None, "overpayment", now,
                            user))
        details = {"source": b.source, "external_id": b.external_id, "amount_minor": b.amount_minor,
                   "reason": result.reason, "client_id": result.client_id}
        audits.append((now, user, "payment_booked", "payment", pid, _json_flat(details, _JSON)))
        for action, entity, entity_id, more in b.audit_after:
            more = {k: (pid if v == PAYMENT_ID else v) for k, v in more.items()}
            audits.append((now, user, action, entity, entity_id, _json_flat(more, _JSON_STR)))
    bulk.insert_tuples(session, Allocation.__tablename__, _ALLOC_COLS, allocs)
    bulk.insert_tuples(session, CreditEntry.__tablename__, _CREDIT_COLS, credits)
    changed = ctx.changed_invoices()
    if changed:
        conn = session.connection()
        if conn.dialect.name == "sqlite":  # the driver's executemany, as for the inserts
            conn.exec_driver_sql("UPDATE invoices SET paid_minor = ?, state = ? WHERE id = ?",
                                 [(c["b_paid"], c["b_state"], c["b_id"]) for c in changed])
        else:
            invoices = Base.metadata.tables[Invoice.__tablename__]
            session.execute(update(invoices).where(invoices.c.id == bindparam("b_id"))
                            .values(paid_minor=bindparam("b_paid"), state=bindparam("b_state")),
                            changed)
        ctx.written()
    add_audits(session, audits)
    return ids


WAL_CHECKPOINT_PAGES = 25_000  # ~100 MB of WAL between checkpoints while a bulk import runs
CACHE_KIB = 64 * 1024  # SQLite page cache while a bulk import runs (the default is 2 MB)


def bulk_settings(session: Session) -> tuple[int, int] | None:
    """SQLite: settings of this connection for the pages of a bulk import, returned as they were
    (None elsewhere) for `restore_settings`:

    - checkpoint only every WAL_CHECKPOINT_PAGES pages, so the index pages that every page of an
      import touches are copied back to the database once per checkpoint, not once per commit;
    - a CACHE_KIB page cache, so those index pages (the audit log's is keyed by hashes: every page
      lands all over it) stay in memory between inserts instead of being read again.
    Durability is unchanged (WAL, synchronous=NORMAL); both are per connection."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return None
    before = (int(conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() or 0),
              int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0))
    conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
    conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
    return before


def restore_settings(session: Session, before: tuple[int, int] | None) -> None:
    """Put back what `bulk_settings` changed (the next commit then checkpoints the WAL; the cache
    shrinks back at once)."""
    conn = session.connection()
    if before is not None and conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {int(before[0])}")
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before[1])}")


@dataclass(frozen=True, slots=True)
class BookedBefore:
    """A stored payment as a re-import reports it: its live allocations (invoice id, minor) and credit."""

    payment_id: int
    currency: str
    allocations: tuple[tuple[int, int], ...]
    credit_minor: int


def _in_rows(conn: Any, sql: str, values: Sequence[Any], *before: Any) -> list[Any]:
    """Rows of `sql`, whose "({in})" is an IN list of `values` (after the parameters `before`): through
    the driver on SQLite (thousands of rows per page), as a text() query with an expanding
    parameter elsewhere."""
    if conn.dialect.name == "sqlite":
        return list(conn.exec_driver_sql(sql.replace("{in}", ", ".join("?" * len(values))),
                                         (*before, *values)))
    sql = sql.replace("({in})", ":values")  # an expanding parameter brings its own parentheses
    names: dict[str, Any] = {"values": list(values)}
    for i, value in enumerate(before):
        sql = sql.replace("?", f":p{i}", 1)
        names[f"p{i}"] = value
    return list(conn.execute(text(sql).bindparams(bindparam("values", expanding=True)), names))


def booked_before(session: Session, source: str, external_ids: Sequence[str]) -> dict[str, BookedBefore]:
    """For the ids already booked from `source`: what each did, in four queries per 500 ids.

    Live allocations as the statement import reads them one by one: not an undo row, positive,
    not undone since; credit is the sum of the payment's credit rows."""
    conn = session.connection()
    out: dict[str, BookedBefore] = {}
    for part in _parts(set(external_ids)):
        pays = {row[0]: row for row in _in_rows(
            conn, "SELECT id, external_id, currency FROM payments WHERE source = ? AND external_id IN ({in}) "
                  "ORDER BY id", part, source)}
        if not pays:
            continue
        allocs = _in_rows(conn, "SELECT id, payment_id, invoice_id, amount_minor, undo_of FROM allocations "
                                "WHERE payment_id IN ({in}) ORDER BY id", list(pays))
        undone: set[int] = set()
        for ids in _parts(a[0] for a in allocs):
            undone.update(r[0] for r in _in_rows(
                conn, "SELECT undo_of FROM allocations WHERE undo_of IN ({in})", ids))
        credit = dict(_in_rows(conn, "SELECT payment_id, SUM(amount_minor) FROM client_credit "
                                     "WHERE payment_id IN ({in}) GROUP BY payment_id", list(pays)))
        live: dict[int, list[tuple[int, int]]] = {pid: [] for pid in pays}
        for a_id, a_payment, a_invoice, a_minor, a_undo in allocs:
            if a_undo is None and a_minor > 0 and a_id not in undone:
                live[a_payment].append((a_invoice, a_minor))
        for pid, (_id, external_id, currency) in pays.items():
            if external_id not in out:
                out[external_id] = BookedBefore(pid, currency, tuple(live[pid]), int(credit.get(pid) or 0))
    return out

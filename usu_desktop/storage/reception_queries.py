"""Read queries the reception screens need beyond `queries.py`: totals of a filtered
invoice set, windowed id pages that read from either end, quick invoice search.

A list of two million invoices jumps to its last row by asking for the first page
in the opposite order (`reverse=True`), never by an OFFSET of two million.

A search page first tries the plan that is quick when matches are dense (walk the date
index, test each invoice), within a budget of the worker thread's CPU time; when the
budget runs out (the matches are rare or far from the top) it asks the next plan, at last
through the indexes with a sort. CPU time, not wall time, so a loaded machine does not
change which plan answers. Interrupting a read leaves its transaction as it was.

The patient list's search asks its plans by what they can answer, not by time: the first
rows in list order (dense text: one typed letter), the trigram index of migration 0004
(words of three letters or more), one pass keeping the page's rows (one or two letters
most names do not contain). All give the page the plain `queries.client_ids` would.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Integer, Select, case, exists, func, or_, select, text
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute, Session, aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement, TextClause
from sqlalchemy.sql.functions import FunctionElement

from usu_desktop.domain.money import Money
from usu_desktop.storage.models import Allocation, Client, Invoice, Payment, Service
from usu_desktop.storage.queries import (
    CLIENT_SORTS,
    INVOICE_SORTS,
    OPEN_STATES,
    PAYMENT_SORTS,
    ClientFilter,
    InvoiceFilter,
    PaymentFilter,
    client_where,
    invoice_where,
    payment_where,
)
from usu_desktop.storage.search import like_pattern, normalize

# How an invoice search finds its patients' invoices: up to SPARSE matching patients, through
# the client index; more, by walking the date index and testing membership (matches are dense
# enough that the first page comes quickly). Up to ID_LIST_LIMIT ids go as one JSON parameter
# on SQLite, instead of running the name search twice.
SPARSE = 1000
ID_LIST_LIMIT = 30000
DENSE_PREFIX = 500
# CPU time (ms, this thread) a walk may take before the next plan is asked: a walk to a
# dense first page takes a few ms. "scan" (test each invoice's patient) is only tried when a
# sample says many patients match; its budget is the safety net for a sample that misled.
WALK_BUDGET_MS = 15.0
SCAN_BUDGET_MS = 40.0
# Whether to "scan": the share of a sample of patients that match. At 1 % a first page of
# 100 needs ~10,000 invoices tested (~30 ms), still well under finding every matching
# patient first (a pass over all of them, ~75 ms at 200,000); rarer text goes patients first.
SAMPLE = 2000
SCAN_SHARE = 0.01
_STEP = 5_000  # how often the progress handler looks (SQLite steps, ~0.3 ms)

# A column as the ORM model names it (Client.last_name) or as a subquery's (head.c.id).
AnyColumn = QueryableAttribute[Any] | ColumnElement[Any]


@dataclass(frozen=True)
class InvoiceTotals:
    """Sums over a filtered set of invoices, one entry per currency."""

    count: int
    total: tuple[Money, ...]
    paid: tuple[Money, ...]
    due: tuple[Money, ...]


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _driver_connection(session: Session) -> DBAPIConnection:
    """The sqlite3 connection under the session, where the progress handler is set."""
    raw = session.connection().connection.dbapi_connection
    assert raw is not None  # None only once the pool has detached it, never within a session
    return raw


@contextmanager
def interruptible(session: Session, cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """On SQLite, stop a long read (a count, the totals) as soon as `cancelled()` says so: an
    older keystroke's count must not hold a worker thread for seconds. The query then raises."""
    if cancelled is None or not _is_sqlite(session):
        yield
        return
    raw = _driver_connection(session)
    session.info["cancelled"] = cancelled  # within_budget keeps watching it
    raw.set_progress_handler(lambda: 1 if cancelled() else 0, 500_000)  # ~ every few ms
    try:
        yield
    finally:
        session.info.pop("cancelled", None)
        raw.set_progress_handler(None, 0)


class OverBudget(Exception):
    """A budgeted query took more time than it was given (see `within_budget`)."""


def within_budget(session: Session, q: Select, ms: float | None) -> list[int]:
    """The ids `q` selects, or OverBudget once SQLite has spent about `ms` of this thread's CPU
    time on it. Not on SQLite, or with `ms=None`, the query simply runs. The session stays
    usable after (a read that is interrupted leaves the transaction as it was)."""
    if ms is None or not _is_sqlite(session):
        return list(session.scalars(q))
    raw = _driver_connection(session)
    deadline = time.thread_time() + ms / 1000
    over = [False]
    cancelled = session.info.get("cancelled")  # set by `interruptible`

    def tick() -> int:
        if cancelled is not None and cancelled():
            return 1
        over[0] = time.thread_time() > deadline
        return 1 if over[0] else 0

    raw.set_progress_handler(tick, _STEP)
    try:
        return list(session.scalars(q))
    except OperationalError as exc:
        if over[0] and "interrupt" in str(exc.orig).lower():
            raise OverBudget() from None
        raise
    finally:
        if cancelled is not None:
            raw.set_progress_handler(lambda: 1 if cancelled() else 0, 500_000)
        else:
            raw.set_progress_handler(None, 0)


def _number_condition(session: Session, term: str, ordered: bool) -> tuple[ColumnElement[bool], bool]:
    """Digits: the running number (an index skip-scan); a letter first: a number prefix (the unique
    index, unless the prefix matches so many that walking the date index is quicker, as for
    "INV-"); anything else: a part of the number (a full scan, rare). The flag: the condition
    keeps the number index out so that a sorted page walks the date index."""
    upper = term.upper()
    if term.isdigit() and len(term) <= 12:
        return Invoice.seq == int(term), False
    if upper[:1].isalpha():
        high = upper + "\uffff"
        if ordered:
            probe = select(Invoice.id).where(Invoice.number.between(upper, high)).limit(DENSE_PREFIX + 1)
            if (session.scalar(select(func.count()).select_from(probe.subquery())) or 0) > DENSE_PREFIX:
                return Invoice.number.concat("").between(upper, high), True
        return Invoice.number.between(upper, high), False
    return Invoice.number.like(f"%{upper}%"), False


Match = tuple[int, str]  # (client id, its search text)


class MatchCache:
    """The patients matching the last search text, with their search texts, so the next
    keystroke (the same text typed further) filters them in memory instead of scanning every
    patient again. Thread-safe enough: one tuple is swapped at a time; an entry is trusted
    for a short while only."""

    TTL = 3.0  # a burst of typing; writes in between call forget()

    def __init__(self) -> None:
        self._last: tuple[str, list[Match], float] | None = None

    def narrowing(self, key: str) -> list[Match] | None:
        last = self._last
        if last is None or not key.startswith(last[0]) or len(last[1]) > ID_LIST_LIMIT:
            return None
        return last[1] if time.monotonic() - last[2] < self.TTL else None

    def remember(self, key: str, matches: list[Match]) -> None:
        self._last = (key, matches, time.monotonic())

    def forget(self) -> None:
        self._last = None


def _json_ids(ids: list[int]) -> Select:
    listed = func.json_each(json.dumps(ids)).table_valued("value")
    return select(listed.c.value)


def matching_client_ids(session: Session, text: str, cache: MatchCache | None = None) -> list[int]:
    """Ids of the patients whose search text contains `text`, at most ID_LIST_LIMIT + 1 of them;
    through the trigram index when the text is long enough for it."""
    key = normalize(text.strip())
    within = cache.narrowing(key) if cache is not None else None
    if within is not None:  # the same test as LIKE: both sides are normalized (case-folded)
        matches = [m for m in within if key in m[1]]
    else:
        q = select(Client.id, Client.search_text)
        if _long(key) and has_search_index(session):
            q = q.where(Client.id.in_(_fts_ids([key])))
        else:
            q = q.where(_contains(key))
        matches = [(int(i), str(t)) for i, t in session.execute(q.limit(ID_LIST_LIMIT + 1))]
    if cache is not None:
        cache.remember(key, matches)
    return [m[0] for m in matches]


def _invoice_search(
    session: Session, q: Select, f: InvoiceFilter, ordered: bool = True, cache: MatchCache | None = None
) -> Select:
    """`invoice_where` without its text part, plus a search that uses indexes. `ordered=False`
    (counts, sums) looks the matching patients' invoices up by client instead of walking dates."""
    return _search_plan(session, q, f, "walk" if ordered else "index", cache)[0]


def _search_plan(
    session: Session, q: Select, f: InvoiceFilter, plan: str, cache: MatchCache | None
) -> tuple[Select, bool]:
    """The query for one plan, and whether it walks the date index (so is worth a budget):
    "scan" tests each invoice's patient while walking (no patient set needed: quick when
    matches are dense, as after one typed letter); "walk" finds the patients first, then walks
    testing membership; "index" looks their invoices up by client and sorts."""
    term = f.text.strip()
    q = invoice_where(q, replace(f, text=""))
    if not term:
        return q, False
    pattern = like_pattern(term)
    number, walks = _number_condition(session, term, plan != "index")
    if plan == "scan":
        patient = aliased(Client)  # not the Client a sort by name joins
        name = select(patient.search_text).where(patient.id == Invoice.client_id).scalar_subquery()
        return q.where(or_(number, name.like(pattern, escape="\\"))), True
    matching = select(Client.id).where(Client.search_text.like(pattern, escape="\\"))
    ids = matching_client_ids(session, term, cache)
    if not ids:
        return q.where(number), walks
    if len(ids) <= SPARSE:
        return q.where(or_(number, Invoice.client_id.in_(ids))), walks
    if len(ids) <= ID_LIST_LIMIT and _is_sqlite(session):
        members: Select = _json_ids(ids)
    else:
        members = matching
    ordered = plan != "index"
    client = (Invoice.client_id + 0) if ordered else Invoice.client_id  # "+ 0": walk the date index
    return q.where(or_(number, client.in_(members))), ordered


def _share(session: Session, term: str) -> float:
    """The share of a sample of patients (the first SAMPLE) whose search text contains `term`."""
    sample = select(Client.search_text.label("text")).order_by(Client.id).limit(SAMPLE).subquery()
    hits = session.scalar(
        select(func.count()).select_from(sample).where(sample.c.text.like(like_pattern(term), escape="\\"))
    )
    return (hits or 0) / SAMPLE


def invoice_ids_window(
    session: Session,
    f: InvoiceFilter,
    sort: str = "issue_date",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
    reverse: bool = False,
    cache: MatchCache | None = None,
) -> list[int]:
    """A page of ids in list order; with `reverse`, `offset` counts from the end of the list
    (the page still comes back in list order). A search tries its plans in turn (see
    `_search_plan`): a walk gets a budget in proportion to the rows it must pass; the last
    plan, or one that does not walk, runs to the end."""
    key = INVOICE_SORTS.get(sort, Invoice.issue_date)
    down = descending != reverse
    order = [key.desc(), Invoice.id.desc()] if down else [key.asc(), Invoice.id.asc()]

    def page(q: Select) -> Select:
        if sort == "client":
            q = q.join(Client, Client.id == Invoice.client_id)
        return q.order_by(*order).offset(offset).limit(limit)

    term = f.text.strip()
    fresh = cache is None or cache.narrowing(normalize(term)) is None
    dense = fresh and bool(term) and not term[0].isdigit() and _share(session, term) >= SCAN_SHARE
    plans = ["scan", "walk", "index"] if dense else ["walk", "index"]
    scale = max(1.0, (offset + limit) / 200)
    for plan in plans:
        q, walks = _search_plan(session, select(Invoice.id), f, plan, cache)
        budget = (SCAN_BUDGET_MS if plan == "scan" else WALK_BUDGET_MS) * scale
        try:
            ids = within_budget(session, page(q), budget if walks and plan != "index" else None)
        except OverBudget:
            continue
        break
    return ids[::-1] if reverse else ids


def count_invoices_fast(session: Session, f: InvoiceFilter, cache: MatchCache | None = None) -> int:
    q = _invoice_search(session, select(func.count(Invoice.id)), f, ordered=False, cache=cache)
    return int(session.scalar(q) or 0)


def invoice_totals(session: Session, f: InvoiceFilter, cache: MatchCache | None = None) -> InvoiceTotals:
    """Count, total, paid and still due of the filtered invoices (due counts open ones only)."""
    due = case(
        (Invoice.state.in_(OPEN_STATES), Invoice.total_minor - Invoice.paid_minor - Invoice.credited_minor),
        else_=0,
    )
    q = _invoice_search(
        session,
        select(
            Invoice.currency,
            func.count(Invoice.id),
            func.sum(Invoice.total_minor),
            func.sum(Invoice.paid_minor),
            func.sum(due),
        ),
        f,
        ordered=False,
        cache=cache,
    )
    count, totals, paid, dues = 0, [], [], []
    for cur, n, t, p, d in session.execute(q.group_by(Invoice.currency).order_by(Invoice.currency)):
        count += int(n)
        totals.append(Money.from_minor(int(t or 0), cur))
        paid.append(Money.from_minor(int(p or 0), cur))
        dues.append(Money.from_minor(max(0, int(d or 0)), cur))
    return InvoiceTotals(count, tuple(totals), tuple(paid), tuple(dues))


# The patient list's search (see `client_ids_window`): the first WALK_ROWS rows in list order
# are looked through first (a letter most names contain fills a page within them); then the
# trigram index (migration 0004) for words of TRIGRAM characters or more; else one pass over
# every patient that keeps only the page's rows, sorted (the sort key's index kept out).
SEARCH_INDEX = "clients_fts"
TRIGRAM = 3
WALK_ROWS = 1000
CLIENT_PLANS = ("walk", "index", "scan")
_INDEXED_SORTS = {"name", "number", "id"}  # sort keys with an index to walk


def has_search_index(session: Session) -> bool:
    """Whether this SQLite file has the patients' trigram index (migration 0004 made it)."""
    if not _is_sqlite(session):
        return False
    q = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return session.connection().exec_driver_sql(q, (SEARCH_INDEX,)).first() is not None


def _words(text: str) -> list[str]:
    """The words as typed (`client_where` splits them so, then normalizes each one)."""
    return text.strip().split()


def _long(word: str) -> bool:
    return len(normalize(word)) >= TRIGRAM


class _position(FunctionElement[int]):
    """Where `needle` starts in `haystack` (1-based, 0 if absent): SQLite's instr(),
    PostgreSQL's strpos() (PostgreSQL has no instr)."""

    type = Integer()
    inherit_cache = True


@compiles(_position)
def _position_instr(element: _position, compiler: SQLCompiler, **kw: Any) -> str:
    return f"instr({compiler.process(element.clauses, **kw)})"


@compiles(_position, "postgresql")
def _position_strpos(element: _position, compiler: SQLCompiler, **kw: Any) -> str:
    return f"strpos({compiler.process(element.clauses, **kw)})"


def _contains(word: str, column: AnyColumn = Client.search_text) -> ColumnElement[bool]:
    """The search text contains the typed `word`, as `client_where`'s LIKE tests it. Not ASCII:
    instr(), quicker on SQLite for such text (both sides are case-folded: no case to ignore)."""
    term = normalize(word)
    if term.isascii():
        return column.like(like_pattern(word), escape="\\")
    return _position(column, term) > 0


def _fts_query(words: list[str]) -> str:
    """An FTS5 query: every word, normalized, as a quoted string (with the trigram tokenizer: a
    substring of the search text)."""
    return " AND ".join('"' + normalize(w).replace('"', '""') + '"' for w in words)


def _fts_ids(words: list[str]) -> TextClause:
    """The ids of the patients whose search text contains every one of `words` (the trigram index)."""
    q = f"SELECT rowid FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} MATCH :fts"
    return text(q).bindparams(fts=_fts_query(words))


def _client_text_where(q: Select, f: ClientFilter, plan: str) -> Select:
    """`client_where` with the text part as `plan` tests it: "index" finds the long words' patients
    through the trigram index and tests the short words on those only."""
    q = client_where(q, replace(f, text=""))
    words = _words(f.text)
    long = [w for w in words if _long(w)]
    if plan == "index" and long:
        q = q.where(Client.id.in_(_fts_ids(long)))
        words = [w for w in words if not _long(w)]
    for word in words:
        q = q.where(_contains(word))
    return q


def _unindexed(key: AnyColumn) -> AnyColumn:
    """The same values in the same order, as an expression no index serves ("|| ''", "+ 0")."""
    kind = key.type.python_type
    if kind is str:
        return key.concat("")
    return key + 0 if kind is int else key


def _client_order(sort: str, down: bool, sortable: bool) -> list[ColumnElement[Any]]:
    """ORDER BY for the list; `sortable=False` keeps the keys' indexes out (so SQLite passes the
    matches once and keeps the top of them, instead of walking an index it then mostly skips)."""
    key = CLIENT_SORTS.get(sort, Client.last_name)
    keys: list[AnyColumn] = [key, Client.first_name] if sort == "name" else [key]
    keys.append(Client.id)
    if not sortable:
        keys = [_unindexed(k) for k in keys]
    return [k.desc() for k in keys] if down else [k.asc() for k in keys]


def client_page(
    session: Session, f: ClientFilter, plan: str, sort: str, down: bool, offset: int, limit: int
) -> list[int] | None:
    """One page of a text search by one plan (see CLIENT_PLANS), or None when the plan cannot
    answer: "walk" when the first rows in list order hold too few matches, "index" without
    the trigram index or a word long enough for it."""
    if plan == "walk":
        if sort not in _INDEXED_SORTS:
            return None
        window = max(WALK_ROWS, 10 * (offset + limit))
        key = CLIENT_SORTS[sort]
        cols = [Client.id, Client.search_text, key] + ([Client.first_name] if sort == "name" else [])
        head = (client_where(select(*cols), ClientFilter(include_archived=f.include_archived))
                .order_by(*_client_order(sort, down, True)).limit(window).subquery())
        q = select(head.c.id)
        for word in _words(f.text):
            q = q.where(_contains(word, head.c.search_text))
        if f.with_debt:
            q = q.where(exists().where(Invoice.client_id == head.c.id, Invoice.state.in_(OPEN_STATES)))
        order = [head.c[k.key] for k in ([key, Client.first_name] if sort == "name" else [key])]
        order.append(head.c.id)
        q = q.order_by(*[c.desc() if down else c.asc() for c in order]).offset(offset).limit(limit)
        ids = list(session.scalars(q))
        return ids if len(ids) == limit else None
    if plan == "index" and (
        not any(_long(w) for w in _words(f.text)) or not has_search_index(session)
    ):
        return None
    q = _client_text_where(select(Client.id), f, plan)
    return list(session.scalars(q.order_by(*_client_order(sort, down, False)).offset(offset).limit(limit)))


def client_ids_window(
    session: Session,
    f: ClientFilter,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    reverse: bool = False,
) -> list[int]:
    """A page of patient ids in list order (`reverse`: `offset` counts from the end). A search on
    SQLite asks its plans in turn (CLIENT_PLANS, `client_page`); each gives the same page."""
    down = descending != reverse
    ids: list[int] | None = None
    if f.text.strip() and _is_sqlite(session):
        for plan in CLIENT_PLANS:
            ids = client_page(session, f, plan, sort, down, offset, limit)
            if ids is not None:
                break
    if ids is None:
        q = client_where(select(Client.id), f).order_by(*_client_order(sort, down, True))
        ids = list(session.scalars(q.offset(offset).limit(limit)))
    return ids[::-1] if reverse else ids


def count_clients_fast(session: Session, f: ClientFilter) -> int:
    """`queries.count_clients`, through the trigram index when a word is long enough for it."""
    if not f.text.strip() or not _is_sqlite(session):
        return int(session.scalar(client_where(select(func.count(Client.id)), f)) or 0)
    indexed = any(_long(w) for w in _words(f.text)) and has_search_index(session)
    plan = "index" if indexed else "scan"
    return int(session.scalar(_client_text_where(select(func.count(Client.id)), f, plan)) or 0)


def payment_ids_window(
    session: Session,
    f: PaymentFilter,
    sort: str = "paid_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
    reverse: bool = False,
) -> list[int]:
    key = PAYMENT_SORTS.get(sort, Payment.paid_at)
    down = descending != reverse
    order = [key.desc(), Payment.id.desc()] if down else [key.asc(), Payment.id.asc()]
    ids = list(
        session.scalars(payment_where(select(Payment.id), f).order_by(*order).offset(offset).limit(limit))
    )
    return ids[::-1] if reverse else ids


@dataclass(frozen=True)
class AllocationLine:
    """One allocation row as the payments screen shows it (undo rows included, marked)."""

    id: int
    payment_id: int | None
    invoice_id: int
    invoice_number: str | None
    amount: Money
    reason: str
    undo_of: int | None
    undone: bool
    note: str


def allocation_lines(session: Session, payment_ids: Sequence[int]) -> list[AllocationLine]:
    """Every allocation row of these payments, oldest first, with whether it was undone."""
    if not payment_ids:
        return []
    rows = list(
        session.execute(
            select(Allocation, Invoice.number, Invoice.currency)
            .join(Invoice, Invoice.id == Allocation.invoice_id)
            .where(Allocation.payment_id.in_(list(payment_ids)))
            .order_by(Allocation.id)
        )
    )
    undone = {a.undo_of for a, _n, _c in rows if a.undo_of is not None}
    if rows:
        undone |= set(
            session.scalars(
                select(Allocation.undo_of).where(Allocation.undo_of.in_([a.id for a, _n, _c in rows]))
            )
        )
    return [
        AllocationLine(
            a.id,
            a.payment_id,
            a.invoice_id,
            number,
            Money.from_minor(a.amount_minor, cur),
            a.reason,
            a.undo_of,
            a.id in undone,
            a.note,
        )
        for a, number, cur in rows
    ]


def open_invoices_of(session: Session, client_id: int) -> list[tuple[int, str | None, date | None, Money]]:
    """(id, number, due date, balance) of the client's open invoices, oldest due first."""
    q = (
        select(
            Invoice.id,
            Invoice.number,
            Invoice.due_date,
            Invoice.currency,
            Invoice.total_minor - Invoice.paid_minor - Invoice.credited_minor,
        )
        .where(Invoice.client_id == client_id, Invoice.state.in_(OPEN_STATES))
        .order_by(Invoice.due_date, Invoice.id)
    )
    return [(i, n, d, Money.from_minor(max(0, int(b)), cur)) for i, n, d, cur, b in session.execute(q)]


def update_service(session: Session, service_id: int, **values: object) -> Service | None:
    svc = session.get(Service, service_id)
    if svc is None:
        return None
    for name, value in values.items():
        setattr(svc, name, value)
    return svc


def service_code_taken(session: Session, code: str, exclude_id: int | None = None) -> bool:
    q = select(Service.id).where(Service.code == code)
    if exclude_id is not None:
        q = q.where(Service.id != exclude_id)
    return session.scalar(q.limit(1)) is not None

"""The exchange's own small store: charge snapshot, desk tokens, terminal payments.

SQLAlchemy Core on SQLite (default) or PostgreSQL (by URL). Payment ids are the cursor the
desk reads after, so they must only ever grow and become visible in order:
- SQLite: `AUTOINCREMENT` (a pruned top row never gives its id back) and every write
  transaction starts with `BEGIN IMMEDIATE`, so writers are serialized by the database itself;
- PostgreSQL: a transaction-level advisory lock around the insert does the same job.
`txn_id` is unique, so a terminal's retry can never book twice, whatever the timing.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

metadata = MetaData()

# INTEGER (not BIGINT) on SQLite so the column is the rowid and AUTOINCREMENT applies.
ID_TYPE = BigInteger().with_variant(Integer(), "sqlite")

snapshot_table = Table(
    "snapshot", metadata,
    Column("id", Integer, primary_key=True),  # always 1: there is one current list
    Column("snapshot_id", String(64), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("generated_at", DateTime, nullable=False),
    Column("uploaded_at", DateTime, nullable=False),
    Column("included_cursor", BigInteger, nullable=True),
    Column("digest", String(64), nullable=False),
    Column("charge_count", Integer, nullable=False),
)

charges_table = Table(
    "charges", metadata,
    Column("account", String(12), primary_key=True),
    Column("amount_due_minor", BigInteger, nullable=False),
    Column("masked_name", String(64), nullable=False),
    Column("rf", Text, nullable=False),  # JSON list of RF references
    Column("active", Boolean, nullable=False),
)

tokens_table = Table(
    "tokens", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("token_sha256", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
)

payments_table = Table(
    "payments", metadata,
    Column("id", ID_TYPE, primary_key=True, autoincrement=True),  # the cursor
    Column("txn_id", String(20), nullable=False, unique=True),
    Column("account", String(12), nullable=False, index=True),
    Column("sum_minor", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("txn_date", String(14), nullable=False),
    Column("result", Integer, nullable=False),
    Column("created_at", DateTime, nullable=False),
    sqlite_autoincrement=True,
)

state_table = Table(
    "state", metadata,
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

PG_PAYMENT_LOCK = 0x5553_5545  # "USUE": serializes payment inserts on PostgreSQL

# Hot-path statements built once: building and hashing a fresh statement per call cost more
# than running it.
_p = payments_table.c
_SNAPSHOT = select(snapshot_table).where(snapshot_table.c.id == 1)
_CURRENCY = select(snapshot_table.c.currency).where(snapshot_table.c.id == 1)
_CHARGE = select(charges_table).where(charges_table.c.account == bindparam("account"))
# What `pay` needs of the charge, with the snapshot's currency, in one statement inside its transaction.
_CHARGE_FOR_PAY = (select(charges_table.c.active, _CURRENCY.scalar_subquery().label("currency"))
                   .where(charges_table.c.account == bindparam("account")))
_PAYMENT_BY_TXN = select(payments_table).where(_p.txn_id == bindparam("txn_id"))
_PAID_AFTER_CURSOR = (select(func.coalesce(func.sum(_p.sum_minor), 0))
                      .where(_p.account == bindparam("account"), _p.id > bindparam("after")))
_PAID_AFTER_TIME = (select(func.coalesce(func.sum(_p.sum_minor), 0))
                    .where(_p.account == bindparam("account"),
                           _p.created_at > bindparam("since", type_=DateTime)))
_INSERT_PAYMENT = insert(payments_table)


def utcnow() -> datetime:
    """Naive UTC 'now', the form stored in DateTime columns."""
    return datetime.now(UTC).replace(tzinfo=None)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChargeIn:
    account: str
    amount_minor: int
    masked_name: str
    rf: tuple[str, ...] = ()
    active: bool = True


@dataclass(frozen=True)
class SnapshotIn:
    snapshot_id: str
    currency: str
    generated_at: datetime  # naive UTC
    charges: Sequence[ChargeIn]
    included_cursor: int | None = None

    def digest(self) -> str:
        """Content hash, so a reused snapshot id with other content is caught."""
        body = [self.currency, self.included_cursor,
                sorted((c.account, c.amount_minor, c.masked_name, list(c.rf), c.active)
                       for c in self.charges)]
        return hashlib.sha256(json.dumps(body, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True)
class SnapshotInfo:
    snapshot_id: str
    currency: str
    generated_at: datetime
    uploaded_at: datetime
    included_cursor: int | None
    charge_count: int


@dataclass(frozen=True)
class Debt:
    """What `check` shows: the uploaded amount less payments taken since the upload."""

    account: str
    currency: str
    due_minor: int  # never below zero
    masked_name: str
    rf: tuple[str, ...]
    active: bool


@dataclass(frozen=True)
class PaymentRow:
    cursor: int
    txn_id: str
    account: str
    sum_minor: int
    currency: str
    txn_date: str
    result: int
    created_at: datetime  # naive UTC


class BookOutcome(Enum):
    BOOKED = "booked"
    REPEAT = "repeat"  # same txn_id, same account and sum: the first answer again
    CONFLICT = "conflict"  # same txn_id, other account or sum: refused
    UNKNOWN_ACCOUNT = "unknown_account"
    INACTIVE = "inactive"
    CURRENCY_CHANGED = "currency_changed"  # a new list in another currency came in: read the sum again


@dataclass(frozen=True)
class BookResult:
    outcome: BookOutcome
    payment: PaymentRow | None


class SnapshotConflict(Exception):
    """The snapshot id was already used for a different list."""


class Store:
    """All reads and writes of the exchange; each public method is one transaction."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = self._make_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._write_lock: AbstractContextManager[object] = (
            threading.Lock() if self.is_sqlite else nullcontext())
        metadata.create_all(self.engine)
        self.txn_ids_left_padded = self._canonical_txn_ids()
        # The currency `pay` reads a sum in, remembered between payments (no query of its own); the
        # booking transaction compares it with the snapshot's and says CURRENCY_CHANGED if it moved
        # (another worker process may have taken the new list).
        self._pay_currency: str | None = None

    def _canonical_txn_ids(self) -> int:
        """Strip the leading zeros of terminal ids stored before they were normalized (osmp.py),
        so a retry of `0001016` finds its payment as `1016`. If both forms are already booked
        (the double booking this prevents from now on), the padded row stays as it is and is
        counted; it is the desk's to sort out. Returns that count."""
        p = payments_table.c
        with self.engine.connect() as conn:
            padded = conn.execute(select(p.id, p.txn_id).where(p.txn_id.like("0_%"))).all()
        if not padded:
            return 0
        left = 0
        with self.writing() as conn:
            for row in padded:
                if not row.txn_id.isdigit():
                    continue
                canonical = row.txn_id.lstrip("0") or "0"
                if conn.execute(_PAYMENT_BY_TXN, {"txn_id": canonical}).first() is not None:
                    left += 1
                    continue
                conn.execute(update(payments_table).where(p.id == row.id).values(txn_id=canonical))
        return left

    @staticmethod
    def _make_engine(url: str) -> Engine:
        if not url.startswith("sqlite"):
            return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False},
                               pool_size=20, max_overflow=20)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction (the link store's too); on SQLite it takes the write lock up front
        (no upgrade deadlock).

        SQLite allows one writer at a time anyway; queueing this process's writers on a lock
        keeps them off SQLite's busy handler, whose growing sleeps (up to 100 ms) ruin the p99.
        """
        with self._write_lock, self.engine.connect() as conn:
            if self.is_sqlite:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.commit()
            except BaseException:
                conn.rollback()
                raise

    # --- charges ------------------------------------------------------------
    def replace_charges(self, snap: SnapshotIn) -> str:
        """Swap in a whole new list atomically; 'unchanged' if this snapshot is already current."""
        digest = snap.digest()
        with self.writing() as conn:
            current = conn.execute(select(snapshot_table).where(snapshot_table.c.id == 1)).first()
            if current is not None and current.snapshot_id == snap.snapshot_id:
                if current.digest != digest:
                    raise SnapshotConflict(snap.snapshot_id)
                return "unchanged"
            conn.execute(delete(charges_table))
            rows = [{"account": c.account, "amount_due_minor": c.amount_minor,
                     "masked_name": c.masked_name, "rf": json.dumps(list(c.rf)), "active": c.active}
                    for c in snap.charges]
            for i in range(0, len(rows), 5000):
                conn.execute(insert(charges_table), rows[i:i + 5000])
            values = {"snapshot_id": snap.snapshot_id, "currency": snap.currency,
                      "generated_at": snap.generated_at, "uploaded_at": utcnow(),
                      "included_cursor": snap.included_cursor, "digest": digest,
                      "charge_count": len(rows)}
            if current is None:
                conn.execute(insert(snapshot_table).values(id=1, **values))
            else:
                conn.execute(update(snapshot_table).where(snapshot_table.c.id == 1).values(**values))
            return "replaced"

    def snapshot_info(self) -> SnapshotInfo | None:
        with self.engine.connect() as conn:
            row = conn.execute(_SNAPSHOT).first()
        if row is None:
            return None
        return SnapshotInfo(row.snapshot_id, row.currency, row.generated_at, row.uploaded_at,
                            row.included_cursor, row.charge_count)

    def currency(self) -> str | None:
        """The current snapshot's currency."""
        with self.engine.connect() as conn:
            return conn.execute(_CURRENCY).scalar_one_or_none()

    def pay_currency(self) -> str | None:
        """The currency to read a terminal's sum in: the one the last booking saw, else the
        snapshot's. Never wrong for long: `book_payment` checks it in its own transaction."""
        return self._pay_currency or self.currency()

    def debt(self, account: str) -> Debt | None:
        """The account's current debt, or None if it is not in the uploaded list."""
        with self.engine.connect() as conn:
            snap = conn.execute(_SNAPSHOT).first()
            if snap is None:
                return None
            row = conn.execute(_CHARGE, {"account": account}).first()
            if row is None:
                return None
            paid = self._paid_since(conn, account, snap)
        return Debt(account, snap.currency, max(0, row.amount_due_minor - paid), row.masked_name,
                    tuple(json.loads(row.rf)), bool(row.active))

    @staticmethod
    def _paid_since(conn: Connection, account: str, snap: Any) -> int:
        """Payments the uploaded amount cannot know of: after its cursor, else after its time."""
        if snap.included_cursor is not None:
            result = conn.execute(_PAID_AFTER_CURSOR, {"account": account, "after": snap.included_cursor})
        else:
            result = conn.execute(_PAID_AFTER_TIME, {"account": account, "since": snap.generated_at})
        return int(result.scalar_one())

    # --- payments -----------------------------------------------------------
    def book_payment(self, txn_id: str, account: str, sum_minor: int, currency: str,
                     txn_date: str) -> BookResult:
        """Book a terminal payment once per txn_id; a retry gets the first booking back.

        `currency` is the one the terminal's sum was read in (the snapshot's at that moment).
        """
        try:
            return self._book(txn_id, account, sum_minor, currency, txn_date)
        except IntegrityError:
            # Lost a race on PostgreSQL: the other transaction booked it; answer like a retry.
            existing = self.payment_by_txn(txn_id)
            if existing is None:  # pragma: no cover - the constraint said it exists
                raise
            return self._repeat(existing, account, sum_minor)

    def _book(self, txn_id: str, account: str, sum_minor: int, currency: str, txn_date: str) -> BookResult:
        with self.writing() as conn:
            if not self.is_sqlite:
                conn.execute(select(func.pg_advisory_xact_lock(PG_PAYMENT_LOCK)))
            found = conn.execute(_PAYMENT_BY_TXN, {"txn_id": txn_id}).first()
            if found is not None:
                return self._repeat(_payment(found), account, sum_minor)
            charge = conn.execute(_CHARGE_FOR_PAY, {"account": account}).first()
            if charge is None or charge.currency is None:  # charges exist only with a snapshot
                return BookResult(BookOutcome.UNKNOWN_ACCOUNT, None)
            self._pay_currency = charge.currency
            if charge.currency != currency:
                return BookResult(BookOutcome.CURRENCY_CHANGED, None)
            if not charge.active:
                return BookResult(BookOutcome.INACTIVE, None)
            now = utcnow()
            values = {"txn_id": txn_id, "account": account, "sum_minor": sum_minor,
                      "currency": currency, "txn_date": txn_date, "result": 0, "created_at": now}
            key = conn.execute(_INSERT_PAYMENT, values).inserted_primary_key
            assert key is not None
            row = PaymentRow(int(key[0]), txn_id, account, sum_minor, currency, txn_date, 0, now)
            return BookResult(BookOutcome.BOOKED, row)

    @staticmethod
    def _repeat(first: PaymentRow, account: str, sum_minor: int) -> BookResult:
        same = first.account == account and first.sum_minor == sum_minor
        return BookResult(BookOutcome.REPEAT if same else BookOutcome.CONFLICT, first)

    def payment_by_txn(self, txn_id: str) -> PaymentRow | None:
        with self.engine.connect() as conn:
            row = conn.execute(_PAYMENT_BY_TXN, {"txn_id": txn_id}).first()
        return None if row is None else _payment(row)

    def payments_after(self, after: int, limit: int) -> tuple[list[PaymentRow], bool]:
        """Up to `limit` payments with cursor > after, oldest first, and whether more wait."""
        p = payments_table.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(payments_table).where(p.id > after)
                                .order_by(p.id).limit(limit + 1)).all()
        return [_payment(r) for r in rows[:limit]], len(rows) > limit

    def last_cursor(self) -> int:
        with self.engine.connect() as conn:
            top = conn.execute(select(func.max(payments_table.c.id))).scalar_one()
            acked = self._acked(conn)
        return max(int(top or 0), acked)

    @staticmethod
    def _acked(conn: Connection) -> int:
        value = conn.execute(select(state_table.c.value)
                             .where(state_table.c.name == "acked_cursor")).scalar_one_or_none()
        return int(value or 0)

    def acked_cursor(self) -> int:
        with self.engine.connect() as conn:
            return self._acked(conn)

    def ack(self, cursor: int) -> int:
        """Record that the desk has everything up to `cursor`; the acked cursor never goes back."""
        with self.writing() as conn:
            current = self._acked(conn)
            new = max(current, cursor)
            if current == 0 and conn.execute(select(state_table.c.name)
                                             .where(state_table.c.name == "acked_cursor")).first() is None:
                conn.execute(insert(state_table).values(name="acked_cursor", value=new))
            else:
                conn.execute(update(state_table).where(state_table.c.name == "acked_cursor")
                             .values(value=new))
            return new

    def prune(self, older_than_days: int, now: datetime | None = None) -> int:
        """Delete payments that are acknowledged AND older than the given days; never others."""
        limit = (now or utcnow()) - timedelta(days=older_than_days)
        p = payments_table.c
        with self.writing() as conn:
            acked = self._acked(conn)
            result = conn.execute(delete(payments_table).where(p.id <= acked, p.created_at < limit))
            return int(result.rowcount or 0)

    # --- tokens -------------------------------------------------------------
    def add_token(self, name: str, token: str | None = None) -> str:
        """Store the hash of a (new random) token under `name`; the clear token is returned once."""
        token = token or secrets.token_urlsafe(32)
        with self.writing() as conn:
            conn.execute(delete(tokens_table).where(tokens_table.c.name == name))
            conn.execute(insert(tokens_table).values(name=name, token_sha256=hash_token(token),
                                                     created_at=utcnow()))
        return token

    def remove_token(self, name: str) -> bool:
        with self.writing() as conn:
            return bool(conn.execute(delete(tokens_table).where(tokens_table.c.name == name)).rowcount)

    def token_names(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.execute(select(tokens_table.c.name).order_by(tokens_table.c.name)).scalars())

    def token_owner(self, token: str) -> str | None:
        """The name of the token that matches, compared in constant time, or None."""
        presented = hash_token(token)
        with self.engine.connect() as conn:
            rows = conn.execute(select(tokens_table.c.name, tokens_table.c.token_sha256)).all()
        owner = None
        for row in rows:
            if hmac.compare_digest(presented, row.token_sha256):
                owner = row.name
        return owner


def _payment(row: object) -> PaymentRow:
    r = row._mapping  # type: ignore[attr-defined]
    return PaymentRow(cursor=int(r["id"]), txn_id=r["txn_id"], account=r["account"],
                      sum_minor=int(r["sum_minor"]), currency=r["currency"], txn_date=r["txn_date"],
                      result=int(r["result"]), created_at=r["created_at"])

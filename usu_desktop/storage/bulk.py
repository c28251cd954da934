"""Fast bulk writes for generated data (demo, imports): Core executemany in big batches.

Rows carry their own ids so related rows can point at each other without a
round trip; on PostgreSQL the id sequences are moved past them afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Table, func, insert, select, text
from sqlalchemy.orm import Session

from usu_desktop.storage.models import Base, InvoiceCounter
from usu_desktop.storage.models import Sequence as NamedSequence

BATCH = 20000


def max_id(session: Session, table: str) -> int:
    t = Base.metadata.tables[table]
    return int(session.scalar(select(func.coalesce(func.max(t.c.id), 0))) or 0)


def _sqlite_datetime(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(sep=" ", timespec="microseconds")


def _sqlite_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _sqlite_bool(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _memo(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Timestamps repeat a lot (created_at of one run); convert each distinct value once."""
    cache: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        try:
            return cache[value]
        except KeyError:
            out = cache[value] = fn(value)
            return out

    return convert


def _converters(table: Table, cols: list[str]) -> list[tuple[int, Callable[[Any], Any]]]:
    """Per column, the conversion SQLAlchemy's SQLite types would apply (only where one is needed)."""
    out: list[tuple[int, Callable[[Any], Any]]] = []
    for i, name in enumerate(cols):
        kind = table.c[name].type  # unknown column names fail here, not as SQL
        if isinstance(kind, DateTime):
            out.append((i, _memo(_sqlite_datetime)))
        elif isinstance(kind, Date):
            out.append((i, _sqlite_date))
        elif isinstance(kind, Boolean):
            out.append((i, _sqlite_bool))
    return out


def insert_rows(session: Session, table: str, rows: Sequence[dict[str, Any]], batch: int = BATCH) -> None:
    """Insert plain dict rows (all with the same keys) in batches of `batch`.

    On SQLite the rows go straight to the driver's executemany (SQLAlchemy's
    per-row parameter processing would cost more than the insert itself).
    """
    if not rows:
        return
    t = Base.metadata.tables[table]
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        stmt = insert(t)
        for start in range(0, len(rows), batch):
            conn.execute(stmt, list(rows[start:start + batch]))
        return
    cols = list(rows[0].keys())
    get = itemgetter(*cols)
    insert_tuples(session, table, cols, [get(r) if len(cols) > 1 else (get(r),) for r in rows], batch)


def insert_tuples(session: Session, table: str, cols: Sequence[str], rows: Sequence[tuple[Any, ...]],
                  batch: int = BATCH) -> None:
    """Like `insert_rows`, for value tuples in `cols` order (cheaper to build by the million)."""
    if not rows:
        return
    t = Base.metadata.tables[table]
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        stmt = insert(t)
        for start in range(0, len(rows), batch):
            conn.execute(stmt, [dict(zip(cols, r, strict=True)) for r in rows[start:start + batch]])
        return
    conv = _converters(t, list(cols))
    sql = f"INSERT INTO {t.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    for start in range(0, len(rows), batch):
        chunk = rows[start:start + batch]
        if conv:
            converted = []
            for row in chunk:
                values = list(row)
                for i, fn in conv:
                    values[i] = fn(values[i])
                converted.append(tuple(values))
            chunk = converted
        conn.exec_driver_sql(sql, list(chunk))


@contextmanager
def deferred_indexes(session: Session, tables: Sequence[str]) -> Iterator[None]:
    """SQLite: drop the plain (non-unique) indexes of `tables` and build them again at the end,
    inside the caller's transaction. Building an index once over sorted data is much cheaper
    than keeping it up to date row by row during a bulk load into a nearly empty table."""
    conn = session.connection()
    if conn.dialect.name != "sqlite" or not tables:
        yield
        return
    marks = ", ".join("?" * len(tables))
    saved = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ({marks})", tuple(tables)).all()
    for name, _sql in saved:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in saved:
        conn.exec_driver_sql(sql)


def big_cache(session: Session, megabytes: int = 256) -> None:
    """SQLite: a large page cache for this connection, so index pages stay in memory while bulk
    inserts land in random places of the indexes (the default 2 MB thrashes)."""
    if session.connection().dialect.name == "sqlite":
        session.connection().exec_driver_sql(f"PRAGMA cache_size = -{megabytes * 1024}")


def counters(session: Session) -> dict[tuple[str, int], int]:
    return {(c.series, c.year): c.last_seq for c in session.scalars(select(InvoiceCounter))}


def set_counter(session: Session, series: str, year: int, last_seq: int) -> None:
    row = session.get(InvoiceCounter, (series, year))
    if row is None:
        session.add(InvoiceCounter(series=series, year=year, last_seq=last_seq))
    else:
        row.last_seq = last_seq


def sequence_value(session: Session, name: str) -> int | None:
    row = session.get(NamedSequence, name)
    return row.last_value if row is not None else None


def set_sequence(session: Session, name: str, value: int) -> None:
    row = session.get(NamedSequence, name)
    if row is None:
        session.add(NamedSequence(name=name, last_value=value))
    else:
        row.last_value = value


def sync_id_sequences(session: Session) -> None:
    """PostgreSQL only: move serial sequences past ids inserted explicitly."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.autoincrement:
            session.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"GREATEST((SELECT COALESCE(MAX(id), 0) FROM {table.name}), 1))"))

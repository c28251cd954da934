"""Opening the database: engine, sessions, file checks and migrations.

`Database.open()` takes a path (SQLite) or a URL (SQLite or PostgreSQL). For a
SQLite file it first looks at the file with the plain sqlite3 module, so that a
locked, read-only, corrupt or too-new file is refused with a `StorageError`
before anything is written. Pending migrations run at open, after a timestamped
backup copy of an existing file.

`session()` is one write transaction. On SQLite it starts with BEGIN IMMEDIATE,
so two desks that read a balance and then write serialise instead of failing
late with "database is locked"; `reading()` is a plain deferred transaction for
lists and reports that never write.
"""

from __future__ import annotations

import functools
import os
import re
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_dir
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

__all__ = ["Database", "Session", "StorageError", "default_path", "known_revisions", "probe_sqlite",
           "sqlite_backup"]

from usu_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT = 10.0
APP_NAME = "usu-desktop"
DB_FILE_NAME = "usu.sqlite"
MIGRATION_LOCK_KEY = 0x5553_5544  # "USUD": the advisory lock desks take to migrate one at a time
_ALEMBIC_LOCK = threading.RLock()


def default_path() -> Path:
    """The SQLite file in the user's data folder."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / DB_FILE_NAME


def alembic_config(url: str = "") -> Config:
    """Alembic's configuration for our migrations (tests use it to inspect and run them)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def known_revisions() -> tuple[set[str], str]:
    """All revisions this code knows, and the head (read from the files, alembic only when one is due)."""
    return revisions_in(MIGRATIONS_DIR / "versions")


_REVISION = re.compile(r"^revision(?:\s*:\s*[^=]+)?\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision(?:\s*:\s*[^=]+)?\s*=\s*(None|['\"]([^'\"]+)['\"])", re.M)


@functools.cache
def revisions_in(folder: Path) -> tuple[set[str], str]:
    """The revisions of a versions folder and its one head, read with two patterns per file.

    Importing alembic costs ~0.5 s of a desk's start; an up-to-date database needs only the head's
    name, so it is read from the migration files' own `revision` / `down_revision` lines (a test
    compares this with alembic's ScriptDirectory).
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in folder.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(source), _DOWN.search(source)
        if rev is None or down is None:
            continue
        revisions.add(rev.group(1))
        if down.group(2):
            parents.add(down.group(2))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations in {folder} have {len(heads)} heads: {sorted(heads)}")
    return revisions, heads.pop()


def _now_stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def _is_locked(exc: BaseException) -> bool:
    msg = str(exc).lower()
    return "locked" in msg or "busy" in msg


def _classify_sqlite_error(exc: BaseException, path: Path) -> StorageError:
    msg = str(exc).lower()
    if _is_locked(exc):
        return StorageError("db_locked", path=str(path))
    if "readonly" in msg or "read-only" in msg or "unable to open" in msg:
        return StorageError("db_read_only", path=str(path))
    return StorageError("db_corrupt", path=str(path), detail=str(exc))


def _file_is_read_only(path: Path) -> bool:
    mode = path.stat().st_mode
    if not os.access(path, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    folder = path.parent
    return not os.access(folder, os.W_OK) or not folder.stat().st_mode & stat.S_IWUSR


def sqlite_backup(source: Path, target: Path) -> None:
    """Copy a live SQLite file with the online backup API (consistent even in WAL mode)."""
    with closing(sqlite3.connect(str(source))) as src, closing(sqlite3.connect(str(target))) as dst:
        src.backup(dst)


def probe_sqlite(path: Path, busy_timeout: float) -> str | None:
    """Look at an existing file without changing it; return its alembic revision (None if fresh).

    Raises StorageError db_corrupt / db_read_only / db_locked / db_too_new / db_not_usu.
    """
    size = path.stat().st_size
    if size:
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_HEADER:
                raise StorageError("db_corrupt", path=str(path))
    if _file_is_read_only(path):
        raise StorageError("db_read_only", path=str(path))
    if not size:
        return None
    try:
        with closing(sqlite3.connect(str(path), timeout=busy_timeout, isolation_level=None)) as con:
            con.execute("PRAGMA schema_version").fetchone()
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            # Take and drop the write lock: a desk stuck in a long write, or another program
            # holding the file, shows up here instead of halfway through a migration.
            con.execute("BEGIN IMMEDIATE")
            con.execute("ROLLBACK")
    except sqlite3.Error as exc:
        raise _classify_sqlite_error(exc, path) from None
    known, _head = known_revisions()
    if revision is not None and revision not in known:
        raise StorageError("db_too_new", path=str(path), revision=revision)
    if revision is None and tables - {"sqlite_sequence", "alembic_version"}:
        raise StorageError("db_not_usu", path=str(path))
    return revision


class Database:
    """An engine plus session factories; see the module docstring."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self.url = engine.url.render_as_string(hide_password=True)
        self.is_sqlite = engine.dialect.name == "sqlite"
        write_engine = engine.execution_options(usu_begin="IMMEDIATE") if self.is_sqlite else engine
        self._write = sessionmaker(bind=write_engine, expire_on_commit=False)
        self._read = sessionmaker(bind=engine, expire_on_commit=False)

    # --- opening ------------------------------------------------------------
    @classmethod
    def open(cls, url_or_path: str | os.PathLike[str] | None = None, *, migrate: bool = True,
             busy_timeout: float = DEFAULT_BUSY_TIMEOUT, backup: bool = True) -> Database:
        """Open (creating if needed) and migrate; StorageError if the file is unusable."""
        target = str(url_or_path) if url_or_path is not None else str(default_path())
        if "://" in target:
            url = make_url(target)
            if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
                return cls._open_sqlite(Path(url.database), migrate, busy_timeout, backup)
            return cls._open_server(target, migrate)
        return cls._open_sqlite(Path(target), migrate, busy_timeout, backup)

    @classmethod
    def _open_sqlite(cls, path: Path, migrate: bool, busy_timeout: float, backup: bool) -> Database:
        path = path.expanduser()
        revision = None
        if path.exists():
            if path.is_dir():
                raise StorageError("db_corrupt", path=str(path))
            revision = probe_sqlite(path, busy_timeout)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError:
                raise StorageError("db_read_only", path=str(path)) from None
            if not os.access(path.parent, os.W_OK):
                raise StorageError("db_read_only", path=str(path))
        _known, head = known_revisions()
        if migrate and backup and path.exists() and path.stat().st_size and revision != head:
            sqlite_backup(path, path.with_name(f"{path.name}.{_now_stamp()}.bak"))
        engine = create_engine(
            f"sqlite:///{path}",
            connect_args={"timeout": busy_timeout, "check_same_thread": False},
        )
        _install_sqlite_hooks(engine, busy_timeout)
        db = cls(engine, path)
        if migrate:
            try:
                db.migrate()
            except (sqlite3.Error, DBAPIError) as exc:
                engine.dispose()
                orig = exc.orig if isinstance(exc, DBAPIError) else exc
                raise _classify_sqlite_error(orig or exc, path) from None
        return db

    @classmethod
    def _open_server(cls, url: str, migrate: bool) -> Database:
        try:
            engine = create_engine(url, pool_pre_ping=True)
        except ModuleNotFoundError as exc:
            raise StorageError("db_driver_missing", path=make_url(url).render_as_string(hide_password=True),
                               driver=exc.name) from None
        db = cls(engine)
        try:
            with engine.connect() as conn:
                revision = _current_revision(conn)
        except OperationalError as exc:
            engine.dispose()
            raise StorageError("db_unreachable", path=db.url, detail=str(exc.orig)) from None
        known, _head = known_revisions()
        if revision is not None and revision not in known:
            engine.dispose()
            raise StorageError("db_too_new", path=db.url, revision=revision)
        if migrate:
            db.migrate()
        return db

    def migrate(self) -> None:
        """Bring the schema to the newest revision, in one transaction.

        Desks that open the same database at once take turns: SQLite's BEGIN IMMEDIATE queues
        them; on PostgreSQL a transaction-scoped advisory lock does, and who comes second finds
        the schema at head (otherwise both would create the same tables). Alembic's `context`
        is a module-wide proxy, so within one process the upgrades also queue on a lock.
        """
        _known, head = known_revisions()
        with self._write() as session, session.begin():
            conn = session.connection()
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            if _current_revision(conn) == head:
                return
            from alembic import command

            cfg = alembic_config(self.url)
            cfg.attributes["connection"] = conn
            with _ALEMBIC_LOCK:
                command.upgrade(cfg, "head")

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return _current_revision(conn)

    # --- sessions -----------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """One write transaction: commit on success, roll back on any error."""
        with self._write() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only transaction (never holds the write lock); rolled back at the end."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _current_revision(conn: Connection) -> str | None:
    if not conn.dialect.has_table(conn, "alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _install_sqlite_hooks(engine: Engine, busy_timeout: float) -> None:
    """PRAGMAs on every connection; our own BEGIN so IMMEDIATE works (SQLAlchemy's pysqlite recipe)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("usu_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

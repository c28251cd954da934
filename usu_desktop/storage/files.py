"""Whole-file operations on SQLite books: consistent copies and validation of a file to restore."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from usu_desktop.storage.db import SQLITE_HEADER, known_revisions, sqlite_backup
from usu_desktop.storage.errors import StorageError

USU_TABLES = frozenset({"clients", "invoices", "invoice_lines", "payments", "allocations", "client_credit",
                        "audit_log", "settings"})


def validate_usu_file(path: Path) -> str:
    """The alembic revision of a USU database file, or StorageError saying why it is not one."""
    if not path.is_file():
        raise StorageError("backup_missing", path=str(path))
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise StorageError("db_corrupt", path=str(path))
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as con:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables >= USU_TABLES or "alembic_version" not in tables:
                raise StorageError("backup_not_usu", path=str(path))
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            result = con.execute("PRAGMA quick_check").fetchone()
    except sqlite3.Error as exc:
        raise StorageError("db_corrupt", path=str(path), detail=str(exc)) from None
    if result is None or result[0] != "ok":
        raise StorageError("db_corrupt", path=str(path), detail=str(result[0] if result else ""))
    known, _head = known_revisions()
    if row is None or row[0] not in known:
        raise StorageError("db_too_new", path=str(path), revision=row[0] if row else None)
    return str(row[0])


def copy_database(source: Path, target: Path) -> None:
    """Copy `source` to `target` with the online backup API, via a temporary file and a rename,
    so a crash never leaves half a file at `target`."""
    tmp = target.with_name(f".{target.name}.partial")
    tmp.unlink(missing_ok=True)
    try:
        sqlite_backup(source, tmp)
        os.replace(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError("backup_failed", path=str(target), detail=str(exc)) from None
    for suffix in ("-wal", "-shm"):  # a stale log of the replaced file must not be replayed into it
        Path(f"{target}{suffix}").unlink(missing_ok=True)

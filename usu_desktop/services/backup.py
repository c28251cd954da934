"""Backup and restore of the SQLite books.

`backup` copies the live database with SQLite's online backup API, so desks may
keep working meanwhile. `restore` checks that the file is a USU database this
version can read, refuses to replace an existing file unless forced, and keeps
a safety copy of what it replaces.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.permissions import Actor, Permission, actor_of
from usu_desktop.storage.db import Database
from usu_desktop.storage.errors import StorageError
from usu_desktop.storage.files import copy_database, validate_usu_file
from usu_desktop.storage.records import add_audit


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    safety_copy: Path | None
    revision: str


def backup(db: Database, target: Path, force: bool = False, user: str | Actor = "system") -> Path:
    """Write a consistent copy of the open database to `target`."""
    actor = actor_of(user)
    actor.require(Permission.BACKUP)
    if not db.is_sqlite or db.path is None:
        raise DomainError("backup_sqlite_only", url=db.url)
    target = Path(target).expanduser()
    if target.resolve() == db.path.resolve():
        raise StorageError("backup_same_file", path=str(target))
    if target.exists() and not force:
        raise StorageError("backup_exists", path=str(target))
    if not target.parent.is_dir():
        raise StorageError("backup_failed", path=str(target), detail="folder does not exist")
    copy_database(db.path, target)
    with db.session() as session:
        add_audit(session, actor.name, "backup_made", "database", None, target=str(target))
    return target


def restore(source: Path, target: Path, force: bool = False, user: str | Actor = "system") -> RestoreResult:
    """Replace the books at `target` with the backup at `source` (migrated if older)."""
    actor = actor_of(user)
    actor.require(Permission.BACKUP)
    source, target = Path(source).expanduser(), Path(target).expanduser()
    validate_usu_file(source)
    if target.exists() and source.resolve() == target.resolve():
        raise StorageError("backup_same_file", path=str(target))
    safety: Path | None = None
    if target.exists() and target.stat().st_size:
        if not force:
            raise StorageError("restore_target_exists", path=str(target))
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        safety = target.with_name(f"{target.name}.before-restore-{stamp}.bak")
        copy_database(target, safety)
    target.parent.mkdir(parents=True, exist_ok=True)
    copy_database(source, target)
    db = Database.open(target)
    try:
        revision = db.revision() or ""
        with db.session() as session:
            add_audit(session, actor.name, "restored", "database", None, source=str(source),
                      safety_copy=str(safety) if safety else None)
    finally:
        db.close()
    return RestoreResult(target, safety, revision)

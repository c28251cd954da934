"""Backup while another desk writes, and restore's refusals, on real files."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest

from usu_desktop.domain.money import Money
from usu_desktop.services.backup import backup, restore
from usu_desktop.services.check import check_books
from usu_desktop.services.payments import PaymentService
from usu_desktop.storage.db import Database
from usu_desktop.storage.errors import StorageError

pytestmark = pytest.mark.sqlite_only("backup and restore copy the SQLite file")


def test_backup_during_writes_is_consistent(db: Database, client_id: int, tmp_path: Path) -> None:
    stop = threading.Event()

    def desk() -> None:
        other = Database.open(db.path)
        try:
            pay = PaymentService(other, "desk2")
            while not stop.is_set():
                pay.record_desk_payment(client_id, Money("1.00", "EUR"), "cash")
        finally:
            other.close()

    writer = threading.Thread(target=desk)
    writer.start()
    try:
        copies = [backup(db, tmp_path / f"copy{i}.sqlite") for i in range(3)]
    finally:
        stop.set()
        writer.join()
    for copy in copies:
        restored = Database.open(copy)
        assert check_books(restored) == []
        restored.close()


def test_backup_refuses_same_file_and_existing_target(db: Database, tmp_path: Path) -> None:
    with pytest.raises(StorageError) as err:
        backup(db, db.path, force=True)
    assert err.value.code == "backup_same_file"
    target = tmp_path / "b.sqlite"
    backup(db, target)
    with pytest.raises(StorageError) as err:
        backup(db, target)
    assert err.value.code == "backup_exists"
    assert backup(db, target, force=True) == target


def test_restore_refuses_a_newer_backup(db: Database, tmp_path: Path) -> None:
    copy = backup(db, tmp_path / "new.sqlite")
    with closing(sqlite3.connect(str(copy))) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
        con.commit()
    with pytest.raises(StorageError) as err:
        restore(copy, tmp_path / "fresh.sqlite")
    assert err.value.code == "db_too_new"
    assert not (tmp_path / "fresh.sqlite").exists()


def test_restore_into_an_empty_place(db: Database, tmp_path: Path) -> None:
    copy = backup(db, tmp_path / "c.sqlite")
    result = restore(copy, tmp_path / "elsewhere" / "books.sqlite")
    assert result.safety_copy is None and result.path.exists()
    restored = Database.open(result.path)
    assert check_books(restored) == []
    restored.close()

"""The audit log is a hash chain: every row carries who, on which desk, and a hash over its content
and the row before; `check_books` names the first row changed or removed; desks writing at once
keep one chain; the migration chains the rows a book already had."""

from __future__ import annotations

import json
import threading
from datetime import datetime
from itertools import pairwise

import pytest
from alembic import command
from sqlalchemy import DateTime, text

from usu_desktop.domain.audit_chain import GENESIS, first_break, row_hash
from usu_desktop.services.check import check_books
from usu_desktop.storage.db import Database, alembic_config
from usu_desktop.storage.records import DESK, add_audit, audit_entries


def _write(db: Database, n: int, user: str = "ann") -> None:
    for i in range(n):
        with db.session() as s:
            add_audit(s, user, "test_action", "thing", i, n=i, text="Ωμέγα")


def _chain(db: Database) -> list[tuple]:
    with db.reading() as s:
        return [tuple(r) for r in s.execute(text(
            'SELECT id, at, "user", desk, action, entity, entity_id, details, prev_hash, hash '
            "FROM audit_log ORDER BY id").columns(at=DateTime()))]


def _violations(db: Database) -> list[tuple[str, int | None, dict]]:
    return [(v.code, v.entity_id, v.message_params) for v in check_books(db) if v.entity == "audit"]


def test_rows_carry_the_desk_and_chain_from_genesis(db: Database) -> None:
    _write(db, 3)
    with db.session() as s:  # two rows in one transaction chain in the order they were added
        add_audit(s, "bob", "first", "thing", None)
        add_audit(s, "bob", "second", "thing", None)
    rows = _chain(db)
    assert [r[4] for r in rows] == ["test_action"] * 3 + ["first", "second"]
    assert {r[3] for r in rows} == {DESK} and DESK
    assert rows[0][8] == GENESIS and all(b[8] == a[9] for a, b in pairwise(rows))
    assert first_break(rows) is None and _violations(db) == []
    with db.reading() as s:
        assert audit_entries(s, entity="thing", limit=1)[0]["desk"] == DESK


def test_a_rolled_back_transaction_leaves_no_audit_row(db: Database) -> None:
    _write(db, 1)
    with pytest.raises(RuntimeError), db.session() as s:
        add_audit(s, "ann", "never", "thing", 9)
        raise RuntimeError("cancelled")
    assert [r[4] for r in _chain(db)] == ["test_action"]
    assert _violations(db) == []


def test_a_changed_row_is_named(db: Database) -> None:
    _write(db, 5)
    ids = [r[0] for r in _chain(db)]
    with db.session() as s:
        s.execute(text('UPDATE audit_log SET "user" = :u WHERE id = :id'), {"u": "mallory", "id": ids[2]})
    assert _violations(db) == [("audit_row_changed", ids[2], {"after": ids[1]})]


def test_a_removed_row_is_named_by_the_one_after_it_and_a_removed_last_row_by_the_head(db: Database) -> None:
    _write(db, 5)
    ids = [r[0] for r in _chain(db)]
    with db.session() as s:
        s.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": ids[-1]})
    assert _violations(db) == [("audit_row_removed", ids[-1], {"after": ids[-2]})]
    with db.session() as s:
        s.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": ids[1]})
    assert _violations(db) == [("audit_row_removed", ids[2], {"after": ids[0]})]


def test_desks_writing_at_once_keep_one_chain(db_url: str) -> None:
    desks = [Database.open(db_url) for _ in range(4)]
    errors: list[BaseException] = []

    def desk(d: Database, who: str) -> None:
        try:
            _write(d, 15, user=who)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=desk, args=(d, f"desk{i}")) for i, d in enumerate(desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    rows = _chain(desks[0])
    assert len(rows) == 60 and {r[2] for r in rows} == {"desk0", "desk1", "desk2", "desk3"}
    assert first_break(rows) is None and _violations(desks[0]) == []
    for d in desks:
        d.close()


@pytest.mark.sqlite_only("downgrades a file to the revision before people; the migration SQL is the same")
def test_the_migration_chains_the_rows_a_book_already_had(tmp_path) -> None:
    path = tmp_path / "old.sqlite"
    Database.open(path).close()
    cfg = alembic_config(f"sqlite:///{path}")
    command.downgrade(cfg, "0005_report_indexes")
    import sqlite3
    with sqlite3.connect(path) as con:
        for i in range(3):
            con.execute('INSERT INTO audit_log (at, "user", action, entity, entity_id, details) '
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        (f"2025-01-0{i + 1} 10:00:00.000000", "desk", "old", "invoice", i,
                         json.dumps({"i": i})))
    db = Database.open(path)
    rows = _chain(db)
    assert [r[3] for r in rows] == ["", "", ""]
    assert rows[0][9] == row_hash(GENESIS, datetime(2025, 1, 1, 10), "desk", "", "old", "invoice", 0,
                                  '{"i": 0}')
    _write(db, 1)
    assert first_break(_chain(db)) is None and _violations(db) == []
    db.close()

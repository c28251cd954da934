"""A trigram index over the patients' search text, on SQLite (FTS5), kept by triggers; and a
narrow index to pass when a search word is too short for trigrams.

A search word of three or more characters then finds its patients in a few milliseconds
instead of testing all 200,000 search texts (storage.reception_queries reads it). The index
holds no text of its own (external content: the clients table) and matches exactly, code
point by code point, the way the LIKE it replaces does: both sides are normalized already
(storage.search). On PostgreSQL nothing is created, and on a SQLite built without FTS5
or too old for the trigram tokenizer (< 3.34) neither: the searches then scan as before.

Revision ID: 0004_client_search_index
Revises: 0003_links
"""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from alembic import op

revision: str = '0004_client_search_index'
down_revision: str | None = '0003_links'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "clients_fts"
CREATE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(search_text, content='clients', content_rowid='id', "
    "tokenize='trigram case_sensitive 1')"
)
# A narrow copy of what a search that cannot use the trigram index (a word of one or two
# letters) reads and sorts on: passing it is a third quicker than passing the table's rows.
SCAN_INDEX = "ix_clients_search_scan"
CREATE_SCAN = f"CREATE INDEX {SCAN_INDEX} ON clients (search_text, last_name, first_name, archived)"
TRIGGERS = (
    f"""CREATE TRIGGER {TABLE}_ai AFTER INSERT ON clients BEGIN
  INSERT INTO {TABLE}(rowid, search_text) VALUES (new.id, new.search_text);
END""",
    f"""CREATE TRIGGER {TABLE}_ad AFTER DELETE ON clients BEGIN
  INSERT INTO {TABLE}({TABLE}, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END""",
    f"""CREATE TRIGGER {TABLE}_au AFTER UPDATE OF search_text ON clients BEGIN
  INSERT INTO {TABLE}({TABLE}, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  INSERT INTO {TABLE}(rowid, search_text) VALUES (new.id, new.search_text);
END""",
)


def _sqlite_can() -> bool:
    """SQLite with FTS5's trigram tokenizer (3.34+); False on any other database."""
    if op.get_context().dialect.name != "sqlite" or sqlite3.sqlite_version_info < (3, 34, 0):
        return False
    if op.get_context().as_sql:
        return True  # offline SQL for SQLite: render the statements
    options = {row[0] for row in op.get_bind().exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def upgrade() -> None:
    if not _sqlite_can():
        return
    op.execute(CREATE)
    op.execute(CREATE_SCAN)
    for trigger in TRIGGERS:
        op.execute(trigger)
    op.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")  # the patients already there


def downgrade() -> None:
    if op.get_context().dialect.name != "sqlite":
        return
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_{suffix}")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
    op.execute(f"DROP INDEX IF EXISTS {SCAN_INDEX}")

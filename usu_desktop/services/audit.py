"""The audit log for people to read (the Audit screen, `usu-admin audit`): pages, counts, CSV.

Anyone signed in may read it: who did what is meant to be visible at the desk.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterator

from usu_desktop.printing.output import AtomicFile
from usu_desktop.storage.audit_queries import (
    AuditFilter,
    AuditRow,
    audit_choices,
    audit_ids,
    audit_ids_window,
    audit_rows,
    count_audit,
)
from usu_desktop.storage.db import Database

CSV_COLUMNS = ("id", "at_utc", "user", "desk", "action", "entity", "entity_id", "details")
PAGE = 500


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def ids(self, f: AuditFilter, limit: int = PAGE, before_id: int | None = None) -> list[int]:
        with self.db.reading() as session:
            return audit_ids(session, f, limit, before_id)

    def window_ids(self, f: AuditFilter, sort: str | None, descending: bool, offset: int, limit: int,
                   reverse: bool = False, cancelled: Callable[[], bool] | None = None) -> list[int]:
        """For the Audit screen's lazy list (one sort: the order rows were written)."""
        with self.db.reading() as session:
            return audit_ids_window(session, f, descending, offset, limit, reverse)

    def count_filtered(self, f: AuditFilter, cancelled: Callable[[], bool] | None = None) -> int:
        return self.count(f)

    def rows(self, ids: list[int]) -> list[AuditRow]:
        with self.db.reading() as session:
            return audit_rows(session, ids)

    def count(self, f: AuditFilter) -> int:
        with self.db.reading() as session:
            return count_audit(session, f)

    def choices(self) -> dict[str, list[str]]:
        with self.db.reading() as session:
            return audit_choices(session)

    def each(self, f: AuditFilter, page: int = PAGE) -> Iterator[AuditRow]:
        """Every matching row, newest first, a page at a time (a long export never holds a snapshot)."""
        before: int | None = None
        while True:
            ids = self.ids(f, page, before)
            if not ids:
                return
            yield from self.rows(ids)
            before = ids[-1]

    def export_csv(self, f: AuditFilter, path: str | os.PathLike[str]) -> int:
        """The matching rows as CSV (UTF-8 with BOM, so spreadsheets read it); whole or not at all."""
        count = 0
        with AtomicFile(path) as out:
            out.write("\ufeff".encode())
            buf = io.StringIO()
            writer = csv.writer(buf)
            writer.writerow(CSV_COLUMNS)
            for r in self.each(f):
                writer.writerow([r.id, r.at.isoformat(sep=" "), r.user, r.desk, r.action, r.entity,
                                 "" if r.entity_id is None else r.entity_id,
                                 json.dumps(r.details, ensure_ascii=False, sort_keys=True)])
                count += 1
                if buf.tell() > 1 << 16:
                    out.write(buf.getvalue().encode("utf-8"))
                    buf.seek(0)
                    buf.truncate()
            out.write(buf.getvalue().encode("utf-8"))
            out.commit()
        return count

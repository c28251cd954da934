"""Reading the audit log page by page, newest first, with the Audit screen's and the CLI's filters."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from usu_desktop.storage.models import AuditEntry


@dataclass(frozen=True)
class AuditFilter:
    """Empty fields do not filter. `start`/`end` are naive UTC, end exclusive; `kind` is the action."""

    user: str = ""
    desk: str = ""
    start: datetime | None = None
    end: datetime | None = None
    kind: str = ""
    entity: str = ""
    entity_id: int | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user: str
    desk: str
    action: str
    entity: str
    entity_id: int | None
    details: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at.isoformat(), "user": self.user, "desk": self.desk,
                "action": self.action, "entity": self.entity, "entity_id": self.entity_id,
                "details": self.details}


def _where(q: Select[Any], f: AuditFilter) -> Select[Any]:
    if f.user:
        q = q.where(AuditEntry.user == f.user)
    if f.desk:
        q = q.where(AuditEntry.desk == f.desk)
    if f.start is not None:
        q = q.where(AuditEntry.at >= f.start)
    if f.end is not None:
        q = q.where(AuditEntry.at < f.end)
    if f.kind:
        q = q.where(AuditEntry.action == f.kind)
    if f.entity:
        q = q.where(AuditEntry.entity == f.entity)
    if f.entity_id is not None:
        q = q.where(AuditEntry.entity_id == f.entity_id)
    return q


def audit_ids(session: Session, f: AuditFilter, limit: int, before_id: int | None = None) -> list[int]:
    """Up to `limit` ids, newest first, older than `before_id` (keyset: each page is one index range)."""
    q = _where(select(AuditEntry.id), f)
    if before_id is not None:
        q = q.where(AuditEntry.id < before_id)
    return list(session.scalars(q.order_by(AuditEntry.id.desc()).limit(limit)))


def audit_ids_window(session: Session, f: AuditFilter, descending: bool = True, offset: int = 0,
                     limit: int = 100, reverse: bool = False) -> list[int]:
    """A page of ids in list order (by id, the order rows were written); with `reverse`, `offset`
    counts from the end of the list (the page still comes back in list order)."""
    down = descending != reverse
    q = _where(select(AuditEntry.id), f)
    q = q.order_by(AuditEntry.id.desc() if down else AuditEntry.id.asc()).offset(offset).limit(limit)
    ids = list(session.scalars(q))
    return ids[::-1] if reverse else ids


def audit_rows(session: Session, ids: list[int]) -> list[AuditRow]:
    """The rows for `ids`, in the order given."""
    if not ids:
        return []
    found = {a.id: a for a in session.scalars(select(AuditEntry).where(AuditEntry.id.in_(ids)))}
    return [AuditRow(a.id, a.at, a.user, a.desk, a.action, a.entity, a.entity_id, json.loads(a.details))
            for a in (found[i] for i in ids if i in found)]


def count_audit(session: Session, f: AuditFilter) -> int:
    return int(session.execute(_where(select(func.count()).select_from(AuditEntry), f)).scalar_one())


def audit_choices(session: Session) -> dict[str, list[str]]:
    """The users, desks, kinds and entities there are, for the screen's filter lists."""
    def distinct(col: Any) -> list[str]:
        return sorted(v for v in session.scalars(select(col).distinct()) if v)

    return {"user": distinct(AuditEntry.user), "desk": distinct(AuditEntry.desk),
            "kind": distinct(AuditEntry.action), "entity": distinct(AuditEntry.entity)}

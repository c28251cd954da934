"""Small write helpers shared by the services: audit rows, settings, named sequences."""

from __future__ import annotations

import json
from collections.abc import Sequence as Seq
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from usu_desktop.storage import bulk
from usu_desktop.storage.models import AuditEntry, Sequence, Setting

AUDIT_COLS = ("at", "user", "action", "entity", "entity_id", "details")


def utcnow() -> datetime:
    """Naive UTC timestamp, the form every DateTime column holds."""
    return datetime.now(UTC).replace(tzinfo=None)


def naive_utc(moment: datetime) -> datetime:
    """A timestamp as stored: aware ones are converted to UTC, naive ones are taken as UTC."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def add_audit(session: Session, user: str, action: str, entity: str, entity_id: int | None,
              **details: Any) -> None:
    """One audit row, in the caller's transaction."""
    add_audits(session, [(utcnow(), user, action, entity, entity_id,
                          json.dumps(details, ensure_ascii=False, sort_keys=True, default=str))])


def add_audits(session: Session, rows: Seq[tuple[Any, ...]]) -> None:
    """Audit rows as (at, user, action, entity, entity_id, details JSON) tuples, in the caller's
    transaction. The one place audit rows are written: every path (one booking or a page of them)
    comes through here, so what an audit row carries is decided once."""
    bulk.insert_tuples(session, AuditEntry.__tablename__, AUDIT_COLS, rows)


def read_settings(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(Setting))}


def write_settings(session: Session, values: dict[str, str]) -> None:
    for key, value in values.items():
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value


def next_sequence(session: Session, name: str, first: int) -> int:
    """The next value of a named counter, bumped in the caller's (write) transaction."""
    row = session.scalars(select(Sequence).where(Sequence.name == name).with_for_update()).first()
    if row is None:
        session.add(Sequence(name=name, last_value=first))
        session.flush()
        return first
    session.execute(update(Sequence).where(Sequence.name == name)
                    .values(last_value=Sequence.last_value + 1))
    session.refresh(row)
    return row.last_value


def audit_entries(session: Session, entity: str | None = None, entity_id: int | None = None,
                  limit: int = 200) -> list[dict[str, Any]]:
    """Newest first, as plain dicts."""
    q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if entity is not None:
        q = q.where(AuditEntry.entity == entity)
    if entity_id is not None:
        q = q.where(AuditEntry.entity_id == entity_id)
    return [
        {"id": a.id, "at": a.at, "user": a.user, "action": a.action, "entity": a.entity,
         "entity_id": a.entity_id, "details": json.loads(a.details)}
        for a in session.scalars(q)
    ]

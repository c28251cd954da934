"""Small write helpers shared by the services: audit rows, settings, named sequences."""

from __future__ import annotations

import json
import socket
from collections.abc import Sequence as Seq
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, func, insert, select, update
from sqlalchemy.orm import Session, SessionTransaction

from usu_desktop.domain.audit_chain import GENESIS, chained
from usu_desktop.storage import bulk
from usu_desktop.storage.models import AuditEntry, AuditHead, Sequence, Setting

AUDIT_COLS = ("at", "user", "desk", "action", "entity", "entity_id", "details", "prev_hash", "hash")
DESK = socket.gethostname()[:80]  # the machine name every audit row of this process carries
_PENDING = "usu_audit_pending"
_MARKS = "usu_audit_savepoints"


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
    comes through here, so what an audit row carries is decided once: this desk's name and the
    hash chain (domain.audit_chain).

    The rows are written when the transaction commits (`flush_audits`), so the chain head is
    locked only for that last moment: desks chain in commit order and never deadlock on it."""
    if rows:
        session.info.setdefault(_PENDING, []).extend(rows)


def flush_audits(session: Session) -> None:
    """Write the pending audit rows now: lock the chain head (PostgreSQL waits here for another
    desk's commit; SQLite's write lock already serialises), chain from it, move it on."""
    rows = session.info.pop(_PENDING, None)
    if not rows:
        return
    head = session.execute(select(AuditHead.last_hash, AuditHead.rows).where(AuditHead.id == 1)
                           .with_for_update()).first()
    if head is None:
        session.execute(insert(AuditHead).values(id=1, last_id=None, last_hash=GENESIS, rows=0))
        prev, count = GENESIS, 0
    else:
        prev, count = head.last_hash, head.rows
    out = list(chained(prev, ((naive_utc(r[0]), r[1], DESK, *r[2:6]) for r in rows)))
    bulk.insert_tuples(session, AuditEntry.__tablename__, AUDIT_COLS, out)
    last_id = session.execute(select(func.max(AuditEntry.id))).scalar()
    session.execute(update(AuditHead).where(AuditHead.id == 1)
                    .values(last_id=last_id, last_hash=out[-1][-1], rows=count + len(out)))


@event.listens_for(Session, "before_commit")
def _write_pending_audits(session: Session) -> None:
    flush_audits(session)


@event.listens_for(Session, "after_transaction_create")
def _mark_savepoint(session: Session, transaction: SessionTransaction) -> None:
    if transaction.nested:
        session.info.setdefault(_MARKS, {})[id(transaction)] = len(session.info.get(_PENDING, ()))


@event.listens_for(Session, "after_soft_rollback")
def _drop_rolled_back_audits(session: Session, previous_transaction: SessionTransaction) -> None:
    """A rollback takes its audit rows with it: a savepoint's own, or all of them."""
    marks = session.info.get(_MARKS, {})
    mark = marks.pop(id(previous_transaction), None)
    if not previous_transaction.nested:
        session.info.pop(_PENDING, None)
        marks.clear()
    elif mark is not None and _PENDING in session.info:
        del session.info[_PENDING][mark:]


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
    """Newest first, as plain dicts; this transaction's rows not yet written come first (id None)."""
    pending = [
        {"id": None, "at": naive_utc(r[0]), "user": r[1], "desk": DESK, "action": r[2], "entity": r[3],
         "entity_id": r[4], "details": json.loads(r[5])}
        for r in reversed(session.info.get(_PENDING, ()))
        if (entity is None or r[3] == entity) and (entity_id is None or r[4] == entity_id)
    ][:limit]
    q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit - len(pending))
    if entity is not None:
        q = q.where(AuditEntry.entity == entity)
    if entity_id is not None:
        q = q.where(AuditEntry.entity_id == entity_id)
    return pending + [
        {"id": a.id, "at": a.at, "user": a.user, "desk": a.desk, "action": a.action, "entity": a.entity,
         "entity_id": a.entity_id, "details": json.loads(a.details)}
        for a in session.scalars(q)
    ]

"""The audit log's hash chain, without storage.

Each row's hash covers its own content and the hash of the row written before it, so changing
a row breaks its own hash and removing one breaks the link of the row after it. There is no
secret: this shows tampering by anyone who does not also recompute every later hash, and the
check names the first row where the chain breaks.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

GENESIS = ""  # the previous hash of the first row


def row_hash(prev_hash: str, at: datetime, user: str, desk: str, action: str, entity: str,
             entity_id: int | None, details: str) -> str:
    """SHA-256 over the previous hash and this row's fields, in a fixed text form."""
    payload = json.dumps([prev_hash, at.isoformat(sep=" ", timespec="microseconds"), user, desk,
                          action, entity, entity_id, details], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Break:
    """Where the chain breaks: `changed` (the row's content is not what was hashed) or `removed`
    (a row between `after_id` and `row_id` is missing, or the rows were reordered)."""

    kind: str
    row_id: int
    after_id: int | None


def first_break(rows: Iterable[tuple[Any, ...]]) -> Break | None:
    """The first break in rows of (id, at, user, desk, action, entity, entity_id, details,
    prev_hash, hash) in id order; None if the chain holds."""
    expected_prev = GENESIS
    last_id: int | None = None
    for row in rows:
        row_id, at, user, desk, action, entity, entity_id, details, prev, stored = row
        if prev != expected_prev:
            return Break("removed", row_id, last_id)
        if row_hash(prev, at, user, desk, action, entity, entity_id, details) != stored:
            return Break("changed", row_id, last_id)
        expected_prev = stored
        last_id = row_id
    return None


def chained(prev_hash: str, rows: Iterable[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    """(at, user, desk, action, entity, entity_id, details) rows with prev_hash and hash appended."""
    for at, user, desk, action, entity, entity_id, details in rows:
        h = row_hash(prev_hash, at, user, desk, action, entity, entity_id, details)
        yield at, user, desk, action, entity, entity_id, details, prev_hash, h
        prev_hash = h

"""External payment ids in their canonical form, so one payment has one key however it was written.

OSMP transaction ids are numbers (1-20 digits): `1016`, `01016` and ` 0001016 ` are one
transaction. The exchange books terminal payments under the canonical form (exchange/osmp.py), and
the desk's check (`storage.checks`) groups its payments by it to prove none is booked twice.
"""

from __future__ import annotations

import re

_TXN_ID = re.compile(r"^[0-9]{1,20}\Z")
NUMERIC_SOURCES = frozenset({"terminal"})  # sources whose external ids are OSMP numbers


def normalize_txn_id(text: str | None) -> str:
    """The canonical form of an OSMP transaction id, or "" if it is not one.

    Surrounding white space goes, then leading zeros (`0` stays `0`). A sign, inner spaces,
    non-ASCII digits, more than 20 digits or nothing at all are not an id.
    """
    text = (text or "").strip()
    if not _TXN_ID.match(text):
        return ""
    return text.lstrip("0") or "0"


def canonical_external_id(source: str, external_id: str | None) -> str:
    """The key a payment of `source` is unique under: a terminal's number without leading zeros,
    any other id without surrounding white space (a terminal id that is no number stays as is)."""
    text = (external_id or "").strip()
    if source in NUMERIC_SOURCES:
        return normalize_txn_id(text) or text
    return text

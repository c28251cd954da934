"""The charge list the exchange shows at terminals: client number, amount due, masked name, RFs.

Only these leave the clinic (PRODUCT.md §4): never services, diagnoses or full names.
The snapshot id is a hash of the content, so uploading an unchanged list is a no-op.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime

from usu_desktop.bank.exchange_client import ChargeLine, ChargeSnapshot
from usu_desktop.domain.money import Money
from usu_desktop.storage.db import Database
from usu_desktop.storage.sync_queries import ChargeSource, charge_sources

MAX_RFS = 50  # the exchange refuses longer lists
MAX_NAME = 64


def masked_name(first_name: str, last_name: str) -> str:
    """"Ivanov I.": the family name and the first initial; never more of the person."""
    first = "".join(ch for ch in first_name.strip() if ch.isprintable())
    last = " ".join("".join(ch for ch in last_name if ch.isprintable()).split())
    initial = first[:1].upper() + "." if first else ""
    if last:
        return (last[: MAX_NAME - 3] + (" " + initial if initial else "")).strip()
    return initial or "—"


def charge_line(src: ChargeSource, currency: str) -> ChargeLine:
    """Amount due = open balances − client credit, never below zero; client RF first, then invoices'."""
    due = max(0, src.open_minor - max(0, src.credit_minor))
    refs = [src.client_rf, *[r for r in src.invoice_rfs if r != src.client_rf]] if src.client_rf else \
        list(src.invoice_rfs)
    return ChargeLine(account=src.client_number, amount=Money.from_minor(due, currency),
                      masked_name=masked_name(src.first_name, src.last_name), rf=tuple(refs[:MAX_RFS]))


def snapshot_id(currency: str, included_cursor: int | None, lines: Sequence[ChargeLine]) -> str:
    """Same content, same id: "c-" and 40 hex digits of SHA-256."""
    body = [currency, included_cursor,
            [(ln.account, ln.amount.minor, ln.masked_name, list(ln.rf), ln.active) for ln in lines]]
    digest = hashlib.sha256(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()
    return "c-" + digest[:40]


def build_snapshot(db: Database, currency: str, included_cursor: int | None,
                   now: datetime | None = None, deposits: bool = False) -> ChargeSnapshot:
    """The current charge list from open invoices, one line per client number.

    With `deposits` (the clinic's "terminals take deposits" setting) every client who is not
    archived is listed, those who owe nothing with amount 0: the exchange answers their `check`
    with debt 0 and books their `pay`, which the sync then puts on the client's credit."""
    with db.reading() as session:
        sources = charge_sources(session, currency, everyone=deposits)
    lines = [charge_line(src, currency) for src in sources]
    return ChargeSnapshot(snapshot_id(currency, included_cursor, lines), currency, now or datetime.now(UTC),
                          lines, included_cursor)

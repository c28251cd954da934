"""The invariants of PRODUCT.md §4 as SQL: each query returns the rows that break one.

Plain SQL that SQLite and PostgreSQL both run. `run_checks` yields
(code, entity, entity_id, params) tuples; services/check.py wraps them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import DateTime, bindparam, text
from sqlalchemy.orm import Session

from usu_desktop.domain.audit_chain import first_break
from usu_desktop.domain.external_ids import canonical_external_id
from usu_desktop.storage.ledger import content_hash_of, header_dict, line_dict

Found = tuple[str, str, int | None, dict[str, Any]]

_INVOICE_CHECKS: tuple[tuple[str, str], ...] = (
    # total = lines - discounts + tax, and the header matches its lines
    ("invoice_total_mismatch", """
        SELECT id, number, total_minor AS stored, untaxed_minor + tax_minor AS expected FROM invoices
        WHERE total_minor <> untaxed_minor + tax_minor
           OR untaxed_minor <> lines_total_minor - discount_minor"""),
    ("invoice_lines_mismatch", """
        SELECT i.id, i.number, i.lines_total_minor AS stored, COALESCE(l.gross, 0) AS expected
        FROM invoices i LEFT JOIN (
            SELECT invoice_id, SUM(gross_minor) AS gross, SUM(discount_minor) AS disc, SUM(net_minor) AS net
            FROM invoice_lines GROUP BY invoice_id) l ON l.invoice_id = i.id
        WHERE i.lines_total_minor <> COALESCE(l.gross, 0) OR i.discount_minor <> COALESCE(l.disc, 0)
           OR i.untaxed_minor <> COALESCE(l.net, 0)"""),
    # paid = Σ allocations (undo rows count negative)
    ("invoice_paid_mismatch", """
        SELECT i.id, i.number, i.paid_minor AS stored, COALESCE(a.paid, 0) AS expected
        FROM invoices i LEFT JOIN (
            SELECT invoice_id, SUM(amount_minor) AS paid FROM allocations GROUP BY invoice_id) a
          ON a.invoice_id = i.id
        WHERE i.paid_minor <> COALESCE(a.paid, 0)"""),
    # balance >= 0 unless credited
    ("invoice_overpaid", """
        SELECT id, number, paid_minor AS stored, total_minor - credited_minor AS expected FROM invoices
        WHERE kind = 'invoice' AND (paid_minor < 0 OR total_minor - paid_minor - credited_minor < 0)"""),
    # the state follows from the numbers
    ("invoice_state_mismatch", """
        SELECT id, number, state AS stored,
          CASE WHEN number IS NULL THEN 'draft or cancelled, nothing paid'
               WHEN kind = 'credit_note' THEN 'paid'
               WHEN state = 'cancelled' THEN 'cancelled: credit notes for the total, nothing paid'
               WHEN total_minor - credited_minor <= paid_minor THEN 'paid'
               WHEN paid_minor = 0 THEN 'issued'
               ELSE 'partly_paid' END AS expected
        FROM invoices i
        WHERE (number IS NULL AND (state NOT IN ('draft', 'cancelled') OR paid_minor <> 0
                                   OR credited_minor <> 0))
           OR (number IS NOT NULL AND kind = 'credit_note'
               AND (state <> 'paid' OR paid_minor <> 0 OR credit_note_for IS NULL))
           OR (number IS NOT NULL AND kind = 'invoice' AND state = 'cancelled'
               AND (credited_minor <> total_minor OR paid_minor <> 0))
           OR (number IS NOT NULL AND kind = 'invoice' AND state <> 'cancelled'
               AND (credited_minor < 0 OR (credited_minor > 0 AND credited_minor >= total_minor)
                    OR state <> CASE WHEN total_minor - credited_minor <= paid_minor THEN 'paid'
                                     WHEN paid_minor = 0 THEN 'issued'
                                     ELSE 'partly_paid' END))"""),
    # credited = what its credit notes took off (whole or partial)
    ("invoice_credited_mismatch", """
        SELECT i.id, i.number, i.credited_minor AS stored, COALESCE(-c.s, 0) AS expected
        FROM invoices i LEFT JOIN (
            SELECT credit_note_for, SUM(total_minor) AS s FROM invoices
            WHERE kind = 'credit_note' AND credit_note_for IS NOT NULL GROUP BY credit_note_for) c
          ON c.credit_note_for = i.id
        WHERE i.kind = 'invoice' AND i.credited_minor <> COALESCE(-c.s, 0)"""),
)

_OTHER_CHECKS: tuple[tuple[str, str, str], ...] = (
    # Σ allocations + credit = amount (nothing assigned while unmatched)
    ("payment_unbalanced", "payment", """
        SELECT p.id, p.external_id AS name,
               COALESCE(a.s, 0) + COALESCE(c.s, 0) AS stored,
               CASE WHEN p.client_id IS NULL THEN 0 ELSE p.amount_minor END AS expected
        FROM payments p
        LEFT JOIN (SELECT payment_id, SUM(amount_minor) AS s FROM allocations
                   WHERE payment_id IS NOT NULL GROUP BY payment_id) a ON a.payment_id = p.id
        LEFT JOIN (SELECT payment_id, SUM(amount_minor) AS s FROM client_credit
                   WHERE payment_id IS NOT NULL GROUP BY payment_id) c ON c.payment_id = p.id
        WHERE COALESCE(a.s, 0) + COALESCE(c.s, 0)
              <> CASE WHEN p.client_id IS NULL THEN 0 ELSE p.amount_minor END"""),
    ("reversal_mismatch", "payment", """
        SELECT r.id, r.external_id AS name, r.amount_minor AS stored, -p.amount_minor AS expected
        FROM payments r JOIN payments p ON p.id = r.reversal_of
        WHERE r.amount_minor <> -p.amount_minor OR p.reversal_of IS NOT NULL"""),
    # an allocation paid from credit has its credit row
    ("credit_allocation_unfunded", "allocation", """
        SELECT a.id, NULL AS name, COALESCE(c.s, 0) AS stored, -a.amount_minor AS expected
        FROM allocations a LEFT JOIN (
            SELECT allocation_id, SUM(amount_minor) AS s FROM client_credit
            WHERE allocation_id IS NOT NULL GROUP BY allocation_id) c ON c.allocation_id = a.id
        WHERE a.payment_id IS NULL AND COALESCE(c.s, 0) <> -a.amount_minor"""),
    ("undo_mismatch", "allocation", """
        SELECT u.id, NULL AS name, u.amount_minor AS stored, -o.amount_minor AS expected
        FROM allocations u JOIN allocations o ON o.id = u.undo_of
        WHERE u.amount_minor <> -o.amount_minor OR u.invoice_id <> o.invoice_id OR o.undo_of IS NOT NULL"""),
    # the credit ledger never goes below zero
    ("credit_negative", "client", """
        SELECT client_id AS id, currency AS name, SUM(amount_minor) AS stored, 0 AS expected
        FROM client_credit GROUP BY client_id, currency HAVING SUM(amount_minor) < 0"""),
    # a refund is a positive amount taken out of its client's credit by exactly one credit row
    ("refund_unfunded", "refund", """
        SELECT r.id, r.currency AS name, COALESCE(c.amount_minor, 0) AS stored, -r.amount_minor AS expected
        FROM refunds r LEFT JOIN client_credit c ON c.id = r.credit_id
        WHERE r.amount_minor <= 0 OR c.id IS NULL OR c.amount_minor <> -r.amount_minor
           OR c.client_id <> r.client_id OR c.currency <> r.currency OR c.reason <> 'refund'"""),
    # for every client: Σ payments − Σ refunds = Σ allocations + credit (per currency)
    ("client_unbalanced", "client", """
        SELECT m.client_id AS id, m.currency AS name,
               SUM(CASE WHEN m.side = 'in' THEN m.amount ELSE 0 END) AS stored,
               SUM(CASE WHEN m.side = 'out' THEN m.amount ELSE 0 END) AS expected
        FROM (SELECT client_id, currency, 'in' AS side, amount_minor AS amount FROM payments
              WHERE client_id IS NOT NULL
              UNION ALL SELECT client_id, currency, 'in', -amount_minor FROM refunds
              UNION ALL SELECT i.client_id, i.currency, 'out', a.amount_minor
                        FROM allocations a JOIN invoices i ON i.id = a.invoice_id
              UNION ALL SELECT client_id, currency, 'out', amount_minor FROM client_credit) m
        GROUP BY m.client_id, m.currency
        HAVING SUM(CASE WHEN m.side = 'in' THEN m.amount ELSE -m.amount END) <> 0"""),
)

_GAPS = """
    SELECT i.series, i.year, COUNT(*) AS n, MIN(i.seq) AS lo, MAX(i.seq) AS hi, MAX(c.last_seq) AS counter
    FROM invoices i LEFT JOIN invoice_counters c ON c.series = i.series AND c.year = i.year
    WHERE i.number IS NOT NULL GROUP BY i.series, i.year"""

_ORPHAN_COUNTERS = """
    SELECT c.series, c.year, c.last_seq FROM invoice_counters c
    WHERE c.last_seq > 0 AND NOT EXISTS (
        SELECT 1 FROM invoices i WHERE i.series = c.series AND i.year = c.year AND i.number IS NOT NULL)"""

_ISSUED = """
    SELECT id, kind, series, year, seq, number, client_id, currency, issue_date, due_date, lines_total_minor,
           discount_minor, untaxed_minor, tax_minor, total_minor, rf_code, credit_note_for, content_hash
    FROM invoices WHERE number IS NOT NULL AND id > :after ORDER BY id LIMIT :limit"""

_LINES = """
    SELECT invoice_id, position, description, quantity, unit_price_minor, discount_minor, vat_rate,
           gross_minor, net_minor
    FROM invoice_lines WHERE invoice_id >= :lo AND invoice_id <= :hi ORDER BY invoice_id, position"""


def run_checks(session: Session, batch: int = 20000) -> Iterator[Found]:
    """Every broken invariant, one tuple each."""
    for code, sql in _INVOICE_CHECKS:
        for row in session.execute(text(sql)).mappings():
            yield code, "invoice", row["id"], {"number": row["number"], "stored": row["stored"],
                                               "expected": row["expected"]}
    for code, entity, sql in _OTHER_CHECKS:
        for row in session.execute(text(sql)).mappings():
            yield code, entity, row["id"], {"name": row["name"], "stored": row["stored"],
                                            "expected": row["expected"]}
    for row in session.execute(text(_GAPS)).mappings():
        if row["lo"] != 1 or row["hi"] != row["n"] or row["counter"] != row["hi"]:
            yield "numbering_gap", "series", None, {
                "series": row["series"], "year": row["year"], "count": row["n"], "first": row["lo"],
                "last": row["hi"], "counter": row["counter"]}
    for row in session.execute(text(_ORPHAN_COUNTERS)).mappings():
        yield "numbering_gap", "series", None, {"series": row["series"], "year": row["year"], "count": 0,
                                                "first": None, "last": None, "counter": row["last_seq"]}
    yield from _changed_issued(session, batch)
    yield from _booked_twice(session)
    yield from _differs_from_report(session, batch)
    yield from _audit_chain(session, batch)


def _as_date_text(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _changed_issued(session: Session, batch: int) -> Iterator[Found]:
    """Issued invoices whose content no longer hashes to what was stored at issue."""
    after = 0
    while True:
        heads = [dict(r) for r in session.execute(text(_ISSUED), {"after": after, "limit": batch}).mappings()]
        if not heads:
            return
        lines: dict[int, list[dict[str, Any]]] = {}
        rows = session.execute(text(_LINES), {"lo": heads[0]["id"], "hi": heads[-1]["id"]}).mappings()
        for line in rows:
            lines.setdefault(line["invoice_id"], []).append(line_dict(dict(line)))
        for head in heads:
            for k in ("issue_date", "due_date"):
                head[k] = _as_date_text(head[k])
            expected = content_hash_of(header_dict(head), lines.get(head["id"], []))
            if head["content_hash"] != expected:
                yield "issued_invoice_changed", "invoice", head["id"], {
                    "number": head["number"], "stored": head["content_hash"], "expected": expected}
        after = heads[-1]["id"]


# Payments whose external id is not in canonical form (a terminal's with leading zeros, any with
# surrounding spaces): only these can share a canonical id with another payment, since the unique
# (source, external_id) key already keeps two identical ids apart. Reversals are not payments in.
_NOT_CANONICAL = """
    SELECT id, source, external_id FROM payments
    WHERE reversal_of IS NULL AND external_id IS NOT NULL
      AND (external_id LIKE ' %' OR external_id LIKE '% '
           OR (source IN ('terminal') AND external_id LIKE '0%' AND external_id <> '0'))"""

_BY_EXTERNAL_IDS = """
    SELECT id, source, external_id FROM payments
    WHERE reversal_of IS NULL AND source = :source AND external_id IN :ids"""


def _booked_twice(session: Session) -> Iterator[Found]:
    """No payment is booked twice under one canonical external id (domain.external_ids: OSMP
    `01016` is `1016`): every payment after the first of such a group is reported."""
    odd = session.execute(text(_NOT_CANONICAL)).all()
    if not odd:
        return
    keys: dict[str, set[str]] = {}
    for row in odd:
        keys.setdefault(row.source, set()).add(canonical_external_id(row.source, row.external_id))
    groups: dict[tuple[str, str], dict[int, str]] = {}
    for source, wanted in keys.items():
        same = session.execute(text(_BY_EXTERNAL_IDS).bindparams(bindparam("ids", expanding=True)),
                               {"source": source, "ids": sorted(wanted)}).all()
        for row in [*odd, *same]:
            key = canonical_external_id(source, row.external_id)
            if row.source == source and key in wanted:
                groups.setdefault((source, key), {})[row.id] = row.external_id
    for (source, key), members in sorted(groups.items()):
        first, *later = sorted(members)
        for pid in later:
            yield "payment_booked_twice", "payment", pid, {
                "name": members[pid], "stored": f"{source} {key}", "expected": f"payment {first} only"}


_BOOKED_AS_REPORTED = """
    SELECT a.id AS audit_id, a.entity_id, a.details, p.source, p.external_id, p.amount_minor
    FROM audit_log a JOIN payments p ON p.id = a.entity_id
    WHERE a.action = 'payment_booked' AND a.entity = 'payment' AND a.id > :after
    ORDER BY a.id LIMIT :n"""


def _differs_from_report(session: Session, batch: int) -> Iterator[Found]:
    """Each payment still has the channel, external id and amount it was booked with: the
    `payment_booked` audit row (hash-chained, written with the booking) holds what the exchange,
    the statement or the desk reported."""
    after = 0
    while True:
        rows = session.execute(text(_BOOKED_AS_REPORTED), {"after": after, "n": batch}).all()
        if not rows:
            return
        for row in rows:
            try:
                told = json.loads(row.details or "{}")
            except ValueError:
                continue  # a damaged audit row is the chain check's to report
            if not isinstance(told, dict):
                continue
            expected = (told.get("source"), told.get("external_id"), told.get("amount_minor"))
            stored = (row.source, row.external_id, row.amount_minor)
            if expected != stored and not (told.get("amount_minor") is None and expected[:2] == stored[:2]):
                yield "payment_differs_from_report", "payment", row.entity_id, {
                    "name": row.external_id, "stored": _triple(stored), "expected": _triple(expected)}
        after = rows[-1].audit_id


def _triple(values: tuple[Any, Any, Any]) -> str:
    return f"{values[0]} {values[1]} {values[2]}"


_AUDIT_PAGE = """
    SELECT id, at, "user", desk, action, entity, entity_id, details, prev_hash, hash FROM audit_log
    WHERE id > :after ORDER BY id LIMIT :n"""


def _audit_rows(session: Session, batch: int) -> Iterator[tuple[Any, ...]]:
    after = -1
    while True:
        rows = session.execute(text(_AUDIT_PAGE).columns(at=DateTime()),
                               {"after": after, "n": batch}).all()
        if not rows:
            return
        yield from (tuple(r) for r in rows)
        after = rows[-1][0]


def _audit_chain(session: Session, batch: int) -> Iterator[Found]:
    """The audit log's hash chain holds from the first row to the head (domain.audit_chain)."""
    last: list[tuple[Any, ...]] = []

    def remember(rows: Iterator[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
        for row in rows:
            last[:] = [row]
            yield row

    broken = first_break(remember(_audit_rows(session, batch)))
    if broken is not None:
        code = "audit_row_changed" if broken.kind == "changed" else "audit_row_removed"
        yield code, "audit", broken.row_id, {"after": broken.after_id}
        return
    head = session.execute(text("SELECT last_id, last_hash FROM audit_head WHERE id = 1")).first()
    last_id, last_hash = (last[0][0], last[0][-1]) if last else (None, "")
    if head is not None and (head.last_id, head.last_hash) != (last_id, last_hash):
        yield "audit_row_removed", "audit", head.last_id, {"after": last_id}

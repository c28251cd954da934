"""`check_books`: prove the invariants of PRODUCT.md §4 against the database.

Codes (stable, the CLI and UI translate them): invoice_total_mismatch,
invoice_lines_mismatch, invoice_paid_mismatch, invoice_overpaid,
invoice_state_mismatch, invoice_credited_mismatch, issued_invoice_changed, numbering_gap,
payment_unbalanced, reversal_mismatch, credit_allocation_unfunded,
undo_mismatch, credit_negative, refund_unfunded, client_unbalanced, payment_booked_twice,
payment_differs_from_report, audit_row_changed, audit_row_removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from usu_desktop.storage.checks import run_checks
from usu_desktop.storage.db import Database

INVARIANTS: dict[str, str] = {
    "invoice_total_mismatch": "invoice total = lines - discounts + tax",
    "invoice_lines_mismatch": "invoice totals = sum of its lines",
    "invoice_paid_mismatch": "invoice paid = sum of its live allocations",
    "invoice_overpaid": "invoice balance >= 0 unless credited",
    "invoice_state_mismatch": "invoice state follows from its numbers",
    "invoice_credited_mismatch": "invoice credited = sum of its credit notes",
    "issued_invoice_changed": "an issued invoice never changes",
    "numbering_gap": "invoice numbers have no gaps per series and year",
    "payment_unbalanced": "payment: allocations + client credit = amount",
    "reversal_mismatch": "a reversal takes back exactly its payment",
    "credit_allocation_unfunded": "an allocation from credit has its credit row",
    "undo_mismatch": "an undo row takes back exactly its allocation",
    "credit_negative": "client credit >= 0",
    "refund_unfunded": "a refund takes exactly its amount out of its client's credit",
    "client_unbalanced": "client: payments - refunds = allocations + credit",
    "payment_booked_twice": "no payment is booked twice under one normalised external id",
    "payment_differs_from_report": "a payment keeps the channel, id and amount it was booked with",
    "audit_row_changed": "an audit row is never changed (its hash covers it)",
    "audit_row_removed": "no audit row is ever removed (each names the one before)",
}


@dataclass(frozen=True)
class Violation:
    code: str
    entity: str
    entity_id: int | None
    message_params: dict[str, Any] = field(default_factory=dict)

    @property
    def invariant(self) -> str:
        """The invariant in plain words (English; for the CLI and logs)."""
        return INVARIANTS.get(self.code, self.code)

    def describe(self) -> str:
        """One line naming the entity (invoice number where there is one) and the invariant."""
        p = self.message_params
        if self.entity == "invoice":
            who = f"invoice {p.get('number') or '(draft)'} (id {self.entity_id})"
        elif self.entity == "series":
            who = f"series {p.get('series')}/{p.get('year')}"
        else:
            who = f"{self.entity} {self.entity_id}"
        details = ", ".join(f"{k}={v}" for k, v in p.items() if k not in ("number",))
        return f"{who}: {self.code}: {self.invariant} ({details})"


def check_books(db: Database) -> list[Violation]:
    """Every broken invariant; an empty list means the books are consistent."""
    with db.reading() as session:
        return [Violation(code, entity, entity_id, params)
                for code, entity, entity_id, params in run_checks(session)]

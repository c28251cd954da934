"""What a bank statement file says, as plain frozen data: statements, entries, import issues.

The camt and MT940 readers produce these; booking them into the books happens later (services), so
nothing here knows about invoices. A bad entry becomes an `ImportIssue` and is skipped (errors as data);
a file that cannot be read at all raises `StatementError` and yields nothing, never half a file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.domain.references import rf_find, rf_is_valid, rf_normalize

Direction = Literal["credit", "debit"]
EntryStatus = Literal["booked", "pending", "info"]
Severity = Literal["warning", "error"]


class StatementError(DomainError):
    """A statement file that cannot be imported at all.

    Codes: not_xml, truncated, xml_forbidden, unknown_format, unknown_currency, empty_file, too_large,
    bad_amount, wrong_currency, mixed_accounts. `file`, `line` and `field` say where, when known.
    """

    def __init__(self, code: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None, **params: Any) -> None:
        super().__init__(code, file=file, line=line, field=field, **params)
        self.file = file
        self.line = line
        self.field = field


@dataclass(frozen=True, slots=True)
class ImportIssue:
    """One problem found while reading; `entry_index` is the 0-based source entry (Ntry or :61:)."""

    severity: Severity
    code: str
    file: str
    entry_index: int | None = None
    field: str | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class StatementEntry:
    """One money movement. `amount` is positive; `direction` says which way it went.

    `index` is the entry's 0-based position among the entries produced from the file. `payer_name` and
    `payer_iban` are the counterparty: the debtor of a credit (or of the credit a reversal undoes), the
    creditor of a debit. `external_id` is stable across re-imports of the same file (see `external_id_for`).
    """

    index: int
    amount: Money
    direction: Direction
    status: EntryStatus
    booking_date: date | None
    value_date: date | None
    bank_ref: str | None
    end_to_end_id: str | None
    rf: str | None
    remittance_text: str
    payer_name: str | None
    payer_iban: str | None
    reversal: bool
    external_id: str

    @property
    def signed(self) -> Money:
        """The amount as it moves the account balance: credits up, debits down."""
        return self.amount if self.direction == "credit" else -self.amount


@dataclass(frozen=True)
class Statement:
    """One statement (camt Stmt/Ntfctn, or one MT940 message) with its entries and issues."""

    file: str
    format: str
    statement_id: str | None
    account_iban: str | None
    currency: str
    opening_balance: Money | None
    closing_balance: Money | None
    created_at: datetime | None
    entries: tuple[StatementEntry, ...] = ()
    issues: tuple[ImportIssue, ...] = field(default=())

    @property
    def errors(self) -> tuple[ImportIssue, ...]:
        return tuple(i for i in self.issues if i.severity == "error")

    @property
    def warnings(self) -> tuple[ImportIssue, ...]:
        return tuple(i for i in self.issues if i.severity == "warning")


# Placeholders banks write where a reference is absent.
_NO_REF = {"", "NONREF", "NOTPROVIDED", "NOT PROVIDED", "NONE", "NOREF"}


def clean_ref(text: str | None) -> str | None:
    """A bank/end-to-end reference, or None for empty and placeholder values ('NONREF', 'NOTPROVIDED')."""
    if text is None:
        return None
    value = text.strip()
    return None if value.upper() in _NO_REF else value


def pick_rf(structured: str | None, text: str) -> tuple[str | None, str | None]:
    """The RF of an entry: the structured reference first, then the first valid RF in `text`.

    Returns (rf, problem): problem is 'invalid_rf' when a structured RF failed its check digits (the text
    is still searched), 'several_rf' when the text holds more than one distinct valid RF; then rf is None,
    since one payment naming two invoices needs a person to split it.
    """
    problem = None
    if structured:
        norm = rf_normalize(structured)
        if rf_is_valid(norm):
            return norm, None
        if norm.startswith("RF"):
            problem = "invalid_rf"
    found = rf_find(text) if text else []
    if len(found) > 1:
        return None, "several_rf"
    return (found[0] if found else None), problem


class ExternalIds:
    """Stable external ids for entries of one file.

    The bank reference when there is one (plus '#n' for the n-th detail of a batch entry); otherwise a
    sha256 of what the entry says plus a counter of identical entries earlier in the same file, so two
    identical transfers on one day stay two payments and re-importing the file gives the same ids.
    """

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def make(self, *, bank_ref: str | None, account: str | None, booking_date: date | None,
             amount: Money, direction: str, remittance: str, payer: str | None,
             detail: int | None = None) -> str:
        if bank_ref:
            return bank_ref if detail is None else f"{bank_ref}#{detail}"
        key = "\x1f".join([
            account or "", booking_date.isoformat() if booking_date else "", str(amount.amount),
            amount.currency, direction, " ".join(remittance.split()), payer or "",
        ])
        count = self._seen.get(key, 0)
        self._seen[key] = count + 1
        digest = hashlib.sha256(f"{key}\x1f{count}".encode()).hexdigest()
        return f"sha256:{digest}"


def balance_issue(file: str, opening: Money | None, closing: Money | None,
                  entries: list[StatementEntry]) -> ImportIssue | None:
    """A warning when opening + booked credits - booked debits != closing (both balances known)."""
    if opening is None:
        return None
    net = Decimal(0)
    for e in entries:
        if e.status == "booked" and e.amount.currency == opening.currency:
            net = net + e.amount.amount if e.direction == "credit" else net - e.amount.amount
    return balance_issue_of_net(file, opening, closing, net)


def balance_issue_of_net(file: str, opening: Money | None, closing: Money | None,
                         net: Decimal) -> ImportIssue | None:
    """`balance_issue` from the booked entries' net amount in the opening balance's currency."""
    if opening is None or closing is None or opening.currency != closing.currency:
        return None
    running = Money(opening.amount + net, opening.currency)
    if running == closing:
        return None
    return ImportIssue("warning", "balance_mismatch", file, None, "closing_balance",
                       f"computed={running.amount} stated={closing.amount}")

"""Where an incoming payment goes, and why (PRODUCT.md section 3).

`match_payment` is a pure function: it reads through a `MatchContext` (storage
implements it) and returns a `MatchResult` saying which invoices get how much,
how much becomes client credit, and a reason code. Rules, first hit wins:

  1. an RF reference (structured field, or in the text in any spacing/case):
     an invoice's RF -> that invoice up to its balance, the rest client credit
     ("rf_invoice"); a client's open-amount RF -> that client's open invoices,
     oldest due first, the rest credit ("rf_client");
  2. a client number with a right check digit in `account` -> oldest due
     first, the rest credit ("client_number");
  3. an invoice number in the text -> that invoice, the rest credit to its
     client ("invoice_number");
  4. otherwise "unmatched": nothing allocated, ranked suggestions with reasons.

For every matched payment: sum(allocations) + credit == amount, each allocation
is positive and within its invoice's balance. A mistyped RF or client number
fails its check digits and matches nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final, Protocol

from usu_desktop.domain.client_numbers import client_number_is_valid, client_number_normalize
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money, total
from usu_desktop.domain.references import rf_find_all, rf_is_valid, rf_normalize

# Reason codes (stable; the UI translates them).
RF_INVOICE: Final = "rf_invoice"
RF_CLIENT: Final = "rf_client"
CLIENT_NUMBER: Final = "client_number"
INVOICE_NUMBER: Final = "invoice_number"
UNMATCHED: Final = "unmatched"

# Suggestion reason codes.
AMOUNT_EQUALS_BALANCE: Final = "amount_equals_balance"
AMOUNT_EQUALS_CLIENT_TOTAL: Final = "amount_equals_client_total"
NAME_MATCH: Final = "name_match"
NAME_SIMILAR: Final = "name_similar"
DATE_NEAR: Final = "date_near"
CLIENT_NUMBER_IN_TEXT: Final = "client_number_in_text"

# Invoice numbers as the invoicing service prints them: "<series>-<year>-<seq>",
# e.g. "INV-2026-000123" (series: up to 10 letters/digits), or "2026/15";
# override per clinic through `invoice_number_pattern`.
DEFAULT_INVOICE_NUMBER_PATTERN: Final = (
    r"(?<![0-9A-Za-z/-])(?:[A-Za-z0-9]{1,10}[-/])?\d{4}[-/]\d{1,8}(?![0-9A-Za-z/-])"
)

SUGGESTION_LIMIT: Final = 5


class MatchError(DomainError):
    """A payment the engine cannot look at (e.g. not a positive amount)."""


@dataclass(frozen=True)
class OpenInvoice:
    """An issued invoice as matching sees it; `balance` is what is still owed (may be 0)."""

    invoice_id: int
    client_id: int
    number: str
    rf: str | None
    issue_date: date
    due_date: date
    balance: Money


@dataclass(frozen=True)
class ClientInfo:
    client_id: int
    client_number: str
    name: str
    open_rf: str | None


@dataclass(frozen=True)
class IncomingPayment:
    """Money that arrived. `account` is what was typed at a terminal (a client number)."""

    amount: Money
    paid_on: date
    rf: str | None = None
    account: str | None = None
    text: str = ""
    payer_name: str | None = None


class MatchContext(Protocol):
    """Look-ups that matching needs; storage implements them. RFs come in compact form."""

    def invoice_by_rf(self, rf: str) -> OpenInvoice | None:
        """The invoice with this RF, paid ones too (balance 0): the money goes to its client's credit."""
        ...

    def client_by_rf(self, rf: str) -> ClientInfo | None:
        """The client whose open-amount RF this is."""
        ...

    def client_by_number(self, number: str) -> ClientInfo | None: ...

    def open_invoices(self, client_id: int) -> Sequence[OpenInvoice]:
        """The client's issued invoices with balance > 0."""
        ...

    def invoice_by_number(self, number: str) -> OpenInvoice | None: ...

    def suggestion_candidates(
        self, payment: IncomingPayment, limit: int
    ) -> Sequence[tuple[ClientInfo, Sequence[OpenInvoice]]]:
        """Clients worth suggesting for an unmatched payment, each with their open invoices."""
        ...


@dataclass(frozen=True)
class Allocation:
    invoice_id: int
    amount: Money
    reason: str


@dataclass(frozen=True)
class Suggestion:
    """A guess for the unmatched queue; `reasons` say what made it score."""

    client_id: int
    invoice_id: int | None
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class MatchResult:
    reason: str
    client_id: int | None
    allocations: tuple[Allocation, ...]
    credit: Money
    suggestions: tuple[Suggestion, ...] = ()

    @property
    def matched(self) -> bool:
        return self.client_id is not None

    @property
    def allocated(self) -> Money:
        """Sum of the allocations, in the credit's currency."""
        return total((a.amount for a in self.allocations), self.credit.currency)


def due_order(invoice: OpenInvoice) -> tuple[date, date, int]:
    """Oldest due first; ties by issue date, then by id, so the order is always the same."""
    return (invoice.due_date, invoice.issue_date, invoice.invoice_id)


def allocate_oldest_first(
    amount: Money, invoices: Sequence[OpenInvoice], reason: str
) -> tuple[tuple[Allocation, ...], Money]:
    """Spread `amount` over `invoices` oldest due first; returns (allocations, remainder)."""
    if amount.is_negative():
        raise MatchError("match_bad_amount", amount=str(amount))
    left = amount
    out: list[Allocation] = []
    for inv in sorted(invoices, key=due_order):
        if left.is_zero():
            break
        if not inv.balance.is_positive():
            continue
        part = left.min(inv.balance)
        out.append(Allocation(inv.invoice_id, part, reason))
        left = left - part
    return tuple(out), left


def _to_invoice(payment: IncomingPayment, inv: OpenInvoice, reason: str) -> MatchResult:
    allocs, credit = allocate_oldest_first(payment.amount, [inv], reason)
    return MatchResult(reason, inv.client_id, allocs, credit)


def _to_client(payment: IncomingPayment, ctx: MatchContext, client: ClientInfo, reason: str) -> MatchResult:
    cur = payment.amount.currency
    invoices = [inv for inv in ctx.open_invoices(client.client_id) if inv.balance.currency == cur]
    allocs, credit = allocate_oldest_first(payment.amount, invoices, reason)
    return MatchResult(reason, client.client_id, allocs, credit)


def _rf_candidates(payment: IncomingPayment) -> list[str]:
    refs: list[str] = []
    if payment.rf:
        if rf_is_valid(payment.rf):
            refs.append(rf_normalize(payment.rf))
        else:
            refs.extend(rf_find_all(payment.rf))
    for ref in rf_find_all(payment.text):
        if ref not in refs:
            refs.append(ref)
    return refs


def invoice_numbers_in(text: str, pattern: str = DEFAULT_INVOICE_NUMBER_PATTERN) -> list[str]:
    """Invoice-number-looking strings in `text`, upper-cased, in order, without repeats."""
    found: list[str] = []
    for m in re.finditer(pattern, text):
        number = m.group(0).upper()
        if number not in found:
            found.append(number)
    return found


def match_payment(
    payment: IncomingPayment,
    ctx: MatchContext,
    invoice_number_pattern: str = DEFAULT_INVOICE_NUMBER_PATTERN,
) -> MatchResult:
    """Decide where `payment` goes and why (see the module docstring for the rules)."""
    if not payment.amount.is_positive():
        raise MatchError("match_bad_amount", amount=str(payment.amount))
    cur = payment.amount.currency

    # 1. RF reference: an invoice's, else a client's open-amount code.
    for ref in _rf_candidates(payment):
        inv = ctx.invoice_by_rf(ref)
        if inv is not None and inv.balance.currency == cur:
            return _to_invoice(payment, inv, RF_INVOICE)
        client = ctx.client_by_rf(ref)
        if client is not None:
            return _to_client(payment, ctx, client, RF_CLIENT)

    # 2. Client number typed at a terminal; a wrong check digit matches nobody.
    if payment.account and client_number_is_valid(payment.account):
        client = ctx.client_by_number(client_number_normalize(payment.account))
        if client is not None:
            return _to_client(payment, ctx, client, CLIENT_NUMBER)

    # 3. An invoice number in the text.
    for number in invoice_numbers_in(payment.text, invoice_number_pattern):
        inv = ctx.invoice_by_number(number)
        if inv is not None and inv.balance.currency == cur:
            return _to_invoice(payment, inv, INVOICE_NUMBER)

    # 4. Unmatched: suggestions for a person to confirm.
    return MatchResult(UNMATCHED, None, (), Money.zero(cur), suggest(payment, ctx))


# --- suggestions for the unmatched queue ---------------------------------------

_ARABIC_TO_PERSIAN = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه"})


def name_tokens(name: str) -> tuple[str, ...]:
    """Comparable words of a name: no accents, case-folded, Persian letter variants unified."""
    text = unicodedata.normalize("NFKD", name.translate(_ARABIC_TO_PERSIAN))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return tuple(w for w in re.split(r"[^\w]+|_", text) if w)


def name_score(payer: str, client: str) -> int:
    """0..100: how much of the payer's name is in the client's name.

    A word matches a word, or an initial ("Ivanov I.") the first letter of a word.
    """
    p, c = name_tokens(payer), name_tokens(client)
    if not p or not c:
        return 0
    remaining = list(c)
    hits = 0
    for word in sorted(p, key=len, reverse=True):  # full words claim their match before initials
        for i, other in enumerate(remaining):
            if word == other or (len(word) == 1 and other.startswith(word)) or (
                len(other) == 1 and word.startswith(other)
            ):
                hits += 1
                del remaining[i]
                break
    return round(100 * hits / max(len(p), len(c)))


def _date_points(paid_on: date, inv: OpenInvoice) -> int:
    """Up to 20 points for a payment made around the invoice's issue-to-due window."""
    if inv.issue_date <= paid_on <= inv.due_date:
        return 20
    gap = (inv.issue_date - paid_on).days if paid_on < inv.issue_date else (paid_on - inv.due_date).days
    return max(0, 20 - gap // 3)


def _client_numbers_in(text: str) -> list[str]:
    return [m for m in re.findall(r"(?<!\d)\d{6,12}(?!\d)", text) if client_number_is_valid(m)]


def suggest(
    payment: IncomingPayment, ctx: MatchContext, limit: int = SUGGESTION_LIMIT
) -> tuple[Suggestion, ...]:
    """Ranked guesses for an unmatched payment: best score first, each with its reasons."""
    cur = payment.amount.currency
    candidates: list[tuple[ClientInfo, Sequence[OpenInvoice]]] = list(
        ctx.suggestion_candidates(payment, limit * 4)
    )
    known = {c.client_id for c, _ in candidates}
    for number in _client_numbers_in(payment.text):
        client = ctx.client_by_number(number)
        if client is not None and client.client_id not in known:
            candidates.append((client, ctx.open_invoices(client.client_id)))
            known.add(client.client_id)

    in_text = {client_number_normalize(n) for n in _client_numbers_in(payment.text)}
    found: dict[tuple[int, int | None], Suggestion] = {}

    def offer(client_id: int, invoice_id: int | None, score: int, reasons: list[str]) -> None:
        key = (client_id, invoice_id)
        if score > 0 and (key not in found or found[key].score < score):
            found[key] = Suggestion(client_id, invoice_id, score, tuple(reasons))

    for client, invoices in candidates:
        base = 0
        base_reasons: list[str] = []
        if client.client_number in in_text:
            base += 60
            base_reasons.append(CLIENT_NUMBER_IN_TEXT)
        if payment.payer_name:
            ns = name_score(payment.payer_name, client.name)
            if ns >= 100:
                base += 30
                base_reasons.append(NAME_MATCH)
            elif ns >= 50:
                base += 15
                base_reasons.append(NAME_SIMILAR)
        same_cur = [inv for inv in invoices if inv.balance.currency == cur and inv.balance.is_positive()]
        open_total = total((inv.balance for inv in same_cur), cur)
        client_score, client_reasons = base, list(base_reasons)
        if len(same_cur) > 1 and open_total == payment.amount:
            client_score += 40
            client_reasons.append(AMOUNT_EQUALS_CLIENT_TOTAL)
        if client_reasons:
            offer(client.client_id, None, client_score, client_reasons)
        for inv in same_cur:
            score, reasons = base, list(base_reasons)
            if inv.balance == payment.amount:
                score += 50
                reasons.append(AMOUNT_EQUALS_BALANCE)
            date_pts = _date_points(payment.paid_on, inv)
            if reasons and date_pts:
                # Dates alone say little; they only rank guesses that have another reason.
                score += date_pts
                reasons.append(DATE_NEAR)
            if reasons:
                offer(client.client_id, inv.invoice_id, score, reasons)

    ranked = sorted(found.values(), key=lambda s: (-s.score, s.client_id, s.invoice_id or 0))
    return tuple(ranked[:limit])

"""Invoice arithmetic and states, without storage.

Totals follow Tryton: each line's net is rounded to the currency, tax is worked
out per VAT rate on that rate's untaxed sum and rounded once per rate, and the
untaxed and tax totals are added last. So `total = lines - discounts + tax`
always holds to the minor unit.

States are one table (`TRANSITIONS`) of (from, action, to) rows. "Overdue" is
not a state: it follows from the due date (`is_overdue`). A credit note carries
the same lines as the invoice it cancels, with every total negated; a partial
credit note carries the lines (or quantities) it credits, or an amount, and the
invoice then owes `total - credited` (`credit_action` names the table's row).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Final

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money, MoneyError, total


class InvoiceError(DomainError):
    """A refused invoice line or state change; `code` says which."""


# --- lines and totals ---------------------------------------------------------

def _decimal(value: object, code: str) -> Decimal:
    """A quantity or rate from Decimal, int or text; floats and junk raise InvoiceError(code)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str):
        try:
            return Decimal(value.strip())
        except ArithmeticError:
            pass
    raise InvoiceError(code, value=repr(value))


@dataclass(frozen=True)
class InvoiceLine:
    """One service on an invoice. `discount` is an absolute amount off this line."""

    description: str
    quantity: Decimal
    unit_price: Money
    discount: Money
    vat_rate: Decimal

    def __post_init__(self) -> None:
        if not isinstance(self.description, str) or not self.description.strip():
            raise InvoiceError("line_bad_description", description=self.description)
        quantity: object = self.quantity
        if isinstance(quantity, int) and not isinstance(quantity, bool):
            object.__setattr__(self, "quantity", Decimal(quantity))
        elif not isinstance(quantity, Decimal) or not quantity.is_finite():
            raise InvoiceError("line_bad_quantity", quantity=repr(quantity))
        if self.quantity <= 0:
            raise InvoiceError("line_bad_quantity", quantity=str(self.quantity))
        if self.unit_price.is_negative():
            raise InvoiceError("line_bad_price", unit_price=str(self.unit_price))
        if self.discount.currency != self.unit_price.currency:
            raise MoneyError("currency_mismatch", left=self.unit_price.currency,
                             right=self.discount.currency)
        if self.discount.is_negative() or self.discount > self.gross:
            raise InvoiceError("line_bad_discount", discount=str(self.discount), gross=str(self.gross))
        rate: object = self.vat_rate
        if not isinstance(rate, Decimal) or not rate.is_finite() or not 0 <= rate <= 1:
            raise InvoiceError("line_bad_vat", vat_rate=str(rate))

    @classmethod
    def of(cls, description: str, quantity: Decimal | int | str, unit_price: Money,
           vat_rate: Decimal | str = "0", discount: Money | None = None) -> InvoiceLine:
        """Convenience constructor: no discount unless given, quantity/rate as text allowed."""
        return cls(description, _decimal(quantity, "line_bad_quantity"), unit_price,
                   discount if discount is not None else Money.zero(unit_price.currency),
                   _decimal(vat_rate, "line_bad_vat"))

    @property
    def currency(self) -> str:
        return self.unit_price.currency

    @property
    def gross(self) -> Money:
        """Quantity times unit price, rounded half-up to the currency (before discount)."""
        return self.unit_price.times(self.quantity)

    @property
    def net(self) -> Money:
        """What this line adds to the untaxed total."""
        return self.gross - self.discount


@dataclass(frozen=True)
class InvoiceTotals:
    """The figures printed at the foot of an invoice.

    `vat_breakdown` maps each VAT rate to (base, tax), rates in ascending order.
    """

    currency: str
    lines_total: Money
    discount_total: Money
    untaxed: Money
    tax: Money
    total: Money
    vat_breakdown: Mapping[Decimal, tuple[Money, Money]] = field(default_factory=dict)

    def negated(self) -> InvoiceTotals:
        """The same figures with the opposite sign: the totals of a credit note."""
        return InvoiceTotals(
            currency=self.currency,
            lines_total=-self.lines_total,
            discount_total=-self.discount_total,
            untaxed=-self.untaxed,
            tax=-self.tax,
            total=-self.total,
            vat_breakdown={rate: (-base, -tax) for rate, (base, tax) in self.vat_breakdown.items()},
        )


def compute_totals(lines: Iterable[InvoiceLine], currency: str) -> InvoiceTotals:
    """Totals of `lines` in `currency`; a line in another currency raises MoneyError."""
    items = list(lines)
    for line in items:
        if line.currency != currency:
            raise MoneyError("currency_mismatch", left=currency, right=line.currency)
    bases: dict[Decimal, Money] = {}
    for line in items:
        rate = line.vat_rate.normalize()
        bases[rate] = bases.get(rate, Money.zero(currency)) + line.net
    breakdown = {rate: (bases[rate], bases[rate].times(rate)) for rate in sorted(bases)}
    untaxed = total((line.net for line in items), currency)
    tax = total((t for _base, t in breakdown.values()), currency)
    return InvoiceTotals(
        currency=currency,
        lines_total=total((line.gross for line in items), currency),
        discount_total=total((line.discount for line in items), currency),
        untaxed=untaxed,
        tax=tax,
        total=untaxed + tax,
        vat_breakdown=breakdown,
    )


def credit_note_totals(lines: Iterable[InvoiceLine], currency: str) -> InvoiceTotals:
    """Totals of the credit note that cancels an invoice with `lines`: all negated."""
    return compute_totals(lines, currency).negated()


def balance(total_: Money, paid: Money) -> Money:
    """What is still owed; never negative (over-payments are client credit, not here)."""
    if paid.is_negative():
        raise InvoiceError("invoice_bad_paid", paid=str(paid))
    return (total_ - paid).max(Money.zero(total_.currency))


# --- states -------------------------------------------------------------------

class InvoiceState(StrEnum):
    """Stored as these strings; "overdue" is derived, never stored."""

    DRAFT = "draft"
    ISSUED = "issued"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    CANCELLED = "cancelled"


ISSUE: Final = "issue"
PAY_PART: Final = "pay_part"          # a payment leaves something still owed
PAY_FULL: Final = "pay_full"          # a payment settles the invoice
UNDO_PAYMENT: Final = "undo_payment"  # undoing allocations leaves nothing paid
UNDO_PART: Final = "undo_part"        # undoing allocations leaves part of it paid
CANCEL: Final = "cancel"              # a draft is dropped; an issued invoice gets a credit note
CREDIT_PART: Final = "credit_part"    # a credit note for part of it; something is still owed
CREDIT_SETTLE: Final = "credit_settle"  # a credit note for part of it; what was paid now covers the rest

ACTIONS: Final = (ISSUE, PAY_PART, PAY_FULL, UNDO_PAYMENT, UNDO_PART, CANCEL, CREDIT_PART, CREDIT_SETTLE)

_S = InvoiceState
TRANSITIONS: Final[tuple[tuple[InvoiceState, str, InvoiceState], ...]] = (
    # from            action         to
    (_S.DRAFT,        ISSUE,         _S.ISSUED),
    (_S.DRAFT,        CANCEL,        _S.CANCELLED),
    (_S.ISSUED,       PAY_PART,      _S.PARTLY_PAID),
    (_S.ISSUED,       PAY_FULL,      _S.PAID),
    (_S.ISSUED,       CANCEL,        _S.CANCELLED),
    (_S.ISSUED,       CREDIT_PART,   _S.ISSUED),
    (_S.PARTLY_PAID,  PAY_PART,      _S.PARTLY_PAID),
    (_S.PARTLY_PAID,  PAY_FULL,      _S.PAID),
    (_S.PARTLY_PAID,  UNDO_PAYMENT,  _S.ISSUED),
    (_S.PARTLY_PAID,  UNDO_PART,     _S.PARTLY_PAID),
    (_S.PARTLY_PAID,  CANCEL,        _S.CANCELLED),
    (_S.PARTLY_PAID,  CREDIT_PART,   _S.PARTLY_PAID),
    (_S.PARTLY_PAID,  CREDIT_SETTLE, _S.PAID),
    (_S.PAID,         UNDO_PAYMENT,  _S.ISSUED),
    (_S.PAID,         UNDO_PART,     _S.PARTLY_PAID),
    (_S.PAID,         CREDIT_SETTLE, _S.PAID),  # what was paid above the rest became client credit
)

_NEXT: Final[dict[tuple[InvoiceState, str], InvoiceState]] = {
    (src, action): dst for src, action, dst in TRANSITIONS
}
if len(_NEXT) != len(TRANSITIONS):  # pragma: no cover - guards edits of the table
    raise AssertionError("TRANSITIONS has two rows for one (state, action)")


def allowed_actions(state: InvoiceState) -> tuple[str, ...]:
    """The actions the table allows from `state`, in table order."""
    return tuple(action for src, action, _dst in TRANSITIONS if src == state)


def next_state(state: InvoiceState, action: str) -> InvoiceState:
    """The state after `action`, or InvoiceError("invoice_bad_transition")."""
    try:
        return _NEXT[(InvoiceState(state), action)]
    except (KeyError, ValueError):
        raise InvoiceError("invoice_bad_transition", state=str(state), action=action) from None


def state_for(total_: Money, paid: Money, cancelled: bool, issued: bool) -> InvoiceState:
    """The state the numbers say an invoice is in.

    Nothing paid -> ISSUED, part -> PARTLY_PAID, all -> PAID. An issued invoice
    with a zero total owes nothing, so it counts as PAID.
    """
    if paid.is_negative():
        raise InvoiceError("invoice_bad_paid", paid=str(paid))
    if cancelled:
        return InvoiceState.CANCELLED
    if not issued:
        return InvoiceState.DRAFT
    if paid >= total_:
        return InvoiceState.PAID
    if paid.is_zero():
        return InvoiceState.ISSUED
    return InvoiceState.PARTLY_PAID


def payment_action(total_: Money, paid_before: Money, paid_after: Money) -> str:
    """The table action that a change of the paid amount stands for."""
    if paid_after.is_negative() or paid_before.is_negative():
        raise InvoiceError("invoice_bad_paid", paid=str(min(paid_before, paid_after)))
    if paid_after >= paid_before:
        return PAY_FULL if paid_after >= total_ else PAY_PART
    return UNDO_PAYMENT if paid_after.is_zero() else UNDO_PART


def after_payment_change(state: InvoiceState, total_: Money, paid_before: Money,
                         paid_after: Money) -> InvoiceState:
    """The new state once the paid amount moves, checked against the table.

    Raises InvoiceError: "invoice_bad_transition" for paying a draft, a cancelled
    invoice or one already paid in full; "invoice_overpaid" if more than the total
    would be allocated (the excess belongs in client credit).
    """
    if paid_after > total_:
        raise InvoiceError("invoice_overpaid", total=str(total_), paid=str(paid_after))
    if state in (InvoiceState.DRAFT, InvoiceState.CANCELLED):
        raise InvoiceError("invoice_bad_transition", state=str(state),
                           action=payment_action(total_, paid_before, paid_after))
    target = state_for(total_, paid_after, cancelled=False, issued=True)
    if target == state:
        return state
    return next_state(state, payment_action(total_, paid_before, paid_after))


def credit_action(total_: Money, credited: Money, paid: Money) -> str:
    """The table action a credit note stands for, once `credited` of `total_` is credited and what
    was paid above the rest has become client credit (`paid` <= total - credited)."""
    rest = total_ - credited
    if credited.is_negative() or rest.is_negative() or paid.is_negative() or paid > rest:
        raise InvoiceError("invoice_bad_paid", paid=str(paid), credited=str(credited))
    if rest.is_zero():
        return CANCEL
    return CREDIT_SETTLE if paid >= rest else CREDIT_PART


def is_overdue(state: InvoiceState, due_date: date, today: date) -> bool:
    """Owed money past its due date. Only issued or partly paid invoices can be overdue."""
    return state in (InvoiceState.ISSUED, InvoiceState.PARTLY_PAID) and today > due_date


def days_overdue(state: InvoiceState, due_date: date, today: date) -> int:
    """Whole days past the due date, 0 if not overdue."""
    return (today - due_date).days if is_overdue(state, due_date, today) else 0

"""Money as an exact value type: an amount in a currency, never a float.

Amounts are `Decimal`s quantized to the currency's exponent (EUR 2, ISK 0, ...).
Storage keeps integer minor units (`Money.minor`); code passes `Money` around.
The constructor is strict (too many decimals raise); computed values go through
`Money.rounded`, which rounds half-up to the currency's quantum on purpose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import total_ordering
from typing import Final

from usu_desktop.domain.errors import DomainError

# ISO 4217 minor-unit exponents for the currencies a clinic is likely to use.
# IRR is kept at 0: Iranian prices are never written with decimals in practice.
CURRENCY_EXPONENTS: Final[dict[str, int]] = {
    "AED": 2, "AMD": 2, "AZN": 2, "BGN": 2, "BHD": 3, "BYN": 2, "CAD": 2, "CHF": 2,
    "CNY": 2, "CZK": 2, "DKK": 2, "EUR": 2, "GBP": 2, "GEL": 2, "HUF": 2, "IRR": 0,
    "ISK": 0, "JOD": 3, "JPY": 0, "KGS": 2, "KRW": 0, "KWD": 3, "KZT": 2, "MDL": 2,
    "NOK": 2, "OMR": 3, "PLN": 2, "RON": 2, "RSD": 2, "RUB": 2, "SEK": 2, "TJS": 2,
    "TMT": 2, "TND": 3, "TRY": 2, "UAH": 2, "USD": 2, "UZS": 2,
}

_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+)(\.\d+)?$")


class MoneyError(DomainError):
    """A bad amount or currency; `code` says which, `params` say where."""


def currency_exponent(currency: str) -> int:
    """The number of minor-unit digits of `currency`, or MoneyError if unknown."""
    try:
        return CURRENCY_EXPONENTS[currency]
    except KeyError:
        raise MoneyError("unknown_currency", currency=currency) from None


def _quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-currency_exponent(currency))


def _to_decimal(value: object) -> Decimal:
    if isinstance(value, (bool, float)):
        raise MoneyError("float_amount", value=repr(value))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise MoneyError("invalid_amount", value=str(value))
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        text = value.strip()
        if not _PLAIN_NUMBER.match(text):
            raise MoneyError("invalid_amount", value=value)
        return Decimal(text)
    raise MoneyError("invalid_amount", value=repr(value))


@total_ordering
class Money:
    """An immutable amount of one currency, exact to the currency's minor unit."""

    __slots__ = ("_amount", "_currency")
    _amount: Decimal
    _currency: str

    def __init__(self, amount: Decimal | int | str, currency: str) -> None:
        quantum = _quantum(currency)
        value = _to_decimal(amount)
        exact = value.quantize(quantum)
        if exact != value:
            raise MoneyError("too_many_decimals", value=str(amount), currency=currency,
                             digits=currency_exponent(currency))
        object.__setattr__(self, "_amount", exact + 0)  # +0 turns -0 into 0
        object.__setattr__(self, "_currency", currency)

    # --- construction -------------------------------------------------------
    @classmethod
    def rounded(cls, amount: Decimal | int | str, currency: str) -> Money:
        """Round a computed amount half-up to the currency's quantum."""
        value = _to_decimal(amount)
        return cls(value.quantize(_quantum(currency), rounding=ROUND_HALF_UP), currency)

    @classmethod
    def from_minor(cls, minor: int, currency: str) -> Money:
        """Build from integer minor units, as stored in the database."""
        if isinstance(minor, bool) or not isinstance(minor, int):
            raise MoneyError("invalid_amount", value=repr(minor))
        return cls(Decimal(minor).scaleb(-currency_exponent(currency)), currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @classmethod
    def parse(cls, text: str, currency: str, locale: str = "en") -> Money:
        """Parse what a user typed ("1 234,50" in ru, "1,234.50 €" in en), strictly.

        The currency's code or symbol may stand at either end, so formatted
        amounts read back; too many decimals raise, they are never rounded away.
        """
        from usu_desktop.domain.money_format import parse_amount

        currency_exponent(currency)  # unknown currency: refuse before reading the text
        return cls(parse_amount(text, locale, currency), currency)

    # --- accessors ----------------------------------------------------------
    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Money is immutable")

    @property
    def amount(self) -> Decimal:
        return self._amount

    @property
    def currency(self) -> str:
        return self._currency

    @property
    def minor(self) -> int:
        """Integer minor units, the form kept in storage."""
        return int(self._amount.scaleb(currency_exponent(self._currency)))

    def is_zero(self) -> bool:
        return self._amount == 0

    def is_positive(self) -> bool:
        return self._amount > 0

    def is_negative(self) -> bool:
        return self._amount < 0

    # --- arithmetic ---------------------------------------------------------
    def _same(self, other: object) -> Money:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other._currency != self._currency:
            raise MoneyError("currency_mismatch", left=self._currency, right=other._currency)
        return other

    def __add__(self, other: Money) -> Money:
        return Money(self._amount + self._same(other)._amount, self._currency)

    def __sub__(self, other: Money) -> Money:
        return Money(self._amount - self._same(other)._amount, self._currency)

    def __neg__(self) -> Money:
        return Money(-self._amount, self._currency)

    def __abs__(self) -> Money:
        return Money(abs(self._amount), self._currency)

    def __mul__(self, factor: int) -> Money:
        if isinstance(factor, bool) or not isinstance(factor, int):
            raise TypeError("multiply Money by an int; use .times() for decimals")
        return Money(self._amount * factor, self._currency)

    __rmul__ = __mul__

    def times(self, factor: Decimal | int | str) -> Money:
        """Multiply by a quantity or rate and round half-up to the currency."""
        return Money.rounded(self._amount * _to_decimal(factor), self._currency)

    def min(self, other: Money) -> Money:
        return self if self <= other else other

    def max(self, other: Money) -> Money:
        return self if self >= other else other

    def allocate(self, weights: Sequence[int | Decimal]) -> list[Money]:
        """Split over parts in proportion to `weights`; the parts always add up exactly.

        Largest-remainder method on minor units: each part gets its floor share,
        the leftover units go one by one to the parts with the largest remainders
        (earlier parts first on ties). Negative amounts split symmetrically.
        """
        if not weights:
            raise MoneyError("allocate_no_parts")
        ws = [_to_decimal(w) for w in weights]
        if any(w < 0 for w in ws) or sum(ws) == 0:
            raise MoneyError("allocate_bad_weights")
        total = sum(ws)
        sign = -1 if self._amount < 0 else 1
        units = abs(self.minor)
        shares = [Decimal(units) * w / total for w in ws]
        floors = [int(s) for s in shares]
        left = units - sum(floors)
        order = sorted(range(len(ws)), key=lambda i: (-(shares[i] - floors[i]), i))
        for i in order[:left]:
            floors[i] += 1
        return [Money.from_minor(sign * f, self._currency) for f in floors]

    # --- comparison and display ---------------------------------------------
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return self._currency == other._currency and self._amount == other._amount

    def __lt__(self, other: Money) -> bool:
        return self._amount < self._same(other)._amount

    def __hash__(self) -> int:
        return hash((self._amount, self._currency))

    def __bool__(self) -> bool:
        return self._amount != 0

    def __repr__(self) -> str:
        return f"Money('{self._amount}', '{self._currency}')"

    def __str__(self) -> str:
        return f"{self._amount} {self._currency}"

    def format(self, locale: str = "en", with_currency: bool = True) -> str:
        """Format for display in `locale` (Babel CLDR data)."""
        from usu_desktop.domain.money_format import format_money

        return format_money(self, locale, with_currency)

    def __reduce__(self) -> tuple[type[Money], tuple[str, str]]:
        return (Money, (str(self._amount), self._currency))


def total(items: Iterable[Money], currency: str) -> Money:
    """Sum `items` (possibly none) in `currency`."""
    result = Money.zero(currency)
    for item in items:
        result = result + item
    return result


def decimal_from_text(text: str) -> Decimal:
    """A plain '123.45' string to Decimal, or MoneyError (used by file importers)."""
    try:
        return _to_decimal(text)
    except InvalidOperation:  # pragma: no cover - regex already guards
        raise MoneyError("invalid_amount", value=text) from None

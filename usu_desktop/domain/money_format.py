"""Locale-aware parsing and formatting of amounts (Babel's CLDR data, no Qt)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from babel import Locale
from babel.numbers import (
    NumberFormatError,
    format_currency,
    format_decimal,
    get_decimal_symbol,
    get_group_symbol,
    parse_decimal,
)

from usu_desktop.domain.errors import DomainError

if TYPE_CHECKING:
    from usu_desktop.domain.money import Money

# Spaces that people and locales use as thousands separators.
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬", "01234567890123456789.,")


def parse_amount(text: str, locale: str = "en") -> Decimal:
    """Parse a typed amount strictly: '12,3,4', '1e5', 'NaN' or '' raise MoneyError."""
    from usu_desktop.domain.money import MoneyError

    raw = text
    text = text.strip().translate(_PERSIAN_DIGITS)
    if not text or re.search(r"[eE]|nan|inf", text, re.IGNORECASE):
        raise MoneyError("invalid_amount", value=raw)
    decimal_sym = get_decimal_symbol(locale)
    group_sym = get_group_symbol(locale)
    text = _SPACES.sub("", text)
    if not re.fullmatch(r"[+-]?[0-9.,٫٬]+", text):
        raise MoneyError("invalid_amount", value=raw)
    if text.count(decimal_sym) > 1:
        raise MoneyError("invalid_amount", value=raw)
    if decimal_sym not in text and "." in text and group_sym != ".":
        # A lone '.' typed in a ',' locale: accept it as the decimal point.
        if text.count(".") == 1 and "," not in text:
            text = text.replace(".", decimal_sym)
    try:
        value = parse_decimal(text, locale=locale, strict=True)
    except NumberFormatError:
        raise MoneyError("invalid_amount", value=raw) from None
    if not value.is_finite():
        raise MoneyError("invalid_amount", value=raw)
    return value


def format_money(money: Money, locale: str = "en", with_currency: bool = True) -> str:
    """Format with the currency's own number of decimals, as CLDR says for `locale`."""
    from usu_desktop.domain.money import currency_exponent

    digits = currency_exponent(money.currency)
    if with_currency:
        # The locale's currency pattern, with the currency's own number of decimals.
        pattern = Locale.parse(locale).currency_formats["standard"].pattern
        fraction = "." + "0" * digits if digits else ""
        pattern = re.sub(r"0(\.0+)?(?![0#])", "0" + fraction, pattern)
        return format_currency(money.amount, money.currency, format=pattern, locale=locale,
                               currency_digits=False)
    fmt = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(money.amount, format=fmt, locale=locale, decimal_quantization=True)


__all__ = ["DomainError", "format_money", "parse_amount"]

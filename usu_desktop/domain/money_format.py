"""Locale-aware parsing and formatting of amounts (Babel's CLDR data, no Qt).

Locales whose CLDR default numbering system has its own digits (Persian "fa":
arabext, ۰۱۲۳۴۵۶۷۸۹ with ٫ and ٬) are formatted in those digits; Babel gives
the symbols, the digits are swapped here. `parse_amount` reads them back, along
with the bidi marks and the U+2212 minus sign that such output carries.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from babel import Locale
from babel.numbers import (
    NumberFormatError,
    format_currency,
    format_decimal,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
    parse_decimal,
)

from usu_desktop.domain.errors import DomainError

if TYPE_CHECKING:
    from usu_desktop.domain.money import Money

# Spaces that people and locales use as thousands separators.
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
# Invisible direction marks that RTL formatting puts around signs and symbols.
_BIDI_MARKS = re.compile(r"[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬−", "01234567890123456789.,-")
_NATIVE_DIGITS = {"arabext": "۰۱۲۳۴۵۶۷۸۹", "arab": "٠١٢٣٤٥٦٧٨٩"}
_ASCII_DIGITS = "0123456789"


@lru_cache(maxsize=64)
def _numbering(locale: str) -> tuple[str, dict[int, int] | None]:
    """The locale's default numbering system and, if it has native digits, the digit table."""
    system = str(Locale.parse(locale).default_numbering_system)
    digits = _NATIVE_DIGITS.get(system)
    if digits is None:
        return "latn", None
    return system, str.maketrans(_ASCII_DIGITS, digits)


def native_digits(text: str, locale: str) -> str:
    """`text` with ASCII digits written in the locale's own (Persian ۰۱۲…); others unchanged.
    Babel formats dates with ASCII digits even where it writes amounts in native ones."""
    table = _numbering(locale)[1]
    return text.translate(table) if table else text


def _strip_currency(text: str, currency: str, locale: str) -> str:
    """Drop the currency's code or symbol from either end (after an optional sign)."""
    symbols = {currency, get_currency_symbol(currency, locale), get_currency_symbol(currency, "en")}
    for sym in sorted(symbols, key=len, reverse=True):
        m = re.fullmatch(rf"([+\-−]?)\s*{re.escape(sym)}\s*(.*)", text, re.DOTALL)
        if m:
            return (m.group(1) + m.group(2)).strip()
        if text.endswith(sym):
            return text[: -len(sym)].strip()
    return text


def parse_amount(text: str, locale: str = "en", currency: str | None = None) -> Decimal:
    """Parse a typed amount strictly: '12,3,4', '1e5', 'NaN' or '' raise MoneyError.

    Persian/Arabic digits and separators are accepted in any locale. With
    `currency`, its code or symbol at either end is allowed ("1 234,50 €").
    """
    from usu_desktop.domain.money import MoneyError

    raw = text
    text = _BIDI_MARKS.sub("", text).strip()
    if currency is not None:
        text = _strip_currency(text, currency, locale)
    text = text.translate(_PERSIAN_DIGITS)
    if not text or re.search(r"[eE]|nan|inf", text, re.IGNORECASE):
        raise MoneyError("invalid_amount", value=raw)
    decimal_sym = get_decimal_symbol(locale)
    group_sym = get_group_symbol(locale)
    text = _SPACES.sub("", text)
    if not re.fullmatch(r"[+-]?[0-9.,]+", text):
        raise MoneyError("invalid_amount", value=raw)
    if text.count(decimal_sym) > 1:
        raise MoneyError("invalid_amount", value=raw)
    # A lone '.' typed in a ',' locale: accept it as the decimal point.
    if (decimal_sym not in text and group_sym != "." and text.count(".") == 1 and "," not in text):
        text = text.replace(".", decimal_sym)
    try:
        value = parse_decimal(text, locale=locale, strict=True)
    except NumberFormatError:
        raise MoneyError("invalid_amount", value=raw) from None
    if not value.is_finite():
        raise MoneyError("invalid_amount", value=raw)
    return value


def _space_out_code(text: str, symbol: str) -> str:
    """'ISK1,234' -> 'ISK 1,234': CLDR's currency spacing, which Babel skips."""
    if symbol[:1].isalpha():
        text = re.sub(rf"(?<=[0-9۰-۹٠-٩]){re.escape(symbol)}", "\u00a0" + symbol, text)
    if symbol[-1:].isalpha():
        text = re.sub(rf"{re.escape(symbol)}(?=[0-9۰-۹٠-٩])", symbol + "\u00a0", text)
    return text


def format_money(money: Money, locale: str = "en", with_currency: bool = True) -> str:
    """Format with the currency's own number of decimals, as CLDR says for `locale`."""
    from usu_desktop.domain.money import currency_exponent

    digits = currency_exponent(money.currency)
    system, native = _numbering(locale)
    if with_currency:
        # The locale's currency pattern, with the currency's own number of decimals.
        pattern = Locale.parse(locale).currency_formats["standard"].pattern
        fraction = "." + "0" * digits if digits else ""
        pattern = re.sub(r"0(\.0+)?(?![0#])", "0" + fraction, pattern)
        text = format_currency(money.amount, money.currency, format=pattern, locale=locale,
                               currency_digits=False, numbering_system=system)
        text = _space_out_code(text, get_currency_symbol(money.currency, locale))
    else:
        fmt = "#,##0" + ("." + "0" * digits if digits else "")
        text = format_decimal(money.amount, format=fmt, locale=locale, decimal_quantization=True,
                              numbering_system=system)
    return text.translate(native) if native else text


__all__ = ["DomainError", "format_money", "parse_amount"]

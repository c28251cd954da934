"""Money: exact arithmetic, allocation, strict construction, locale parse/format round trips."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from usu_desktop.domain.money import CURRENCY_EXPONENTS, Money, MoneyError, currency_exponent, total
from usu_desktop.domain.money_format import format_money, parse_amount

CURRENCIES = sorted(CURRENCY_EXPONENTS)
LOCALES = ["en", "ru", "el", "is", "az", "fa"]

currencies = st.sampled_from(CURRENCIES)
minors = st.integers(-(10**15), 10**15)


@st.composite
def money(draw: st.DrawFn, currency: str | None = None) -> Money:
    return Money.from_minor(draw(minors), currency or draw(currencies))


# --- exactness ------------------------------------------------------------------

@given(minors, currencies)
def test_from_minor_and_minor_round_trip(minor: int, currency: str) -> None:
    m = Money.from_minor(minor, currency)
    assert m.minor == minor
    assert Money(m.amount, currency) == m
    assert Money(str(m.amount), currency) == m
    assert pickle.loads(pickle.dumps(m)) == m


@given(currencies, minors, minors)
def test_add_and_subtract_are_exact(currency: str, a: int, b: int) -> None:
    x, y = Money.from_minor(a, currency), Money.from_minor(b, currency)
    assert (x + y).minor == a + b
    assert (x - y).minor == a - b
    assert (x + y) - y == x
    neg = -x
    assert neg.minor == -a and -neg == x and abs(x).minor == abs(a)
    assert (x * 3).minor == 3 * a and (3 * x) == x * 3
    assert total([x, y, -y], currency) == x


@given(money(), st.lists(st.integers(0, 1000), min_size=1, max_size=12))
def test_allocate_never_loses_or_gains_a_minor_unit(m: Money, weights: list[int]) -> None:
    assume(sum(weights) > 0)
    parts = m.allocate(weights)
    assert len(parts) == len(weights)
    assert sum(p.minor for p in parts) == m.minor
    assert all(p.currency == m.currency for p in parts)
    wsum = sum(weights)
    for p, w in zip(parts, weights, strict=True):
        exact = Decimal(m.minor) * w / wsum
        assert abs(Decimal(p.minor) - exact) < 1  # each part is its share rounded down or up
        if w == 0:
            assert p.is_zero()


def test_allocate_examples_and_refusals() -> None:
    assert Money("0.05", "EUR").allocate([1, 1]) == [Money("0.03", "EUR"), Money("0.02", "EUR")]
    assert Money("100", "ISK").allocate([1, 1, 1]) == [Money(34, "ISK"), Money(33, "ISK"), Money(33, "ISK")]
    assert Money("-0.05", "EUR").allocate([1, 1]) == [Money("-0.03", "EUR"), Money("-0.02", "EUR")]
    bad_weights = "allocate_bad_weights"
    refusals: list[tuple[list[int], str]] = [
        ([], "allocate_no_parts"), ([0, 0], bad_weights), ([1, -1], bad_weights)]
    for bad, code in refusals:
        with pytest.raises(MoneyError) as err:
            Money("1", "EUR").allocate(bad)
        assert err.value.code == code


def test_times_rounds_half_up_to_the_currency() -> None:
    assert Money("0.05", "EUR").times(Decimal("0.5")) == Money("0.03", "EUR")
    assert Money(5, "ISK").times("0.5") == Money(3, "ISK")
    assert Money("-0.05", "EUR").times(Decimal("0.5")) == Money("-0.03", "EUR")  # half away from zero
    assert Money("1.000", "BHD").times(Decimal("0.0005")) == Money("0.001", "BHD")


def test_rounded_and_exponents() -> None:
    assert Money.rounded(Decimal("2.345"), "EUR") == Money("2.35", "EUR")
    assert Money.rounded("2.5", "JPY") == Money(3, "JPY")
    assert currency_exponent("ISK") == 0 and currency_exponent("KWD") == 3 and currency_exponent("KZT") == 2


# --- strictness -------------------------------------------------------------------------

@given(st.floats(allow_nan=True, allow_infinity=True))
def test_floats_are_always_refused(x: float) -> None:
    junk: Any = x
    makers: list[Callable[[], object]] = [
        lambda: Money(junk, "EUR"), lambda: Money.rounded(junk, "EUR"),
        lambda: Money("1", "EUR").times(junk), lambda: Money.from_minor(junk, "EUR")]
    for make in makers:
        with pytest.raises(MoneyError) as err:
            make()
        assert err.value.code in ("float_amount", "invalid_amount")


def test_float_code_and_other_junk() -> None:
    with pytest.raises(MoneyError) as err:
        Money(0.1, "EUR")  # type: ignore[arg-type]
    assert err.value.code == "float_amount"
    for junk in (True, None, [1], Decimal("NaN"), Decimal("Infinity"), "1e5", "abc", "", "1.2.3"):
        with pytest.raises(MoneyError) as err:
            Money(junk, "EUR")  # type: ignore[arg-type]
        assert err.value.code in ("invalid_amount", "float_amount")


@given(money(), money())
def test_mixing_currencies_is_refused(a: Money, b: Money) -> None:
    assume(a.currency != b.currency)
    for op in (lambda: a + b, lambda: a - b, lambda: a < b, lambda: a.min(b)):
        with pytest.raises(MoneyError) as err:
            op()
        assert err.value.code == "currency_mismatch"
    assert a != b


def test_too_many_decimals_and_unknown_currency() -> None:
    for value, cur in (("1.234", "EUR"), ("1.5", "ISK"), ("0.0001", "BHD")):
        with pytest.raises(MoneyError) as err:
            Money(value, cur)
        assert err.value.code == "too_many_decimals"
    assert Money("1.50", "EUR") == Money("1.5", "EUR")  # trailing zeros are not extra decimals
    for cur in ("XYZ", "eur", ""):
        with pytest.raises(MoneyError) as err:
            Money(1, cur)
        assert err.value.code == "unknown_currency"


def test_money_is_immutable_and_hashes_by_value() -> None:
    m = Money("1.00", "EUR")
    with pytest.raises(AttributeError):
        m._amount = Decimal(2)
    assert {m, Money("1", "EUR"), Money("1", "USD")} == {Money("1.0", "EUR"), Money(1, "USD")}
    assert Money("-0", "EUR").amount == 0 and str(Money("-0.00", "EUR")) == "0.00 EUR"
    assert not Money(0, "EUR") and Money("0.01", "EUR")


# --- parse and format ---------------------------------------------------------------------

@given(minors, currencies, st.sampled_from(LOCALES), st.booleans())
def test_formatted_values_parse_back(minor: int, currency: str, locale: str, with_currency: bool) -> None:
    m = Money.from_minor(minor, currency)
    text = m.format(locale, with_currency=with_currency)
    assert Money.parse(text, currency, locale) == m


@pytest.mark.parametrize(("locale", "text"), [
    ("en", "1,234,567.89"), ("ru", "1\xa0234\xa0567,89"), ("el", "1.234.567,89"),
    ("is", "1.234.567,89"), ("az", "1.234.567,89"), ("fa", "۱٬۲۳۴٬۵۶۷٫۸۹"),
])
def test_format_uses_each_locales_separators(locale: str, text: str) -> None:
    assert format_money(Money("1234567.89", "EUR"), locale, with_currency=False) == text


def test_persian_uses_persian_digits_and_reads_them_back() -> None:
    m = Money(-1234567, "IRR")
    text = m.format("fa")
    assert not any(ch.isascii() and ch.isdigit() for ch in text)
    assert "۱٬۲۳۴٬۵۶۷" in text and "ریال" in text
    assert Money.parse(text, "IRR", "fa") == m
    assert parse_amount("۱۲۳۴٫۵", "fa") == Decimal("1234.5")
    assert parse_amount("١٢٣٫٥", "en") == Decimal("123.5")  # Arabic-Indic digits too
    assert parse_amount("\u200e−۵", "fa") == Decimal("-5")


def test_iso_codes_get_a_space_before_digits() -> None:
    assert Money(1234, "ISK").format("en") == "ISK\xa01,234"
    assert Money("1234.5", "EUR").format("en") == "€1,234.50"
    assert Money(1234, "ISK").format("is") == "1.234\xa0kr."


@pytest.mark.parametrize(("text", "locale", "value"), [
    ("1 234,50", "ru", "1234.50"), ("1234.5", "ru", "1234.5"), ("1,234.50", "en", "1234.50"),
    ("1.234,5", "el", "1234.5"), ("+5", "en", "5"), ("-0,01", "az", "-0.01"), ("12,50 €", "el", "12.50"),
    ("€12.50", "en", "12.50"), ("-€12.50", "en", "-12.50"), ("1.000 kr.", "is", "1000"),
])
def test_parse_accepts_what_people_type(text: str, locale: str, value: str) -> None:
    cur = "ISK" if "kr." in text else "EUR"
    assert Money.parse(text, cur, locale) == Money(value, cur)


@pytest.mark.parametrize(("text", "locale", "code"), [
    ("12,3,4", "en", "invalid_amount"), ("1e5", "en", "invalid_amount"), ("1E5", "ru", "invalid_amount"),
    ("NaN", "en", "invalid_amount"), ("inf", "en", "invalid_amount"), ("", "en", "invalid_amount"),
    ("  ", "en", "invalid_amount"), ("-", "en", "invalid_amount"), ("--5", "en", "invalid_amount"),
    ("1,5", "en", "invalid_amount"), ("1,234.5", "ru", "invalid_amount"), ("1.2.3", "en", "invalid_amount"),
    ("1€2", "en", "invalid_amount"), ("12.50 USD", "en", "invalid_amount"), ("abc", "en", "invalid_amount"),
    ("1.234", "en", "too_many_decimals"), ("0,001", "ru", "too_many_decimals"),
])
def test_parse_refuses_bad_input(text: str, locale: str, code: str) -> None:
    with pytest.raises(MoneyError) as err:
        Money.parse(text, "EUR", locale)
    assert err.value.code == code


def test_parse_refuses_unknown_currency_before_reading() -> None:
    with pytest.raises(MoneyError) as err:
        Money.parse("12", "XYZ", "en")
    assert err.value.code == "unknown_currency"


def test_parse_refuses_extra_decimals_in_zero_exponent_currency() -> None:
    with pytest.raises(MoneyError) as err:
        Money.parse("۱۲۳۴٫۵", "IRR", "fa")
    assert err.value.code == "too_many_decimals"

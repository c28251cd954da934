"""Client numbers with a Damm check digit: agreement with python-stdnum and error detection."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import damm

from usu_desktop.domain.client_numbers import (
    FIRST_SEQUENCE,
    ClientNumberError,
    client_number_check,
    client_number_create,
    client_number_is_valid,
    client_number_normalize,
    client_number_sequence,
    damm_digit,
)

sequences = st.integers(FIRST_SEQUENCE, 10**11 - 1)


def single_digit_errors(number: str) -> list[str]:
    return [number[:i] + d + number[i + 1:] for i in range(len(number)) for d in "0123456789"
            if d != number[i]]


def adjacent_swaps(number: str) -> list[str]:
    return [number[:i] + number[i + 1] + number[i] + number[i + 2:] for i in range(len(number) - 1)
            if number[i] != number[i + 1]]


def test_known_values() -> None:
    assert damm_digit("572") == 4  # Damm's own example
    assert client_number_create(10000) == "100009"
    assert client_number_sequence("100009") == 10000


def test_exhaustive_over_a_range_every_single_digit_error_and_adjacent_swap_is_caught() -> None:
    # 10,000 consecutive clients: every one-digit typo and every swap of neighbours fails the check.
    for seq in range(FIRST_SEQUENCE, FIRST_SEQUENCE + 10_000):
        number = client_number_create(seq)
        assert client_number_is_valid(number)
        assert damm.is_valid(number)
        for bad in single_digit_errors(number):
            assert damm_digit(bad) != 0, (number, bad)
        for bad in adjacent_swaps(number):
            assert damm_digit(bad) != 0, (number, bad)


@given(sequences)
def test_created_numbers_agree_with_stdnum(seq: int) -> None:
    number = client_number_create(seq)
    assert number == str(seq) + damm.calc_check_digit(str(seq))
    assert damm.is_valid(number) and client_number_is_valid(number)
    assert client_number_check(number) == number
    assert client_number_sequence(number) == seq


@given(st.text(alphabet="0123456789", min_size=1, max_size=12))
def test_damm_digit_agrees_with_stdnum_on_any_digits(digits: str) -> None:
    assert str(damm_digit(digits)) == damm.calc_check_digit(digits)


@given(sequences)
def test_typos_never_validate(seq: int) -> None:
    number = client_number_create(seq)
    for bad in single_digit_errors(number) + adjacent_swaps(number):
        assert not client_number_is_valid(bad)
        assert not damm.is_valid(bad)


def test_spaces_and_dashes_are_allowed_between_groups() -> None:
    number = client_number_create(123456)
    grouped = f"{number[:3]} {number[3:5]}-{number[5:]}"
    assert client_number_is_valid(grouped)
    assert client_number_normalize(grouped) == number
    assert client_number_check(f" {grouped}\u00a0") == number


@pytest.mark.parametrize(("text", "code"), [
    ("", "client_number_bad_format"),
    ("12a456", "client_number_bad_format"),
    ("0100009", "client_number_bad_format"),   # leading zero: spreadsheets eat it
    ("١٠٠٠٠٩", "client_number_bad_format"),   # Arabic-Indic digits are not ASCII digits
    ("1" * 13, "client_number_bad_format"),
    ("100003", "client_number_bad_check_digit"),
    ("100090", "client_number_bad_check_digit"),
])
def test_check_says_what_is_wrong(text: str, code: str) -> None:
    assert not client_number_is_valid(text)
    with pytest.raises(ClientNumberError) as err:
        client_number_check(text)
    assert err.value.code == code


@pytest.mark.parametrize("seq", [FIRST_SEQUENCE - 1, 0, -5, True, "10000", 1.5e4])
def test_create_refuses_bad_sequences(seq: object) -> None:
    with pytest.raises(ClientNumberError) as err:
        client_number_create(seq)  # type: ignore[arg-type]
    assert err.value.code == "client_number_bad_sequence"

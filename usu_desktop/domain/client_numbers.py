"""Client numbers: what a patient types at a terminal.

Digits only, with a trailing Damm check digit. Damm's quasigroup catches every
single-digit error and every swap of two adjacent digits, which are the two
mistakes people make at a keypad (Damm 2004).
"""

from __future__ import annotations

from usu_desktop.domain.errors import DomainError

_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)

# Sequence numbers start here so every client number has at least six digits
# and never starts with 0 (terminals and spreadsheets drop leading zeros).
FIRST_SEQUENCE = 10000
MAX_LENGTH = 12


class ClientNumberError(DomainError):
    """A client number that cannot be right."""


def damm_digit(digits: str) -> int:
    """The Damm check digit of a string of decimal digits."""
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][int(ch)]
    return interim


def client_number_create(sequence: int) -> str:
    """The client number for the n-th client: the sequence plus its check digit."""
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < FIRST_SEQUENCE:
        raise ClientNumberError("client_number_bad_sequence", sequence=sequence)
    body = str(sequence)
    return body + str(damm_digit(body))


def client_number_normalize(text: str) -> str:
    """Drop spaces and dashes that people type between digit groups."""
    return "".join(ch for ch in text.strip() if ch not in " -\u00a0")


def client_number_is_valid(text: str) -> bool:
    """True if `text` (spaces/dashes allowed) has only digits and a right check digit."""
    num = client_number_normalize(text)
    return (num.isascii() and num.isdigit() and 2 <= len(num) <= MAX_LENGTH
            and num[0] != "0" and damm_digit(num) == 0)


def client_number_check(text: str) -> str:
    """Normalized number, or ClientNumberError saying whether format or check digit is wrong."""
    num = client_number_normalize(text)
    if not (num.isascii() and num.isdigit()) or not 2 <= len(num) <= MAX_LENGTH or num[0] == "0":
        raise ClientNumberError("client_number_bad_format", value=text)
    if damm_digit(num) != 0:
        raise ClientNumberError("client_number_bad_check_digit", value=text)
    return num


def client_number_sequence(number: str) -> int:
    """The sequence a valid client number was made from."""
    return int(client_number_check(number)[:-1])

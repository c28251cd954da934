"""Payment references: ISO 11649 RF creditor references.

An RF reference is ``RF`` + two check digits (02-98) + a body of 1-21 letters or
digits, ISO 7064 MOD 97-10 like an IBAN. People write it in groups of four, with
dashes, in lower case, or glued to other words in a bank's remittance text;
`rf_find` reads all of those and returns only references whose check digits hold.

Bodies made of digits are the safest: ISO 11649 reads letters as two digits
(A=10 ... Z=35), so "B1" and "1B" give the same number and that one swap (and
M2/2M, X3/3X) slips through; a letter typed for a digit may too. Digit for
digit, every single change and every adjacent swap is caught.
"""

from __future__ import annotations

import re

from usu_desktop.domain.errors import DomainError

_BODY = re.compile(r"^[A-Z0-9]{1,21}$")
_SEPARATORS = re.compile(r"[\s\-]+")
_RF_START = re.compile(r"[Rr][Ff]")


class ReferenceFormatError(DomainError):
    """A bad RF body or reference."""


# Letters as ISO 11649 reads them (A=10 ... Z=35), for str.translate (one C call, not one per char).
_AS_DIGITS = {ord(ch): str(int(ch, 36)) for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def _mod97(text: str) -> int:
    digits = text.translate(_AS_DIGITS)
    if not (digits.isascii() and digits.isdigit()):  # not letters/digits only: the slow, exact way
        digits = "".join(str(int(ch, 36)) for ch in text)
    return int(digits) % 97


def rf_normalize(text: str) -> str:
    """Drop spaces and dashes, upper-case: 'rf18 5390-0754' -> 'RF1853900754'."""
    return _SEPARATORS.sub("", text).upper()


def rf_create(body: str) -> str:
    """Make the RF reference for `body` (1-21 letters/digits), in compact form."""
    clean = rf_normalize(body)
    if not _BODY.match(clean):
        raise ReferenceFormatError("rf_bad_body", body=body)
    check = 98 - _mod97(clean + "RF00")
    return f"RF{check:02d}{clean}"


def rf_is_valid(text: str) -> bool:
    """True if `text` (any spacing or case) is a well-formed RF with right check digits."""
    ref = rf_normalize(text)
    if len(ref) < 5 or len(ref) > 25 or not ref.startswith("RF"):
        return False
    check, body = ref[2:4], ref[4:]
    if not check.isdigit() or not _BODY.match(body):
        return False
    if not 2 <= int(check) <= 98:
        return False
    return _mod97(body + ref[:4]) == 1


def rf_format(text: str) -> str:
    """Print form: groups of four, 'RF18 5390 0754 7034'."""
    ref = rf_normalize(text)
    return " ".join(ref[i:i + 4] for i in range(0, len(ref), 4))


def _rank(groups: list[int], last_complete: bool) -> int:
    """Preference of a reading made of separator-delimited `groups` (0 is best).

    0 = grouped by four ("RF18 5390 0754 7034"; "RF 18 ..." counts as "RF18"),
    1 = one compact run, 2 = any other grouping.
    """
    if len(groups) > 1 and groups[0] == 2 and groups[1] == 2:
        groups = [4, *groups[2:]]  # "RF 18 5390 ..." or "RF-18-5390-..."
    if len(groups) == 1:
        return 1
    head, last = groups[:-1], groups[-1]
    if all(g == 4 for g in head) and (last == 4 or (last_complete and 1 <= last <= 4)):
        return 0
    return 2


def _candidates(text: str, start: int) -> list[tuple[int, str]]:
    """Possible readings of the reference that starts at `start`, each with a rank.

    Walk forward collecting letters/digits, allowing single separators between
    groups. A reading may end at a separator or at the end of the run (ranked by
    `_rank`), or, ranked 3, where letters meet digits inside a run (text glued
    to the reference).
    """
    chars: list[str] = []
    groups: list[int] = []  # lengths of the separator-delimited groups so far
    current = 0
    ends: list[tuple[int, str]] = []
    i = start
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isascii() and ch.isalnum():
            if len(chars) >= 5 and current > 0 and chars[-1].isdigit() != ch.isdigit():
                ends.append((3, "".join(chars)))
            if len(chars) == 25:
                break
            chars.append(ch.upper())
            current += 1
            i += 1
            continue
        if ch in " -\u00a0" and i + 1 < n and text[i + 1].isascii() and text[i + 1].isalnum():
            groups.append(current)
            if len(chars) >= 5:
                ends.append((_rank(groups, last_complete=True), "".join(chars)))
            current = 0
            i += 1
            continue
        break
    at_boundary = i >= n or not (text[i].isascii() and text[i].isalnum())
    if len(chars) >= 5 and at_boundary:
        ends.append((_rank([*groups, current], last_complete=True), "".join(chars)))
    return ends


def _valid_readings(text: str) -> list[list[str]]:
    """For each place an 'RF' + two digits starts, its valid readings, best first."""
    out: list[list[str]] = []
    if "RF" not in text and "rf" not in text and "Rf" not in text and "rF" not in text:
        return out  # the common case (no reference at all), without any regex work
    for m in _RF_START.finditer(text):
        s = m.start()
        rest = text[m.end():m.end() + 3]
        if not re.match(r"[\s\-]?\d{2}", rest):
            continue
        readings: list[str] = []
        for _rank, reading in sorted(_candidates(text, s), key=lambda c: (c[0], -len(c[1]))):
            if reading not in readings and rf_is_valid(reading):
                readings.append(reading)
        if readings:
            out.append(readings)
    return out


def rf_find(text: str) -> list[str]:
    """All valid RF references in free text, compact and in order of appearance.

    Prefers the grouped-by-four reading, then a compact run, then the longest
    reading that ends at a separator, then one that ends where letters meet digits. Never returns a
    string whose check digits fail, so a mistyped reference yields nothing
    (unless a shorter reading of it passes by chance, about 1 in 97 per reading:
    callers that look references up should use `rf_find_all`).
    """
    found: list[str] = []
    for readings in _valid_readings(text):
        if readings[0] not in found:
            found.append(readings[0])
    return found


def rf_find_all(text: str) -> list[str]:
    """Every valid reading of every RF in `text`, best first, without repeats.

    Text glued to a reference ("RF4259262A") can make a longer or shorter
    reading valid by chance; a caller with a database tries them in order and
    keeps the one that exists.
    """
    found: list[str] = []
    for readings in _valid_readings(text):
        found.extend(r for r in readings if r not in found)
    return found

"""Payment references: ISO 11649 RF creditor references.

An RF reference is ``RF`` + two check digits (02-98) + a body of 1-21 letters or
digits, ISO 7064 MOD 97-10 like an IBAN. People write it in groups of four, with
dashes, in lower case, or glued to other words in a bank's remittance text;
`rf_find` reads all of those and returns only references whose check digits hold.
"""

from __future__ import annotations

import re

from usu_desktop.domain.errors import DomainError

_BODY = re.compile(r"^[A-Z0-9]{1,21}$")
_SEPARATORS = re.compile(r"[\s\-]+")


class ReferenceFormatError(DomainError):
    """A bad RF body or reference."""


def _mod97(text: str) -> int:
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


def _candidates(text: str, start: int) -> list[tuple[int, str]]:
    """Possible readings of the reference that starts at `start`, best first.

    Walk forward collecting letters/digits, allowing single separators between
    groups. Each place where the reading could end gets a preference rank:
    0 = grouped by four all the way, 1 = a separator or the end of the run,
    2 = a letter/digit class change inside a run (text glued to the reference).
    """
    chars: list[str] = []
    groups: list[int] = []  # lengths of the separator-delimited groups so far
    current = 0
    ends: list[tuple[int, str]] = []
    i = start
    n = len(text)
    while i < n and len(chars) < 25:
        ch = text[i]
        if ch.isascii() and ch.isalnum():
            if chars and len(chars) >= 5 and current > 0:
                prev = chars[-1]
                if prev.isdigit() != ch.isdigit():
                    ends.append((2, "".join(chars)))
            chars.append(ch.upper())
            current += 1
            i += 1
            continue
        if ch in " -\u00a0" and i + 1 < n and text[i + 1].isascii() and text[i + 1].isalnum():
            groups.append(current)
            if len(chars) >= 5:
                grouped = all(g == 4 for g in groups)
                ends.append((0 if grouped else 1, "".join(chars)))
            current = 0
            i += 1
            continue
        break
    groups.append(current)
    if len(chars) >= 5:
        grouped = all(g == 4 for g in groups[:-1]) and 1 <= groups[-1] <= 4
        ends.append((0 if grouped else 1, "".join(chars)))
    return ends


def rf_find(text: str) -> list[str]:
    """All valid RF references in free text, compact and in order of appearance.

    Prefers the grouped-by-four reading, then the longest reading that ends at a
    separator, then one that ends where letters meet digits. Never returns a
    string whose check digits fail, so a mistyped reference yields nothing.
    """
    found: list[str] = []
    for m in re.finditer(r"[Rr][Ff]", text):
        s = m.start()
        rest = text[m.end():m.end() + 3]
        if not re.match(r"[\s\-]?\d{2}", rest):
            continue
        best = None
        for _rank, reading in sorted(_candidates(text, s), key=lambda c: (c[0], -len(c[1]))):
            if rf_is_valid(reading):
                best = reading
                break
        if best and best not in found:
            found.append(best)
    return found

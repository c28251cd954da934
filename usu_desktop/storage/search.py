"""Search text: accent- and case-insensitive matching without transliteration."""

from __future__ import annotations

import unicodedata

_ARABIC_TO_PERSIAN = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه"})


def normalize(text: str) -> str:
    """NFKD, combining marks dropped, case-folded: 'Ólafsdóttir' -> 'olafsdottir', 'Ψάρρος' -> 'ψαρροσ'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ARABIC_TO_PERSIAN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def client_search_text(first_name: str, last_name: str, client_number: str, phone: str, email: str) -> str:
    """What the client list searches in; phone digits are kept both as typed and bare."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    return normalize(" ".join(p for p in (first_name, last_name, client_number, phone, digits, email) if p))


def like_pattern(term: str) -> str:
    """A LIKE pattern for a normalized term, with the wildcard characters escaped (escape '\\')."""
    escaped = normalize(term.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"

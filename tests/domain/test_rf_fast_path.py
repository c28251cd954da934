"""The fast paths of domain.references give the same answers as the plain definitions."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from usu_desktop.domain import references
from usu_desktop.domain.references import rf_create, rf_find, rf_find_all


def _slow_mod97(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text)) % 97


@given(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", min_size=1,
               max_size=30))
def test_mod97_equals_the_per_character_definition(text: str) -> None:
    assert references._mod97(text) == _slow_mod97(text)


@given(st.text(alphabet="rRfF0123456789 -xyzINV\u00a0é", max_size=60))
def test_text_without_rf_finds_nothing_and_with_it_the_same_as_before(text: str) -> None:
    found = rf_find_all(text)
    if not re.search(r"[Rr][Ff]", text):
        assert found == [] and rf_find(text) == []
    for ref in found:
        assert references.rf_is_valid(ref)


def test_a_reference_in_any_case_is_still_found() -> None:
    ref = rf_create("539007547034")
    for text in (f"pay {ref} now", f"pay {ref.lower()} now", f"pay r{ref[1:]} now", f"Rf{ref[2:]}"):
        assert rf_find(text) == [ref], text

"""RF creditor references (ISO 11649): agreement with python-stdnum, error detection, finding in text."""

from __future__ import annotations

import string

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from stdnum import iso11649

from usu_desktop.domain.references import (
    ReferenceFormatError,
    rf_create,
    rf_find,
    rf_find_all,
    rf_format,
    rf_is_valid,
    rf_normalize,
)

ALNUM = string.ascii_uppercase + string.digits
bodies = st.text(alphabet=ALNUM, min_size=1, max_size=21)
digit_bodies = st.text(alphabet=string.digits, min_size=1, max_size=21)

# ISO 11649 turns letters into two digits (A=10 ... Z=35) before MOD 97, so "B1" and
# "1B" both read "111" (likewise M2/2M = "222", X3/3X = "333"): no check digit can
# tell those swaps apart. Every other adjacent swap is caught.
BLIND_SWAPS = {frozenset("B1"), frozenset("M2"), frozenset("X3")}


@given(bodies)
@example("539007547034")
def test_every_created_reference_is_valid_for_stdnum_too(body: str) -> None:
    ref = rf_create(body)
    assert ref == f"RF{ref[2:4]}{body}"
    assert rf_is_valid(ref)
    assert iso11649.is_valid(ref)
    assert iso11649.validate(rf_format(ref)) == ref
    assert rf_is_valid(rf_format(ref).lower())


def test_known_reference() -> None:
    assert rf_create("539007547034") == "RF18539007547034"
    assert rf_format("RF18539007547034") == "RF18 5390 0754 7034"
    assert rf_normalize(" rf18 5390-0754 7034 ") == "RF18539007547034"


@given(bodies, st.data())
def test_any_single_changed_character_of_the_same_kind_is_rejected(body: str, data: st.DataObject) -> None:
    ref = rf_create(body)
    i = data.draw(st.integers(2, len(ref) - 1), label="position")
    same_kind = string.digits if ref[i].isdigit() else string.ascii_uppercase
    new = data.draw(st.sampled_from([c for c in same_kind if c != ref[i]]), label="new char")
    bad = ref[:i] + new + ref[i + 1:]
    assert not rf_is_valid(bad)
    assert not iso11649.is_valid(bad)


@given(digit_bodies, st.data())
def test_numeric_references_reject_every_single_digit_change(body: str, data: st.DataObject) -> None:
    ref = rf_create(body)
    for i in range(2, len(ref)):
        for d in string.digits:
            if d != ref[i]:
                assert not rf_is_valid(ref[:i] + d + ref[i + 1:])


@given(bodies)
def test_adjacent_swaps_are_rejected_except_the_iso_blind_spots(body: str) -> None:
    ref = rf_create(body)
    for i in range(2, len(ref) - 1):
        a, b = ref[i], ref[i + 1]
        if a == b:
            continue
        bad = ref[:i] + b + a + ref[i + 2:]
        if i < 4:
            # Swapped check digits, or a letter moved among them (malformed; stdnum lets
            # "RF1S00" through, we do not).
            assert not rf_is_valid(bad), (ref, bad)
            continue
        blind = frozenset((a, b)) in BLIND_SWAPS
        assert rf_is_valid(bad) == blind == iso11649.is_valid(bad), (ref, bad)


def test_the_blind_spot_is_the_standards_not_ours() -> None:
    ref = rf_create("ABC1B9")
    swapped = ref.replace("1B", "B1")
    assert rf_is_valid(swapped) and iso11649.is_valid(swapped)


@pytest.mark.parametrize("bad", [
    "", "RF", "RF18", "RF1", "XX18539007547034", "RF00539007547034", "RF01539007547034",
    "RF99539007547034", "RF1A539007547034", "RF18" + "1" * 22, "RF18 5390 0754 703$",
])
def test_malformed_references_are_invalid(bad: str) -> None:
    assert not rf_is_valid(bad)


@pytest.mark.parametrize(("ref", "alias"), [("RF0236", "RF9936"), ("RF9854", "RF0154"), ("RF9772", "RF0072")])
def test_check_digits_outside_02_98_are_refused_even_when_mod97_holds(ref: str, alias: str) -> None:
    # 00/01/99 pass MOD 97 whenever 97/98/02 do (python-stdnum accepts them); ISO 11649 does not.
    assert rf_create(ref[4:]) == ref
    assert rf_is_valid(ref) and not rf_is_valid(alias)
    assert rf_find(f"pay {alias}") == []


@pytest.mark.parametrize("body", ["", " ", "A" * 22, "ÄBC", "12$4"])
def test_bad_bodies_are_refused(body: str) -> None:
    with pytest.raises(ReferenceFormatError) as err:
        rf_create(body)
    assert err.value.code == "rf_bad_body"


# --- rf_find ------------------------------------------------------------------

spellings = st.sampled_from(["compact", "grouped", "dashed", "lower", "lower_grouped"])
words = st.text(alphabet=string.ascii_letters + "ΑΒΓαβγабвгдاب", min_size=1, max_size=12)
# Words that cannot be read as part of a reference (no ASCII letters or digits).
foreign_words = st.text(alphabet="ΑΒΓαβγабвгдاب.,:;()", min_size=1, max_size=12)


def spell(ref: str, how: str) -> str:
    if how == "compact":
        return ref
    if how == "grouped":
        return rf_format(ref)
    if how == "dashed":
        return rf_format(ref).replace(" ", "-")
    if how == "lower":
        return ref.lower()
    return rf_format(ref).lower()


@given(bodies, spellings, foreign_words, foreign_words)
def test_rf_find_reads_references_in_any_spelling_between_words(
    body: str, how: str, before: str, after: str
) -> None:
    ref = rf_create(body)
    assert rf_find(f"{before} {spell(ref, how)} {after}") == [ref]
    assert rf_find(f"{before}{spell(ref, how)}{after}") == [ref]


@given(bodies, spellings, words, words)
def test_rf_find_all_reads_references_between_any_words(
    body: str, how: str, before: str, after: str
) -> None:
    ref = rf_create(body)
    text = f"{before} {spell(ref, how)} {after}"
    # A following Latin word can extend the reading into one that is valid by chance
    # (about 1 in 97), so the reference is among the readings, and rf_find picks one.
    found = rf_find_all(text)
    assert ref in found
    assert rf_find(text)[0] in found


@given(digit_bodies, st.sampled_from(["compact", "grouped", "lower"]), words, words)
def test_rf_find_all_reads_references_glued_to_words(body: str, how: str, before: str, after: str) -> None:
    ref = rf_create(body)
    text = f"{before}{spell(ref, how)}{after}"
    found = rf_find_all(text)
    assert ref in found
    assert all(rf_is_valid(r) for r in found)
    # rf_find gives one reading; glued letters make a longer one valid about 1 time in 97.
    assert rf_find(text)[0] in found


@pytest.mark.parametrize("text", ["PAYRF18539007547034", "rf18539007547034thanks", "ΑΠΟRF18 5390 0754 7034Ζ"])
def test_rf_find_reads_references_glued_to_words_examples(text: str) -> None:
    assert rf_find(text) == ["RF18539007547034"]


@pytest.mark.parametrize("text", [
    "Payment RF18539007547034 invoice 12",
    "payment rf18 5390 0754 7034",
    "PAYMENT:RF18-5390-0754-7034.",
    "ΠΛΗΡΩΜΗRF18539007547034ΕΥΧΑΡΙΣΤΩ",
    "ref(RF18 5390 0754 7034)thanks",
    "RF18 5390 0754 7034 12 pcs",
])
def test_rf_find_examples(text: str) -> None:
    assert rf_find(text) == ["RF18539007547034"]


def test_when_two_readings_are_valid_the_preferred_one_comes_first() -> None:
    # "RF42I8D" and "RF42I8DA" both pass the check: a compact run beats a span over a space...
    assert rf_find("paid RF42I8D A. Smith") == ["RF42I8D"]
    assert rf_find_all("paid RF42I8D A. Smith") == ["RF42I8D", "RF42I8DA"]
    # ...and glued text cannot be told apart, so rf_find_all offers both for a look-up.
    assert rf_find_all("RF422026000001A") == ["RF422026000001A", "RF422026000001"]


def test_rf_find_finds_several_in_order_without_repeats() -> None:
    a, b = rf_create("1001"), rf_create("ABC2002")
    assert rf_find(f"{a} and {rf_format(b)} again {a.lower()}") == [a, b]


@given(st.text(alphabet=ALNUM + "rf -.,:/\n", max_size=80))
def test_rf_find_never_returns_an_invalid_reference(text: str) -> None:
    for ref in rf_find(text):
        assert rf_is_valid(ref) and iso11649.is_valid(ref)
        assert ref == rf_normalize(ref)


@given(bodies)
def test_rf_find_never_returns_a_mistyped_reference(body: str) -> None:
    ref = rf_create(body)
    bad = ref[:2] + ref[3] + ref[2] + ref[4:] if ref[2] != ref[3] else ref[:-1] + (
        "0" if ref[-1] != "0" else "1")
    if not rf_is_valid(bad):
        found = rf_find_all(f"pay {rf_format(bad)} now")
        assert bad not in found and ref not in found
        assert all(rf_is_valid(r) for r in found)  # a shorter reading may pass by chance, never bad itself


def test_rf_find_ignores_mistyped_references_examples() -> None:
    for bad in ("RF81539007547034", "RF18539007547043", "RF18 5390 0754 7035"):
        assert rf_find(f"pay {bad} now") == []
        assert rf_find_all(bad) == []

"""Statement helpers and the label catalogue."""

from __future__ import annotations

from datetime import date

import pytest

from usu_desktop.domain.money import Money
from usu_desktop.printing.labels import CATALOGUE, is_rtl, label, normalize_language
from usu_desktop.printing.model import ageing_of, running_rows


def eur(text: str) -> Money:
    return Money(text, "EUR")


def test_running_balance() -> None:
    rows = running_rows(eur("10.00"), [(date(2026, 1, 1), "invoice", "INV-1", eur("50.00")),
                                       (date(2026, 1, 2), "payment", "PAY-1", eur("30.00")),
                                       (date(2026, 1, 3), "credit", "CN-1", eur("5.00"))])
    assert [r.balance for r in rows] == [eur("60.00"), eur("30.00"), eur("25.00")]
    assert rows[0].debit == eur("50.00") and rows[0].credit is None
    assert rows[1].credit == eur("30.00") and rows[1].debit is None


@pytest.mark.parametrize(("due", "bucket"), [
    (date(2026, 4, 1), 0), (date(2026, 3, 1), 0), (date(2026, 2, 28), 1), (date(2026, 1, 30), 1),
    (date(2026, 1, 29), 2), (date(2025, 12, 31), 2), (date(2025, 12, 30), 3),
])
def test_ageing_buckets(due: date, bucket: int) -> None:
    ageing = ageing_of([(due, eur("7.00"))], date(2026, 3, 31), "EUR")
    amounts = [ageing.d0_30, ageing.d31_60, ageing.d61_90, ageing.d90_plus]
    assert amounts[bucket] == eur("7.00")
    assert ageing.total == eur("7.00")


def test_every_language_has_every_label() -> None:
    keys = set(CATALOGUE["en"])
    for lang, table in CATALOGUE.items():
        assert set(table) == keys, lang
        assert all(value.strip() for value in table.values()), lang
    assert set(CATALOGUE) == {"en", "ru", "az", "el", "is", "fa"}


def test_language_fallbacks() -> None:
    assert normalize_language("fa_IR") == "fa" and normalize_language("de") == "en"
    assert label("el", "page", page=2, pages=5) == "Σελίδα 2 από 5"
    assert is_rtl("fa") and not is_rtl("ru")


def test_no_missing_glyphs_in_labels_or_money() -> None:
    """Every character we can print has a glyph in the font that draws it (no tofu boxes)."""
    from reportlab.pdfbase import pdfmetrics

    from usu_desktop.domain.money import CURRENCY_EXPONENTS
    from usu_desktop.printing import fonts, text

    fonts.register_fonts()
    for bold in (False, True):
        latin = pdfmetrics.getFont(fonts.latin_font(bold)).face.charToGlyph
        arabic = pdfmetrics.getFont(fonts.arabic_font(bold)).face.charToGlyph
        for lang, table in CATALOGUE.items():
            samples = list(table.values())
            samples += [Money.from_minor(123456, cur).format(lang) for cur in CURRENCY_EXPONENTS]
            for sample in samples:
                for ch in sample.translate(text._INVISIBLE_MARKS):
                    cmap = arabic if text._ARABIC.match(ch) else latin
                    assert cmap.get(ord(ch), 0) != 0, (lang, sample, ch, hex(ord(ch)))

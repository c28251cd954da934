"""Persian comes out shaped (letters joined) and in right-to-left order, with bidi for mixed runs.

The expected glyphs come straight from HarfBuzz on the bundled font file, shaped right to
left; the PDF side is read from the content stream in drawing order, with no extractor
reordering in between. Unshaped text (isolated letters) or reversed text fails.
"""

from __future__ import annotations

import io

import uharfbuzz as hb
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from usu_desktop.printing import fonts, text
from usu_desktop.printing.documents import render_invoice, render_receipt, render_slip
from usu_desktop.printing.labels import label
from usu_desktop.printing.samples import sample_invoice, sample_receipt, sample_slip

from .pdfcheck import drawn_at, drawn_strings


def harfbuzz_glyphs(word: str, bold: bool = False) -> list[int]:
    """Glyph ids HarfBuzz gives for `word` shaped right to left, in visual (drawing) order."""
    path = fonts.font_path(fonts.arabic_font(bold))
    font = hb.Font(hb.Face(hb.Blob(path.read_bytes())))
    buf = hb.Buffer()
    buf.add_str(word)
    buf.direction = "rtl"
    buf.script = "Arab"
    buf.language = "fa"
    hb.shape(font, buf, {"kern": True, "liga": True})
    return [info.codepoint for info in buf.glyph_infos]


def pdf_glyphs(drawn: str, bold: bool = False) -> list[int]:
    """Map text read back from the PDF to glyph ids of the bundled font."""
    cmap = pdfmetrics.getFont(fonts.arabic_font(bold)).face.charToGlyph
    return [cmap[ord(ch)] for ch in drawn]


def unshaped_glyphs(word: str) -> list[int]:
    cmap = pdfmetrics.getFont(fonts.ARABIC).face.charToGlyph
    return [cmap[ord(ch)] for ch in word]


def test_amount_due_label_is_shaped_and_right_to_left_in_the_pdf() -> None:
    fonts.register_fonts()
    phrase = label("fa", "amount_due")  # "مبلغ قابل پرداخت", drawn bold
    drawn = [t for f, t in drawn_strings(render_invoice(sample_invoice("fa", 2)))
             if f.endswith("NotoSansArabic-Bold")]
    expected = harfbuzz_glyphs(phrase, bold=True)
    assert expected in [pdf_glyphs(t, bold=True) for t in drawn]
    # The proof has teeth: neither the logical letters nor their mirror image are on the page.
    assert unshaped_glyphs(phrase) not in [pdf_glyphs(t, bold=True) for t in drawn]
    assert unshaped_glyphs(phrase)[::-1] not in [pdf_glyphs(t, bold=True) for t in drawn]
    assert expected != unshaped_glyphs(phrase)[::-1]  # joined forms differ from isolated ones


def test_words_on_the_slip_are_joined() -> None:
    fonts.register_fonts()
    drawn = [t for f, t in drawn_strings(render_slip(sample_slip("fa")))
             if f.endswith("NotoSansArabic-Regular")]
    for key in ("client_number", "reference"):
        assert harfbuzz_glyphs(label("fa", key)) in [pdf_glyphs(t) for t in drawn], key


def test_joined_forms_are_presentation_forms() -> None:
    """'سلام' is drawn as meem, lam-alef ligature (final), initial seen - left to right."""
    pieces = text.layout("سلام", 10, rtl_base=True)
    assert len(pieces) == 1 and pieces[0].font == fonts.ARABIC
    assert str(pieces[0].text) == "\u0645\ufefc\ufeb3"


def _fonts_and_texts(s: str, rtl: bool) -> list[tuple[str, str]]:
    return [(p.font, str(p.text)) for p in text.layout(s, 10, rtl_base=rtl)]


def test_latin_reference_inside_persian_keeps_its_order() -> None:
    pieces = _fonts_and_texts("شناسه پرداخت: RF18 5390 0754 7034", rtl=True)
    # Left to right on the page: the RF code (reading left to right), then the Persian label.
    assert pieces[0] == (fonts.REGULAR, "RF18 5390 0754 7034")
    assert pieces[-1][0] == fonts.ARABIC
    assert pdf_glyphs(pieces[-1][1]) == harfbuzz_glyphs("شناسه پرداخت: ")


def test_digits_inside_persian_sentence() -> None:
    pieces = _fonts_and_texts("مبلغ 1,234.50 یورو", rtl=True)
    fonts_in_order = [f for f, _ in pieces]
    latin = [t for f, t in pieces if f == fonts.REGULAR]
    assert "".join(latin).strip() == "1,234.50"
    # Persian word that comes last logically ("یورو") is leftmost; the first ("مبلغ") rightmost.
    assert fonts_in_order[0] == fonts.ARABIC and fonts_in_order[-1] == fonts.ARABIC
    assert pdf_glyphs(pieces[-1][1].strip()) == harfbuzz_glyphs("مبلغ")
    assert pdf_glyphs(pieces[0][1].strip()) == harfbuzz_glyphs("یورو")


def test_persian_name_in_a_left_to_right_document() -> None:
    pieces = _fonts_and_texts("Patient: مریم رضایی", rtl=False)
    assert pieces[0] == (fonts.REGULAR, "Patient: ")
    assert pdf_glyphs(pieces[1][1]) == harfbuzz_glyphs("مریم رضایی")


def test_zwnj_keeps_the_half_space() -> None:
    with_zwnj = pdf_glyphs(str(text.layout("پرداخت‌شده", 10, rtl_base=True)[0].text))
    assert with_zwnj == harfbuzz_glyphs("پرداخت‌شده")
    assert with_zwnj != harfbuzz_glyphs("پرداختشده")


def _x_of(data: bytes, wanted: str) -> float:
    return next(x for _f, t, x, _y in drawn_at(data) if t == wanted)


def test_persian_invoice_table_is_mirrored() -> None:
    en = render_invoice(sample_invoice("en", 1))
    assert _x_of(en, "Description") < _x_of(en, "Net")
    fa = render_invoice(sample_invoice("fa", 1))
    shaped = {key: str(text.layout(label("fa", key), 8, bold=True, rtl_base=True)[0].text)
              for key in ("description", "net")}
    # Description on the right, amounts on the left; the RF block starts at the right too.
    assert _x_of(fa, shaped["description"]) > 400 > _x_of(fa, shaped["net"])
    assert _x_of(fa, "RF54 NV20 2600 0123") > _x_of(en, "RF54 NV20 2600 0123") + 100


_ALPHABET = [*"سلامپرداخت RF18ab 0123456789۰۱۲۳,.:()-€٫٬", "\u200c", "\u200e", "\u200f"]
_MIXED = st.text(st.sampled_from(_ALPHABET), max_size=40)


@given(s=_MIXED, rtl=st.booleans())
def test_layout_never_loses_or_invents_latin_characters(s: str, rtl: bool) -> None:
    fonts.register_fonts()
    pieces = text.layout(s, 9, rtl_base=rtl)
    latin = "".join(str(p.text) for p in pieces if p.font == fonts.REGULAR)
    for ch in set("Rab0123456789F"):
        assert latin.count(ch) == s.count(ch), ch
    assert all(p.width >= 0 for p in pieces)
    if s.strip("\u200c\u200e\u200f "):
        assert sum(p.width for p in pieces) > 0


@given(word=st.text(st.sampled_from(list("0123456789ABCDEF")), min_size=1, max_size=12))
def test_latin_code_inside_persian_reads_left_to_right(word: str) -> None:
    fonts.register_fonts()
    pieces = text.layout(f"شناسه {word} پرداخت", 9, rtl_base=True)
    latin = [str(p.text).strip() for p in pieces if p.font == fonts.REGULAR and str(p.text).strip()]
    assert latin == [word]


def test_persian_documents_read_back_their_codes() -> None:
    from .pdfcheck import all_text

    doc = sample_invoice("fa", 2)
    out = all_text(render_invoice(doc))
    assert "RF54 NV20 2600 0123" in out and doc.number in out and "100004" in out
    assert "DE89 3704 0044 0532 0130 00" in out
    slip = all_text(render_slip(sample_slip("fa")))
    assert "RF85 1000 04" in slip and "100004" in slip


def test_persian_iban_reads_whole_and_in_order() -> None:
    """The IBAN under a right-to-left label: one unbroken left-to-right line, nothing beside it.

    Next to the label on one line, the IBAN's short last group ("00") ends up right beside
    "شبا:" and the eye reads "شبا: 00 DE89 3704 …"; it gets a line of its own instead.
    """
    fonts.register_fonts()
    iban = "DE89 3704 0044 0532 0130 00"
    for render, doc in ((render_invoice, sample_invoice("fa", 2)), (render_receipt, sample_receipt("fa"))):
        data = render(doc)
        lines = [line.strip() for line in PdfReader(io.BytesIO(data)).pages[0].extract_text().splitlines()]
        assert iban in lines  # extracted back as a line of its own, groups in order
        placed = [(f, t, x, y) for f, t, x, y in drawn_at(data) if "DE89" in t or "3704" in t]
        assert [t for _f, t, _x, _y in placed] == [iban]  # one string, drawn left to right
        _font, _t, x, y = placed[0]
        same_line = [t for _f, t, xx, yy in drawn_at(data) if abs(yy - y) < 1 and xx >= x and t != iban]
        assert same_line == []  # the label is not on the IBAN's line
        label_line = [t for _f, t, _x, yy in drawn_at(data) if 8 < yy - y < 13]
        shaped = str(text.layout(label("fa", "iban") + ":", 8, rtl_base=True)[0].text)
        assert shaped in label_line  # "شبا:" right above it
    # English keeps label and IBAN on one line.
    en = [line.strip() for line in PdfReader(io.BytesIO(render_invoice(sample_invoice("en", 1))))
          .pages[0].extract_text().splitlines()]
    assert f"IBAN: {iban}" in en


def test_a_persian_invoice_is_dated_in_the_solar_hijri_calendar_unless_the_clinic_asks() -> None:
    """Issued 5 March 2026 = 14 Esfand 1404, due 4 April = 15 Farvardin 1405: the page read back
    (presentation forms folded to letters) names the Jalali months and years; with the clinic's
    Gregorian choice the Gregorian ones."""
    import subprocess
    import unicodedata
    from dataclasses import replace

    fonts.register_fonts()

    def page_text(invoice: object) -> str:  # poppler keeps each run in reading order
        out = subprocess.run(["pdftotext", "-", "-"], input=render_invoice(invoice),  # type: ignore[arg-type]
                             capture_output=True, check=True)
        return unicodedata.normalize("NFKC", out.stdout.decode("utf-8"))

    doc = sample_invoice("fa", 2)
    jalali = page_text(doc)
    assert all(word in jalali for word in ("اسفند", "فروردین", "۱۴۰۴", "۱۴۰۵")), jalali
    assert "مارس" not in jalali and "۲۰۲۶" not in jalali.replace("INV-2026", "")
    gregorian = page_text(replace(doc, clinic=replace(doc.clinic, calendar="gregorian")))
    assert all(word in gregorian for word in ("مارس", "آوریل", "۲۰۲۶")), gregorian
    assert "اسفند" not in gregorian and "۱۴۰۴" not in gregorian

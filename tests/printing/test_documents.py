"""Every document type rendered for real and read back: text, QR, pages, determinism."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import replace

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.domain.references import rf_format
from usu_desktop.printing import fonts
from usu_desktop.printing.documents import (
    render_invoice,
    render_receipt,
    render_slip,
    render_statement,
)
from usu_desktop.printing.labels import label
from usu_desktop.printing.qr import epc_payload
from usu_desktop.printing.samples import (
    NAMES,
    sample_invoice,
    sample_receipt,
    sample_slip,
    sample_statement,
)

from .pdfcheck import all_text, page_texts, qr_payloads, squash

LATIN_SCRIPT = ["en", "ru", "az", "el", "is"]


def money(m: Money, lang: str) -> str:
    return squash(m.format(lang))


@pytest.mark.parametrize("lang", LATIN_SCRIPT)
def test_invoice_text_reads_back(lang: str) -> None:
    doc = sample_invoice(lang, 4, paid="20.00")
    text = all_text(render_invoice(doc))
    clinic, client, _address, desc = NAMES[lang]
    for expected in (clinic, client, doc.number, doc.client.client_number, rf_format(doc.rf or ""),
                     money(doc.total, lang), money(doc.due, lang), money(doc.tax, lang),
                     label(lang, "amount_due"), label(lang, "stamp_partly_paid"), f"{desc} #4",
                     "DE89 3704 0044 0532 0130 00"):
        assert expected in text, expected


@pytest.mark.parametrize("lang", LATIN_SCRIPT)
def test_receipt_statement_slip_read_back(lang: str) -> None:
    receipt = sample_receipt(lang)
    text = all_text(render_receipt(receipt))
    for expected in (receipt.client.name, receipt.number, money(receipt.amount, lang),
                     "INV-2026-000130", money(Money("11.60", "EUR"), lang), label(lang, "method_card")):
        assert expected in text, expected

    statement = sample_statement(lang)
    text = all_text(render_statement(statement))
    for expected in (statement.client.name, money(statement.closing_balance, lang),
                     money(statement.ageing.d61_90, lang), rf_format(statement.rf or ""),
                     label(lang, "age_90_plus"), "INV-2026-000007", "PAY-0005"):
        assert expected in text, expected

    slip = sample_slip(lang)
    text = all_text(render_slip(slip))
    for expected in (slip.client_number, slip.masked_name, money(slip.amount_due, lang),
                     rf_format(slip.rf or "")):
        assert expected in text, expected


def test_slip_is_80_mm_wide() -> None:
    page = PdfReader(io.BytesIO(render_slip(sample_slip("en")))).pages[0]
    assert float(page.mediabox.width) == pytest.approx(80 / 25.4 * 72, abs=0.1)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_invoice_qr_decodes_to_the_epc_payload_byte_for_byte(lang: str) -> None:
    doc = sample_invoice(lang, 2)
    expected = epc_payload(doc.clinic.name, doc.clinic.iban or "", doc.clinic.bic, doc.due, doc.rf)
    assert qr_payloads(render_invoice(doc)) == [expected.encode("utf-8")]


def test_slip_and_statement_qr_decode() -> None:
    slip = sample_slip("el")
    expected = epc_payload(slip.clinic.name, slip.clinic.iban or "", slip.clinic.bic,
                           slip.amount_due, slip.rf)
    assert qr_payloads(render_slip(slip)) == [expected.encode("utf-8")]
    st = sample_statement("ru")
    expected = epc_payload(st.clinic.name, st.clinic.iban or "", st.clinic.bic,
                           st.closing_balance, st.rf)
    assert qr_payloads(render_statement(st)) == [expected.encode("utf-8")]


def test_non_eur_invoice_falls_back_to_payment_page_then_rf() -> None:
    doc = sample_invoice("az", 2, currency="AZN")
    with_page = replace(doc, payment_page_url="https://pay.example.org/p/abc123")
    assert qr_payloads(render_invoice(with_page)) == [b"https://pay.example.org/p/abc123"]
    assert qr_payloads(render_invoice(doc)) == [(doc.rf or "").encode()]


def test_paid_invoice_has_stamp_and_no_qr() -> None:
    doc = sample_invoice("en", 2)
    paid = replace(doc, paid=doc.total, due=Money.zero("EUR"), stamp="paid")
    data = render_invoice(paid)
    assert "PAID" in all_text(data).replace("PARTLY PAID", "")
    assert qr_payloads(data) == []
    assert "PAID" not in all_text(render_invoice(doc))


def test_bad_clinic_iban_refuses_to_print() -> None:
    doc = sample_invoice("en", 1)
    bad = replace(doc, clinic=replace(doc.clinic, iban="DE88370400440532013000"))
    with pytest.raises(DomainError) as err:
        render_invoice(bad)
    assert err.value.code == "bad_iban"


def test_same_document_gives_identical_bytes() -> None:
    for render, doc in ((render_invoice, sample_invoice("fa", 3, paid="10.00")),
                        (render_receipt, sample_receipt("el")),
                        (render_statement, sample_statement("is")),
                        (render_slip, sample_slip("ru"))):
        assert render(doc) == render(doc)  # type: ignore[operator]


def test_bytes_do_not_depend_on_the_process() -> None:
    """Issued means frozen: a fresh process renders the very same bytes."""
    code = ("import sys, hashlib; from usu_desktop.printing.documents import render_invoice;"
            "from usu_desktop.printing.samples import sample_invoice;"
            "sys.stdout.write(hashlib.sha256(render_invoice(sample_invoice('fa', 3))).hexdigest())")
    import hashlib

    mine = hashlib.sha256(render_invoice(sample_invoice("fa", 3))).hexdigest()
    theirs = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout
    assert theirs == mine


def test_different_documents_give_different_bytes() -> None:
    assert render_invoice(sample_invoice("en", 2)) != render_invoice(sample_invoice("en", 3))


def test_three_hundred_lines_break_pages_with_headers_and_carried_totals() -> None:
    doc = sample_invoice("en", 300)
    texts = page_texts(render_invoice(doc))
    assert len(texts) >= 6
    running = Money.zero("EUR")
    seen = 0
    for number, text in enumerate(texts, start=1):
        assert "Description" in text and "Unit price" in text  # header repeated on every page
        assert f"Page {number} of {len(texts)}" in text
        if number > 1:
            assert f"Brought forward {money(running, 'en')}" in text
        count = sum(1 for i in range(seen, 300) if f"General consultation #{i + 1} " in text)
        for i in range(seen, seen + count):
            running = running + doc.lines[i].net
        seen += count
        if number < len(texts):
            assert f"Carried forward {money(running, 'en')}" in text
        else:
            assert "Carried forward" not in text
            assert money(doc.total, "en") in text and rf_format(doc.rf or "") in text
    assert seen == 300
    assert running == doc.untaxed


def _png(size: tuple[int, int] = (120, 40)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (20, 90, 160)).save(buf, "PNG")
    return buf.getvalue()


def test_logo_is_drawn() -> None:
    warnings: list[str] = []
    data = render_invoice(sample_invoice("en", 1, logo_png=_png()), warnings)
    assert warnings == []
    assert len(PdfReader(io.BytesIO(data)).pages[0].images) == 1


@pytest.mark.parametrize("logo", [b"not an image at all", _png()[:60], b""])
def test_bad_logo_prints_without_it_and_warns(logo: bytes) -> None:
    warnings: list[str] = []
    data = render_invoice(sample_invoice("en", 1, logo_png=logo), warnings)
    assert warnings == ([] if logo == b"" else ["logo_unreadable"])
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert len(page.images) == 0
    assert "Northside Family Clinic" in squash(page.extract_text())


def test_missing_logo_is_fine() -> None:
    warnings: list[str] = []
    render_invoice(sample_invoice("en", 1, logo_png=None), warnings)
    assert warnings == []


@pytest.mark.parametrize("lang", ["el", "ru", "is", "az"])
def test_national_letters_survive(lang: str) -> None:
    letters = {"el": "ΑαΩωάέήίόύώΣς", "ru": "ЖжЁёЩщЪъЫы", "is": "ðÐþÞæÆáéíóúý",
               "az": "əƏğĞıİşŞçÇöÖüÜ"}[lang]
    doc = sample_invoice(lang, 1, client_name=f"Test {letters}")
    assert f"Test {letters}" in all_text(render_invoice(doc))
    for name in (fonts.REGULAR, fonts.BOLD):
        cmap = pdfmetrics.getFont(name).face.charToGlyph
        assert all(cmap.get(ord(ch), 0) != 0 for ch in letters), name


def test_missing_font_file_is_a_domain_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = ("from usu_desktop.printing.documents import render_slip\n"
            "from usu_desktop.printing.samples import sample_slip\n"
            "from usu_desktop.domain.errors import DomainError\n"
            "try:\n    render_slip(sample_slip('en'))\n"
            "except DomainError as e:\n    print(e.code)\n")
    env = {**__import__("os").environ, "USU_FONTS_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True).stdout
    assert out.strip() == "font_missing"


def test_cancelled_stamp_in_greek() -> None:
    doc = replace(sample_invoice("el", 1), stamp="cancelled")
    assert label("el", "stamp_cancelled") in all_text(render_invoice(doc))


def test_long_statement_carries_the_balance_across_pages() -> None:
    doc = sample_statement("en", 150)
    texts = page_texts(render_statement(doc))
    assert len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert "Debit" in text and "Balance" in text
        if number > 1:
            brought = text.split("Brought forward ")[1].split(" ")[0]
            carried_before = texts[number - 2].split("Carried forward ")[1].split(" ")[0]
            assert brought == carried_before
    assert money(doc.closing_balance, "en") in texts[-1]
    assert sum(text.count("INV-2026-") + text.count("PAY-") for text in texts) == 150


def test_logo_pushes_the_table_down_without_overlap() -> None:
    tall = _png((100, 100))
    texts = page_texts(render_invoice(sample_invoice("en", 60, logo_png=tall)))
    assert sum(f"General consultation #{i} " in " ".join(texts) for i in range(1, 61)) == 60


@pytest.mark.parametrize(("lang", "currency"), [("is", "ISK"), ("fa", "IRR"), ("az", "AZN"),
                                                ("ru", "RUB"), ("el", "EUR")])
def test_local_currencies_print_with_their_own_decimals(lang: str, currency: str) -> None:
    doc = sample_invoice(lang, 3, currency=currency)
    data = render_invoice(doc)
    assert qr_payloads(data) == [(doc.rf or "").encode()] if currency != "EUR" else True
    if lang != "fa":  # Persian digits are checked glyph by glyph in test_persian
        assert money(doc.total, lang) in all_text(data)


@pytest.mark.parametrize("n", [0, 1, *range(26, 42, 3), 90])
def test_every_line_count_paginates_cleanly(n: int) -> None:
    doc = sample_invoice("en", n)
    texts = page_texts(render_invoice(doc))
    joined = " ".join(texts)
    assert all(f"General consultation #{i} " in joined for i in range(1, n + 1))
    assert "Carried forward" not in texts[-1] and "Amount due" in texts[-1]
    assert all("Carried forward" in t for t in texts[:-1])
    assert joined.count("Amount due") == 1


def test_characters_without_a_glyph_do_not_stop_printing() -> None:
    doc = sample_invoice("en", 1)
    odd = replace(doc.lines[0], description="Consult 😀 中文 \x00 tab\there عربي <b>&amp;")
    data = render_invoice(replace(doc, lines=(odd,), client=replace(doc.client, name="<b>x</b> & y")))
    assert "<b>x</b> & y" in all_text(data)

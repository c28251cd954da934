"""Font subsets are built once per distinct subset and reused: the PDF bytes do not change."""

from __future__ import annotations

from usu_desktop.printing import fonts
from usu_desktop.printing.documents import render_invoice, render_receipt
from usu_desktop.printing.samples import sample_invoice, sample_receipt

from .pdfcheck import all_text


def test_cached_subsets_give_the_same_bytes_in_any_order() -> None:
    fonts.register_fonts()
    fa = sample_invoice("fa", 3, number="INV-2026-777001")
    first = render_invoice(fa)
    hits = fonts._deflate.cache_info().hits
    for lang in ("en", "el", "ru", "is", "az"):
        render_invoice(sample_invoice(lang, 4))
        render_receipt(sample_receipt(lang))
    again = render_invoice(fa)
    assert again == first
    assert fonts._deflate.cache_info().hits > hits  # the second time came from the cache
    assert "INV-2026-777001" in all_text(again)

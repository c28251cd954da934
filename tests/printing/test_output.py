"""Atomic save, merge and batch export of real PDFs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from usu_desktop.domain.errors import DomainError
from usu_desktop.printing.documents import render_invoice
from usu_desktop.printing.output import merge_pdfs, render, render_batch, save_pdf
from usu_desktop.printing.samples import sample_invoice, sample_receipt, sample_slip

from .pdfcheck import all_text


def _invoices(n: int) -> list:
    return [sample_invoice("en", 2, number=f"INV-2026-{i:06d}") for i in range(1, n + 1)]


def test_save_pdf_writes_the_bytes_and_leaves_no_temp_file(tmp_path: Path) -> None:
    data = render_invoice(sample_invoice("en", 1))
    target = save_pdf(tmp_path / "a.pdf", data)
    assert target.read_bytes() == data
    save_pdf(tmp_path / "a.pdf", b"%PDF-second")
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF-second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]


@pytest.mark.parametrize("where", ["missing_folder", "folder_is_a_file"])
def test_unwritable_folder_is_a_domain_error(tmp_path: Path, where: str) -> None:
    if where == "missing_folder":
        target = tmp_path / "nope" / "a.pdf"
    else:
        (tmp_path / "file").write_text("x")
        target = tmp_path / "file" / "a.pdf"
    with pytest.raises(DomainError) as err:
        save_pdf(target, b"%PDF-1.4")
    assert err.value.code == "output_not_writable"
    assert not target.exists()


def test_failed_replace_keeps_the_old_file_and_no_half_written_one(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    target.mkdir()  # os.replace cannot put a file over a directory
    with pytest.raises(DomainError) as err:
        save_pdf(target, b"%PDF-1.4 data")
    assert err.value.code == "output_not_writable"
    assert target.is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]  # the temp file is gone


def test_merge_keeps_every_page() -> None:
    parts = [render_invoice(d) for d in _invoices(3)]
    merged = merge_pdfs(parts)
    assert len(PdfReader(io.BytesIO(merged)).pages) == 3
    text = all_text(merged)
    assert all(f"INV-2026-{i:06d}" in text for i in (1, 2, 3))


def test_batch_one_file_per_invoice_with_progress(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    result = render_batch(_invoices(3), out_dir=tmp_path, progress_cb=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"INV-2026-{i:06d}.pdf" for i in (1, 2, 3)]
    assert "INV-2026-000002" in all_text((tmp_path / "INV-2026-000002.pdf").read_bytes())
    assert result.done == 3 and not result.cancelled


def test_batch_into_one_file_and_mixed_documents(tmp_path: Path) -> None:
    docs = [*_invoices(2), sample_receipt("ru"), sample_slip("el")]
    result = render_batch(docs, one_file=tmp_path / "all.pdf")
    assert result.written == [tmp_path / "all.pdf"]
    assert len(PdfReader(tmp_path / "all.pdf").pages) == 4


def test_batch_cancel_stops_and_writes_no_merged_file(tmp_path: Path) -> None:
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    result = render_batch(_invoices(5), one_file=tmp_path / "all.pdf", cancelled_cb=cancelled)
    assert result.cancelled and result.done == 2
    assert not (tmp_path / "all.pdf").exists()


def test_batch_collects_warnings_per_document(tmp_path: Path) -> None:
    docs = [sample_invoice("en", 1, logo_png=b"garbage", number="INV-1"), sample_invoice("en", 1)]
    result = render_batch(docs, out_dir=tmp_path)
    assert result.warnings == [(0, "logo_unreadable")]


def test_batch_needs_exactly_one_target(tmp_path: Path) -> None:
    with pytest.raises(DomainError):
        render_batch([], out_dir=tmp_path, one_file=tmp_path / "x.pdf")
    with pytest.raises(DomainError):
        render(object())  # type: ignore[arg-type]

"""Batch export of invoices: one merged file or one file each, progress, cancel leaves nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.documents.conftest import Books, pdf_pages, pdf_text
from usu_desktop.domain.errors import DomainError


@pytest.fixture
def five(books: Books) -> list[int]:
    return [books.issue(f"{10 + i}.00") for i in range(5)]


def test_one_file_holds_every_invoice(books: Books, five: list[int], tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    target = tmp_path / "all.pdf"
    result = books.docs.export_invoices(five, one_file=target, progress=lambda d, t: seen.append((d, t)))
    assert result.written == [target] and not result.cancelled
    assert seen == [(i, 5) for i in range(1, 6)]
    assert pdf_pages(target.read_bytes()) == 5
    text = pdf_text(target.read_bytes())
    assert all(f"INV-2026-00000{i}" in text for i in range(1, 6))


def test_one_file_per_invoice_named_by_number(books: Books, five: list[int], tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = books.docs.export_invoices(five, out_dir=out)
    assert sorted(p.name for p in out.iterdir()) == [f"INV-2026-00000{i}.pdf" for i in range(1, 6)]
    assert len(result.written) == 5
    assert (out / "INV-2026-000003.pdf").read_bytes() == books.docs.invoice_pdf(five[2])


@pytest.mark.parametrize("mode", ["one_file", "out_dir"])
def test_cancel_leaves_no_files(books: Books, five: list[int], tmp_path: Path, mode: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    seen: list[int] = []
    target = {"one_file": out / "all.pdf"} if mode == "one_file" else {"out_dir": out}
    result = books.docs.export_invoices(five, progress=lambda d, t: seen.append(d),
                                        cancelled=lambda: len(seen) >= 2, **target)  # type: ignore[arg-type]
    assert result.cancelled and result.done == 2 and result.written == []
    assert list(out.iterdir()) == []


def test_failure_midway_removes_what_was_written(books: Books, five: list[int], tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(DomainError) as err:
        books.docs.export_invoices([*five[:3], 424242], out_dir=out)
    assert err.value.code == "invoice_not_found"
    assert list(out.iterdir()) == []


def test_existing_file_is_not_overwritten(books: Books, five: list[int], tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "INV-2026-000002.pdf").write_bytes(b"mine")
    with pytest.raises(DomainError) as err:
        books.docs.export_invoices(five, out_dir=out)
    assert err.value.code == "output_exists"
    assert [p.name for p in out.iterdir()] == ["INV-2026-000002.pdf"]
    assert (out / "INV-2026-000002.pdf").read_bytes() == b"mine"


def test_unwritable_target(books: Books, five: list[int], tmp_path: Path) -> None:
    with pytest.raises(DomainError) as err:
        books.docs.export_invoices(five, one_file=tmp_path / "missing" / "all.pdf")
    assert err.value.code == "output_not_writable"


def test_one_file_is_the_invoices_page_by_page_and_the_originals_stay_frozen(
        books: Books, five: list[int], tmp_path: Path) -> None:
    originals = [books.docs.invoice_pdf(i) for i in five]
    books.docs.export_invoices(five, one_file=tmp_path / "all.pdf")
    merged = (tmp_path / "all.pdf").read_bytes()
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(merged)).pages]
    assert texts == [page.extract_text() for data in originals for page in PdfReader(io.BytesIO(data)).pages]
    assert [books.docs.invoice_pdf(i) for i in five] == originals  # exporting changed no frozen byte
    assert books.docs.merged_invoices_pdf(five) == merged  # printing joins the same way


def test_failure_midway_into_one_file_leaves_no_file_and_no_temp_file(
        books: Books, five: list[int], tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(DomainError) as err:
        books.docs.export_invoices([*five[:3], 424242], one_file=out / "all.pdf")
    assert err.value.code == "invoice_not_found"
    assert list(out.iterdir()) == []

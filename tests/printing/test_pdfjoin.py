"""Joining PDFs by copying object bytes: every page of every part, unchanged, in order."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import ImageChops
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from usu_desktop.printing import pdfjoin
from usu_desktop.printing.documents import render_invoice, render_receipt, render_statement
from usu_desktop.printing.output import AtomicFile, merge_pdfs, render_batch
from usu_desktop.printing.pdfjoin import PdfJoiner, join_pdfs
from usu_desktop.printing.samples import sample_clinic, sample_invoice, sample_receipt, sample_statement
from usu_desktop.printing.samples import sample_invoice as invoice

from .pdfcheck import page_image, page_texts


def _logo() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (120, 40), "teal").save(out, format="PNG")
    return out.getvalue()


def _parts() -> list[bytes]:
    return [
        render_invoice(sample_invoice("en", 3, number="INV-2026-000001")),
        render_invoice(sample_invoice("fa", 4, number="INV-2026-000002", logo_png=_logo())),
        render_invoice(sample_invoice("ru", 40, number="INV-2026-000003")),  # two pages
        render_statement(sample_statement("el", 80)),
        render_receipt(sample_receipt("az")),
    ]


def _own_pages(parts: list[bytes]) -> list[str]:
    return [text for data in parts for text in page_texts(data)]


def _pdf(*objects: bytes, root: int = 1, extra_trailer: bytes = b"") -> bytes:
    """A classic-xref PDF from numbered object bodies (object i+1 = objects[i])."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, extra_trailer, xref)
    return bytes(out)


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)


def _not_through_pypdf(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(data: bytes) -> bytes:
        raise AssertionError("our own part went through pypdf")

    monkeypatch.setattr(pdfjoin, "_normalised", refuse)


def test_every_page_of_every_part_in_order_and_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    _not_through_pypdf(monkeypatch)  # ReportLab output is copied, never parsed into objects
    parts = _parts()
    joined = join_pdfs(parts)
    reader = PdfReader(io.BytesIO(joined), strict=True)
    assert len(reader.pages) == sum(len(PdfReader(io.BytesIO(p)).pages) for p in parts) == 8
    assert page_texts(joined) == _own_pages(parts)
    tree = reader.trailer["/Root"].raw_get("/Pages")
    assert all(page.raw_get("/Parent") == tree for page in reader.pages)  # one page tree, theirs left behind
    # the Persian invoice with the logo looks exactly as alone (fonts, image, QR)
    assert ImageChops.difference(page_image(joined, 1, 1.5), page_image(parts[1], 0, 1.5)).getbbox() is None
    assert ImageChops.difference(page_image(joined, 3, 1.5), page_image(parts[2], 1, 1.5)).getbbox() is None


def test_same_parts_same_bytes_and_merge_pdfs_is_the_join() -> None:
    parts = _parts()[:2]
    assert join_pdfs(parts) == join_pdfs(parts) == merge_pdfs(parts)


def test_references_inside_strings_and_streams_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    _not_through_pypdf(monkeypatch)
    name = "Mainstream (1 0 R) endobj 2 0 R clinic"
    doc = replace(sample_invoice("en", 2), clinic=replace(sample_clinic("en"), name=name))
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>")
    content = b"BT /F1 12 Tf 10 100 Td (stream 1 0 R endobj) Tj ET"
    handmade = _pdf(b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page,
                    _stream(content), b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    joined = join_pdfs([render_invoice(doc), handmade])
    reader = PdfReader(io.BytesIO(joined), strict=True)
    assert reader.metadata is not None and reader.metadata.author == name  # the first part's Info, kept
    assert reader.metadata.title is None  # it named one document only
    assert reader.pages[1].get_contents().get_data() == content
    assert page_texts(joined)[1] == "stream 1 0 R endobj"


def test_parts_of_other_shapes_go_through_pypdf_first(monkeypatch: pytest.MonkeyPatch) -> None:
    # The page size and fonts inherited from the page tree; then an incremental update.
    inherited = _pdf(b"<< /Type /Catalog /Pages 2 0 R >>",
                     b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 300 144] "
                     b"/Resources << /Font << /F1 5 0 R >> >> >>",
                     b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
                     _stream(b"BT /F1 12 Tf 10 100 Td (inherited) Tj ET"),
                     b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    ours = render_invoice(sample_invoice("en", 2, number="INV-2026-000009"))
    xref, size, root = (int(re.search(pattern, ours).group(1))  # type: ignore[union-attr]
                        for pattern in (rb"startxref\s+(\d+)", rb"/Size (\d+)", rb"/Root (\d+)"))
    update = b"\n%d 0 obj\n<< /Producer (an editor) >>\nendobj\n" % size
    updated = ours + update + (
        b"xref\n%d 1\n%010d 00000 n \ntrailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /Prev %d >>\n"
        b"startxref\n%d\n%%%%EOF\n"
        % (size, len(ours) + 1, size + 1, root, size, xref, len(ours) + len(update)))
    normalised: list[int] = []
    real = pdfjoin._normalised
    monkeypatch.setattr(pdfjoin, "_normalised", lambda data: normalised.append(1) or real(data))
    joined = join_pdfs([ours, inherited, updated])
    assert len(normalised) == 2  # not ours: rewritten by pypdf, then copied
    reader = PdfReader(io.BytesIO(joined), strict=True)
    assert [float(x) for x in reader.pages[1].mediabox] == [0, 0, 300, 144]
    assert page_texts(joined) == [*page_texts(ours), "inherited", *page_texts(ours)]


def test_what_is_not_a_pdf_is_refused() -> None:
    with pytest.raises(PdfReadError):
        join_pdfs([b"not a pdf at all"])
    with pytest.raises(ValueError):
        PdfJoiner(io.BytesIO()).finish()  # nothing to join


def test_atomic_file_appears_only_on_commit(tmp_path: Path) -> None:
    target = tmp_path / "all.pdf"
    with AtomicFile(target) as out:
        out.write(b"%PDF-")
        assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # left without commit: the temp file is gone
    with AtomicFile(target) as out:
        out.write(b"%PDF-1.4 whole")
        assert out.commit() == target
    assert [p.name for p in tmp_path.iterdir()] == ["all.pdf"] and target.read_bytes() == b"%PDF-1.4 whole"


def test_batch_one_file_streams_into_the_target_and_cancel_leaves_nothing(tmp_path: Path) -> None:
    docs = [invoice("en", 2, number=f"INV-2026-{i:06d}") for i in range(1, 5)]
    result = render_batch(docs, one_file=tmp_path / "all.pdf")
    assert page_texts((tmp_path / "all.pdf").read_bytes()) == _own_pages([render_invoice(d) for d in docs])
    (tmp_path / "all.pdf").unlink()
    seen: list[int] = []
    result = render_batch(docs, one_file=tmp_path / "all.pdf", progress_cb=lambda d, t: seen.append(d),
                          cancelled_cb=lambda: len(seen) >= 3)
    assert result.cancelled and result.done == 3
    assert list(tmp_path.iterdir()) == []  # neither the target nor a temp file

"""Writing PDFs: atomic save, merge, and batch export with progress and cancel.

`save_pdf` writes a temp file in the target folder and renames it over the target
(os.replace), so a reader never sees half a PDF and a failed write leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from usu_desktop.domain.errors import DomainError
from usu_desktop.printing.documents import render_invoice, render_receipt, render_slip, render_statement
from usu_desktop.printing.model import InvoiceDoc, ReceiptDoc, SlipDoc, StatementDoc

Doc = InvoiceDoc | ReceiptDoc | StatementDoc | SlipDoc


def render(doc: Doc, warnings: list[str] | None = None) -> bytes:
    """Render any document type."""
    if isinstance(doc, InvoiceDoc):
        return render_invoice(doc, warnings)
    if isinstance(doc, ReceiptDoc):
        return render_receipt(doc, warnings)
    if isinstance(doc, StatementDoc):
        return render_statement(doc, warnings)
    if isinstance(doc, SlipDoc):
        return render_slip(doc, warnings)
    raise DomainError("unknown_document", type=type(doc).__name__)


def save_pdf(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write `data` to `path` atomically; DomainError 'output_not_writable' on failure."""
    target = Path(path)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise DomainError("output_not_writable", path=str(target), reason=exc.strerror or str(exc)
                          ) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return target


def merge_pdfs(parts: Iterable[bytes]) -> bytes:
    """Concatenate PDFs into one (for batch printing)."""
    writer = PdfWriter()
    for data in parts:
        writer.append(PdfReader(io.BytesIO(data)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    done: int = 0
    cancelled: bool = False
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (document index, code)


def _file_name(doc: Doc, index: int) -> str:
    name = getattr(doc, "number", None) or f"document-{index + 1:05d}"
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)
    return f"{safe}.pdf"


def render_batch(docs: Sequence[Doc], *, out_dir: str | os.PathLike[str] | None = None,
                 one_file: str | os.PathLike[str] | None = None,
                 progress_cb: Callable[[int, int], None] | None = None,
                 cancelled_cb: Callable[[], bool] | None = None) -> BatchResult:
    """Render many documents: one PDF each into `out_dir`, or all merged into `one_file`.

    Calls progress_cb(done, total) after each document and stops early when
    cancelled_cb() is true; a cancelled one-file export writes nothing.
    """
    if (out_dir is None) == (one_file is None):
        raise DomainError("batch_needs_one_target")
    result = BatchResult()
    parts: list[bytes] = []
    total = len(docs)
    for index, doc in enumerate(docs):
        if cancelled_cb is not None and cancelled_cb():
            result.cancelled = True
            break
        warnings: list[str] = []
        data = render(doc, warnings)
        result.warnings.extend((index, code) for code in warnings)
        if out_dir is not None:
            result.written.append(save_pdf(Path(out_dir) / _file_name(doc, index), data))
        else:
            parts.append(data)
        result.done += 1
        if progress_cb is not None:
            progress_cb(result.done, total)
    if one_file is not None and not result.cancelled and parts:
        result.written.append(save_pdf(one_file, merge_pdfs(parts)))
    return result

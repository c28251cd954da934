"""Writing PDFs: atomic save, merge, and batch export with progress and cancel.

`save_pdf` writes a temp file in the target folder and renames it over the target
(os.replace), so a reader never sees half a PDF and a failed write leaves nothing behind.
`AtomicFile` does the same for a file written piece by piece: a merged batch goes into it
part by part (pdfjoin.PdfJoiner) and appears under its name only when complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from usu_desktop.domain.errors import DomainError
from usu_desktop.printing.documents import render_invoice, render_receipt, render_slip, render_statement
from usu_desktop.printing.model import InvoiceDoc, ReceiptDoc, SlipDoc, StatementDoc
from usu_desktop.printing.pdfjoin import PdfJoiner, join_pdfs

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


class AtomicFile:
    """A temp file in the target's folder that becomes `path` on `commit()` and vanishes otherwise.

    For output written piece by piece (a merged batch): a cancelled or failed export leaves
    neither a half-written target nor a temp file. Use it as a context manager; write errors
    are DomainError 'output_not_writable', like `save_pdf`'s.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.target = Path(path)
        self._tmp: str | None = None
        try:
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp",
                                             dir=self.target.parent)
            self._handle = os.fdopen(fd, "wb")
        except OSError as exc:
            self.discard()
            raise self._error(exc) from None

    def _error(self, exc: OSError) -> DomainError:
        return DomainError("output_not_writable", path=str(self.target), reason=exc.strerror or str(exc))

    def write(self, data: bytes) -> int:
        try:
            return self._handle.write(data)
        except OSError as exc:
            raise self._error(exc) from None

    def commit(self) -> Path:
        """Flush to disk and rename over the target."""
        assert self._tmp is not None, "committed or discarded already"
        try:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            os.replace(self._tmp, self.target)
            self._tmp = None
        except OSError as exc:
            raise self._error(exc) from None
        finally:
            self.discard()
        return self.target

    def discard(self) -> None:
        """Close and remove the temp file (nothing happens after `commit`)."""
        handle = getattr(self, "_handle", None)
        if handle is not None:
            with contextlib.suppress(OSError):
                handle.close()
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._tmp)
            self._tmp = None

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.discard()


def save_pdf(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write `data` to `path` atomically; DomainError 'output_not_writable' on failure."""
    with AtomicFile(path) as out:
        out.write(data)
        return out.commit()


def merge_pdfs(parts: Iterable[bytes]) -> bytes:
    """Concatenate PDFs into one (for batch printing); see pdfjoin for why not pypdf's merge."""
    return join_pdfs(parts)


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
    with contextlib.ExitStack() as stack:
        sink = stack.enter_context(AtomicFile(one_file)) if one_file is not None else None
        joiner = PdfJoiner(sink) if sink is not None else None
        _render_all(docs, out_dir, joiner, result, progress_cb, cancelled_cb)
        if sink is not None and joiner is not None and not result.cancelled and joiner.page_count:
            joiner.finish()
            result.written.append(sink.commit())
    return result


def _render_all(docs: Sequence[Doc], out_dir: str | os.PathLike[str] | None, joiner: PdfJoiner | None,
                result: BatchResult, progress_cb: Callable[[int, int], None] | None,
                cancelled_cb: Callable[[], bool] | None) -> None:
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
        elif joiner is not None:
            joiner.add(data)  # written as it comes: one part in memory at a time
        result.done += 1
        if progress_cb is not None:
            progress_cb(result.done, total)

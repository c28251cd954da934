"""PdfPreviewDialog: shows PDF bytes with QtPdf, prints them, saves them as a file.

The dialog never renders documents itself: it gets finished bytes (frozen originals are
shown exactly as stored). Printing rasterises each page at the printer's resolution;
saving goes through `printing.output.save_pdf`, so a failed save leaves no half file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.domain.errors import DomainError
from usu_desktop.printing.output import save_pdf
from usu_desktop.ui.documents.texts import document_error_text
from usu_desktop.ui.i18n import isolate


class PdfPreviewDialog(QDialog):
    """A document on screen with Print, Save as PDF and Close."""

    def __init__(self, ctx: Any, data: bytes, title: str, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.ctx = ctx
        self.data = data
        self.file_name = file_name
        self.setWindowTitle(title)
        self.resize(760, 900)
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self.pages_label = QLabel(self)
        self.zoom_out = QPushButton(self.tr("Zoom out"), self)
        self.zoom_in = QPushButton(self.tr("Zoom in"), self)
        self.fit = QPushButton(self.tr("Fit width"), self)
        self.zoom_out.clicked.connect(lambda: self._zoom(1 / 1.25))
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        tools = QHBoxLayout()
        tools.addWidget(self.pages_label)
        tools.addStretch(1)
        for button in (self.zoom_out, self.zoom_in, self.fit):
            button.setAutoDefault(False)
            tools.addWidget(button)

        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.document.statusChanged.connect(self._update_pages)
        self._update_pages()

    # --- view ---------------------------------------------------------------------------
    def _update_pages(self, *_args: object) -> None:
        count = self.document.pageCount()
        shown = self.tr("Pages: {count}").format(count=isolate(self.locale().toString(count)))
        self.pages_label.setText(shown if count else "")
        ready = self.document.status() == QPdfDocument.Status.Ready
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(True)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    # --- print --------------------------------------------------------------------------
    def print_document(self) -> int | None:
        return print_loaded(self.ctx, self, self.document, self.file_name)

    def print_to(self, printer: QPrinter) -> int:
        """Paint the pages (the printer's page range, if set) onto `printer`; returns pages printed."""
        return paint_pages(self.document, printer)

    # --- save ---------------------------------------------------------------------------
    def save_as(self) -> str | None:
        return save_bytes(self.ctx, self, self.data, self.file_name)


def choose_printer(ctx: Any, parent: QWidget | None, printer: QPrinter) -> bool:
    """The print dialog through `ctx.dialogs` (tests answer it, pointing the printer at a PDF file)."""
    return bool(ctx.dialogs.print_setup(parent, printer))


def paint_pages(document: QPdfDocument, printer: QPrinter,
                on_page: Callable[[int, int], bool] | None = None) -> int:
    """Paint the pages (the printer's page range, if set) onto `printer`; returns pages printed.

    `on_page(done, total)` is told after each page; when it answers False the job stops
    (the printer is told to abort, so nothing half-printed is sent).
    """
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    pages = range(first - 1, min(last, count)) if first > 0 and last > 0 else range(count)
    painter = QPainter()
    if not painter.begin(printer):
        raise DomainError("print_failed")
    printed = 0
    try:
        dpi = printer.resolution()
        for n, page in enumerate(pages):
            if n:
                printer.newPage()
            area = painter.viewport()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height(), dpi / 72.0)
            size = QSize(round(points.width() * scale), round(points.height() * scale))
            image = document.render(page, size)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
            printed += 1
            if on_page is not None and not on_page(printed, len(pages)):
                printer.abort()
                break
    finally:
        painter.end()
    return printed


PROGRESS_FROM_PAGES = 4  # shorter jobs print before a progress dialog would even show


def print_loaded(ctx: Any, parent: QWidget | None, document: QPdfDocument, doc_name: str) -> int | None:
    """Ask the printer, then print; the number of pages printed, None when the user backed out.

    Long jobs (a batch of invoices) show a progress dialog with Cancel while the pages go
    out; the GUI keeps painting between pages.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc_name)
    printer.setFromTo(1, max(1, document.pageCount()))
    if not choose_printer(ctx, parent, printer):
        return None
    progress: QProgressDialog | None = None
    if document.pageCount() >= PROGRESS_FROM_PAGES:
        progress = QProgressDialog(QCoreApplication.translate("PdfPreviewDialog", "Printing…"),
                                   QCoreApplication.translate("PdfPreviewDialog", "Cancel"),
                                   0, document.pageCount(), parent)
        progress.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", "Print"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

    def on_page(done: int, total: int) -> bool:
        if progress is None:
            return True
        progress.setMaximum(total)
        progress.setValue(done)  # a modal progress dialog lets the event loop run here
        return not progress.wasCanceled()

    try:
        return paint_pages(document, printer, on_page)
    except DomainError as exc:
        ctx.dialogs.error(parent, QCoreApplication.translate("PdfPreviewDialog", "Printing failed"),
                          document_error_text(exc))
        return None
    finally:
        if progress is not None:
            progress.close()
            progress.deleteLater()


def print_bytes(ctx: Any, parent: QWidget | None, data: bytes, doc_name: str) -> int | None:
    """Print finished PDF bytes without showing them first (the Print buttons of the screens)."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)  # a whole in-memory buffer loads at once
    try:
        if document.status() != QPdfDocument.Status.Ready:
            failure = document_error_text(DomainError("print_failed"))
            title = QCoreApplication.translate("PdfPreviewDialog", "Printing failed")
            ctx.dialogs.error(parent, title, failure)
            return None
        return print_loaded(ctx, parent, document, doc_name)
    finally:
        document.close()
        buffer.close()


def save_bytes(ctx: Any, parent: QWidget | None, data: bytes, file_name: str) -> str | None:
    """Ask where (ctx.dialogs.save_file), then write atomically; the path, or None."""
    caption = QCoreApplication.translate("PdfPreviewDialog", "Save as PDF")
    name_filter = QCoreApplication.translate("PdfPreviewDialog", "PDF files (*.pdf)")
    path = ctx.dialogs.save_file(parent, caption, name_filter, file_name)
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        saved = save_pdf(path, data)
    except DomainError as exc:
        ctx.dialogs.error(parent, QCoreApplication.translate("PdfPreviewDialog", "Could not save the PDF"),
                          document_error_text(exc))
        return None
    events = getattr(ctx, "events", None)
    if events is not None:
        saved_text = QCoreApplication.translate("PdfPreviewDialog", "Saved {path}")
        events.status_message.emit(saved_text.format(path=isolate(saved)))
    return str(saved)

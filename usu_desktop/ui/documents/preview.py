"""PdfPreviewDialog: shows PDF bytes with QtPdf, prints them, saves them as a file.

The dialog never renders documents itself: it gets finished bytes (frozen originals are
shown exactly as stored). Printing rasterises each page at the printer's resolution;
saving goes through `printing.output.save_pdf`, so a failed save leaves no half file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
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
    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        printer.setFromTo(1, max(1, self.document.pageCount()))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except DomainError as exc:
            self.ctx.dialogs.error(self, self.tr("Printing failed"), document_error_text(exc))

    def print_to(self, printer: QPrinter) -> int:
        """Paint the pages (the printer's page range, if set) onto `printer`; returns pages printed."""
        count = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        pages = range(first - 1, min(last, count)) if first > 0 and last > 0 else range(count)
        painter = QPainter()
        if not painter.begin(printer):
            raise DomainError("print_failed")
        try:
            dpi = printer.resolution()
            for n, page in enumerate(pages):
                if n:
                    printer.newPage()
                area = painter.viewport()
                points = self.document.pagePointSize(page)
                scale = min(area.width() / points.width(), area.height() / points.height(),
                            dpi / 72.0)
                size = QSize(round(points.width() * scale), round(points.height() * scale))
                image = self.document.render(page, size)
                painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
        finally:
            painter.end()
        return len(pages)

    # --- save ---------------------------------------------------------------------------
    def save_as(self) -> str | None:
        path = self.ctx.dialogs.save_file(self, self.tr("Save as PDF"), self.tr("PDF files (*.pdf)"),
                                          self.file_name)
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            saved = save_pdf(path, self.data)
        except DomainError as exc:
            self.ctx.dialogs.error(self, self.tr("Could not save the PDF"), document_error_text(exc))
            return None
        events = getattr(self.ctx, "events", None)
        if events is not None:
            events.status_message.emit(self.tr("Saved {path}").format(path=isolate(saved)))
        return str(saved)

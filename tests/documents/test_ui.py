"""The preview dialog with a real QPdfDocument; the actions; batch export with progress and cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProgressDialog, QPushButton, QWidget

from tests.documents.conftest import Books, pdf_pages, pdf_text
from usu_desktop.app import make_context
from usu_desktop.storage.queries import InvoiceFilter
from usu_desktop.tasks.runner import SyncTaskRunner, TaskRunner, TaskStatus
from usu_desktop.ui import i18n
from usu_desktop.ui.dialogs import RecordingDialogs
from usu_desktop.ui.documents import actions
from usu_desktop.ui.documents.period import PeriodDialog
from usu_desktop.ui.documents.preview import PdfPreviewDialog


@pytest.fixture
def ctx(qapp: QApplication, books: Books, tmp_path: Path) -> Any:
    i18n.install(qapp, "en")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return make_context(books.db, qsettings=settings, language="en", dialogs=RecordingDialogs(),
                        runner=SyncTaskRunner(), db_label="test")


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _preview(parent: QWidget) -> PdfPreviewDialog:
    dialog = parent.findChild(PdfPreviewDialog)
    assert dialog is not None
    return dialog


def _wait_ready(qtbot: Any, dialog: PdfPreviewDialog) -> None:
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready, timeout=5000)


def test_preview_invoice_loads_a_real_pdf(ctx: Any, books: Books, parent: QWidget, qtbot: Any) -> None:
    invoice_id = books.issue("100.00")
    actions.preview_invoice(ctx, invoice_id, parent)
    dialog = _preview(parent)
    qtbot.addWidget(dialog)
    _wait_ready(qtbot, dialog)
    assert dialog.document.pageCount() >= 1
    assert dialog.windowTitle().startswith("Invoice") and "INV-2026-000001" in dialog.windowTitle()
    assert dialog.data == books.docs.invoice_pdf(invoice_id)
    assert dialog.pages_label.text() == "Pages: \u20681\u2069"
    assert dialog.print_button.isEnabled()


def test_print_to_a_pdf_printer(ctx: Any, books: Books, parent: QWidget, qtbot: Any,
                                tmp_path: Path) -> None:
    actions.preview_invoice(ctx, books.issue("10.00"), parent)
    dialog = _preview(parent)
    qtbot.addWidget(dialog)
    _wait_ready(qtbot, dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == 1
    assert pdf_pages((tmp_path / "printed.pdf").read_bytes()) == 1


def test_save_as_pdf_and_unwritable_folder(ctx: Any, books: Books, parent: QWidget, qtbot: Any,
                                           tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    ctx.dialogs.file_answers.extend([str(tmp_path / "copy"), str(blocker / "copy.pdf")])
    actions.preview_invoice(ctx, books.issue("10.00"), parent)
    dialog = _preview(parent)
    qtbot.addWidget(dialog)
    assert dialog.save_as() == str(tmp_path / "copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes() == dialog.data
    assert dialog.save_as() is None
    shown = ctx.dialogs.shown[-1]
    assert shown.kind == "error" and "cannot be written" in shown.text
    assert "choose another folder" in shown.text
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))


def test_receipt_statement_slip_previews(ctx: Any, books: Books, parent: QWidget, qtbot: Any) -> None:
    from usu_desktop.domain.money import Money

    books.issue("100.00")
    paid = books.payments.record_desk_payment(books.client_id, Money("50.00", "EUR"), "cash")
    actions.preview_receipt(ctx, paid.payment_id, parent)
    actions.preview_statement(ctx, books.client_id, parent, period=(date(2026, 1, 1), date(2026, 12, 31)))
    actions.preview_slip(ctx, books.client_id, parent)
    dialogs = parent.findChildren(PdfPreviewDialog)
    assert len(dialogs) == 3
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        _wait_ready(qtbot, dialog)
    texts = [pdf_text(d.data) for d in dialogs]
    assert "Receipt" in texts[0] and "Statement of account" in texts[1] and "Payment slip" in texts[2]


def test_errors_go_to_the_dialogs_service(ctx: Any, books: Books, parent: QWidget) -> None:
    actions.preview_invoice(ctx, 4242, parent)
    assert parent.findChild(PdfPreviewDialog) is None
    assert ctx.dialogs.shown[-1].kind == "error"
    assert ctx.dialogs.shown[-1].text == "This invoice no longer exists."
    assert QApplication.overrideCursor() is None


def test_period_dialog_refuses_a_reversed_period(qtbot: Any) -> None:
    dialog = PeriodDialog(today=date(2026, 5, 17))
    qtbot.addWidget(dialog)
    assert dialog.period() == (date(2026, 1, 1), date(2026, 5, 17))
    dialog.date_from.setDate(dialog.date_to.date().addDays(1))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.problem.text() != ""
    dialog.date_from.setDate(dialog.date_to.date())
    assert ok.isEnabled() and dialog.problem.text() == ""


def test_batch_export_one_file_and_per_invoice(ctx: Any, books: Books, parent: QWidget,
                                               tmp_path: Path) -> None:
    ids = [books.issue(f"{10 + i}.00") for i in range(4)]
    outcome = actions.export_batch(ctx, ids, parent, one_file=str(tmp_path / "all.pdf"))
    assert outcome.status is TaskStatus.SUCCEEDED
    assert pdf_pages((tmp_path / "all.pdf").read_bytes()) == 4
    assert ctx.dialogs.shown[-1].text.startswith("\u20684\u2069 invoices exported to")
    out = tmp_path / "each"
    out.mkdir()
    actions.export_batch(ctx, InvoiceFilter(client_id=books.client_id), parent, out_dir=str(out))
    assert len(list(out.glob("INV-*.pdf"))) == 4


def test_batch_runs_in_the_background_and_cancel_leaves_nothing(ctx: Any, books: Books, parent: QWidget,
                                                               qtbot: Any, tmp_path: Path) -> None:
    ids = [books.issue("10.00") for _ in range(3)]
    ids = ids * 10  # 30 reprints (rendered, not stored): long enough to cancel halfway
    ctx.runner = TaskRunner()
    out = tmp_path / "each"
    out.mkdir()
    ticks: list[int] = []
    seen: list[int] = []

    def cancel_when_halfway() -> None:
        ticks.append(1)  # the GUI thread keeps running while the worker exports
        bar = parent.findChild(QProgressDialog)
        if bar is not None and bar.value() >= 2:
            seen.append(bar.value())
            bar.findChild(QPushButton).click()  # the user presses Cancel
            return
        QTimer.singleShot(5, cancel_when_halfway)

    QTimer.singleShot(0, cancel_when_halfway)
    outcome = actions.export_batch(ctx, ids, parent, one_file=str(out / "all.pdf"), current_state=True)
    assert outcome.status is TaskStatus.CANCELLED
    assert seen and len(ticks) > 1
    assert list(out.iterdir()) == []
    assert ctx.dialogs.shown[-1].text == "Export cancelled. No files were written."


def test_printing_stops_when_told(books: Books, qtbot: Any, tmp_path: Path) -> None:
    """A long print job asks after each page; Cancel aborts the job (nothing half-sent)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from usu_desktop.ui.documents.preview import paint_pages

    data = books.docs.merged_invoices_pdf([books.issue("10.00") for _ in range(5)])
    assert data is not None and pdf_pages(data) == 5
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "stopped.pdf"))
    seen: list[tuple[int, int]] = []
    assert paint_pages(document, printer, lambda done, total: seen.append((done, total)) or done < 2) == 2
    assert seen == [(1, 5), (2, 5)]
    printer2 = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer2.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer2.setOutputFileName(str(tmp_path / "all.pdf"))
    assert paint_pages(document, printer2) == 5
    assert pdf_pages((tmp_path / "all.pdf").read_bytes()) == 5
    assert books.docs.merged_invoices_pdf([books.issue("1.00")], cancelled=lambda: True) is None

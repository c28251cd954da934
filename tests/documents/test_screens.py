"""The print buttons on the reception screens: real main window, real buttons, keys and context
menus; the document that results is parsed back (a saved PDF with pypdf, a printed one from
the PDF printer, the preview dialog's bytes)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMenu, QWidget

from tests.documents.conftest import Books, pdf_pages, pdf_text
from usu_desktop.app import make_context
from usu_desktop.domain.money import Money
from usu_desktop.tasks.runner import SyncTaskRunner, TaskRunner
from usu_desktop.ui import i18n
from usu_desktop.ui.dialogs import RecordingDialogs, Shown
from usu_desktop.ui.documents.batch import BatchDialog
from usu_desktop.ui.documents.period import PeriodDialog
from usu_desktop.ui.documents.preview import PdfPreviewDialog
from usu_desktop.ui.pages import load_screens

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def press(qtbot: Any, widget: QWidget, key: Qt.Key, modifiers: Any) -> None:
    """A key press on `widget` with its window active (shortcuts only reach the active window)."""
    window = widget.window()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    widget.setFocus()
    qtbot.keyClick(widget, key, modifiers)


@dataclass
class PrintingDialogs(RecordingDialogs):
    """Modal dialogs run a script; the print dialog sends the job to a PDF file."""

    scripts: deque[Callable[[QDialog], Any]] = field(default_factory=deque)
    printed: list[Path] = field(default_factory=list)
    print_to: Path | None = None

    def run(self, dialog: QDialog) -> bool:
        self.shown.append(Shown("dialog", dialog.windowTitle(), type(dialog).__name__))
        assert self.scripts, f"no script for {type(dialog).__name__}"
        self.scripts.popleft()(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    def print_setup(self, parent: QWidget | None, printer: QPrinter) -> bool:
        self.shown.append(Shown("print", printer.docName(), ""))
        if self.print_to is None:
            return False  # the user pressed Cancel in the print dialog
        target = self.print_to.with_name(f"{self.print_to.stem}-{len(self.printed)}.pdf")
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(72)  # small raster, fast test
        self.printed.append(target)
        return True


@pytest.fixture
def ctx(qapp: QApplication, books: Books, tmp_path: Path) -> Any:
    i18n.install(qapp, "en")
    load_screens()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    dialogs = PrintingDialogs(print_to=tmp_path / "printed.pdf")
    return make_context(books.db, qsettings=settings, language="en", dialogs=dialogs,
                        runner=SyncTaskRunner(), db_label="test")


@pytest.fixture
def window(qtbot: Any, ctx: Any) -> Any:
    from usu_desktop.ui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.windowHandle().requestActivate()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    return w


def previews(widget: QWidget, qtbot: Any) -> list[PdfPreviewDialog]:
    found = widget.findChildren(PdfPreviewDialog)
    for dialog in found:
        qtbot.addWidget(dialog)
    return found


def select_rows(page: Any, rows: list[int]) -> None:
    selection = page.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(page.model.index(row, 0), flags)
    page.view.selectionModel().setCurrentIndex(page.model.index(rows[-1], 0),
                                               QItemSelectionModel.SelectionFlag.NoUpdate)


def row_of(page: Any, item_id: int) -> int:
    row = page.model.row_of_id(item_id)
    assert row is not None
    return row


def choose_period(first: date, last: date) -> Callable[[QDialog], None]:
    def script(dialog: Any) -> None:
        assert isinstance(dialog, PeriodDialog)
        dialog.date_from.setDate(QDate(first.year, first.month, first.day))
        dialog.date_to.setDate(QDate(last.year, last.month, last.day))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    return script


@pytest.fixture
def invoices(books: Books) -> dict[str, int]:
    ids = {"a": books.issue("100.00"), "b": books.issue("20.00"), "c": books.issue("7.50")}
    from usu_desktop.domain.invoices import InvoiceLine

    ids["draft"] = books.invoicing.create_draft(
        books.client_id, [InvoiceLine.of("Draft line", 1, Money("5.00", "EUR"))])
    return ids


# --- invoices screen -------------------------------------------------------------------------

def test_invoice_buttons_follow_the_selection(window: Any, invoices: dict[str, int]) -> None:
    page = window.show_page("invoices")
    page.refresh()
    buttons = (page.preview_button, page.print_button, page.save_pdf_button)
    select_rows(page, [row_of(page, invoices["draft"])])
    assert not any(b.isEnabled() for b in buttons)  # a draft has no document yet
    assert page.export_button.isEnabled()
    select_rows(page, [row_of(page, invoices["a"])])
    assert all(b.isEnabled() for b in buttons)
    select_rows(page, [row_of(page, invoices["a"]), row_of(page, invoices["b"])])
    assert not page.preview_button.isEnabled() and not page.save_pdf_button.isEnabled()
    assert page.print_button.isEnabled() and page.export_button.isEnabled()  # these take many
    page.view.selectionModel().clearSelection()
    assert not page.export_button.isEnabled() and not page.preview_button.isEnabled()


def test_preview_button_and_key_open_the_selected_invoice(window: Any, ctx: Any, books: Books,
                                                          invoices: dict[str, int], qtbot: Any) -> None:
    page = window.show_page("invoices")
    page.refresh()
    select_rows(page, [row_of(page, invoices["b"])])
    page.preview_button.click()
    [dialog] = previews(page, qtbot)
    number = books.docs.invoice_number(invoices["b"])
    assert number in dialog.windowTitle()
    assert dialog.data == books.docs.invoice_pdf(invoices["b"])
    assert number in pdf_text(dialog.data)
    dialog.close()
    qtbot.waitUntil(lambda: not previews(page, qtbot))
    select_rows(page, [row_of(page, invoices["c"])])
    press(qtbot, page.view, Qt.Key.Key_P, CTRL_SHIFT)
    [dialog] = previews(page, qtbot)
    assert dialog.data == books.docs.invoice_pdf(invoices["c"])


def test_print_and_save_buttons_write_the_invoice(window: Any, ctx: Any, books: Books,
                                                  invoices: dict[str, int], qtbot: Any,
                                                  tmp_path: Path) -> None:
    page = window.show_page("invoices")
    page.refresh()
    select_rows(page, [row_of(page, invoices["a"])])
    page.print_button.click()
    [printed] = ctx.dialogs.printed
    assert pdf_pages(printed.read_bytes()) == 1  # rasterised pages, one per document page
    assert ctx.dialogs.shown[-1].kind == "print"
    assert ctx.dialogs.shown[-1].title == books.docs.invoice_number(invoices["a"]) + ".pdf"
    assert not previews(page, qtbot)  # Print goes straight to the printer

    ctx.dialogs.file_answers.append(str(tmp_path / "saved"))
    page.save_pdf_button.click()
    saved = (tmp_path / "saved.pdf").read_bytes()
    assert saved == books.docs.invoice_pdf(invoices["a"])  # the frozen original, byte for byte
    text = pdf_text(saved)
    assert books.docs.invoice_number(invoices["a"]) in text and "Jane Smith" in text

    ctx.dialogs.print_to = None  # Cancel in the print dialog: nothing printed, no error
    press(qtbot, page.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(ctx.dialogs.printed) == 1 and ctx.dialogs.shown[-1].kind == "print"
    assert QApplication.overrideCursor() is None


def test_print_several_invoices_as_one_job(window: Any, ctx: Any, books: Books, invoices: dict[str, int],
                                           qtbot: Any) -> None:
    invoices["d"] = books.issue("12.00")
    page = window.show_page("invoices")
    page.refresh()
    select_rows(page, [row_of(page, invoices[k]) for k in ("a", "b", "c", "d", "draft")])
    page.print_button.click()  # four pages: rendered in the background, printed with progress
    [printed] = ctx.dialogs.printed
    assert pdf_pages(printed.read_bytes()) == 4  # the draft is left out
    assert [s.kind for s in ctx.dialogs.shown] == ["print"]
    ctx.dialogs.print_to = None
    page.print_action.trigger()  # Cancel in the print dialog: nothing more printed
    assert len(ctx.dialogs.printed) == 1
    ctx.dialogs.print_to = printed.with_name("all.pdf")
    page.print_all_action.trigger()  # every issued invoice of the filter (all four here)
    assert pdf_pages(ctx.dialogs.printed[-1].read_bytes()) == 4


def test_export_selected_in_the_background_into_one_pdf(window: Any, ctx: Any, books: Books,
                                                        invoices: dict[str, int], qtbot: Any,
                                                        tmp_path: Path) -> None:
    page = window.show_page("invoices")
    page.refresh()
    ctx.runner = TaskRunner()  # a real pool thread, progress dialog and all
    target = tmp_path / "batch.pdf"

    def fill(dialog: Any) -> None:
        assert isinstance(dialog, BatchDialog)
        assert "3" in dialog.summary.text()  # the draft in the selection is left out
        dialog.path.setText(str(target))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    ctx.dialogs.scripts.append(fill)
    rows = [row_of(page, invoices[k]) for k in ("a", "b", "c", "draft")]
    select_rows(page, rows)
    press(qtbot, page.view, Qt.Key.Key_E, CTRL_SHIFT)
    data = target.read_bytes()
    assert pdf_pages(data) == 3
    text = pdf_text(data)
    for key in ("a", "b", "c"):
        assert books.docs.invoice_number(invoices[key]) in text
    assert ctx.dialogs.shown[-1].kind == "info" and "exported to" in ctx.dialogs.shown[-1].text
    assert ctx.runner.wait_for_done(5000)


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_context_menu_of_the_invoice_list(window: Any, ctx: Any, books: Books, invoices: dict[str, int],
                                          qtbot: Any, tmp_path: Path) -> None:
    page = window.show_page("invoices")
    page.refresh()
    page.view.selectionModel().clearSelection()
    row = row_of(page, invoices["c"])
    rect = page.view.visualRect(page.model.index(row, 1))
    page.view.customContextMenuRequested.emit(rect.center())  # right-click selects the row first
    menu = page.view.findChild(QMenu)
    assert menu is not None
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:8] == ["Open", "Preview", "Preview current state (with paid stamp)", "Print…",
                         "Save as PDF…", "Print all shown…", "Export selected…", "Export all shown…"]
    assert page.selected_invoice_ids() == [invoices["c"]]
    stamped = next(a for a in menu.actions() if a.text().startswith("Preview current"))
    menu.close()
    stamped.trigger()
    [dialog] = previews(page, qtbot)
    assert "current state" in dialog.windowTitle()
    assert books.docs.invoice_number(invoices["c"]) in pdf_text(dialog.data)


def test_export_all_shown_uses_the_filter(window: Any, ctx: Any, books: Books, invoices: dict[str, int],
                                          tmp_path: Path) -> None:
    page = window.show_page("invoices")
    page.refresh()
    out = tmp_path / "each"
    out.mkdir()

    def per_invoice(dialog: Any) -> None:
        dialog.per_invoice.setChecked(True)
        ctx.dialogs.file_answers.append(str(out))
        dialog._browse()  # the Browse button: folders come from the dialogs service too
        assert ctx.dialogs.kinds()[-1] == "choose_folder"
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    ctx.dialogs.scripts.append(per_invoice)
    page.export_all_action.trigger()
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(books.docs.invoice_number(invoices[k]) + ".pdf" for k in ("a", "b", "c"))


# --- invoice editor ----------------------------------------------------------------------------

def test_editor_of_an_issued_invoice_previews_prints_and_saves(ctx: Any, books: Books, qtbot: Any,
                                                               invoices: dict[str, int],
                                                               tmp_path: Path) -> None:
    from usu_desktop.ui.invoices.editor import InvoiceEditor

    draft = InvoiceEditor(ctx, invoice_id=invoices["draft"])
    qtbot.addWidget(draft)
    assert draft.preview_button.isHidden() and not draft.print_action.isEnabled()

    editor = InvoiceEditor(ctx, invoice_id=invoices["a"])
    qtbot.addWidget(editor)
    assert not editor.preview_button.isHidden() and editor.print_action.isEnabled()
    editor.preview_button.click()
    [dialog] = previews(editor, qtbot)
    assert dialog.data == books.docs.invoice_pdf(invoices["a"])
    editor.print_button.click()
    assert len(ctx.dialogs.printed) == 1 and pdf_pages(ctx.dialogs.printed[0].read_bytes()) == 1
    ctx.dialogs.file_answers.append(str(tmp_path / "from-editor.pdf"))
    editor.save_pdf_button.click()
    assert (tmp_path / "from-editor.pdf").read_bytes() == books.docs.invoice_pdf(invoices["a"])


def test_editor_issue_then_print(ctx: Any, books: Books, qtbot: Any, invoices: dict[str, int]) -> None:
    from usu_desktop.ui.invoices.editor import InvoiceEditor

    editor = InvoiceEditor(ctx, invoice_id=invoices["draft"])
    qtbot.addWidget(editor)
    ctx.dialogs.confirm_answers.append(True)
    assert editor.issue()
    assert not editor.preview_button.isHidden() and editor.preview_action.isEnabled()
    editor.print_action.trigger()
    assert len(ctx.dialogs.printed) == 1


# --- patients screen ---------------------------------------------------------------------------

def test_statement_and_slip_from_the_patient_card(window: Any, ctx: Any, books: Books,
                                                  invoices: dict[str, int], qtbot: Any) -> None:
    books.payments.record_desk_payment(books.client_id, Money("30.00", "EUR"), "cash")
    page = window.show_page("clients")
    page.refresh()
    assert not page.card.statement_button.isEnabled() and not page.statement_action.isEnabled()
    page.select_client(books.client_id)
    assert page.card.statement_button.isEnabled() and page.print_statement_action.isEnabled()

    ctx.dialogs.scripts.append(choose_period(date(2026, 1, 1), date(2026, 12, 31)))
    page.card.statement_button.click()
    [dialog] = previews(page, qtbot)
    text = pdf_text(dialog.data)
    assert "Statement of account" in text and "Jane Smith" in text
    assert books.docs.invoice_number(invoices["a"]) in text
    dialog.close()
    qtbot.waitUntil(lambda: not previews(page, qtbot))

    page.card.slip_button.click()
    [slip] = previews(page, qtbot)
    assert "Payment slip" in pdf_text(slip.data)
    client_number = page.card.row.client_number
    assert client_number in pdf_text(slip.data).replace(" ", "")

    ctx.dialogs.scripts.append(choose_period(date(2026, 1, 1), date(2026, 12, 31)))
    press(qtbot, page.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # print the statement
    assert len(ctx.dialogs.printed) == 1 and pdf_pages(ctx.dialogs.printed[0].read_bytes()) >= 1


def test_statement_period_cancelled_does_nothing(window: Any, ctx: Any, books: Books, qtbot: Any) -> None:
    page = window.show_page("clients")
    page.refresh()
    page.select_client(books.client_id)
    ctx.dialogs.scripts.append(lambda dialog: dialog.reject())
    assert page.statement_action.isEnabled()
    page.statement_action.trigger()
    assert not previews(page, qtbot) and not ctx.dialogs.printed


def test_card_lists_print_invoices_and_receipts(window: Any, ctx: Any, books: Books,
                                                invoices: dict[str, int], qtbot: Any,
                                                tmp_path: Path) -> None:
    paid = books.payments.record_desk_payment(books.client_id, Money("30.00", "EUR"), "card")
    page = window.show_page("clients")
    page.refresh()
    page.select_client(books.client_id)
    card = page.card
    card.payment_view.select_row(card.payments.row_of_id(paid.payment_id))
    actions = card._receipt_menu()
    assert all(a.isEnabled() for a in actions)
    ctx.dialogs.file_answers.append(str(tmp_path / "receipt.pdf"))
    next(a for a in actions if a.objectName() == "cardSaveReceipt").trigger()
    text = pdf_text((tmp_path / "receipt.pdf").read_bytes())
    assert "Receipt" in text and f"R-{paid.payment_id:06d}" in text

    card.invoice_view.select_row(card.invoices.row_of_id(invoices["draft"]))
    menu_actions = [a for a in card._invoice_menu() if a is not None]
    assert [a.isEnabled() for a in menu_actions] == [True, False, False, False]  # a draft opens only
    card.invoice_view.select_row(card.invoices.row_of_id(invoices["b"]))
    menu_actions = [a for a in card._invoice_menu() if a is not None]
    assert all(a.isEnabled() for a in menu_actions)
    next(a for a in menu_actions if a.objectName() == "cardPreviewInvoice").trigger()
    [dialog] = previews(card, qtbot)
    assert dialog.data == books.docs.invoice_pdf(invoices["b"])


# --- payments screen ---------------------------------------------------------------------------

def test_receipt_of_the_selected_payment(window: Any, ctx: Any, books: Books, invoices: dict[str, int],
                                         qtbot: Any, tmp_path: Path) -> None:
    paid = books.payments.record_desk_payment(books.client_id, Money("120.00", "EUR"), "cash")
    page = window.show_page("payments")
    page.refresh()
    page.view.select_row(page.model.row_of_id(paid.payment_id))
    assert page.receipt_button.isEnabled() and page.print_receipt_button.isEnabled()
    page.receipt_button.click()
    [dialog] = previews(page, qtbot)
    text = pdf_text(dialog.data)
    assert "Receipt" in text and books.docs.invoice_number(invoices["a"]) in text
    assert f"R-{paid.payment_id:06d}" in dialog.windowTitle()

    ctx.dialogs.file_answers.append(str(tmp_path / "r.pdf"))
    press(qtbot, page.view, Qt.Key.Key_S, CTRL_SHIFT)
    assert (tmp_path / "r.pdf").read_bytes() == dialog.data
    page.print_receipt_button.click()
    assert len(ctx.dialogs.printed) == 1


def test_unassigned_payment_has_no_receipt(window: Any, ctx: Any, books: Books) -> None:
    from datetime import datetime

    booked = books.payments.book_external_payment(
        "bank", "unknown-1", Money("9.99", "EUR"), paid_at=datetime(2026, 3, 5, 10, 0), text="no reference")
    page = window.show_page("payments")
    page.refresh()
    page.view.select_row(page.model.row_of_id(booked.payment_id))
    assert page.current_payment().client_id is None
    assert not page.receipt_button.isEnabled() and not page.print_receipt_action.isEnabled()
    assert page.receipt("preview") is None and not ctx.dialogs.shown


def test_desk_payment_prints_its_receipt_when_asked(window: Any, ctx: Any, books: Books,
                                                    invoices: dict[str, int]) -> None:
    from usu_desktop.ui.payments.desk import take_payment

    def pay(amount: str, print_receipt: bool) -> Callable[[QDialog], None]:
        def script(dialog: Any) -> None:
            assert dialog.print_receipt.isChecked() is (not print_receipt)  # last choice remembered
            dialog.amount.setText(amount)
            dialog.print_receipt.setChecked(print_receipt)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return script

    page = window.show_page("payments")
    ctx.dialogs.scripts.append(pay("20.00", True))
    assert take_payment(ctx, page, books.client_id, invoices["b"], run=ctx.dialogs.run)
    [printed] = ctx.dialogs.printed
    assert pdf_pages(printed.read_bytes()) == 1
    assert ctx.dialogs.shown[-1].kind == "print" and ctx.dialogs.shown[-1].title.startswith("R-")
    ctx.dialogs.scripts.append(pay("5.00", False))
    assert take_payment(ctx, page, books.client_id, run=ctx.dialogs.run)
    assert len(ctx.dialogs.printed) == 1  # unticked: no receipt printed


def test_persian_screen_shows_the_actions_translated_and_mirrored(qapp: QApplication, books: Books,
                                                                 invoices: dict[str, int], qtbot: Any,
                                                                 tmp_path: Path) -> None:
    from usu_desktop.ui.invoices.page import InvoicesPage

    i18n.install(qapp, "fa")
    try:
        load_screens()
        settings = QSettings(str(tmp_path / "fa.ini"), QSettings.Format.IniFormat)
        ctx = make_context(books.db, qsettings=settings, language="fa",
                           dialogs=PrintingDialogs(print_to=tmp_path / "fa.pdf"), runner=SyncTaskRunner(),
                           db_label="test")
        page = InvoicesPage(ctx)
        qtbot.addWidget(page)
        assert page.isRightToLeft()
        assert page.print_action.text() == "چاپ…" and page.preview_button.text() == "پیش‌نمایش"
        assert page.export_all_action.text() == "برون‌بری همهٔ موارد نمایش‌داده‌شده…"
        select_rows(page, [row_of(page, invoices["a"])])
        page.print_button.click()  # the same action behind the translated button
        [printed] = ctx.dialogs.printed
        assert pdf_pages(printed.read_bytes()) == 1
    finally:
        i18n.install(qapp, "en")

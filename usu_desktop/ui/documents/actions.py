"""One-line document actions for the screens: preview, print, save and batch export.

    from usu_desktop.ui.documents import actions
    actions.preview_invoice(ctx, invoice_id, self)                 # show it
    actions.preview_invoice(ctx, invoice_id, self, mode=PRINT)     # straight to the printer
    actions.preview_invoice(ctx, invoice_id, self, mode=SAVE)      # ask a file name, write it

Each document renders on a worker thread (`ctx.runner`, the worker opens its own
transaction through `ctx.services.documents` and returns bytes); when the bytes arrive
a `PdfPreviewDialog` opens, the print dialog asks for a printer, or a save dialog asks
for a file; failures go to `ctx.dialogs`. The functions return the task handle (or None
when the user cancelled a question).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Literal

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from usu_desktop.storage.queries import InvoiceFilter
from usu_desktop.tasks.runner import TaskState, TaskStatus
from usu_desktop.ui.documents.batch import BatchDialog
from usu_desktop.ui.documents.period import PeriodDialog
from usu_desktop.ui.documents.texts import document_error_text
from usu_desktop.ui.i18n import date_text, isolate
from usu_desktop.ui.progress import run_with_progress

Rendered = tuple[bytes, str, str]  # (pdf, window title, file name)
Mode = Literal["preview", "print", "save"]
PREVIEW: Mode = "preview"
PRINT: Mode = "print"
SAVE: Mode = "save"


def run_dialog(ctx: Any, dialog: QDialog) -> bool:
    """exec() a modal dialog; `ctx.dialogs.run(dialog)` drives it instead when present (tests)."""
    run = getattr(ctx.dialogs, "run", None)
    if callable(run):
        return bool(run(dialog))
    return dialog.exec() == QDialog.DialogCode.Accepted


def _render_then_preview(ctx: Any, parent: QWidget | None, work: Callable[[], Rendered],
                         mode: Mode = PREVIEW) -> Any:
    from usu_desktop.ui.documents.preview import (  # QtPdf on first use
        PdfPreviewDialog,
        print_bytes,
        save_bytes,
    )

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    waiting = [True]

    def restore(*_gone: object) -> None:  # before any dialog: from then on it is the user's turn
        if waiting.pop() if waiting else False:
            QApplication.restoreOverrideCursor()
            if parent is not None and shiboken6.isValid(parent):
                parent.destroyed.disconnect(restore)

    def shown(result: Rendered) -> None:
        restore()
        data, title, name = result
        if mode == PRINT:
            print_bytes(ctx, parent, data, name)
        elif mode == SAVE:
            save_bytes(ctx, parent, data, name)
        else:
            dialog = PdfPreviewDialog(ctx, data, title, name, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

    def failed(exc: BaseException) -> None:
        restore()
        ctx.dialogs.error(parent, QCoreApplication.translate("Documents", "The document cannot be shown"),
                          document_error_text(exc))

    if parent is not None:  # closed meanwhile: nothing is shown (owner), but the cursor comes back
        parent.destroyed.connect(restore)
    return ctx.runner.submit(lambda _state: work(), on_success=shown, on_failure=failed,
                             on_finished=restore, owner=parent)


def preview_invoice(ctx: Any, invoice_id: int, parent: QWidget | None = None, *,
                    current_state: bool = False, mode: Mode = PREVIEW) -> Any:
    """The issued original (as frozen), or with `current_state` a reprint with its stamp."""
    docs = ctx.services.documents

    def work() -> Rendered:
        number = docs.invoice_number(invoice_id)
        data = docs.invoice_pdf(invoice_id, current_state)
        title = (QCoreApplication.translate("Documents", "Invoice {number} (current state)") if current_state
                 else QCoreApplication.translate("Documents", "Invoice {number}"))
        return data, title.format(number=isolate(number)), f"{number}.pdf"

    return _render_then_preview(ctx, parent, work, mode)


def preview_receipt(ctx: Any, payment_id: int, parent: QWidget | None = None, *,
                    mode: Mode = PREVIEW) -> Any:
    docs = ctx.services.documents

    def work() -> Rendered:
        data = docs.receipt_pdf(payment_id)
        number = f"R-{payment_id:06d}"
        title = QCoreApplication.translate("Documents", "Receipt {number}").format(number=isolate(number))
        return data, title, f"{number}.pdf"

    return _render_then_preview(ctx, parent, work, mode)


def preview_refund_receipt(ctx: Any, refund_id: int, parent: QWidget | None = None, *,
                           mode: Mode = PREVIEW) -> Any:
    """The receipt the patient signs for a refund paid out at the desk."""
    docs = ctx.services.documents

    def work() -> Rendered:
        data = docs.refund_receipt_pdf(refund_id)
        number = f"RFD-{refund_id:06d}"
        title = QCoreApplication.translate("Documents", "Refund receipt {number}").format(
            number=isolate(number))
        return data, title, f"{number}.pdf"

    return _render_then_preview(ctx, parent, work, mode)


def preview_statement(ctx: Any, client_id: int, parent: QWidget | None = None, *,
                      period: tuple[date, date] | None = None, mode: Mode = PREVIEW) -> Any:
    """Asks the period (unless given), then shows the client's statement of account."""
    if period is None:
        dialog = PeriodDialog(parent)
        accepted = run_dialog(ctx, dialog)
        chosen = dialog.period()
        dialog.deleteLater()
        if not accepted:
            return None
        period = chosen
    date_from, date_to = period
    docs = ctx.services.documents

    def work() -> Rendered:
        data = docs.statement_pdf(client_id, date_from, date_to)
        title = QCoreApplication.translate("Documents", "Statement {start} – {end}").format(
            start=isolate(date_text(ctx.locale, date_from)), end=isolate(date_text(ctx.locale, date_to)))
        return data, title, f"statement-{date_from.isoformat()}-{date_to.isoformat()}.pdf"

    return _render_then_preview(ctx, parent, work, mode)


def preview_slip(ctx: Any, client_id: int, parent: QWidget | None = None, *,
                 mode: Mode = PREVIEW) -> Any:
    """The terminal slip: client number in large digits, amount due, open-amount RF, QR."""
    docs = ctx.services.documents

    def work() -> Rendered:
        data = docs.slip_pdf(client_id)
        return data, QCoreApplication.translate("Documents", "Payment slip"), "payment-slip.pdf"

    return _render_then_preview(ctx, parent, work, mode)


def print_batch(ctx: Any, invoice_ids: Sequence[int], parent: QWidget | None = None, *,
                current_state: bool = False) -> Any:
    """Print many invoices as one job: rendered in the background (progress, Cancel), then
    the print dialog once. Returns the `ui.progress.Outcome` (None when nothing to print)."""
    ids = list(invoice_ids)
    title = QCoreApplication.translate("Documents", "Print invoices")
    if not ids:
        return None
    docs = ctx.services.documents

    def work(state: TaskState) -> bytes | None:
        return docs.merged_invoices_pdf(ids, current_state=current_state,
                                        progress=lambda done, total: state.progress(done, total, ""),
                                        cancelled=lambda: state.cancelled)

    label = QCoreApplication.translate("Documents", "Preparing {count} invoices for printing…").format(
        count=isolate(QLocale().toString(len(ids))))
    outcome = run_with_progress(parent, ctx.runner, work, title=title, label=label)
    if outcome.status is TaskStatus.SUCCEEDED and outcome.result:
        from usu_desktop.ui.documents.preview import print_bytes

        print_bytes(ctx, parent, outcome.result, "invoices.pdf")
    elif outcome.status is TaskStatus.FAILED and outcome.error is not None:
        ctx.dialogs.error(parent, title, document_error_text(outcome.error))
    return outcome


def export_batch(ctx: Any, invoices: Sequence[int] | InvoiceFilter, parent: QWidget | None = None, *,
                 one_file: str | None = None, out_dir: str | None = None,
                 current_state: bool = False) -> Any:
    """Export the selected invoices (ids, or every issued invoice a list filter shows).

    Without `one_file`/`out_dir` a dialog asks the mode and target. Runs in the
    background with a progress dialog and Cancel; a cancelled or failed export leaves
    no files. Returns the `ui.progress.Outcome`, or None when the user backed out.
    """
    docs = ctx.services.documents
    title = QCoreApplication.translate("Documents", "Export invoices")
    ids = docs.issued_ids(invoices) if isinstance(invoices, InvoiceFilter) else list(invoices)
    if not ids:
        none = QCoreApplication.translate("Documents", "There are no issued invoices to export.")
        ctx.dialogs.info(parent, title, none)
        return None
    if one_file is None and out_dir is None:
        dialog = BatchDialog(len(ids), parent, ctx=ctx)
        accepted = run_dialog(ctx, dialog)
        target, single, current_state = dialog.target(), dialog.one_pdf(), dialog.current.isChecked()
        dialog.deleteLater()
        if not accepted or not target:
            return None
        one_file, out_dir = (target, None) if single else (None, target)

    def work(state: TaskState) -> Any:
        result = docs.export_invoices(
            ids, one_file=one_file, out_dir=out_dir, current_state=current_state,
            progress=lambda done, total: state.progress(done, total, ""),
            cancelled=lambda: state.cancelled)
        if state.cancelled and result.written:  # Cancel came during the last write: honour it
            for path in result.written:
                Path(path).unlink(missing_ok=True)
            result.written, result.cancelled = [], True
        return result

    label = QCoreApplication.translate("Documents", "Exporting {count} invoices…").format(
        count=isolate(QLocale().toString(len(ids))))
    outcome = run_with_progress(parent, ctx.runner, work, title=title, label=label)
    if outcome.status is TaskStatus.SUCCEEDED and not outcome.result.cancelled:
        where = one_file if one_file is not None else out_dir
        ctx.dialogs.info(parent, title, QCoreApplication.translate(
            "Documents", "{count} invoices exported to {path}.").format(
                count=isolate(QLocale().toString(outcome.result.done)), path=isolate(Path(str(where)))))
    elif outcome.status is TaskStatus.FAILED and outcome.error is not None:
        ctx.dialogs.error(parent, title, document_error_text(outcome.error))
    else:
        ctx.dialogs.info(parent, title, QCoreApplication.translate(
            "Documents", "Export cancelled. No files were written."))
    return outcome

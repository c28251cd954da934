"""The invoices screen: status, date range and text filters over every invoice, a totals
bar for the filtered set (counted off the GUI thread; an older filter's answer is
dropped), Ctrl+I new invoice, Enter opens, F9 takes a payment for the selected one.

Documents (keys from ui.documents.commands, also in the list's context menu): Ctrl+Shift+P
preview, Ctrl+Shift+S save as PDF of the selected issued invoice; Ctrl+P prints it, or every
selected one as one job; Ctrl+Shift+E exports every selected invoice (or "Export all shown…"
the whole filter). Batches render in the background with progress and Cancel. Several rows
can be selected (Shift/Ctrl+click, Ctrl+A); drafts in a selection are left out."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.storage.queries import InvoiceFilter
from usu_desktop.ui.clients.page import NEW_INVOICE, TAKE_PAYMENT, page_action
from usu_desktop.ui.documents import actions as documents
from usu_desktop.ui.documents.commands import (
    EXPORT_KEY,
    PREVIEW_KEY,
    PRINT_KEY,
    SAVE_PDF_KEY,
    action_button,
    attach_menu,
    document_action,
)
from usu_desktop.ui.i18n import isolate, setup_date_edit
from usu_desktop.ui.invoices.editor import open_invoice_editor
from usu_desktop.ui.invoices.model import invoice_model
from usu_desktop.ui.tables.common import STATES, SearchLine, label, lead_to_list, slow_runner
from usu_desktop.ui.tables.view import ListView

STATE_FILTERS = (None, "draft", "issued", "partly_paid", "paid", "overdue", "cancelled", "open")


def _qdate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class InvoicesPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoicesPage")
        self.ctx = ctx
        self.search = SearchLine(self.tr("Search: invoice number, patient name or number"))
        self.search.setObjectName("invoiceSearch")
        self.state = QComboBox()
        self.state.setObjectName("invoiceState")
        for code in STATE_FILTERS:
            self.state.addItem(self.tr("All invoices") if code is None else label(STATES, code), code)
        self.use_dates = QCheckBox(self.tr("Issued from"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            setup_date_edit(edit)
            edit.setEnabled(False)
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        self.new_button = QPushButton(self.tr("New &invoice"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.state)
        bar.addWidget(self.use_dates)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        bar.addWidget(self.new_button)

        self.model = invoice_model(ctx, self.current_filter(), parent=self)
        self.view = ListView(ctx, self.model, "invoices", 1, Qt.SortOrder.DescendingOrder)
        self.totals = QLabel()
        self.totals.setObjectName("invoiceTotalsBar")
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals_value: Any = None
        self._totals_gen = 0
        self._totals_task: Any = None
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.preview_action = document_action(self, self.tr("Preview"), PREVIEW_KEY, self.preview_selected,
                                              "previewInvoice")
        self.print_action = document_action(self, self.tr("Print…"), PRINT_KEY, self.print_selected,
                                            "printInvoice")
        self.save_pdf_action = document_action(self, self.tr("Save as PDF…"), SAVE_PDF_KEY,
                                               self.save_selected, "saveInvoicePdf")
        self.export_action = document_action(self, self.tr("Export selected…"), EXPORT_KEY,
                                             self.export_selected, "exportInvoices")
        self.export_all_action = document_action(self, self.tr("Export all shown…"), None,
                                                 self.export_all, "exportAllInvoices")
        self.print_all_action = document_action(self, self.tr("Print all shown…"), None,
                                                self.print_all, "printAllInvoices")
        self.current_state_action = document_action(
            self, self.tr("Preview current state (with paid stamp)"), None,
            lambda: self.preview_selected(current_state=True), "previewInvoiceCurrent")
        self.open_action = document_action(self, self.tr("Open"), None, self.open_current, "openInvoice")
        self.preview_button = action_button(self.preview_action, self)
        self.print_button = action_button(self.print_action, self)
        self.save_pdf_button = action_button(self.save_pdf_action, self)
        self.export_button = action_button(self.export_action, self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals, 1)
        for button in (self.preview_button, self.print_button, self.save_pdf_button, self.export_button):
            bottom.addWidget(button)
        attach_menu(self.view, self.menu_actions)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.search.search_changed.connect(lambda _t: self.apply_filter())
        self.state.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.use_dates.toggled.connect(lambda _on: self.apply_filter())
        self.date_from.dateChanged.connect(lambda _d: self.apply_filter())
        self.date_to.dateChanged.connect(lambda _d: self.apply_filter())
        self.new_button.clicked.connect(self.new_invoice)
        self.view.open_row.connect(self.open_row)
        self.new_action = page_action(self, self.tr("New invoice"), NEW_INVOICE, self.new_invoice)
        self.pay_action = page_action(self, self.tr("Take payment"), TAKE_PAYMENT, self.take_payment)
        self.refresh_action = page_action(self, self.tr("Refresh"), QKeySequence("F5"), self.refresh)
        self.setTabOrder(self.search, self.state)
        self.setTabOrder(self.state, self.use_dates)
        self.setTabOrder(self.use_dates, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.new_button)
        self.setTabOrder(self.new_button, self.view)
        lead_to_list(self.search, self.view)
        self.model.count_known.connect(lambda _n: self.update_totals())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.update_document_actions())
        self.model.modelReset.connect(self.update_document_actions)
        self.model.count_known.connect(lambda _n: self.update_document_actions())
        self.update_document_actions()
        self.model.ensure_loaded()

    def current_filter(self) -> InvoiceFilter:
        dates = self.use_dates.isChecked()
        return InvoiceFilter(
            text=self.search.text(),
            state=self.state.currentData(),
            issued_from=_qdate(self.date_from.date()) if dates else None,
            issued_to=_qdate(self.date_to.date()) if dates else None,
        )

    def apply_filter(self) -> None:
        f = self.current_filter()
        if f != self.model.filter:
            if self._totals_task is not None:
                self._totals_task.cancel()  # an older filter's sums stop now, not after a full scan
            self._totals_gen += 1
            self.totals.setText(self.tr("Counting…"))
            self.model.set_filter(f)  # the totals follow once its rows are counted

    def refresh(self) -> None:
        self.ctx.services.reception.forget_matches()
        self.model.refresh()

    def update_totals(self) -> None:
        """Count, total, paid and due of the filtered set, in the background; stale answers dropped."""
        self._totals_gen += 1
        gen, f = self._totals_gen, self.model.filter
        if self._totals_task is not None:
            self._totals_task.cancel()
        self.totals.setText(self.tr("Counting…"))
        svc = self.ctx.services.reception
        self._totals_task = slow_runner(self.ctx).submit(
            lambda state: svc.invoice_totals(f, lambda: state.cancelled),
            on_success=lambda t: self._totals_in(gen, t),
            owner=self,  # closed meanwhile: the sums are dropped, not written into a deleted label
        )

    def _totals_in(self, gen: int, t: Any) -> None:
        if gen != self._totals_gen:
            return
        self.totals_value = t
        fm = self.ctx.format_money

        def join(items: Any) -> str:
            return isolate(", ".join(fm(m) for m in items) or "0")

        self.totals.setText(
            self.tr("{count} invoices · Total {total} · Paid {paid} · Due {due}").format(
                count=isolate(self.ctx.locale.toString(t.count)),
                total=join(t.total),
                paid=join(t.paid),
                due=join(t.due),
            )
        )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def page_shown(self) -> None:
        self.model.ensure_loaded()

    def run_dialog(self, dialog: Any) -> bool:
        run = getattr(self.ctx.dialogs, "run", None)
        return bool(run(dialog)) if callable(run) else bool(dialog.exec())

    def current_invoice_id(self) -> int | None:
        row = self.view.current_row()
        return self.model.id_at(row) if row >= 0 else None

    def open_row(self, row: int) -> None:
        invoice_id = self.model.id_at(row)
        if invoice_id is not None and open_invoice_editor(
            self.ctx, self, invoice_id=invoice_id, run=self.run_dialog
        ):
            self.refresh()

    def new_invoice(self) -> None:
        if open_invoice_editor(self.ctx, self, run=self.run_dialog):
            self.refresh()

    def take_payment(self) -> None:
        from usu_desktop.ui.payments.desk import take_payment

        row = self.model.row_at(self.view.current_row()) if self.view.current_row() >= 0 else None
        client_id = row.client_id if row is not None else None
        invoice_id = row.id if row is not None and row.state in ("issued", "partly_paid") else None
        if take_payment(self.ctx, self, client_id, invoice_id, run=self.run_dialog):
            self.refresh()

    # --- documents ----------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        selection = self.view.selectionModel()
        rows: set[int] = set()
        for span in selection.selection():  # ranges, not one index per cell: Ctrl+A on a long list
            rows.update(range(span.top(), span.bottom() + 1))
        if not rows and self.view.current_row() >= 0 and selection.isRowSelected(self.view.current_row()):
            rows.add(self.view.current_row())
        return sorted(rows)

    def selected_invoice_ids(self, issued_only: bool = True) -> list[int]:
        """Ids of the selected rows (issued ones only by default: drafts have no document)."""
        ids = []
        for row in self.selected_rows():
            item = self.model.row_at(row)
            if item is not None and (item.number or not issued_only):
                ids.append(int(item.id))
        return ids

    def _single_issued(self) -> int | None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        item = self.model.row_at(rows[0])
        return int(item.id) if item is not None and item.number else None

    def update_document_actions(self) -> None:
        rows = self.selected_rows()
        single = self._single_issued()
        for action in (self.preview_action, self.save_pdf_action, self.current_state_action):
            action.setEnabled(single is not None)
        self.print_action.setEnabled(single is not None or any(
            (item := self.model.row_at(row)) is not None and bool(item.number) for row in rows))
        self.export_action.setEnabled(bool(rows))
        self.export_all_action.setEnabled(self.model.rowCount() > 0)
        self.print_all_action.setEnabled(self.model.rowCount() > 0)
        self.open_action.setEnabled(len(rows) == 1)

    def menu_actions(self) -> list[Any]:
        return [self.open_action, None, self.preview_action, self.current_state_action, self.print_action,
                self.save_pdf_action, None, self.print_all_action, self.export_action, self.export_all_action,
                None,
                self.pay_action, self.new_action]

    def open_current(self) -> None:
        if self.view.current_row() >= 0:
            self.open_row(self.view.current_row())

    def preview_selected(self, current_state: bool = False) -> Any:
        invoice_id = self._single_issued()
        if invoice_id is None:
            return None
        return documents.preview_invoice(self.ctx, invoice_id, self, current_state=current_state)

    def print_selected(self) -> Any:
        """One invoice straight to the print dialog; several as one job (rendered in the background)."""
        invoice_id = self._single_issued()
        if invoice_id is not None:
            return documents.preview_invoice(self.ctx, invoice_id, self, mode=documents.PRINT)
        ids = self.selected_invoice_ids()
        return documents.print_batch(self.ctx, ids, self) if ids else None

    def save_selected(self) -> Any:
        invoice_id = self._single_issued()
        if invoice_id is None:
            return None
        return documents.preview_invoice(self.ctx, invoice_id, self, mode=documents.SAVE)

    def export_selected(self) -> Any:
        """The selected issued invoices; with every row selected, the whole filter (not only loaded rows)."""
        rows = self.selected_rows()
        if not rows:
            return None
        if len(rows) == self.model.rowCount() and len(rows) > self.model.page_size:
            return self.export_all()
        return documents.export_batch(self.ctx, self.selected_invoice_ids(), self)

    def export_all(self) -> Any:
        return documents.export_batch(self.ctx, self.model.filter, self)

    def print_all(self) -> Any:
        """Every issued invoice the filter shows, as one print job."""
        ids = self.ctx.services.documents.issued_ids(self.model.filter)
        if not ids:
            self.ctx.dialogs.info(self, self.tr("Print invoices"),
                                  self.tr("There are no issued invoices to print."))
            return None
        return documents.print_batch(self.ctx, ids, self)

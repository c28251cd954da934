"""The patients screen: search-as-you-type list on one side, the selected patient's card
on the other. Ctrl+N new patient, Ctrl+I new invoice, F9 take a payment, Enter edits.

Documents of the selected patient (keys from ui.documents.commands): the statement of
account for a period, Ctrl+Shift+P preview, Ctrl+P print, Ctrl+Shift+S save as PDF; the
payment slip for terminals from the card's button or the list's context menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from usu_desktop.domain.errors import DomainError
from usu_desktop.storage.queries import ClientFilter
from usu_desktop.ui.clients.card import ClientCard
from usu_desktop.ui.clients.editor import ClientDialog
from usu_desktop.ui.clients.model import client_model
from usu_desktop.ui.documents import actions as documents
from usu_desktop.ui.documents.commands import (
    PREVIEW_KEY,
    PRINT_KEY,
    SAVE_PDF_KEY,
    attach_menu,
    document_action,
)
from usu_desktop.ui.i18n import isolate
from usu_desktop.ui.tables.common import SearchLine, lead_to_list
from usu_desktop.ui.tables.header_state import remember_splitter
from usu_desktop.ui.tables.view import ListView

NEW_INVOICE = QKeySequence("Ctrl+I")
TAKE_PAYMENT = QKeySequence("F9")


def page_action(widget: QWidget, text: str, shortcut: QKeySequence, slot: Any) -> QAction:
    action = QAction(text, widget)
    action.setShortcut(shortcut)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)
    return action


class ClientsPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientsPage")
        self.ctx = ctx
        self.search = SearchLine(self.tr("Search: name, client number, phone or e-mail"))
        self.search.setObjectName("clientSearch")
        self.debtors = QCheckBox(self.tr("Debtors only"))
        self.archived = QCheckBox(self.tr("Show archived"))
        self.new_button = QPushButton(self.tr("&New patient"))
        self.new_button.setToolTip(QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText))
        self.count_label = QLabel()
        self.count_label.setObjectName("clientCount")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.debtors)
        bar.addWidget(self.archived)
        bar.addWidget(self.new_button)

        self.model = client_model(ctx, self.current_filter(), self)
        self.view = ListView(ctx, self.model, "clients", 1, Qt.SortOrder.AscendingOrder)
        self.card = ClientCard(ctx)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        remember_splitter(self.splitter, ctx.qsettings, "clients", (3, 2))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.search.search_changed.connect(lambda _t: self.apply_filter())
        self.debtors.toggled.connect(lambda _on: self.apply_filter())
        self.archived.toggled.connect(lambda _on: self.apply_filter())
        self.new_button.clicked.connect(self.new_client)
        self.model.count_known.connect(self.show_count)
        self._new_client: int | None = None  # saved just now: shown once the list has them
        self.model.reloaded.connect(self._new_client_rows_in)
        self.view.current_row_changed.connect(self.show_row)
        self.view.open_row.connect(lambda _row: self.edit_client())
        self.card.edit_requested.connect(self.edit_client)
        self.card.archive_requested.connect(self.toggle_archive)
        self.card.new_invoice_requested.connect(self.new_invoice)
        self.card.payment_requested.connect(self.take_payment)
        self.card.refund_requested.connect(self.refund)
        self.card.open_invoice.connect(self.open_invoice)
        self.new_action = page_action(self, self.tr("New patient"), QKeySequence("Ctrl+N"), self.new_client)
        self.invoice_action = page_action(self, self.tr("New invoice"), NEW_INVOICE, self.new_invoice)
        self.pay_action = page_action(self, self.tr("Take payment"), TAKE_PAYMENT, self.take_payment)
        self.statement_action = document_action(
            self, self.tr("Statement…"), PREVIEW_KEY, lambda: self.statement(documents.PREVIEW),
            "previewStatement")
        self.print_statement_action = document_action(
            self, self.tr("Print statement…"), PRINT_KEY, lambda: self.statement(documents.PRINT),
            "printStatement")
        self.save_statement_action = document_action(
            self, self.tr("Save statement as PDF…"), SAVE_PDF_KEY, lambda: self.statement(documents.SAVE),
            "saveStatement")
        self.slip_action = document_action(self, self.tr("Payment slip"), None,
                                           lambda: self.slip(documents.PREVIEW), "previewSlip")
        self.print_slip_action = document_action(self, self.tr("Print payment slip…"), None,
                                                 lambda: self.slip(documents.PRINT), "printSlip")
        self.card.statement_requested.connect(self.statement_action.trigger)
        self.card.slip_requested.connect(self.slip_action.trigger)
        attach_menu(self.view, lambda: [
            self.statement_action, self.print_statement_action, self.save_statement_action, None,
            self.slip_action, self.print_slip_action, None, self.invoice_action, self.pay_action])
        keys = PREVIEW_KEY.toString(QKeySequence.SequenceFormat.NativeText)
        self.card.statement_button.setToolTip(f"{self.statement_action.text()} ({keys})")
        self.update_document_actions()
        self.setTabOrder(self.search, self.debtors)
        self.setTabOrder(self.debtors, self.archived)
        self.setTabOrder(self.archived, self.new_button)
        self.setTabOrder(self.new_button, self.view)
        lead_to_list(self.search, self.view)
        self.model.ensure_loaded()

    # --- list -------------------------------------------------------------------------
    def current_filter(self) -> ClientFilter:
        return ClientFilter(
            text=self.search.text(),
            include_archived=self.archived.isChecked(),
            with_debt=self.debtors.isChecked(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def show_count(self, n: int) -> None:
        self.count_label.setText(
            self.tr("{count} patients").format(count=isolate(self.ctx.locale.toString(n)))
        )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def page_shown(self) -> None:
        self.model.ensure_loaded()

    def current_client_id(self) -> int | None:
        row = self.view.current_row()
        return self.model.id_at(row) if row >= 0 else None

    def show_row(self, row: int) -> None:
        client_id = self.model.id_at(row) if row >= 0 else None
        self.show_client(client_id)

    def show_client(self, client_id: int | None) -> None:
        if client_id is None:
            self.card.show_client(None)
        else:
            rows = self.ctx.services.reception.client_rows([client_id])
            self.card.show_client(rows[0] if rows else None)
        self.update_document_actions()

    def update_document_actions(self) -> None:
        shown = self.card.row is not None
        for action in (self.statement_action, self.print_statement_action, self.save_statement_action,
                       self.slip_action, self.print_slip_action):
            action.setEnabled(shown)

    def select_client(self, client_id: int) -> None:
        """Select a patient in the list and show their card; while the list reloads, the card
        shows them at once and the list selects them when its rows are in (ListView.select_id)."""
        if not self.view.select_id(client_id):
            self.show_client(client_id)

    def refresh(self) -> None:
        """Fresh rows after a change; the patient on the card stays selected (the list keeps its
        current record by id across the reload) and their card is read again."""
        client_id = self.card.row.id if self.card.row is not None else None
        self.ctx.services.reception.forget_matches()
        self.model.refresh()
        if client_id is not None:
            self.select_client(client_id)

    def _new_client_rows_in(self) -> None:
        """After saving a new patient: if the filter hides them, clear it and look again."""
        client_id = self._new_client
        if client_id is None or self.model.loading():
            return
        if self.current_client_id() != client_id and (self.search.text() or self.debtors.isChecked()):
            for widget in (self.search, self.debtors):
                widget.blockSignals(True)
            self.search.clear()
            self.debtors.setChecked(False)
            for widget in (self.search, self.debtors):
                widget.blockSignals(False)
            self.view.select_after_reload(client_id)
            self.apply_filter()  # looked at again when these rows are in
            return
        self._new_client = None
        if self.current_client_id() != client_id:
            self.show_client(client_id)  # further down a long list: the card shows them anyway

    # --- actions ----------------------------------------------------------------------
    def new_client(self) -> int | None:
        dialog = ClientDialog(self.ctx, None, self)
        try:
            if not self.run_dialog(dialog) or dialog.client_id is None:
                return None
            client_id = dialog.client_id
        finally:
            dialog.deleteLater()
        self.ctx.services.reception.forget_matches()
        self._new_client = client_id
        self.view.select_after_reload(client_id)
        self.model.refresh()
        self._new_client_rows_in()
        client = self.ctx.services.clients.get(client_id)
        self.ctx.dialogs.notify(
            self, self.tr("New patient saved"),
            self.tr("{name} is saved with client number {number}.").format(
                name=isolate(client.name),
                number=isolate(client.client_number)))
        return client_id

    def run_dialog(self, dialog: Any) -> bool:
        """exec() the dialog; tests replace `ctx.dialogs.run` to drive it without a nested loop."""
        run = getattr(self.ctx.dialogs, "run", None)
        if callable(run):
            return bool(run(dialog))
        return bool(dialog.exec())

    def edit_client(self) -> None:
        if self.card.row is None:
            return
        dialog = ClientDialog(self.ctx, self.card.row, self)
        try:
            if self.run_dialog(dialog):
                self.refresh()
        finally:
            dialog.deleteLater()

    def toggle_archive(self) -> None:
        row = self.card.row
        if row is None:
            return
        title = self.tr("Archive patient")
        if not row.archived and not self.ctx.dialogs.confirm(
            self,
            title,
            self.tr(
                "Archive {name}? The patient disappears from the everyday list; the books keep every "
                "invoice and payment."
            ).format(name=isolate(row.name)),
        ):
            return
        try:
            self.ctx.services.clients.archive(row.id, not row.archived)
        except DomainError as exc:
            self.ctx.dialogs.show_error(self, exc, title)
            return
        self.refresh()

    def new_invoice(self) -> None:
        from usu_desktop.ui.invoices.editor import open_invoice_editor

        row = self.card.row
        if row is None:
            return
        if open_invoice_editor(self.ctx, self, client_id=row.id, run=self.run_dialog):
            self.refresh()

    def open_invoice(self, invoice_id: int) -> None:
        from usu_desktop.ui.invoices.editor import open_invoice_editor

        if open_invoice_editor(self.ctx, self, invoice_id=invoice_id, run=self.run_dialog):
            self.refresh()

    def take_payment(self) -> None:
        from usu_desktop.ui.payments.desk import take_payment

        row = self.card.row
        if row is None:
            return
        if take_payment(self.ctx, self, row.id, run=self.run_dialog):
            self.refresh()

    def refund(self) -> None:
        from usu_desktop.ui.payments.refund import refund_credit

        row = self.card.row
        if row is None:
            return
        if refund_credit(self.ctx, self, row.id, run=self.run_dialog):
            self.refresh()

    # --- documents --------------------------------------------------------------------
    def statement(self, mode: documents.Mode) -> Any:
        """Asks the period, then the statement of the patient on the card."""
        row = self.card.row
        if row is None:
            return None
        return documents.preview_statement(self.ctx, row.id, self, mode=mode)

    def slip(self, mode: documents.Mode) -> Any:
        row = self.card.row
        if row is None:
            return None
        return documents.preview_slip(self.ctx, row.id, self, mode=mode)

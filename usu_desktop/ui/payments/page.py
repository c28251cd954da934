"""The payments screen: money from every source (desk, terminal, bank, payment link) with
where it went and why. An allocation can be undone (the money becomes the patient's
credit); a payment can be reversed; both ask for a reason.

The receipt of the selected payment (keys from ui.documents.commands, also in the list's
context menu): Ctrl+Shift+P preview, Ctrl+P print, Ctrl+Shift+S save as PDF. A payment not
yet assigned to a patient, or a reversal, has no receipt."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.permissions import Permission
from usu_desktop.storage.queries import PaymentFilter
from usu_desktop.ui.clients.page import TAKE_PAYMENT, page_action
from usu_desktop.ui.documents import actions as documents
from usu_desktop.ui.documents.commands import (
    PREVIEW_KEY,
    PRINT_KEY,
    SAVE_PDF_KEY,
    action_button,
    attach_menu,
    document_action,
)
from usu_desktop.ui.i18n import isolate, setup_date_edit
from usu_desktop.ui.payments.desk import take_payment
from usu_desktop.ui.payments.model import payment_model
from usu_desktop.ui.people.roles import gate
from usu_desktop.ui.tables.common import REASONS, SOURCES, SearchLine, ask_text, label, lead_to_list
from usu_desktop.ui.tables.header_state import remember_splitter
from usu_desktop.ui.tables.view import ListView


def _day(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class PaymentsPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentsPage")
        self.ctx = ctx
        self.search = SearchLine(self.tr("Search: payer, text, RF code or transaction id"))
        self.source = QComboBox()
        self.source.addItem(self.tr("All sources"), None)
        for code in SOURCES:
            self.source.addItem(label(SOURCES, code), code)
        self.unmatched = QCheckBox(self.tr("Unmatched only"))
        self.use_dates = QCheckBox(self.tr("Paid from"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            setup_date_edit(edit)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.apply_filter())
            self.use_dates.toggled.connect(edit.setEnabled)
        self.pay_button = QPushButton(self.tr("Take &payment…"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.source)
        bar.addWidget(self.unmatched)
        bar.addWidget(self.use_dates)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        bar.addWidget(self.pay_button)

        self.model = payment_model(ctx, self.current_filter(), parent=self)
        self.view = ListView(ctx, self.model, "payments", 0, Qt.SortOrder.DescendingOrder)
        self.count_label = QLabel()

        self.allocations = QTableWidget(0, 4)
        self.allocations.setObjectName("allocations")
        self.allocations.setHorizontalHeaderLabels(
            [self.tr("Invoice"), self.tr("Amount"), self.tr("Why"), self.tr("State")]
        )
        self.allocations.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.allocations.verticalHeader().setVisible(False)
        self.allocations.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.allocations.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.alloc_rows: list[Any] = []
        self.undo_button = QPushButton(self.tr("&Undo allocation…"))
        self.reverse_button = QPushButton(self.tr("&Reverse payment…"))
        self.undo_button.clicked.connect(self.undo_allocation)
        self.reverse_button.clicked.connect(self.reverse_payment)
        self.receipt_action = document_action(self, self.tr("Receipt"), PREVIEW_KEY,
                                              lambda: self.receipt(documents.PREVIEW), "previewReceipt")
        self.print_receipt_action = document_action(self, self.tr("Print receipt…"), PRINT_KEY,
                                                    lambda: self.receipt(documents.PRINT), "printReceipt")
        self.save_receipt_action = document_action(self, self.tr("Save receipt as PDF…"), SAVE_PDF_KEY,
                                                   lambda: self.receipt(documents.SAVE), "saveReceipt")
        self.reverse_action = document_action(self, self.tr("Reverse payment…"), None, self.reverse_payment)
        self.receipt_button = action_button(self.receipt_action, self)
        self.print_receipt_button = action_button(self.print_receipt_action, self)
        detail_buttons = QHBoxLayout()
        detail_buttons.addWidget(self.undo_button)
        detail_buttons.addWidget(self.reverse_button)
        detail_buttons.addStretch(1)
        detail_buttons.addWidget(self.receipt_button)
        detail_buttons.addWidget(self.print_receipt_button)
        self.detail_title = QLabel()
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.detail_title)
        dl.addWidget(self.allocations, 1)
        dl.addLayout(detail_buttons)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.view, 1)
        tl.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        remember_splitter(splitter, ctx.qsettings, "payments", (3, 1))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.search.search_changed.connect(lambda _t: self.apply_filter())
        self.source.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.unmatched.toggled.connect(lambda _on: self.apply_filter())
        self.use_dates.toggled.connect(lambda _on: self.apply_filter())
        self.pay_button.clicked.connect(self.take_payment)
        self.model.count_known.connect(
            lambda n: self.count_label.setText(
                self.tr("{count} payments").format(count=isolate(self.ctx.locale.toString(n)))
            )
        )
        self.view.current_row_changed.connect(lambda _row: self.show_allocations())
        self.pay_action = page_action(self, self.tr("Take payment"), TAKE_PAYMENT, self.take_payment)
        attach_menu(self.view, lambda: [self.receipt_action, self.print_receipt_action,
                                        self.save_receipt_action, None, self.reverse_action, self.pay_action])
        self.setTabOrder(self.search, self.source)
        self.setTabOrder(self.source, self.unmatched)
        self.setTabOrder(self.unmatched, self.use_dates)
        self.setTabOrder(self.use_dates, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.pay_button)
        self.setTabOrder(self.pay_button, self.view)
        self.setTabOrder(self.view, self.allocations)
        lead_to_list(self.search, self.view)
        self.model.ensure_loaded()
        self.show_allocations()

    def current_filter(self) -> PaymentFilter:
        dates = self.use_dates.isChecked()
        return PaymentFilter(
            source=self.source.currentData(),
            unmatched_only=self.unmatched.isChecked(),
            text=self.search.text(),
            paid_from=datetime.combine(_day(self.date_from.date()), time.min) if dates else None,
            paid_to=datetime.combine(_day(self.date_to.date()), time.max) if dates else None,
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def page_shown(self) -> None:
        self.model.ensure_loaded()
        watcher = self.ctx.link_watcher
        if watcher is not None:  # paid links are payments: the desk has seen them now
            watcher.mark_seen()

    def run_dialog(self, dialog: Any) -> bool:
        run = getattr(self.ctx.dialogs, "run", None)
        return bool(run(dialog)) if callable(run) else bool(dialog.exec())

    def current_payment(self) -> Any:
        row = self.view.current_row()
        return self.model.row_at(row) if row >= 0 else None

    def show_allocations(self) -> None:
        payment = self.current_payment()
        reception = self.ctx.services.reception
        self.alloc_rows = reception.allocation_lines(payment.id) if payment is not None else []
        self.allocations.setRowCount(len(self.alloc_rows))
        fm = self.ctx.format_money
        for i, a in enumerate(self.alloc_rows):
            state = (
                self.tr("undo of an earlier allocation")
                if a.undo_of is not None
                else (self.tr("undone") if a.undone else self.tr("active"))
            )
            why = label(REASONS, a.reason) + (f" — {a.note}" if a.note else "")
            for col, text in enumerate((a.invoice_number or "—", fm(a.amount), why, state)):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.allocations.setItem(i, col, item)
        if payment is None:
            self.detail_title.setText(self.tr("Select a payment to see where its money went."))
        else:
            self.detail_title.setText(
                self.tr("{amount} from {who}: on invoices {allocated}, to credit {credit}").format(
                    amount=isolate(fm(payment.amount)),
                    who=isolate(payment.client_name or payment.payer_name or "—"),
                    allocated=isolate(fm(payment.allocated)),
                    credit=isolate(fm(payment.credit)),
                )
            )
        live = payment is not None and payment.reversal_of is None and not payment.reversed
        self.undo_button.setEnabled(live and any(a.undo_of is None and not a.undone for a in self.alloc_rows))
        self.reverse_button.setEnabled(live)
        gate(self.ctx, Permission.MATCHES, self.undo_button)
        gate(self.ctx, Permission.REFUNDS, self.reverse_button, self.reverse_action)
        self.reverse_action.setEnabled(live)
        has_receipt = self.receipt_payment_id() is not None
        for action in (self.receipt_action, self.print_receipt_action, self.save_receipt_action):
            action.setEnabled(has_receipt)

    def receipt_payment_id(self) -> int | None:
        """The selected payment when it has a receipt (assigned to a patient, not a reversal)."""
        payment = self.current_payment()
        if payment is None or payment.client_id is None or payment.reversal_of is not None:
            return None
        return int(payment.id)

    def receipt(self, mode: documents.Mode) -> Any:
        payment_id = self.receipt_payment_id()
        if payment_id is None:
            return None
        return documents.preview_receipt(self.ctx, payment_id, self, mode=mode)

    def select_allocation(self, allocation_id: int) -> None:
        for i, a in enumerate(self.alloc_rows):
            if a.id == allocation_id:
                self.allocations.selectRow(i)

    def undo_allocation(self) -> bool:
        title = self.tr("Undo allocation")
        row = self.allocations.currentRow()
        alloc = self.alloc_rows[row] if 0 <= row < len(self.alloc_rows) else None
        if alloc is None or alloc.undo_of is not None or alloc.undone:
            self.ctx.dialogs.info(self, title, self.tr("Select an active allocation first."))
            return False
        reason = ask_text(
            self.ctx,
            self,
            title,
            self.tr("Why is {amount} taken off {number}? The money stays with the patient as credit.").format(
                amount=isolate(self.ctx.format_money(alloc.amount)),
                number=isolate(alloc.invoice_number or "—"),
            ),
        )
        if reason is None:
            return False
        try:
            self.ctx.services.payments.undo_allocation(alloc.id, reason)
        except DomainError as exc:
            self.ctx.dialogs.show_error(self, exc, title)
            return False
        self.refresh()
        return True

    def reverse_payment(self) -> bool:
        title = self.tr("Reverse payment")
        payment = self.current_payment()
        if payment is None:
            return False
        reason = ask_text(
            self.ctx,
            self,
            title,
            self.tr("Why is the payment of {amount} reversed? Its allocations are taken back.").format(
                amount=isolate(self.ctx.format_money(payment.amount))
            ),
        )
        if reason is None:
            return False
        try:
            self.ctx.services.payments.reverse_payment(payment.id, reason)
        except DomainError as exc:
            self.ctx.dialogs.show_error(self, exc, title)
            return False
        self.refresh()
        return True

    def refresh(self) -> None:
        payment = self.current_payment()
        self.model.refresh()
        if payment is not None:
            row = self.model.row_of_id(payment.id)
            if row is not None:
                self.view.select_row(row)
        self.show_allocations()

    def take_payment(self) -> None:
        payment = self.current_payment()
        client_id = payment.client_id if payment is not None else None
        if take_payment(self.ctx, self, client_id, run=self.run_dialog):
            self.refresh()

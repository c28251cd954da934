"""A patient's card: details, what they owe, their credit, the client number and open-amount
RF code (big and copyable, for payment terminals), their invoices and payments.

Documents: "Statement…" and "Payment slip" buttons (the screen owns their keys); the
invoice list's context menu previews, prints or saves the selected invoice, the payment
list's the receipt of the selected payment."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.domain.permissions import Permission
from usu_desktop.ui.documents import actions as documents
from usu_desktop.ui.documents.commands import attach_menu, document_action
from usu_desktop.ui.i18n import isolate
from usu_desktop.ui.invoices.model import invoice_model
from usu_desktop.ui.payments.model import payment_model
from usu_desktop.ui.people.roles import gate
from usu_desktop.ui.tables.view import ListView


def _big(label: QLabel, points: int = 18) -> QLabel:
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


# the card is narrow: what each invoice still owes comes right after its number (the rest are
# on the header's menu)
CARD_INVOICE_COLUMNS = ("number", "balance", "state", "due_date", "total", "issue_date")
CARD_PAYMENT_COLUMNS = ("paid_at", "amount", "method", "status", "reference")


class ClientCard(QWidget):
    edit_requested = Signal()
    archive_requested = Signal()
    new_invoice_requested = Signal()
    payment_requested = Signal()
    refund_requested = Signal()
    open_invoice = Signal(int)
    statement_requested = Signal()
    slip_requested = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from usu_desktop.storage.queries import InvoiceFilter, PaymentFilter

        self.ctx = ctx
        self._InvoiceFilter, self._PaymentFilter = InvoiceFilter, PaymentFilter
        self.row: Any = None
        self.name = _big(QLabel(), 16)
        self.details = QLabel()
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number = _big(QLabel(), 20)
        self.number.setObjectName("clientNumber")
        self.rf = _big(QLabel(), 14)
        self.rf.setObjectName("clientRf")
        self.copy_number = QToolButton()
        self.copy_number.setText(self.tr("Copy"))
        self.copy_number.clicked.connect(lambda: self.copy(self.row.client_number if self.row else ""))
        self.copy_rf = QToolButton()
        self.copy_rf.setText(self.tr("Copy"))
        self.copy_rf.clicked.connect(lambda: self.copy(self.row.rf_code if self.row else ""))
        codes = QGridLayout()
        codes.addWidget(QLabel(self.tr("Client number")), 0, 0)
        codes.addWidget(self.number, 0, 1)
        codes.addWidget(self.copy_number, 0, 2)
        codes.addWidget(QLabel(self.tr("RF code for open amounts")), 1, 0)
        codes.addWidget(self.rf, 1, 1)
        codes.addWidget(self.copy_rf, 1, 2)
        codes.setColumnStretch(1, 1)
        self.owed = _big(QLabel(), 13)
        self.owed.setObjectName("clientOwed")
        self.credit = _big(QLabel(), 13)
        self.credit.setObjectName("clientCredit")
        money = QFormLayout()
        money.addRow(self.tr("Open balance"), self.owed)
        money.addRow(self.tr("Credit"), self.credit)

        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.invoice_button = QPushButton(self.tr("New &invoice"))
        self.pay_button = QPushButton(self.tr("Take &payment"))
        self.refund_button = QPushButton(self.tr("Refund credit…"))
        self.refund_button.setObjectName("refundButton")
        self.refund_button.clicked.connect(self.refund_requested)
        self.edit_button.clicked.connect(self.edit_requested)
        self.archive_button.clicked.connect(self.archive_requested)
        self.invoice_button.clicked.connect(self.new_invoice_requested)
        self.pay_button.clicked.connect(self.payment_requested)
        self.statement_button = QPushButton(self.tr("S&tatement…"))
        self.statement_button.setObjectName("statementButton")
        self.slip_button = QPushButton(self.tr("Payment s&lip"))
        self.slip_button.setObjectName("slipButton")
        self.statement_button.clicked.connect(self.statement_requested)
        self.slip_button.clicked.connect(self.slip_requested)
        buttons = QHBoxLayout()
        for b in (self.edit_button, self.invoice_button, self.pay_button, self.refund_button,
                  self.archive_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        documents_row = QHBoxLayout()
        documents_row.addWidget(self.statement_button)
        documents_row.addWidget(self.slip_button)
        documents_row.addStretch(1)

        self.invoices = invoice_model(ctx, InvoiceFilter(client_id=-1), with_client=False, parent=self)
        self.invoice_view = ListView(ctx, self.invoices, "clientInvoices", 1, Qt.SortOrder.DescendingOrder,
                                     default_columns=CARD_INVOICE_COLUMNS)
        self.invoice_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # INV-20…000123: the end differs
        self.invoice_view.open_row.connect(self._open_invoice_row)
        self.payments = payment_model(ctx, PaymentFilter(client_id=-1), with_client=False, parent=self)
        self.payment_view = ListView(ctx, self.payments, "clientPayments", 0, Qt.SortOrder.DescendingOrder,
                                     default_columns=CARD_PAYMENT_COLUMNS)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.invoice_view, self.tr("Invoices"))
        self.tabs.addTab(self.payment_view, self.tr("Payments"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addLayout(codes)
        layout.addLayout(money)
        layout.addLayout(buttons)
        layout.addLayout(documents_row)
        layout.addWidget(self.tabs, 1)
        self._document_menus()
        self.show_client(None)

    def copy(self, text: str) -> None:
        if text:
            QGuiApplication.clipboard().setText(text)
            self.ctx.events.status_message.emit(self.tr("Copied {text}").format(text=isolate(text)))

    def show_client(self, row: Any) -> None:
        """Show `row` (a ClientRow) or nothing; reloads the invoice and payment lists."""
        self.row = row
        for w in (
            self.edit_button,
            self.archive_button,
            self.invoice_button,
            self.pay_button,
            self.refund_button,
            self.copy_number,
            self.copy_rf,
            self.tabs,
            self.statement_button,
            self.slip_button,
        ):
            w.setEnabled(row is not None)
        if row is None:
            self.name.setText(self.tr("No patient selected"))
            for label in (self.details, self.number, self.rf, self.owed, self.credit):
                label.setText("")
            return
        self.name.setText(row.name + (" " + self.tr("(archived)") if row.archived else ""))
        parts = []
        if row.birth_date:
            parts.append(
                self.tr("Born {date}").format(date=isolate(self.invoice_view.formatter.date(row.birth_date)))
            )
        parts += [isolate(p) for p in (row.phone, row.email) if p]
        self.details.setText(" · ".join(parts))
        self.number.setText(row.client_number)
        self.rf.setText(" ".join(row.rf_code[i : i + 4] for i in range(0, len(row.rf_code), 4)))
        zero = self.tr("nothing")
        self.owed.setText(", ".join(self.ctx.format_money(m) for m in row.owed) or zero)
        self.credit.setText(", ".join(self.ctx.format_money(m) for m in row.credit) or zero)
        self.refund_button.setEnabled(any(m.is_positive() for m in row.credit))
        gate(self.ctx, Permission.REFUNDS, self.refund_button)
        self.archive_button.setText(self.tr("Restore") if row.archived else self.tr("Archive"))
        self.invoice_button.setEnabled(not row.archived)
        self.invoices.set_filter(self._InvoiceFilter(client_id=row.id), force=True)
        self.payments.set_filter(self._PaymentFilter(client_id=row.id), force=True)

    def _open_invoice_row(self, row: int) -> None:
        invoice_id = self.invoices.id_at(row)
        if invoice_id is not None:
            self.open_invoice.emit(invoice_id)

    # --- documents (context menus of the two lists) -------------------------------------
    def _document_menus(self) -> None:
        """Menu actions without keys: the screen's Ctrl+P belongs to the patient's statement."""
        def invoice_mode(mode: documents.Mode) -> Any:
            return lambda: self.invoice_document(mode)

        def receipt_mode(mode: documents.Mode) -> Any:
            return lambda: self.receipt_document(mode)

        open_it = document_action(self.invoice_view, self.tr("Open"), None,
                                  lambda: self._open_invoice_row(self.invoice_view.current_row()))
        self.invoice_actions = [
            open_it, None,
            document_action(self.invoice_view, self.tr("Preview invoice"), None,
                            invoice_mode(documents.PREVIEW), "cardPreviewInvoice"),
            document_action(self.invoice_view, self.tr("Print invoice…"), None,
                            invoice_mode(documents.PRINT), "cardPrintInvoice"),
            document_action(self.invoice_view, self.tr("Save invoice as PDF…"), None,
                            invoice_mode(documents.SAVE), "cardSaveInvoice"),
        ]
        self.receipt_actions = [
            document_action(self.payment_view, self.tr("Preview receipt"), None,
                            receipt_mode(documents.PREVIEW), "cardPreviewReceipt"),
            document_action(self.payment_view, self.tr("Print receipt…"), None,
                            receipt_mode(documents.PRINT), "cardPrintReceipt"),
            document_action(self.payment_view, self.tr("Save receipt as PDF…"), None,
                            receipt_mode(documents.SAVE), "cardSaveReceipt"),
        ]
        attach_menu(self.invoice_view, self._invoice_menu)
        attach_menu(self.payment_view, self._receipt_menu)

    def _invoice_menu(self) -> list[Any]:
        item = self.invoices.row_at(self.invoice_view.current_row())
        issued = item is not None and bool(item.number)
        for action in self.invoice_actions[2:]:
            if action is not None:
                action.setEnabled(issued)
        return self.invoice_actions

    def _receipt_menu(self) -> list[Any]:
        item = self.payments.row_at(self.payment_view.current_row())
        for action in self.receipt_actions:
            action.setEnabled(item is not None and item.reversal_of is None)
        return self.receipt_actions

    def invoice_document(self, mode: documents.Mode) -> Any:
        item = self.invoices.row_at(self.invoice_view.current_row())
        if item is None or not item.number:
            return None
        return documents.preview_invoice(self.ctx, int(item.id), self, mode=mode)

    def receipt_document(self, mode: documents.Mode) -> Any:
        item = self.payments.row_at(self.payment_view.current_row())
        if item is None or item.reversal_of is not None:
            return None
        return documents.preview_receipt(self.ctx, int(item.id), self, mode=mode)

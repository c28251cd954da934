"""A partial credit note from the invoice editor: how many of each line to credit, or an amount,
and why. The service numbers it, applies it (what was paid above the rest becomes the patient's
credit) and refuses more than a line or the invoice has left, in words; nothing is booked then."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.ui.i18n import babel_locale, isolate

DESCRIPTION, INVOICED, LEFT, CREDIT = range(4)


class CreditNoteDialog(QDialog):
    def __init__(self, ctx: Any, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("creditNoteDialog")
        self.ctx, self.invoice_id = ctx, invoice_id
        self.result_: Any = None
        invoicing = ctx.services.invoicing
        self.detail = invoicing.get(invoice_id)
        self.lines = invoicing.creditable_lines(invoice_id)
        number = self.detail.row.number or ""
        self.setWindowTitle(self.tr("Credit note for {number}").format(number=number))
        self.setMinimumWidth(520)
        self.table = QTableWidget(len(self.lines), 4)
        self.table.setObjectName("creditLines")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Description"), self.tr("Invoiced"), self.tr("Left"), self.tr("Credit")])
        self.table.horizontalHeader().setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for i, line in enumerate(self.lines):
            for col, text in ((DESCRIPTION, line.description), (INVOICED, _number(line.quantity)),
                              (LEFT, _number(line.left)), (CREDIT, "")):
                item = QTableWidgetItem(text)
                if col != CREDIT:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if col != DESCRIPTION:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, col, item)
        self.amount = QLineEdit()
        self.amount.setObjectName("creditAmount")
        self.amount.setPlaceholderText(self.tr("or an amount, tax included"))
        self.reason = QLineEdit()
        self.reason.setObjectName("creditReason")
        self.owed = QLabel(ctx.format_money(self.detail.row.balance))
        form = QFormLayout()
        form.addRow(self.tr("Still owed"), self.owed)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make credit note"))
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("How many of each line to credit:")))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def set_quantity(self, row: int, text: str) -> None:
        item = self.table.item(row, CREDIT)
        assert item is not None
        item.setText(text)

    def chosen_lines(self) -> dict[int, Decimal]:
        chosen: dict[int, Decimal] = {}
        for i, line in enumerate(self.lines):
            item = self.table.item(i, CREDIT)
            text = item.text().strip() if item is not None else ""
            if not text:
                continue
            try:
                quantity = Decimal(text.replace(",", "."))
            except InvalidOperation:
                raise DomainError("line_bad_quantity", quantity=text) from None
            if quantity:
                chosen[line.position] = quantity
        return chosen

    def record(self) -> bool:
        title = self.tr("Credit note")
        dialogs = self.ctx.dialogs
        invoicing = self.ctx.services.invoicing
        try:
            reason = self.reason.text()
            if self.amount.text().strip():
                locale = babel_locale(self.ctx.language)
                amount = Money.parse(self.amount.text(), self.detail.row.currency, locale)
                self.result_ = invoicing.credit(self.invoice_id, reason, amount=amount)
            else:
                self.result_ = invoicing.credit(self.invoice_id, reason, lines=self.chosen_lines())
        except DomainError as exc:
            dialogs.show_error(self, exc, title)
            return False
        fm = self.ctx.format_money
        text = self.tr("Credit note {number} credits {amount}.").format(
            number=isolate(self.result_.number), amount=isolate(fm(self.result_.credited)))
        if self.result_.to_credit.is_positive():
            text += "\n" + self.tr("{amount} already paid is now the patient's credit.").format(
                amount=isolate(fm(self.result_.to_credit)))
        dialogs.info(self, title, text)
        self.accept()
        return True


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f")


def make_credit_note(ctx: Any, parent: QWidget | None, invoice_id: int,
                     run: Callable[[QDialog], bool] | None = None) -> bool:
    """Open the credit note dialog for an issued invoice; True when a credit note was made."""
    runner = run or getattr(ctx.dialogs, "run", None) or (lambda d: bool(d.exec()))
    try:
        dialog = CreditNoteDialog(ctx, invoice_id, parent)
    except DomainError as exc:
        ctx.dialogs.show_error(parent, exc)
        return False
    try:
        runner(dialog)
        return dialog.result_ is not None
    finally:
        dialog.deleteLater()

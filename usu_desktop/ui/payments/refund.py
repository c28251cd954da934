"""Paying a patient's credit back at the desk: in cash, or by bank transfer to an IBAN.

The amount starts at the whole credit; a bank transfer asks for the payee's IBAN (the name is the
patient's unless changed); cash paid out prints a receipt for the patient to sign. The service
refuses more than the credit, in words, and nothing is booked; the day's transfers go to the bank
from the refunds export (usu-admin refunds).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.ui.i18n import babel_locale, isolate
from usu_desktop.ui.tables.common import METHODS, label

REFUND_METHODS = ("cash", "transfer")


class RefundDialog(QDialog):
    def __init__(self, ctx: Any, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refundDialog")
        self.ctx, self.client_id = ctx, client_id
        self.result_: Any = None
        self.setWindowTitle(self.tr("Refund credit"))
        self.setMinimumWidth(440)
        client = ctx.services.clients.get(client_id)
        self.currency = str(ctx.services.settings.load().currency)
        self.credit = ctx.services.payments.client_credit(client_id, self.currency)
        fmt = ctx.format_money
        self.who = QLabel(self.tr("{name} ({number})").format(name=isolate(client.name),
                                                             number=isolate(client.client_number)))
        self.credit_label = QLabel(fmt(self.credit))
        self.credit_label.setObjectName("refundCredit")
        self.amount = QLineEdit(fmt(self.credit, with_currency=False))
        self.amount.setObjectName("refundAmount")
        self.method = QComboBox()
        self.method.setObjectName("refundMethod")
        for code in REFUND_METHODS:
            self.method.addItem(label(METHODS, code), code)
        self.payee = QLineEdit(client.name)
        self.payee.setObjectName("refundPayee")
        self.iban = QLineEdit()
        self.iban.setObjectName("refundIban")
        self.bic = QLineEdit()
        self.bic.setObjectName("refundBic")
        self.note = QLineEdit()
        self.note.setObjectName("refundNote")
        self.print_receipt = QCheckBox(self.tr("Print a receipt to sign"))
        self.print_receipt.setObjectName("refundPrintReceipt")
        self.print_receipt.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Patient"), self.who)
        form.addRow(self.tr("Credit"), self.credit_label)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Payee"), self.payee)
        form.addRow(self.tr("IBAN"), self.iban)
        form.addRow(self.tr("BIC"), self.bic)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.print_receipt)
        self.form = form
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Refund"))
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.method.currentIndexChanged.connect(lambda _i: self.show_bank_fields())
        self.show_bank_fields()
        self.amount.setFocus()
        self.amount.selectAll()

    def show_bank_fields(self) -> None:
        transfer = self.method.currentData() == "transfer"
        for field in (self.payee, self.iban, self.bic):
            self.form.setRowVisible(field, transfer)
        self.form.setRowVisible(self.print_receipt, not transfer)  # cash changes hands: the patient signs

    def record(self) -> bool:
        title = self.tr("Refund credit")
        dialogs = self.ctx.dialogs
        try:
            amount = Money.parse(self.amount.text(), self.currency, babel_locale(self.ctx.language))
            self.result_ = self.ctx.services.refunds.refund(
                self.client_id, amount, str(self.method.currentData()), payee_name=self.payee.text(),
                iban=self.iban.text(), bic=self.bic.text(), text=self.note.text())
        except DomainError as exc:
            dialogs.show_error(self, exc, title)
            self.amount.setFocus()
            return False
        fm = self.ctx.format_money
        dialogs.info(self, title, self.tr("{amount} refunded; {left} of credit is left.").format(
            amount=isolate(fm(self.result_.amount)), left=isolate(fm(self.result_.credit_left))))
        self.accept()
        return True


def refund_credit(ctx: Any, parent: QWidget | None, client_id: int,
                  run: Callable[[QDialog], bool] | None = None) -> bool:
    """Open the refund dialog for the patient; True when a refund was booked."""
    runner = run or getattr(ctx.dialogs, "run", None) or (lambda d: bool(d.exec()))
    try:
        dialog = RefundDialog(ctx, client_id, parent)
    except DomainError as exc:
        ctx.dialogs.show_error(parent, exc)
        return False
    try:
        runner(dialog)
        done = dialog.result_
        if done is not None and done.method == "cash" and dialog.print_receipt.isChecked():
            from usu_desktop.ui.documents import actions as documents

            documents.preview_refund_receipt(ctx, int(done.id), parent, mode=documents.PRINT)
        return done is not None
    finally:
        dialog.deleteLater()

"""Taking money at the desk: cash, card or bank transfer for a patient or one invoice.

The chosen invoice is paid first, then the oldest due. Paying more than is owed is
never silent: the desk is asked whether the rest becomes the patient's credit or is
handed back as change; with no answer nothing is booked. "Print a receipt" (remembered)
sends the receipt of the booked payment to the print dialog once the dialog closes.
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
from usu_desktop.domain.money import Money, total
from usu_desktop.ui.i18n import babel_locale, isolate
from usu_desktop.ui.tables.common import METHODS, REASONS, label

DESK_METHODS = ("cash", "card", "transfer")
PRINT_RECEIPT_KEY = "documents/print_receipt_after_payment"


class DeskPaymentDialog(QDialog):
    def __init__(
        self, ctx: Any, client_id: int, invoice_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deskPayment")
        self.ctx, self.client_id = ctx, client_id
        self.result_: Any = None
        self.setWindowTitle(self.tr("Take payment"))
        self.setMinimumWidth(460)
        client = ctx.services.clients.get(client_id)
        self.open = ctx.services.reception.open_invoices(client_id)
        self.currency = (
            self.open[0].balance.currency if self.open else str(ctx.services.settings.load().currency)
        )
        self.open = [o for o in self.open if o.balance.currency == self.currency]
        self.credit = ctx.services.payments.client_credit(client_id, self.currency)

        self.who = QLabel(
            self.tr("{name} ({number})").format(
                name=isolate(client.name), number=isolate(client.client_number)
            )
        )
        self.owed_label = QLabel()
        self.owed_label.setObjectName("paymentOwed")
        self.invoice_box = QComboBox()
        self.invoice_box.setObjectName("paymentInvoice")
        self.invoice_box.addItem(self.tr("Oldest due first"), None)
        fmt = ctx.format_money
        for o in self.open:
            self.invoice_box.addItem(f"{o.number} — {fmt(o.balance)}", o.id)
        if invoice_id is not None:
            i = self.invoice_box.findData(invoice_id)
            if i >= 0:
                self.invoice_box.setCurrentIndex(i)
        self.amount = QLineEdit()
        self.amount.setObjectName("paymentAmount")
        self.method = QComboBox()
        self.method.setObjectName("paymentMethod")
        for code in DESK_METHODS:
            self.method.addItem(label(METHODS, code), code)
        self.note = QLineEdit()
        self.print_receipt = QCheckBox(self.tr("Print a receipt"))
        self.print_receipt.setObjectName("printReceipt")
        qsettings = getattr(ctx, "qsettings", None)
        if qsettings is not None:
            self.print_receipt.setChecked(str(qsettings.value(PRINT_RECEIPT_KEY, "false")).lower() == "true")
        form = QFormLayout()
        form.addRow(self.tr("Patient"), self.who)
        form.addRow(self.tr("Owes"), self.owed_label)
        form.addRow(self.tr("Pay"), self.invoice_box)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.print_receipt)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record payment"))
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.invoice_box.currentIndexChanged.connect(lambda _i: self.suggest_amount())
        owed = total((o.balance for o in self.open), self.currency)
        text = fmt(owed)
        if self.credit.is_positive():
            text += "  " + self.tr("(credit {credit})").format(credit=isolate(fmt(self.credit)))
        self.owed_label.setText(text)
        self.suggest_amount()
        self.amount.setFocus()
        self.amount.selectAll()

    def owed(self) -> Money:
        return total((o.balance for o in self.open), self.currency)

    def suggest_amount(self) -> None:
        invoice_id = self.invoice_box.currentData()
        chosen = [o.balance for o in self.open if o.id == invoice_id]
        money = chosen[0] if chosen else self.owed()
        self.amount.setText(self.ctx.format_money(money, with_currency=False))

    def record(self) -> bool:
        title = self.tr("Take payment")
        dialogs = self.ctx.dialogs
        try:
            amount = Money.parse(self.amount.text(), self.currency, babel_locale(self.ctx.language))
            if not amount.is_positive():
                raise DomainError("payment_bad_amount", amount=self.amount.text())
        except DomainError as exc:
            dialogs.show_error(self, exc, title)
            self.amount.setFocus()
            return False
        owed = self.owed()
        use = "credit"
        if amount > owed:
            rest = amount - owed
            fm = self.ctx.format_money
            if dialogs.confirm(
                self,
                title,
                self.tr(
                    "{amount} is more than the {owed} owed. Keep the rest, {rest}, as the patient's credit "
                    "for later invoices?"
                ).format(amount=isolate(fm(amount)), owed=isolate(fm(owed)), rest=isolate(fm(rest))),
            ):
                use = "credit"
            elif owed.is_positive() and dialogs.confirm(
                self,
                title,
                self.tr("Then hand back {rest} as change and book {owed}?").format(
                    rest=isolate(fm(rest)), owed=isolate(fm(owed))
                ),
            ):
                use = "change"
            else:
                dialogs.warning(
                    self,
                    title,
                    self.tr(
                        "Nothing was recorded. Say what happens to the {rest} over the amount owed: "
                        "credit or change."
                    ).format(rest=isolate(fm(rest))),
                )
                return False
        try:
            self.result_ = self.ctx.services.payments.record_desk_payment(
                self.client_id,
                amount,
                str(self.method.currentData()),
                invoice_id=self.invoice_box.currentData(),
                use_overpayment_as=use,
                note=self.note.text().strip(),
            )
        except DomainError as exc:
            dialogs.show_error(self, exc, title)
            return False
        qsettings = getattr(self.ctx, "qsettings", None)
        if qsettings is not None:
            qsettings.setValue(PRINT_RECEIPT_KEY, "true" if self.print_receipt.isChecked() else "false")
        dialogs.info(self, title, self.summary(self.result_))
        self.accept()
        return True

    def summary(self, result: Any) -> str:
        fm = self.ctx.format_money
        lines = [
            self.tr("{amount} on {number} ({why})").format(
                amount=isolate(fm(a.amount)),
                number=isolate(a.invoice_number or "—"),
                why=label(REASONS, a.reason),
            )
            for a in result.allocations
        ]
        if result.credit.is_positive():
            lines.append(self.tr("{amount} kept as credit").format(amount=isolate(fm(result.credit))))
        if result.change.is_positive():
            lines.append(self.tr("Give back {amount} as change").format(amount=isolate(fm(result.change))))
        return "\n".join(lines) or self.tr("Payment recorded.")


def take_payment(
    ctx: Any,
    parent: QWidget | None,
    client_id: int | None,
    invoice_id: int | None = None,
    run: Callable[[QDialog], bool] | None = None,
) -> bool:
    """Open the desk payment dialog; True when a payment was recorded."""
    if client_id is None:
        from usu_desktop.ui.clients.picker import pick_client

        client_id = pick_client(ctx, parent)
        if client_id is None:
            return False
    runner = run or getattr(ctx.dialogs, "run", None) or (lambda d: bool(d.exec()))
    try:
        dialog = DeskPaymentDialog(ctx, client_id, invoice_id, parent)
    except DomainError as exc:
        ctx.dialogs.show_error(parent, exc)
        return False
    try:
        runner(dialog)
        booked = dialog.result_ is not None
        if booked and dialog.print_receipt.isChecked():
            from usu_desktop.ui.documents import actions as documents

            documents.preview_receipt(ctx, int(dialog.result_.payment_id), parent, mode=documents.PRINT)
        return booked
    finally:
        dialog.deleteLater()

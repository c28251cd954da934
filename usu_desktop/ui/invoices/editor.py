"""The invoice editor: lines from the price list or free text, quantity, unit price,
discount, VAT; totals from the domain (`compute_totals`) as you type. A draft is saved
and issued (after a confirmation); an issued invoice is read-only and can only be
cancelled by a credit note with a reason, or paid. An issued invoice (or credit note)
has Preview (Ctrl+Shift+P), Print… (Ctrl+P) and Save as PDF… (Ctrl+Shift+S) of its
frozen original."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.invoices import InvoiceLine, compute_totals
from usu_desktop.domain.money import Money
from usu_desktop.domain.money_format import parse_amount
from usu_desktop.domain.permissions import Permission
from usu_desktop.ui.documents import actions as documents
from usu_desktop.ui.documents.commands import PREVIEW_KEY, PRINT_KEY, SAVE_PDF_KEY, document_action
from usu_desktop.ui.errors import error_text
from usu_desktop.ui.i18n import babel_locale, isolate
from usu_desktop.ui.invoices.model import state_text
from usu_desktop.ui.people.roles import gate
from usu_desktop.ui.tables.common import ask_text

DESCRIPTION, QUANTITY, PRICE, DISCOUNT, VAT, AMOUNT = range(6)
HUNDRED = Decimal(100)


class ServiceLine(QLineEdit):
    """The service box's text: Enter emits `enter` (and nothing else: no returnPressed, so neither
    the combo box nor the completer acts on a stale current item, and the dialog's default button
    is not pressed). With the completion list open, the completer hands the key to this line."""

    enter = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.enter.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def percent_text(rate: Decimal) -> str:
    value = (rate * HUNDRED).normalize()
    return f"{value:f}"


class InvoiceEditor(QDialog):
    def __init__(
        self,
        ctx: Any,
        client_id: int | None = None,
        invoice_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceEditor")
        self.ctx = ctx
        self.invoicing = ctx.services.invoicing
        self.invoice_id = invoice_id
        self.client_id = client_id
        self.detail: Any = None
        self.changed = False
        self.service_ids: list[int | None] = []
        self.resize(860, 560)
        self.locale_code = babel_locale(ctx.language)
        self.currency = str(ctx.services.settings.load().currency)

        self.client_label = QLabel()
        self.client_label.setObjectName("invoiceClient")
        self.state_label = QLabel()
        self.state_label.setObjectName("invoiceState")
        head = QHBoxLayout()
        head.addWidget(self.client_label, 1)
        head.addWidget(self.state_label)

        self.service_box = QComboBox()
        self.service_box.setObjectName("serviceBox")
        self.service_box.setEditable(True)
        self.service_line = ServiceLine()
        self.service_box.setLineEdit(self.service_line)
        self.service_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.service_box.model(), self.service_box)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # a code or any word of the name
        self.service_box.setCompleter(completer)
        self.service_box.lineEdit().setPlaceholderText(self.tr("Service from the price list"))
        self.add_service_button = QPushButton(self.tr("&Add service"))
        self.add_free_button = QPushButton(self.tr("Add &free line"))
        self.remove_button = QPushButton(self.tr("&Remove line"))
        self.add_service_button.clicked.connect(lambda: self.add_service_line())
        self.add_free_button.clicked.connect(lambda: self.add_line())
        self.remove_button.clicked.connect(self.remove_line)
        self.service_line.enter.connect(lambda: self.add_service_line())
        adding = QHBoxLayout()
        adding.addWidget(self.service_box, 1)
        adding.addWidget(self.add_service_button)
        adding.addWidget(self.add_free_button)
        adding.addWidget(self.remove_button)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("invoiceLines")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Description"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Discount"),
                self.tr("VAT %"),
                self.tr("Amount"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: self.update_totals())

        self.note = QLineEdit()
        self.totals = QLabel()
        self.totals.setObjectName("invoiceTotals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.totals.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("invoiceProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Note"), self.note)

        self.save_button = QPushButton(self.tr("&Save draft"))
        self.issue_button = QPushButton(self.tr("&Issue…"))
        self.cancel_invoice_button = QPushButton(self.tr("Cancel &invoice…"))
        self.credit_note_button = QPushButton(self.tr("Cre&dit note…"))
        self.credit_note_button.setObjectName("creditNoteButton")
        self.pay_button = QPushButton(self.tr("Take &payment…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.preview_action = document_action(self, self.tr("Preview"), PREVIEW_KEY,
                                              lambda: self.document(documents.PREVIEW), "previewInvoice")
        self.print_action = document_action(self, self.tr("Print…"), PRINT_KEY,
                                            lambda: self.document(documents.PRINT), "printInvoice")
        self.save_pdf_action = document_action(self, self.tr("Save as PDF…"), SAVE_PDF_KEY,
                                               lambda: self.document(documents.SAVE), "saveInvoicePdf")
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_pdf_button = QPushButton(self.tr("Save as PDF…"))
        for button, action in ((self.preview_button, self.preview_action),
                               (self.print_button, self.print_action),
                               (self.save_pdf_button, self.save_pdf_action)):
            button.setObjectName(action.objectName() + "Button")
            button.setAutoDefault(False)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{action.text()} ({keys})")
            button.clicked.connect(action.trigger)
        self.save_button.clicked.connect(self.save_draft)
        self.issue_button.clicked.connect(self.issue)
        self.cancel_invoice_button.clicked.connect(self.cancel_invoice)
        self.credit_note_button.clicked.connect(self.credit_note)
        self.pay_button.clicked.connect(self.take_payment)
        self.close_button.clicked.connect(self.close_editor)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.issue_button, self.cancel_invoice_button, self.credit_note_button,
                  self.pay_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.preview_button, self.print_button, self.save_pdf_button):
            buttons.addWidget(b)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(adding)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.totals)
        layout.addLayout(buttons)

        self.services = [s for s in self.invoicing.services() if s.price.currency == self.currency]
        for s in self.services:
            self.service_box.addItem(f"{s.code} — {s.name} — {ctx.format_money(s.price)}", s.id)
        self.service_box.setCurrentIndex(-1)
        self.load()
        self.setTabOrder(self.service_box, self.add_service_button)
        self.setTabOrder(self.add_service_button, self.table)
        self.setTabOrder(self.table, self.note)
        self.service_box.setFocus()

    # --- loading ------------------------------------------------------------------------
    def load(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.service_ids = []
        self.table.blockSignals(False)
        if self.invoice_id is not None:
            self.detail = self.invoicing.get(self.invoice_id)
            row = self.detail.row
            self.client_id, self.currency = row.client_id, row.currency
            for line, sid in zip(self.detail.lines, self.detail.service_ids, strict=True):
                self.add_line(line, sid)
            self.note.setText(self.detail.note)
        client = self.ctx.services.clients.get(self.client_id) if self.client_id is not None else None
        self.client_label.setText(
            self.tr("Patient: {name} ({number})").format(
                name=isolate(client.name if client else "?"),
                number=isolate(client.client_number if client else ""),
            )
        )
        self.apply_state()
        self.update_totals()

    def is_draft(self) -> bool:
        return self.detail is None or self.detail.row.state == "draft"

    def apply_state(self) -> None:
        draft = self.is_draft()
        row = self.detail.row if self.detail is not None else None
        if row is None:
            title, state = self.tr("New invoice"), self.tr("Draft (not saved)")
        else:
            title = row.number or self.tr("Draft invoice")
            state = state_text(row)
            if row.state == "cancelled" and self.detail.cancel_reason:
                state += " — " + isolate(self.detail.cancel_reason)
        self.setWindowTitle(title)
        self.state_label.setText(state)
        for w in (
            self.service_box,
            self.add_service_button,
            self.add_free_button,
            self.remove_button,
            self.save_button,
            self.issue_button,
        ):
            w.setEnabled(draft)
        self.note.setReadOnly(not draft)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if draft
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        is_open = row is not None and row.kind == "invoice" and row.state in ("issued", "partly_paid")
        self.cancel_invoice_button.setVisible(is_open)
        creditable = (row is not None and row.kind == "invoice"
                      and row.state in ("issued", "partly_paid", "paid"))
        self.credit_note_button.setVisible(creditable)
        self.credit_note_button.setEnabled(creditable)
        gate(self.ctx, Permission.CANCEL_INVOICES, self.cancel_invoice_button, self.credit_note_button)
        self.pay_button.setVisible(is_open)
        self.save_button.setVisible(draft)
        self.issue_button.setVisible(draft)
        printable = row is not None and bool(row.number)
        for action, button in ((self.preview_action, self.preview_button),
                               (self.print_action, self.print_button),
                               (self.save_pdf_action, self.save_pdf_button)):
            action.setEnabled(printable)
            button.setVisible(printable)

    # --- lines --------------------------------------------------------------------------
    def _item(self, text: str, editable: bool = True, end: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if not editable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if end:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def money_text(self, money: Money) -> str:
        return str(self.ctx.format_money(money, with_currency=False))

    def add_line(self, line: InvoiceLine | None = None, service_id: int | None = None) -> int:
        """Append a line (empty for free text); returns its row."""
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        zero = Money.zero(self.currency)
        self.table.setItem(row, DESCRIPTION, self._item(line.description if line else ""))
        self.table.setItem(row, QUANTITY, self._item(f"{line.quantity:f}" if line else "1", end=True))
        self.table.setItem(row, PRICE, self._item(self.money_text(line.unit_price) if line else "", end=True))
        self.table.setItem(
            row, DISCOUNT, self._item(self.money_text(line.discount if line else zero), end=True)
        )
        self.table.setItem(row, VAT, self._item(percent_text(line.vat_rate) if line else "0", end=True))
        self.table.setItem(row, AMOUNT, self._item("", editable=False, end=True))
        self.service_ids.append(service_id)
        self.table.blockSignals(False)
        self.update_totals()
        if line is None:
            self.table.setCurrentCell(row, DESCRIPTION)
        return row

    def add_service_line(self, service_id: int | None = None, quantity: str = "1") -> int | None:
        if service_id is None:
            service_id = self.chosen_service()
            if service_id is None:
                return None
        line = self.invoicing.line_for_service(service_id, quantity)
        row = self.add_line(line, service_id)
        self.service_box.setCurrentIndex(-1)
        self.service_box.clearEditText()
        return row

    def chosen_service(self) -> int | None:
        """The service Enter (or Add service) means: the completion highlighted in the open list,
        else the one the text names (exactly, by code, else the first whose text contains it).
        Never the box's current item, which still holds an earlier choice once the text is edited."""
        box = self.service_box
        completer = box.completer()
        popup = completer.popup() if completer is not None else None
        text = box.currentText().strip()
        if popup is not None and popup.isVisible():
            index = popup.currentIndex()
            popup.hide()
            if index.isValid():
                text = str(index.data())
        if not text:
            return None
        found = box.findText(text, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            needle = text.casefold()
            codes = [i for i, s in enumerate(self.services) if s.code.casefold() == needle]
            contains = [i for i in range(box.count()) if needle in box.itemText(i).casefold()]
            found = (codes or contains or [-1])[0]
        if found < 0:
            self.problem.setText(self.tr("No service on the price list matches “{text}”.").format(
                text=isolate(text)))
            return None
        return int(box.itemData(found))

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self.service_ids[row]
            self.update_totals()

    def set_cell(self, row: int, column: int, text: str) -> None:
        self.table.item(row, column).setText(text)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _decimal(self, text: str, code: str, **params: object) -> Decimal:
        try:
            return parse_amount(text, self.locale_code)
        except DomainError:
            raise DomainError(code, **params) from None

    def read_line(self, row: int) -> InvoiceLine:
        """One table row as a domain line; DomainError with the line's problem."""
        quantity = self._decimal(
            self._text(row, QUANTITY) or "0", "line_bad_quantity", quantity=self._text(row, QUANTITY)
        )
        price = Money.parse(self._text(row, PRICE) or "0", self.currency, self.locale_code)
        discount = Money.parse(self._text(row, DISCOUNT) or "0", self.currency, self.locale_code)
        rate = (
            self._decimal(self._text(row, VAT) or "0", "line_bad_vat", vat_rate=self._text(row, VAT))
            / HUNDRED
        )
        return InvoiceLine.of(self._text(row, DESCRIPTION), quantity, price, rate, discount)

    def lines(self) -> list[InvoiceLine]:
        result = []
        for row in range(self.table.rowCount()):
            try:
                result.append(self.read_line(row))
            except DomainError as exc:
                raise LineProblem(row, exc) from None
        return result

    def update_totals(self) -> bool:
        """Amounts per line and the totals; a problem is shown instead. True when all lines are valid."""
        self.table.blockSignals(True)
        problems = []
        for row in range(self.table.rowCount()):
            try:
                line = self.read_line(row)
                self.table.item(row, AMOUNT).setText(self.money_text(line.net))
            except DomainError as exc:
                self.table.item(row, AMOUNT).setText("—")
                problems.append(self.tr("Line {n}: {problem}").format(n=row + 1, problem=error_text(exc)))
        self.table.blockSignals(False)
        if problems:
            self.problem.setText("\n".join(problems))
            self.totals.setText("")
            return False
        self.problem.setText("")
        t = compute_totals(self.lines(), self.currency)
        fm = self.ctx.format_money
        self.totals.setText(
            self.tr(
                "Lines {lines} · Discount {discount} · Without VAT {untaxed} · VAT {tax} · Total {total}"
            ).format(
                lines=isolate(fm(t.lines_total)),
                discount=isolate(fm(t.discount_total)),
                untaxed=isolate(fm(t.untaxed)),
                tax=isolate(fm(t.tax)),
                total=isolate(fm(t.total)),
            )
        )
        self.current_total = t.total
        return True

    # --- actions ------------------------------------------------------------------------
    def show_problem(self, exc: BaseException, title: str) -> None:
        if isinstance(exc, LineProblem):
            self.table.setCurrentCell(exc.row, DESCRIPTION)
            text = self.tr("Line {n}: {problem}").format(n=exc.row + 1, problem=error_text(exc.error))
            self.ctx.dialogs.error(self, title, text)
        else:
            self.ctx.dialogs.show_error(self, exc, title)

    def save_draft(self) -> bool:
        title = self.tr("Save invoice")
        if not self.is_draft():
            self.ctx.dialogs.show_error(self, DomainError("invoice_not_draft"), title)
            return False
        try:
            lines = self.lines()
            if not lines:
                raise DomainError("invoice_no_lines")
            if self.invoice_id is None:
                assert self.client_id is not None
                self.invoice_id = self.invoicing.create_draft(
                    self.client_id,
                    lines,
                    list(self.service_ids),
                    currency=self.currency,
                    note=self.note.text(),
                )
            else:
                self.invoicing.edit_draft(
                    self.invoice_id, lines, list(self.service_ids), note=self.note.text()
                )
        except DomainError as exc:
            self.show_problem(exc, title)
            return False
        self.changed = True
        self.load()
        return True

    def issue(self) -> bool:
        title = self.tr("Issue invoice")
        if not self.save_draft():
            return False
        assert self.detail is not None
        if not self.ctx.dialogs.confirm(
            self,
            title,
            self.tr(
                "Issue this invoice for {total}? It gets its number and cannot be changed afterwards; "
                "a mistake is then corrected by a credit note."
            ).format(total=isolate(self.ctx.format_money(self.detail.row.total))),
        ):
            return False
        try:
            issued = self.invoicing.issue(self.detail.row.id)
        except DomainError as exc:
            self.show_problem(exc, title)
            return False
        self.load()
        if issued.credit_used.is_positive():
            self.ctx.dialogs.info(
                self,
                title,
                self.tr("{credit} of the patient's credit was used on {number}.").format(
                    credit=isolate(self.ctx.format_money(issued.credit_used)), number=isolate(issued.number)
                ),
            )
        return True

    def cancel_invoice(self) -> int | None:
        title = self.tr("Cancel invoice")
        if self.detail is None:
            return None
        reason = ask_text(
            self.ctx,
            self,
            title,
            self.tr("Why is {number} cancelled?").format(number=isolate(self.detail.row.number)),
        )
        if reason is None:
            return None
        if not reason.strip():
            self.ctx.dialogs.show_error(self, DomainError("cancel_reason_required"), title)
            return None
        try:
            note_id = self.invoicing.cancel(self.detail.row.id, reason)
        except DomainError as exc:
            self.show_problem(exc, title)
            return None
        self.changed = True
        self.load()
        if note_id is not None:
            note = self.invoicing.get(note_id)
            self.ctx.dialogs.info(
                self,
                title,
                self.tr(
                    "Credit note {number} was made. What was paid on the invoice is now the patient's credit."
                ).format(number=isolate(note.row.number)),
            )
        return note_id

    def credit_note(self) -> bool:
        """Credit lines or an amount of this invoice (a partial credit note)."""
        from usu_desktop.ui.invoices.credit_note import make_credit_note

        if self.detail is None:
            return False
        if not make_credit_note(self.ctx, self, self.detail.row.id):
            return False
        self.changed = True
        self.load()
        return True

    def take_payment(self) -> None:
        from usu_desktop.ui.payments.desk import take_payment

        if self.detail is None:
            return
        if take_payment(self.ctx, self, self.detail.row.client_id, self.detail.row.id):
            self.changed = True
            self.load()

    def document(self, mode: documents.Mode) -> Any:
        """The frozen original of the issued invoice: shown, printed or saved."""
        row = self.detail.row if self.detail is not None else None
        if row is None or not row.number:
            return None
        return documents.preview_invoice(self.ctx, row.id, self, mode=mode)

    def close_editor(self) -> None:
        if self.changed:
            self.accept()
        else:
            self.reject()


class LineProblem(DomainError):
    """A domain error on one line of the editor (row is 0-based)."""

    def __init__(self, row: int, error: DomainError) -> None:
        super().__init__(error.code, **error.params)
        self.row, self.error = row, error


def open_invoice_editor(
    ctx: Any,
    parent: QWidget | None,
    client_id: int | None = None,
    invoice_id: int | None = None,
    run: Callable[[QDialog], bool] | None = None,
) -> bool:
    """Show the editor (modal); True when the books changed."""
    if client_id is None and invoice_id is None:
        from usu_desktop.ui.clients.picker import pick_client

        client_id = pick_client(ctx, parent)
        if client_id is None:
            return False
    try:
        editor = InvoiceEditor(ctx, client_id, invoice_id, parent)
    except DomainError as exc:
        ctx.dialogs.show_error(parent, exc)
        return False
    try:
        (run or getattr(ctx.dialogs, "run", None) or (lambda d: bool(d.exec())))(editor)
        return editor.changed
    finally:
        editor.deleteLater()

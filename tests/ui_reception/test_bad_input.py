"""Bad input at the desk gets a clear message and leaves the books as they were."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView

from usu_desktop.domain.money import Money
from usu_desktop.services.clients import ClientInput
from usu_desktop.storage.queries import InvoiceFilter, PaymentFilter
from usu_desktop.ui.invoices.editor import InvoiceEditor
from usu_desktop.ui.payments.desk import DeskPaymentDialog

from .helpers import books_ok, edit_line, plain

EUR = "EUR"


@pytest.fixture
def client_id(ctx):
    return ctx.services.clients.create(ClientInput("Guðrún", "Jónsdóttir", phone="+354 612 3456")).client_id


def invoice_count(ctx) -> int:
    return ctx.services.reception.count_invoices(InvoiceFilter())


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ({"quantity": "0"}, "The quantity 0 is not valid."),
        ({"quantity": "-2"}, "The quantity -2 is not valid."),
        ({"quantity": "two"}, "The quantity"),
        ({"price": "10.555"}, "has too many decimals: EUR allows 2"),
        ({"discount": "30.00"}, "must be between zero and the line amount"),
        ({"vat": "150"}, "The VAT rate must be between 0 and 100%."),
        ({"description": ""}, "Every invoice line needs a description."),
    ],
)
def test_bad_lines_are_refused_with_the_line_named(ctx, dialogs, client_id, qtbot, cells, expected):
    editor = InvoiceEditor(ctx, client_id=client_id)
    qtbot.addWidget(editor)
    row = editor.add_line()
    base = {"description": "Bandage", "quantity": "2", "price": "12.50", "discount": "0", "vat": "0"}
    edit_line(editor, row, **{**base, **cells})
    assert not editor.update_totals()
    assert expected in plain(editor.problem.text()) and "Line 1" in plain(editor.problem.text())
    assert not editor.issue()
    assert dialogs.kinds()[-1] == "error"
    assert expected in plain(dialogs.shown[-1].text) and "Line 1" in plain(dialogs.shown[-1].text)
    assert invoice_count(ctx) == 0
    books_ok(ctx.database)


def test_an_empty_invoice_is_not_saved(ctx, dialogs, client_id, qtbot):
    editor = InvoiceEditor(ctx, client_id=client_id)
    qtbot.addWidget(editor)
    assert not editor.save_draft()
    assert plain(dialogs.shown[-1].text) == "An invoice needs at least one line."
    assert invoice_count(ctx) == 0


def issued_invoice(ctx, client_id, amount="50.00"):
    inv = ctx.services.invoicing
    from usu_desktop.domain.invoices import InvoiceLine

    draft = inv.create_draft(client_id, [InvoiceLine.of("Consultation", 1, Money(amount, EUR))])
    inv.issue(draft)
    return draft


def test_an_issued_invoice_cannot_be_edited(ctx, dialogs, client_id, qtbot):
    invoice_id = issued_invoice(ctx, client_id)
    editor = InvoiceEditor(ctx, invoice_id=invoice_id)
    qtbot.addWidget(editor)
    assert editor.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not editor.save_button.isVisibleTo(editor) and not editor.add_service_button.isEnabled()
    assert editor.note.isReadOnly()
    edit_line(editor, 0, price="1.00")  # even if a cell changed programmatically...
    assert not editor.save_draft()  # ...nothing is written
    assert "Only a draft invoice can be changed" in plain(dialogs.shown[-1].text)
    assert ctx.services.invoicing.get(invoice_id).row.total == Money("50.00", EUR)
    books_ok(ctx.database)


def run_payment(ctx, client_id, amount, qtbot, invoice_id=None):
    dialog = DeskPaymentDialog(ctx, client_id, invoice_id)
    qtbot.addWidget(dialog)
    dialog.amount.setText(amount)
    return dialog, dialog.record()


def test_paying_more_without_saying_what_to_do_with_the_rest(ctx, dialogs, client_id, qtbot):
    issued_invoice(ctx, client_id)
    dialogs.confirm_answers.extend([False, False])  # not credit, not change either
    dialog, ok = run_payment(ctx, client_id, "80.00", qtbot)
    assert not ok and dialog.result_ is None
    assert dialogs.kinds()[-3:] == ["confirm", "confirm", "warning"]
    assert "Nothing was recorded" in plain(dialogs.shown[-1].text)
    assert ctx.services.reception.count_payments(PaymentFilter()) == 0
    books_ok(ctx.database)


def test_over_payment_as_change_books_only_what_is_owed(ctx, dialogs, client_id, qtbot):
    issued_invoice(ctx, client_id)
    dialogs.confirm_answers.extend([False, True])  # not credit; yes, change
    dialog, ok = run_payment(ctx, client_id, "80.00", qtbot)
    assert ok and dialog.result_.change == Money("30.00", EUR)
    assert "Give back €30.00 as change" in plain(dialogs.texts_of("info")[-1])
    assert ctx.services.payments.client_credit(client_id, EUR).is_zero()
    books_ok(ctx.database)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0", "The payment amount"),
        ("-5", "The payment amount -5 is not valid."),
        ("12.345", "too many decimals"),
        ("abc", "is not a valid amount"),
    ],
)
def test_bad_payment_amounts(ctx, dialogs, client_id, qtbot, typed, expected):
    issued_invoice(ctx, client_id)
    _dialog, ok = run_payment(ctx, client_id, typed, qtbot)
    assert not ok
    assert dialogs.kinds()[-1] == "error" and expected in plain(dialogs.shown[-1].text)
    books_ok(ctx.database)


def test_nothing_owed_and_no_answer_means_no_payment(ctx, dialogs, client_id, qtbot):
    dialogs.confirm_answers.extend([False])
    _dialog, ok = run_payment(ctx, client_id, "10.00", qtbot)
    assert not ok and "Nothing was recorded" in plain(dialogs.shown[-1].text)


def test_cancel_needs_a_reason(ctx, dialogs, client_id, qtbot):
    invoice_id = issued_invoice(ctx, client_id)
    editor = InvoiceEditor(ctx, invoice_id=invoice_id)
    qtbot.addWidget(editor)
    dialogs.texts.append("   ")
    assert editor.cancel_invoice() is None
    assert plain(dialogs.shown[-1].text) == "Please give a reason for cancelling."
    assert ctx.services.invoicing.get(invoice_id).row.state == "issued"
    dialogs.texts.append(None)  # the reason prompt closed: nothing happens
    assert editor.cancel_invoice() is None
    books_ok(ctx.database)

"""The desk's smallest money corrections: a refund from the patient card (refused above the credit,
then in cash and by transfer) and a partial credit note from the invoice editor; roles gate both."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.domain.permissions import Actor, Role
from usu_desktop.services.check import check_books
from usu_desktop.services.clients import ClientInput
from usu_desktop.ui.invoices.editor import InvoiceEditor

from .helpers import plain


def eur(x: str) -> Money:
    return Money(x, "EUR")


def _ok(dialog: Any) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _refund(amount: str, method: str = "cash", iban: str = "") -> Any:
    def script(dialog: Any) -> None:
        assert dialog.objectName() == "refundDialog"
        dialog.amount.setText(amount)
        dialog.method.setCurrentIndex(dialog.method.findData(method))
        assert dialog.iban.isVisibleTo(dialog) == (method == "transfer")
        dialog.iban.setText(iban)
        _ok(dialog)
        if dialog.result_ is None:  # refused: the dialog stays open until the desk cancels it
            dialog.reject()
    return script


def test_refund_from_the_patient_card(window, ctx, dialogs, qtbot) -> None:
    cid = ctx.services.clients.create(ClientInput("Ioanna", "Petrou")).client_id
    ctx.services.payments.record_desk_payment(cid, eur("50.00"), "cash")  # nothing owed: all credit
    page = window.show_page("clients")
    page.refresh()
    page.select_client(cid)
    card = page.card
    qtbot.waitUntil(lambda: card.row is not None and card.row.id == cid)
    assert card.refund_button.isEnabled()

    dialogs.scripts.append(_refund("60.00"))
    card.refund_button.click()
    assert "more than the patient's credit" in plain(dialogs.shown[-1].text)
    assert ctx.services.payments.client_credit(cid, "EUR") == eur("50.00")

    dialogs.scripts.append(_refund("20.00"))
    card.refund_button.click()
    infos = [plain(s.text) for s in dialogs.shown if s.kind == "info"]
    assert infos[-1] == "€20.00 refunded; €30.00 of credit is left."
    assert dialogs.kinds()[-1] == "print"  # cash paid out: the receipt goes to the printer to be signed
    printed = len([k for k in dialogs.kinds() if k == "print"])
    dialogs.scripts.append(_refund("30.00", "transfer", "GR16 0110 1250 0000 0001 2300 695"))
    card.refund_button.click()
    assert len([k for k in dialogs.kinds() if k == "print"]) == printed  # nothing to sign for a transfer
    assert [(r.method, r.amount) for r in ctx.services.refunds.refunds(cid)] == [
        ("cash", eur("20.00")), ("transfer", eur("30.00"))]
    qtbot.waitUntil(lambda: not card.refund_button.isEnabled())  # no credit left to refund
    assert check_books(ctx.database) == []


def test_receptionists_see_why_they_cannot_refund_or_credit(ctx, qtbot) -> None:
    cid = ctx.services.clients.create(ClientInput("Nikos", "Papas")).client_id
    invoice = ctx.services.invoicing.create_draft(cid, [InvoiceLine.of("Visit", 1, eur("40.00"))])
    ctx.services.invoicing.issue(invoice)
    ctx.services = ctx.services.as_user(Actor("rita", Role.RECEPTIONIST))
    editor = InvoiceEditor(ctx, invoice_id=invoice)
    qtbot.addWidget(editor)
    assert not editor.credit_note_button.isEnabled()
    assert "manager or an administrator" in editor.credit_note_button.toolTip()
    from usu_desktop.ui.clients.card import ClientCard

    card = ClientCard(ctx)
    qtbot.addWidget(card)
    ctx.services.payments.record_desk_payment(cid, eur("50.00"), "cash")  # 10.00 left as credit
    [row] = ctx.services.reception.client_rows([cid])
    card.show_client(row)
    assert not card.refund_button.isEnabled()
    assert "manager or an administrator" in card.refund_button.toolTip()


def test_partial_credit_note_from_the_invoice_editor(ctx, dialogs, qtbot) -> None:
    cid = ctx.services.clients.create(ClientInput("Guðrún", "Jónsdóttir")).client_id
    invoicing = ctx.services.invoicing
    invoice = invoicing.create_draft(cid, [InvoiceLine.of("Consultation", 1, eur("60.00")),
                                           InvoiceLine.of("X-ray", 2, eur("35.00"))])
    invoicing.issue(invoice)
    ctx.services.payments.record_desk_payment(cid, eur("130.00"), "card")  # paid in full
    editor = InvoiceEditor(ctx, invoice_id=invoice)
    qtbot.addWidget(editor)
    assert editor.credit_note_button.isVisibleTo(editor) and editor.credit_note_button.isEnabled()

    def too_many(dialog: Any) -> None:
        assert [(line.description, str(line.left)) for line in dialog.lines] == [
            ("Consultation", "1"), ("X-ray", "2")]
        dialog.set_quantity(1, "3")
        dialog.reason.setText("X-ray not taken")
        _ok(dialog)
        assert dialog.result_ is None
        dialog.reject()

    dialogs.scripts.append(too_many)
    assert editor.credit_note() is False
    assert "has only 2 left to credit, not 3" in plain(dialogs.shown[-1].text)
    assert invoicing.get(invoice).row.state == "paid"

    def one_xray(dialog: Any) -> None:
        dialog.set_quantity(1, "1")
        dialog.reason.setText("X-ray not taken")
        _ok(dialog)

    dialogs.scripts.append(one_xray)
    assert editor.credit_note() is True
    shown = plain(dialogs.shown[-1].text)
    assert "credits €35.00" in shown and "€35.00 already paid is now the patient's credit" in shown
    row = invoicing.get(invoice).row
    assert (row.state, row.balance) == ("paid", eur("0.00"))
    assert ctx.services.payments.client_credit(cid, "EUR") == eur("35.00")
    assert [str(line.left) for line in invoicing.creditable_lines(invoice)] == ["1", "1"]
    assert check_books(ctx.database) == []

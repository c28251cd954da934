"""The desk's whole story on the real widgets and a real SQLite file: register a patient,
invoice three lines, issue, take part at the desk, pay the rest with an over-payment kept
as credit, use the credit on the next invoice, cancel an invoice by credit note. At each
step what the screen shows equals what the services and check_books say."""

from __future__ import annotations

from PySide6.QtCore import Qt

from usu_desktop.domain.money import Money
from usu_desktop.ui.invoices.editor import InvoiceEditor

from .helpers import books_ok, ctrl, edit_line, fill_client, pay, plain

EUR = "EUR"


def shown_owed(page) -> str:
    return page.card.owed.text()


def test_desk_story(window, ctx, dialogs, services, qtbot):
    db = ctx.database
    page = window.show_page("clients")
    fm = ctx.format_money

    # 1. a new patient (Ctrl+N), Persian name
    dialogs.scripts.append(fill_client("زهرا", "احمدی", phone="+98 912 345 6789", email="zahra@example.ir"))
    ctrl(qtbot, page.search, Qt.Key.Key_N)
    client = ctx.services.clients.get(page.card.row.id)
    assert client.name == "زهرا احمدی"
    assert page.card.number.text() == client.client_number
    assert page.card.rf.text().replace(" ", "") == client.rf_code
    assert shown_owed(page) == "nothing"

    # 2. an invoice with three lines (Ctrl+I): two services and a free line with a discount
    editors: list[InvoiceEditor] = []

    def invoice_three_lines(editor: InvoiceEditor) -> None:
        editors.append(editor)
        editor.add_service_line(services["CONS"][0])
        editor.add_service_line(services["XRAY"][0], "2")
        row = editor.add_line()
        edit_line(
            editor,
            row,
            description="Dressing material",
            quantity="3",
            price="4.10",
            discount="1.30",
            vat="13",
        )
        assert editor.update_totals(), editor.problem.text()
        dialogs.confirm_answers.append(True)
        assert editor.issue()
        editor.close_editor()

    dialogs.scripts.append(invoice_three_lines)
    ctrl(qtbot, page.search, Qt.Key.Key_I)
    editor = editors[0]
    detail = ctx.services.invoicing.get(editor.invoice_id)
    assert detail.row.state == "issued" and len(detail.lines) == 3
    # 60 + 2 x 45.50 (24% VAT) + (3 x 4.10 - 1.30) (13% VAT) = 60 + 91 + 21.84 + 11 + 1.43
    total = Money("185.27", EUR)
    assert detail.row.total == total
    assert fm(total) in editor.totals.text()
    assert shown_owed(page) == fm(total)
    books_ok(db)

    # 3. part paid at the desk (F9), card and list follow
    dialogs.scripts.append(pay("100.00", "card"))
    qtbot.keyClick(page.search, Qt.Key.Key_F9)
    assert shown_owed(page) == fm(total - Money("100.00", EUR))
    assert ctx.services.invoicing.get(detail.row.id).row.state == "partly_paid"
    assert "paid at the desk" in dialogs.texts_of("info")[-1]
    books_ok(db)

    # 4. the rest plus 20.00 more: the desk is asked, answers "keep as credit"
    dialogs.confirm_answers.append(True)
    dialogs.scripts.append(pay("105.27", "cash"))
    qtbot.keyClick(page.search, Qt.Key.Key_F9)
    assert "more than" in dialogs.texts_of("confirm")[-1]
    assert ctx.services.invoicing.get(detail.row.id).row.state == "paid"
    assert ctx.services.payments.client_credit(client.id, EUR) == Money("20.00", EUR)
    assert shown_owed(page) == "nothing"
    assert page.card.credit.text() == fm(Money("20.00", EUR))
    books_ok(db)

    # 5. the next invoice uses the credit when issued
    def one_line(editor: InvoiceEditor) -> None:
        editors.append(editor)
        editor.add_service_line(services["CONS"][0])
        dialogs.confirm_answers.append(True)
        assert editor.issue()
        editor.close_editor()

    dialogs.scripts.append(one_line)
    ctrl(qtbot, page.search, Qt.Key.Key_I)
    second = ctx.services.invoicing.get(editors[1].invoice_id)
    assert second.row.paid == Money("20.00", EUR) and second.row.state == "partly_paid"
    assert "credit was used" in dialogs.texts_of("info")[-1]
    assert shown_owed(page) == fm(Money("40.00", EUR))
    assert page.card.credit.text() == "nothing"
    books_ok(db)

    # 6. cancel the second invoice by credit note, from the card's invoice list
    row = page.card.invoices.row_of_id(second.row.id)
    assert row is not None

    def cancel(editor: InvoiceEditor) -> None:
        assert not editor.is_draft()
        dialogs.texts.append("Wrong service, patient came for a check-up only")
        assert editor.cancel_invoice() is not None
        editor.close_editor()

    dialogs.scripts.append(cancel)
    page.card.invoice_view.select_row(row)
    qtbot.keyClick(page.card.invoice_view, Qt.Key.Key_Return)
    cancelled = ctx.services.invoicing.get(second.row.id)
    assert cancelled.row.state == "cancelled"
    assert "Credit note \u2068CN-2026-" in dialogs.texts_of("info")[-1]
    # what was paid on it (the credit) is credit again; nothing is owed
    assert ctx.services.payments.client_credit(client.id, EUR) == Money("20.00", EUR)
    assert shown_owed(page) == "nothing"
    assert page.card.credit.text() == fm(Money("20.00", EUR))
    assert page.card.invoices.rowCount() == 3  # two invoices and the credit note
    books_ok(db)

    # the invoices screen agrees: totals bar over everything
    invoices = window.show_page("invoices")
    invoices.refresh()
    t = invoices.totals_value
    assert t.count == 3  # two invoices and the credit note
    assert t.total == (total,) and t.paid == (total,) and t.due == (Money("0.00", EUR),)
    bar = plain(invoices.totals.text())
    assert f"3 invoices · Total {fm(total)} · Paid {fm(total)} · Due {fm(Money('0.00', EUR))}" == bar
    # payments screen: both desk payments with their allocations and reasons
    payments = window.show_page("payments")
    payments.refresh()
    assert payments.model.rowCount() == 2
    payments.view.select_row(0)
    assert payments.allocations.rowCount() >= 1
    assert "paid at the desk" in payments.allocations.item(0, 2).text()

"""The payments screen (filters, allocations with their reasons, undo, reversal) and the price list."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.services.clients import ClientInput
from usu_desktop.ui.invoices.editor import InvoiceEditor

from .helpers import books_ok, plain

EUR = "EUR"


def setup_books(ctx):
    client = ctx.services.clients.create(
        ClientInput("Helga", "Björnsdóttir", phone="+354 691 0000")
    ).client_id
    inv = ctx.services.invoicing
    a = inv.create_draft(client, [InvoiceLine.of("Consultation", 1, Money("60.00", EUR))])
    inv.issue(a)
    b = inv.create_draft(client, [InvoiceLine.of("ECG", 1, Money("35.00", EUR))])
    inv.issue(b)
    pay = ctx.services.payments.record_desk_payment(client, Money("80.00", EUR), "card")
    return client, a, b, pay


def test_allocations_show_why_and_undo_keeps_money_as_credit(window, ctx, dialogs):
    client, _a, b, _pay = setup_books(ctx)
    page = window.show_page("payments")
    page.refresh()
    assert page.model.rowCount() == 1
    page.view.select_row(0)
    assert page.allocations.rowCount() == 2  # oldest due first: 60 on the first, 20 on the second
    assert [page.allocations.item(r, 2).text() for r in range(2)] == ["paid at the desk"] * 2
    assert page.allocations.item(0, 1).text() == ctx.format_money(Money("60.00", EUR))
    page.allocations.selectRow(1)
    dialogs.texts.append("Paid for the wrong visit")
    assert page.undo_allocation()
    assert ctx.services.payments.client_credit(client, EUR) == Money("20.00", EUR)
    assert ctx.services.invoicing.get(b).row.state == "issued"
    states = [page.allocations.item(r, 3).text() for r in range(page.allocations.rowCount())]
    assert states == ["active", "undone", "undo of an earlier allocation"]
    assert "Paid for the wrong visit" in page.allocations.item(2, 2).text()
    books_ok(ctx.database)


def test_reverse_payment_asks_for_a_reason(window, ctx, dialogs):
    _client, a, _b, _pay = setup_books(ctx)
    page = window.show_page("payments")
    page.refresh()
    page.view.select_row(0)
    dialogs.texts.append("")
    assert not page.reverse_payment()
    assert plain(dialogs.shown[-1].text) == "Please give a reason."
    dialogs.texts.append("Card payment returned by the bank")
    assert page.reverse_payment()
    assert page.model.rowCount() == 2
    assert ctx.services.invoicing.get(a).row.state == "issued"
    statuses = {page.model.row_at(r).reversal_of is not None: page.model.index(r, 7).data() for r in range(2)}
    assert statuses == {True: "Reversal", False: "Reversed"}
    books_ok(ctx.database)


def test_filters_by_source_and_unmatched(window, ctx):
    setup_books(ctx)
    page = window.show_page("payments")
    page.refresh()
    page.source.setCurrentIndex(page.source.findData("bank"))
    assert page.model.rowCount() == 0
    page.source.setCurrentIndex(page.source.findData("desk"))
    assert page.model.rowCount() == 1
    page.unmatched.setChecked(True)
    assert page.model.rowCount() == 0


def test_price_list_add_edit_deactivate_and_the_editor_offers_active_ones(window, ctx, dialogs):
    page = window.show_page("pricelist")

    def new_service(code, name, price, vat):
        def script(dialog):
            dialog.code.setText(code)
            dialog.name.setText(name)
            dialog.price.setText(price)
            dialog.vat.setText(vat)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

        return script

    dialogs.scripts.append(new_service("ECG", "ECG", "35.00", "24"))
    page.new_service()
    dialogs.scripts.append(new_service("US", "Ultrasound", "80.555", "24"))  # too many decimals
    page.new_service()
    assert "too many decimals" in plain(dialogs.shown[-1].text)
    dialogs.scripts.append(new_service("ECG", "Another", "10.00", "0"))  # code taken
    page.new_service()
    assert "already used" in plain(dialogs.shown[-1].text)
    assert page.model.rowCount() == 1
    page.view.selectRow(0)

    def reprice(dialog):
        dialog.price.setText("37.50")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    dialogs.scripts.append(reprice)
    page.edit_service()
    item = ctx.services.invoicing.services()[0]
    assert item.price == Money("37.50", EUR) and str(item.vat_rate) == "0.24"
    page.view.selectRow(0)
    page.toggle_active()
    assert ctx.services.invoicing.services() == []
    assert page.model.rowCount() == 0
    page.show_inactive.setChecked(True)
    assert page.model.rowCount() == 1
    client = ctx.services.clients.create(ClientInput("Jack", "Evans")).client_id
    editor = InvoiceEditor(ctx, client_id=client)
    assert editor.service_box.count() == 0  # inactive services are not offered
    editor.deleteLater()


def test_price_list_gives_the_service_name_room(window):
    """The name column, not the yes/no one, gets the width (names were cut to "Physiotherap…")."""
    page = window.show_page("pricelist")
    header = page.view.horizontalHeader()
    assert header.sectionSize(1) >= page.view.fontMetrics().horizontalAdvance("Physiotherapy session, 45 min")
    assert header.sectionSize(1) > 2 * header.sectionSize(0)

"""The invoices screen: status, date and text filters, the totals bar of the filtered set,
and a desk payment for a chosen invoice that goes to that invoice first."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.services.clients import ClientInput

from .helpers import books_ok, pay, plain

EUR = "EUR"


@pytest.fixture
def books(ctx):
    clients = ctx.services.clients
    inv = ctx.services.invoicing
    anna = clients.create(ClientInput("Анна", "Смирнова", phone="+7 900 000 1111")).client_id
    nikos = clients.create(ClientInput("Νίκος", "Παπαδόπουλος", phone="+30 690 000 2222")).client_id
    today = date.today()
    ids = {}
    for key, client, amount, day in (("old", anna, "100.00", today - timedelta(days=60)),
                                     ("new", anna, "40.00", today),
                                     ("greek", nikos, "25.00", today - timedelta(days=3))):
        draft = inv.create_draft(client, [InvoiceLine.of("Consultation", 1, Money(amount, EUR))])
        inv.issue(draft, issue_date=day)
        ids[key] = draft
    ids["draft"] = inv.create_draft(nikos, [InvoiceLine.of("ECG", 1, Money("35.00", EUR))])
    return anna, nikos, ids


def shown(page) -> set[int]:
    return {page.model.id_at(r) for r in range(page.model.rowCount())}


def test_status_date_and_text_filters_with_totals(window, ctx, books):
    _anna, _nikos, ids = books
    page = window.show_page("invoices")
    page.refresh()
    assert shown(page) == set(ids.values())
    page.state.setCurrentIndex(page.state.findData("overdue"))
    assert shown(page) == {ids["old"]}
    assert page.model.index(0, 4).data() == "Overdue"
    page.state.setCurrentIndex(page.state.findData("draft"))
    assert shown(page) == {ids["draft"]}
    page.state.setCurrentIndex(page.state.findData(None))
    page.use_dates.setChecked(True)
    page.date_from.setDate(QDate.currentDate().addDays(-7))
    page.date_to.setDate(QDate.currentDate())
    assert shown(page) == {ids["new"], ids["greek"]}
    fm = ctx.format_money
    assert plain(page.totals.text()) == (f"2 invoices · Total {fm(Money('65.00', EUR))} · "
                                         f"Paid {fm(Money('0.00', EUR))} · Due {fm(Money('65.00', EUR))}")
    page.use_dates.setChecked(False)
    page.search.setText("παπαδοπουλος")
    page.search.flush()
    assert shown(page) == {ids["greek"], ids["draft"]}
    number = ctx.services.invoicing.get(ids["old"]).row.number
    page.search.setText(number)
    page.search.flush()
    assert shown(page) == {ids["old"]}
    page.search.setText(str(int(number.rsplit("-", 1)[1])))  # the running number alone
    page.search.flush()
    assert ids["old"] in shown(page)


def test_payment_for_a_chosen_invoice_goes_there_first(window, ctx, dialogs, books, qtbot):
    _anna, _nikos, ids = books
    page = window.show_page("invoices")
    page.refresh()
    row = page.model.row_of_id(ids["new"])
    page.view.select_row(row)
    dialogs.scripts.append(pay("50.00"))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F9)
    inv = ctx.services.invoicing
    assert inv.get(ids["new"]).row.state == "paid"  # the chosen one first...
    assert inv.get(ids["old"]).row.paid == Money("10.00", EUR)  # ...then the oldest due
    assert "Consultation" not in dialogs.texts_of("info")[-1]
    assert page.totals_value.paid == (Money("50.00", EUR),)
    books_ok(ctx.database)

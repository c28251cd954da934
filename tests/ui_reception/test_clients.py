"""The patients screen: search in any script without accents or case, filters, the card,
create/edit with validation and duplicate warnings, archive, keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.services.clients import ClientInput
from usu_desktop.ui.clients.editor import phone_ok

from .helpers import ctrl, fill_client, plain

PEOPLE = [
    ("Ольга", "Кузнецова", "+7 912 111 2233", "olga@mail.ru"),
    ("Γιώργος", "Ψάρρας", "+30 694 555 1234", ""),
    ("فاطمه", "رضایی", "+98 912 777 8899", ""),
    ("Rəşad", "Məmmədov", "+994 50 222 3344", "rashad@mail.az"),
    ("Sigríður", "Ólafsdóttir", "+354 661 2345", "sigga@simnet.is"),
    ("Emily", "Brown", "+44 7700 900123", "emily@example.co.uk"),
]


@pytest.fixture
def people(ctx):
    ids = [
        ctx.services.clients.create(ClientInput(f, last, None, phone, email)).client_id
        for f, last, phone, email in PEOPLE
    ]
    return ids


@pytest.fixture
def page(window):
    return window.show_page("clients")


def names(page) -> list[str]:
    return [page.model.row_at(r).name for r in range(page.model.rowCount())]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("кузнец", "Ольга Кузнецова"),
        ("КУЗНЕЦОВА", "Ольга Кузнецова"),
        ("ψαρρας", "Γιώργος Ψάρρας"),
        ("ΓΙΩΡΓΟΣ", "Γιώργος Ψάρρας"),
        ("رضايي", "فاطمه رضایی"),  # Arabic yeh typed, Persian yeh stored
        ("məmməd", "Rəşad Məmmədov"),
        ("MƏMMƏDOV", "Rəşad Məmmədov"),
        ("olafsdottir", "Sigríður Ólafsdóttir"),
        ("sigríð", "Sigríður Ólafsdóttir"),
        ("9001", "Emily Brown"),
        ("sigga@", "Sigríður Ólafsdóttir"),
        ("+30 694", "Γιώργος Ψάρρας"),
    ],
)
def test_search_as_you_type_in_every_script(people, page, qtbot, typed, expected):
    for ch in typed:  # one keystroke at a time (QTest cannot type every script)
        page.search.insert(ch)
    qtbot.waitUntil(lambda: names(page) == [expected], timeout=2000)
    assert plain(page.count_label.text()) == "1 patients"


def test_search_by_client_number_and_escape_clears(people, page, ctx, qtbot):
    number = ctx.services.clients.get(people[1]).client_number
    page.search.setText(number)
    page.search.flush()
    assert names(page) == ["Γιώργος Ψάρρας"]
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert len(names(page)) == len(PEOPLE)


def test_debtors_only_and_archived(people, page, ctx, dialogs):
    inv = ctx.services.invoicing
    draft = inv.create_draft(people[0], [InvoiceLine.of("Consultation", 1, Money("60.00", "EUR"))])
    inv.issue(draft)
    page.debtors.setChecked(True)
    assert names(page) == ["Ольга Кузнецова"]
    page.debtors.setChecked(False)
    page.view.select_row(names(page).index("Emily Brown"))
    assert page.card.row.name == "Emily Brown"
    dialogs.confirm_answers.append(True)
    page.card.archive_button.click()
    assert "Emily Brown" not in names(page)
    page.archived.setChecked(True)
    assert "Emily Brown" in names(page)
    assert ctx.services.clients.get(people[5]).archived


def test_card_shows_codes_balance_and_copies_the_number(people, page, ctx):
    inv = ctx.services.invoicing
    draft = inv.create_draft(people[1], [InvoiceLine.of("X-ray", 2, Money("45.50", "EUR"), "0.24")])
    inv.issue(draft)
    page.refresh()
    page.view.select_row(names(page).index("Γιώργος Ψάρρας"))
    client = ctx.services.clients.get(people[1])
    assert page.card.number.text() == client.client_number
    assert page.card.rf.text().replace(" ", "") == client.rf_code
    assert (
        page.card.owed.text() == ctx.format_money(Money("112.84", "EUR")) == ctx.format_money(client.owed[0])
    )
    assert page.card.invoices.rowCount() == 1
    page.card.copy_number.click()
    assert QGuiApplication.clipboard().text() == client.client_number


def test_new_patient_with_ctrl_n_warns_about_a_duplicate(people, page, ctx, dialogs, qtbot):
    dialogs.scripts.append(fill_client("Emily", "Brown", phone="+44 7700 900123"))
    dialogs.confirm_answers.append(False)  # "this may be a patient already registered" -> no
    ctrl(qtbot, page.search, Qt.Key.Key_N)
    assert "Emily Brown" in plain(dialogs.texts_of("confirm")[-1])
    assert names(page).count("Emily Brown") == 1
    dialogs.scripts.append(fill_client("Emily", "Brown", phone="+44 7700 900123"))
    dialogs.confirm_answers.append(True)  # yes, a second Emily Brown
    ctrl(qtbot, page.search, Qt.Key.Key_N)
    assert names(page).count("Emily Brown") == 2


def test_same_name_and_birth_date_is_a_duplicate(page, ctx, dialogs, qtbot):
    ctx.services.clients.create(ClientInput("Jón", "Einarsson", date(1970, 5, 1)))
    page.refresh()
    dialogs.scripts.append(fill_client("jón", "einarsson", birth=(1970, 5, 1)))
    dialogs.confirm_answers.append(False)
    ctrl(qtbot, page.search, Qt.Key.Key_N)
    assert dialogs.kinds()[-1] == "confirm"
    assert len(names(page)) == 1


@pytest.mark.parametrize(
    ("phone", "email", "message"),
    [
        ("12ab45", "", "is not a phone number"),
        ("123", "", "is not a phone number"),
        ("", "not-an-email", "is not a valid e-mail address"),
        ("", "a b@c.d", "is not a valid e-mail address"),
    ],
)
def test_bad_phone_or_email_is_refused(page, ctx, dialogs, qtbot, phone, email, message):
    dialogs.scripts.append(fill_client("Anna", "Smith", phone=phone, email=email))
    ctrl(qtbot, page.search, Qt.Key.Key_N)
    assert message in plain(dialogs.shown[-1].text)
    assert names(page) == []


def test_name_is_required_and_edit_keeps_the_number(people, page, ctx, dialogs, qtbot):
    dialogs.scripts.append(fill_client("", ""))
    ctrl(qtbot, page.search, Qt.Key.Key_N)
    assert dialogs.shown[-1].text == "Please enter the client's name."
    page.view.select_row(names(page).index("Emily Brown"))
    number = page.card.row.client_number

    def rename(dialog):
        dialog.last.setText("Browne")
        dialog.buttons.accepted.emit()

    dialogs.scripts.append(rename)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.card.row.name == "Emily Browne" and page.card.row.client_number == number
    assert "Emily Browne" in names(page)


def test_phone_rule():
    assert phone_ok("") and phone_ok("+30 (694) 123-4567") and phone_ok("0612 34 56")
    assert not phone_ok("12345") and not phone_ok("call me") and not phone_ok("+30 694 abc 4567")


def test_ctrl_f_focuses_search(window, page, qtbot):
    page.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()

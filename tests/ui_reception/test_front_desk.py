"""A front desk a receptionist can work at all day: keyboard first (search → list, the patient
picker, one Enter adds a service, Ctrl+number in side-menu order, the shortcuts window) and the
context kept (the same patient after a dialog, a new patient selected and their number shown)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from usu_desktop.services.clients import ClientInput
from usu_desktop.ui.clients.picker import ClientPicker
from usu_desktop.ui.invoices.editor import DESCRIPTION, InvoiceEditor

from .conftest import DeferredRunner
from .helpers import fill_client, pay, plain

# The offscreen platform cannot raise windows or grab the keyboard (a completion popup does both)
PLATFORM_NOISE = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")

PEOPLE = [("Anna", "Adams"), ("Boris", "Brown"), ("Clara", "Costa"), ("Dmitri", "Dorn")]


@pytest.fixture
def people(ctx):
    return [ctx.services.clients.create(ClientInput(f, last, None, "", "")).client_id for f, last in PEOPLE]


def selected_rows(view) -> list[int]:
    return sorted({i.row() for i in view.selectionModel().selectedRows()})


def fresh(page):
    """The page was built before the test's patients existed: read its list again."""
    (getattr(page, "refresh", None) or page.reload)()
    return page


def assert_first_row_highlighted(view) -> None:
    assert view.window().focusWidget() is view
    assert view.currentIndex().row() == 0
    assert selected_rows(view) == [0]  # selected, not just the focus frame: drawn highlighted


# --- search field → list --------------------------------------------------------------------
@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
@pytest.mark.parametrize(("page_key", "search"), [
    ("clients", "search"), ("invoices", "search"), ("payments", "search"), ("pricelist", "search"),
    ("debtors", "search_edit"),
])
def test_down_or_enter_in_search_selects_first_row(window, qtbot, people, services, ctx, page_key, search,
                                                    key):
    if page_key in ("invoices", "debtors", "payments"):
        inv = ctx.services.invoicing
        invoice = inv.create_draft(people[0], [inv.line_for_service(services["CONS"][0], "1")])
        inv.issue(invoice, issue_date=date.today() - timedelta(days=90))  # overdue by now
        clients = window.show_page("clients")
        clients.select_client(people[0])
        ctx.dialogs.scripts.append(pay("10.00"))
        clients.take_payment()
    page = fresh(window.show_page(page_key))
    if page_key == "debtors":
        page.days_spin.setValue(0)
    view = page.view
    assert view.model().rowCount() > 0
    field = getattr(page, search)
    field.setFocus()
    qtbot.keyClick(field, key)
    assert_first_row_highlighted(view)


def test_enter_after_typing_selects_the_first_match_even_when_rows_come_later(window, qtbot, people):
    page = fresh(window.show_page("clients"))
    runner = DeferredRunner()
    page.model.runner = page.model.count_runner = runner
    page.search.setFocus()
    page.search.setText("brown")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # the search's rows are still on their way
    runner.run_all()
    assert page.view.hasFocus()
    assert page.model.row_at(page.view.current_row()).name == "Boris Brown"
    assert selected_rows(page.view) == [0]
    assert page.card.row is not None and page.card.row.id == people[1]


def test_selected_row_is_visible_with_and_without_focus(qapp):
    from PySide6.QtGui import QPalette

    palette = qapp.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        assert highlight != palette.color(group, QPalette.ColorRole.Base)
        assert highlight != palette.color(group, QPalette.ColorRole.AlternateBase)


# --- the patient picker ---------------------------------------------------------------------
def test_picker_enter_on_a_single_match_chooses_it(ctx, qtbot, people):
    picker = ClientPicker(ctx)
    qtbot.addWidget(picker)
    picker.show()
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "costa")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.result() == picker.DialogCode.Accepted
    assert picker.client_id == people[2]


def test_picker_ok_disabled_until_a_patient_is_chosen_and_says_why(ctx, qtbot, people):
    picker = ClientPicker(ctx)
    qtbot.addWidget(picker)
    picker.show()
    assert not picker.ok_button.isEnabled()
    assert "Choose a patient" in picker.ok_button.toolTip()
    assert "Choose a patient" in picker.hint.text()
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "o")  # several match: Enter goes into the list
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.result() != picker.DialogCode.Accepted
    assert_first_row_highlighted(picker.view)
    assert picker.ok_button.isEnabled()
    assert picker.ok_button.toolTip() == ""
    qtbot.keyClick(picker.view, Qt.Key.Key_Down)
    second = picker.model.id_at(1)
    qtbot.keyClick(picker.view, Qt.Key.Key_Return)
    assert picker.client_id == second


# --- the invoice editor: one Enter adds the service meant -----------------------------------
@pytest.fixture
def editor(ctx, qtbot, people, services):
    editor = InvoiceEditor(ctx, client_id=people[0])
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.service_box.setFocus()
    return editor


def descriptions(editor) -> list[str]:
    return [editor.table.item(r, DESCRIPTION).text() for r in range(editor.table.rowCount())]


@PLATFORM_NOISE
def test_one_enter_adds_the_highlighted_service(editor, qtbot):
    line = editor.service_box.lineEdit()
    qtbot.keyClicks(line, "test")  # "Blood test": the completion list opens
    popup = editor.service_box.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # highlight it
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert descriptions(editor) == ["Blood test"]
    assert line.text() == ""
    assert not popup.isVisible()


@PLATFORM_NOISE
def test_typing_after_a_completion_adds_the_typed_service(editor, qtbot):
    line = editor.service_box.lineEdit()
    qtbot.keyClicks(line, "x-ray")
    popup = editor.service_box.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # X-ray added
    editor.service_box.setCurrentIndex(editor.service_box.findText("X-ray", Qt.MatchFlag.MatchContains))
    line.clear()  # the box still has X-ray as its current item; now type another
    qtbot.keyClicks(line, "CONS")
    QApplication.processEvents()
    popup.hide()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert descriptions(editor) == ["X-ray", "Consultation"]


# --- page shortcuts and the shortcuts window --------------------------------------------------
def test_every_page_has_a_ctrl_number_in_side_menu_order(window, qtbot):
    keys = window.page_keys()
    assert [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())] == keys
    assert len(keys) <= 10
    for number, key in enumerate(keys, start=1):
        expected = f"Ctrl+{number % 10}"
        assert window.page_actions[key].shortcut().toString() == expected, key
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number % 10), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == key


@PLATFORM_NOISE
def test_shortcuts_window_lists_every_page_key(window, qtbot):
    menu_texts = [a.text() for a in window.menuBar().actions()]
    help_menu = window.menuBar().actions()[menu_texts.index("&Help")].menu()
    shortcuts = next(a for a in help_menu.actions() if a.text() == "&Keyboard shortcuts")
    shortcuts.trigger()
    dialog = window.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    for number, spec in enumerate(window.specs, start=1):
        assert (f"Go to {spec.display_title()}", f"Ctrl+{number % 10}") in rows
    assert ("Find", "Ctrl+F") in rows
    assert any(keys == "Ctrl+I" for _what, keys in rows)
    dialog.close()


# --- context kept ---------------------------------------------------------------------------
def test_same_patient_selected_after_a_dialog(window, ctx, people, qtbot):
    page = fresh(window.show_page("clients"))
    page.view.select_row(2)
    chosen = page.current_client_id()
    runner = DeferredRunner()  # the list's rows come back later, as with the real runner
    page.model.runner = page.model.count_runner = runner
    ctx.dialogs.scripts.append(fill_client("Clara", "Costa-Silva"))
    page.edit_client()
    runner.run_all()
    assert page.current_client_id() == chosen
    assert page.card.row is not None and page.card.row.id == chosen
    assert page.card.name.text() == "Clara Costa-Silva"
    assert page.card.tabs.isEnabled()  # the detail pane is live, not greyed


def test_same_invoice_selected_after_the_editor_closes(window, ctx, people, services, qtbot):
    inv = ctx.services.invoicing
    ids = [inv.create_draft(p, [inv.line_for_service(services["CONS"][0], "1")]) for p in people[:3]]
    page = window.show_page("invoices")
    page.refresh()
    row = page.model.row_of_id(ids[1])
    page.view.select_row(row)
    runner = DeferredRunner()
    page.model.runner = page.model.count_runner = runner
    page.refresh()  # what closing the editor does
    runner.run_all()
    assert page.model.id_at(page.view.current_row()) == ids[1]
    assert selected_rows(page.view) == [page.view.current_row()]


def test_new_patient_selected_filter_cleared_and_number_shown(window, ctx, people, qtbot):
    page = window.show_page("clients")
    page.search.setText("adams")
    page.search.flush()
    assert page.model.rowCount() == 1
    ctx.dialogs.scripts.append(fill_client("Zoe", "Zimmer"))
    new_id = page.new_client()
    assert page.search.text() == ""  # the filter hid her
    assert page.current_client_id() == new_id
    assert page.card.row is not None and page.card.row.id == new_id
    number = ctx.services.clients.get(new_id).client_number
    notes = ctx.dialogs.texts_of("notify")
    assert notes and number in plain(notes[-1]) and "Zoe Zimmer" in plain(notes[-1])


def test_new_patient_matching_the_filter_keeps_it(window, ctx, people, qtbot):
    page = window.show_page("clients")
    page.search.setText("zim")
    page.search.flush()
    ctx.dialogs.scripts.append(fill_client("Zoe", "Zimmer"))
    new_id = page.new_client()
    assert page.search.text() == "zim"
    assert page.current_client_id() == new_id

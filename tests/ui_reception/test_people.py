"""People at the desk: Rita (receptionist) signs in, is refused cancelling an invoice (the button
says why, and the service refuses anyway); Manos (manager) signs in and cancels it; the Audit
page shows both of them, filters by user and exports CSV."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QDialog

from tests.ui_reception.helpers import books_ok, plain
from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.domain.permissions import Actor, Role
from usu_desktop.services.clients import ClientInput
from usu_desktop.ui.invoices.editor import InvoiceEditor
from usu_desktop.ui.people.sign_in import LAST_USER_KEY, SignInDialog


def _signs_in(name: str, password: str, wrong_first: bool = False):  # type: ignore[no-untyped-def]
    def script(dialog: QDialog) -> None:
        assert isinstance(dialog, SignInDialog)
        dialog.name.setText(name)
        if wrong_first:
            dialog.password.setText("not-it")
            dialog.submit()
            assert dialog.result() != QDialog.DialogCode.Accepted  # still open, the name kept
            assert plain(dialog.message.text()) == ("The user name or the password is not right. "
                                                    "Please try again.")
            assert dialog.name.text() == name
        dialog.password.setText(password)
        dialog.submit()

    return script


def _rows(page) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    model = page.model
    return [(model.index(r, 1).data(), model.index(r, 3).data()) for r in range(model.rowCount())]


def test_receptionist_refused_manager_cancels_audit_shows_both(window, ctx, dialogs, qtbot, tmp_path):
    admin = ctx.services.users
    admin.add("Admin", Role.ADMINISTRATOR, "admin-password")
    boss = ctx.services.as_user(Actor("Admin", Role.ADMINISTRATOR)).users
    boss.add("Rita", Role.RECEPTIONIST, "rita-password")
    boss.add("Manos", Role.MANAGER, "manos-password")

    dialogs.scripts.append(_signs_in("rita", "rita-password", wrong_first=True))
    assert window.switch_user() == Actor("Rita", Role.RECEPTIONIST)
    assert ctx.qsettings.value(LAST_USER_KEY) == "Rita"
    assert "Rita" in window.user_label.text() and "Receptionist" in window.user_label.text()
    assert window.settings_action.toolTip() == "Only an administrator may change the clinic settings."
    client = ctx.services.clients.create(ClientInput("Guðrún", "Jónsdóttir")).client_id
    invoicing = ctx.services.invoicing
    invoice = invoicing.create_draft(client, [InvoiceLine.of("Consultation", 1, Money("50.00", "EUR"))])
    number = invoicing.issue(invoice).number

    editor = InvoiceEditor(ctx, invoice_id=invoice)
    qtbot.addWidget(editor)
    button = editor.cancel_invoice_button
    assert not button.isEnabled()
    assert button.toolTip() == ("Only a manager or an administrator may cancel an invoice or issue "
                                "a credit note.")
    dialogs.texts.append("wrong patient")
    assert editor.cancel_invoice() is None  # the service refuses too, in words
    assert "Only a manager or an administrator may cancel" in plain(dialogs.shown[-1].text)
    assert ctx.services.invoicing.get(invoice).row.state == "issued"

    dialogs.scripts.append(_signs_in("Manos", "manos-password"))
    assert window.switch_user() == Actor("Manos", Role.MANAGER)
    editor = InvoiceEditor(ctx, invoice_id=invoice)
    qtbot.addWidget(editor)
    assert editor.cancel_invoice_button.isEnabled()
    dialogs.texts.append("wrong patient")
    assert editor.cancel_invoice() is not None
    assert ctx.services.invoicing.get(invoice).row.state == "cancelled"

    page = window.show_page("audit")
    rows = _rows(page)
    assert ("Rita", "invoice_issued") in rows and ("Rita", "sign_in_failed") in rows
    assert ("Manos", "user_signed_in") in rows
    assert any(user == "Manos" and action.startswith("invoice_cancel") for user, action in rows)
    page.user.setCurrentIndex(page.user.findData("Rita"))
    assert {user for user, _action in _rows(page)} == {"Rita"}

    page.use_dates.setChecked(True)  # today (the default period ends today) keeps them
    assert {user for user, _action in _rows(page)} == {"Rita"}
    page.date_to.setDate(page.date_from.date())  # a week ago: nothing yet
    assert _rows(page) == []
    page.use_dates.setChecked(False)
    out = tmp_path / "audit.csv"
    dialogs.file_answers.append(str(out))
    assert page.export_csv() == len(_rows(page))
    with out.open(encoding="utf-8-sig", newline="") as fh:
        exported = list(csv.DictReader(fh))
    assert {r["user"] for r in exported} == {"Rita"} and {r["action"] for r in exported} >= {"invoice_issued"}
    assert number
    books_ok(ctx.database)


def test_first_start_makes_the_administrator_then_signs_in_automatically_while_alone(ctx, dialogs):
    from usu_desktop.ui.people.sign_in import AUTO_USER_KEY, FirstAdministratorDialog, sign_in_at_start

    def first(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstAdministratorDialog)
        dialog.name.setText("Eleni")
        dialog.password.setText("eleni-password")
        dialog.again.setText("eleni-passw0rd")
        dialog.submit()
        assert plain(dialog.message.text()) == "The two passwords are not the same."
        dialog.again.setText("eleni-password")
        dialog.submit()

    dialogs.scripts.append(first)
    assert sign_in_at_start(ctx) == Actor("Eleni", Role.ADMINISTRATOR)

    def automatic(dialog: QDialog) -> None:
        assert isinstance(dialog, SignInDialog) and dialog.name.text() == "Eleni"
        assert not dialog.automatic.isHidden()  # offered: the clinic has one user
        dialog.automatic.setChecked(True)
        dialog.password.setText("eleni-password")
        dialog.submit()

    dialogs.scripts.append(automatic)
    assert sign_in_at_start(ctx) == Actor("Eleni", Role.ADMINISTRATOR)
    assert ctx.qsettings.value(AUTO_USER_KEY) == "Eleni"
    assert sign_in_at_start(ctx) == Actor("Eleni", Role.ADMINISTRATOR)  # no dialog this time
    eleni = ctx.services.as_user(Actor("Eleni", Role.ADMINISTRATOR))
    eleni.users.add("Rita", Role.RECEPTIONIST, "rita-password")

    def second_user_exists(dialog: QDialog) -> None:
        assert isinstance(dialog, SignInDialog) and dialog.automatic.isHidden()
        dialog.reject()

    dialogs.scripts.append(second_user_exists)
    assert sign_in_at_start(ctx) is None  # automatic is off now; closing the dialog signs nobody in
    assert not ctx.qsettings.value(AUTO_USER_KEY)
    assert not dialogs.scripts

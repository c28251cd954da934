"""Signing in: the dialog at start and for "Switch user", the first administrator, a new password.

The user name is remembered per PC (QSettings); "Sign in automatically on this PC" is offered
only while the clinic has one user, and stops working once a second user exists. A refused
sign-in keeps the dialog open with a calm sentence, so nothing typed is lost.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.permissions import Actor, Role
from usu_desktop.ui.errors import error_text

LAST_USER_KEY = "people/last_user"
AUTO_USER_KEY = "people/auto_user"


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _Form(QDialog):
    """A small form with a message line and OK/Cancel; `submit()` decides whether to close."""

    def __init__(self, ctx: Any, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def refuse(self, exc: DomainError) -> None:
        self.message.setText(error_text(exc))

    def submit(self) -> None:  # pragma: no cover - each form has its own
        raise NotImplementedError


class SignInDialog(_Form):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Sign in"), self.tr("Sign &in"), parent)
        self.setObjectName("signInDialog")
        self.name = QLineEdit(str(ctx.qsettings.value(LAST_USER_KEY, "") or ""))
        self.name.setObjectName("signInName")
        self.password = _password_field()
        self.password.setObjectName("signInPassword")
        self.automatic = QCheckBox(self.tr("Sign in automatically on this PC"))
        self.automatic.setVisible(ctx.services.users.count() == 1)
        self.automatic.setChecked(bool(ctx.qsettings.value(AUTO_USER_KEY, "")))
        self.form.addRow(self.tr("User name:"), self.name)
        self.form.addRow(self.tr("Password:"), self.password)
        self.form.addRow(self.automatic)
        (self.password if self.name.text() else self.name).setFocus()

    def submit(self) -> None:
        try:
            actor = self.ctx.services.users.authenticate(self.name.text(), self.password.text())
        except DomainError as exc:
            self.refuse(exc)
            self.password.selectAll()
            self.password.setFocus()
            return
        settings = self.ctx.qsettings
        settings.setValue(LAST_USER_KEY, actor.name)
        if not self.automatic.isHidden() and self.automatic.isChecked():
            settings.setValue(AUTO_USER_KEY, actor.name)
        else:
            settings.remove(AUTO_USER_KEY)
        self.actor = actor
        self.accept()


class FirstAdministratorDialog(_Form):
    """The first start: the clinic's administrator, who adds everybody else."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Welcome: the administrator"), self.tr("&Create"), parent)
        self.setObjectName("firstAdministratorDialog")
        intro = QLabel(self.tr("Choose the name and password of the clinic's administrator. "
                               "The administrator adds the other users and may change every setting."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.name = QLineEdit()
        self.password = _password_field()
        self.again = _password_field()
        self.form.addRow(self.tr("User name:"), self.name)
        self.form.addRow(self.tr("Password:"), self.password)
        self.form.addRow(self.tr("Password again:"), self.again)

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            self.refuse(DomainError("passwords_differ"))
            return
        users = self.ctx.services.users
        try:
            made = users.add(self.name.text(), Role.ADMINISTRATOR, self.password.text())
            self.actor = users.authenticate(made.name, self.password.text())
        except DomainError as exc:
            self.refuse(exc)
            return
        self.ctx.qsettings.setValue(LAST_USER_KEY, made.name)
        self.accept()


class ChangePasswordDialog(_Form):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Change password"), self.tr("&Change"), parent)
        self.old = _password_field()
        self.password = _password_field()
        self.again = _password_field()
        self.form.addRow(self.tr("Current password:"), self.old)
        self.form.addRow(self.tr("New password:"), self.password)
        self.form.addRow(self.tr("New password again:"), self.again)

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            self.refuse(DomainError("passwords_differ"))
            return
        try:
            self.ctx.services.users.change_password(self.ctx.services.actor.name, self.password.text(),
                                                    old_password=self.old.text())
        except DomainError as exc:
            self.refuse(exc)
            return
        self.accept()


def run_dialog(ctx: Any, dialog: QDialog) -> bool:
    """Through the dialogs service when it scripts modal dialogs (tests), else exec()."""
    run = getattr(ctx.dialogs, "run", None)
    try:
        return bool(run(dialog)) if callable(run) else dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def sign_in_at_start(ctx: Any, parent: QWidget | None = None) -> Actor | None:
    """Who works at this desk now: the first administrator on a new clinic, the PC's automatic
    user while it is the only one, or whoever signs in; None if the dialog was closed."""
    users = ctx.services.users
    if users.count(enabled_only=False) == 0:
        first = FirstAdministratorDialog(ctx, parent)
        return first.actor if run_dialog(ctx, first) else None
    auto = str(ctx.qsettings.value(AUTO_USER_KEY, "") or "")
    if auto:
        try:
            return users.sign_in_automatically(auto)  # type: ignore[no-any-return]
        except DomainError:
            ctx.qsettings.remove(AUTO_USER_KEY)
    return sign_in(ctx, parent)


def sign_in(ctx: Any, parent: QWidget | None = None) -> Actor | None:
    dialog = SignInDialog(ctx, parent)
    return dialog.actor if run_dialog(ctx, dialog) else None

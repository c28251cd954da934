"""Create or edit a patient. Possible duplicates (same name and birth date, or phone) are
shown and must be confirmed; bad phone or e-mail is refused with a clear message."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.domain.errors import DomainError
from usu_desktop.ui.i18n import LANGUAGES, date_text, isolate, setup_date_edit

PHONE = re.compile(r"^\+?[0-9 ()./-]{6,}$")


def phone_ok(phone: str) -> bool:
    text = phone.strip()
    return not text or (bool(PHONE.match(text)) and sum(ch.isdigit() for ch in text) >= 6)


class ClientDialog(QDialog):
    """`client_id` is set after a successful save."""

    def __init__(self, ctx: Any, row: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.client_id: int | None = row.id if row is not None else None
        self.setWindowTitle(self.tr("Edit patient") if row is not None else self.tr("New patient"))
        self.first = QLineEdit()
        self.last = QLineEdit()
        self.has_birth = QCheckBox(self.tr("Known"))
        self.birth = QDateEdit()
        self.birth.setCalendarPopup(True)
        setup_date_edit(self.birth)
        self.birth.setMaximumDate(QDate.currentDate())
        self.birth.setDate(QDate(1980, 1, 1))
        self.birth.setEnabled(False)
        self.has_birth.toggled.connect(self.birth.setEnabled)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+30 694 123 4567")
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@example.com")
        self.language = QComboBox()
        for lang in LANGUAGES:
            self.language.addItem(lang.native_name, lang.code)
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.has_birth)
        birth_row.addWidget(self.birth, 1)
        form = QFormLayout()
        form.addRow(self.tr("First name"), self.first)
        form.addRow(self.tr("Last name"), self.last)
        form.addRow(self.tr("Birth date"), birth_row)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Language"), self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if row is not None:
            self.first.setText(row.first_name)
            self.last.setText(row.last_name)
            if row.birth_date is not None:
                self.has_birth.setChecked(True)
                self.birth.setDate(QDate(row.birth_date.year, row.birth_date.month, row.birth_date.day))
            self.phone.setText(row.phone)
            self.email.setText(row.email)
            i = self.language.findData(row.language)
            if i >= 0:
                self.language.setCurrentIndex(i)
        elif ctx.language:
            i = self.language.findData(ctx.language)
            if i >= 0:
                self.language.setCurrentIndex(i)
        self.setTabOrder(self.first, self.last)
        self.setTabOrder(self.last, self.has_birth)
        self.setTabOrder(self.has_birth, self.birth)
        self.setTabOrder(self.birth, self.phone)
        self.setTabOrder(self.phone, self.email)
        self.setTabOrder(self.email, self.language)
        self.first.setFocus()

    def birth_date(self) -> date | None:
        if not self.has_birth.isChecked():
            return None
        d = self.birth.date()
        return date(d.year(), d.month(), d.day())

    def data(self) -> Any:
        from usu_desktop.services.clients import ClientInput

        return ClientInput(
            self.first.text(),
            self.last.text(),
            self.birth_date(),
            self.phone.text(),
            self.email.text(),
            str(self.language.currentData() or "en"),
        )

    def save(self) -> bool:
        """Validate, warn about look-alikes, write; True when saved (the dialog then closes)."""
        title = self.windowTitle()
        if not phone_ok(self.phone.text()):
            self.ctx.dialogs.warning(
                self,
                title,
                self.tr(
                    "“{phone}” is not a phone number: use digits, spaces, + ( ) - and at least 6 digits."
                ).format(phone=isolate(self.phone.text().strip())),
            )
            self.phone.setFocus()
            return False
        clients = self.ctx.services.clients
        try:
            data = self.data().cleaned()
            if self.row is None:
                created = clients.create(data)
                if created.client_id is None:
                    if not self.ctx.dialogs.confirm(self, title, self.duplicates_text(created.duplicates)):
                        return False
                    created = clients.create(data, confirm_duplicates=True)
                self.client_id = created.client_id
            else:
                dups = clients.find_duplicates(data, exclude_id=self.row.id)
                if dups and not self.ctx.dialogs.confirm(self, title, self.duplicates_text(dups)):
                    return False
                clients.update(self.row.id, data)
        except DomainError as exc:
            self.ctx.dialogs.show_error(self, exc, title)
            return False
        self.accept()
        return True

    def duplicates_text(self, dups: Any) -> str:
        names = "\n".join(
            f"• {isolate(d.name)} ({isolate(d.client_number)}"
            f"{', ' + isolate(date_text(self.ctx.locale, d.birth_date)) if d.birth_date else ''}"
            f"{', ' + isolate(d.phone) if d.phone else ''})"
            for d in dups
        )
        return self.tr("This may be a patient who is already registered:\n{names}\n\nSave anyway?").format(
            names=names
        )

"""The Settings page: the clinic's details at a glance, and the way into the form.

`edit_settings(parent, ctx)` is the one flow that opens the dialog, saves through
the settings service, stores this desk's language and tells the app (events).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.ui import i18n
from usu_desktop.ui.context import AppContext
from usu_desktop.ui.i18n import isolate
from usu_desktop.ui.settings_dialog import SettingsDialog

LANGUAGE_KEY = "ui/language"


def ui_language(ctx: AppContext) -> str:
    return i18n.normalize_language(str(ctx.qsettings.value(LANGUAGE_KEY, ctx.language)))


def edit_settings(parent: QWidget | None, ctx: AppContext) -> bool:
    """Open the settings dialog; True if something was saved."""
    service = ctx.services.settings
    loaded = service.load()
    dialog = SettingsDialog(loaded, ui_language(ctx), ctx.dialogs, parent)
    try:
        if dialog.exec() != SettingsDialog.DialogCode.Accepted or dialog.result_settings is None:
            return False
        try:  # only what changed is saved: anyone may pick this PC's language, not the clinic's data
            saved = loaded if dialog.result_settings == loaded else service.save(dialog.result_settings)
        except Exception as exc:  # shown as text; the form's values are not lost silently
            ctx.dialogs.show_error(parent, exc, QCoreApplication.translate(
                "SettingsPage", "The settings could not be saved"))
            return False
        old_language = ui_language(ctx)
        new_language = dialog.result_language or old_language
        ctx.qsettings.setValue(LANGUAGE_KEY, new_language)
        i18n.use_calendar(saved.calendar)  # screens date in it from the next paint on
        ctx.events.clinic_changed.emit(saved)
        if new_language != old_language:  # the app redraws its window in it once this returns
            ctx.events.language_changed.emit(new_language)
        return True
    finally:
        dialog.deleteLater()


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")
        self.edit_button = QPushButton(self.tr("Edit settings…"))
        self.edit_button.clicked.connect(self.edit)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch()
        header.addWidget(self.edit_button)

        card = QFrame()
        card.setObjectName("card")
        self.form = QFormLayout(card)
        self.form.setContentsMargins(20, 16, 20, 16)
        self.form.setVerticalSpacing(10)
        self.form.setHorizontalSpacing(24)
        self.labels: dict[str, QLabel] = {}
        rows = (
            ("name", self.tr("Clinic name")), ("address", self.tr("Address")),
            ("tax_id", self.tr("Tax ID")), ("iban", self.tr("IBAN")), ("bic", self.tr("BIC")),
            ("currency", self.tr("Currency")), ("terms", self.tr("Payment terms")),
            ("series", self.tr("Invoice series")), ("language", self.tr("Language")),
            ("calendar", self.tr("Calendar")), ("database", self.tr("Database")),
        )
        for key, text in rows:
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.labels[key] = value
            name = QLabel(text)
            name.setObjectName("muted")
            self.form.addRow(name, value)
        self.logo = QLabel()
        self.logo.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        logo_name = QLabel(self.tr("Logo"))
        logo_name.setObjectName("muted")
        self.form.addRow(logo_name, self.logo)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addWidget(card)
        layout.addStretch()
        ctx.events.clinic_changed.connect(self.show_settings)
        self.show_settings(ctx.services.settings.load())

    def edit(self) -> None:
        edit_settings(self, self._ctx)

    def show_settings(self, clinic: Any) -> None:
        not_set = self.tr("not set")
        days = self.tr("{days} days").format(days=self._ctx.locale.toString(int(clinic.payment_terms_days)))
        values = {
            "name": clinic.name, "address": clinic.address, "tax_id": clinic.tax_id,
            "iban": clinic.iban, "bic": clinic.bic, "currency": clinic.currency, "terms": days,
            "series": clinic.invoice_series, "language": i18n.language(ui_language(self._ctx)).native_name,
            "calendar": {"gregorian": self.tr("Gregorian"), "jalali": self.tr("Solar Hijri (Jalali)")}.get(
                getattr(clinic, "calendar", ""), self.tr("As each language dates (Persian: Solar Hijri)")),
            "database": self._ctx.db_label,
        }
        # Values such as "EUR" or a path are left-to-right text; keep them on the reading
        # side of an RTL form instead of letting their own direction pull them across.
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for key, value in values.items():
            label = self.labels[key]
            label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
            shown = isolate(value) if value and self.isRightToLeft() else value  # "/tmp/x" stays "/tmp/x"
            label.setText(shown or not_set)
            label.setObjectName("" if value else "muted")
            label.style().unpolish(label)
            label.style().polish(label)
        pixmap = QPixmap(clinic.logo_path) if clinic.logo_path else QPixmap()
        if pixmap.isNull():
            self.logo.setText(not_set)
            self.logo.setObjectName("muted")
        else:
            self.logo.setPixmap(pixmap.scaledToHeight(64, Qt.TransformationMode.SmoothTransformation))

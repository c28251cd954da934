"""The clinic settings form: what prints on invoices, plus this desk's language.

Validation is inline (a red line under the field) and OK refuses to close while
something is wrong; Enter means OK and Esc means Cancel, as everywhere. The rules
are ClinicSettings.validated() (one source of truth) plus a BIC and logo check here.
The clinic settings live in the database; the UI language is this desk's own
choice (QSettings), so the dialog returns both. `clinic` is a services.settings
ClinicSettings, used by duck typing: ui may not import services (they pull in SQLAlchemy).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import CURRENCY_EXPONENTS
from usu_desktop.ui import i18n
from usu_desktop.ui.dialogs import Dialogs
from usu_desktop.ui.errors import code_text, error_text


def normalize_iban(text: str) -> str:
    return "".join(text.split()).upper()


def iban_error(text: str) -> str | None:
    """None if `text` is empty or a valid IBAN, else the error code."""
    value = normalize_iban(text)
    if not value:
        return None
    from schwifty import IBAN
    from schwifty.exceptions import SchwiftyException

    try:
        IBAN(value)
    except (SchwiftyException, ValueError):
        return "bad_iban"
    return None


def bic_error(text: str) -> str | None:
    value = text.strip().upper()
    if not value:
        return None
    from schwifty import BIC
    from schwifty.exceptions import SchwiftyException

    try:
        BIC(value)
    except (SchwiftyException, ValueError):
        return "bad_bic"
    return None


def is_image(path: str) -> bool:
    """True if Qt can read `path` as an image (by content, not by name)."""
    reader = QImageReader(path)
    return reader.canRead() and not reader.read().isNull()


FIELD_OF_CODE = {"bad_iban": "iban", "unknown_currency": "currency", "bad_payment_terms": "terms",
                 "bad_invoice_series": "series"}


class SettingsDialog(QDialog):
    """Edit `clinic` and `language`; after OK read `result_settings`, `result_language`."""

    def __init__(self, clinic: Any, language: str, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._dialogs = dialogs
        self._initial = clinic
        self._logo = clinic.logo_path
        self.result_settings: Any = None
        self.result_language: str | None = None

        self.name = QLineEdit(clinic.name)
        self.name.setPlaceholderText(self.tr("As printed on invoices"))
        self.name_error = self._error_label()
        self.address = QPlainTextEdit(clinic.address)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.tax_id = QLineEdit(clinic.tax_id)
        self.iban = QLineEdit(clinic.iban)
        self.iban.setPlaceholderText("GR16 0110 1250 0000 0001 2300 695")
        self.iban.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.iban_error = self._error_label()
        self.bic = QLineEdit(clinic.bic)
        self.bic.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.bic_error = self._error_label()
        self.currency = QComboBox()
        self.currency.addItems(sorted(CURRENCY_EXPONENTS))
        self.currency.setCurrentText(clinic.currency if clinic.currency in CURRENCY_EXPONENTS else "EUR")
        self.currency_error = self._error_label()
        self.terms = QSpinBox()
        self.terms.setRange(0, 365)
        self.terms.setValue(int(clinic.payment_terms_days))
        self.terms.setSuffix(self.tr(" days"))
        self.terms_error = self._error_label()
        self.series = QLineEdit(clinic.invoice_series)
        self.series.setMaxLength(10)
        self.series.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.series_error = self._error_label()
        self.language = QComboBox()
        for lang in i18n.LANGUAGES:
            self.language.addItem(lang.native_name, lang.code)
        self.language.setCurrentIndex(i18n.LANGUAGE_CODES.index(i18n.normalize_language(language)))
        self.language_note = QLabel(self.tr("The window is redrawn in the new language when you press OK."))
        self.language_note.setObjectName("muted")
        self.language_note.setWordWrap(True)
        self.calendar = QComboBox()
        self.calendar.setObjectName("calendar")
        for text, value in ((self.tr("As each language dates (Persian: Solar Hijri)"), ""),
                            (self.tr("Gregorian"), "gregorian"), (self.tr("Solar Hijri (Jalali)"), "jalali")):
            self.calendar.addItem(text, value)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(getattr(clinic, "calendar", ""))))

        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(160, 80)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("QLabel { background: white; border: 1px solid #d9dde3; "
                                        "border-radius: 6px; color: #8a94a3; }")
        self.choose_logo = QPushButton(self.tr("Choose…"))
        self.choose_logo.setAutoDefault(False)
        self.remove_logo = QPushButton(self.tr("Remove"))
        self.remove_logo.setAutoDefault(False)
        self.logo_error = self._error_label()
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo.clicked.connect(self.clear_logo)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch()
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Clinic name:"), self._with_error(self.name, self.name_error))
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Tax ID:"), self.tax_id)
        form.addRow(self.tr("IBAN:"), self._with_error(self.iban, self.iban_error))
        form.addRow(self.tr("BIC:"), self._with_error(self.bic, self.bic_error))
        form.addRow(self.tr("Currency:"), self._with_error(self.currency, self.currency_error))
        form.addRow(self.tr("Payment terms:"), self._with_error(self.terms, self.terms_error))
        form.addRow(self.tr("Invoice series:"), self._with_error(self.series, self.series_error))
        form.addRow(self.tr("Logo:"), self._with_error(logo_row, self.logo_error))
        form.addRow(self.tr("Language:"), self._with_error(self.language, self.language_note))
        form.addRow(self.tr("Calendar:"), self.calendar)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(580)

        self.iban.editingFinished.connect(self._check_iban)
        self.bic.editingFinished.connect(self._check_bic)
        self.iban.textEdited.connect(lambda _t: self.iban_error.hide())
        self.bic.textEdited.connect(lambda _t: self.bic_error.hide())
        self.name.textEdited.connect(lambda _t: self.name_error.hide())
        self.series.textEdited.connect(lambda _t: self.series_error.hide())
        self._show_logo()

    # --- helpers -------------------------------------------------------------
    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.hide()
        return label

    def _with_error(self, field: QWidget | QHBoxLayout, error: QLabel) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(field, QHBoxLayout):
            column.addLayout(field)
        else:
            column.addWidget(field)
        column.addWidget(error)
        return box

    def _show_error(self, label: QLabel, text: str | None) -> bool:
        label.setText(text or "")
        label.setVisible(bool(text))
        return not text

    def _check_iban(self) -> bool:
        code = iban_error(self.iban.text())
        return self._show_error(self.iban_error, code and code_text(code, iban=self.iban.text().strip()))

    def _check_bic(self) -> bool:
        code = bic_error(self.bic.text())
        return self._show_error(self.bic_error, code and code_text(code, bic=self.bic.text().strip()))

    def _check_name(self) -> bool:
        text = None if self.name.text().strip() else self.tr("Please enter the clinic's name.")
        return self._show_error(self.name_error, text)

    def _show_logo(self) -> None:
        self.remove_logo.setEnabled(bool(self._logo))
        image = QImage(self._logo) if self._logo else QImage()
        if image.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap.fromImage(image).scaled(144, 68, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation)
        self.logo_preview.setPixmap(pixmap)

    # --- actions -------------------------------------------------------------
    def pick_logo(self) -> None:
        path = self._dialogs.open_file(self, self.tr("Choose a logo"),
                                       self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)"))
        if path:
            self.set_logo_file(path)

    def set_logo_file(self, path: str) -> bool:
        """Use the image at `path` as the logo; refuse (inline) anything that is not an image."""
        if not is_image(path):
            self._show_error(self.logo_error, code_text("logo_not_image", path=path))
            return False
        self._show_error(self.logo_error, None)
        self._logo = path
        self._show_logo()
        return True

    def clear_logo(self) -> None:
        self._logo = ""
        self._show_error(self.logo_error, None)
        self._show_logo()

    @property
    def logo_path(self) -> str:
        return self._logo

    def settings(self) -> Any:
        """The form's values (not yet validated)."""
        return replace(
            self._initial,
            name=self.name.text().strip(),
            address=self.address.toPlainText().strip(),
            tax_id=self.tax_id.text().strip(),
            iban=normalize_iban(self.iban.text()),
            bic=self.bic.text().strip().upper(),
            currency=self.currency.currentText(),
            payment_terms_days=self.terms.value(),
            invoice_series=self.series.text().strip().upper(),
            logo_path=self._logo,
            calendar=str(self.calendar.currentData() or ""),
        )

    def accept(self) -> None:
        for ok, field in ((self._check_name(), self.name), (self._check_iban(), self.iban),
                          (self._check_bic(), self.bic)):
            if not ok:
                field.setFocus()
                return
        try:
            clean = self.settings().validated()
        except DomainError as exc:
            name = FIELD_OF_CODE.get(exc.code, "name")
            label = getattr(self, f"{name}_error", self.name_error)
            self._show_error(label, error_text(exc))
            getattr(self, name).setFocus()
            return
        self.result_settings = clean
        self.result_language = str(self.language.currentData())
        super().accept()

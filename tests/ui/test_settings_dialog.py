"""Settings: the form round-trips values, refuses a bad IBAN/BIC/logo inline, saves to the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from usu_desktop.services.settings import ClinicSettings
from usu_desktop.ui.dialogs import RecordingDialogs
from usu_desktop.ui.settings_dialog import SettingsDialog
from usu_desktop.ui.settings_page import LANGUAGE_KEY, edit_settings

GOOD_IBAN = "GR16 0110 1250 0000 0001 2300 695"


def make_logo(path):
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6f8f"))
    assert image.save(str(path))
    return str(path)


def test_round_trip_of_every_field(qtbot, tmp_path):
    logo = make_logo(tmp_path / "logo.png")
    start = ClinicSettings(name="Clinic Aurora", address="1 Sea Road\nPiraeus", tax_id="EL123456789",
                           iban="GR1601101250000000012300695", bic="ETHNGRAA", currency="EUR",
                           logo_path=logo, payment_terms_days=30, invoice_series="AUR")
    dialog = SettingsDialog(start, "el", RecordingDialogs())
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "Ελληνικά"
    assert dialog.logo_preview.pixmap() is not None and not dialog.logo_preview.pixmap().isNull()
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.result_settings == start
    assert dialog.result_language == "el"


def test_edits_are_returned_normalised(qtbot):
    dialog = SettingsDialog(ClinicSettings(name="Old"), "en", RecordingDialogs())
    qtbot.addWidget(dialog)
    dialog.name.setText("  Reykjavík Dental ")
    dialog.iban.setText("is14 0159 2600 7654 5510 7303 39")
    dialog.bic.setText("nbiiisre")
    dialog.currency.setCurrentText("ISK")
    dialog.terms.setValue(10)
    dialog.series.setText("rd")
    dialog.language.setCurrentIndex(4)
    dialog.accept()
    got = dialog.result_settings
    assert (got.name, got.iban, got.bic, got.currency, got.payment_terms_days, got.invoice_series) == (
        "Reykjavík Dental", "IS140159260076545510730339", "NBIIISRE", "ISK", 10, "RD")
    assert dialog.result_language == "is"


def test_bad_iban_is_refused_inline_and_dialog_stays_open(qtbot):
    dialog = SettingsDialog(ClinicSettings(name="Clinic"), "en", RecordingDialogs())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.iban.setText("GR16 0110 1250 0000 0001 2300 696")  # one digit off
    dialog.accept()
    assert dialog.result_settings is None and dialog.isVisible()
    assert dialog.iban_error.isVisible()
    assert "is not a valid IBAN" in dialog.iban_error.text()
    dialog.iban.setText(GOOD_IBAN)
    dialog.accept()
    assert dialog.result_settings is not None and not dialog.isVisible()


def test_bad_bic_and_empty_name_are_refused(qtbot):
    dialog = SettingsDialog(ClinicSettings(name=""), "en", RecordingDialogs())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.name_error.isVisible() and dialog.result_settings is None
    dialog.name.setText("Clinic")
    dialog.bic.setText("NOT A BIC")
    dialog.accept()
    assert dialog.bic_error.isVisible() and dialog.result_settings is None


def test_bad_invoice_series_uses_the_services_rule(qtbot):
    dialog = SettingsDialog(ClinicSettings(name="Clinic"), "en", RecordingDialogs())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.series.setText("ΣΕΙΡΑ")  # not Latin
    dialog.accept()
    assert dialog.series_error.isVisible() and "Latin" in dialog.series_error.text()
    assert dialog.result_settings is None


def test_logo_picker_rejects_a_non_image_and_keeps_the_old_logo(qtbot, tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_text("this is not a picture")
    good = make_logo(tmp_path / "good.png")
    dialogs = RecordingDialogs.answering(files=[str(fake), good])
    dialog = SettingsDialog(ClinicSettings(name="Clinic"), "en", dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.choose_logo, Qt.MouseButton.LeftButton)
    assert dialog.logo_error.isVisible() and "is not an image file" in dialog.logo_error.text()
    assert dialog.logo_path == ""
    qtbot.mouseClick(dialog.choose_logo, Qt.MouseButton.LeftButton)
    assert not dialog.logo_error.isVisible() and dialog.logo_path == good
    qtbot.mouseClick(dialog.remove_logo, Qt.MouseButton.LeftButton)
    assert dialog.logo_path == ""


def test_enter_accepts_and_escape_cancels(qtbot):
    dialog = SettingsDialog(ClinicSettings(name="Clinic"), "en", RecordingDialogs())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    other = SettingsDialog(ClinicSettings(name="Clinic"), "en", RecordingDialogs())
    qtbot.addWidget(other)
    other.show()
    other.name.setText("Changed")
    qtbot.keyClick(other.name, Qt.Key.Key_Escape)
    assert other.result() == SettingsDialog.DialogCode.Rejected and other.result_settings is None


def test_edit_settings_saves_to_database_and_language_to_qsettings(ctx, qtbot, monkeypatch):
    def fake_exec(self):
        self.name.setText("Clinic Aurora")
        self.iban.setText(GOOD_IBAN)
        self.language.setCurrentIndex(5)  # فارسی
        self.accept()
        return self.result()

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    changed, languages = [], []
    ctx.events.clinic_changed.connect(changed.append)
    ctx.events.language_changed.connect(languages.append)
    assert edit_settings(None, ctx) is True
    stored = ctx.services.settings.load()
    assert stored.name == "Clinic Aurora" and stored.iban == "GR1601101250000000012300695"
    assert ctx.qsettings.value(LANGUAGE_KEY) == "fa"
    assert changed == [stored]
    assert languages == ["fa"]  # the app switches to it at once (tests/ui/test_app.py)
    assert ctx.dialogs.shown == []  # no "restart to use it"
    assert edit_settings(None, ctx) is True and languages == ["fa"]  # the same language: no switch


def test_a_persian_clinic_may_ask_for_gregorian_dates_and_the_screens_follow(qapp, qtbot):
    from datetime import date

    from usu_desktop.ui import i18n

    try:
        i18n.install(qapp, "fa")
        assert i18n.date_text(i18n.qlocale("fa"), date(2026, 12, 4)) == "۱۴۰۵/۰۹/۱۳"
        dialog = SettingsDialog(ClinicSettings(name="درمانگاه"), "fa", RecordingDialogs())
        qtbot.addWidget(dialog)
        assert dialog.calendar.currentData() == ""  # as the language dates, by default
        dialog.calendar.setCurrentIndex(dialog.calendar.findData("gregorian"))
        dialog.accept()
        assert dialog.result_settings.calendar == "gregorian"
        i18n.use_calendar(dialog.result_settings.calendar)
        assert i18n.date_text(i18n.qlocale("fa"), date(2026, 12, 4)) == "۲۰۲۶/۱۲/۴"
    finally:
        i18n.install(qapp, "en")

"""Translations: compiled catalogs really translate, Persian goes right-to-left, all strings covered."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from usu_desktop.domain.money import Money
from usu_desktop.ui import i18n
from usu_desktop.ui.errors import error_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def language(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("USU_DESKTOP_CACHE_DIR", str(tmp_path / "cache"))

    def use(code):
        return i18n.install(qapp, code)

    yield use
    i18n.install(qapp, "en")


def test_russian_catalog_translates_known_strings(language):
    assert language("ru") == "ru"
    assert QCoreApplication.translate("Pages", "Clients") == "Клиенты"
    assert QCoreApplication.translate("MainWindow", "Not synchronised yet") == "Синхронизации ещё не было"
    assert QLocale().name() == "ru_RU"


def test_missing_qm_is_compiled_from_ts_into_cache(language, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "source_dir", lambda: tmp_path / "src")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "usu_desktop_el.ts").write_bytes(
        (ROOT / "translations" / "usu_desktop_el.ts").read_bytes())
    language("el")
    assert (tmp_path / "cache" / "translations" / "usu_desktop_el.qm").exists()
    assert QCoreApplication.translate("Pages", "Invoices") == "Τιμολόγια"


def test_persian_switches_layout_to_right_to_left(language, qapp):
    language("fa")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("Pages", "Payments") == "پرداخت‌ها"
    language("en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_qt_own_strings_are_translated_too(language):
    language("ru")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"


def test_error_text_translates_and_isolates_params(language):
    from usu_desktop.domain.money import MoneyError
    from usu_desktop.storage.errors import StorageError

    language("ru")
    text = error_text(MoneyError("currency_mismatch", left="EUR", right="ISK"))
    assert text == "Суммы в \u2068EUR\u2069 и \u2068ISK\u2069 нельзя складывать."
    locked = error_text(StorageError("db_locked", path="/data/clinic.sqlite"))
    assert "\u2068/data/clinic.sqlite\u2069" in locked and "заблокирована" in locked


def test_every_error_code_has_a_message(qapp):
    import re

    from usu_desktop.ui.errors import MESSAGES

    # programming errors (a caller passed a naive datetime, say): no sentence for the desk
    internal = {"snapshot_naive_time", "snapshot_currency_mismatch", "exchange_bad_cursor", "link_naive_time",
                "unknown_document"}
    codes = set()
    for folder in ("domain", "storage", "services", "bank", "printing"):
        for path in (ROOT / "usu_desktop" / folder).rglob("*.py"):
            codes |= set(re.findall(r'(?:Error|StorageError)\(\s*"([a-z_]+)"', path.read_text("utf-8")))
    assert {"exchange_unreachable", "mail_refused", "epc_too_long"} <= codes, "the scan is broken"
    assert sorted(codes - set(MESSAGES) - internal) == []


def test_unknown_code_and_plain_exception_still_read_well(qapp):
    from usu_desktop.domain.errors import DomainError

    text = error_text(DomainError("brand_new_code"))
    assert text == "The operation was refused (\u2068brand_new_code\u2069)."
    assert "boom" in error_text(RuntimeError("boom"))


def test_money_formats_in_the_chosen_locale():
    m = Money("1234.50", "EUR")
    assert m.format(i18n.babel_locale("en")) != m.format(i18n.babel_locale("ru"))


def test_check_translations_passes():
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "check_translations.py")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "translations ok" in done.stdout


def test_languages_are_named_in_their_own_language():
    names = [lang.native_name for lang in i18n.LANGUAGES]
    assert names == ["English", "Русский", "Azərbaycanca", "Ελληνικά", "Íslenska", "فارسی"]
    assert i18n.normalize_language("ru_RU") == "ru" and i18n.normalize_language("de") == "en"


def test_resources_and_compiled_catalogs_are_package_data():
    """Found with importlib.resources inside the package: the same code finds them in a checkout,
    an installed wheel and a PyInstaller bundle (tests/test_wheel.py and `./dev.sh build --self-test`)."""
    import usu_desktop
    from usu_desktop.printing.fonts import font_path, fonts_dir
    from usu_desktop.ui import theme

    package = Path(usu_desktop.__file__).resolve().parent
    assert theme.resources_dir() == package / "resources"
    assert (theme.resources_dir() / "icons" / "usu-desktop.svg").is_file()
    assert fonts_dir() == package / "resources" / "fonts"
    assert font_path("USUSans").is_file()
    assert i18n.package_dir() == package / "translations"


def test_fonts_dir_can_be_overridden(monkeypatch, tmp_path):
    from usu_desktop.printing.fonts import fonts_dir

    monkeypatch.setenv("USU_FONTS_DIR", str(tmp_path))
    assert fonts_dir() == tmp_path


def test_packaged_catalog_is_used_without_sources(language, tmp_path, monkeypatch):
    """An installed wheel or a bundle has the compiled .qm in the package and no .ts anywhere."""
    packaged = tmp_path / "pkg" / "translations"
    assert i18n.compile_ts(ROOT / "translations" / "usu_desktop_ru.ts", packaged / "usu_desktop_ru.qm")
    monkeypatch.setattr(i18n, "package_dir", lambda: packaged)
    monkeypatch.setattr(i18n, "source_dir", lambda: tmp_path / "no-checkout")
    monkeypatch.setattr(i18n, "compile_ts", lambda ts, qm: pytest.fail("nothing to compile"))
    language("ru")
    assert i18n.loaded_catalog() == packaged / "usu_desktop_ru.qm"
    assert QCoreApplication.translate("Pages", "Clients") == "Клиенты"
    language("en")
    assert i18n.loaded_catalog() is None


def test_dates_keep_four_digit_years_in_every_language():
    from datetime import UTC, date, datetime

    from usu_desktop.ui.i18n import date_text, datetime_text, qlocale

    day = date(2026, 9, 29)
    assert date_text(qlocale("en"), day) == "9/29/2026"
    assert date_text(qlocale("ru"), day) == "29.09.2026"
    assert date_text(qlocale("el"), day) == "29/9/2026"
    assert date_text(qlocale("az"), day) == "29.09.2026"
    assert date_text(qlocale("en"), None) == ""
    stored = datetime(2026, 9, 29, 8, 5)  # naive = UTC, as the database keeps it
    assert datetime_text(qlocale("ru"), stored) == datetime_text(qlocale("ru"), stored.replace(tzinfo=UTC))
    assert "2026" in datetime_text(qlocale("en"), stored)
    fa = date_text(qlocale("fa"), day)
    assert fa.startswith("۲۰۲۶") or fa.startswith("2026")


def test_date_fields_read_like_the_tables(qapp, qtbot):
    """A date field shows the locale's short form with a four-digit year, as the lists do (in
    Persian too, where Qt lays a right-to-left date field's sections out in reverse)."""
    from datetime import date

    from usu_desktop.ui import i18n
    from usu_desktop.ui.documents.period import PeriodDialog
    from usu_desktop.ui.i18n import date_text, qlocale

    try:
        cases = (("ru", None, "29.09.2026"), ("en", None, "9/29/2026"), ("fa", None, "۱۴۰۵/۰۷/۰۷"),
                 ("fa", "gregorian", "۲۰۲۶/۹/۲۹"))
        for lang, calendar, expected in cases:
            i18n.install(qapp, lang, calendar)
            dialog = PeriodDialog(today=date(2026, 9, 29))
            qtbot.addWidget(dialog)
            assert dialog.date_to.text() == expected == date_text(qlocale(lang), date(2026, 9, 29))
            assert dialog.date_to.date().toPython() == date(2026, 9, 29)  # stored Gregorian
    finally:
        i18n.install(qapp, "en")

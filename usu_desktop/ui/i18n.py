"""Languages, translators and locale (QtCore only, so the app can set up before widgets).

The app loads `usu_desktop_<lang>.qm` from the package's translations/ (package data,
compiled from the .ts when a wheel or the PyInstaller bundle is built). In a checkout
there is none: the .qm comes from translations/ beside the package, and a missing or stale
one is compiled from the committed .ts into a cache folder. Qt's own `qtbase_<lang>` comes
from PySide6. Persian turns the layout RightToLeft.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCalendar,
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from usu_desktop.domain import calendars, languages
from usu_desktop.domain.languages import GREGORIAN, JALALI, Language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDateTimeEdit

log = logging.getLogger(__name__)


LANGUAGES: tuple[Language, ...] = languages.LANGUAGES  # the one registry (domain.languages)
LANGUAGE_CODES = languages.CODES
DEFAULT_LANGUAGE = languages.DEFAULT
CATALOG = "usu_desktop"


def language(code: str) -> Language:
    """The registry's language for a supported `code` (KeyError otherwise)."""
    if code not in LANGUAGE_CODES:
        raise KeyError(code)
    return languages.language(code)


def normalize_language(code: str | None) -> str:
    """A supported language code for `code` ("ru_RU" -> "ru"), else English."""
    return languages.normalize(code)


def system_language() -> str:
    return normalize_language(QLocale.system().name())


def is_rtl(code: str) -> bool:
    return languages.is_rtl(code)


def babel_locale(code: str) -> str:
    """The CLDR locale name used for Money.format (Babel)."""
    return normalize_language(code)


def qlocale(code: str) -> QLocale:
    return QLocale(languages.language(code).qt_locale)


# --- the calendar dates are shown in --------------------------------------------------
_QT_CALENDARS = {GREGORIAN: QCalendar.System.Gregorian, JALALI: QCalendar.System.Jalali}
_calendar: list[QCalendar] = [QCalendar()]  # the one install() or use_calendar() chose
_state = {"language": DEFAULT_LANGUAGE, "calendar": ""}  # "" = the language's own calendar
_fallback_said: set[str] = set()


def current_calendar() -> QCalendar:
    """The calendar screens date in: the language's own (Persian: Solar Hijri) unless the desk
    chose Gregorian (install's `calendar`)."""
    return _calendar[0]


def calendar_name() -> str:
    """"gregorian" or "jalali": what current_calendar() is."""
    return JALALI if current_calendar().name() == "Jalali" else GREGORIAN


def use_calendar(override: str = "") -> None:
    """Date the screens in `override` ("gregorian" or "jalali"; "" = as the language does):
    the clinic's choice, applied after its settings are read or saved."""
    _state["calendar"] = override
    _calendar[0] = _choose_calendar(_state["language"], override)


def _choose_calendar(code: str, override: str | None) -> QCalendar:
    wanted = calendars.calendar_of(code, override)
    calendar = QCalendar(_QT_CALENDARS[wanted])
    if wanted != GREGORIAN and not calendar.isValid():  # a Qt built without it
        if wanted not in _fallback_said:
            _fallback_said.add(wanted)
            log.warning("the %s calendar is not available in this Qt; dates are Gregorian", wanted)
        return QCalendar()
    return calendar


def _language_of(locale: QLocale) -> str:
    return normalize_language(locale.name())


def setup_date_edit(edit: QDateTimeEdit) -> None:
    """A date field that reads like the lists: the same pattern and the same calendar."""
    edit.setCalendar(current_calendar())
    edit.setDisplayFormat(date_field_format())


def _four_digit_years(pattern: str) -> str:
    """An accounting screen shows 2026, never 26: widen a lone `yy` in a locale's pattern."""
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)


def date_format(locale: QLocale | None = None) -> str:
    """The short date pattern with four-digit years (what the tables and documents show);
    in the Solar Hijri calendar the form Iran writes, 1405/09/13 (as domain.calendars does)."""
    if calendar_name() == JALALI:
        return "yyyy/MM/dd"
    return _four_digit_years((locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat))


def date_field_format(locale: QLocale | None = None) -> str:
    """The display format for a QDateEdit, so the field reads like the tables. Qt lays a date
    field's sections out in reverse when the interface is right-to-left, so the pattern is given
    reversed then."""
    pattern = date_format(locale)
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return pattern
    return "".join(reversed(re.findall(r"d+|M+|y+|[^dMy]+", pattern)))


def date_text(locale: QLocale, day: date | QDate | None) -> str:
    """A date in the locale's short form and the screens' calendar, four-digit years ("" for None)."""
    if day is None:
        return ""
    if calendar_name() == JALALI:  # the same text the documents print (domain.calendars)
        plain = date(day.year(), day.month(), day.day()) if isinstance(day, QDate) else day
        return calendars.day_text(plain, _language_of(locale), "short", JALALI)
    qday = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
    return locale.toString(qday, date_format(locale))


def datetime_text(locale: QLocale, moment: datetime | QDateTime | None) -> str:
    """A local date and time in the locale's short form, with four-digit years ("" for None).

    A naive datetime is a stored one, so UTC (the database keeps naive UTC); it is shown in
    the desk's local time.
    """
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
        qmoment = QDateTime.fromSecsSinceEpoch(int(aware.timestamp()))
    else:
        qmoment = moment
    if calendar_name() == JALALI:
        clock = locale.toString(qmoment.time(), locale.timeFormat(QLocale.FormatType.ShortFormat))
        return f"{date_text(locale, qmoment.date())} {clock}"
    pattern = _four_digit_years(locale.dateTimeFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(qmoment, pattern)


# --- where translations live -------------------------------------------------------

def package_dir() -> Path:
    """usu_desktop/translations: the .qm files compiled into a wheel or a PyInstaller bundle."""
    return Path(str(files("usu_desktop") / "translations"))


def source_dir() -> Path:
    """translations/ beside the package in a checkout: the .ts sources (and .qm, if built there)."""
    return Path(__file__).resolve().parents[2] / "translations"


def cache_dir() -> Path:
    override = os.environ.get("USU_DESKTOP_CACHE_DIR")
    if override:
        return Path(override) / "translations"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("USU Desktop", "USU")) / "translations"


def lrelease_command() -> str | None:
    """pyside6-lrelease next to the running Python, or on PATH."""
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe", "lrelease"):
        candidate = here / name
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile one .ts into .qm; False if no lrelease or it failed."""
    tool = lrelease_command()
    if tool is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, check=False)
    return done.returncode == 0 and qm.exists()


def find_qm(code: str) -> Path | None:
    """The compiled catalog for `code`: the packaged one, else one built in the checkout,
    else the .ts compiled into the cache (a .qm older than its .ts is stale)."""
    name = f"{CATALOG}_{code}"
    ts = source_dir() / f"{name}.ts"
    built = [package_dir() / f"{name}.qm", source_dir() / f"{name}.qm"]

    def fresh(qm: Path) -> bool:
        return qm.is_file() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime)

    for qm in built:
        if fresh(qm):
            return qm
    if ts.exists():
        cached = cache_dir() / f"{name}.qm"
        if fresh(cached) or compile_ts(ts, cached):
            return cached
    return next((qm for qm in built if qm.is_file()), None)


# --- installing --------------------------------------------------------------------

_installed: list[QTranslator] = []
_catalog: list[Path] = []  # the app's own .qm now loaded (none for English)


def loaded_catalog() -> Path | None:
    """The app's .qm file the last install() loaded, or None (English, or no catalog found)."""
    return _catalog[0] if _catalog else None


def install(app: QCoreApplication, code: str, calendar: str = "") -> str:
    """Load the app's and Qt's translators for `code`, set locale and direction.

    Returns the language actually used. Calling it again replaces the previous
    translators (used by tests and by a live language switch).
    """
    code = normalize_language(code)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _catalog.clear()
    if code != "en":
        qm = find_qm(code)
        if qm is not None:
            mine = QTranslator(app)
            if mine.load(str(qm)):
                app.installTranslator(mine)
                _installed.append(mine)
                _catalog.append(qm)
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{code}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(qlocale(code))
    _state["language"] = code
    use_calendar(calendar)
    set_direction(app, code)
    return code


def set_direction(app: QCoreApplication, code: str) -> None:
    direction = Qt.LayoutDirection.RightToLeft if is_rtl(code) else Qt.LayoutDirection.LeftToRight
    setter = getattr(app, "setLayoutDirection", None)  # QGuiApplication and up
    if setter is not None:
        setter(direction)


def isolate(text: object) -> str:
    """Wrap an interpolated value in Unicode FSI/PDI so it reads right inside RTL text."""
    return f"\u2068{text}\u2069"

"""The one language registry: every layer asks here which languages exist and how each writes.

A language has its native name, its direction, its digits and its calendar. Screens (Qt),
documents (ReportLab), messages and the exchange's pages all read these; none keeps a list.
"""

from __future__ import annotations

from dataclasses import dataclass

GREGORIAN = "gregorian"
JALALI = "jalali"  # the Solar Hijri calendar of Iran and Afghanistan
CALENDARS = (GREGORIAN, JALALI)

_DIGITS = {"latn": "0123456789", "arabext": "۰۱۲۳۴۵۶۷۸۹"}


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, the catalogue's suffix (usu_desktop_fa.ts)
    native_name: str
    qt_locale: str  # what Qt's QLocale is built from
    rtl: bool = False
    digits: str = "latn"  # CLDR numbering system: latn | arabext (Persian)
    calendar: str = GREGORIAN  # the calendar its people date things in

    def local_digits(self, text: str) -> str:
        """`text` with ASCII digits written in this language's digits."""
        if self.digits == "latn":
            return text
        return text.translate(str.maketrans("0123456789", _DIGITS[self.digits]))


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "en_US"),
    Language("ru", "Русский", "ru_RU"),
    Language("az", "Azərbaycanca", "az_Latn_AZ"),
    Language("el", "Ελληνικά", "el_GR"),
    Language("is", "Íslenska", "is_IS"),
    Language("fa", "فارسی", "fa_IR", rtl=True, digits="arabext", calendar=JALALI),
)
CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)
DEFAULT = "en"
_BY_CODE = {lang.code: lang for lang in LANGUAGES}


def normalize(code: str | None) -> str:
    """A supported language code for `code` ("ru_RU", "ru-RU", "RU" -> "ru"), else English."""
    if not code:
        return DEFAULT
    short = code.replace("-", "_").split("_")[0].lower()
    return short if short in _BY_CODE else DEFAULT


def language(code: str | None) -> Language:
    """The language for `code`, English for anything unknown (see `normalize`)."""
    return _BY_CODE[normalize(code)]


def is_rtl(code: str | None) -> bool:
    return language(code).rtl


def local_digits(text: str, code: str | None) -> str:
    return language(code).local_digits(text)

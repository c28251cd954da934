"""The language registry and the Solar Hijri calendar, held to Qt's QCalendar day by day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCalendar, QDate

from usu_desktop.domain import languages
from usu_desktop.domain.calendars import day_text, from_jalali, is_jalali_leap, month_length, to_jalali

QT_JALALI = QCalendar(QCalendar.System.Jalali)


def _qt(day: date) -> tuple[int, int, int]:
    parts = QT_JALALI.partsFromDate(QDate(day.year, day.month, day.day))
    return parts.year, parts.month, parts.day


@given(st.dates(min_value=date(1, 3, 1), max_value=date(9999, 12, 31)))
def test_every_day_is_the_day_qt_shows(day: date) -> None:
    assert to_jalali(day) == _qt(day)
    assert from_jalali(*to_jalali(day)) == day


def test_the_years_around_now_day_by_day_and_their_leap_years() -> None:
    day = date(1990, 1, 1)
    while day < date(2100, 1, 1):
        assert to_jalali(day) == _qt(day), day
        day += timedelta(days=1)
    ours = [y for y in range(1390, 1420) if is_jalali_leap(y)]
    assert ours == [y for y in range(1390, 1420) if QT_JALALI.isLeapYear(y)]
    assert ours == [1391, 1395, 1399, 1403, 1408, 1412, 1416]


@pytest.mark.parametrize(("gregorian", "jalali"), [
    (date(2025, 3, 21), (1404, 1, 1)),  # Nowruz 1404
    (date(2025, 3, 20), (1403, 12, 30)),  # the leap day of 1403
    (date(2026, 12, 4), (1405, 9, 13)),
    (date(622, 3, 22), (1, 1, 1)),
])
def test_known_days(gregorian: date, jalali: tuple[int, int, int]) -> None:
    assert to_jalali(gregorian) == jalali and from_jalali(*jalali) == gregorian


@pytest.mark.parametrize("bad", [(1404, 12, 30), (1404, 13, 1), (1404, 7, 31), (1404, 1, 0), (0, 1, 1)])
def test_a_day_that_does_not_exist_is_refused(bad: tuple[int, int, int]) -> None:
    with pytest.raises(ValueError, match="no such Jalali date"):
        from_jalali(*bad)
    assert month_length(1403, 12) == 30 and month_length(1404, 12) == 29


def test_day_text_in_each_calendar_and_digit_system() -> None:
    day = date(2026, 12, 4)
    assert day_text(day, "fa") == "۱۳ آذر ۱۴۰۵"
    assert day_text(day, "fa", "short") == "۱۴۰۵/۰۹/۱۳"
    assert day_text(day, "fa", calendar="gregorian") == "۴ دسامبر ۲۰۲۶"
    assert day_text(day, "en") == "Dec 4, 2026"
    assert day_text(day, "en", calendar="jalali") == "13 Azar 1405"
    assert day_text(day, "ru", "long") == "4 декабря 2026\u202fг."


def test_one_registry_for_every_layer() -> None:
    from usu_desktop.printing.labels import CATALOGUE
    from usu_desktop.printing.model import LANGUAGES as PRINTED
    from usu_desktop.services.messaging import LANGUAGES as SENT
    from usu_desktop.ui import i18n

    assert tuple(i18n.LANGUAGE_CODES) == PRINTED == SENT == languages.CODES == tuple(CATALOGUE)
    assert [lang.code for lang in languages.LANGUAGES if lang.rtl] == ["fa"]
    assert languages.language("fa_IR").calendar == "jalali" and languages.language("xx").code == "en"
    assert languages.local_digits("2026-12", "fa") == "۲۰۲۶-۱۲" and languages.local_digits("12", "ru") == "12"

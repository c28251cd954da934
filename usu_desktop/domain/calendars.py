"""Dates in the language's calendar: Gregorian, or the Solar Hijri (Jalali) calendar for Persian.

The Jalali arithmetic is the 2820-year cycle (Birashk; "arithmetic Persian" in Reingold and
Dershowitz, Calendrical Calculations) that Qt's QCalendar also uses, so the screens (Qt) and the
printed and sent documents (this module) can never show two different days; tests hold it to
Qt's calendar day by day. 1 Farvardin 1 AP = 22 March 622.
Gregorian dates are written by Babel in the language's CLDR form.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from usu_desktop.domain.languages import GREGORIAN, JALALI, language

_CYCLE_START = 2121446 - 1721425  # 1 Farvardin 475 AP (Julian day 2121446) as a date ordinal
_CYCLE_YEARS, _CYCLE_DAYS = 2820, 1029983  # a year is 1029983/2820 days on average
JALALI_MONTHS_FA = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                    "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
JALALI_MONTHS_LATIN = ("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
                       "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand")


def is_jalali_leap(year: int) -> bool:
    if year < 0:
        year += 1
    return (year + 2346) * 683 % _CYCLE_YEARS < 683


def month_length(year: int, month: int) -> int:
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if is_jalali_leap(year) else 29


def _year_length(year: int) -> int:
    return 366 if is_jalali_leap(year) else 365


def _first_of_year(year_in_cycle: int, cycle: int) -> int:
    return _CYCLE_START + cycle * _CYCLE_DAYS + (year_in_cycle * _CYCLE_DAYS) // _CYCLE_YEARS


def _ordinal(year: int, month: int, day: int) -> int:
    cycle, year_in_cycle = divmod(year - (474 if year < 0 else 475), _CYCLE_YEARS)
    day_in_year = day + sum(month_length(year, m) for m in range(1, month))
    return _first_of_year(year_in_cycle, cycle) + day_in_year - 1


def to_jalali(day: date) -> tuple[int, int, int]:
    """(year, month, day) of `day` in the Solar Hijri calendar."""
    n = day.toordinal()
    cycle = (n - _CYCLE_START) // _CYCLE_DAYS
    year_in_cycle = (n - _CYCLE_START - cycle * _CYCLE_DAYS) * _CYCLE_YEARS // _CYCLE_DAYS
    year = year_in_cycle + 475 + cycle * _CYCLE_YEARS
    d = n - _first_of_year(year_in_cycle, cycle) + 1
    if d > _year_length(year if year > 0 else year - 1):
        year, d = year + 1, 1
    if year <= 0:
        year -= 1
    month = 1
    while month < 12 and d > month_length(year, month):
        d -= month_length(year, month)
        month += 1
    return year, month, d


def from_jalali(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Solar Hijri one; ValueError for a day that does not exist."""
    if year == 0 or not 1 <= month <= 12 or not 1 <= day <= month_length(year, month):
        raise ValueError(f"no such Jalali date: {year}/{month}/{day}")
    return date.fromordinal(_ordinal(year, month, day))


def calendar_of(code: str | None, override: str | None = None) -> str:
    """The calendar a language dates in, unless the desk chose another (`override`)."""
    return override if override in (GREGORIAN, JALALI) else language(code).calendar


def day_text(day: date, code: str | None, style: str = "medium", calendar: str | None = None) -> str:
    """`day` as the language writes it: "medium"/"long" with the month's name, "short" numeric.

    Persian: "۱۳ آذر ۱۴۰۵" / "۱۴۰۵/۰۹/۱۳" in the Jalali calendar (Gregorian on request)."""
    lang = language(code)
    if calendar_of(lang.code, calendar) == JALALI:
        y, m, d = to_jalali(day)
        names = JALALI_MONTHS_FA if lang.code == "fa" else JALALI_MONTHS_LATIN
        text = f"{y:04d}/{m:02d}/{d:02d}" if style == "short" else f"{d} {names[m - 1]} {y}"
        return lang.local_digits(text)
    return lang.local_digits(format_date(day, style, locale=lang.code))

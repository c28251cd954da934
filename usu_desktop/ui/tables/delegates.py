"""Money and dates drawn in the interface language's locale (digits, separators, direction).

The model keeps the raw value under RAW_ROLE; these delegates format it when painting,
put amounts at the trailing edge (mirrored in Persian), and show negative amounts in red.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from usu_desktop.domain.money import Money
from usu_desktop.ui.i18n import date_text, datetime_text
from usu_desktop.ui.tables.model import RAW_ROLE

NEGATIVE = QColor("#b3261e")


class LocaleFormatter:
    """Formats values the way the interface language writes them (uses ctx.format_money).

    Formatting with Babel costs most of a paint, and a screen repeats the same few
    amounts and dates, so the texts are remembered (a bounded cache per formatter).
    """

    CACHE_SIZE = 4096

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self.locale: QLocale = ctx.locale
        self._cache: dict[object, str] = {}

    def _remember(self, key: object, text: str) -> str:
        if len(self._cache) >= self.CACHE_SIZE:
            self._cache.clear()
        self._cache[key] = text
        return text

    def money(self, value: Money) -> str:
        text = self._cache.get(value)
        return text if text is not None else self._remember(value, str(self.ctx.format_money(value)))

    def date(self, value: date) -> str:
        text = self._cache.get(value)
        return text if text is not None else self._remember(value, date_text(self.locale, value))

    def number(self, value: int) -> str:
        """A count in the language's digits (Persian ۱۲۳)."""
        return self.locale.toString(value)

    def datetime(self, value: datetime) -> str:
        """A stored (naive UTC) or aware moment, in the desk's local time."""
        text = self._cache.get(value)
        return text if text is not None else self._remember(value, datetime_text(self.locale, value))


class MoneyDelegate(QStyledItemDelegate):
    def __init__(self, formatter: LocaleFormatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fmt = formatter

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        value = index.data(RAW_ROLE)
        if isinstance(value, Money):
            option.text = self.fmt.money(value)  # type: ignore[attr-defined]
            if value.is_negative():
                option.palette.setColor(QPalette.ColorRole.Text, NEGATIVE)  # type: ignore[attr-defined]
        elif isinstance(value, tuple):
            option.text = ", ".join(self.fmt.money(v) for v in value if isinstance(v, Money))  # type: ignore[attr-defined]
        option.displayAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # type: ignore[attr-defined]


class DateDelegate(QStyledItemDelegate):
    def __init__(self, formatter: LocaleFormatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fmt = formatter

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        value = index.data(RAW_ROLE)
        if isinstance(value, datetime):
            option.text = self.fmt.datetime(value)  # type: ignore[attr-defined]
        elif isinstance(value, date):
            option.text = self.fmt.date(value)  # type: ignore[attr-defined]


def install_delegates(view: QAbstractItemView, columns: list[Any], formatter: LocaleFormatter) -> None:
    """Money and date delegates on the columns of those kinds."""
    money, day = MoneyDelegate(formatter, view), DateDelegate(formatter, view)
    for i, column in enumerate(columns):
        if column.kind == "money":
            view.setItemDelegateForColumn(i, money)
        elif column.kind in ("date", "datetime"):
            view.setItemDelegateForColumn(i, day)

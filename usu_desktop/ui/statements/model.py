"""EntriesModel: one file's entries as a read-only table (cells made once, when a result is shown)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from usu_desktop.domain.money import Money
from usu_desktop.services.statements import EntryResult
from usu_desktop.ui.i18n import date_text
from usu_desktop.ui.statements.texts import direction_text, status_text, why_text

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("Statements", "#"),
    QT_TRANSLATE_NOOP("Statements", "Date"),
    QT_TRANSLATE_NOOP("Statements", "Amount"),
    QT_TRANSLATE_NOOP("Statements", "In/out"),
    QT_TRANSLATE_NOOP("Statements", "Status"),
    QT_TRANSLATE_NOOP("Statements", "Allocated to"),
    QT_TRANSLATE_NOOP("Statements", "Why"),
    QT_TRANSLATE_NOOP("Statements", "Payer"),
    QT_TRANSLATE_NOOP("Statements", "Reference / text"),
    QT_TRANSLATE_NOOP("Statements", "Bank id"),
)
COL_STATUS = 4
COL_ALLOCATED = 5
COL_WHY = 6
RIGHT = {0, 2}
TINT = {"error": "#fde2e1", "unmatched": "#fff4d6", "reversed": "#e8eefc"}


class EntriesModel(QAbstractTableModel):
    def __init__(self, format_money: Callable[[Money], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._money = format_money
        self._rows: list[tuple[str, ...]] = []
        self._status: list[str] = []

    def set_entries(self, entries: Sequence[EntryResult]) -> None:
        self.beginResetModel()
        self._rows = [self._cells(e) for e in entries]
        self._status = [e.status for e in entries]
        self.endResetModel()

    def _cells(self, e: EntryResult) -> tuple[str, ...]:
        allocated = ", ".join(f"{a.invoice_number} ({self._money(a.amount)})" for a in e.allocated)
        if e.credit is not None and e.credit.is_positive():
            credit = QCoreApplication.translate("Statements", "credit {amount}").replace(
                "{amount}", self._money(e.credit))
            allocated = f"{allocated}, {credit}" if allocated else credit
        ref = " · ".join(p for p in (e.rf or "", " ".join(e.text.split())) if p)
        return (str(e.index + 1), date_text(QLocale(), e.booking_date),
                self._money(e.amount) if e.amount is not None else "", direction_text(e.direction),
                status_text(e.status), allocated, why_text(e), e.payer_name, ref, e.external_id)

    def status(self, row: int) -> str:
        return self._status[row]

    def cell(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            tint = TINT.get(self._status[index.row()])
            return QBrush(QColor(tint)) if tint else None
        if role == Qt.ItemDataRole.ForegroundRole and self._status[index.row()] in TINT:
            return QBrush(QColor("#1a1a1a"))  # readable on the tint in dark themes too
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("Statements", COLUMNS[section])
        return None

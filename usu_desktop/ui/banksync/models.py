"""A small read-only table model for the Bank-sync lists: rows of ready-made cells plus a key per row.

The page turns service rows into display text (money and dates formatted for the locale) once,
when a list is loaded; the model only serves them. Right-aligned columns hold numbers and money.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], right_aligned: Sequence[int] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._right = set(right_aligned)
        self._rows: list[tuple[str, ...]] = []
        self._keys: list[Any] = []
        self._tips: list[str] = []

    def set_rows(self, rows: Sequence[tuple[Any, Sequence[str], str]]) -> None:
        """(key, cells, tooltip) per row."""
        self.beginResetModel()
        self._keys = [key for key, _cells, _tip in rows]
        self._rows = [tuple(cells) for _key, cells, _tip in rows]
        self._tips = [tip for _key, _cells, tip in rows]
        self.endResetModel()

    def key(self, row: int) -> Any:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def cell(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[index.row()] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

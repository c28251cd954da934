"""Column widths, order and sort remembered per list in QSettings (header saveState)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView


class HeaderState(QObject):
    """Restores a view's header from `qsettings` under `key`, then saves it on every change."""

    def __init__(self, view: QTableView, qsettings: Any, key: str) -> None:
        super().__init__(view)
        self.header: QHeaderView = view.horizontalHeader()
        self.qsettings = qsettings
        self.key = f"tables/{key}/header"
        self.restore()
        self.header.sectionResized.connect(self.save)
        self.header.sectionMoved.connect(self.save)
        self.header.sortIndicatorChanged.connect(self.save)

    def restore(self) -> bool:
        state = self.qsettings.value(self.key)
        if isinstance(state, QByteArray | bytes) and state:
            return bool(self.header.restoreState(QByteArray(state)))
        return False

    def save(self, *_args: Any) -> None:
        self.qsettings.setValue(self.key, self.header.saveState())


def prepare_view(
    view: QTableView, model: Any, qsettings: Any, key: str, default_column: int, default_order: Qt.SortOrder
) -> HeaderState:
    """Model, sort indicator and remembered header; sorting goes through the model (a new query)."""
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSortIndicator(default_column, default_order)
    header.setSectionsMovable(True)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    char = view.fontMetrics().averageCharWidth()
    for i, column in enumerate(model.columns):
        header.resizeSection(i, max(48, column.width * char + 16))
    state = HeaderState(view, qsettings, key)
    column = header.sortIndicatorSection()
    order = header.sortIndicatorOrder()
    if 0 <= column < len(model.columns) and model.columns[column].sort is not None:
        model.sort_key = model.columns[column].sort
        model.descending = order == Qt.SortOrder.DescendingOrder
    else:
        header.setSortIndicator(default_column, default_order)
    view.setSortingEnabled(True)  # calls model.sort with the indicator; a no-op once loaded
    return state

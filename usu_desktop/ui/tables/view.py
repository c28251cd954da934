"""A QTableView set up for the lazy lists: delegates, remembered header, Enter opens a row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView, QWidget

from usu_desktop.ui.tables.delegates import LocaleFormatter, install_delegates
from usu_desktop.ui.tables.header_state import prepare_view
from usu_desktop.ui.tables.model import LazyTableModel


class ListView(QTableView):
    """Emits `open_row(row)` on Enter or double-click; `current_row_changed(row)` on selection."""

    open_row = Signal(int)
    current_row_changed = Signal(int)

    def __init__(
        self,
        ctx: Any,
        model: LazyTableModel,
        key: str,
        default_column: int,
        default_order: Qt.SortOrder,
        parent: QWidget | None = None,
        default_columns: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}Table")
        self.formatter = model.fmt if isinstance(model.fmt, LocaleFormatter) else LocaleFormatter(ctx)
        install_delegates(self, model.columns, self.formatter)
        self.header_state = prepare_view(self, model, ctx.qsettings, key, default_column, default_order,
                                         default_columns)
        self.setTabKeyNavigation(False)
        self.doubleClicked.connect(lambda index: self.open_row.emit(index.row()))
        self.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.current_row_changed.emit(cur.row())
        )
        model.modelReset.connect(self._reset)

    def _reset(self) -> None:
        """A new search or sort shows its first rows (not wherever the last list was scrolled,
        which would also read a second page at once)."""
        self.scrollToTop()
        self.current_row_changed.emit(-1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_row.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        model = self.model()
        if 0 <= row < model.rowCount():
            self.setCurrentIndex(model.index(row, 0))

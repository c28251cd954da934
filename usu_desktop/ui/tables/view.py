"""A QTableView set up for the lazy lists: delegates, remembered header, Enter opens a row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from usu_desktop.ui.tables.delegates import LocaleFormatter, install_delegates
from usu_desktop.ui.tables.header_state import prepare_view
from usu_desktop.ui.tables.model import LazyTableModel


class ListView(QTableView):
    """Emits `open_row(row)` on Enter or double-click; `current_row_changed(row)` on selection.

    The row shown is kept by id: when the model reloads (a refresh after a dialog, a new sort)
    the same record is selected again if it is in the first page, so a page's detail pane stays
    on it; `select_id` waits for a reload in flight (a record just created)."""

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
        self._keep_id: int | None = None  # the record to select again after the next reset
        self._first_after_reset = False  # Down/Enter in the search field before the rows came
        model.modelAboutToBeReset.connect(self._about_to_reset)
        model.modelReset.connect(self._reset)

    def lazy_model(self) -> LazyTableModel:
        model = self.model()
        assert isinstance(model, LazyTableModel)
        return model

    def _about_to_reset(self) -> None:
        if self._keep_id is None:
            row = self.current_row()
            self._keep_id = self.lazy_model().id_at(row) if row >= 0 else None

    def _reset(self) -> None:
        """A new search or sort shows its first rows (not wherever the last list was scrolled,
        which would also read a second page at once), with the record shown before still
        selected when it is among them."""
        self.scrollToTop()
        keep, self._keep_id = self._keep_id, None
        row = self.lazy_model().row_of_id(keep) if keep is not None else None
        if row is None and self._first_after_reset and self.model().rowCount() > 0:
            row = 0
        self._first_after_reset = False
        if row is not None:
            self.select_row(row)
        else:
            self.current_row_changed.emit(-1)

    def select_id(self, item_id: int) -> bool:
        """Select the record `item_id`; while a reload is on its way, once its rows are in.
        False if it is not among the rows loaded (yet)."""
        model = self.lazy_model()
        if model.loading():
            self._keep_id = item_id
            return False
        row = model.row_of_id(item_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def select_after_reload(self, item_id: int) -> None:
        """Select `item_id` once the next reload's rows are in (call just before reloading)."""
        self._keep_id = item_id

    def focus_first_row(self) -> None:
        """From the search field (Down, Enter): into the list, first row selected; if the rows of a
        search just typed are still on their way, the first of them when they come."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        model = self.lazy_model()
        if model.loading():
            self._keep_id = None
            self._first_after_reset = True
        elif model.rowCount() > 0:
            self.select_row(0)

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
        """Make `row` current and selected (highlighted, not just the focus frame) and show it."""
        select_row(self, row)


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make `row` of any list view current and selected, and scroll to it."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    view.selectionModel().setCurrentIndex(index, flags)
    view.scrollTo(index)


def focus_first_row(view: QAbstractItemView) -> None:
    """Into `view` with its first row selected (ListView also waits for rows on their way)."""
    if isinstance(view, ListView):
        view.focus_first_row()
        return
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    select_row(view, 0)

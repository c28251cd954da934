"""Column widths, order and sort remembered per list in QSettings (header saveState); splitter
positions likewise (`remember_splitter`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QSplitter, QStyle, QTableView

KEEP_WIDTH = ("money", "date", "datetime")  # never narrowed to fit: a cut amount or date misleads
MIN_SHARE = 0.65  # a text column keeps at least this share of its default width when fitted


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
    view: QTableView, model: Any, qsettings: Any, key: str, default_column: int, default_order: Qt.SortOrder,
    default_columns: Sequence[str] | None = None,
) -> HeaderState:
    """Model, sort indicator and remembered header; sorting goes through the model (a new query).
    `default_columns`: the column keys shown, in this order, until the desk arranges its own (the
    others are hidden and can be shown from the header's menu) — for narrow places like the card."""
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSortIndicator(default_column, default_order)
    header.setSectionsMovable(True)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long translation ends in "…" (tooltip: all)
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
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(lambda pos: column_menu(
        header, model.columns, state.save).popup(header.mapToGlobal(pos)))
    if qsettings.value(state.key) is None:
        if default_columns:
            arrange_columns(header, model.columns, default_columns)
        FitOnce(view, model.columns)  # first time on this list: default widths sized to the window
    column = header.sortIndicatorSection()
    order = header.sortIndicatorOrder()
    if 0 <= column < len(model.columns) and model.columns[column].sort is not None:
        model.sort_key = model.columns[column].sort
        model.descending = order == Qt.SortOrder.DescendingOrder
    else:
        header.setSortIndicator(default_column, default_order)
    view.setSortingEnabled(True)  # calls model.sort with the indicator; a no-op once loaded
    return state


class FitOnce(QObject):
    """The first time a list is laid out (no remembered widths), narrow its text columns so every
    column fits without a horizontal scroll bar; the user's own widths are then remembered."""

    def __init__(self, view: QTableView, columns: list[Any]) -> None:
        super().__init__(view)
        self.view = view
        self.columns = columns
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.view.viewport().width() > 200:
            self.view.viewport().removeEventFilter(self)
            fit_columns(self.view, self.columns)
            self.deleteLater()
        return False


def fit_columns(view: QTableView, columns: list[Any]) -> None:
    """Shrink the text columns in proportion until the sections fit the viewport (each keeps its
    title's width and MIN_SHARE of its own: a list too narrow for that keeps a scroll bar rather
    than cutting every name); money and date columns keep their widths."""
    header = view.horizontalHeader()
    sections = [i for i in range(header.count()) if not header.isSectionHidden(i)]
    sizes = {i: header.sectionSize(i) for i in sections}
    room = view.viewport().width()
    if not view.verticalScrollBar().isVisible():  # rows still to come: leave room for their scroll bar
        room -= view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    excess = sum(sizes.values()) - room
    if excess <= 0:
        return
    metrics = header.fontMetrics()
    floors = {i: max(48, metrics.horizontalAdvance(columns[i].header()) + 24, int(sizes[i] * MIN_SHARE))
              for i in sections}
    spare = {i: sizes[i] - floors[i] for i in sections
             if columns[i].kind not in KEEP_WIDTH and sizes[i] > floors[i]}
    total = sum(spare.values())
    if total <= 0:
        return
    for i, slack in spare.items():
        header.resizeSection(i, sizes[i] - min(slack, excess * slack // total + 1))


def remember_splitter(splitter: QSplitter, qsettings: Any, key: str, shares: tuple[int, ...]) -> None:
    """Restore the splitter's positions from `qsettings` (else divide it by `shares` once it has
    its size) and save them whenever the user moves the handle."""
    setting = f"splitters/{key}"
    state = qsettings.value(setting)
    if not (isinstance(state, QByteArray | bytes) and state and splitter.restoreState(QByteArray(state))):
        splitter.setSizes([share * 1000 for share in shares])  # proportions; Qt scales them to fit
    splitter.splitterMoved.connect(lambda *_: qsettings.setValue(setting, splitter.saveState()))


def column_menu(header: QHeaderView, columns: list[Any], changed: Callable[[], None]) -> QMenu:
    """Right-click on a list's header: a tick per column to show or hide it (remembered with the
    header's state through `changed`); the last visible column cannot be hidden."""
    menu = QMenu(header)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    visible = [i for i in range(header.count()) if not header.isSectionHidden(i)]
    for visual in range(header.count()):
        i = header.logicalIndex(visual)
        action = menu.addAction(columns[i].header())
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(i))
        action.setEnabled(visible != [i])
        action.toggled.connect(lambda on, i=i: _show_column(header, i, on, changed))
    return menu


def _show_column(header: QHeaderView, index: int, on: bool, changed: Callable[[], None]) -> None:
    header.setSectionHidden(index, not on)
    changed()


def arrange_columns(header: QHeaderView, columns: list[Any], keys: Sequence[str]) -> None:
    """Show the columns named by `keys` in that order; hide the rest."""
    index = {column.key: i for i, column in enumerate(columns)}
    for visual, key in enumerate(keys):
        header.moveSection(header.visualIndex(index[key]), visual)
    for i, column in enumerate(columns):
        header.setSectionHidden(i, column.key not in keys)

"""A table model that holds a window of ids, never the whole list (Anki's browser model).

Until the row count arrives (counted off the GUI thread, after the first page) the model
shows the first page; then it has every row, and per page of
`page_size` rows, the ids and their rows, loaded when a view first asks for them.
Only `cache_pages` pages stay in memory. A page past the middle of the list is
read from the far end (`reverse=True`), so the last row of two million costs as
much as the first. Each `reload()` starts a new generation: counts and first
pages that arrive for an older filter (an older keystroke) are dropped, and the
first page still being read for one is stopped. Pages are 100 rows by default: a
screenful or two, so the first page after a keystroke is quick to read and to build.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication

from usu_desktop.domain.money import Money

RAW_ROLE = Qt.ItemDataRole.UserRole + 1  # the value itself (Money, date, str) for delegates
ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        RAW_ROLE,
        ID_ROLE,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
    }
)
_END = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_MUTED = QColor("#7a7f87")
_FONT: list[QFont] = []


def _bold_font() -> QFont:
    if not _FONT:
        font = QFont()
        font.setBold(True)
        _FONT.append(font)
    return _FONT[0]


class ListSource(Protocol):
    """One filter and sort of one list; methods may run on worker threads."""

    def ids(
        self, offset: int, limit: int, reverse: bool, cancelled: Callable[[], bool] | None = None
    ) -> list[int]: ...

    def rows(self, ids: list[int]) -> Sequence[Any]: ...

    def count(self, cancelled: Callable[[], bool] | None = None) -> int: ...


@dataclass(frozen=True)
class Column:
    key: str  # stable name (settings, tests)
    title: str  # the source text (QT_TRANSLATE_NOOP), translated in `context` when shown
    value: Callable[[Any], Any]  # row -> raw value
    kind: str = "text"  # text | money | date | datetime | bool | number (digits of the language)
    sort: str | None = None  # the query's sort key, None = not sortable
    align_end: bool = False
    width: int = 12  # default width in average characters
    ltr: bool = False  # numbers, phones, e-mails: kept left-to-right in Persian
    context: str = ""  # the translation context of `title` ("" = shown as it is)

    def header(self) -> str:
        """The title in the current interface language (looked up each time it is shown)."""
        return QCoreApplication.translate(self.context, self.title) if self.context else self.title


def in_context(context: str, columns: Sequence[Column]) -> list[Column]:
    """The columns with their titles translated in `context` (that of their QT_TRANSLATE_NOOP)."""
    return [replace(c, context=context) for c in columns]


class Formatter(Protocol):
    def money(self, value: Money) -> str: ...

    def date(self, value: date) -> str: ...

    def datetime(self, value: datetime) -> str: ...

    def number(self, value: int) -> str: ...


class LazyTableModel(QAbstractTableModel):
    count_known = Signal(int)  # total rows of the current generation
    reloaded = Signal()  # the first page of a new generation is in

    def __init__(
        self,
        columns: Sequence[Column],
        formatter: Formatter,
        runner: Any,
        make_source: Callable[[str | None, bool], ListSource],
        *,
        sort_key: str | None = None,
        descending: bool = False,
        page_size: int = 100,
        cache_pages: int = 6,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.fmt = formatter
        self.runner = runner
        self.count_runner = runner  # counts may go to a runner of their own (see tables.common)
        self.make_source = make_source
        self.sort_key, self.descending = sort_key, descending
        self.page_size, self.cache_pages = page_size, cache_pages
        self.source: ListSource | None = None
        self.generation = 0
        self.total: int | None = None  # None until counted
        self._rows = 0
        self._pages: OrderedDict[int, tuple[list[int], dict[int, Any]]] = OrderedDict()
        self._count_task: Any = None
        self._source_gen = -1
        self._pending: tuple[int, int] | None = None
        self._page_task: Any = None
        self.bold_row: Callable[[Any], bool] | None = None
        self.muted_row: Callable[[Any], bool] | None = None
        # The count starts this long after the first page of a search is in, if no newer filter
        # came: while someone types, each key's count and totals would only slow the next key.
        self.count_delay_ms = 0

    # --- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        """Rebuild the source (new filter or sort) and load its first page in the background."""
        self.generation += 1
        gen = self.generation
        source = self.make_source(self.sort_key, self.descending)
        for task in (self._page_task, self._count_task):
            if task is not None:
                task.cancel()
        size = self.page_size

        def first_page(state: Any) -> tuple[list[int], dict[int, Any]]:
            ids = source.ids(0, size, False, lambda: state.cancelled)  # a newer keystroke stops it
            state.check_cancelled()
            return ids, {r.id: r for r in source.rows(ids)}

        self._page_task = self.runner.submit(
            first_page, on_success=lambda res: self._first_in(gen, source, res), owner=self
        )

    def _start_count(self, gen: int, source: ListSource) -> None:
        """Counted once the first page is in, so the rows a person waits for have the machine alone."""
        self._count_task = self.count_runner.submit(
            lambda state: source.count(lambda: state.cancelled), on_success=lambda n: self._count_in(gen, n),
            owner=self,
        )

    def _first_in(self, gen: int, source: ListSource, page: tuple[list[int], dict[int, Any]]) -> None:
        if gen != self.generation:
            return  # an older keystroke (a screen closed meanwhile: the runner drops it, owner=self)
        self.beginResetModel()
        self.source, self._source_gen = source, gen
        self._pages.clear()
        self._pages[0] = page
        if self._pending is not None and self._pending[0] == gen:
            self.total = self._rows = self._pending[1]
        else:
            self.total, self._rows = None, len(page[0])
        self._pending = None
        self.endResetModel()
        self.reloaded.emit()
        if self.total is not None:
            self.count_known.emit(self.total)
        elif len(page[0]) < self.page_size and self.source is not None:
            self._count_in(gen, len(page[0]))  # a short first page is the whole list
        elif self.count_delay_ms > 0 and self.searching():
            QTimer.singleShot(self.count_delay_ms, self, lambda: self._count_later(gen, source))
        else:
            self._start_count(gen, source)

    def searching(self) -> bool:
        """Whether the list shows the answer to typed text (its count may wait for a pause)."""
        return False

    def _count_later(self, gen: int, source: ListSource) -> None:
        if gen == self.generation:
            self._start_count(gen, source)

    def _count_in(self, gen: int, n: int) -> None:
        if gen != self.generation:
            return
        if self._source_gen != gen:
            self._pending = (gen, int(n))  # the first page is still on its way
            return
        self.total = int(n)
        self._resize(self.total)
        self.count_known.emit(self.total)

    def _resize(self, n: int) -> None:
        if n > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, n - 1)
            self._rows = n
            self.endInsertRows()
        elif n < self._rows:
            self.beginRemoveRows(QModelIndex(), n, self._rows - 1)
            self._rows = n
            self.endRemoveRows()

    def _page(self, number: int) -> tuple[list[int], dict[int, Any]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        assert self.source is not None
        offset = number * self.page_size
        if self.total is not None and offset > self.total // 2:
            end = min(self.total, offset + self.page_size)
            ids = self.source.ids(self.total - end, end - offset, True)
        else:
            ids = self.source.ids(offset, self.page_size, False)
        page = (ids, {r.id: r for r in self.source.rows(ids)})
        self._pages[number] = page
        while len(self._pages) > self.cache_pages:
            self._pages.popitem(last=False)
        return page

    # --- access -----------------------------------------------------------------------
    def row_at(self, row: int) -> Any:
        """The loaded row object for a view row (None if gone since the count)."""
        if not 0 <= row < self._rows or self.source is None:
            return None
        ids, rows = self._page(row // self.page_size)
        i = row % self.page_size
        return rows.get(ids[i]) if i < len(ids) else None

    def id_at(self, row: int) -> int | None:
        item = self.row_at(row)
        return None if item is None else int(item.id)

    def loaded_ids(self) -> list[int]:
        return [i for ids, _rows in self._pages.values() for i in ids]

    def row_of_id(self, item_id: int) -> int | None:
        for number, (ids, _rows) in self._pages.items():
            if item_id in ids:
                return number * self.page_size + ids.index(item_id)
        return None

    def loading(self) -> bool:
        """Whether a reload's first page is still on its way (the rows shown are the old ones)."""
        return self.generation != self._source_gen

    def ensure_loaded(self) -> None:
        if self.generation == 0:
            self.reload()

    def refresh(self) -> None:
        """Same filter and sort, fresh data (after a change)."""
        self.reload()

    # --- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.columns[section].header()  # the tooltip: the whole title when elided
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].kind == "money":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def display(self, column: Column, value: Any) -> str:
        if value is None:
            return ""
        if column.kind == "money" and isinstance(value, Money):
            return self.fmt.money(value)
        if column.kind == "datetime" and isinstance(value, datetime):
            return self.fmt.datetime(value)
        if column.kind == "date" and isinstance(value, date):
            return self.fmt.date(value)
        if column.kind == "number" and isinstance(value, int):
            return self.fmt.number(value)
        if isinstance(value, tuple):
            return ", ".join(self.display(column, v) for v in value)
        return str(value)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None  # cheap: a view asks for many roles per cell on every paint
        item = self.row_at(index.row())
        if item is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.display(column, column.value(item))
            if column.ltr and text and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                return f"\u2066{text}\u2069"  # LRI ... PDI
            return text
        if role == RAW_ROLE:
            return column.value(item)
        if role == ID_ROLE:
            return int(item.id)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _END if column.kind == "money" or column.align_end else None
        if role == Qt.ItemDataRole.FontRole:
            return _bold_font() if self.bold_row is not None and self.bold_row(item) else None
        if self.muted_row is not None and self.muted_row(item):  # ForegroundRole
            return _MUTED
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        key, descending = self.columns[column].sort, order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self.generation > 0:
            return
        self.sort_key, self.descending = key, descending
        self.reload()

    def sort_column(self) -> int:
        for i, c in enumerate(self.columns):
            if c.sort == self.sort_key:
                return i
        return -1


@dataclass
class QuerySource:
    """A ListSource over service methods: ids(filter, sort, desc, offset, limit, reverse), rows, count."""

    ids_fn: Callable[..., list[int]]
    rows_fn: Callable[[list[int]], Sequence[Any]]
    count_fn: Callable[[Any, Any], int]
    filter: Any
    sort: str | None
    descending: bool

    def ids(
        self, offset: int, limit: int, reverse: bool, cancelled: Callable[[], bool] | None = None
    ) -> list[int]:
        if cancelled is None:
            return self.ids_fn(self.filter, self.sort, self.descending, offset, limit, reverse)
        return self.ids_fn(self.filter, self.sort, self.descending, offset, limit, reverse, cancelled)

    def rows(self, ids: list[int]) -> Sequence[Any]:
        return self.rows_fn(ids)

    def count(self, cancelled: Callable[[], bool] | None = None) -> int:
        return self.count_fn(self.filter, cancelled)


class FilteredModel(LazyTableModel):
    """A lazy model whose source is `QuerySource(..., self.filter, sort)`; `set_filter` reloads."""

    def __init__(
        self,
        columns: Sequence[Column],
        formatter: Formatter,
        runner: Any,
        filter_: Any,
        ids_fn: Callable[..., list[int]],
        rows_fn: Callable[[list[int]], Sequence[Any]],
        count_fn: Callable[[Any, Any], int],
        **kwargs: Any,
    ) -> None:
        self.filter = filter_
        self._fns = (ids_fn, rows_fn, count_fn)
        super().__init__(columns, formatter, runner, self._source, **kwargs)

    def searching(self) -> bool:
        return bool(str(getattr(self.filter, "text", "") or "").strip())

    def _source(self, sort: str | None, descending: bool) -> QuerySource:
        return QuerySource(*self._fns, self.filter, sort, descending)

    def set_filter(self, filter_: Any, force: bool = False) -> None:
        if filter_ == self.filter and self.generation > 0 and not force:
            return
        self.filter = filter_
        self.reload()

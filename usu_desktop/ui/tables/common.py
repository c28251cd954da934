"""Small things every reception screen shares: a debounced search field, labels for
stored codes (states, sources, methods, reasons), asking for a reason."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QLineEdit, QWidget

# A keystroke searches at once, unless it comes less than this after the one before (faster
# than anyone types: text set by the program, an input method's burst): those are gathered
# and searched once they pause this long. Older searches still running are stopped by the
# model (a new generation), so even key repeat only costs a cancelled read per key.
SEARCH_DELAY_MS = 20
# Lists count their rows (and the invoice list sums them) once typing has paused this long.
COUNT_DELAY_MS = 150


def slow_runner(ctx: Any) -> Any:
    """Where counts and totals run: ctx.runner, so the app's shutdown cancels and waits for them.
    They start only after the first page is in, and a stale one stops at once when cancelled
    (storage.reception_queries.interruptible), so they do not hold up the next page for long."""
    return ctx.runner


def count_delay(ctx: Any) -> int:
    """COUNT_DELAY_MS with the background runner; 0 when work runs at once (tests' runners)."""
    from usu_desktop.tasks.runner import TaskRunner

    return COUNT_DELAY_MS if isinstance(ctx.runner, TaskRunner) else 0


def tr(text: str) -> str:
    return QCoreApplication.translate("Reception", text)


STATES = {
    "draft": QT_TRANSLATE_NOOP("Reception", "Draft"),
    "issued": QT_TRANSLATE_NOOP("Reception", "Issued"),
    "partly_paid": QT_TRANSLATE_NOOP("Reception", "Partly paid"),
    "paid": QT_TRANSLATE_NOOP("Reception", "Paid"),
    "cancelled": QT_TRANSLATE_NOOP("Reception", "Cancelled"),
    "overdue": QT_TRANSLATE_NOOP("Reception", "Overdue"),
    "open": QT_TRANSLATE_NOOP("Reception", "Open"),
}
KINDS = {
    "invoice": QT_TRANSLATE_NOOP("Reception", "Invoice"),
    "credit_note": QT_TRANSLATE_NOOP("Reception", "Credit note"),
}
SOURCES = {
    "desk": QT_TRANSLATE_NOOP("Reception", "Desk"),
    "terminal": QT_TRANSLATE_NOOP("Reception", "Terminal"),
    "bank": QT_TRANSLATE_NOOP("Reception", "Bank"),
    "link": QT_TRANSLATE_NOOP("Reception", "Payment link"),
}
METHODS = {
    "cash": QT_TRANSLATE_NOOP("Reception", "Cash"),
    "card": QT_TRANSLATE_NOOP("Reception", "Card"),
    "transfer": QT_TRANSLATE_NOOP("Reception", "Bank transfer"),
    "other": QT_TRANSLATE_NOOP("Reception", "Other"),
    "terminal": QT_TRANSLATE_NOOP("Reception", "Terminal"),
    "bank": QT_TRANSLATE_NOOP("Reception", "Bank"),
    "link": QT_TRANSLATE_NOOP("Reception", "Payment link"),
}
REASONS = {
    "desk": QT_TRANSLATE_NOOP("Reception", "paid at the desk"),
    "manual": QT_TRANSLATE_NOOP("Reception", "allocated by hand"),
    "credit": QT_TRANSLATE_NOOP("Reception", "from client credit"),
    "rf_invoice": QT_TRANSLATE_NOOP("Reception", "invoice RF reference"),
    "rf_client": QT_TRANSLATE_NOOP("Reception", "client RF reference, oldest due first"),
    "client_number": QT_TRANSLATE_NOOP("Reception", "client number, oldest due first"),
    "invoice_number": QT_TRANSLATE_NOOP("Reception", "invoice number in the text"),
    "undone": QT_TRANSLATE_NOOP("Reception", "undone by hand"),
    "reversal": QT_TRANSLATE_NOOP("Reception", "payment reversed"),
    "cancelled": QT_TRANSLATE_NOOP("Reception", "invoice cancelled"),
    "credit_withdrawn": QT_TRANSLATE_NOOP("Reception", "credit taken back"),
}


def label(table: dict[str, str], code: str) -> str:
    text = table.get(code)
    return QCoreApplication.translate("Reception", text) if text else code


class SearchLine(QLineEdit):
    """A search field that reports its text at once on each keystroke, except within a burst
    of keys less than SEARCH_DELAY_MS apart, reported once they pause (the last text always)."""

    search_changed = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._last_key = -1.0e9
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._changed)

    def _changed(self, _text: str) -> None:
        now = time.monotonic()
        burst = (now - self._last_key) * 1000 < SEARCH_DELAY_MS
        self._last_key = now
        if burst:
            self._timer.start()  # reported when the keys pause
        else:
            self.flush()

    def flush(self) -> None:
        """Report now (Enter, tests)."""
        self._timer.stop()
        self.search_changed.emit(self.text())

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.flush()
            event.accept()
            return
        super().keyPressEvent(event)


class _SearchToList(QObject):
    """Down or Enter in a search field: into its list, the first row selected (see `lead_to_list`)."""

    def __init__(self, search: QLineEdit, view: QAbstractItemView,
                 on_enter: Callable[[], bool] | None) -> None:
        super().__init__(search)
        self.search, self.view, self.on_enter = search, view, on_enter
        search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(self.search, SearchLine):
                self.search.flush()  # the list shows what is typed, not what was typed before
            if self.on_enter is not None and self.on_enter():
                return True
        elif key not in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            return False
        from usu_desktop.ui.tables.view import focus_first_row

        focus_first_row(self.view)
        return True


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes through `widgets` in this (reading) order; Qt mirrors it for right-to-left."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def lead_to_list(search: QLineEdit, view: QAbstractItemView,
                 on_enter: Callable[[], bool] | None = None) -> None:
    """Keyboard first: Down (or Page Down) and Enter in `search` move the focus into `view` with
    its first row selected. `on_enter` may take Enter first (a picker choosing its only match):
    it returns True when it did."""
    _SearchToList(search, view, on_enter)


def ask_text(ctx: Any, parent: QWidget | None, title: str, prompt: str) -> str | None:
    """A line of text (a reason); through ctx.dialogs.ask_text when the dialogs service has one."""
    ask = getattr(ctx.dialogs, "ask_text", None)
    if callable(ask):
        result = ask(parent, title, prompt)
        return None if result is None else str(result)
    text, ok = QInputDialog.getText(parent, title, prompt)
    return text if ok else None

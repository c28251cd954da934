"""Python's cyclic garbage collector, run only on the GUI thread.

Left automatic, the collector runs in whichever thread happens to allocate, so a
worker thread can be the one that frees an unreachable QObject (a page, a timer)
that lives in the GUI thread; Qt then warns "Timers cannot be stopped from another
thread" or crashes. Like qutebrowser, we switch automatic collection off and collect
from a timer on the GUI thread, with the interpreter's own thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Owns the timer; construct it on the GUI thread once, after the QApplication."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()

    def collect_due(self) -> int:
        """Collect the generations that are over their thresholds; returns objects found."""
        gen0, gen1, gen2 = gc.get_count()
        found = 0
        if gen0 > self.threshold[0]:
            found += gc.collect(0)
            if gen1 > self.threshold[1]:
                found += gc.collect(1)
                if gen2 > self.threshold[2]:
                    found += gc.collect(2)
        return found

    def stop(self) -> None:
        """Give collection back to the interpreter (at shutdown)."""
        self.timer.stop()
        gc.enable()


def collect_on_gui_thread(parent: QObject) -> GuiThreadCollector:
    """Start GUI-thread-only collection for the life of `parent` (the application)."""
    existing = parent.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(parent)

"""Python's cyclic garbage collector, run only on the GUI thread.

Left automatic, the collector runs in whichever thread happens to allocate, so a
worker thread can be the one that frees an unreachable QObject (a page, a timer)
that lives in the GUI thread; Qt then warns "Timers cannot be stopped from another
thread" or crashes. Like qutebrowser, we switch automatic collection off and collect
from a timer on the GUI thread, with the interpreter's own thresholds.

A full (generation 2) collection walks every tracked object of the process: in the app,
with the window up, ~160,000 objects and 40-55 ms on the GUI thread, every couple of
minutes while the desk is busy. Most of them (~110,000: modules, classes, functions,
the QApplication) exist before the first window and live as long as the process, so
`collect_on_gui_thread` collects once and then freezes what survived (gc.freeze, as
Instagram does before forking): later full collections skip it and take ~6 ms. Frozen
objects are never collected as cycles; that is why only start-up survivors are frozen,
once, and never what a screen creates later.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000
_frozen_at_start = False


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
        """Give collection back to the interpreter (at shutdown), frozen objects included."""
        global _frozen_at_start
        self.timer.stop()
        gc.unfreeze()
        _frozen_at_start = False
        gc.enable()


def freeze_start_up() -> int:
    """Collect, then freeze the survivors (once per process; see the module docstring).

    Returns how many objects are frozen."""
    global _frozen_at_start
    if not _frozen_at_start:
        gc.collect()  # garbage now is not frozen for ever
        gc.freeze()
        _frozen_at_start = True
    return gc.get_freeze_count()


def collect_on_gui_thread(parent: QObject) -> GuiThreadCollector:
    """Start GUI-thread-only collection for the life of `parent` (the application), with
    what lives at start-up frozen."""
    existing = parent.findChild(GuiThreadCollector)
    if existing is not None:
        return existing
    collector = GuiThreadCollector(parent)
    freeze_start_up()
    return collector

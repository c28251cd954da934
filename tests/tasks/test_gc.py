"""The cyclic collector runs on the GUI thread only, with the interpreter's thresholds."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QObject

from usu_desktop.tasks.gc import GuiThreadCollector, collect_on_gui_thread


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle only the cyclic collector frees


def test_collects_cycles_from_its_timer_and_gives_collection_back(qtbot) -> None:
    owner = QObject()
    was_enabled = gc.isenabled()
    collector = collect_on_gui_thread(owner)
    try:
        assert collect_on_gui_thread(owner) is collector  # one per owner
        assert not gc.isenabled()
        gc.collect()
        node = Node()
        alive = weakref.ref(node)
        del node
        for _ in range(collector.threshold[0] + 1):
            Node()  # leave enough garbage to pass generation 0's threshold
        assert alive() is not None  # nothing collected it behind our back
        qtbot.waitUntil(lambda: alive() is None, timeout=3000)  # the timer did, on this thread
    finally:
        collector.stop()
        if not was_enabled:
            gc.disable()
    assert isinstance(collector, GuiThreadCollector) and not collector.timer.isActive()

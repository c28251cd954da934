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

        def busy_desk_then_collected() -> bool:
            # Freeing any tracked object lowers generation 0's count, and waiting frees a
            # previous test's leftovers: keep allocating, as a working desk does.
            for _ in range(50):
                Node()
            return alive() is None

        qtbot.waitUntil(busy_desk_then_collected, timeout=3000)  # the timer did, on this thread
    finally:
        collector.stop()
        if not was_enabled:
            gc.disable()
    assert isinstance(collector, GuiThreadCollector) and not collector.timer.isActive()


def test_what_lives_at_start_up_is_frozen_and_garbage_is_collected_first(qtbot) -> None:
    owner = QObject()
    was_enabled = gc.isenabled()
    garbage, alive_at_start = Node(), Node()
    dead = weakref.ref(garbage)
    del garbage
    collector = collect_on_gui_thread(owner)
    try:
        assert dead() is None  # collected before the freeze, so not kept for ever
        assert gc.get_freeze_count() > 0
        assert gc.is_tracked(alive_at_start)
        assert not any(obj is alive_at_start for obj in gc.get_objects())  # frozen: no pass walks it
        later = Node()
        assert any(obj is later for obj in gc.get_objects())  # what comes after is collected as usual
    finally:
        collector.stop()
        if not was_enabled:
            gc.disable()
    assert gc.get_freeze_count() == 0  # stop() gives everything back to the collector

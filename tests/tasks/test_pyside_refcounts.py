"""The PySide6 we run with keeps Python's reference counts: pyproject.toml excludes the releases that don't.

PySide6 6.12.0 returns True from `SignalInstance.emit()` and None from void methods without taking a
reference; after some thousands of calls the interpreter aborts in bool_dealloc/none_dealloc. This test
fails (instead of the app crashing at a desk) if a release with that bug is ever installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def test_emit_and_void_calls_keep_reference_counts() -> None:
    probe = _Probe()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(100):
        probe.ping.emit()
        probe.setObjectName("probe")  # a void method
    assert sys.getrefcount(True) >= true_before - 5
    assert sys.getrefcount(None) >= none_before - 5

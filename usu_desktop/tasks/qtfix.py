"""A guard against reference-counting bugs in PySide6 6.12.0.

There `SignalInstance.emit()` returns True without taking a new reference, and
void methods (`processEvents()`, `deleteLater()`, `setParent(None)`, a `findChild()`
that finds nothing) return None the same way. Each such call from Python steals one
reference to True or None; after some thousands of calls the interpreter aborts with
"bool_dealloc" / "none_dealloc". `guard_signal_emit()` measures this once and, only
if a leak is there, gives None, True and False a reserve of references so large that
they can never reach zero. Fixed PySide6 versions are left untouched.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_RESERVE = 1 << 40
_state = {"checked": False, "patched": False}


class _Probe(QObject):
    ping = Signal()


def emit_steals_references() -> bool:
    """True if this PySide6 loses a reference to True on emit() or to None on a void call."""
    probe = _Probe()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(10):
        probe.ping.emit()
        probe.setObjectName("probe")  # a void method
    lost = max(true_before - sys.getrefcount(True), none_before - sys.getrefcount(None))
    probe.deleteLater()
    return lost >= 10


def guard_signal_emit() -> bool:
    """Apply the reserve once per process if needed; True if it was applied."""
    if not _state["checked"]:
        _state["checked"] = True
        if emit_steals_references():
            for value in (None, True, False):
                ctypes.c_ssize_t.from_address(id(value)).value += _RESERVE
            _state["patched"] = True
    return _state["patched"]

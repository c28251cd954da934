"""The reference guard: many emits and void calls from Python must not crash the interpreter."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import usu_desktop.tasks  # applies the guard
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class A(QObject):
    s = Signal(object)
a = A()
seen = []
a.s.connect(seen.append)
for i in range(20000):
    a.s.emit(None)  # returns True
    a.setObjectName("x")  # a void call: returns None
print(len(seen))
"""


def test_twenty_thousand_emits_and_void_calls_survive():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "20000"

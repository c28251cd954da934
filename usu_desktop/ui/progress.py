"""A modal progress dialog bound to one background task, with Cancel.

`run_with_progress` submits `fn(state, *args)` to the runner, shows the dialog and
spins a local event loop until the task ends; the UI stays responsive meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from usu_desktop.tasks.runner import TaskHandle, TaskStatus


@dataclass
class Outcome:
    status: TaskStatus
    result: Any = None
    error: BaseException | None = None


def run_with_progress(parent: QWidget | None, runner: Any, fn: Callable[..., Any], *args: Any,
                      title: str, label: str, cancellable: bool = True,
                      describe: Callable[[str], str] | None = None) -> Outcome:
    """Run and wait with a dialog; `describe` turns the worker's progress text into a label."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("Progress", "Cancel"))
    else:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    loop = QEventLoop()
    handle_box: list[TaskHandle] = []

    def on_progress(done: int, total: int, text: str) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        shown = describe(text) if describe is not None else text
        if shown:
            dialog.setLabelText(shown)

    def on_finished() -> None:
        loop.quit()

    dialog.canceled.connect(lambda: handle_box and handle_box[0].cancel())
    dialog.show()
    handle = runner.submit(fn, *args, on_progress=on_progress, on_finished=on_finished)
    handle_box.append(handle)
    if not handle.is_done():
        loop.exec()
    dialog.close()
    dialog.deleteLater()
    return Outcome(handle.status, handle.result, handle.error)

"""First run: a new database was just created; offer demo data and make it in the background.

The generator is the services' demo function, run through the task runner with a
progress dialog and Cancel. It is passed in, so tests can use a small fake.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from usu_desktop.tasks.runner import TaskCancelled, TaskState, TaskStatus
from usu_desktop.ui.context import AppContext
from usu_desktop.ui.progress import run_with_progress

DemoFn = Callable[..., Any]

# The demo generator reports stage codes; these are their labels.
STAGES = {
    "clients": QT_TRANSLATE_NOOP("FirstRun", "Creating patients…"),
    "invoices": QT_TRANSLATE_NOOP("FirstRun", "Creating invoices and payments…"),
    "saving": QT_TRANSLATE_NOOP("FirstRun", "Saving…"),
    "done": QT_TRANSLATE_NOOP("FirstRun", "Done."),
}


def stage_label(code: str) -> str:
    text = STAGES.get(code)
    return QCoreApplication.translate("FirstRun", text) if text else ""


def demo_worker(generate: DemoFn, database: Any) -> Callable[[TaskState], Any]:
    """Wrap `generate(db, progress=...)` as a task-runner worker.

    Cancel works through the progress callback: once cancelled it raises
    TaskCancelled inside the generator, whose transaction then rolls back.
    """
    accepted = set(inspect.signature(generate).parameters)

    def work(state: TaskState) -> Any:
        def progress(done: int, total: int = 0, text: str = "") -> None:
            if state.cancelled:
                raise TaskCancelled()
            state.progress(done, total, text)

        kwargs: dict[str, Any] = {}
        if "progress" in accepted:
            kwargs["progress"] = progress
        if "cancelled" in accepted:
            kwargs["cancelled"] = lambda: state.cancelled
        if "is_cancelled" in accepted:
            kwargs["is_cancelled"] = lambda: state.cancelled
        return generate(database, **kwargs)

    return work


def offer_demo_data(parent: QWidget | None, ctx: AppContext, generate: DemoFn | None,
                    ask: bool = True) -> bool:
    """Ask (unless `ask` is False) and load demo data; True if it was loaded."""
    if generate is None:
        return False
    if ask and not ctx.dialogs.confirm(
            parent, QCoreApplication.translate("FirstRun", "Welcome to USU Desktop"),
            QCoreApplication.translate("FirstRun", "A new, empty database has been created.\n\n"
                           "Would you like to fill it with demo clients, invoices and payments to try the "
                           "program? You can start a clean database later."),
            default_yes=True):
        return False
    outcome = run_with_progress(parent, ctx.runner, demo_worker(generate, ctx.database),
                                title=QCoreApplication.translate("FirstRun", "Demo data"),
                                label=QCoreApplication.translate("FirstRun", "Creating demo data…"),
                                describe=stage_label)
    if outcome.status is TaskStatus.FAILED and outcome.error is not None:
        title = QCoreApplication.translate("FirstRun", "Demo data could not be created")
        ctx.dialogs.show_error(parent, outcome.error, title)
        return False
    if outcome.status is TaskStatus.CANCELLED:
        ctx.dialogs.info(parent, QCoreApplication.translate("FirstRun", "Demo data"),
                         QCoreApplication.translate("FirstRun", "Creating demo data was cancelled."))
        return False
    return outcome.status is TaskStatus.SUCCEEDED

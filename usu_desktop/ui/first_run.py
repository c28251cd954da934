"""First run: a new database was just created; offer demo data and make it in the background.

The generator is the services' demo function, run through the task runner with a
progress dialog and Cancel. It is passed in, so tests can use a small fake.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from usu_desktop.tasks.runner import TaskState, TaskStatus
from usu_desktop.ui.context import AppContext
from usu_desktop.ui.progress import run_with_progress

DemoFn = Callable[..., Any]


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


def demo_worker(generate: DemoFn, database: Any) -> Callable[[TaskState], Any]:
    """Wrap `generate(db, progress=..., cancelled=...)` as a task-runner worker.

    Only the keyword arguments the generator accepts are passed.
    """
    accepted = set(inspect.signature(generate).parameters)

    def work(state: TaskState) -> Any:
        kwargs: dict[str, Any] = {}
        if "progress" in accepted:
            kwargs["progress"] = state.progress
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
            parent, _tr("Welcome to USU Desktop"),
            _tr("A new, empty database has been created.\n\n"
                "Would you like to fill it with demo clients, invoices and payments to try the "
                "program? You can start a clean database later."),
            default_yes=True):
        return False
    outcome = run_with_progress(parent, ctx.runner, demo_worker(generate, ctx.database),
                                title=_tr("Demo data"), label=_tr("Creating demo data…"))
    if outcome.status is TaskStatus.FAILED and outcome.error is not None:
        ctx.dialogs.show_error(parent, outcome.error, _tr("Demo data could not be created"))
        return False
    if outcome.status is TaskStatus.CANCELLED:
        ctx.dialogs.info(parent, _tr("Demo data"), _tr("Creating demo data was cancelled."))
        return False
    return outcome.status is TaskStatus.SUCCEEDED

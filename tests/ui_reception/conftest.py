"""Reception UI fixtures: a real SQLite file, the real main window and screens, dialogs
answered from a script (including modal dialogs, driven without a nested event loop)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from usu_desktop.app import make_context
from usu_desktop.domain.money import Money
from usu_desktop.storage.db import Database
from usu_desktop.tasks.runner import SyncTaskRunner, TaskHandle
from usu_desktop.ui import i18n
from usu_desktop.ui.dialogs import RecordingDialogs, Shown
from usu_desktop.ui.pages import load_screens

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "ui_reception" in str(item.path):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@dataclass
class ScriptedDialogs(RecordingDialogs):
    """Modal dialogs run a script (a function given the dialog) instead of exec()."""

    scripts: deque[Callable[[QDialog], Any]] = field(default_factory=deque)
    texts: deque[str | None] = field(default_factory=deque)

    def run(self, dialog: QDialog) -> bool:
        self.shown.append(Shown("dialog", dialog.windowTitle(), type(dialog).__name__))
        assert self.scripts, f"no script for {type(dialog).__name__}"
        self.scripts.popleft()(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    def ask_text(self, parent: Any, title: str, prompt: str) -> str | None:
        self.shown.append(Shown("ask_text", title, prompt))
        return self.texts.popleft() if self.texts else None

    def texts_of(self, kind: str) -> list[str]:
        return [s.text for s in self.shown if s.kind == kind]


class DeferredRunner:
    """Keeps submitted work until the test runs it, in any order (stale-result tests)."""

    def __init__(self) -> None:
        self.jobs: list[tuple[TaskHandle, Callable[..., Any], tuple[Any, ...]]] = []

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_success: Any = None,
        on_failure: Any = None,
        on_progress: Any = None,
        on_finished: Any = None,
        on_cancelled: Any = None,
        owner: Any = None,
    ) -> TaskHandle:
        handle = TaskHandle(on_success, on_failure, on_progress, on_finished, on_cancelled, owner=owner)
        self.jobs.append((handle, fn, args))
        return handle

    def run(self, index: int) -> None:
        handle, fn, args = self.jobs.pop(index)
        try:
            result, error = fn(handle.state, *args), None
        except BaseException as exc:
            result, error = None, exc
        handle._finish(result, error)

    def run_all(self) -> None:
        while self.jobs:
            self.run(0)


@pytest.fixture
def qsettings(tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    yield settings
    settings.sync()


@pytest.fixture
def database(tmp_path):
    db = Database.open(tmp_path / "clinic.sqlite")
    yield db
    db.close()


@pytest.fixture
def dialogs():
    return ScriptedDialogs()


@pytest.fixture
def ctx(qapp, database, qsettings, dialogs, tmp_path):
    i18n.install(qapp, "en")
    load_screens()
    return make_context(
        database,
        qsettings=qsettings,
        language="en",
        dialogs=dialogs,
        runner=SyncTaskRunner(),
        db_label=str(tmp_path / "clinic.sqlite"),
    )


@pytest.fixture
def window(qtbot, ctx):
    from usu_desktop.ui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.windowHandle().requestActivate()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    return w


@pytest.fixture
def services(ctx):
    """Three services on the price list: (id, price) by code."""
    inv = ctx.services.invoicing
    return {
        "CONS": (inv.add_service("CONS", "Consultation", Money("60.00", "EUR"), "0"), Money("60.00", "EUR")),
        "XRAY": (inv.add_service("XRAY", "X-ray", Money("45.50", "EUR"), "0.24"), Money("45.50", "EUR")),
        "BLOOD": (
            inv.add_service("BLOOD", "Blood test", Money("19.99", "EUR"), "0.13"),
            Money("19.99", "EUR"),
        ),
    }

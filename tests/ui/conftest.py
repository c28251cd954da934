"""UI fixtures: a real SQLite file, UI settings in an ini file, fake dialogs, a sync runner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from usu_desktop.app import make_context
from usu_desktop.storage.db import Database
from usu_desktop.tasks.runner import SyncTaskRunner
from usu_desktop.ui import i18n
from usu_desktop.ui.dialogs import RecordingDialogs

# The offscreen platform plugin warns whenever a top-level window with a layout is shown
# ("This plugin does not support propagateSizeHints()"). That is noise from the test
# platform, not from our code; every other warning still fails the test.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/ui/" in str(item.path).replace("\\", "/") or "tests/tasks/" in str(item.path):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


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
    return RecordingDialogs()


@pytest.fixture
def ctx(qapp, database, qsettings, dialogs, tmp_path):
    i18n.install(qapp, "en")
    return make_context(database, qsettings=qsettings, language="en", dialogs=dialogs,
                        runner=SyncTaskRunner(), db_label=str(tmp_path / "clinic.sqlite"))


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

"""The composition root: first run with demo data, opening errors, --self-test in a real process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from usu_desktop.app import Application, Options, database_target, parse_args
from usu_desktop.domain.permissions import Actor
from usu_desktop.services import demo
from usu_desktop.tasks.runner import SyncTaskRunner, TaskRunner
from usu_desktop.ui.dialogs import RecordingDialogs


def count(path, table):
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def small_demo(db, progress=None):
    return demo.generate(db, clients=12, invoices=30, progress=progress)


@pytest.fixture
def run_app(qapp, qsettings):
    made = []

    def make(db_path, dialogs, runner=None, demo_fn=small_demo, **options):
        application = Application(Options(db=str(db_path), lang="en", **options), qsettings=qsettings,
                                  dialogs=dialogs, runner=runner or SyncTaskRunner(), demo=demo_fn,
                                  sign_in=lambda _ctx: Actor("desk"))  # tests/people: the real one
        made.append(application)
        return application

    yield make
    for application in made:
        if application.window is not None:
            application.window.close()
            application.window.deleteLater()
        application.shutdown()


def test_first_run_asks_and_loads_demo_data(run_app, tmp_path):
    path = tmp_path / "new.sqlite"
    dialogs = RecordingDialogs.answering(confirms=[True])
    application = run_app(path, dialogs)
    assert application.start() is None
    assert dialogs.kinds() == ["confirm"] and "new, empty database" in dialogs.shown[0].text
    assert count(path, "clients") == 12
    assert application.window is not None and application.window.isVisible()


def test_first_run_declined_leaves_database_empty(run_app, tmp_path):
    path = tmp_path / "new.sqlite"
    application = run_app(path, RecordingDialogs.answering(confirms=[False]))
    assert application.start() is None
    assert path.exists() and count(path, "clients") == 0


def test_existing_database_is_not_a_first_run(run_app, tmp_path):
    path = tmp_path / "clinic.sqlite"
    run_app(path, RecordingDialogs.answering(confirms=[False])).start()
    dialogs = RecordingDialogs()
    assert run_app(path, dialogs).start() is None
    assert dialogs.shown == []


def test_demo_flag_loads_without_asking(run_app, tmp_path):
    path = tmp_path / "new.sqlite"
    dialogs = RecordingDialogs()
    run_app(path, dialogs, demo=True).start()
    assert dialogs.shown == [] and count(path, "clients") == 12


def test_demo_generation_in_background_can_be_cancelled(run_app, tmp_path):
    pool = QThreadPool()

    reached = []

    def slow_demo(db, progress=None):
        for i in range(400):
            progress(i, 400, "clients")
            reached.append(i)
            time.sleep(0.01)
        return small_demo(db)  # never reached when cancelled

    seen = {}

    def press_cancel():
        dialogs_open = [w for w in QApplication.topLevelWidgets()
                        if isinstance(w, QProgressDialog) and w.isVisible() and w.value() > 10]
        if not dialogs_open:
            QTimer.singleShot(20, press_cancel)
            return
        seen["label"] = dialogs_open[0].labelText()
        dialogs_open[0].findChild(QPushButton).click()  # what the user does

    QTimer.singleShot(150, press_cancel)
    path = tmp_path / "new.sqlite"
    dialogs = RecordingDialogs.answering(confirms=[True])
    assert run_app(path, dialogs, runner=TaskRunner(pool), demo_fn=slow_demo).start() is None
    assert pool.waitForDone(5000)
    assert len(reached) < 400  # stopped at the next progress report, not at the end
    assert seen["label"] == "Creating patients…"
    assert dialogs.kinds() == ["confirm", "info"] and "cancelled" in dialogs.shown[1].text
    assert count(path, "clients") == 0


def test_demo_failure_is_shown_as_text(run_app, tmp_path):
    def broken(db, progress=None):
        return demo.generate(db, clients=0, invoices=1, progress=progress)

    dialogs = RecordingDialogs.answering(confirms=[True])
    assert run_app(tmp_path / "n.sqlite", dialogs, demo_fn=broken).start() is None
    assert dialogs.kinds() == ["confirm", "error"]
    assert dialogs.shown[1].text == "Demo data needs at least one client."


def test_corrupt_database_gives_a_message_naming_the_file(run_app, tmp_path):
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(3000))
    dialogs = RecordingDialogs()
    assert run_app(path, dialogs).start() == 2
    assert dialogs.kinds() == ["error"]
    assert dialogs.shown[0].title == "The database cannot be opened"
    assert str(path) in dialogs.shown[0].text and "damaged" in dialogs.shown[0].text


def test_database_target_labels():
    assert database_target("postgresql://u:secret@db.local/usu") == (
        "postgresql://u:secret@db.local/usu", "postgresql://db.local/usu", False)
    opts = parse_args(["--db", "x.sqlite", "--lang", "fa", "--demo"])
    assert (opts.db, opts.lang, opts.demo, opts.self_test) == ("x.sqlite", "fa", True, False)


def _run(args, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    return subprocess.run([sys.executable, "-m", "usu_desktop", *args], capture_output=True, text=True,
                          timeout=120, env=env)


def test_self_test_exits_zero(tmp_path):
    done = _run(["--self-test", "--db", str(tmp_path / "st.sqlite"), "--lang", "fa"], tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("usu-desktop self-test ok")
    assert "language fa" in lines[0]


def test_self_test_on_a_locked_or_broken_file_fails_cleanly(tmp_path):
    path = tmp_path / "not-a-db.sqlite"
    path.write_text("hello, I am a text file")
    done = _run(["--self-test", "--db", str(path)], tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and str(path) in done.stderr


def test_database_from_a_newer_version_is_refused_with_a_message(run_app, tmp_path):
    from usu_desktop.storage.db import Database

    path = tmp_path / "future.sqlite"
    Database.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00000000009'")
    dialogs = RecordingDialogs()
    assert run_app(path, dialogs).start() == 2
    assert dialogs.kinds() == ["error"]
    assert "newer version of USU Desktop" in dialogs.shown[0].text and str(path) in dialogs.shown[0].text


def test_screenshot_tool_writes_a_png(tmp_path):
    out = tmp_path / "settings.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path / "cache"))
    tool = os.path.join(os.path.dirname(__file__), "..", "..", "tools", "screenshot.py")
    args = ["--db", str(tmp_path / "s.sqlite"), "--no-demo", "--settings", "--lang", "fa", "--out", str(out)]
    done = subprocess.run([sys.executable, tool, *args], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_self_test_fails_when_the_translation_catalog_is_missing(qapp, qsettings, tmp_path, monkeypatch,
                                                                  capsys):
    """A build without its compiled translations must not pass `--self-test`."""
    from usu_desktop.ui import i18n

    monkeypatch.setattr(i18n, "find_qm", lambda code: None)
    application = Application(Options(db=str(tmp_path / "st.sqlite"), lang="ru", self_test=True),
                              qsettings=qsettings, dialogs=RecordingDialogs(), runner=SyncTaskRunner())
    try:
        assert application.start() == 1
        assert "no translation catalog for ru" in capsys.readouterr().err
    finally:
        if application.window is not None:
            application.window.close()
            application.window.deleteLater()
        application.shutdown()
        i18n.install(qapp, "en")


START_PROBE = r"""
import sys
from PySide6.QtCore import QSettings, QTimer
from usu_desktop.app import Application, parse_args
from usu_desktop.domain.permissions import Actor
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
app = Application(parse_args(["--db", sys.argv[1], "--lang", "en"]), demo=False, qsettings=settings,
                  sign_in=lambda c: Actor("desk"))
assert app.start() is None
shown = sorted({m.split(".")[0] for m in sys.modules} & {"reportlab", "requests", "alembic", "schwifty"})
loaded = []
def later():
    loaded.extend(sorted({m.split(".")[0] for m in sys.modules} & {"requests"}))
    print(shown, loaded, app.ctx.sync_controller is not None, flush=True)
    app.shutdown()
    app.app.quit()
QTimer.singleShot(0, later)
app.app.exec()
"""


def test_the_window_is_shown_before_printing_and_the_bank_clients_are_loaded(tmp_path):
    """Cold start: the main window comes up on what its first page needs; the bank-sync schedule
    and the link watcher (HTTP clients) start right after the first paint; PDFs load on first use."""
    from usu_desktop.storage.db import Database

    path = tmp_path / "books.sqlite"
    Database.open(path).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", START_PROBE, str(path), str(tmp_path / "ui.ini")], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[] ['requests'] True"


def test_the_language_switches_without_a_restart(run_app, tmp_path, qtbot):
    from PySide6.QtCore import Qt

    from usu_desktop.ui import i18n

    path = tmp_path / "clinic.sqlite"
    application = run_app(path, RecordingDialogs.answering(confirms=[True]))
    assert application.start() is None
    old = application.window
    assert old is not None
    old.show_page("invoices")
    assert old.nav.item(0).text() == "Clients"
    try:
        application.ctx.events.language_changed.emit("ru")  # what Settings does on OK
        qtbot.waitUntil(lambda: application.window is not old)
        new = application.window
        assert new.isVisible() and not old.isVisible()
        assert new.current_key() == "invoices"  # the same page
        assert new.nav.item(0).text() == "Клиенты" and new.windowTitle() == "USU Desktop"
        assert application.ctx.language == "ru" and application.ctx.locale.language().name == "Russian"
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        for key in new.page_keys():  # every page builds in the new language
            new.show_page(key)
        application.ctx.events.status_message.emit("ok")  # the old window's slots are gone with it
        application.ctx.events.language_changed.emit("fa")
        qtbot.waitUntil(lambda: application.window is not new)
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert application.window.nav.item(0).text() == "مشتریان"
        assert i18n.calendar_name() == "jalali"
    finally:
        i18n.install(QApplication.instance(), "en")

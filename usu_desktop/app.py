"""The composition root: builds everything once and hands it down.

QApplication, UI-state settings (QSettings "USU"/"USU Desktop"), translators and
layout direction, the Database, the services, the task runner and scheduler, the
dialogs service and the main window. Nothing else creates these; screens receive
them through `AppContext`.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool, QTimer, QTimeZone
from PySide6.QtWidgets import QApplication, QWidget

from usu_desktop import __version__
from usu_desktop.domain.permissions import Actor
from usu_desktop.services.bundle import Services
from usu_desktop.storage.db import Database, default_path
from usu_desktop.tasks.gc import collect_on_gui_thread
from usu_desktop.tasks.runner import Runner, TaskRunner
from usu_desktop.tasks.scheduler import Scheduler
from usu_desktop.ui import i18n, theme
from usu_desktop.ui.banksync import start_background_sync
from usu_desktop.ui.context import AppContext
from usu_desktop.ui.dialogs import Dialogs
from usu_desktop.ui.errors import error_text
from usu_desktop.ui.first_run import offer_demo_data
from usu_desktop.ui.links import start_link_watch
from usu_desktop.ui.main_window import MainWindow
from usu_desktop.ui.pages import load_screens
from usu_desktop.ui.people.sign_in import sign_in_at_start
from usu_desktop.ui.settings_page import LANGUAGE_KEY

ORGANIZATION = "USU"
APPLICATION = "USU Desktop"

@dataclass
class Options:
    db: str | None = None
    lang: str | None = None
    self_test: bool = False
    demo: bool = False


def parse_args(argv: Sequence[str]) -> Options:
    parser = argparse.ArgumentParser(prog="usu-desktop", description="USU Desktop: accounting for clinics")
    parser.add_argument("--db", metavar="PATH|URL", help="SQLite file or database URL to open")
    parser.add_argument("--lang", metavar="CODE", choices=i18n.LANGUAGE_CODES,
                        help="interface language: " + ", ".join(i18n.LANGUAGE_CODES))
    parser.add_argument("--self-test", action="store_true",
                        help="open the database and the main window offscreen-capable, then exit")
    parser.add_argument("--demo", action="store_true",
                        help="on a new database, load demo data without asking")
    parser.add_argument("--version", action="version", version=f"usu-desktop {__version__}")
    ns, _qt_args = parser.parse_known_args(list(argv))
    return Options(db=ns.db, lang=ns.lang, self_test=ns.self_test, demo=ns.demo)


# --- pieces -----------------------------------------------------------------------------

def database_target(option: str | None) -> tuple[str, str, bool]:
    """(what to open, label for people, whether it is a new file)."""
    if option and "://" in option:
        if option.startswith("sqlite:///"):
            path = Path(option[len("sqlite:///"):])
            return option, str(path), not path.exists()
        from urllib.parse import urlsplit

        parts = urlsplit(option)
        host = parts.hostname or ""
        return option, f"{parts.scheme}://{host}{parts.path}", False
    path = Path(option).expanduser() if option else default_path()
    return str(path), str(path), not path.exists()


def _demo_generate(*args: Any, **kwargs: Any) -> Any:
    """services.demo, imported only when a new database takes the demo data."""
    from usu_desktop.services.demo import generate

    return generate(*args, **kwargs)


def build_services(database: Database, user: str = "desk") -> Services:
    """Every use-case service, built once on the one database; screens take the ones they need."""
    # Qt knows the desk's IANA zone on every platform (Python alone does not on Windows)
    return Services.build(database, user,
                          time_zone=QTimeZone.systemTimeZoneId().data().decode("ascii", "replace"))


def make_context(database: Database, *, qsettings: QSettings, language: str, dialogs: Dialogs,
                 runner: Runner, db_label: str, services: Services | None = None) -> AppContext:
    if services is None:
        services = build_services(database)
    return AppContext(database=database, services=services, runner=runner, dialogs=dialogs,
                      qsettings=qsettings, language=language, db_label=db_label, scheduler=Scheduler(runner))


class ConsoleDialogs(Dialogs):
    """For --self-test: never blocks; errors go to stderr, questions answer no."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        print(f"{title}: {text}", file=sys.stderr)

    warning = info

    def error(self, parent: QWidget | None, title: str, text: str, details: str | None = None) -> None:
        print(f"{title}: {text}", file=sys.stderr)

    def confirm(self, parent: QWidget | None, title: str, text: str, default_yes: bool = False) -> bool:
        return False


def ensure_qapplication(argv: Sequence[str]) -> QApplication:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "usu-desktop", *argv])
    assert isinstance(app, QApplication)
    return app


def choose_language(option: str | None, qsettings: QSettings) -> str:
    if option:
        return i18n.normalize_language(option)
    stored = qsettings.value(LANGUAGE_KEY)
    return i18n.normalize_language(str(stored)) if stored else i18n.system_language()


# --- the run ----------------------------------------------------------------------------

class Application:
    """One run of the desktop app; `start()` returns an exit code or None to enter exec()."""

    def __init__(self, options: Options, qsettings: QSettings | None = None, dialogs: Dialogs | None = None,
                 runner: Runner | None = None, demo: Callable[..., Any] | bool | None = True,
                 sign_in: Callable[[AppContext], Actor | None] | None = None) -> None:
        self.options = options
        self.app = ensure_qapplication([])
        self.collector = collect_on_gui_thread(self.app)  # QObjects are never freed on a worker thread
        self.qsettings = qsettings if qsettings is not None else QSettings(ORGANIZATION, APPLICATION)
        self.dialogs = dialogs or (ConsoleDialogs() if options.self_test else Dialogs())
        self.runner = runner or TaskRunner(QThreadPool.globalInstance())
        self._demo = _demo_generate if demo is True else (demo or None)
        self._sign_in = sign_in or sign_in_at_start
        self.database: Database | None = None
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.language = i18n.DEFAULT_LANGUAGE

    def start(self) -> int | None:
        started = time.monotonic()
        self.language = i18n.install(self.app, choose_language(self.options.lang, self.qsettings))
        theme.apply(self.app, rtl=i18n.is_rtl(self.language))
        self.app.setWindowIcon(theme.icon("usu-desktop"))
        target, label, is_new = database_target(self.options.db)
        try:
            self.database = Database.open(target)
        except Exception as exc:  # every opening failure becomes a message, never a traceback
            title = QCoreApplication.translate("Application", "The database cannot be opened")
            self.dialogs.error(None, title, error_text(exc, path=label))
            return 2
        load_screens()
        self.ctx = make_context(self.database, qsettings=self.qsettings, language=self.language,
                                dialogs=self.dialogs, runner=self.runner, db_label=label)
        i18n.use_calendar(self.ctx.services.settings.load().calendar)  # the clinic's choice, if any
        if not self.options.self_test:  # the self-test acts as the desk (an administrator)
            actor = self._sign_in(self.ctx)
            if actor is None:  # the sign-in was closed: nothing more to do
                self.shutdown()
                return 0
            self.ctx.services = self.ctx.services.as_user(actor)
        if is_new and (self.options.demo or not self.options.self_test):
            offer_demo_data(None, self.ctx, self._demo, ask=not self.options.demo)
        self.window = MainWindow(self.ctx)
        self.ctx.events.language_changed.connect(self.language_chosen)
        self.app.aboutToQuit.connect(self.shutdown)
        self.window.show()
        # Right after the first paint (not before it: they load the bank and mail clients)
        QTimer.singleShot(0, self.window, self.start_background)
        if self.options.self_test:
            return self.self_test(started)
        return None

    def language_chosen(self, code: str) -> None:
        """Switch after the slot that chose it has returned (it may run inside the old window)."""
        QTimer.singleShot(0, lambda: self.switch_language(code))

    def switch_language(self, code: str) -> None:
        """Use `code` from now on without a restart: translators, locale, calendar and direction
        change, and the window is built again in them on the same page (geometry kept). What runs
        in the background (sync schedule, link watcher) carries on; tasks a page had started are
        dropped with it (their owner is gone)."""
        if self.ctx is None or self.window is None:
            return
        calendar = self.ctx.services.settings.load().calendar
        self.language = self.ctx.language = i18n.install(self.app, code, calendar)
        theme.apply(self.app, rtl=i18n.is_rtl(self.language))
        old = self.window
        old.save_state()  # geometry and page: the new window restores them
        self.window = MainWindow(self.ctx)
        self.window.show()
        old.hide()
        old.deleteLater()

    def start_background(self) -> None:
        """The bank-sync schedule, then the link watcher (it refreshes links after each sync)."""
        if self.ctx is not None and self.database is not None:
            start_background_sync(self.ctx)
            start_link_watch(self.ctx)

    def self_test(self, started: float) -> int:
        assert self.window is not None and self.database is not None
        self.app.processEvents()
        for key in self.window.page_keys():
            self.window.show_page(key)
            self.app.processEvents()
        self.window.hide()
        pages = len(self.window.page_keys())
        self.shutdown()
        catalog = i18n.loaded_catalog()
        if self.language != "en" and catalog is None:  # a build without its compiled translations
            print(f"usu-desktop self-test failed: no translation catalog for {self.language}",
                  file=sys.stderr)
            return 1
        print(f"usu-desktop self-test ok: opened {self.window.ctx.db_label}, showed {pages} pages, "
              f"language {self.language}{f' ({catalog})' if catalog else ''}, "
              f"{time.monotonic() - started:.2f} s")
        return 0

    def shutdown(self) -> None:
        if self.ctx is not None and self.ctx.scheduler is not None:
            self.ctx.scheduler.stop_all()
        cancel_all = getattr(self.runner, "cancel_all", None)
        if callable(cancel_all):
            cancel_all()
        wait = getattr(self.runner, "wait_for_done", None)
        if callable(wait):
            wait(5000)
        if self.database is not None:
            self.database.close()
            self.database = None


def run(argv: Sequence[str] | None = None) -> int:
    options = parse_args(sys.argv[1:] if argv is None else argv)
    application = Application(options)
    code = application.start()
    if code is not None:
        return code
    return int(application.app.exec())

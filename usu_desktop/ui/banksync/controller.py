"""Runs of the bank sync from the GUI: "Sync now", the schedule, status text and notifications.

Every run goes through `ctx.runner` (the GUI thread never waits on the network). The schedule
is a `ctx.scheduler` job: it skips a tick while any run is going, doubles its interval after a
failure and returns to normal after the next success. The status bar learns the last
successful sync through `ctx.events.last_sync_changed`, with a warning while syncs fail or when
none has succeeded for three intervals.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

from usu_desktop.ui import theme
from usu_desktop.ui.banksync.texts import sync_error_text
from usu_desktop.ui.i18n import datetime_text, isolate

JOB_NAME = "banksync"
SILENCE_FACTOR = 3  # warn when no success for this many intervals


def local_time_text(locale: QLocale, when: datetime | None) -> str:
    """A stored naive-UTC time as the desk's local date and time."""
    return datetime_text(locale, when)


class SyncController(QObject):
    """One per app window; the page shows what it reports."""

    started = Signal()
    progressed = Signal(int, int, str)  # done, total, phase code
    finished = Signal(object, object)  # report or None, error or None
    status_changed = Signal(str, bool)  # text, is_warning

    def __init__(self, ctx: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.sync
        self.handle: Any = None
        self.job: Any = None
        self.last_error: BaseException | None = None
        self.failing_since: datetime | None = None
        self.tray: QSystemTrayIcon | None = None
        self.notifications: list[str] = []
        self._watch = QTimer(self)
        self._watch.setInterval(60_000)
        self._watch.timeout.connect(self.update_status)
        self._watch.start()

    # --- runs ------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.handle is not None or (self.job is not None and self.job.running)

    def sync_now(self) -> bool:
        """Start a run with progress; False if one is already going."""
        if self.running:
            return False
        self.started.emit()
        handle = self.ctx.runner.submit(
            self.service.run, on_success=self._succeeded, on_failure=self._failed,
            on_progress=lambda done, total, text: self.progressed.emit(done, total, text),
            on_cancelled=self._cancelled, on_finished=self._handle_done, owner=self)
        if not handle.is_done():
            self.handle = handle
        return True

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
        if self.job is not None and self.job.running:
            self.job.stop()
            self.job.start()  # stop() cancels the run; keep the schedule

    def _handle_done(self) -> None:
        self.handle = None

    def _scheduled_run(self, state: Any) -> Any:
        """The worker of the schedule; a manual run going on makes it a no-op."""
        if self.handle is not None:
            return None
        return self.service.run(state)

    def schedule(self, minutes: int | None, *, interval_ms: int | None = None) -> None:
        """Sync every `minutes` in the background (None: stop the schedule)."""
        if self.ctx.scheduler is None:
            return
        if minutes is None and interval_ms is None:
            if self.job is not None:
                self.job.stop()
                self.job = None
            return
        ms = interval_ms if interval_ms is not None else int(minutes or 15) * 60_000
        if self.job is not None and self.job.active and self.job.base_interval_ms == ms:
            return  # already on this schedule
        self.job = self.ctx.scheduler.add(JOB_NAME, self._scheduled_run, ms)
        self.job.started.connect(self.started)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.start()

    # --- outcomes --------------------------------------------------------------
    def _succeeded(self, report: Any) -> None:
        if report is None:  # a scheduled tick that gave way to a manual run
            return
        self.last_error = None
        self.failing_since = None
        self.finished.emit(report, None)
        if report.booked:
            self.notify(report.booked, report.unmatched)
        self.update_status()

    def _failed(self, error: BaseException) -> None:
        self.last_error = error
        if self.failing_since is None:
            self.failing_since = datetime.now(UTC)
        self.finished.emit(None, error)
        self.update_status()

    def _cancelled(self) -> None:
        self.finished.emit(None, None)
        self.update_status()

    def status_text(self) -> tuple[str, bool]:
        locale = self.ctx.locale
        last = self.service.last_success()
        when = isolate(local_time_text(locale, last.finished_at)) if last is not None else ""
        if self.last_error is not None:
            text = QCoreApplication.translate("BankSync", "Bank sync is failing: {error}")
            text = text.format(error=sync_error_text(self.last_error))
            if when:
                since = QCoreApplication.translate("BankSync", "(last successful sync {time})")
                text += " " + since.format(time=when)
            return text, True
        if last is None or last.finished_at is None:
            return QCoreApplication.translate("BankSync", "Bank sync: not synchronised yet"), False
        if self.job is not None:
            quiet_s = (datetime.now(UTC).replace(tzinfo=None) - last.finished_at).total_seconds()
            if quiet_s * 1000 > SILENCE_FACTOR * self.job.base_interval_ms:
                silent = QCoreApplication.translate("BankSync", "No successful bank sync since {time}")
                return silent.format(time=when), True
        return QCoreApplication.translate("BankSync", "Last bank sync: {time}").format(time=when), False

    def update_status(self) -> None:
        text, warning = self.status_text()
        self.ctx.events.last_sync_changed.emit(("⚠ " if warning else "") + text)
        self.status_changed.emit(text, warning)

    # --- notifications --------------------------------------------------------------
    def notify(self, booked: int, unmatched: int) -> None:
        """A desktop message when payments arrive (the status bar when there is no tray)."""
        text = QCoreApplication.translate("BankSync", "{count} new payment(s) arrived from the exchange.")
        text = text.format(count=self.ctx.locale.toString(booked))
        if unmatched:
            text += " " + QCoreApplication.translate("BankSync", "{count} need(s) a person to match.").format(
                count=self.ctx.locale.toString(unmatched))
        self.notifications.append(text)
        if QGuiApplication.platformName() != "offscreen" and QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(theme.icon("usu-desktop"), self)
                self.tray.show()
            title = QCoreApplication.translate("BankSync", "New payments")
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
        else:
            self.ctx.events.status_message.emit(text)

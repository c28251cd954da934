"""Periodic background jobs (bank sync every N minutes) on a QTimer.

A tick that finds the previous run still going is skipped, never queued. After a
failure the interval doubles (base * 2**failures) up to `max_interval_ms`; the first
success brings it back to the base interval. Runs go through the task runner, so the
job function is a normal worker `fn(state)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from usu_desktop.tasks.runner import Runner, TaskHandle


class ScheduledJob(QObject):
    """One periodic job. Signals report on the GUI thread, e.g. for "last sync" text."""

    started = Signal()
    succeeded = Signal(object)
    failed = Signal(object)
    skipped = Signal()

    def __init__(self, runner: Runner, fn: Callable[..., Any], interval_ms: int,
                 max_interval_ms: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if interval_ms <= 0:
            raise ValueError("interval_ms must be positive")
        self._runner = runner
        self._fn = fn
        self.base_interval_ms = interval_ms
        self.max_interval_ms = max(max_interval_ms or interval_ms * 32, interval_ms)
        self.failures = 0
        self.runs = 0
        self.skips = 0
        self._handle: TaskHandle | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.run_now)

    # --- control -------------------------------------------------------------
    def start(self, run_at_once: bool = False) -> None:
        self._timer.start()
        if run_at_once:
            self.run_now()

    def stop(self) -> None:
        """Stop ticking and ask a running worker to cancel."""
        self._timer.stop()
        if self._handle is not None:
            self._handle.cancel()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def running(self) -> bool:
        return self._handle is not None

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        self.base_interval_ms = interval_ms
        self._timer.setInterval(self._next_interval())

    # --- one run -------------------------------------------------------------
    def run_now(self) -> bool:
        """Start a run unless one is going; True if a run was started."""
        if self._handle is not None:
            self.skips += 1
            self.skipped.emit()
            return False
        self.runs += 1
        self.started.emit()
        handle = self._runner.submit(self._fn, on_success=self._ok, on_failure=self._fail,
                                     on_finished=self._done)
        if not handle.is_done():
            self._handle = handle
        return True

    def _next_interval(self) -> int:
        if self.failures == 0:
            return self.base_interval_ms
        factor = 2 ** min(self.failures, 30)
        return int(min(self.base_interval_ms * factor, self.max_interval_ms))

    def _ok(self, result: object) -> None:
        self.failures = 0
        self._timer.setInterval(self._next_interval())
        self.succeeded.emit(result)

    def _fail(self, error: BaseException) -> None:
        self.failures += 1
        self._timer.setInterval(self._next_interval())
        self.failed.emit(error)

    def _done(self) -> None:
        self._handle = None


class Scheduler(QObject):
    """Owns the periodic jobs of the running app; `stop_all()` on shutdown."""

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.jobs: dict[str, ScheduledJob] = {}

    def add(self, name: str, fn: Callable[..., Any], interval_ms: int,
            max_interval_ms: int | None = None) -> ScheduledJob:
        if name in self.jobs:
            self.jobs[name].stop()
        job = ScheduledJob(self._runner, fn, interval_ms, max_interval_ms, parent=self)
        self.jobs[name] = job
        return job

    def stop_all(self) -> None:
        for job in self.jobs.values():
            job.stop()

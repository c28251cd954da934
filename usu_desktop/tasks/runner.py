"""One way to run background work (Orange's TaskState, Anki's CollectionOp).

`runner.submit(fn, *args, on_success=..., on_failure=..., on_progress=..., on_finished=...)`
runs `fn(state, *args)` on a QThreadPool thread. The worker reports with
`state.progress(done, total, text)` and checks `state.cancelled` now and then (or calls
`state.check_cancelled()`, which raises `TaskCancelled`). Results, errors and progress
come back to the GUI thread through queued signals; callbacks always run there.
Progress is coalesced: a fast worker cannot flood the event loop.

`owner=widget` ties the task to the QObject its callbacks update: once the owner is
destroyed (a page closed while its task runs), the task is cancelled and none of its
callbacks run, so a late result never reaches a deleted widget. Callbacks that must run
regardless (a wait cursor, a busy flag elsewhere) belong to a task without an owner.

`SyncTaskRunner` has the same interface and runs everything at once, in the caller's
thread; most UI tests use it.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from enum import StrEnum
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Callback = Callable[..., None] | None


class TaskCancelled(Exception):
    """Raised inside a worker by `state.check_cancelled()` to stop early."""


class TaskStatus(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


class TaskState:
    """What the worker sees: progress reporting and the cancel flag. Thread-safe."""

    def __init__(self, notify: Callable[[], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._progress: tuple[int, int, str] | None = None
        self._notify = notify

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        """Report progress; only the newest value reaches the GUI if it falls behind."""
        with self._lock:
            first = self._progress is None
            self._progress = (int(done), int(total), str(text))
        if first and self._notify is not None:
            self._notify()

    def take_progress(self) -> tuple[int, int, str] | None:
        with self._lock:
            value, self._progress = self._progress, None
        return value


class _Outcome:
    """What a finished worker hands back. Signals carry this box, never a bare None:
    PySide mis-counts references to None passed through queued `object` signals."""

    __slots__ = ("error", "result")

    def __init__(self, result: object, error: BaseException | None) -> None:
        self.result = result
        self.error = error


class _Relay(QObject):
    """Lives in the GUI thread; the worker only emits its signals (thread-safe in Qt)."""

    progressed = Signal()
    done = Signal(object)  # _Outcome

    def __init__(self, handle: TaskHandle, owner: QObject | None) -> None:
        super().__init__()
        self._handle = handle
        self.progressed.connect(self._on_progress)
        self.done.connect(self._on_done)
        if owner is not None:  # disconnected when this relay goes, so owners gather no connections
            owner.destroyed.connect(self._on_owner_gone)

    @Slot()
    def _on_owner_gone(self) -> None:
        self._handle.cancel()  # the worker may stop early; its result would be dropped anyway

    @Slot()
    def _on_progress(self) -> None:
        self._handle._deliver_progress()

    @Slot(object)
    def _on_done(self, outcome: _Outcome) -> None:
        self._handle._deliver_progress()
        self._handle._finish(outcome.result, outcome.error)


class TaskHandle:
    """A submitted task: `cancel()` it, read its `status`, `result` or `error`."""

    def __init__(self, on_success: Callback, on_failure: Callback, on_progress: Callback,
                 on_finished: Callback, on_cancelled: Callback,
                 forget: Callable[[TaskHandle], None] | None = None, owner: QObject | None = None) -> None:
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._on_finished = on_finished
        self._on_cancelled = on_cancelled
        self._forget = forget
        self.status = TaskStatus.PENDING
        self.result: Any = None
        self.error: BaseException | None = None
        self.state = TaskState()
        self._owner = weakref.ref(owner) if owner is not None else None

    def cancel(self) -> None:
        """Ask the worker to stop; its result, if any, is dropped."""
        self.state.cancel()

    @property
    def cancelled(self) -> bool:
        return self.state.cancelled

    def is_done(self) -> bool:
        return self.status in (TaskStatus.SUCCEEDED, TaskStatus.FAILED, TaskStatus.CANCELLED)

    @property
    def orphaned(self) -> bool:
        """True once the owner is destroyed: nothing is delivered any more."""
        if self._owner is None:
            return False
        owner = self._owner()
        return owner is None or not shiboken6.isValid(owner)

    def _deliver_progress(self) -> None:
        value = self.state.take_progress()
        if value is not None and self._on_progress is not None and not self.is_done() and not self.orphaned:
            self._on_progress(*value)

    def _finish(self, result: object, error: object) -> None:
        if self.orphaned:
            self.state.cancel()
            self.status = TaskStatus.CANCELLED
            if self._forget is not None:
                self._forget(self)
            return
        try:
            if self.state.cancelled or isinstance(error, TaskCancelled):
                self.status = TaskStatus.CANCELLED
                if self._on_cancelled is not None:
                    self._on_cancelled()
            elif error is not None:
                assert isinstance(error, BaseException)
                self.status = TaskStatus.FAILED
                self.error = error
                if self._on_failure is not None:
                    self._on_failure(error)
            else:
                self.status = TaskStatus.SUCCEEDED
                self.result = result
                if self._on_success is not None:
                    self._on_success(result)
        finally:
            if self._on_finished is not None:
                self._on_finished()
            if self._forget is not None:
                self._forget(self)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], state: TaskState,
                 relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._args, self._state, self._relay = fn, args, state, relay

    def run(self) -> None:
        result: object = None
        error: BaseException | None = None
        if self._state.cancelled:
            error = TaskCancelled()
        else:
            try:
                result = self._fn(self._state, *self._args)
            except BaseException as exc:  # every failure goes back to the GUI
                error = exc
        self._relay.done.emit(_Outcome(result, error))


class Runner(Protocol):
    """What screens and the scheduler use of a runner: TaskRunner, SyncTaskRunner, or a test's own."""

    def submit(self, fn: Callable[..., Any], *args: Any, on_success: Callback = None,
               on_failure: Callback = None, on_progress: Callback = None,
               on_finished: Callback = None, on_cancelled: Callback = None) -> TaskHandle: ...


class TaskRunner:
    """Runs workers on a QThreadPool; callbacks arrive on the thread that submitted."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._live: dict[int, tuple[TaskHandle, _Relay]] = {}

    def submit(self, fn: Callable[..., Any], *args: Any, on_success: Callback = None,
               on_failure: Callback = None, on_progress: Callback = None,
               on_finished: Callback = None, on_cancelled: Callback = None,
               owner: QObject | None = None) -> TaskHandle:
        handle = TaskHandle(on_success, on_failure, on_progress, on_finished, on_cancelled,
                            forget=self._forget, owner=owner)
        relay = _Relay(handle, owner)
        handle.state._notify = relay.progressed.emit
        self._live[id(handle)] = (handle, relay)
        handle.status = TaskStatus.RUNNING
        self._pool.start(_Job(fn, args, handle.state, relay))
        return handle

    def _forget(self, handle: TaskHandle) -> None:
        entry = self._live.pop(id(handle), None)
        if entry is not None:
            entry[1].deleteLater()

    @property
    def active_count(self) -> int:
        return len(self._live)

    def cancel_all(self) -> None:
        for handle, _relay in list(self._live.values()):
            handle.cancel()

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (for shutdown); queued callbacks still need the event loop."""
        return self._pool.waitForDone(msecs)


class SyncTaskRunner:
    """The same interface, run at once in the caller's thread (for tests)."""

    def __init__(self) -> None:
        self.submitted: list[TaskHandle] = []

    def submit(self, fn: Callable[..., Any], *args: Any, on_success: Callback = None,
               on_failure: Callback = None, on_progress: Callback = None,
               on_finished: Callback = None, on_cancelled: Callback = None,
               owner: QObject | None = None) -> TaskHandle:
        handle = TaskHandle(on_success, on_failure, on_progress, on_finished, on_cancelled, owner=owner)
        handle.state._notify = None
        self.submitted.append(handle)

        def report(done: int, total: int = 0, text: str = "") -> None:
            if on_progress is not None and not handle.orphaned:
                on_progress(int(done), int(total), str(text))

        handle.state.progress = report  # type: ignore[method-assign]
        handle.status = TaskStatus.RUNNING
        result: object = None
        error: BaseException | None = None
        try:
            result = fn(handle.state, *args)
        except BaseException as exc:
            error = exc
        handle._finish(result, error)
        return handle

    @property
    def active_count(self) -> int:
        return 0

    def cancel_all(self) -> None:
        """Nothing runs in the background here."""

    def wait_for_done(self, msecs: int = -1) -> bool:
        return True

"""The task runner: results on the GUI thread, cancel, progress, a responsive UI."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread, QThreadPool, QTimer

from usu_desktop.tasks.runner import SyncTaskRunner, TaskCancelled, TaskRunner, TaskStatus


@pytest.fixture
def runner(qapp):
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    r = TaskRunner(pool)
    yield r
    r.cancel_all()
    pool.waitForDone(5000)


def test_result_arrives_on_gui_thread(qtbot, runner):
    seen = {}

    def work(state, a, b):
        seen["worker"] = QThread.currentThread()
        return a + b

    def ok(result):
        seen["result"] = result
        seen["callback"] = QThread.currentThread()

    with qtbot.waitSignal(_finished_signal(runner, work, 2, 3, on_success=ok), timeout=5000):
        pass
    assert seen["result"] == 5
    assert seen["callback"] is qapp_thread()
    assert seen["worker"] is not qapp_thread()


def qapp_thread():
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.instance().thread()


def _finished_signal(runner, fn, *args, **callbacks):
    """Submit and return a signal-like object fired when on_finished runs."""
    from PySide6.QtCore import QObject, Signal

    class Done(QObject):
        fired = Signal()

    done = Done()
    runner._test_done = done  # keep alive
    runner.submit(fn, *args, on_finished=done.fired.emit, **callbacks)
    return done.fired


def test_failure_is_delivered_with_the_exception(qtbot, runner):
    errors = []

    def work(state):
        raise ValueError("boom")

    with qtbot.waitSignal(_finished_signal(runner, work, on_failure=errors.append), timeout=5000):
        pass
    assert len(errors) == 1 and isinstance(errors[0], ValueError)


def test_cancel_stops_worker_and_drops_result(qtbot, runner):
    started = threading.Event()
    results, cancelled = [], []

    loops = []

    def work(state):
        started.set()
        for i in range(500):
            state.check_cancelled()
            loops.append(i)
            time.sleep(0.01)
        return "finished"

    handle = runner.submit(work, on_success=results.append, on_cancelled=lambda: cancelled.append(1))
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(handle.is_done, timeout=5000)
    assert len(loops) < 500  # the worker stopped at its next check, not at the end
    assert handle.status is TaskStatus.CANCELLED
    assert results == [] and cancelled == [1]


def test_progress_is_reported_and_coalesced(qtbot, runner):
    progress = []

    def work(state):
        for i in range(1, 1001):
            state.progress(i, 1000, "step")
        return "ok"

    handle = runner.submit(work, on_progress=lambda d, t, s: progress.append((d, t, s)))
    qtbot.waitUntil(handle.is_done, timeout=5000)
    assert progress, "no progress delivered"
    assert progress[-1] == (1000, 1000, "step")
    assert len(progress) < 1000  # coalesced, not one event per call
    assert [p[0] for p in progress] == sorted(p[0] for p in progress)


def test_ui_keeps_ticking_while_worker_sleeps(qtbot, runner):
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()

    def slow(state):
        time.sleep(0.4)
        return 1

    handle = runner.submit(slow)
    qtbot.waitUntil(handle.is_done, timeout=5000)
    timer.stop()
    assert len(ticks) >= 10  # a frozen GUI thread would manage 0-1


def test_sync_runner_same_interface():
    runner = SyncTaskRunner()
    out, prog, fin = [], [], []

    def work(state, x):
        state.progress(1, 2, "half")
        return x * 2

    h = runner.submit(work, 21, on_success=out.append, on_progress=lambda *a: prog.append(a),
                      on_finished=lambda: fin.append(1))
    assert out == [42] and prog == [(1, 2, "half")] and fin == [1]
    assert h.status is TaskStatus.SUCCEEDED

    def cancels(state):
        raise TaskCancelled()

    assert runner.submit(cancels).status is TaskStatus.CANCELLED


def test_a_destroyed_owner_gets_nothing(qtbot, runner):
    """The owner goes while its task runs: the task is cancelled, and the result, progress and
    finish that come back afterwards are dropped instead of reaching a deleted object."""
    from PySide6.QtCore import QObject

    started, release = threading.Event(), threading.Event()
    called = []

    def work(state):
        started.set()
        release.wait(5)
        state.progress(1, 2, "late")
        return "late"

    owner = QObject()
    handle = runner.submit(work, owner=owner, on_success=called.append, on_failure=called.append,
                           on_progress=lambda *a: called.append(a), on_cancelled=lambda: called.append("c"),
                           on_finished=lambda: called.append("f"))
    assert started.wait(5)
    with qtbot.waitSignal(owner.destroyed, timeout=5000):
        owner.deleteLater()
    assert handle.cancelled  # the worker may stop early
    release.set()
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=5000)
    assert handle.status is TaskStatus.CANCELLED and handle.orphaned
    assert called == []


def test_a_live_owner_gets_its_result(qtbot, runner):
    from PySide6.QtCore import QObject

    owner = QObject()
    got = []
    with qtbot.waitSignal(_finished_signal(runner, lambda _s: 7, owner=owner, on_success=got.append),
                          timeout=5000):
        pass
    assert got == [7] and owner.objectName() == ""


def test_sync_runner_drops_what_a_deleted_owner_would_get(qapp):
    import shiboken6
    from PySide6.QtCore import QObject

    owner, called = QObject(), []

    def work(_state):
        shiboken6.delete(owner)  # the owner goes while the work runs
        return 1

    handle = SyncTaskRunner().submit(work, owner=owner, on_success=called.append,
                                     on_finished=lambda: called.append("f"))
    assert called == [] and handle.status is TaskStatus.CANCELLED

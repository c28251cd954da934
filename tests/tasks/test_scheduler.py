"""Scheduler: periodic runs, skipped busy ticks, exponential back-off and recovery."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool

from usu_desktop.tasks.runner import SyncTaskRunner, TaskRunner
from usu_desktop.tasks.scheduler import ScheduledJob, Scheduler


def test_backoff_doubles_to_cap_and_resets_on_success(qapp):
    outcome = {"fail": True}

    def job(state):
        if outcome["fail"]:
            raise ConnectionError("exchange down")
        return "ok"

    j = ScheduledJob(SyncTaskRunner(), job, interval_ms=100, max_interval_ms=700)
    seen = []
    for _ in range(5):
        j.run_now()
        seen.append(j.interval_ms)
    assert seen == [200, 400, 700, 700, 700]
    assert j.failures == 5
    outcome["fail"] = False
    j.run_now()
    assert j.interval_ms == 100 and j.failures == 0


def test_ticks_run_periodically_and_recover(qtbot):
    calls = []

    def job(state):
        calls.append(1)
        if len(calls) <= 2:
            raise RuntimeError("fail")
        return len(calls)

    sched = Scheduler(SyncTaskRunner())
    j = sched.add("sync", job, interval_ms=20, max_interval_ms=80)
    good = []
    j.succeeded.connect(good.append)
    j.start()
    qtbot.waitUntil(lambda: len(good) >= 2, timeout=3000)
    sched.stop_all()
    assert not j.active
    assert j.interval_ms == 20 and j.failures == 0


def test_busy_tick_is_skipped(qtbot):
    pool = QThreadPool()
    release = threading.Event()
    runs = []

    def slow(state):
        runs.append(1)
        release.wait(5)
        return "done"

    j = ScheduledJob(TaskRunner(pool), slow, interval_ms=15)
    j.start(run_at_once=True)
    qtbot.waitUntil(lambda: j.skips >= 3, timeout=3000)
    assert len(runs) == 1 and j.running
    release.set()
    qtbot.waitUntil(lambda: not j.running, timeout=3000)
    j.stop()
    pool.waitForDone(3000)
    assert j.runs >= 1 and len(runs) == j.runs

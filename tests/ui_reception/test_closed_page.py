"""A screen closed while its background work runs: the late answer is dropped, not written into
deleted widgets (it used to be 'Internal C++ object (QLabel) already deleted')."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool

from usu_desktop.app import make_context
from usu_desktop.tasks.runner import TaskRunner
from usu_desktop.ui import i18n
from usu_desktop.ui.pages import load_screens


@pytest.fixture
def pool(qapp):
    pool = QThreadPool()
    yield pool
    pool.waitForDone(5000)


def test_invoice_totals_after_the_page_closed(qtbot, qapp, database, qsettings, dialogs, tmp_path, pool,
                                              monkeypatch):
    from usu_desktop.ui.invoices.page import InvoicesPage

    i18n.install(qapp, "en")
    load_screens()
    runner = TaskRunner(pool)
    ctx = make_context(database, qsettings=qsettings, language="en", dialogs=dialogs, runner=runner,
                       db_label=str(tmp_path / "clinic.sqlite"))
    started, release = threading.Event(), threading.Event()
    svc = ctx.services.reception
    real_totals = svc.invoice_totals

    def held_totals(f, cancelled=None):
        started.set()
        release.wait(5)
        return real_totals(f)  # the full answer, as if the scan had just finished

    monkeypatch.setattr(svc, "invoice_totals", held_totals)
    page = InvoicesPage(ctx)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    delivered = []
    real_in = page._totals_in
    page._totals_in = lambda gen, t: (delivered.append(t), real_in(gen, t))
    page.show()
    page.update_totals()
    task = page._totals_task
    assert started.wait(5)

    with qtbot.waitSignal(page.destroyed, timeout=5000):
        page.close()
    release.set()
    qtbot.waitUntil(task.is_done, timeout=5000)
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=5000)  # the model's own tasks too
    assert delivered == []

#!/usr/bin/env python3
"""How the reception lists feel on a big clinic: 200,000 patients, 2,000,000 invoices.

Drives the real widgets offscreen with the real background runner and prints:
time to open the invoice list (first rows on screen), time per search keystroke,
time to jump to the last row, time to open a patient card with 500 invoices, and
the process's peak memory. Targets: < 300 ms, < 100 ms, < 100 ms, < 200 ms, < 500 MB.

  python benchmarks/bench_lists.py                   # builds benchmarks/.cache/ db once
  python benchmarks/bench_lists.py --clients 20000 --invoices 200000
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from big_db import ensure
from PySide6.QtCore import QEventLoop, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from usu_desktop.app import make_context
from usu_desktop.services.reception import ReceptionService
from usu_desktop.storage.db import Database
from usu_desktop.tasks.runner import TaskRunner
from usu_desktop.ui import i18n
from usu_desktop.ui.dialogs import RecordingDialogs
from usu_desktop.ui.pages import load_screens
from usu_desktop.ui.tables.common import slow_runner


def wait(app: QApplication, done: Callable[[], bool], timeout: float = 60.0) -> float:
    """Spin the event loop until `done()`; returns the seconds it took."""
    start = time.perf_counter()
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if time.perf_counter() - start > timeout:
            raise TimeoutError("benchmark step did not finish")
        time.sleep(0.0002)
    return time.perf_counter() - start


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=200_000)
    parser.add_argument("--invoices", type=int, default=2_000_000)
    ns = parser.parse_args(argv)
    path, card_client = ensure(ns.clients, ns.invoices)
    app = QApplication.instance() or QApplication([])
    i18n.install(app, "en")
    load_screens()
    db = Database.open(path, backup=False)
    tmp = tempfile.mkdtemp()
    qsettings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner(QThreadPool.globalInstance())
    ctx = make_context(
        db, qsettings=qsettings, language="en", dialogs=RecordingDialogs(), runner=runner, db_label=str(path)
    )
    from usu_desktop.ui.clients.page import ClientsPage
    from usu_desktop.ui.invoices.page import InvoicesPage

    print(f"database: {path.name} ({ns.clients:,} patients, {ns.invoices:,} invoices)")
    results: dict[str, float] = {}

    # 1. open the invoice list: page built, first rows loaded and painted (twice: the first time in
    #    a session also pays for imports and SQLAlchemy's statement compilation)
    opens = []
    for _attempt in range(3):
        start = time.perf_counter()
        page = InvoicesPage(ctx)
        page.resize(1200, 760)
        page.show()
        model = page.model
        wait(app, lambda m=model: m.source is not None and m.rowCount() > 0)
        page.view.viewport().repaint()
        opens.append(time.perf_counter() - start)
        if _attempt < 2:
            page.close()
            page.deleteLater()
            wait(app, lambda: slow_runner(ctx).active_count == 0 and runner.active_count == 0)
    results["open"] = opens[-1]
    print(f"open invoice list, first in session    {ms(opens[0])}")
    count_wait = wait(app, lambda: model.total is not None)
    totals_wait = wait(app, lambda: page.totals_value is not None)
    print(f"open invoice list (first rows shown)   {ms(results['open'])}   target < 300 ms")
    print(f"  row count {model.total:,} known after      {ms(results['open'] + count_wait)}   (background)")
    print(
        f"  totals bar after                       {ms(results['open'] + count_wait + totals_wait)}"
        "   (background)"
    )

    # 2. jump to the last row (Ctrl+End): the last page is read from the far end
    start = time.perf_counter()
    page.view.setFocus()
    page.view.scrollToBottom()
    last = model.rowCount() - 1
    page.view.select_row(last)
    page.view.viewport().repaint()
    row = model.row_at(last)
    results["last"] = time.perf_counter() - start
    print(f"jump to the last row                   {ms(results['last'])}   target < 100 ms   ({row.number})")

    # 3. search keystrokes: each prefix of a name and of an invoice number
    keystrokes = []
    for word in ("Смирнов", "Ψάρρας", "Jónsdóttir", "INV-2026-00012"):
        for n in range(1, len(word) + 1):
            page.search.setText(word[:n])
            start = time.perf_counter()
            page.search.flush()
            wait(app, lambda: model.source is not None and model.source.filter.text == page.search.text())
            page.view.viewport().repaint()
            keystrokes.append(time.perf_counter() - start)
    page.search.setText("")
    page.search.flush()
    results["keystroke"] = statistics.median(keystrokes)
    print(
        f"search keystroke (median of {len(keystrokes)})        {ms(results['keystroke'])}   target < 100 ms"
        f"   (90th pct {ms(statistics.quantiles(keystrokes, n=10)[-1])}, max {ms(max(keystrokes))})"
    )
    runner.wait_for_done(60_000)
    wait(app, lambda: runner.active_count == 0)

    # 4. a patient card with 500 invoices
    clients = ClientsPage(ctx)
    clients.resize(1200, 760)
    clients.show()
    wait(app, lambda: clients.model.source is not None)
    card_keys = []
    for word in ("Иван", "Ólafur", "زهرا"):
        for n in range(1, len(word) + 1):
            clients.search.setText(word[:n])
            start = time.perf_counter()
            clients.search.flush()
            wait(
                app,
                lambda: (
                    clients.model.source is not None
                    and clients.model.source.filter.text == clients.search.text()
                ),
            )
            card_keys.append(time.perf_counter() - start)
    print(
        f"patient search keystroke (median of {len(card_keys)}) {ms(statistics.median(card_keys))}"
        f"   (max {ms(max(card_keys))})"
    )
    start = time.perf_counter()
    invoices = clients.card.invoices
    clients.show_client(card_client)
    gen = invoices.generation
    wait(
        app,
        lambda: (
            invoices._source_gen == gen
            and invoices.total is not None
            and invoices.rowCount() == invoices.total
        ),
    )
    clients.card.repaint()
    results["card"] = time.perf_counter() - start
    print(f"open patient card with {invoices.total} invoices    {ms(results['card'])}   target < 200 ms")

    runner.wait_for_done(60_000)
    wait(app, lambda: runner.active_count == 0)

    # 5. the same keystrokes as queries alone (no widgets, no other work running): what the
    #    database costs, apart from painting and from sharing the CPU with other threads
    from usu_desktop.storage.queries import InvoiceFilter

    svc = ReceptionService(db)
    alone = []
    for word in ("Смирнов", "Ψάρρας", "Jónsdóttir", "INV-2026-00012"):
        for n in range(1, len(word) + 1):
            start = time.perf_counter()
            svc.invoice_rows(svc.invoice_ids(InvoiceFilter(text=word[:n]), "issue_date", True, 0, 200))
            alone.append(time.perf_counter() - start)
    print(f"  search keystroke, query alone (median) {ms(statistics.median(alone))}"
          f"   (90th pct {ms(statistics.quantiles(alone, n=10)[-1])})")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory                            {peak:7.1f} MB   target < 500 MB")
    page.close()
    clients.close()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

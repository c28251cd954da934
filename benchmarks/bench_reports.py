"""Each report's time on a big clinic's books: 200,000 patients, 2,000,000 invoices. Target: < 1 s each.

Runs the real ReportService on the cached benchmark database (benchmarks/big_db.py builds it once) and
prints wall and CPU time per report, with the load average before and after:
  day end (one day), VAT summary (a month, a quarter, a year), revenue by service (a month),
  payments by day and channel (a quarter), ageing (as of today, and as of the books' last day), money
  waiting.

  python benchmarks/bench_reports.py                  # 200,000 / 2,000,000
  python benchmarks/bench_reports.py --clients 20000 --invoices 200000
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from big_db import TODAY, ensure

from usu_desktop.services.reports import Period, ReportService
from usu_desktop.storage.db import Database

TARGET_S = 1.0
ZONE = "Europe/Athens"


def timed(label: str, fn: Callable[[], object]) -> float:
    fn()  # warm the file cache and the statement cache once, as a desk does on its second look
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    rows = len(getattr(result, "rows", ()) or ())
    flag = "ok" if wall < TARGET_S else "OVER"
    print(f"  {label:<38} {wall * 1000:8.0f} ms wall {cpu * 1000:8.0f} ms cpu  {rows:>7} rows  {flag}")
    return wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=200_000)
    parser.add_argument("--invoices", type=int, default=2_000_000)
    ns = parser.parse_args(argv)
    path, _card = ensure(ns.clients, ns.invoices)
    print(f"books: {path.name}; load average {os.getloadavg()}")
    db = Database.open(path)
    reports = ReportService(db)
    day = TODAY - timedelta(days=1)
    month = Period(day.replace(day=1), day, ZONE)
    quarter = Period(date(day.year, 7, 1), date(day.year, 9, 30), ZONE)
    year = Period(date(day.year, 1, 1), date(day.year, 12, 31), ZONE)
    times = [
        timed("day end, one day", lambda: reports.day_end(Period(day, day, ZONE))),
        timed("VAT summary, a month", lambda: reports.vat_summary(month)),
        timed("VAT summary, a quarter", lambda: reports.vat_summary(quarter)),
        timed("VAT summary, a year", lambda: reports.vat_summary(year)),
        timed("revenue by service, a month", lambda: reports.revenue(month)),
        timed("payments by day and channel, a quarter", lambda: reports.payments_by_day(quarter)),
        timed("ageing, as of today", lambda: reports.ageing(date.today(), ZONE)),
        # the demo books' allocations were all made when the file was built: as of an earlier day, every
        # one of them is "made later" and read (a clinic's books have a day's worth): the worst case
        timed("ageing, as of the books' last day (worst)", lambda: reports.ageing(day, ZONE)),
        timed("money waiting", reports.waiting),
    ]
    db.close()
    print(f"slowest {max(times) * 1000:.0f} ms (target < {TARGET_S * 1000:.0f} ms); "
          f"load average {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Statement import end to end: a camt.053 with N entries, each RF'd to an open invoice, matched, booked.

The books (N clients, each with one issued invoice) are written in bulk (bench_sync's `make_books`);
the statement file is generated with each invoice's real RF. Then one timed
`StatementImportService.import_file()` reads the file, matches every entry through the domain engine
and books it: a file this large is first checked whole (a pass that skips the entries, so a file that
would be refused books nothing), then read by a child process (`bank.detect.ParallelReader`) while
this one books pages of 2,000 credits, each matched against in-memory balances and written with
executemany in one transaction (`storage.bulk_booking`; rows identical to
`PaymentService.book_external_payment`'s, see tests/statements/test_bulk_equivalence.py). Prints
entries/s end to end (target >= 5,000/s), the CPU of both processes, the stages, and resident memory
during the import; then proves the books: every invoice paid, a second import books nothing,
check_books empty.

    python benchmarks/bench_import.py [--count 100000] [--gc app|auto] [--inline] [--keep DIR]

--gc app (default) collects garbage as the desktop app does (tasks/gc.py: automatic collection off,
the generations over their thresholds once a second on another thread); --gc auto is Python's
automatic collection, as in usu-admin. --inline reads the file in this process first (no child).
`--batch` only matters for the entry-by-entry path (`StatementImportService(bulk=False)`).

Measured 2026-11-22 on the shared 2-core box (other helpers' tests running: load average 1.0-1.5;
figures vary +-15%, best of 4 runs named first), N = 100,000 (45 MB file):
  now, --gc app:   6,492 entries/s end to end (15.4 s; runs: 6,492 / 5,866 / 5,778 / 5,561);
                   check 1.4 s, then reading and booking together 14.0 s; CPU 14.5 s here
                   (6,900 entries per CPU-s) + 7.9 s in the reader; resident memory +145 MiB during
                   the import (64 MiB of it SQLite's page cache while pages are written), the reader
                   ~26 MiB; re-import 10.7-13.6 s, nothing booked; check_books clean
  now, --gc auto:  4,280-4,812 entries/s (20.8-23.4 s; the collector costs ~5 CPU-s here)
  now, --inline:   4,582 entries/s (reading 7.1 s = 14,000 entries/s, booking 14.7 s = 6,800/s)
  before (commit 1d261a0, pages of 500, reading then booking, automatic gc):
                   2,700-3,100 entries/s (33-37 s: reading ~9 s, booking ~25-28 s); re-import 24-26 s
  entry-by-entry path (`book_external_payment` per entry): ~300 entries/s
What made the difference: the child reader (reading no longer on the critical path), integers for the
page's balances (the domain's state table asked once per kind of change), value tuples and hand-built
audit JSON for executemany, driver-level SQL for the page's look-ups, pages of 2,000, and, scoped to
the import's connection, WAL checkpoints every 25,000 pages and a 64 MB page cache (the audit log's
hash-keyed index is touched all over by every page). The camt reader also no longer leaks each
entry's subtree when automatic gc is off (a recursive closure made a reference cycle).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import os
import resource
import sys
import tempfile
import threading
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

from usu_desktop.domain.references import rf_create
from usu_desktop.services.check import check_books
from usu_desktop.services.statements import StatementImportService
from usu_desktop.storage.db import Database
from usu_desktop.storage.queries import InvoiceFilter, count_invoices

_spec = importlib.util.spec_from_file_location("bench_sync", Path(__file__).with_name("bench_sync.py"))
assert _spec is not None and _spec.loader is not None
bench_sync = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_sync)


def write_camt(path: Path, count: int, amount_minor: int, currency: str) -> None:
    """camt.053.001.08 with one credit per invoice (structured RF, debtor name, end-to-end id)."""
    year = (date.today() - timedelta(days=3)).year
    amount = f"{amount_minor // 100}.{amount_minor % 100:02d}"
    closing = f"{amount_minor * count // 100}.{amount_minor * count % 100:02d}"
    with path.open("w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>'
                 "<GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2026-11-22T07:00:00</CreDtTm></GrpHdr>"
                 "<Stmt><Id>BENCH-1</Id><Acct><Id><IBAN>GR1601101250000000012300695</IBAN></Id>"
                 f"<Ccy>{currency}</Ccy></Acct>"
                 f'<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="{currency}">0.00</Amt>'
                 "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-01</Dt></Dt></Bal>"
                 f'<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="{currency}">{closing}</Amt>'
                 "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-21</Dt></Dt></Bal>\n")
        for i in range(count):
            rf = rf_create(f"INV{year}{i + 1}")
            fh.write(f'<Ntry><Amt Ccy="{currency}">{amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd>'
                     "<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-11-21</Dt></BookgDt>"
                     f"<AcctSvcrRef>BK{i:08d}</AcctSvcrRef><NtryDtls><TxDtls>"
                     f"<Refs><EndToEndId>E2E{i:08d}</EndToEndId></Refs>"
                     f"<RltdPties><Dbtr><Pty><Nm>Ivanov{i % 997} Ivan</Nm></Pty></Dbtr></RltdPties>"
                     "<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>"
                     f"<Ref>{rf}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry>\n")
        fh.write("</Stmt></BkToCstmrStmt></Document>\n")


class Phases:
    """Progress as the app's task sees it: prints now and then, remembers when each phase began."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.last = ""
        self.next_report = 0.0
        self.began: dict[str, float] = {}
        self.peak_rss = rss_now()  # resident memory now (ru_maxrss only ever shows the setup's peak)
        self.next_sample = 0.0

    @property
    def cancelled(self) -> bool:
        return False

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        now = time.perf_counter() - self.start
        self.began.setdefault(text, now)
        if now >= self.next_sample:
            self.peak_rss = max(self.peak_rss, rss_now())
            self.next_sample = now + 0.2
        if text != self.last or now >= self.next_report:
            print(f"  {now:7.2f} s  {text:5} {done:>7}/{total or '?'}", flush=True)
            self.last, self.next_report = text, now + 5


class AppCollector:
    """The app's garbage collection (tasks/gc.py, without Qt): automatic collection off, and once a
    second, on another thread (the GUI thread there), the generations that are over their thresholds."""

    def __init__(self) -> None:
        self.threshold = gc.get_threshold()
        self.stop = threading.Event()
        gc.disable()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        while not self.stop.wait(1.0):
            gen0, gen1, gen2 = gc.get_count()
            if gen0 > self.threshold[0]:
                gc.collect(0)
                if gen1 > self.threshold[1]:
                    gc.collect(1)
                    if gen2 > self.threshold[2]:
                        gc.collect(2)

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        gc.enable()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--keep", type=Path, help="keep the database and file in this folder")
    ap.add_argument("--gc", choices=("app", "auto"), default="app",
                    help="app: collection as in the desktop app (tasks/gc.py); auto: Python's automatic "
                         "collection, as in usu-admin")
    ap.add_argument("--inline", action="store_true", help="read the file in this process (no child reader)")
    ap.add_argument("--trace-memory", action="store_true",
                    help="also measure Python allocations with tracemalloc (slows the import down)")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    db_path, stmt = folder / "clinic.sqlite", folder / "camt053.xml"
    for p in (db_path, stmt):
        p.unlink(missing_ok=True)
    db = Database.open(db_path)
    t = time.perf_counter()
    bench_sync.make_books(db, args.count)
    write_camt(stmt, args.count, bench_sync.PRICE_MINOR, "RUB")
    print(f"setup: {args.count} clients/invoices and a {stmt.stat().st_size / 1e6:.1f} MB camt.053 "
          f"in {time.perf_counter() - t:.1f} s")
    print(f"machine: {os.cpu_count()} cores, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"gc: {args.gc}")

    service = StatementImportService(db, "bench", batch_size=args.batch,
                                     **({"parallel_bytes": None} if args.inline else {}))
    rss_before = rss_now()
    collector = AppCollector() if args.gc == "app" else None
    if args.trace_memory:
        tracemalloc.start()
    phases = Phases()
    t, cpu = time.perf_counter(), time.process_time()
    child_cpu = _children_cpu()
    result = service.import_file(stmt, phases)
    elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
    child_cpu = _children_cpu() - child_cpu
    if collector is not None:
        collector.close()
    rss = max(phases.peak_rss, rss_now())
    counts = result.counts()
    n = len(result.entries)
    print(f"import: {n} entries in {elapsed:.2f} s wall = {n / elapsed:,.0f} entries/s end to end "
          f"(target >= 5,000); {counts}")
    print(f"  CPU: {cpu:.2f} s in this process ({n / cpu:,.0f} entries per CPU-s), "
          f"{child_cpu:.2f} s in the reader process")
    booking_from = phases.began.get("book", 0.0)
    if child_cpu:
        print(f"  stages: checking the file {booking_from:.2f} s (a pass that skips the entries, "
              f"while the reader starts), then reading (child process) and booking together "
              f"{elapsed - booking_from:.2f} s = {n / (elapsed - booking_from):,.0f} entries/s")
    else:
        print(f"  stages: reading {booking_from:.2f} s ({n / booking_from:,.0f} entries/s), booking "
              f"{elapsed - booking_from:.2f} s ({n / (elapsed - booking_from):,.0f} entries/s)")
    print(f"peak memory: RSS {rss:.0f} MiB during the import (before it {rss_before:.0f} MiB: the import "
          f"adds {rss - rss_before:.0f} MiB, up to 64 of them SQLite's page cache while the pages are "
          f"written)" + ("; the reader process stays at ~26 MiB (never more than 16,000 entries ahead)"
                          if child_cpu else ""))
    if args.trace_memory:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak Python allocations during the import (tracemalloc): {peak / 2**20:.0f} MiB")

    t = time.perf_counter()
    again = service.import_file(stmt)
    print(f"second import: {again.counts()} in {time.perf_counter() - t:.1f} s "
          f"({'nothing new booked' if not again.booked_anything else 'BOOKED AGAIN'})")
    with db.reading() as session:
        open_left = count_invoices(session, InvoiceFilter(state="open"))
    violations = check_books(db)
    print(f"open invoices left: {open_left}; check_books: {len(violations)} violations")
    db.close()
    ok = counts["booked"] == args.count and open_left == 0 and not violations and not again.booked_anything
    return 0 if ok else 1


def rss_now() -> float:
    """This process's resident memory in MiB (Linux)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    sys.exit(main())

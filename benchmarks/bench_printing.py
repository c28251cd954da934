"""Printing benchmark: 1,000 distinct one-page invoices with a QR code, on one core.

Prints invoices per second (target >= 100/s) for English and Persian - by wall clock and
per CPU-second of this process (the fairer figure on a busy machine) - plus the size of one PDF.
Each invoice has its own number, RF and amount, so every QR code is new.
Run: python benchmarks/bench_printing.py [count]

Measured (1,000 invoices, 2-core machine shared with other jobs, load ~1.5-1.9):
  before: en 120-135/CPU-s, fa 66-76/CPU-s
  after caching font subsets (built and deflated once per distinct subset), drawing runs
  HarfBuzz left on their advances as plain strings, one text object per line:
          en 171-182/CPU-s, fa 106-115/CPU-s
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout, not another install

from usu_desktop.printing import fonts
from usu_desktop.printing.documents import render_invoice
from usu_desktop.printing.samples import sample_invoice


def bench(language: str, count: int) -> tuple[float, float, int]:
    """(invoices/s by wall clock, invoices/s by this process's CPU time, bytes of one PDF)."""
    docs = [sample_invoice(language, 3 + i % 5, number=f"INV-2026-{i:06d}") for i in range(count)]
    render_invoice(docs[0])  # warm-up: fonts parsed once per process
    start, cpu = time.perf_counter(), time.process_time()
    size = 0
    for doc in docs:
        size = len(render_invoice(doc))
    elapsed, cpu_used = time.perf_counter() - start, time.process_time() - cpu
    return count / elapsed, count / cpu_used, size


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    print("load average (1/5/15 min): " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    t0 = time.perf_counter()
    fonts.register_fonts()
    print(f"font registration: {(time.perf_counter() - t0) * 1000:.0f} ms (once per process)")
    for language in ("en", "fa"):
        rate, cpu_rate, size = bench(language, count)
        verdict = "ok" if cpu_rate >= 100 else "BELOW TARGET"  # wall time depends on the load
        print(f"{language}: {count} one-page invoices with QR: {rate:.0f} invoices/s wall, "
              f"{cpu_rate:.0f}/s per CPU-second (target >= 100/s, {verdict}); "
              f"one PDF = {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()

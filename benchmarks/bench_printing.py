"""Printing benchmark: 1,000 distinct one-page invoices with a QR code, on one core.

Prints invoices per second (target >= 100/s) for English and Persian, plus the size of
one PDF. Each invoice has its own number, RF and amount, so every QR code is new.
Run: python benchmarks/bench_printing.py [count]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sys
import time

from usu_desktop.printing import fonts
from usu_desktop.printing.documents import render_invoice
from usu_desktop.printing.samples import sample_invoice


def bench(language: str, count: int) -> tuple[float, int]:
    docs = [sample_invoice(language, 3 + i % 5, number=f"INV-2026-{i:06d}") for i in range(count)]
    render_invoice(docs[0])  # warm-up: fonts parsed once per process
    start = time.perf_counter()
    size = 0
    for doc in docs:
        size = len(render_invoice(doc))
    elapsed = time.perf_counter() - start
    return count / elapsed, size


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    t0 = time.perf_counter()
    fonts.register_fonts()
    print(f"font registration: {(time.perf_counter() - t0) * 1000:.0f} ms (once per process)")
    for language in ("en", "fa"):
        rate, size = bench(language, count)
        verdict = "ok" if rate >= 100 else "BELOW TARGET"
        print(f"{language}: {count} one-page invoices with QR: {rate:.0f} invoices/s "
              f"(target >= 100/s, {verdict}); one PDF = {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()

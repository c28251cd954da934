"""Demo data at clinic scale: 20,000 clients and 200,000 invoices, then the book check.

Run: .venv/bin/python benchmarks/bench_demo.py [--clients N] [--invoices M] [--keep PATH]
Prints seconds for generation, for `check_books`, and for a first page of each list.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from usu_desktop.services.check import check_books
from usu_desktop.services.demo import generate
from usu_desktop.storage.db import Database
from usu_desktop.storage.queries import (
    ClientFilter,
    InvoiceFilter,
    client_ids,
    client_rows,
    count_invoices,
    invoice_ids,
    invoice_rows,
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--invoices", type=int, default=200_000)
    parser.add_argument("--keep", type=Path, help="write the database here instead of a temp folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.sqlite"
        db = Database.open(path)
        start, cpu = time.perf_counter(), time.process_time()
        result = generate(db, args.clients, args.invoices)
        gen, gen_cpu = time.perf_counter() - start, time.process_time() - cpu
        print(f"demo: {result.clients} clients, {result.invoices} invoices, {result.payments} payments "
              f"in {gen:.1f} s (cpu {gen_cpu:.1f} s)")
        start, cpu = time.perf_counter(), time.process_time()
        violations = check_books(db)
        print(f"check_books: {len(violations)} violations in {time.perf_counter() - start:.1f} s "
              f"(cpu {time.process_time() - cpu:.1f} s)")
        with db.reading() as s:
            for label, fn in (
                ("count open invoices", lambda: count_invoices(s, InvoiceFilter(state="open"))),
                ("first page by due date", lambda: invoice_rows(s, invoice_ids(s, InvoiceFilter(state="open"),
                                                                               sort="due_date", limit=100))),
                ("page 500 by issue date", lambda: invoice_rows(s, invoice_ids(s, offset=50_000, limit=100))),
                ("client search 'ivan'", lambda: client_rows(s, client_ids(s, ClientFilter(text="ivan"),
                                                                           limit=100))),
            ):
                start = time.perf_counter()
                fn()
                print(f"{label}: {1000 * (time.perf_counter() - start):.0f} ms")
        db.close()


if __name__ == "__main__":
    main()

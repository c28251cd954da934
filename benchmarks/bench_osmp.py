"""OSMP pay throughput: 20 terminal threads against usu-exchange under waitress on loopback.

The exchange runs in a child process (its own GIL, as in production); the terminals run here.

Prints pay/s and p50/p99 latency, then proves no payment was lost or booked twice: every
txn_id answered 0 is in the store exactly once, retries got the same prv_txn, and the booked
total equals the total the terminals were told was paid. Targets: >= 200 pay/s, p99 < 200 ms.

    python benchmarks/bench_osmp.py [--count 4000] [--seconds 20] [--threads 20] [--retry-every 10]
"""

from __future__ import annotations

import argparse
import http.client
import logging
import multiprocessing
import re
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from usu_desktop.domain.client_numbers import client_number_create
from usu_desktop.exchange.app import create_app
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.server import start_in_thread
from usu_desktop.exchange.store import ChargeIn, SnapshotIn, Store, utcnow

_FIELD = re.compile(rb"<(result|prv_txn|sum)>([^<]*)</")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=4000, help="distinct payments to make")
    parser.add_argument("--seconds", type=float, default=20.0, help="stop after this long")
    parser.add_argument("--threads", type=int, default=20, help="concurrent terminals")
    parser.add_argument("--server-threads", type=int, default=8, help="waitress worker threads")
    parser.add_argument("--retry-every", type=int, default=10, help="repeat every n-th pay once")
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        store = Store(url)
        accounts = [client_number_create(10000 + i) for i in range(1000)]
        store.replace_charges(SnapshotIn("bench", "RUB", utcnow(),
                                         [ChargeIn(a, 100_000, "Bench B.") for a in accounts]))
        ctx = multiprocessing.get_context("spawn")
        urls, stop = ctx.Queue(), ctx.Event()
        child = ctx.Process(target=_serve, args=(url, args.server_threads, urls, stop))
        child.start()
        try:
            return _run(args, urls.get(timeout=30), store, accounts)
        finally:
            stop.set()
            child.join(timeout=30)
            store.close()


def _serve(url: str, threads: int, urls: Any, stop: Any) -> None:
    """The exchange in the child process, until the parent sets `stop`."""
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "queue depth" notes are expected
    store = Store(url)
    server = start_in_thread(create_app(ExchangeConfig(db_url=url), store), threads=threads)
    urls.put(server.url)
    stop.wait()
    server.stop()
    store.close()


def _run(args: argparse.Namespace, base: str, store: Store, accounts: list[str]) -> int:
    latencies: list[float] = []
    answers: dict[str, set[tuple[bytes, bytes]]] = {}
    paid_minor: dict[str, int] = {}
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(args.count))
    deadline = time.monotonic() + args.seconds

    host, port = base.removeprefix("http://").split(":")

    def terminal() -> None:
        conn = http.client.HTTPConnection(host, int(port), timeout=30)  # light client: measure the server
        while time.monotonic() < deadline:
            with lock:
                n = next(counter, None)
            if n is None:
                return
            txn_id = str(1_000_000 + n)
            minor = 100 + n % 5000
            params = {"command": "pay", "txn_id": txn_id, "account": accounts[n % len(accounts)],
                      "sum": f"{minor // 100}.{minor % 100:02d}", "txn_date": "20261122093000"}
            for _ in range(2 if n % args.retry_every == 0 else 1):
                started = time.perf_counter()
                try:
                    conn.request("GET", "/osmp?" + urlencode(params))
                    body = conn.getresponse().read()
                except (OSError, http.client.HTTPException) as err:
                    conn.close()
                    with lock:
                        errors.append(f"{txn_id}: {type(err).__name__}")
                    continue
                took = time.perf_counter() - started
                fields = dict(_FIELD.findall(body))
                with lock:
                    latencies.append(took)
                    if fields.get(b"result") != b"0":
                        errors.append(f"{txn_id}: result {fields.get(b'result')!r}")
                        continue
                    answers.setdefault(txn_id, set()).add((fields[b"prv_txn"], fields[b"sum"]))
                    paid_minor[txn_id] = minor

    threads = [threading.Thread(target=terminal) for _ in range(args.threads)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started

    rows, more = store.payments_after(0, 10**9)
    booked = {r.txn_id: r for r in rows}
    doubled = len(rows) - len(booked)
    lost = [t for t in answers if t not in booked]
    unacknowledged = [t for t in booked if t not in answers]
    changed = [t for t, seen in answers.items() if len(seen) != 1]
    wrong_sum = [t for t, r in booked.items() if t in paid_minor and r.sum_minor != paid_minor[t]]
    requests_made = len(latencies)
    ordered = sorted(latencies)
    p50 = statistics.median(ordered) * 1000 if ordered else float("nan")
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000 if ordered else float("nan")
    rate = requests_made / elapsed if elapsed else 0.0

    print(f"terminals {args.threads}, waitress threads {args.server_threads}, "
          f"distinct payments {len(answers)}, requests {requests_made} "
          f"(incl. {requests_made - len(answers)} retries), {elapsed:.2f} s")
    print(f"pay/s {rate:.0f}   p50 {p50:.1f} ms   p99 {p99:.1f} ms")
    print(f"booked {len(booked)}, lost {len(lost)}, doubled {doubled}, booked-but-unanswered "
          f"{len(unacknowledged)}, prv_txn changed on retry {len(changed)}, wrong sum {len(wrong_sum)}, "
          f"errors {len(errors)}")
    for line in errors[:5]:
        print("  error:", line)
    ok = not (lost or doubled or changed or wrong_sum or errors or unacknowledged or more)
    targets = rate >= 200 and p99 < 200
    print("integrity OK" if ok else "INTEGRITY FAILED", "| targets met" if targets else "| targets MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

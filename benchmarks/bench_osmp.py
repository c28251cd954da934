"""OSMP pay throughput: 20 terminals against usu-exchange under waitress on loopback.

Two modes:
- default: the exchange in one child process (start_in_thread, its own GIL), SQLite unless --db;
- `--workers 1,4`: for each count, the real `usu-exchange serve --workers N` as a subprocess on
  PostgreSQL (--db URL, or --pg for a throw-away cluster of the tests' kind, a fresh database per
  run). The terminals run in `--client-procs` processes so the client's GIL is not what is measured.

Prints pay/s, p50/p99 latency and the load average (1 min, before and after) per run, then proves
no payment was lost or booked twice: every txn_id answered 0 is in the store exactly once with its
sum, retries got the same prv_txn, and nothing is booked that was not answered.
Targets: >= 200 pay/s with p99 < 200 ms (one process); for 4 workers >= 1,000 pay/s, p99 < 100 ms.

    python benchmarks/bench_osmp.py [--count 4000] [--seconds 20] [--threads 20] [--retry-every 10]
    python benchmarks/bench_osmp.py --pg --workers 1,4 [--count 20000] [--seconds 20]
"""

from __future__ import annotations

import argparse
import http.client
import logging
import multiprocessing
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from usu_desktop.domain.client_numbers import client_number_create
from usu_desktop.exchange.app import create_app
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.server import start_in_thread
from usu_desktop.exchange.store import ChargeIn, SnapshotIn, Store, utcnow

_FIELD = re.compile(rb"<(result|prv_txn|sum)>([^<]*)</")
TXN_BASE = 1_000_000
ACCOUNTS = 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=4000, help="distinct payments to make (per run)")
    parser.add_argument("--seconds", type=float, default=20.0, help="stop a run after this long")
    parser.add_argument("--threads", type=int, default=20, help="concurrent terminals")
    parser.add_argument("--server-threads", type=int, default=8, help="waitress threads (per worker)")
    parser.add_argument("--retry-every", type=int, default=10, help="repeat every n-th pay once")
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file, or --pg)")
    parser.add_argument("--pg", action="store_true", help="start a throw-away PostgreSQL cluster")
    parser.add_argument("--workers", help="comma-separated worker counts: run `serve --workers N` for each")
    parser.add_argument("--client-procs", type=int, default=4, help="processes the terminals run in")
    args = parser.parse_args()
    cluster = None
    if args.pg:
        from tests.backends import PgCluster

        cluster = PgCluster()
    try:
        if args.workers:
            return _workers_mode(args, cluster)
        with tempfile.TemporaryDirectory() as tmp:
            url = _database(args, cluster, 0) or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
            store = _prepared(url)
            ctx = multiprocessing.get_context("spawn")
            urls, stop = ctx.Queue(), ctx.Event()
            child = ctx.Process(target=_serve, args=(url, args.server_threads, urls, stop))
            child.start()
            try:
                base = urls.get(timeout=30)
                ok, _, _ = _run(args, base, store, f"1 process, {args.server_threads} threads")
                return 0 if ok else 1
            finally:
                stop.set()
                child.join(timeout=30)
                store.close()
    finally:
        if cluster is not None:
            cluster.stop()


def _database(args: argparse.Namespace, cluster: Any, run: int) -> str | None:
    if cluster is not None:
        name = f"bench{run}"
        cluster.admin(f"CREATE DATABASE {name}")
        return str(cluster.url(name))
    return args.db


def _prepared(url: str) -> Store:
    store = Store(url)
    accounts = [client_number_create(10000 + i) for i in range(ACCOUNTS)]
    store.replace_charges(SnapshotIn("bench", "RUB", utcnow(),
                                     [ChargeIn(a, 10**12, "Bench B.") for a in accounts]))
    return store


def _serve(url: str, threads: int, urls: Any, stop: Any) -> None:
    """The exchange in the child process, until the parent sets `stop`."""
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "queue depth" notes are expected
    store = Store(url)
    server = start_in_thread(create_app(ExchangeConfig(db_url=url), store), threads=threads)
    urls.put(server.url)
    stop.wait()
    server.stop()
    store.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _workers_mode(args: argparse.Namespace, cluster: Any) -> int:
    counts = [int(n) for n in args.workers.split(",") if n.strip()]
    if cluster is None and not (args.db or "").startswith("postgresql"):
        print("--workers needs PostgreSQL: --pg or --db postgresql+psycopg://...", file=sys.stderr)
        return 2
    results = []
    all_ok = True
    for run, workers in enumerate(counts, start=1):
        url = _database(args, cluster, run)
        assert url is not None
        store = _prepared(url)
        port = _free_port()
        proc = subprocess.Popen([sys.executable, "-m", "usu_desktop.exchange", "serve", "--workers",
                                 str(workers), "--threads", str(args.server_threads), "--port", str(port),
                                 "--db", url], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            _wait_healthy(port, proc)
            ok, rate, p99 = _run(args, f"http://127.0.0.1:{port}", store,
                                 f"{workers} worker(s) x {args.server_threads} threads, PostgreSQL",
                                 offset=run * 10 * args.count if cluster is None else 0)
            results.append((workers, rate, p99))
            all_ok = all_ok and ok
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=60)
            store.close()
    print()
    for workers, rate, p99 in results:
        target = "" if workers != 4 else ("  target met" if rate >= 1000 and p99 < 100 else
                                          "  target (>= 1000 pay/s, p99 < 100 ms) MISSED")
        print(f"workers {workers}: pay/s {rate:.0f}, p99 {p99:.1f} ms{target}")
    return 0 if all_ok else 1


def _wait_healthy(port: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"usu-exchange serve exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/health")
            if conn.getresponse().status == 200:
                conn.close()
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit("usu-exchange serve did not become healthy in 60 s")


def _terminals(base: str, numbers: list[int], threads: int, retry_every: int, deadline_in: float,
               offset: int) -> dict[str, Any]:
    """Run `threads` terminals paying `numbers` (in one process); latencies and answers back."""
    host, port = base.removeprefix("http://").split(":")
    accounts = [client_number_create(10000 + i) for i in range(ACCOUNTS)]
    latencies: list[float] = []
    answers: dict[str, set[tuple[bytes, bytes]]] = {}
    paid_minor: dict[str, int] = {}
    errors: list[str] = []
    lock = threading.Lock()
    todo = iter(numbers)
    deadline = time.monotonic() + deadline_in

    def terminal() -> None:
        conn = http.client.HTTPConnection(host, int(port), timeout=30)  # light client: measure the server
        while time.monotonic() < deadline:
            with lock:
                n = next(todo, None)
            if n is None:
                return
            txn_id = str(TXN_BASE + offset + n)
            minor = 100 + n % 5000
            params = {"command": "pay", "txn_id": txn_id, "account": accounts[n % len(accounts)],
                      "sum": f"{minor // 100}.{minor % 100:02d}", "txn_date": "20261122093000"}
            for _ in range(2 if n % retry_every == 0 else 1):
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

    pool = [threading.Thread(target=terminal) for _ in range(threads)]
    began = time.time()  # wall clock: the processes' windows are put together
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return {"latencies": latencies, "answers": answers, "paid": paid_minor, "errors": errors,
            "window": (began, time.time())}


def _run(args: argparse.Namespace, base: str, store: Store, label: str,
         offset: int = 0) -> tuple[bool, float, float]:
    procs = max(1, min(args.client_procs, args.threads))
    shares = [list(range(i, args.count, procs)) for i in range(procs)]
    per_proc = [args.threads // procs + (1 if i < args.threads % procs else 0) for i in range(procs)]
    load_before = os.getloadavg()[0]
    if procs == 1:
        parts = [_terminals(base, shares[0], per_proc[0], args.retry_every, args.seconds, offset)]
    else:
        with multiprocessing.get_context("spawn").Pool(procs) as pool:
            parts = pool.starmap(_terminals, [(base, shares[i], per_proc[i], args.retry_every, args.seconds,
                                               offset) for i in range(procs)])
    load_after = os.getloadavg()[0]
    elapsed = max(p["window"][1] for p in parts) - min(p["window"][0] for p in parts)
    latencies = [x for p in parts for x in p["latencies"]]
    answers: dict[str, set[tuple[bytes, bytes]]] = {}
    paid_minor: dict[str, int] = {}
    errors: list[str] = []
    for p in parts:
        answers.update(p["answers"])
        paid_minor.update(p["paid"])
        errors.extend(p["errors"])

    rows, more = store.payments_after(0, 10**9)
    ours = {str(TXN_BASE + offset + n) for n in range(args.count)}
    mine = [r for r in rows if r.txn_id in ours]
    booked = {r.txn_id: r for r in mine}
    doubled = len(mine) - len(booked)
    lost = [t for t in answers if t not in booked]
    unacknowledged = [t for t in booked if t not in answers]
    changed = [t for t, seen in answers.items() if len(seen) != 1]
    wrong_sum = [t for t, r in booked.items() if t in paid_minor and r.sum_minor != paid_minor[t]]
    requests_made = len(latencies)
    ordered = sorted(latencies)
    p50 = statistics.median(ordered) * 1000 if ordered else float("nan")
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000 if ordered else float("nan")
    rate = requests_made / elapsed if elapsed else 0.0

    print(f"{label}: terminals {args.threads} in {procs} process(es), distinct payments {len(answers)}, "
          f"requests {requests_made} (incl. {requests_made - len(answers)} retries), {elapsed:.2f} s")
    print(f"pay/s {rate:.0f}   p50 {p50:.1f} ms   p99 {p99:.1f} ms   "
          f"load average (1 min) {load_before:.2f} -> {load_after:.2f} on {os.cpu_count()} CPUs")
    print(f"booked {len(booked)}, lost {len(lost)}, doubled {doubled}, booked-but-unanswered "
          f"{len(unacknowledged)}, prv_txn changed on retry {len(changed)}, wrong sum {len(wrong_sum)}, "
          f"errors {len(errors)}")
    for line in errors[:5]:
        print("  error:", line)
    ok = not (lost or doubled or changed or wrong_sum or errors or unacknowledged or more)
    targets = rate >= 200 and p99 < 200
    print("integrity OK" if ok else "INTEGRITY FAILED", "| targets met" if targets else "| targets MISSED")
    return ok, rate, p99


if __name__ == "__main__":
    sys.exit(main())

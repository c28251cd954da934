"""Terminal pay latency with and without slow connections, and how fast token guessing is stopped.

The exchange runs in a child process (its own GIL, as in production) on 127.0.0.1; terminals,
slow clients and the guesser run here. Three phases:
1. 20 terminals pay (`--pays` each), p50/p99;
2. the same while `--slow` connections trickle a header byte each every 0.5 s;
3. one address sends wrong desk tokens as fast as it can until the first 429: the rate and count.

    python benchmarks/bench_abuse.py [--slow 150] [--terminals 20] [--pays 25] [--guesses 2000]
"""

from __future__ import annotations

import argparse
import http.client
import logging
import multiprocessing
import os
import socket
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from usu_desktop.domain.client_numbers import client_number_create
from usu_desktop.exchange.app import create_app
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.server import start_in_thread
from usu_desktop.exchange.store import ChargeIn, SnapshotIn, Store, utcnow


def _serve(url: str, urls: Any, stop: Any) -> None:
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # 20 terminals > 8 threads
    logging.getLogger("usu_exchange").setLevel(logging.ERROR)
    server = start_in_thread(create_app(ExchangeConfig(db_url=url)))
    urls.put(server.url)
    stop.wait(600)
    server.stop()


def _pays(host: str, port: int, accounts: list[str], terminals: int, pays: int, base: int) -> list[float]:
    def terminal(n: int) -> list[float]:
        times = []
        for i in range(pays):
            query = urlencode({"command": "pay", "txn_id": str(base + n * 10_000 + i),
                               "account": accounts[(n * pays + i) % len(accounts)], "sum": "1.00",
                               "txn_date": "20261122093000"})
            start = time.perf_counter()
            conn = http.client.HTTPConnection(host, port, timeout=30)
            conn.request("GET", "/osmp?" + query)
            body = conn.getresponse().read()
            conn.close()
            times.append(time.perf_counter() - start)
            if b"<result>0</result>" not in body:
                raise SystemExit(f"pay failed: {body[:200]!r}")
        return times

    with ThreadPoolExecutor(terminals) as pool:
        return [t for batch in pool.map(terminal, range(terminals)) for t in batch]


def _report(name: str, times: list[float]) -> None:
    times = sorted(times)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"{name:<34} n={len(times):<5} p50={statistics.median(times) * 1000:7.1f} ms"
          f"  p99={p99 * 1000:7.1f} ms")


def _guess(host: str, port: int, limit: int) -> None:
    start = time.perf_counter()
    for n in range(1, limit + 1):
        conn = http.client.HTTPConnection(host, port, timeout=30)
        conn.request("GET", "/api/v1/health", headers={"Authorization": f"Bearer wrong-{n}"})
        resp = conn.getresponse()
        resp.read()
        conn.close()
        if resp.status == 429:
            elapsed = time.perf_counter() - start
            print(f"wrong tokens until 429: {n - 1} (at {(n - 1) / elapsed:.0f}/s), "
                  f"Retry-After {resp.getheader('Retry-After')} s")
            return
    print(f"no 429 after {limit} wrong tokens ({limit / (time.perf_counter() - start):.0f}/s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slow", type=int, default=150, help="slow connections")
    parser.add_argument("--terminals", type=int, default=20)
    parser.add_argument("--pays", type=int, default=25, help="pays per terminal and phase")
    parser.add_argument("--guesses", type=int, default=2000, help="wrong tokens at most")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        store = Store(url)
        accounts = [client_number_create(10000 + i) for i in range(1000)]
        store.replace_charges(SnapshotIn("bench", "RUB", utcnow(),
                                         [ChargeIn(a, 10**9, "Bench B.") for a in accounts]))
        store.close()
        ctx = multiprocessing.get_context("spawn")
        urls, stop = ctx.Queue(), ctx.Event()
        child = ctx.Process(target=_serve, args=(url, urls, stop))
        child.start()
        try:
            host, port_text = urls.get(timeout=60).split("//")[1].split(":")
            port = int(port_text)
            _report("pay, no slow connections", _pays(host, port, accounts, args.terminals, args.pays, 1))
            slow = [socket.create_connection((host, port), timeout=10) for _ in range(args.slow)]
            halt = threading.Event()

            def trickle() -> None:
                for sock in slow:
                    sock.sendall(b"GET /osmp HTTP/1.1\r\nX-Slow: ")
                for _ in range(1200):  # 10 minutes at most
                    if halt.wait(0.5):
                        return
                    for sock in slow:
                        sock.send(b"a")

            trickler = threading.Thread(target=trickle, daemon=True)
            trickler.start()
            time.sleep(1.0)
            try:
                _report(f"pay, {args.slow} slow connections open",
                        _pays(host, port, accounts, args.terminals, args.pays, 5_000_000))
            finally:
                halt.set()
                trickler.join(timeout=10)
                for sock in slow:
                    sock.close()
            _guess(host, port, args.guesses)
        finally:
            stop.set()
            child.join(timeout=30)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

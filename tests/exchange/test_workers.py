"""`usu-exchange serve --workers 4` on PostgreSQL: four processes on one port, twenty terminals
paying with retries (and a worker killed on the way): nothing lost, nothing booked twice."""

from __future__ import annotations

import http.client
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.backends import Databases, PgCluster
from usu_desktop.domain.client_numbers import client_number_create
from usu_desktop.exchange.store import ChargeIn, SnapshotIn, Store, utcnow

TERMINALS = 20
PER_TERMINAL = 40
_FIELD = re.compile(r"<(result|prv_txn|sum)>([^<]*)</")
_SERVING = re.compile(r"worker (\d+) \(pid (\d+)\) serving")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def children_of(pid: int) -> set[int]:
    """Live child processes of `pid` (Linux /proc)."""
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(entry))
    return found


def wait_for(predicate, what: str, seconds: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


class Service:
    """`usu-exchange serve --workers N` as a real child process; its log in a file."""

    def __init__(self, url: str, workers: int, tmp: Path) -> None:
        self.port = free_port()
        self.log = tmp / "exchange.log"
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "usu_desktop.exchange", "serve", "--workers", str(workers),
                 "--threads", "8", "--port", str(self.port), "--db", url],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log)

    def serving(self) -> dict[int, int]:
        """worker number -> pid, from the log lines each worker writes once it serves."""
        return {int(n): int(p) for n, p in _SERVING.findall(self.log.read_text(errors="replace"))}

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise


@pytest.fixture
def pg_url(tmp_path: Path, pg_cluster: PgCluster, databases: Databases) -> str:
    return databases.exchange("postgresql", tmp_path)


def test_four_workers_twenty_terminals_with_retries_and_a_killed_worker(pg_url: str, tmp_path: Path) -> None:
    accounts = [client_number_create(20000 + i) for i in range(50)]
    store = Store(pg_url)
    store.replace_charges(SnapshotIn("w1", "RUB", utcnow(),
                                     [ChargeIn(a, 10_000_000, "Test T.") for a in accounts]))
    service = Service(pg_url, 4, tmp_path)
    try:
        wait_for(lambda: len(service.serving()) == 4 or service.proc.poll() is not None, "four workers")
        assert service.proc.poll() is None, service.log.read_text()
        workers = service.serving()
        assert children_of(service.proc.pid) == set(workers.values())

        told: dict[str, set[tuple[str, str]]] = {}
        sums: dict[str, int] = {}
        failures: list[str] = []
        lock = threading.Lock()
        halfway = threading.Barrier(TERMINALS + 1)

        def send(conn: http.client.HTTPConnection, params: dict[str, str]) -> dict[str, str] | None:
            try:
                conn.request("GET", "/osmp?" + urlencode(params))
                body = conn.getresponse().read().decode()
            except (OSError, http.client.HTTPException):
                conn.close()  # the worker went away: the next try connects again (another worker)
                return None
            return dict(_FIELD.findall(body))

        def terminal(t: int) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", service.port, timeout=20)
            for i in range(PER_TERMINAL):
                if i == PER_TERMINAL // 2:
                    halfway.wait(timeout=60)  # a worker is killed while everyone waits here
                n = t * PER_TERMINAL + i
                txn_id = str(5_000_000 + n)
                minor = 100 + n
                params = {"command": "pay", "account": accounts[n % len(accounts)],
                          "sum": f"{minor // 100}.{minor % 100:02d}", "txn_date": "20261204120000"}
                # every payment is sent twice, the retry as another terminal might format its id
                for attempt, form in enumerate((txn_id, "00" + txn_id if n % 2 else txn_id)):
                    for _try in range(20):  # no answer: the terminal retries, as OSMP says
                        fields = send(conn, {**params, "txn_id": form})
                        if fields is not None and fields.get("result") != "1":
                            break
                    else:
                        with lock:
                            failures.append(f"{txn_id}: no answer")
                        continue
                    with lock:
                        if fields.get("result") != "0":
                            failures.append(f"{txn_id} attempt {attempt}: {fields}")
                            continue
                        told.setdefault(txn_id, set()).add((fields["prv_txn"], fields["sum"]))
                        sums[txn_id] = minor
            conn.close()

        threads = [threading.Thread(target=terminal, args=(t,)) for t in range(TERMINALS)]
        for th in threads:
            th.start()
        halfway.wait(timeout=120)
        victim = workers[2]
        os.kill(victim, signal.SIGKILL)  # the OS takes one worker away mid-run ...
        for th in threads:
            th.join(timeout=300)
        assert not any(th.is_alive() for th in threads)
        wait_for(lambda: len(children_of(service.proc.pid)) == 4, "the killed worker to be replaced")
        assert victim not in children_of(service.proc.pid)  # ... and the supervisor started another

        assert failures == []
        assert len(told) == TERMINALS * PER_TERMINAL
        assert all(len(seen) == 1 for seen in told.values())  # a retry got the first answer
        rows, more = store.payments_after(0, 100_000)
        assert not more
        booked = {r.txn_id: r for r in rows}
        assert len(rows) == len(booked) == len(told)  # none doubled, none lost
        assert set(booked) == set(told)
        assert all(booked[t].sum_minor == sums[t] for t in booked)
        assert all({str(booked[t].cursor)} == {p for p, _ in told[t]} for t in booked)
    finally:
        code = service.stop()
        store.close()
    assert code == 0
    assert children_of(service.proc.pid) == set()
    assert "stopping 4 worker processes" in service.log.read_text()


_FAILING = """
import logging, sys
from usu_desktop.exchange import server
logging.basicConfig(level=logging.INFO)
server.WORKER_MAX_QUICK_EXITS = 3
def broken():
    raise RuntimeError("database unreachable")
sys.exit(server.serve_workers(broken, "127.0.0.1", 0, 2))
"""


def test_workers_that_keep_failing_at_start_stop_the_service_with_exit_3() -> None:
    done = subprocess.run([sys.executable, "-c", _FAILING], capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 3, done.stderr
    assert done.stderr.count("database unreachable") >= 3  # each failed start is logged, with why
    assert "starting it again" in done.stderr and "stopping" in done.stderr

"""The exchange on the open internet: real sockets on 127.0.0.1 against the real waitress server.

Slow clients, huge bodies and token guessing must not cost the terminals anything. Every loop
here is bounded in rounds; timeouts are hang guards only (speed is in benchmarks/bench_abuse.py).
"""

from __future__ import annotations

import logging
import os
import select
import socket
import tempfile
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from tests.exchange.conftest import IVANOV, PETROVA, Exchange, charges_body, make_exchange, pay
from usu_desktop.exchange.app import create_app
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.ratelimit import FailureLimiter, client_key
from usu_desktop.exchange.server import RunningServer, start_in_thread
from usu_desktop.exchange.store import Store

MB = 1024 * 1024


def _config(tmp_path: Path, **kw: object) -> ExchangeConfig:
    return ExchangeConfig(db_url=f"sqlite:///{tmp_path / 'exchange.sqlite3'}", **kw)  # type: ignore[arg-type]


@contextmanager
def _exchange(tmp_path: Path, **kw: object) -> Iterator[Exchange]:
    ex = make_exchange(tmp_path, _config(tmp_path, **kw), threads=8)
    try:
        assert ex.put_charges(charges_body()).status_code == 200
        yield ex
    finally:
        ex.server.stop()
        ex.store.close()


def _address(ex: Exchange | RunningServer) -> tuple[str, int]:
    host, port = ex.url.split("//")[1].split(":")
    return host, int(port)


# --- spooled bodies on disk -------------------------------------------------------------
def _spooled_bytes() -> int:
    """Bytes in this process's open, unlinked temporary files (waitress's body spool)."""
    total = 0
    temp = os.path.realpath(tempfile.gettempdir())
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
            if target.startswith(temp) and target.endswith("(deleted)"):
                total += os.stat(f"/proc/self/fd/{fd}").st_size
        except OSError:
            continue
    return total


class SpoolMeter:
    """Samples the spool every 10 ms (at most 6,000 times) and keeps the largest total."""

    def __init__(self) -> None:
        self.largest = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        for _ in range(6000):
            self.largest = max(self.largest, _spooled_bytes())
            self.samples += 1
            if self._stop.wait(0.01):
                return

    def __enter__(self) -> SpoolMeter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=30)


@dataclass
class Upload:
    status: int
    headers: str
    sent: int


def _upload(address: tuple[str, int], head: str, total: int, chunked: bool) -> Upload:
    """Send a body of `total` bytes while watching for the answer; stop as soon as it comes."""
    sock = socket.create_connection(address, timeout=10)
    sock.sendall(head.encode("latin-1"))
    piece = b"x" * 65536
    chunk = b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece
    sent, got = 0, b""
    try:
        sock.setblocking(False)
        for _ in range(total // len(piece) + 200):  # bounded: every round sends or reads
            readable, writable, _ = select.select([sock], [sock] if sent < total else [], [], 10)
            if readable:
                data = sock.recv(65536)
                got += data
                if not data or b"\r\n\r\n" in got:
                    break
            elif writable:
                sent += sock.send(chunk)
            elif not readable:
                break  # hang guard: nothing moved for 10 s
    except OSError:
        pass  # the server may close its side once it has answered
    finally:
        sock.close()
    status_line, _, rest = got.partition(b"\r\n")
    status = int(status_line.split()[1]) if status_line.startswith(b"HTTP/1.") else 0
    return Upload(status, rest.decode("latin-1"), sent)


def _charges_head(token: str | None, length: int | None) -> str:
    head = "PUT /api/v1/charges HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    if token is not None:
        head += f"Authorization: Bearer {token}\r\n"
    head += "Transfer-Encoding: chunked\r\n" if length is None else f"Content-Length: {length}\r\n"
    return head + "\r\n"


def test_three_300_mb_uploads_are_answered_413_before_their_body_and_spool_nothing(
        tmp_path: Path) -> None:
    total = 300 * MB
    with _exchange(tmp_path) as ex, SpoolMeter() as meter, ThreadPoolExecutor(3) as pool:
        heads = [_charges_head(None, total), _charges_head("wrong", total),
                 _charges_head(ex.token, total)]
        uploads = list(pool.map(lambda head: _upload(_address(ex), head, total, False), heads))
        assert [u.status for u in uploads] == [413, 413, 413]
        assert all(u.sent < total // 10 for u in uploads), [u.sent for u in uploads]
        assert ex.server.guard.refused_too_large == 3
        assert ex.server.guard.spool_high_water == 0
        assert pay(ex, "1", IVANOV, "10.00")["result"] == 0
    assert meter.samples > 0 and meter.largest < MB


def test_a_client_that_reads_its_answer_late_still_gets_it_not_a_reset(tmp_path: Path) -> None:
    """A terminal that writes its whole (too large) body before reading: the server drains
    instead of closing with unread data, which would reset the connection and lose the 413."""
    with _exchange(tmp_path) as ex:
        sock = socket.create_connection(_address(ex), timeout=10)
        try:
            sock.sendall(_charges_head(ex.token, 300 * MB).encode("latin-1") + b"x" * 65536)
            assert select.select([sock], [], [], 10)[0]  # the 413 is here, unread
            for _ in range(16):  # 1 MB more of the body before reading it
                sock.sendall(b"x" * 65536)
            got = b""
            while b"\r\n\r\n" not in got:
                data = sock.recv(65536)
                assert data, got
                got += data
        finally:
            sock.close()
        assert got.startswith(b"HTTP/1.1 413"), got[:80]


def test_a_body_over_the_route_limit_is_refused_from_its_headers_alone(tmp_path: Path) -> None:
    """The client sends no body at all and still gets its 413: nothing was waiting for it."""
    with _exchange(tmp_path) as ex:
        cases = [("POST /osmp", 16 * 1024 + 1, None), ("POST /api/v1/links", 64 * 1024 + 1, ex.token),
                 ("POST /api/v1/payments/ack", 64 * 1024 + 1, ex.token), ("POST /pay/x", 16 * 1024 + 1, None)]
        for request_line, length, token in cases:
            head = f"{request_line} HTTP/1.1\r\nHost: x\r\nContent-Length: {length}\r\n"
            head += f"Authorization: Bearer {token}\r\n" if token else ""
            upload = _upload(_address(ex), head + "\r\n", 0, False)
            assert (request_line, upload.status, upload.sent) == (request_line, 413, 0)
        assert ex.server.guard.refused_too_large == len(cases)
        small = requests.post(ex.url + "/osmp", data={"command": "check", "txn_id": "5",
                                                      "account": IVANOV, "pad": "x" * 15000}, timeout=10)
        assert small.status_code == 200


def test_chunked_uploads_are_cut_off_at_the_limit_and_the_spool_stays_in_budget(tmp_path: Path) -> None:
    limit, budget = 4 * MB, 6 * MB
    with _exchange(tmp_path, api_max_body=limit, inbuf_overflow=64 * 1024, spool_budget=budget) as ex:
        guard = ex.server.guard
        with SpoolMeter() as meter, ThreadPoolExecutor(3) as pool:
            uploads = list(pool.map(lambda _: _upload(_address(ex), _charges_head(ex.token, None),
                                                      300 * MB, True), range(3)))
        statuses = sorted(u.status for u in uploads)
        assert set(statuses) <= {413, 503} and 413 in statuses, statuses
        assert all(u.sent < limit + 16 * MB for u in uploads), [u.sent for u in uploads]
        assert all("Retry-After:" in u.headers for u in uploads if u.status == 503)
        assert meter.largest <= budget + MB, meter.largest
        assert guard.spool_high_water <= budget
        for _ in range(100):  # the reservations are given back once the requests are closed
            if guard.spooled == 0:
                break
            threading.Event().wait(0.05)
        assert guard.spooled == 0
        unauthenticated = _upload(_address(ex), _charges_head(None, None), 300 * MB, True)
        assert unauthenticated.status == 401 and unauthenticated.sent < 16 * MB
        assert guard.refused_unauthenticated == 1


# --- slow clients -----------------------------------------------------------------------
def test_150_slow_connections_do_not_block_20_paying_terminals(tmp_path: Path) -> None:
    with _exchange(tmp_path, head_timeout=300.0) as ex:  # the slow ones stay for the whole test
        slow = [socket.create_connection(_address(ex), timeout=10) for _ in range(150)]
        stop = threading.Event()

        def trickle() -> None:
            for sock in slow:
                sock.sendall(b"GET /osmp HTTP/1.1\r\nX-Slow: ")
            for _ in range(1200):  # a byte per connection every 0.25 s, 5 minutes at most
                if stop.wait(0.25):
                    return
                for sock in slow:
                    sock.send(b"a")

        trickler = threading.Thread(target=trickle, daemon=True)
        trickler.start()
        try:
            for _ in range(200):
                if ex.server.open_connections() >= 150:
                    break
                threading.Event().wait(0.05)
            assert ex.server.open_connections() >= 150

            def terminal(n: int) -> list[dict[str, object]]:
                return [pay(ex, f"{n}{i:03d}", IVANOV if i % 2 else PETROVA, "1.00") for i in range(5)]

            with ThreadPoolExecutor(20) as pool:
                answers = [a for batch in pool.map(terminal, range(1, 21)) for a in batch]
            assert len(answers) == 100 and {a["result"] for a in answers} == {0}
            assert len({a["prv_txn"] for a in answers}) == 100
            assert len(ex.payments(limit=1000)["payments"]) == 100
            assert ex.server.open_connections() >= 150  # they were there all along
            assert ex.server.guard.closed_slow == 0
        finally:
            stop.set()
            trickler.join(timeout=10)
            for sock in slow:
                sock.close()


@pytest.mark.parametrize("head", [
    b"GET /osmp HTTP/1.1\r\nX-Slow: ",
    b"POST /osmp HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n"
    b"Content-Type: application/x-www-form-urlencoded\r\n\r\ncommand=check&x=",
], ids=["headers", "body"])
def test_a_client_sending_a_byte_now_and_then_is_cut_off(tmp_path: Path, head: bytes) -> None:
    with _exchange(tmp_path, head_timeout=1.0, cleanup_interval=1, min_body_rate=1024) as ex:
        sock = socket.create_connection(_address(ex), timeout=10)
        sock.sendall(head)
        closed, trickled = False, 0
        for _ in range(100):  # 0.1 s a round: ten seconds at most
            readable, _, _ = select.select([sock], [], [], 0.1)
            try:
                if readable and not sock.recv(1024):
                    closed = True
                    break
                sock.send(b"a")
                trickled += 1
            except OSError:
                closed = True
                break
        sock.close()
        assert closed and trickled < 100
        assert ex.server.guard.closed_slow == 1
        assert pay(ex, "7", IVANOV, "1.00")["result"] == 0


# --- guessing tokens --------------------------------------------------------------------
@contextmanager
def _limited(tmp_path: Path, trusted_proxy: str | None) -> Iterator[tuple[RunningServer, str]]:
    config = _config(tmp_path, auth_burst=5, auth_per_minute=1.0, link_burst=5, link_per_minute=1.0)
    store = Store(config.db_url)
    token = store.add_token("desk-1")
    server = start_in_thread(create_app(config, store), trusted_proxy=trusted_proxy)
    try:
        yield server, token
    finally:
        server.stop()
        store.close()


def _health(server: RunningServer, token: str, client: str) -> requests.Response:
    return requests.get(server.url + "/api/v1/health", timeout=10,
                        headers={"Authorization": f"Bearer {token}", "X-Forwarded-For": client})


def test_wrong_tokens_get_429_with_retry_after_and_a_right_token_elsewhere_works(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="usu_exchange")
    with _limited(tmp_path, trusted_proxy="127.0.0.1") as (server, token):
        guesser, desk = "203.0.113.5", "198.51.100.7"
        assert [_health(server, f"guess-{i}", guesser).status_code for i in range(5)] == [401] * 5
        limited = _health(server, "guess-5", guesser)
        assert limited.status_code == 429 and limited.json()["error"] == "too_many_requests"
        assert 1 <= int(limited.headers["Retry-After"]) <= 60
        assert _health(server, token, guesser).status_code == 429  # even a right one, from there
        assert _health(server, token, desk).status_code == 200
        assert [_health(server, "guess", guesser).status_code for _ in range(20)] == [429] * 20
        early = requests.put(server.url + "/api/v1/charges", data=b"{}" * 100_000, timeout=10,
                             headers={"Authorization": "Bearer guess", "X-Forwarded-For": guesser})
        assert early.status_code == 429 and "Retry-After" in early.headers
        assert server.guard.refused_rate == 1  # that one never reached the app
        links = requests.post(server.url + "/api/v1/links", json={}, timeout=10,
                              headers={"Authorization": f"Bearer {token}", "X-Forwarded-For": guesser})
        assert links.status_code == 429
    refusals = [r.getMessage() for r in caplog.records if "rate limit auth" in r.getMessage()]
    assert refusals and "203.0.113.5" in refusals[0]
    assert any("(10 so far" in m for m in refusals)


def test_forwarded_for_from_anyone_but_the_proxy_does_not_escape_the_limit(tmp_path: Path) -> None:
    with _limited(tmp_path, trusted_proxy=None) as (server, token):
        codes = [_health(server, "guess", f"203.0.113.{i}").status_code for i in range(8)]
        assert codes == [401] * 5 + [429] * 3
        assert _health(server, token, "198.51.100.7").status_code == 429  # it is all 127.0.0.1


def test_guessing_payment_link_tokens_gets_429(tmp_path: Path) -> None:
    with _limited(tmp_path, trusted_proxy="127.0.0.1") as (server, _token):
        def look(token: str, client: str) -> requests.Response:
            return requests.get(f"{server.url}/pay/{token}", timeout=10,
                                headers={"X-Forwarded-For": client})

        codes = [look(f"guessedtoken{i:06d}", "203.0.113.9").status_code for i in range(8)]
        assert codes == [404] * 5 + [429] * 3
        assert int(look("guessedtoken000000", "203.0.113.9").headers["Retry-After"]) >= 1
        assert look("guessedtoken000000", "203.0.113.10").status_code == 404


# --- the limiter itself -----------------------------------------------------------------
def test_limiter_refills_and_forgets_full_buckets() -> None:
    now = [0.0]
    limiter = FailureLimiter("t", burst=3, per_minute=60.0, clock=lambda: now[0])
    for _ in range(3):
        assert limiter.retry_after("192.0.2.1") == 0
        limiter.failed("192.0.2.1")
    assert limiter.retry_after("192.0.2.1") == 1
    now[0] = 1.0
    assert limiter.retry_after("192.0.2.1") == 0
    now[0] = 10.0
    assert limiter.retry_after("192.0.2.1") == 0 and len(limiter) == 0


def test_limiter_memory_is_bounded_and_ipv6_counts_per_64() -> None:
    limiter = FailureLimiter("t", burst=2, per_minute=1.0, max_clients=100)
    for i in range(5000):
        limiter.failed(f"10.{i // 65536}.{i // 256 % 256}.{i % 256}")
    assert len(limiter) == 100
    for i in range(3):
        limiter.failed(f"2001:db8:1:2::{i + 1}")
    assert limiter.retry_after("2001:db8:1:2:ffff::1") > 0
    assert limiter.retry_after("2001:db8:1:3::1") == 0
    assert client_key("::ffff:192.0.2.1") == "192.0.2.1"

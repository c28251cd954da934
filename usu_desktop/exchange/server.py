"""Serving the app with waitress: in the foreground (CLI) or on a background thread (tests, benchmarks).

The exchange sits on the open internet, so the server refuses abuse before it costs anything:
- every route has its own body limit (ExchangeConfig.body_limit): a larger Content-Length is
  answered 413 as soon as the headers are in, a chunked body is counted while it arrives and
  cut off at the limit; nothing is spooled first;
- bodies above `inbuf_overflow` go to a temporary file, and all of those together are kept under
  `spool_budget` (a body that does not fit is refused 503 with Retry-After, before it is read),
  so uploads can never fill the disk the payments are written to;
- a connection must send its request line and headers within `head_timeout`, and a body at
  `min_body_rate` on average after that; slower ones are closed (a byte now and then no longer
  holds a connection for ever), idle keep-alive connections after `channel_timeout`;
- `connection_limit` is far above what trickling clients can fill before they are cut off,
  and waiting connections cost no thread (waitress reads asynchronously, poll() not select());
- a caller whose address is rate-limited for failed authentication (ratelimit.py) is refused
  429 on /api/ before its body is read, and an /api/ body that would be spooled needs at
  least a bearer token header (401 otherwise; the token itself is checked by the app).
All values live in ExchangeConfig; `serve_forever` and `start_in_thread` use the same ones.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import os
import signal
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from waitress import create_server
from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.utilities import Error

from usu_desktop.exchange.config import ExchangeConfig

log = logging.getLogger("usu_exchange")

# After refusing a request whose body is still arriving, the server stops writing but reads on
# (and drops) for a little while: closing a socket with unread data sends a TCP reset, and a reset
# can make the client's kernel throw away the 413/503 it had already received (the terminal sees
# "connection reset" instead of an answer). Bounded in time and bytes, so lingering costs nothing.
LINGER_SECONDS = 2.0
LINGER_BYTES = 8 * 1024 * 1024


def _proxy(trusted_proxy: str | None) -> dict[str, Any]:
    """waitress options: X-Forwarded-* is believed only from the one reverse proxy named, and
    dropped from everyone else (so nobody can forge an address past the /osmp allow-list)."""
    if not trusted_proxy:
        return {"clear_untrusted_proxy_headers": True}
    return {"trusted_proxy": trusted_proxy, "trusted_proxy_count": 1,
            "trusted_proxy_headers": {"x-forwarded-for", "x-forwarded-proto", "x-forwarded-host"},
            "clear_untrusted_proxy_headers": True}


def waitress_options(config: ExchangeConfig, threads: int | None = None,
                     trusted_proxy: str | None = None) -> dict[str, Any]:
    """The waitress adjustments for this config (the guard below does the per-route part)."""
    largest = max(config.osmp_max_body, config.api_max_body, config.api_small_body,
                  config.page_max_body)
    return {"threads": threads or config.threads, "ident": "usu-exchange",
            "connection_limit": config.connection_limit,
            "channel_timeout": config.channel_timeout,
            "cleanup_interval": config.cleanup_interval,
            "inbuf_overflow": config.inbuf_overflow,
            "max_request_body_size": largest + 1,  # waitress refuses at >= this
            "max_request_header_size": 32 * 1024,
            "asyncore_use_poll": True,  # select() stops at 1024 descriptors
            "backlog": 1024,
            **_proxy(trusted_proxy)}


class _Refused(Error):
    """An early refusal with a Retry-After header (waitress answers it and closes)."""

    def __init__(self, code: int, reason: str, retry_after: int) -> None:
        super().__init__(f"Retry after {retry_after} s.")
        self.code = code
        self.reason = reason
        self.retry_after = retry_after

    def to_response(self, ident: str | None = None) -> tuple[str, list[tuple[str, str]], bytes]:
        status, headers, body = super().to_response(ident)
        return status, [*headers, ("Retry-After", str(self.retry_after))], body


class _TooLarge(Error):
    code = 413
    reason = "Request Entity Too Large"


class _Unauthorized(Error):
    code = 401
    reason = "Unauthorized"


class Guard:
    """Shared by the channels of one server: the config, the limiters, the spool budget and
    counters a test or the log can read."""

    def __init__(self, config: ExchangeConfig, limits: Any, trusted_proxy: str | None) -> None:
        self.config = config
        self.limits = limits
        self.trusted_proxy = trusted_proxy
        self._lock = threading.Lock()
        self.spooled = 0  # bytes reserved by bodies now being received or served
        self.spool_high_water = 0
        self.refused_too_large = 0
        self.refused_spool = 0
        self.refused_rate = 0
        self.refused_unauthenticated = 0
        self.closed_slow = 0

    def reserve(self, size: int) -> bool:
        with self._lock:
            if self.spooled + size > self.config.spool_budget:
                self.refused_spool += 1
                return False
            self.spooled += size
            self.spool_high_water = max(self.spool_high_water, self.spooled)
            return True

    def release(self, size: int) -> None:
        with self._lock:
            self.spooled -= size

    def count(self, name: str) -> None:
        with self._lock:
            setattr(self, name, getattr(self, name) + 1)

    def client_address(self, peer: str, headers: dict[str, str]) -> str:
        """As waitress will see it: the last X-Forwarded-For entry, only from the trusted proxy."""
        if self.trusted_proxy and peer == self.trusted_proxy:
            forwarded = headers.get("X_FORWARDED_FOR", "").split(",")[-1].strip()
            return forwarded or peer
        return peer


class _Parser(HTTPRequestParser):
    """One request; decides on the body as soon as the headers are in."""

    def __init__(self, adj: Any, guard: Guard, peer: str) -> None:
        super().__init__(adj)
        self.base_adj: Any = adj
        self.guard = guard
        self.peer = peer
        self.started = time.monotonic()
        self.reserved = 0

    def parse_header(self, header_plus: bytes) -> None:
        super().parse_header(header_plus)
        guard = self.guard
        limit = guard.config.body_limit(self.command or "GET", self.path or "/")
        adj = copy.copy(self.base_adj)
        adj.max_request_body_size = limit + 1  # the parser refuses at >= this, chunked too
        self.adj = adj
        if self.content_length > limit:
            guard.count("refused_too_large")
            log.warning("body refused before reading: %s %s, Content-Length %d > %d, from %s",
                        self.command, self.path[:80], self.content_length, limit, self.peer)
            return  # the caller (received) sees content_length >= max and answers 413
        if self.body_rcv is None:
            return  # nothing to read: the app answers (JSON, and its own 429 on /api/)
        if (self.path or "").startswith("/api/") and guard.limits is not None:
            wait = guard.limits.auth.retry_after(guard.client_address(self.peer, self.headers))
            if wait:
                guard.count("refused_rate")
                self._refuse(_Refused(429, "Too Many Requests", wait))
                return
        expected = limit if self.chunked else self.content_length
        if expected > self.adj.inbuf_overflow:
            if (self.path or "").startswith("/api/") and not self._has_bearer():
                guard.count("refused_unauthenticated")
                self._refuse(_Unauthorized("A body this large needs a bearer token."))
                return
            if not guard.reserve(expected):
                log.warning("spool budget full: %s %s refused (503) from %s", self.command,
                            self.path[:80], self.peer)
                self._refuse(_Refused(503, "Service Unavailable", 5))
                return
            self.reserved = expected

    def _has_bearer(self) -> bool:
        scheme, _, token = self.headers.get("AUTHORIZATION", "").partition(" ")
        return scheme.lower() == "bearer" and bool(token.strip())

    def _refuse(self, error: Error) -> None:
        self.error = error
        self.body_rcv = None
        self.content_length = 0
        self.completed = True

    def received(self, data: bytes) -> int:
        if self.completed and self.error is not None:
            return len(data)  # refused: the rest of what it sends is dropped unread
        consumed = super().received(data)
        if self.error is not None and self.error.code == 413 and not isinstance(self.error, _TooLarge):
            limit = self.adj.max_request_body_size - 1
            self.error = _TooLarge(f"The limit for {self.path[:80]} is {limit} bytes.")
            if self.chunked:
                self.guard.count("refused_too_large")
                log.warning("chunked body cut off at %d bytes: %s %s from %s",
                            self.body_bytes_received, self.command, self.path[:80], self.peer)
        if self.completed and self.error is not None:
            return len(data)
        return consumed

    def too_slow(self, now: float) -> bool:
        cfg = self.guard.config
        elapsed = now - self.started
        if elapsed <= cfg.head_timeout:
            return False
        if not self.headers_finished:
            return True
        return self.body_bytes_received < cfg.min_body_rate * (elapsed - cfg.head_timeout)

    def close(self) -> None:
        if self.reserved:
            self.guard.release(self.reserved)
            self.reserved = 0
        super().close()


class _Channel(HTTPChannel):
    guard: Guard

    def __init__(self, server: Any, sock: Any, addr: Any, adj: Any, map: Any = None) -> None:
        peer = addr[0] if isinstance(addr, tuple) else str(addr)
        guard = self.guard
        self.last_parser: _Parser | None = None
        self.linger_until: float | None = None  # set once the answer is out and we only drain
        self.lingered = 0

        def parser(adjustments: Any) -> _Parser:
            self.last_parser = _Parser(adjustments, guard, peer)
            return self.last_parser

        self.parser_class = parser  # type: ignore[assignment]
        super().__init__(server, sock, addr, adj, map)

    def received(self, data: bytes) -> bool:
        requests = self.requests
        if requests and requests[-1].error is not None:
            return False  # refused and about to be closed: the rest of its body is not parsed
        return bool(super().received(data))

    # --- lingering close (see LINGER_SECONDS) ------------------------------------------
    def readable(self) -> bool:
        return True if self.linger_until is not None else bool(super().readable())

    def writable(self) -> bool:
        return False if self.linger_until is not None else bool(super().writable())

    def handle_read(self) -> None:
        if self.linger_until is None:
            super().handle_read()
            return
        try:
            data = self.recv(65536)  # b"" means the client closed: recv has closed us too
        except OSError:
            data = b""
        self.lingered += len(data)
        if data and (self.lingered > LINGER_BYTES or time.monotonic() > self.linger_until):
            self.handle_close()

    def linger_expired(self, now: float) -> bool:
        return self.linger_until is not None and now > self.linger_until

    def _start_lingering(self) -> bool:
        parser = self.last_parser
        if (self.linger_until is not None or parser is None or parser.error is None
                or self.socket is None or self.total_outbufs_len):
            return False
        try:
            self.socket.shutdown(socket.SHUT_WR)  # the answer is out: send FIN after it
        except OSError:
            return False
        self.will_close = self.close_when_flushed = False
        self.linger_until = time.monotonic() + LINGER_SECONDS
        return True

    def handle_close(self) -> None:
        request: Any = getattr(self, "request", None)
        if isinstance(request, _Parser):  # one still being received: give its spool back
            self.request = None
            request.close()
        if self._start_lingering():
            return
        super().handle_close()


def _install(server: Any, guard: Guard) -> None:
    """Our channel class and a maintenance sweep that also closes slow senders."""
    server.channel_class = type("ExchangeChannel", (_Channel,), {"guard": guard})
    idle_sweep = server.maintenance

    def maintenance(now: float) -> None:
        idle_sweep(now)
        mono = time.monotonic()
        slow = 0
        for channel in list(server.active_channels.values()):
            if isinstance(channel, _Channel) and channel.linger_expired(mono):
                channel.handle_close()
                continue
            request = getattr(channel, "request", None)
            if isinstance(request, _Parser) and not channel.will_close and request.too_slow(mono):
                channel.will_close = True
                slow += 1
        if slow:
            with guard._lock:
                guard.closed_slow += slow
            log.warning("closed %d connection(s) too slow to send their request", slow)

    server.maintenance = maintenance
    server.exchange_guard = guard


def _config_of(app: Any) -> tuple[ExchangeConfig, Any]:
    extensions = getattr(app, "extensions", {})
    return (extensions.get("usu_exchange_config") or ExchangeConfig(),
            extensions.get("usu_exchange_limits"))


def make_server(app: Any, host: str, port: int, threads: int | None = None,
                trusted_proxy: str | None = None, sock: socket.socket | None = None) -> Any:
    """A waitress server for `app` (made by create_app) with the exchange's limits; on `sock`
    (already listening, shared by the workers of `serve_workers`) instead of host and port."""
    config, limits = _config_of(app)
    where: dict[str, Any] = {"sockets": [sock]} if sock is not None else {"host": host, "port": port}
    server = create_server(app, **where, **waitress_options(config, threads, trusted_proxy))
    _install(server, Guard(config, limits, trusted_proxy))
    return server


def serve_forever(app: Any, host: str, port: int, threads: int | None = None,
                  trusted_proxy: str | None = None) -> None:
    """Run until interrupted."""
    server = make_server(app, host, port, threads, trusted_proxy)
    server.print_listen("Serving on http://{}:{}")
    server.run()  # returns on Ctrl-C


# --- several worker processes on one port (usu-exchange serve --workers N) ------------------------
WORKER_QUICK_EXIT = 5.0  # a worker that dies sooner than this after its start counts as failing
WORKER_MAX_QUICK_EXITS = 5  # ... this many times in a row, and the whole service stops (exit 3)
WORKER_STOP_SECONDS = 10.0  # SIGTERM, then this long for the workers to finish, then SIGKILL


_STOP_SIGNALS = {signal.SIGTERM, signal.SIGINT}


class _Stop(BaseException):
    """SIGTERM or SIGINT reached the supervisor."""


def listening_socket(host: str, port: int, backlog: int = 1024) -> socket.socket:
    """One listening TCP socket for all the workers (their kernel accept queue is shared)."""
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                         flags=socket.AI_PASSIVE)[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind(address)
        sock.listen(backlog)
    except BaseException:
        sock.close()
        raise
    return sock


def _worker(build_app: Callable[[], Any], sock: socket.socket, threads: int | None,
            trusted_proxy: str | None, number: int) -> None:
    """A forked worker: its own app, store and database connections, serving the shared socket.
    Never returns into the supervisor's code."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the supervisor, which stops us

        def _terminate(_signum: int, _frame: Any) -> None:
            raise SystemExit(0)

        signal.signal(signal.SIGTERM, _terminate)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)  # blocked by the fork (start())
        app = build_app()
        server = make_server(app, "", 0, threads, trusted_proxy, sock=sock)
        log.info("worker %d (pid %d) serving", number, os.getpid())
        server.run()  # returns on SystemExit
    except SystemExit:
        pass
    except BaseException:
        log.exception("worker %d (pid %d) failed", number, os.getpid())
        code = 3
    finally:
        logging.shutdown()
        os._exit(code)


def serve_workers(build_app: Callable[[], Any], host: str, port: int, workers: int,
                  threads: int | None = None, trusted_proxy: str | None = None,
                  sock: socket.socket | None = None) -> int:
    """Pre-fork: one listening socket, `workers` processes each running waitress on it; blocks.

    `build_app` runs in each worker after the fork (each has its own store and connections, so
    the database must be one that several processes may write: PostgreSQL). A worker that dies
    is started again; one that keeps dying at once stops the service (exit 3). SIGTERM or SIGINT
    stops the workers (SIGTERM, then SIGKILL after WORKER_STOP_SECONDS) and returns 0.
    POSIX only (fork)."""
    sock = sock or listening_socket(host, port)
    children: dict[int, tuple[int, float]] = {}  # pid -> (worker number, started)
    quick_exits = 0

    def start(number: int) -> None:
        # No stop signal between the fork and the child's own handlers, or before the pid is known.
        signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
        try:
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the child's coverage is not collected
                _worker(build_app, sock, threads, trusted_proxy, number)
            children[pid] = (number, time.monotonic())
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)

    def stop(_signum: int, _frame: Any) -> None:
        raise _Stop

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    name = sock.getsockname()
    log.info("Serving on http://%s:%d with %d worker processes", name[0], name[1], workers)
    code = 0
    try:
        for number in range(1, workers + 1):
            start(number)
        while True:
            pid, status = os.waitpid(-1, 0)
            if pid not in children:
                continue
            number, started = children.pop(pid)
            quick = time.monotonic() - started < WORKER_QUICK_EXIT
            quick_exits = quick_exits + 1 if quick else 0
            log.warning("worker %d (pid %d) ended (%s); %s", number, pid, _exit_text(status),
                        "stopping" if quick_exits >= WORKER_MAX_QUICK_EXITS else "starting it again")
            if quick_exits >= WORKER_MAX_QUICK_EXITS:
                code = 3
                break
            if quick:
                time.sleep(min(5.0, 0.2 * 2 ** quick_exits))  # a failing start must not spin
            start(number)
    except _Stop:
        log.info("stopping %d worker processes", len(children))
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        _stop_children(children)
        sock.close()
    return code


def _exit_text(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"signal {os.WTERMSIG(status)}"
    return f"exit {os.WEXITSTATUS(status)}"


def _stop_children(children: dict[int, tuple[int, float]]) -> None:
    for pid in children:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + WORKER_STOP_SECONDS
    while children and time.monotonic() < deadline:
        for pid in list(children):
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                children.pop(pid)
        if children:
            time.sleep(0.05)
    for pid in list(children):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        children.pop(pid)


@dataclass
class RunningServer:
    """A waitress server on a daemon thread; `url` is where it listens."""

    url: str
    _thread: threading.Thread
    _stopping: threading.Event
    _server: Any = None

    @property
    def guard(self) -> Guard:
        """The limits' counters (refusals, spool high water, slow connections closed)."""
        return self._server.exchange_guard  # type: ignore[no-any-return]

    def open_connections(self) -> int:
        return len(self._server.active_channels)

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=10)


def _loop(server: Any, stopping: threading.Event) -> None:
    """waitress's own loop in short slices, so the same thread can close everything at the end."""
    while not stopping.is_set():
        server.asyncore.loop(timeout=0.05, map=server._map, use_poll=True, count=1)
    server.task_dispatcher.shutdown(timeout=5)
    for channel in list(server._map.values()):
        channel.close()


def start_in_thread(app: Any, host: str = "127.0.0.1", port: int = 0, threads: int | None = 8,
                    trusted_proxy: str | None = None) -> RunningServer:
    """Start serving `app` on a free port (port 0) and return at once."""
    server = make_server(app, host, port, threads, trusted_proxy)
    stopping = threading.Event()
    thread = threading.Thread(target=_loop, args=(server, stopping), name="usu-exchange", daemon=True)
    thread.start()
    return RunningServer(f"http://{host}:{server.effective_port}", thread, stopping, server)

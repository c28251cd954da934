"""Serving the app with waitress: in the foreground (CLI) or on a background thread (tests, benchmarks)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from waitress import create_server, serve


def _proxy(trusted_proxy: str | None) -> dict[str, Any]:
    """waitress options: X-Forwarded-* is believed only from the one reverse proxy named, and
    dropped from everyone else (so nobody can forge an address past the /osmp allow-list)."""
    if not trusted_proxy:
        return {"clear_untrusted_proxy_headers": True}
    return {"trusted_proxy": trusted_proxy, "trusted_proxy_count": 1,
            "trusted_proxy_headers": {"x-forwarded-for", "x-forwarded-proto", "x-forwarded-host"},
            "clear_untrusted_proxy_headers": True}


def serve_forever(app: Any, host: str, port: int, threads: int = 8,
                  trusted_proxy: str | None = None) -> None:
    """Run until interrupted; waitress reads whole request bodies before the app sees them."""
    serve(app, host=host, port=port, threads=threads, ident="usu-exchange",
          max_request_body_size=1024 * 1024 * 1024, **_proxy(trusted_proxy))


@dataclass
class RunningServer:
    """A waitress server on a daemon thread; `url` is where it listens."""

    url: str
    _thread: threading.Thread
    _stopping: threading.Event

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


def start_in_thread(app: Any, host: str = "127.0.0.1", port: int = 0, threads: int = 8,
                    trusted_proxy: str | None = None) -> RunningServer:
    """Start serving `app` on a free port (port 0) and return at once."""
    server = create_server(app, host=host, port=port, threads=threads, ident="usu-exchange",
                           **_proxy(trusted_proxy))
    stopping = threading.Event()
    thread = threading.Thread(target=_loop, args=(server, stopping), name="usu-exchange", daemon=True)
    thread.start()
    return RunningServer(f"http://{host}:{server.effective_port}", thread, stopping)

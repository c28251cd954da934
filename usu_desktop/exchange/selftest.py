"""`usu-exchange --self-test`: the real service, on a free loopback port, answers a terminal.

For a packaged build (`./dev.sh build --self-test` runs it from the PyInstaller folder): a
temporary SQLite store with the sandbox's demo charge list, the WSGI app served by waitress on
127.0.0.1 (port 0, so a free one), then over HTTP one OSMP `check` for a demo client, the
payment-link page's stylesheet and the page for an unknown link (package data: static files and
templates). The server is stopped and the store deleted. Exit 0 with one line on stdout, or 1
with what went wrong on stderr.
"""

from __future__ import annotations

import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

from usu_desktop.exchange.app import create_app
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.sandbox import seed_demo
from usu_desktop.exchange.server import start_in_thread
from usu_desktop.exchange.store import Store

TIMEOUT = 30  # seconds for each request


class SelfTestFailed(Exception):
    pass


def _get(url: str) -> tuple[int, str, bytes]:
    """(status, content type, body); an HTTP error status is an answer too."""
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read()


def _expect(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestFailed(what)


def _exercise(base: str, account: str) -> None:
    query = urllib.parse.urlencode({"command": "check", "txn_id": "1", "account": account})
    status, kind, body = _get(f"{base}/osmp?{query}")
    _expect(status == 200 and kind.startswith("text/xml"), f"/osmp answered {status} {kind}")
    result = ET.fromstring(body).findtext("result")
    _expect(result == "0", f"/osmp check for {account} gave result {result}: {body[:200]!r}")
    status, kind, body = _get(f"{base}/pay/links.css")
    _expect(status == 200 and kind.startswith("text/css") and bool(body), f"/pay/links.css answered {status}")
    status, kind, body = _get(f"{base}/pay/not-a-link")
    _expect(kind.startswith("text/html") and b"links.css" in body,
            f"/pay/not-a-link answered {status} {kind}")


def run() -> int:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="usu-exchange-self-test-") as folder:
        config = ExchangeConfig(db_url=f"sqlite:///{Path(folder) / 'exchange.sqlite3'}")
        store = Store(config.db_url)
        try:
            account = seed_demo(store, config.currency)[0]
            server = start_in_thread(create_app(config, store), host="127.0.0.1", port=0, threads=2)
            try:
                _exercise(server.url, account)
            finally:
                server.stop()
        except (SelfTestFailed, OSError) as err:
            print(f"usu-exchange self-test failed: {err}", file=sys.stderr)
            return 1
        finally:
            store.close()
    print(f"usu-exchange self-test ok: served {server.url}, OSMP check result 0, "
          f"link page and stylesheet, {time.monotonic() - started:.2f} s")
    return 0

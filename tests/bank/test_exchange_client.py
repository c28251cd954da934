"""ExchangeClient against real servers on 127.0.0.1: the exchange itself and small misbehaving ones."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from werkzeug.serving import make_server

from tests.exchange.conftest import IVANOV, PETROVA, Exchange, make_exchange, pay
from usu_desktop.bank import credentials
from usu_desktop.bank.errors import BankError
from usu_desktop.bank.exchange_client import ChargeLine, ChargeSnapshot, ExchangeClient
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money

FAST = {"timeout": (2, 5), "retries": 2, "backoff": 0.01}


@pytest.fixture
def exchange(tmp_path: Path) -> Iterator[Exchange]:
    ex = make_exchange(tmp_path)
    try:
        yield ex
    finally:
        ex.server.stop()
        ex.store.close()


def snapshot(snapshot_id: str = "s1", rub: str = "1500.00") -> ChargeSnapshot:
    return ChargeSnapshot(snapshot_id, "RUB", datetime.now(UTC), [
        ChargeLine(IVANOV, Money(rub, "RUB"), "Ivanov I.", ("RF18539007547034",)),
        ChargeLine(PETROVA, Money("99.50", "RUB"), "Petrova A.")])


def test_round_trip_upload_pay_fetch_ack(exchange: Exchange) -> None:
    client = ExchangeClient(exchange.url, exchange.token, **FAST)
    health = client.health()
    assert health.status == "ok" and health.server_time.tzinfo is not None and health.snapshot_id is None
    assert client.upload_charges(snapshot())["status"] == "replaced"
    assert client.upload_charges(snapshot())["status"] == "unchanged"
    pay(exchange, "501", IVANOV, "700.00")
    pay(exchange, "502", PETROVA, "99.50")
    page = client.fetch_payments(after=0, limit=1)
    assert page.has_more and len(page.payments) == 1
    first = page.payments[0]
    assert (first.source, first.external_id, first.account, first.amount) == (
        "terminal", "501", IVANOV, Money("700.00", "RUB"))
    assert first.paid_at.tzinfo is not None and first.prv_txn == first.cursor
    rest = client.fetch_payments(after=page.next_cursor, limit=1000)
    assert [p.amount for p in rest.payments] == [Money("99.50", "RUB")] and not rest.has_more
    assert client.ack(rest.next_cursor) == rest.next_cursor


def test_refusal_carries_the_servers_code_and_detail(exchange: Exchange) -> None:
    client = ExchangeClient(exchange.url, exchange.token, **FAST)
    bad = ChargeSnapshot("s1", "RUB", datetime.now(UTC), [
        ChargeLine(IVANOV, Money("1.00", "RUB"), "Ivanov I."),
        ChargeLine(IVANOV[:-1] + str((int(IVANOV[-1]) + 1) % 10), Money("1.00", "RUB"), "X.")])
    with pytest.raises(BankError) as err:
        client.upload_charges(bad)
    assert err.value.code == "exchange_refused"
    assert err.value.params["server_code"] == "bad_check_digit"
    assert err.value.params["detail"]["index"] == 1
    assert isinstance(err.value, DomainError)


def test_wrong_token_is_exchange_auth(exchange: Exchange) -> None:
    with pytest.raises(BankError) as err:
        ExchangeClient(exchange.url, "not-the-token", **FAST).fetch_payments(0, 10)
    assert err.value.code == "exchange_auth" and err.value.params["status"] == 401


def test_snapshot_must_be_one_currency_and_aware() -> None:
    mixed = ChargeSnapshot("s", "RUB", datetime.now(UTC), [ChargeLine(IVANOV, Money("1", "KZT"), "I.")])
    with pytest.raises(BankError, match="snapshot_currency_mismatch"):
        mixed.to_json()
    with pytest.raises(BankError, match="snapshot_naive_time"):
        ChargeSnapshot("s", "RUB", datetime(2026, 1, 1), []).to_json()


def test_plain_http_is_only_for_this_computer() -> None:
    with pytest.raises(BankError, match="exchange_insecure_url"):
        ExchangeClient("http://clinic.example", "t")
    with pytest.raises(BankError, match="exchange_bad_url"):
        ExchangeClient("ftp://clinic.example", "t")
    ExchangeClient("http://clinic.example", "t", allow_insecure_http=True)
    ExchangeClient("https://clinic.example/exchange/", "t")


# --- servers that fail ----------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_server_down_is_unreachable_after_retries() -> None:
    client = ExchangeClient(f"http://127.0.0.1:{_free_port()}", "t", **FAST)
    with pytest.raises(BankError) as err:
        client.health()
    assert err.value.code == "exchange_unreachable"


class Silent:
    """A server that accepts connections and never answers; `held` are the connections it took."""

    def __init__(self, url: str, held: list[socket.socket]) -> None:
        self.url, self.held = url, held


@pytest.fixture
def silent_server() -> Iterator[Silent]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield Silent(f"http://127.0.0.1:{listener.getsockname()[1]}", held)
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    listener.close()


def test_silent_server_is_timeout_and_is_retried(silent_server: Silent) -> None:
    client = ExchangeClient(silent_server.url, "t", timeout=(1, 0.2), retries=2, backoff=0.01)
    with pytest.raises(BankError) as err:
        client.fetch_payments(0, 10)
    assert err.value.code == "exchange_timeout" and err.value.params["phase"] == "read"
    assert len(silent_server.held) == 3  # the first attempt and two retries, each on a new connection


class Canned:
    """A WSGI app answering each path from a script of (status, content type, body); counts hits."""

    def __init__(self) -> None:
        self.script: dict[str, list[tuple[int, str, bytes]]] = {}
        self.hits: dict[str, int] = {}

    def __call__(self, environ: dict[str, Any], start_response: Any) -> list[bytes]:
        path = environ["PATH_INFO"]
        self.hits[path] = self.hits.get(path, 0) + 1
        steps = self.script.get(path) or [(404, "text/plain", b"no")]
        status, ctype, body = steps.pop(0) if len(steps) > 1 else steps[0]
        start_response(f"{status} X", [("Content-Type", ctype), ("Content-Length", str(len(body)))])
        return [body]


@pytest.fixture
def canned() -> Iterator[tuple[str, Canned]]:
    app = Canned()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", app
    server.shutdown()
    thread.join()


JSON = "application/json"
HEALTH = "/api/v1/health"
PAYMENTS = "/api/v1/payments"
GOOD_HEALTH = (200, JSON, b'{"status":"ok","version":"1","server_time":"2026-11-22T10:00:00+00:00"}')


def test_http_500_is_server_error_after_all_retries(canned) -> None:
    url, app = canned
    app.script[HEALTH] = [(500, "text/html", b"<h1>Internal Server Error</h1>")]
    with pytest.raises(BankError) as err:
        ExchangeClient(url, "t", **FAST).health()
    assert err.value.code == "exchange_server_error" and err.value.params["status"] == 500
    assert app.hits[HEALTH] == 3


def test_503_then_ok_recovers_by_retrying(canned) -> None:
    url, app = canned
    app.script[HEALTH] = [(503, "text/plain", b"busy"), GOOD_HEALTH]
    assert ExchangeClient(url, "t", **FAST).health().status == "ok"
    assert app.hits[HEALTH] == 2


def test_charge_upload_is_retried_because_the_snapshot_id_makes_it_safe(canned) -> None:
    url, app = canned
    app.script["/api/v1/charges"] = [(502, "text/html", b"<h1>Bad Gateway</h1>"),
                                     (200, JSON, b'{"status": "unchanged", "snapshot_id": "s1", "count": 2}')]
    assert ExchangeClient(url, "t", **FAST).upload_charges(snapshot())["status"] == "unchanged"
    assert app.hits["/api/v1/charges"] == 2


def test_non_idempotent_calls_are_not_retried(canned) -> None:
    url, app = canned
    app.script["/api/v1/future"] = [(503, "text/plain", b"busy")]
    with pytest.raises(BankError, match="exchange_server_error"):
        ExchangeClient(url, "t", **FAST)._request("POST", "/future", idempotent=False)
    assert app.hits["/api/v1/future"] == 1


def test_401_is_auth_and_not_retried(canned) -> None:
    url, app = canned
    app.script[HEALTH] = [(401, JSON, b'{"error":"unauthorized","detail":{}}')]
    with pytest.raises(BankError) as err:
        ExchangeClient(url, "t", **FAST).health()
    assert err.value.code == "exchange_auth" and app.hits[HEALTH] == 1


@pytest.mark.parametrize(("answer", "reason"), [
    ((200, JSON, b'{"payments": [1, 2'), "not_json"),
    ((200, "text/html", b"<html><body>Parked domain</body></html>"), "not_json"),
    ((200, JSON, b"[]"), "not_json"),
    ((200, JSON, b'{"next_cursor": 0, "has_more": false}'), "missing_field"),
    ((200, JSON, b'{"payments": [{"cursor": 1}], "next_cursor": 1, "has_more": false}'), "missing_field"),
    ((404, "text/html", b"<h1>Not Found</h1>"), "not_json"),
    ((302, "text/html", b""), "not_json"),
])
def test_malformed_answers_are_bad_response(canned, answer, reason: str) -> None:
    url, app = canned
    app.script[PAYMENTS] = [answer]
    with pytest.raises(BankError) as err:
        ExchangeClient(url, "t", **FAST).fetch_payments(0, 10)
    assert err.value.code == "exchange_bad_response" and err.value.params["reason"] == reason


def test_cursor_going_backwards_is_bad_response(canned) -> None:
    url, app = canned
    item = (b'{"cursor": %d, "source": "terminal", "external_id": "1", "account": "100014",'
            b' "amount_minor": 100, "currency": "RUB", "paid_at": "2026-11-22T10:00:00+00:00", "prv_txn": 1}')
    app.script[PAYMENTS] = [(200, JSON, b'{"payments": [' + item % 5 + b"], "
                             b'"next_cursor": 5, "has_more": false}')]
    with pytest.raises(BankError) as err:
        ExchangeClient(url, "t", **FAST).fetch_payments(after=7, limit=10)
    assert err.value.params["field"] == "cursor"
    assert ExchangeClient(url, "t", **FAST).fetch_payments(after=4, limit=10).next_cursor == 5


def test_tls_is_verified(tmp_path: Path) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl command not available")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                    "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"], check=True,
                   capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = make_server("127.0.0.1", 0, Canned(), threaded=True, ssl_context=context)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        with pytest.raises(BankError) as err:
            ExchangeClient(f"https://127.0.0.1:{server.server_port}", "t", **FAST).health()
        assert err.value.code == "exchange_unreachable" and err.value.params["reason"] == "tls"
    finally:
        server.shutdown()
        thread.join()


def test_credentials_in_memory_when_keyring_is_off(monkeypatch) -> None:
    monkeypatch.setenv("USU_DESKTOP_NO_KEYRING", "1")
    assert credentials.get_token("clinic-a") is None
    credentials.set_token("clinic-a", "secret-1")
    credentials.set_token("clinic-b", "secret-2")
    assert credentials.get_token("clinic-a") == "secret-1"
    credentials.set_token("clinic-a", None)
    assert credentials.get_token("clinic-a") is None and credentials.get_token("clinic-b") == "secret-2"
    credentials.set_token("clinic-b", None)


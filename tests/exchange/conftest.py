"""A real exchange on 127.0.0.1 (waitress on a thread) with a fresh SQLite file per test."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests

from usu_desktop.domain.client_numbers import client_number_create
from usu_desktop.exchange.app import create_app
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.server import RunningServer, start_in_thread
from usu_desktop.exchange.store import Store

IVANOV = client_number_create(10001)  # owes 1500.00
PETROVA = client_number_create(10002)  # owes 99.50
CLOSED = client_number_create(10003)  # inactive
UNKNOWN = client_number_create(10999)  # valid number, not in the list


def charges_body(snapshot_id: str = "s1", **extra: Any) -> dict[str, Any]:
    body = {"snapshot_id": snapshot_id, "currency": "RUB",
            "generated_at": datetime.now(UTC).isoformat(),
            "charges": [
                {"account": IVANOV, "amount_minor": 150000, "masked_name": "Ivanov I.", "rf": []},
                {"account": PETROVA, "amount_minor": 9950, "masked_name": "Petrova A."},
                {"account": CLOSED, "amount_minor": 500, "masked_name": "Sidorov P.", "active": False},
            ]}
    body.update(extra)
    return body


@dataclass
class Exchange:
    url: str
    token: str
    store: Store
    config: ExchangeConfig
    server: RunningServer
    db_path: Path

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def osmp(self, method: str = "GET", **params: str) -> dict[str, Any]:
        resp = requests.request(method, self.url + "/osmp",
                                params=params if method == "GET" else None,
                                data=params if method == "POST" else None, timeout=10)
        assert resp.status_code == 200, resp.text
        assert resp.headers["Content-Type"].startswith("text/xml")
        return parse_osmp(resp.content)

    def put_charges(self, body: dict[str, Any]) -> requests.Response:
        return requests.put(self.url + "/api/v1/charges", json=body, headers=self.auth, timeout=10)

    def payments(self, after: int = 0, limit: int = 100) -> dict[str, Any]:
        resp = requests.get(self.url + "/api/v1/payments", params={"after": after, "limit": limit},
                            headers=self.auth, timeout=10)
        assert resp.status_code == 200, resp.text
        return resp.json()  # type: ignore[no-any-return]


def parse_osmp(body: bytes) -> dict[str, Any]:
    assert body.startswith(b'<?xml version="1.0" encoding="UTF-8"?><response>')
    root = ET.fromstring(body)
    out: dict[str, Any] = {child.tag: child.text for child in root if child.tag != "fields"}
    out["result"] = int(out["result"])
    fields = root.find("fields")
    if fields is not None:
        out["fields"] = {f.get("name"): f.text for f in fields}
    return out


def make_exchange(tmp_path: Path, config: ExchangeConfig | None = None, threads: int = 24,
                  db_url: str | None = None) -> Exchange:
    db_path = tmp_path / "exchange.sqlite3"
    config = config or ExchangeConfig(db_url=db_url or f"sqlite:///{db_path}", osmp_min_minor=100,
                                      osmp_max_minor=15_000_000)
    store = Store(config.db_url)
    token = store.add_token("desk-1")
    server = start_in_thread(create_app(config, store), threads=threads)
    return Exchange(server.url, token, store, config, server, db_path)


@pytest.fixture
def exchange(tmp_path: Path, exchange_url: str) -> Iterator[Exchange]:
    ex = make_exchange(tmp_path, db_url=exchange_url)
    try:
        yield ex
    finally:
        ex.server.stop()
        ex.store.close()


@pytest.fixture
def loaded(exchange: Exchange) -> Exchange:
    """An exchange that already has the test charge list."""
    resp = exchange.put_charges(charges_body())
    assert resp.status_code == 200, resp.text
    return exchange


def pay(ex: Exchange, txn_id: str, account: str, amount: str, **extra: str) -> dict[str, Any]:
    return ex.osmp(command="pay", txn_id=txn_id, account=account, sum=amount,
                   txn_date=extra.pop("txn_date", "20261122093000"), **extra)


def check(ex: Exchange, account: str, txn_id: str = "900", **extra: str) -> dict[str, Any]:
    return ex.osmp(command="check", txn_id=txn_id, account=account, **extra)

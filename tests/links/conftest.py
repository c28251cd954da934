"""A real usu-exchange in sandbox mode on 127.0.0.1 and helpers to make and age links."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import update

from tests.exchange.conftest import Exchange, make_exchange
from usu_desktop.domain.client_numbers import client_number_create
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.link_store import links_table

ACCOUNT = client_number_create(10001)


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[Exchange]:
    config = ExchangeConfig(db_url=f"sqlite:///{tmp_path / 'exchange.sqlite3'}", sandbox=True)
    ex = make_exchange(tmp_path, config, threads=8)
    try:
        yield ex
    finally:
        ex.server.stop()
        ex.store.close()


def link_body(**extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "token": secrets.token_urlsafe(16), "kind": "invoice", "account": ACCOUNT, "rf": "RF18539007547034",
        "title": "Invoice 2026-00001", "clinic_name": "Clinic <Zdorovye>", "payer_name": "Ivanov I.",
        "currency": "EUR", "amount_minor": 15000, "open_amount": True, "language": "en",
        "expires_at": (datetime.now(UTC) + timedelta(days=3)).isoformat()}
    body.update(extra)
    return body


def make_link(ex: Exchange, **extra: Any) -> dict[str, Any]:
    resp = requests.post(ex.url + "/api/v1/links", json=link_body(**extra), headers=ex.auth, timeout=10)
    assert resp.status_code == 201, resp.text
    return resp.json()  # type: ignore[no-any-return]


def expire(ex: Exchange, link_id: int) -> None:
    """Move a link's expiry into the past, as time would."""
    with ex.store.engine.begin() as conn:
        conn.execute(update(links_table).where(links_table.c.id == link_id)
                     .values(expires_at=datetime.now(UTC).replace(tzinfo=None) - timedelta(minutes=1)))


def pay_link(url: str, amount: str | None = None) -> requests.Response:
    """The payer: open the page, submit the amount, press Pay on the sandbox gateway."""
    s = requests.Session()
    resp = s.post(url, data={} if amount is None else {"amount": amount}, timeout=10)
    if resp.status_code != 200 or "/sandbox/gateway/" not in resp.url:
        return resp
    return s.post(resp.url, timeout=10)

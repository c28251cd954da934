"""A real usu-exchange in sandbox mode on 127.0.0.1 and helpers to make and age links."""

from __future__ import annotations

import secrets
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
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
def sandbox(tmp_path: Path, exchange_url: str) -> Iterator[Exchange]:
    config = ExchangeConfig(db_url=exchange_url, sandbox=True)
    ex = make_exchange(tmp_path, config, threads=8)
    try:
        yield ex
    finally:
        ex.server.stop()
        ex.store.close()


def link_body(**extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "token": secrets.token_urlsafe(16),
        "kind": "invoice",
        "account": ACCOUNT,
        "rf": "RF18539007547034",
        "title": "Invoice 2026-00001",
        "clinic_name": "Clinic <Zdorovye>",
        "payer_name": "Ivanov I.",
        "currency": "EUR",
        "amount_minor": 15000,
        "open_amount": True,
        "language": "en",
        "expires_at": (datetime.now(UTC) + timedelta(days=3)).isoformat(),
    }
    body.update(extra)
    return body


def make_link(ex: Exchange, **extra: Any) -> dict[str, Any]:
    resp = requests.post(ex.url + "/api/v1/links", json=link_body(**extra), headers=ex.auth, timeout=10)
    assert resp.status_code == 201, resp.text
    return resp.json()  # type: ignore[no-any-return]


def expire(ex: Exchange, link_id: int) -> None:
    """Move a link's expiry into the past, as time would."""
    with ex.store.engine.begin() as conn:
        conn.execute(
            update(links_table)
            .where(links_table.c.id == link_id)
            .values(expires_at=datetime.now(UTC).replace(tzinfo=None) - timedelta(minutes=1))
        )


def pay_link(url: str, amount: str | None = None) -> requests.Response:
    """The payer: open the page, submit the amount, press Pay on the sandbox gateway."""
    s = requests.Session()
    resp = s.post(url, data={} if amount is None else {"amount": amount}, timeout=10)
    if resp.status_code != 200 or "/sandbox/gateway/" not in resp.url:
        return resp
    return s.post(resp.url, timeout=10)


# --- a real SMTP server on 127.0.0.1 ----------------------------------------------------------
class Mailbox:
    """aiosmtpd handler: keeps what it accepted; `refuse` makes it answer 554 to the next DATA."""

    def __init__(self) -> None:
        self.messages: list[Any] = []
        self.refuse = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse:
            self.refuse -= 1
            return "554 5.7.1 Message refused"
        from email import message_from_bytes, policy

        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


@dataclass
class Smtp:
    host: str
    port: int
    box: Mailbox
    user: str = "desk"
    password: str = "secret"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[Smtp]:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"desk", b"secret")
        return AuthResult(success=ok, handled=False)

    box = Mailbox()
    port = free_port()
    controller = Controller(
        box, hostname="127.0.0.1", port=port, authenticator=authenticator, auth_require_tls=False
    )
    controller.start()
    try:
        yield Smtp("127.0.0.1", port, box)
    finally:
        controller.stop()


# --- a clinic database wired to the sandbox exchange and the SMTP server -----------------------
FAST = {"timeout": (2, 5), "retries": 1, "backoff": 0.01}


@dataclass
class Desk:
    db: Any
    clients: Any
    invoicing: Any
    sync: Any
    links: Any
    messaging: Any
    reminders: Any
    exchange: Exchange
    smtp: Smtp

    def patient(self, first: str, last: str, email: str = "", phone: str = "", language: str = "en") -> int:
        from usu_desktop.services.clients import ClientInput

        made = self.clients.create(
            ClientInput(first, last, None, phone, email, language), confirm_duplicates=True
        )
        assert made.client_id is not None
        return int(made.client_id)

    def invoice(self, client_id: int, amount: str, issued: date | None = None) -> int:
        from decimal import Decimal

        from usu_desktop.domain.invoices import InvoiceLine
        from usu_desktop.domain.money import Money

        line = InvoiceLine.of("Consultation", Decimal(1), Money(amount, "EUR"), "0")
        draft = self.invoicing.create_draft(client_id, [line])
        self.invoicing.issue(draft, issue_date=issued)
        return int(draft)


@pytest.fixture
def desk(db_url: str, sandbox: Exchange, smtp: Smtp) -> Iterator[Desk]:
    from usu_desktop.bank import credentials
    from usu_desktop.bank.links_client import LinksClient
    from usu_desktop.bank.mail import SmtpConfig
    from usu_desktop.services.check import check_books
    from usu_desktop.services.clients import ClientService
    from usu_desktop.services.invoicing import InvoicingService
    from usu_desktop.services.links import LinkService
    from usu_desktop.services.messaging import MessagingConfig, MessagingService
    from usu_desktop.services.reminders import ReminderService
    from usu_desktop.services.settings import ClinicSettings, SettingsService
    from usu_desktop.services.sync import SyncConfig, SyncService
    from usu_desktop.storage.db import Database

    db = Database.open(db_url)
    SettingsService(db).save(ClinicSettings(name="Clinic Zdorovye", currency="EUR", payment_terms_days=14))

    def sync_client(config: SyncConfig) -> Any:
        return LinksClient(config.url, sandbox.token, **FAST)  # type: ignore[arg-type]

    sync = SyncService(db, "sync", client_factory=sync_client)
    sync.save_config(SyncConfig(url=sandbox.url, profile="links-test"), token=sandbox.token)
    messaging = MessagingService(db, "anna")
    messaging.save_config(
        MessagingConfig(SmtpConfig(smtp.host, smtp.port, "none", smtp.user, "desk@clinic.example")),
        smtp_password=smtp.password,
    )
    links = LinkService(
        db,
        "anna",
        client_factory=lambda: LinksClient(sandbox.url, sandbox.token, **FAST),  # type: ignore[arg-type]
        messaging=messaging,
    )
    reminders = ReminderService(db, "anna", messaging, links)
    yield Desk(
        db,
        ClientService(db, "anna"),
        InvoicingService(db, "anna"),
        sync,
        links,
        messaging,
        reminders,
        sandbox,
        smtp,
    )
    assert check_books(db) == []
    credentials.set_token("links-test", None)
    db.close()

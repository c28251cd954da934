"""A real exchange on 127.0.0.1 and a real clinic database with clients and issued invoices."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from tests.exchange.conftest import Exchange, make_exchange
from usu_desktop.bank import credentials
from usu_desktop.bank.exchange_client import ExchangeClient
from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.services.check import check_books
from usu_desktop.services.clients import ClientInput, ClientService
from usu_desktop.services.invoicing import InvoicingService
from usu_desktop.services.settings import ClinicSettings, SettingsService
from usu_desktop.services.sync import SyncConfig, SyncService
from usu_desktop.storage.db import Database

FAST = {"timeout": (2, 5), "retries": 1, "backoff": 0.01}


def fast_client(config: SyncConfig) -> ExchangeClient:
    token = credentials.get_token(config.profile)
    assert token
    return ExchangeClient(config.url, token, **FAST)


@dataclass
class Clinic:
    db: Database
    clients: ClientService
    invoicing: InvoicingService

    def client(self, first: str, last: str) -> tuple[int, str]:
        made = self.clients.create(ClientInput(first, last), confirm_duplicates=True)
        assert made.client_id is not None and made.client_number is not None
        return made.client_id, made.client_number

    def invoice(self, client_id: int, amount: str) -> int:
        line = InvoiceLine.of("Consultation", Decimal(1), Money(amount, "RUB"), "0")
        draft = self.invoicing.create_draft(client_id, [line])
        self.invoicing.issue(draft)
        return draft


@pytest.fixture
def clinic(db_url: str) -> Iterator[Clinic]:
    db = Database.open(db_url)
    SettingsService(db).save(ClinicSettings(name="Клиника", currency="RUB"))
    yield Clinic(db, ClientService(db, "anna"), InvoicingService(db, "anna"))
    assert check_books(db) == []
    db.close()


@pytest.fixture
def exchange(tmp_path: Path, exchange_url: str) -> Iterator[Exchange]:
    ex = make_exchange(tmp_path, db_url=exchange_url)
    try:
        yield ex
    finally:
        ex.server.stop()
        ex.store.close()


def connect(clinic: Clinic, url: str, token: str, profile: str = "test-desk") -> SyncService:
    service = SyncService(clinic.db, "sync", client_factory=fast_client)
    service.save_config(SyncConfig(url=url, profile=profile), token=token)
    return service


@pytest.fixture
def sync(clinic: Clinic, exchange: Exchange) -> Iterator[SyncService]:
    service = connect(clinic, exchange.url, exchange.token)
    yield service
    credentials.set_token("test-desk", None)

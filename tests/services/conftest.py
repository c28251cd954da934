"""A fresh database file per test, with a clinic set up in EUR."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from usu_desktop.services.check import check_books
from usu_desktop.services.clients import ClientInput, ClientService
from usu_desktop.services.settings import ClinicSettings, SettingsService
from usu_desktop.storage.db import Database


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database.open(db_url)
    SettingsService(database).save(ClinicSettings(name="Κλινική Αθηνών", payment_terms_days=14))
    yield database
    assert check_books(database) == []
    database.close()


@pytest.fixture
def client_id(db: Database) -> int:
    created = ClientService(db, "anna").create(ClientInput("Ivan", "Ivanov", phone="+7 912 345 67 89"))
    assert created.client_id is not None
    return created.client_id

"""Clients: numbers and RF codes, duplicate warnings as data, accent-blind search, archive."""

from __future__ import annotations

from datetime import date

import pytest

from usu_desktop.domain.client_numbers import client_number_is_valid
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.references import rf_is_valid
from usu_desktop.services.clients import ClientInput, ClientService
from usu_desktop.storage.db import Database
from usu_desktop.storage.queries import ClientFilter, client_ids, client_rows, count_clients


def test_numbers_are_sequential_with_check_digit_and_rf(db: Database) -> None:
    svc = ClientService(db, "anna")
    a = svc.create(ClientInput("Алексей", "Смирнов"))
    b = svc.create(ClientInput("Νίκος", "Παπαδόπουλος"))
    assert a.client_number and b.client_number
    assert int(b.client_number[:-1]) == int(a.client_number[:-1]) + 1
    assert client_number_is_valid(a.client_number) and rf_is_valid(a.rf_code or "")


def test_duplicates_are_returned_not_created(db: Database) -> None:
    svc = ClientService(db, "anna")
    first = svc.create(ClientInput("Leyla", "Məmmədova", date(1990, 1, 2), "+994 50 123 45 67"))
    same_name = svc.create(ClientInput("leyla", "MƏMMƏDOVA", date(1990, 1, 2)))
    assert same_name.client_id is None and [d.id for d in same_name.duplicates] == [first.client_id]
    same_phone = svc.create(ClientInput("Other", "Person", phone="+994501234567"))
    assert same_phone.client_id is None and same_phone.duplicates[0].id == first.client_id
    forced = svc.create(ClientInput("Other", "Person", phone="+994501234567"), confirm_duplicates=True)
    assert forced.client_id is not None and forced.duplicates


def test_search_ignores_accents_and_case(db: Database) -> None:
    svc = ClientService(db, "anna")
    gud = svc.create(ClientInput("Guðrún", "Ólafsdóttir", email="gudrun@example.is")).client_id
    svc.create(ClientInput("Ζωή", "Ψάρρα"))
    svc.create(ClientInput("Мария", "Иванова", phone="8 (912) 000-11-22"))
    with db.reading() as s:
        assert client_ids(s, ClientFilter(text="olafsdottir")) == [gud]
        assert client_ids(s, ClientFilter(text="GUÐRÚN ólaf")) == [gud]
        assert count_clients(s, ClientFilter(text="ψαρρα")) == 1
        assert count_clients(s, ClientFilter(text="ИВАНОВА")) == 1
        assert count_clients(s, ClientFilter(text="9120001122")) == 1
        assert count_clients(s, ClientFilter(text="%")) == 0
        names = [r.name for r in client_rows(s, client_ids(s, ClientFilter(), sort="name"))]
        assert names == ["Guðrún Ólafsdóttir", "Ζωή Ψάρρα", "Мария Иванова"]  # by stored text


def test_update_and_archive(db: Database, client_id: int) -> None:
    svc = ClientService(db, "anna")
    row = svc.update(client_id, ClientInput("Ivan", "Petrov", email="ip@example.ru", language="ru"))
    assert row.last_name == "Petrov" and row.language == "ru"
    svc.archive(client_id)
    with db.reading() as s:
        assert count_clients(s, ClientFilter(text="petrov")) == 0
        assert count_clients(s, ClientFilter(text="petrov", include_archived=True)) == 1
    with pytest.raises(DomainError) as err:
        svc.create(ClientInput(" ", ""))
    assert err.value.code == "client_name_required"

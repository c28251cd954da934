"""Demo data brings a demo clinic, unless the clinic already has its own settings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from usu_desktop.services.demo import DEMO_CLINIC, generate
from usu_desktop.services.settings import SettingsService
from usu_desktop.storage.db import Database


def test_demo_names_a_clinic_with_a_valid_iban(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "demo.sqlite3")
    generate(db, clients=5, invoices=10)
    clinic = SettingsService(db).load()
    assert clinic.name == DEMO_CLINIC["name"]
    assert clinic.iban == DEMO_CLINIC["iban"]
    db.close()


def test_demo_keeps_the_clinics_own_settings(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "own.sqlite3")
    service = SettingsService(db)
    service.save(replace(service.load(), name="Klinika Sevgi", currency="AZN"))
    generate(db, clients=5, invoices=10)
    clinic = service.load()
    assert (clinic.name, clinic.currency, clinic.iban) == ("Klinika Sevgi", "AZN", "")
    db.close()

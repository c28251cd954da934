"""Clinic settings round-trip through the database; a bad IBAN is refused as data."""

from __future__ import annotations

from dataclasses import replace

import pytest

from usu_desktop.domain.errors import DomainError
from usu_desktop.services.settings import ClinicSettings, SettingsService
from usu_desktop.storage.db import Database


@pytest.fixture
def db(db_url: str) -> Database:
    database = Database.open(db_url)
    yield database
    database.close()


def test_defaults_when_nothing_saved(db: Database) -> None:
    s = SettingsService(db).load()
    assert (s.currency, s.payment_terms_days, s.invoice_series, s.language) == ("EUR", 14, "INV", "en")


def test_save_and_load_round_trip(db: Database) -> None:
    svc = SettingsService(db, user="anna")
    saved = svc.save(ClinicSettings(name="Клиника «Здоровье»", iban="gr16 0110 1250 0000 0001 2300 695",
                                    bic="ethngraa", payment_terms_days=30, invoice_series="rx",
                                    currency="RUB", language="ru", calendar="gregorian"))
    assert saved.iban == "GR1601101250000000012300695"
    loaded = SettingsService(db).load()
    assert loaded == saved
    assert loaded.invoice_series == "RX" and loaded.bic == "ETHNGRAA" and loaded.calendar == "gregorian"


@pytest.mark.parametrize(("change", "code"), [
    ({"iban": "GR16 0110 1250 0000 0001 2300 696"}, "bad_iban"),
    ({"currency": "XXX"}, "unknown_currency"),
    ({"payment_terms_days": -1}, "bad_payment_terms"),
    ({"invoice_series": "A B"}, "bad_invoice_series"),
    ({"calendar": "mayan"}, "bad_calendar"),
])
def test_bad_values_are_refused_and_not_saved(db: Database, change: dict, code: str) -> None:
    with pytest.raises(DomainError) as err:
        SettingsService(db).save(replace(ClinicSettings(name="X"), **change))
    assert err.value.code == code
    assert SettingsService(db).load().name == ""

"""The charge list: amounts due, masked names, RF codes, snapshot ids; nothing private leaves."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.exchange.conftest import Exchange
from tests.sync.conftest import Clinic
from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.services.charges import build_snapshot, charge_line, masked_name, snapshot_id
from usu_desktop.services.sync import SyncService
from usu_desktop.storage.sync_queries import ChargeSource

names = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)
letters = st.characters(whitelist_categories=("Lu", "Ll", "Lo"))
first_names = st.text(alphabet=letters, min_size=2, max_size=20)


@given(first_names | names, names)
def test_masked_name_is_short_printable_and_keeps_one_initial(first: str, last: str) -> None:
    masked = masked_name(first, last)
    assert 1 <= len(masked) <= 64 and masked.isprintable() and masked == masked.strip()
    clean_last = " ".join("".join(ch for ch in last if ch.isprintable()).split())
    if len(first) > 1 and first.isalpha() and first.casefold() not in clean_last.casefold():
        assert first not in masked  # the first name never goes out whole


def test_masked_name_examples() -> None:
    assert masked_name("Ivan", "Ivanov") == "Ivanov I."
    assert masked_name("  мария ", "Кузнецова  Петрова") == "Кузнецова Петрова М."
    assert masked_name("Ivan", "") == "I."
    assert masked_name("", "") == "—"


def test_amount_due_is_open_less_credit_never_below_zero() -> None:
    src = ChargeSource(1, "100009", "Ivan", "Ivanov", "RF18100009", 10_000, 2_500,
                       ("RF07INV20261", "RF18100009"))
    line = charge_line(src, "RUB")
    assert line.amount == Money("75.00", "RUB") and line.rf == ("RF18100009", "RF07INV20261")
    more_credit = ChargeSource(1, "100009", "Ivan", "Ivanov", "RF18100009", 10_000, 20_000, ())
    assert charge_line(more_credit, "RUB").amount == Money("0.00", "RUB")


def test_snapshot_id_follows_content_only() -> None:
    src = ChargeSource(1, "100009", "Ivan", "Ivanov", "RF18100009", 10_000, 0, ())
    a = snapshot_id("RUB", 5, [charge_line(src, "RUB")])
    assert a == snapshot_id("RUB", 5, [charge_line(src, "RUB")]) and a.startswith("c-") and len(a) == 42
    assert a != snapshot_id("RUB", 6, [charge_line(src, "RUB")])
    assert a != snapshot_id("KZT", 5, [charge_line(src, "KZT")])


@pytest.mark.sqlite_only("reads the raw bytes of the exchange's SQLite file")
def test_nothing_private_reaches_the_exchange(clinic: Clinic, exchange: Exchange, sync: SyncService) -> None:
    cid, number = clinic.client("Pyotr", "Sidorov")
    line = InvoiceLine.of("HIV screening, diagnosis Z11.4", Decimal(1), Money("900.00", "RUB"))
    clinic.invoicing.issue(clinic.invoicing.create_draft(cid, [line]))
    assert sync.run().uploaded == 1
    debt = exchange.store.debt(number)
    assert debt is not None and debt.masked_name == "Sidorov P." and debt.due_minor == 90_000
    exchange.store.engine.dispose()
    stored = b"".join(p.read_bytes() for p in exchange.db_path.parent.glob("exchange.sqlite3*"))
    for secret in ("Pyotr", "HIV", "Z11.4", "screening"):
        assert secret.encode() not in stored


def test_only_the_clinic_currency_and_open_invoices_count(clinic: Clinic) -> None:
    cid, _ = clinic.client("Ivan", "Ivanov")
    clinic.invoice(cid, "100.00")
    other = clinic.invoicing.create_draft(cid, [InvoiceLine.of("Visit", Decimal(1), Money("5.00", "EUR"))],
                                          currency="EUR")
    clinic.invoicing.issue(other)
    clinic.invoicing.create_draft(cid, [InvoiceLine.of("Visit", Decimal(1), Money("7.00", "RUB"))])  # draft
    snap = build_snapshot(clinic.db, "RUB", None)
    assert [(c.amount, len(c.rf)) for c in snap.charges] == [(Money("100.00", "RUB"), 2)]

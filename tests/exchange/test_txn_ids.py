"""OSMP transaction ids are numbers: a retry formatted differently is the same transaction."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import insert, select

from tests.exchange.conftest import IVANOV, Exchange, pay
from usu_desktop.exchange.osmp import normalize_txn_id
from usu_desktop.exchange.store import Store, payments_table, utcnow

SAME = ["1016", "01016", "0001016", " 1016", "1016 ", "  0001016  ", "\t01016\n",
        "0000000000000001016"]
NOT_IDS = ["", " ", "+1016", "-1016", "1 016", "1016a", "0x3f8", "1e3", "10.16", "１０１６",
           "١٠١٦", "1" * 21, "0" * 21, "0" + "1" * 20]


@pytest.mark.parametrize("retry", SAME)
def test_every_form_of_a_retry_gets_the_first_answer_and_books_once(loaded: Exchange,
                                                                     retry: str) -> None:
    first = pay(loaded, "1016", IVANOV, "100.00")
    assert first["result"] == 0
    again = pay(loaded, retry, IVANOV, "100.00")
    assert again == first  # the same prv_txn, sum, result and the same (canonical) osmp_txn_id
    assert len(loaded.payments()["payments"]) == 1
    assert loaded.payments()["payments"][0]["external_id"] == "1016"


def test_padded_first_then_plain_retry_books_once(loaded: Exchange) -> None:
    first = pay(loaded, "0001016", IVANOV, "100.00")
    assert first["result"] == 0 and first["osmp_txn_id"] == "1016"
    assert pay(loaded, "1016", IVANOV, "100.00") == first
    assert pay(loaded, "01016", IVANOV, "100.00") == first
    assert [p["external_id"] for p in loaded.payments()["payments"]] == ["1016"]


def test_padded_retry_with_another_sum_is_refused_with_the_first_booking(loaded: Exchange) -> None:
    first = pay(loaded, "1016", IVANOV, "100.00")
    other = pay(loaded, "001016", IVANOV, "200.00")
    assert other["result"] == 7
    assert other["prv_txn"] == first["prv_txn"] and other["sum"] == "100.00"
    assert len(loaded.payments()["payments"]) == 1


def test_zero_is_an_id_and_its_padded_forms_are_the_same(loaded: Exchange) -> None:
    first = pay(loaded, "0", IVANOV, "10.00")
    assert first["result"] == 0 and first["osmp_txn_id"] == "0"
    assert pay(loaded, "000", IVANOV, "10.00") == first
    assert len(loaded.payments()["payments"]) == 1


@pytest.mark.parametrize("txn_id", NOT_IDS)
def test_what_is_not_a_number_of_1_to_20_digits_is_300_and_books_nothing(loaded: Exchange,
                                                                          txn_id: str) -> None:
    answer = pay(loaded, txn_id, IVANOV, "10.00")
    assert answer["result"] == 300 and answer["osmp_txn_id"] is None
    assert loaded.payments()["payments"] == []


def test_normalize_txn_id() -> None:
    assert {normalize_txn_id(t) for t in SAME} == {"1016"}
    assert {normalize_txn_id(t) for t in NOT_IDS} == {""}
    assert normalize_txn_id(None) == "" and normalize_txn_id("00") == "0"
    assert normalize_txn_id("9" * 20) == "9" * 20


def _old_row(store: Store, txn_id: str, cursor_sum: int = 10000) -> None:
    with store.writing() as conn:
        conn.execute(insert(payments_table).values(
            txn_id=txn_id, account=IVANOV, sum_minor=cursor_sum, currency="RUB",
            txn_date="20261122093000", result=0, created_at=utcnow()))


def test_old_zero_padded_rows_are_found_by_a_retry(tmp_path: Path) -> None:
    """Rows stored before ids were normalized are rewritten at start-up, so a retry finds them."""
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    old = Store(url)
    _old_row(old, "0001016")
    _old_row(old, "0002000")
    _old_row(old, "2000")  # booked twice already: both stay, the canonical one answers
    old.close()
    store = Store(url)
    try:
        assert store.txn_ids_left_padded == 1
        with store.engine.connect() as conn:
            ids = sorted(conn.execute(select(payments_table.c.txn_id)).scalars())
        assert ids == ["0002000", "1016", "2000"]
        found = store.payment_by_txn("1016")
        assert found is not None and found.sum_minor == 10000
        assert Store(url).txn_ids_left_padded == 1  # idempotent
    finally:
        store.close()

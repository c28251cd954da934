"""OSMP check/pay against a real exchange: money paths, idempotency, and every bad input."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.exchange.conftest import (
    CLOSED,
    IVANOV,
    PETROVA,
    UNKNOWN,
    Exchange,
    charges_body,
    check,
    parse_osmp,
    pay,
)
from usu_desktop.exchange.app import create_app
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.osmp import Answer, Result, render
from usu_desktop.exchange.server import start_in_thread


def test_check_shows_debt_and_masked_name(loaded: Exchange) -> None:
    answer = check(loaded, IVANOV, sum="0.00")
    assert answer["result"] == 0
    assert answer["osmp_txn_id"] == "900"
    assert answer["fields"] == {"debt": "1500.00", "name": "Ivanov I.", "currency": "RUB"}
    assert "prv_txn" not in answer


def test_pay_in_full_then_debt_is_zero(loaded: Exchange) -> None:
    answer = pay(loaded, "1001", IVANOV, "1500.00")
    assert answer == {"osmp_txn_id": "1001", "prv_txn": answer["prv_txn"], "sum": "1500.00",
                      "result": 0, "comment": "OK"}
    assert check(loaded, IVANOV)["fields"]["debt"] == "0.00"
    page = loaded.payments()
    assert [(p["external_id"], p["account"], p["amount_minor"]) for p in page["payments"]] == [
        ("1001", IVANOV, 150000)]
    assert page["payments"][0]["prv_txn"] == int(answer["prv_txn"])


def test_two_partial_payments_reduce_debt_in_steps(loaded: Exchange) -> None:
    assert pay(loaded, "2001", IVANOV, "500.00")["result"] == 0
    assert check(loaded, IVANOV)["fields"]["debt"] == "1000.00"
    assert pay(loaded, "2002", IVANOV, "250.50")["result"] == 0
    assert check(loaded, IVANOV)["fields"]["debt"] == "749.50"
    assert [p["amount_minor"] for p in loaded.payments()["payments"]] == [50000, 25050]


def test_over_payment_is_accepted_and_debt_floors_at_zero(loaded: Exchange) -> None:
    answer = pay(loaded, "3001", PETROVA, "120.00")
    assert answer["result"] == 0 and answer["sum"] == "120.00"
    assert check(loaded, PETROVA)["fields"]["debt"] == "0.00"


def test_new_upload_resets_what_check_subtracts(loaded: Exchange) -> None:
    pay(loaded, "3101", IVANOV, "500.00")
    cursor = loaded.payments()["next_cursor"]
    # The desk booked that payment and uploads the new amount owed, saying which payments it includes.
    body = charges_body("s2", included_cursor=cursor)
    body["charges"][0]["amount_minor"] = 100000
    assert loaded.put_charges(body).status_code == 200
    assert check(loaded, IVANOV)["fields"]["debt"] == "1000.00"
    pay(loaded, "3102", IVANOV, "100.00")
    assert check(loaded, IVANOV)["fields"]["debt"] == "900.00"


def test_unknown_account_is_5_and_nothing_booked(loaded: Exchange) -> None:
    assert check(loaded, UNKNOWN)["result"] == 5
    assert pay(loaded, "4001", UNKNOWN, "10.00")["result"] == 5
    assert loaded.payments()["payments"] == []


def test_before_any_upload_every_account_is_unknown(exchange: Exchange) -> None:
    assert check(exchange, IVANOV)["result"] == 5
    assert pay(exchange, "4002", IVANOV, "10.00")["result"] == 5


@pytest.mark.parametrize("account", [IVANOV[:-1] + str((int(IVANOV[-1]) + 1) % 10), "12345",
                                     "abc", "", "0" + IVANOV, "1" * 13, IVANOV + "x"])
def test_bad_account_is_4(loaded: Exchange, account: str) -> None:
    assert check(loaded, account)["result"] == 4
    assert pay(loaded, "4100", account, "10.00")["result"] == 4
    assert loaded.payments()["payments"] == []


def test_inactive_account_is_79(loaded: Exchange) -> None:
    assert check(loaded, CLOSED)["result"] == 79
    assert pay(loaded, "4200", CLOSED, "10.00")["result"] == 79


@pytest.mark.parametrize(("amount", "result"), [
    ("0.99", 241), ("0.00", 241), ("150000.01", 242), ("99999999.00", 242),
    ("-5.00", 300), ("NaN", 300), ("inf", 300), ("1e3", 300), ("10,00", 300), ("10.001", 300),
    ("1234567890123.00", 300), ("", 300), (" ", 300), ("١٠٠", 300), ("0x10", 300),
])
def test_bad_sums_are_refused_and_not_booked(loaded: Exchange, amount: str, result: int) -> None:
    assert pay(loaded, "5000", IVANOV, amount)["result"] == result
    assert loaded.payments()["payments"] == []


def test_limits_are_inclusive(loaded: Exchange) -> None:
    assert pay(loaded, "5101", IVANOV, "1.00")["result"] == 0
    assert pay(loaded, "5102", IVANOV, "150000.00")["result"] == 0
    assert pay(loaded, "5103", IVANOV, "7")["sum"] == "7.00"


@pytest.mark.parametrize("txn_id", ["", "abc", "-1", "1.5", "1" * 21, "١٢"])
def test_bad_txn_id_is_300(loaded: Exchange, txn_id: str) -> None:
    answer = pay(loaded, txn_id, IVANOV, "10.00")
    assert answer["result"] == 300
    assert answer["osmp_txn_id"] is None  # never echo junk back
    raw = requests.get(loaded.url + "/osmp", params={"command": "pay", "txn_id": txn_id}, timeout=5).content
    assert b"<osmp_txn_id></osmp_txn_id>" in raw  # written out in full, as terminals expect
    assert loaded.payments()["payments"] == []


def test_missing_txn_id_and_unknown_command(loaded: Exchange) -> None:
    assert loaded.osmp(command="pay", account=IVANOV, sum="1.00", txn_date="20261122093000")["result"] == 300
    assert loaded.osmp(command="cancel", txn_id="1", account=IVANOV)["result"] == 300
    assert loaded.osmp(txn_id="1")["result"] == 300


@pytest.mark.parametrize("txn_date", ["", "2026112209300", "20261399093000", "20261122256000", "abc"])
def test_bad_txn_date_is_300(loaded: Exchange, txn_date: str) -> None:
    assert pay(loaded, "5200", IVANOV, "10.00", txn_date=txn_date)["result"] == 300
    assert loaded.payments()["payments"] == []


def test_repeat_returns_first_answer_and_books_once(loaded: Exchange) -> None:
    first = pay(loaded, "6001", IVANOV, "100.00")
    again = pay(loaded, "6001", IVANOV, "100.00", txn_date="20261122100000")
    assert again == first
    assert len(loaded.payments()["payments"]) == 1


def test_reused_txn_id_with_other_sum_is_refused_not_booked(loaded: Exchange) -> None:
    first = pay(loaded, "6101", IVANOV, "100.00")
    other = pay(loaded, "6101", IVANOV, "999.00")
    assert other["result"] == 7
    assert other["prv_txn"] == first["prv_txn"] and other["sum"] == "100.00"
    assert len(loaded.payments()["payments"]) == 1


def test_post_form_works_like_get(loaded: Exchange) -> None:
    answer = loaded.osmp("POST", command="pay", txn_id="6201", account=IVANOV, sum="10.00",
                         txn_date="20261122093000")
    assert answer["result"] == 0
    assert loaded.osmp("POST", command="check", txn_id="6202", account=IVANOV)["fields"]["debt"] == "1490.00"


def test_twenty_concurrent_retries_book_exactly_once(loaded: Exchange) -> None:
    barrier = threading.Barrier(20)

    def attempt(_: int) -> dict:
        barrier.wait()
        return pay(loaded, "7001", PETROVA, "50.00")

    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(attempt, range(20)))
    assert {a["result"] for a in answers} == {0}
    assert len({a["prv_txn"] for a in answers}) == 1
    assert [p["external_id"] for p in loaded.payments()["payments"]] == ["7001"]


def test_concurrent_distinct_payments_all_booked_with_increasing_cursors(loaded: Exchange) -> None:
    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(lambda i: pay(loaded, str(8000 + i), IVANOV, "1.00"), range(60)))
    assert all(a["result"] == 0 for a in answers)
    cursors = [p["cursor"] for p in loaded.payments()["payments"]]
    assert len(cursors) == 60 and cursors == sorted(set(cursors))
    assert check(loaded, IVANOV)["fields"]["debt"] == "1440.00"


def test_ten_megabyte_body_is_413(loaded: Exchange) -> None:
    resp = requests.post(loaded.url + "/osmp", data=b"command=check&txn_id=1&" + b"x" * (10 * 1024 * 1024),
                         headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=30)
    assert resp.status_code == 413
    assert b"Traceback" not in resp.content


def test_answer_xml_is_escaped() -> None:
    body = render(Answer("1", Result.OK, "a<b & 'c'", fields={"name": "<script>"}))
    assert parse_osmp(body)["fields"]["name"] == "<script>"
    assert b"<script>" not in body


def test_allow_list_refuses_other_addresses(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    closed = create_app(ExchangeConfig(db_url=url)).test_client()
    resp = closed.get("/osmp?command=check&txn_id=1&account=1", environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert resp.status_code == 403
    assert b"Traceback" not in resp.data
    assert closed.get("/osmp?command=check&txn_id=1&account=1").status_code == 200  # loopback
    opened = create_app(ExchangeConfig(db_url=url, osmp_allow=("203.0.113.0/24",))).test_client()
    resp = opened.get("/osmp?command=check&txn_id=1&account=1", environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert resp.status_code == 200 and parse_osmp(resp.data)["result"] == 4
    assert opened.get("/osmp?command=check&txn_id=1&account=1").status_code == 403  # list replaces loopback
    sandbox = create_app(ExchangeConfig(db_url=url, osmp_allow=("203.0.113.0/24",), sandbox=True))
    assert sandbox.test_client().get("/osmp?command=check&txn_id=1&account=1").status_code == 200


def test_allow_list_behind_a_trusted_reverse_proxy(tmp_path) -> None:
    config = ExchangeConfig(db_url=f"sqlite:///{tmp_path / 'x.sqlite3'}", osmp_allow=("203.0.113.0/24",))
    server = start_in_thread(create_app(config), trusted_proxy="127.0.0.1")
    try:
        def call(forwarded: str | None) -> int:
            headers = {} if forwarded is None else {"X-Forwarded-For": forwarded}
            return requests.get(server.url + "/osmp", params={"command": "check", "txn_id": "1"},
                                headers=headers, timeout=5).status_code

        assert call("203.0.113.9") == 200
        assert call("198.51.100.1") == 403
        assert call(None) == 403  # the proxy itself is not a terminal
    finally:
        server.stop()


def test_forwarded_header_is_ignored_without_a_trusted_proxy(loaded: Exchange) -> None:
    resp = requests.get(loaded.url + "/osmp", params={"command": "check", "txn_id": "1", "account": IVANOV},
                        headers={"X-Forwarded-For": "198.51.100.1"}, timeout=5)
    assert resp.status_code == 200  # still seen as loopback, the header was dropped


def test_store_failure_is_temporary_error_without_trace(tmp_path) -> None:
    app = create_app(ExchangeConfig(db_url=f"sqlite:///{tmp_path / 'y.sqlite3'}"))
    app.extensions["usu_exchange_store"].engine.dispose()
    (tmp_path / "y.sqlite3").unlink()
    (tmp_path / "y.sqlite3").mkdir()  # the database file is now unusable
    resp = app.test_client().get("/osmp", query_string={
        "command": "pay", "txn_id": "77", "account": IVANOV, "sum": "1.00", "txn_date": "20261122093000"})
    assert resp.status_code == 200
    answer = parse_osmp(resp.data)
    assert answer["result"] == 1 and answer["osmp_txn_id"] == "77"
    assert b"Traceback" not in resp.data and b"sqlite" not in resp.data.lower()


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=30))
def test_any_sum_text_gives_a_result_code(text: str) -> None:
    """Whatever a terminal sends as sum, handle() answers with a known code and never raises."""
    from usu_desktop.exchange import osmp

    class NoStore:
        def currency(self) -> None:
            return None

        def pay_currency(self) -> None:
            return None

        def book_payment(self, *args: object) -> object:
            raise AssertionError("only well-formed sums within limits reach the store")

    answer = osmp.handle({"command": "pay", "txn_id": "1", "account": IVANOV, "sum": text,
                          "txn_date": "2026112209300"}, NoStore(), ExchangeConfig())  # type: ignore[arg-type]
    assert answer.result in (Result.OTHER, Result.SUM_TOO_SMALL, Result.SUM_TOO_LARGE)


def test_a_new_currency_uploaded_through_another_worker_is_seen_by_the_next_pay(exchange_url: str) -> None:
    """Each worker process remembers the currency it reads sums in; its booking transaction checks it
    against the snapshot, so a list in another currency taken by another worker is never missed."""
    from usu_desktop.exchange import osmp
    from usu_desktop.exchange.config import ExchangeConfig
    from usu_desktop.exchange.store import ChargeIn, SnapshotIn, Store, utcnow

    config = ExchangeConfig(db_url=exchange_url)
    one, other = Store(exchange_url), Store(exchange_url)
    try:
        one.replace_charges(SnapshotIn("rub", "RUB", utcnow(), [ChargeIn(IVANOV, 100_000, "Ivanov I.")]))
        params = {"command": "pay", "account": IVANOV, "sum": "500", "txn_date": "20261204120000"}
        assert osmp.handle({**params, "txn_id": "1"}, one, config).result == osmp.Result.OK
        assert one.payment_by_txn("1").sum_minor == 50_000  # type: ignore[union-attr]
        other.replace_charges(SnapshotIn("isk", "ISK", utcnow(), [ChargeIn(IVANOV, 100_000, "Ivanov I.")]))
        answer = osmp.handle({**params, "txn_id": "2"}, one, config)
        assert answer.result == osmp.Result.OK and answer.sum == "500"
        booked = one.payment_by_txn("2")
        assert booked is not None and (booked.sum_minor, booked.currency) == (500, "ISK")
    finally:
        one.close()
        other.close()

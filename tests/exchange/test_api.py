"""Desktop API against a real exchange: tokens, charge list, payments paging, ack and pruning."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import requests

from tests.exchange.conftest import IVANOV, PETROVA, Exchange, charges_body, check, make_exchange, pay
from usu_desktop.domain.client_numbers import client_number_create
from usu_desktop.exchange.app import create_app
from usu_desktop.exchange.server import start_in_thread
from usu_desktop.exchange.store import ChargeIn, SnapshotIn, Store, hash_token, utcnow


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Bearer ", "Basic abc", "token"])
@pytest.mark.parametrize(("method", "path"), [("GET", "/api/v1/health"), ("GET", "/api/v1/payments"),
                                              ("PUT", "/api/v1/charges"), ("POST", "/api/v1/payments/ack")])
def test_missing_or_wrong_token_is_401(exchange: Exchange, header: str | None, method: str,
                                       path: str) -> None:
    headers = {} if header is None else {"Authorization": header}
    resp = requests.request(method, exchange.url + path, headers=headers, json={}, timeout=5)
    assert resp.status_code == 401
    assert resp.json()["error"] == "unauthorized"
    assert resp.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.sqlite_only("reads the raw bytes of the SQLite file")
def test_tokens_are_stored_hashed(exchange: Exchange) -> None:
    raw = b"".join(f.read_bytes() for f in exchange.db_path.parent.glob(exchange.db_path.name + "*"))
    assert exchange.token.encode() not in raw
    assert hash_token(exchange.token).encode() in raw


def test_health(exchange: Exchange) -> None:
    body = requests.get(exchange.url + "/api/v1/health", headers=exchange.auth, timeout=5).json()
    assert body["status"] == "ok" and body["version"] and body["server_time"].endswith("+00:00")
    assert body["snapshot_id"] is None


def test_charges_replace_whole_list(loaded: Exchange) -> None:
    body = charges_body("s2")
    body["charges"] = [{"account": PETROVA, "amount_minor": 100, "masked_name": "Petrova A."}]
    resp = loaded.put_charges(body)
    assert resp.json() == {"status": "replaced", "snapshot_id": "s2", "count": 1}
    assert check(loaded, IVANOV)["result"] == 5  # gone from the new list
    assert check(loaded, PETROVA)["fields"]["debt"] == "1.00"


def test_same_snapshot_again_is_unchanged(loaded: Exchange) -> None:
    body = charges_body("s1")
    resp = loaded.put_charges(body)
    assert resp.status_code == 200 and resp.json()["status"] == "unchanged"


def test_same_snapshot_id_with_other_content_is_409(loaded: Exchange) -> None:
    body = charges_body("s1")
    body["charges"][0]["amount_minor"] = 1
    resp = loaded.put_charges(body)
    assert resp.status_code == 409 and resp.json()["error"] == "snapshot_conflict"
    assert check(loaded, IVANOV)["fields"]["debt"] == "1500.00"


def at(index: int, **values: object):
    return lambda body: body["charges"][index].update(values)


def top(**values: object):
    return lambda body: body.update(values)


def where(field: str, index: int | None = None) -> dict:
    return {"field": field} if index is None else {"field": field, "index": index}


BAD_PETROVA = PETROVA[:-1] + str((int(PETROVA[-1]) + 3) % 10)
BAD_BODIES = [
    (lambda b: b["charges"].append(dict(b["charges"][0])), "duplicate_account",
     {**where("account", 3), "first_index": 0}),
    (at(1, amount_minor=-1), "negative_amount", where("amount_minor", 1)),
    (at(1, account=BAD_PETROVA), "bad_check_digit", where("account", 1)),
    (at(0, account="12ab"), "bad_account_format", where("account", 0)),
    (at(0, amount_minor="10.00"), "invalid_field", where("amount_minor", 0)),
    (at(0, amount_minor=1.5), "invalid_field", where("amount_minor", 0)),
    (at(0, amount_minor=True), "invalid_field", where("amount_minor", 0)),
    (lambda b: b["charges"][0].pop("masked_name"), "missing_field", where("masked_name", 0)),
    (at(0, masked_name=""), "invalid_field", where("masked_name", 0)),
    (at(0, masked_name="x" * 65), "invalid_field", where("masked_name", 0)),
    (at(0, rf=["RF00123"]), "bad_rf", where("rf", 0)),
    (top(currency="XXX"), "unknown_currency", where("currency")),
    (top(generated_at="2026-11-22T10:00:00"), "invalid_field", where("generated_at")),
    (lambda b: b.pop("snapshot_id"), "missing_field", where("snapshot_id")),
    (top(snapshot_id="a b"), "invalid_field", where("snapshot_id")),
    (top(charges={}), "invalid_field", where("charges")),
    (top(included_cursor=-1), "invalid_field", where("included_cursor")),
]



@pytest.mark.parametrize(("change", "code", "detail"), BAD_BODIES)
def test_invalid_charge_lists_are_422_and_change_nothing(loaded: Exchange, change, code: str, detail) -> None:
    body = charges_body("bad")
    change(body)
    resp = loaded.put_charges(body)
    assert resp.status_code == 422, resp.text
    answer = resp.json()
    assert answer["error"] == code
    assert detail.items() <= answer["detail"].items()
    assert check(loaded, IVANOV)["fields"]["debt"] == "1500.00"  # the old list is still there


def test_not_json_is_400(exchange: Exchange) -> None:
    resp = requests.put(exchange.url + "/api/v1/charges", data=b"<html>",
                        headers={**exchange.auth, "Content-Type": "application/json"}, timeout=5)
    assert resp.status_code == 400 and resp.json()["error"] == "invalid_json"


def test_big_charge_list_uploads(exchange: Exchange) -> None:
    charges = [{"account": client_number_create(10000 + i), "amount_minor": i, "masked_name": "Patient P."}
               for i in range(20000)]
    resp = exchange.put_charges({**charges_body("big"), "charges": charges})
    assert resp.status_code == 200 and resp.json()["count"] == 20000
    assert check(exchange, client_number_create(29999))["fields"]["debt"] == "199.99"


def test_payments_paging_with_cursor(loaded: Exchange) -> None:
    for i in range(7):
        pay(loaded, str(100 + i), IVANOV, f"{i + 1}.00")
    seen, after, pages = [], 0, 0
    while True:
        page = loaded.payments(after=after, limit=3)
        seen += [p["external_id"] for p in page["payments"]]
        after, pages = page["next_cursor"], pages + 1
        if not page["has_more"]:
            break
    assert seen == [str(100 + i) for i in range(7)] and pages == 3
    empty = loaded.payments(after=after)
    assert empty == {"payments": [], "next_cursor": after, "has_more": False}
    p = loaded.payments(limit=1)["payments"][0]
    assert set(p) >= {"cursor", "source", "external_id", "account", "amount_minor", "currency", "paid_at",
                      "prv_txn"}
    assert p["source"] == "terminal" and p["currency"] == "RUB" and p["paid_at"].endswith("+00:00")


@pytest.mark.parametrize("query", ["limit=0", "limit=1001", "limit=x", "after=-1", "after=1.5",
                                   "after=99999999999999999999"])
def test_bad_paging_parameters_are_422(exchange: Exchange, query: str) -> None:
    resp = requests.get(exchange.url + "/api/v1/payments?" + query, headers=exchange.auth, timeout=5)
    assert resp.status_code == 422 and resp.json()["error"] == "invalid_parameter"


def test_ack_moves_forward_only_and_not_past_the_last_payment(loaded: Exchange) -> None:
    pay(loaded, "301", IVANOV, "1.00")
    pay(loaded, "302", IVANOV, "1.00")
    last = loaded.payments()["next_cursor"]
    url = loaded.url + "/api/v1/payments/ack"
    def ack(cursor: int) -> requests.Response:
        return requests.post(url, json={"cursor": cursor}, headers=loaded.auth, timeout=5)

    assert ack(last).json()["acked_cursor"] == last
    assert ack(0).json()["acked_cursor"] == last
    ahead = requests.post(url, json={"cursor": last + 1}, headers=loaded.auth, timeout=5)
    assert ahead.status_code == 422 and ahead.json()["error"] == "cursor_ahead"
    # acknowledged but recent payments are kept: pruning waits for the configured days
    assert len(loaded.payments()["payments"]) == 2


def test_prune_removes_only_acknowledged_old_payments(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    store.replace_charges(SnapshotIn("s", "RUB", utcnow(), [ChargeIn(IVANOV, 100, "Ivanov I.")]))
    for i in range(4):
        store.book_payment(str(i + 1), IVANOV, 100, "RUB", "20261122093000")
    later = utcnow() + timedelta(days=31)
    assert store.prune(30, now=later) == 0  # nothing acknowledged: nothing goes, however old
    store.ack(2)
    assert store.prune(30, now=utcnow()) == 0  # acknowledged but young
    assert store.prune(30, now=later) == 2
    rows, _ = store.payments_after(0, 10)
    assert [r.txn_id for r in rows] == ["3", "4"]
    store.ack(4)
    assert store.prune(30, now=later) == 2
    # Cursors never go back, even after the newest rows were pruned (AUTOINCREMENT).
    booked = store.book_payment("5", IVANOV, 100, "RUB", "20261122093000")
    assert booked.payment is not None and booked.payment.cursor == 5
    store.close()


def test_restart_keeps_uncollected_payments_and_tokens(tmp_path: Path) -> None:
    first = make_exchange(tmp_path)
    first.put_charges(charges_body())
    pay(first, "401", IVANOV, "10.00")
    pay(first, "402", PETROVA, "20.00")
    first.server.stop()
    first.store.close()

    store = Store(first.config.db_url)
    server = start_in_thread(create_app(first.config, store))
    try:
        resp = requests.get(server.url + "/api/v1/payments", headers=first.auth, timeout=5)
        assert [p["external_id"] for p in resp.json()["payments"]] == ["401", "402"]
        params = {"command": "pay", "txn_id": "401", "account": IVANOV, "sum": "10.00",
                  "txn_date": "20261122093000"}
        again = requests.get(server.url + "/osmp", params=params, timeout=5)
        assert b"<result>0</result>" in again.content
        assert len(requests.get(server.url + "/api/v1/payments", headers=first.auth,
                                timeout=5).json()["payments"]) == 2
    finally:
        server.stop()
        store.close()


def test_unknown_api_path_and_method_are_json(exchange: Exchange) -> None:
    resp = requests.get(exchange.url + "/api/v1/nope", headers=exchange.auth, timeout=5)
    assert resp.status_code == 404 and resp.json()["error"] == "not_found"
    resp = requests.delete(exchange.url + "/api/v1/charges", headers=exchange.auth, timeout=5)
    assert resp.status_code in (401, 405) and "error" in resp.json()

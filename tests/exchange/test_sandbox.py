"""Sandbox pages and the usu-exchange command line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from usu_desktop.exchange.__main__ import main
from usu_desktop.exchange.app import create_app
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.sandbox import seed_demo
from usu_desktop.exchange.store import ChargeIn, SnapshotIn, Store, hash_token, utcnow


@pytest.fixture
def sandbox(tmp_path: Path) -> tuple[FlaskClient, Store, list[str]]:
    config = ExchangeConfig(db_url=f"sqlite:///{tmp_path / 's.sqlite3'}", sandbox=True)
    store = Store(config.db_url)
    accounts = seed_demo(store, "RUB")
    return create_app(config, store).test_client(), store, accounts


def _txn_id(html: str) -> str:
    match = re.search(r'name="txn_id" value="(\d+)"', html)
    assert match
    return match.group(1)


def test_terminal_round_trip_books_once(sandbox) -> None:
    client, store, accounts = sandbox
    page = client.get(f"/sandbox/terminal?account={accounts[0]}").get_data(as_text=True)
    assert "Ivanov I." in page and "12500.00 RUB" in page
    txn_id = _txn_id(page)
    form = {"account": accounts[0], "txn_id": txn_id, "amount": "1 000,50"}
    done = client.post("/sandbox/terminal", data=form).get_data(as_text=True)
    assert "Payment accepted" in done and "11499.50 RUB" in done
    client.post("/sandbox/terminal", data=form)  # pressing Pay twice books once
    rows, _ = store.payments_after(0, 10)
    assert [(r.txn_id, r.sum_minor) for r in rows] == [(txn_id, 100050)]


def test_index_lists_demo_clients(sandbox) -> None:
    client, _, accounts = sandbox
    page = client.get("/sandbox/").get_data(as_text=True)
    assert all(a in page for a in accounts) and "Ivanov I." in page


def test_bank_page_shows_refusals_in_words(sandbox) -> None:
    client, store, accounts = sandbox
    assert "not a valid client number" in client.get("/sandbox/bank?account=123").get_data(as_text=True)
    page = client.get(f"/sandbox/bank?account={accounts[1]}").get_data(as_text=True)
    assert "Demo Bank" in page
    answer = client.post("/sandbox/bank", data={"account": accounts[1], "txn_id": _txn_id(page),
                                                "amount": "0.10"}).get_data(as_text=True)
    assert "below the minimum" in answer
    assert store.payments_after(0, 10)[0] == []


def test_pages_escape_what_they_show(sandbox) -> None:
    client, store, accounts = sandbox
    store.replace_charges(SnapshotIn("x", "RUB", utcnow(), [ChargeIn(accounts[0], 100, "<b>Evil</b> E.")]))
    page = client.get("/sandbox/terminal?account=%3Cscript%3E").get_data(as_text=True)
    assert "<script>" not in page and "&lt;script&gt;" in page
    page = client.get(f"/sandbox/terminal?account={accounts[0]}").get_data(as_text=True)
    assert "<b>Evil</b>" not in page and "&lt;b&gt;Evil&lt;/b&gt; E." in page
    resp = client.get("/sandbox/")
    assert "Clients in charge list x: 1" in resp.get_data(as_text=True)
    assert "default-src 'none'" in resp.headers["Content-Security-Policy"]
    assert client.get("/sandbox/static/sandbox.css").status_code == 200


def test_sandbox_is_local_only_and_off_by_default(sandbox, tmp_path: Path) -> None:
    client, _, _ = sandbox
    assert client.get("/sandbox/terminal", environ_base={"REMOTE_ADDR": "198.51.100.7"}).status_code == 403
    form = {"account": "100014", "txn_id": "5", "amount": "1.00"}

    def post_from(origin: str) -> int:
        return client.post("/sandbox/terminal", data=form, headers={"Origin": origin}).status_code

    assert post_from("https://evil.example") == 403
    assert post_from("http://localhost") == 200
    plain = create_app(ExchangeConfig(db_url=f"sqlite:///{tmp_path / 'p.sqlite3'}")).test_client()
    assert plain.get("/sandbox/terminal").status_code == 404


def test_cli_token_add_prints_once_and_stores_hash(tmp_path: Path, capsys) -> None:
    db = tmp_path / "cli.sqlite3"
    assert main(["token", "add", "front-desk", "--db", str(db)]) == 0
    token = capsys.readouterr().out.strip()
    assert len(token) >= 40
    store = Store(f"sqlite:///{db}")
    assert store.token_owner(token) == "front-desk"
    assert store.token_owner(token + "x") is None
    assert token.encode() not in b"".join(f.read_bytes() for f in db.parent.glob(db.name + "*"))
    assert hash_token(token) != token
    store.close()
    assert main(["token", "list", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "front-desk"
    assert main(["token", "remove", "front-desk", "--db", str(db)]) == 0
    assert main(["token", "remove", "front-desk", "--db", str(db)]) == 1


def test_cli_refuses_sandbox_on_public_host(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["--sandbox", "--host", "0.0.0.0", "--db", str(tmp_path / "x.sqlite3")])

"""`usu-admin sync` against a real exchange: summary, JSON, exit codes."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.backends import db_arg
from tests.exchange.conftest import Exchange, pay
from tests.sync.conftest import Clinic
from usu_desktop.bank import credentials
from usu_desktop.cli import sync as cli_sync


@pytest.fixture(autouse=True)
def _forget_token():
    yield
    credentials.set_token("default", None)


def test_sync_from_the_command_line(clinic: Clinic, exchange: Exchange, monkeypatch, capsys) -> None:
    cid, number = clinic.client("Ivan", "Ivanov")
    clinic.invoice(cid, "100.00")
    db = db_arg(clinic.db)
    assert cli_sync.main(["sync", "--db", db, "--json"]) == 2  # not set up yet
    assert json.loads(capsys.readouterr().out)["error"] == "sync_not_configured"

    monkeypatch.setattr("sys.stdin", io.StringIO(exchange.token + "\n"))
    assert cli_sync.main(["sync", "--db", db, "--url", exchange.url, "--token-stdin"]) == 0
    assert "sent 1 charges (replaced)" in capsys.readouterr().out
    pay(exchange, "1", number, "60.00")
    assert cli_sync.main(["sync", "--db", db, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] and out["booked"] == 1 and out["received"] == 1 and out["upload_status"] == "unchanged"

    exchange.server.stop()
    assert cli_sync.main(["sync", "--db", db, "--json"]) == 1  # try again later
    assert json.loads(capsys.readouterr().out)["error"] == "exchange_unreachable"


def test_unusable_database_is_refused(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "not.sqlite"
    bad.write_bytes(b"hello, not a database")
    assert cli_sync.main(["sync", "--db", str(bad)]) == 2
    assert "db_corrupt" in capsys.readouterr().err


def test_a_token_given_once_survives_a_restart_without_a_keyring(clinic: Clinic, exchange: Exchange,
                                                                  tmp_path: Path) -> None:
    """Two real `usu-admin` processes on a PC whose keyring has no backend: the second finds the token."""
    cid, number = clinic.client("Ivan", "Ivanov")
    clinic.invoice(cid, "100.00")
    env = {k: v for k, v in os.environ.items() if k != "USU_DESKTOP_NO_KEYRING"}
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")

    def usu_admin(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "usu_desktop.cli", "sync", "--db", db_arg(clinic.db),
                               "--json", *args], input=stdin, env=env, capture_output=True, text=True,
                              timeout=120, check=False)

    first = usu_admin("--url", exchange.url, "--token-stdin", stdin=exchange.token + "\n")
    assert first.returncode == 0, first.stderr
    pay(exchange, "1", number, "60.00")
    second = usu_admin()  # a new process: nothing in memory
    assert second.returncode == 0, second.stdout + second.stderr
    assert json.loads(second.stdout)["booked"] == 1
    saved = json.loads((tmp_path / "config" / "usu-desktop" / "secrets.json").read_text("utf-8"))
    assert list(saved.values()) == [exchange.token]


def test_deposits_are_turned_on_and_off_from_the_command_line(clinic: Clinic, exchange: Exchange,
                                                              monkeypatch, capsys) -> None:
    from tests.exchange.conftest import check
    from usu_desktop.services.sync import SyncService

    _, number = clinic.client("Ivan", "Ivanov")  # owes nothing
    db = db_arg(clinic.db)
    monkeypatch.setattr("sys.stdin", io.StringIO(exchange.token + "\n"))
    assert cli_sync.main(["sync", "--db", db, "--url", exchange.url, "--token-stdin"]) == 0
    assert check(exchange, number)["result"] == 5
    capsys.readouterr()
    assert cli_sync.main(["sync", "--db", db, "--deposits", "on", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["uploaded"] == 1
    assert SyncService(clinic.db).config().deposits is True
    assert check(exchange, number)["fields"]["debt"] == "0.00"
    assert cli_sync.main(["sync", "--db", db, "--deposits", "off"]) == 0
    assert SyncService(clinic.db).config().deposits is False
    assert check(exchange, number)["result"] == 5

"""usu-admin reaches every feature's command through one parser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from usu_desktop.cli import main

COMMANDS = ["init", "demo", "check", "backup", "restore", "sync", "import-statement", "export-charges",
            "invoice-pdf", "statement", "link", "remind", "refund", "refunds"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    assert command in capsys.readouterr().out


def test_feature_commands_share_db_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "books.sqlite3")
    assert main(["--db", db, "demo", "--clients", "20", "--invoices", "60"]) == 0
    capsys.readouterr()
    out = tmp_path / "charges.xml"
    assert main(["--db", db, "--json", "export-charges", "--format", "xml", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"<?xml")
    assert main(["--db", db, "--json", "sync"]) == 2  # no exchange configured: refused as data
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert json.loads(last)["error"] == "sync_not_configured"

"""usu-admin end to end on real files: exit codes, messages, JSON, a hand-corrupted row."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from usu_desktop.cli import main
from usu_desktop.storage.db import known_revisions


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def books(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "books.sqlite"
    assert run(capsys, "--db", str(path), "demo", "--clients", "30", "--invoices", "200")[0] == 0
    return path


def test_init_creates_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "init", "--db", str(tmp_path / "new.sqlite"), "--json")
    assert code == 0 and json.loads(out) == {"ok": True, "command": "init",
                                             "db": f"sqlite:///{tmp_path / 'new.sqlite'}",
                                             "revision": known_revisions()[1]}


def test_clean_books_pass_check(books: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(books), "check")
    assert code == 0 and out.strip() == "books are consistent"


def test_corrupted_row_fails_check_naming_invoice_and_invariant(
        books: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with closing(sqlite3.connect(str(books))) as con:
        sql = "SELECT number FROM invoices WHERE state = 'paid' ORDER BY id LIMIT 1"
        number = con.execute(sql).fetchone()[0]
        con.execute("UPDATE invoices SET paid_minor = paid_minor - 1 WHERE number = ?", (number,))
        con.commit()
    code, out, _ = run(capsys, "--db", str(books), "check")
    assert code == 1
    line = next(line for line in out.splitlines() if "invoice_paid_mismatch" in line)
    assert f"invoice {number}" in line and "paid = sum of its live allocations" in line
    code, out, _ = run(capsys, "--db", str(books), "check", "--json")
    data = json.loads(out)
    assert code == 1 and data["ok"] is False
    codes = {(v["code"], v["params"].get("number")) for v in data["violations"]}
    assert ("invoice_paid_mismatch", number) in codes and ("invoice_state_mismatch", number) in codes


def test_bad_database_file_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"\x00garbage" * 200)
    code, out, err = run(capsys, "--db", str(bad), "check")
    assert code == 2 and out == "" and err.count("\n") == 1 and "not a readable USU database" in err
    assert "Traceback" not in err
    code, out, _ = run(capsys, "--db", str(bad), "--json", "check")
    assert code == 2 and json.loads(out)["error"] == "db_corrupt"


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "frobnicate")
    assert code == 2 and err.startswith("error: bad arguments")
    code, out, _ = run(capsys, "demo", "--clients", "many", "--json")
    assert code == 2 and json.loads(out)["error"] == "bad_arguments"


def test_backup_and_restore(books: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy.sqlite"
    assert run(capsys, "--db", str(books), "backup", str(copy))[0] == 0
    code, _, err = run(capsys, "--db", str(books), "backup", str(copy))
    assert code == 2 and "already exists" in err
    # damage the live books, then restore the copy over them
    with closing(sqlite3.connect(str(books))) as con:
        con.execute("UPDATE invoices SET total_minor = 1 WHERE id = 3")
        con.commit()
    assert run(capsys, "--db", str(books), "check")[0] == 1
    code, _, err = run(capsys, "--db", str(books), "restore", str(copy))
    assert code == 2 and "--force" in err
    code, out, _ = run(capsys, "--db", str(books), "restore", str(copy), "--force", "--json")
    data = json.loads(out)
    assert code == 0 and Path(data["safety_copy"]).exists()
    assert run(capsys, "--db", str(books), "check")[0] == 0
    # the safety copy holds the damaged books
    assert run(capsys, "--db", data["safety_copy"], "check")[0] == 1


def test_restore_refuses_a_foreign_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(str(other))) as con:
        con.execute("CREATE TABLE notes (x)")
        con.commit()
    code, out, _ = run(capsys, "--db", str(tmp_path / "new.sqlite"), "--json", "restore", str(other))
    assert code == 2 and json.loads(out)["error"] == "backup_not_usu"
    assert not (tmp_path / "new.sqlite").exists()

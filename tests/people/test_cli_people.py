"""usu-admin for people: add/list/passwd/disable users, read the audit log; writes are audited as
admin:<OS user> unless --user signs in with that user's password; check names a changed row."""

from __future__ import annotations

import io
import json

import pytest
from sqlalchemy import text

from usu_desktop.cli import main
from usu_desktop.cli.args import PASSWORD_ENV, os_user
from usu_desktop.storage.db import Database


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str,
        stdin: str = "") -> tuple[int, dict | str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    try:
        return code, json.loads(out)
    except ValueError:
        return code, out + err


def test_users_and_audit_from_the_shell(db_url: str, capsys, monkeypatch) -> None:
    db = ["--db", db_url, "--json"]
    code, made = run(capsys, monkeypatch, "user", "add", "Admin", "--role", "administrator",
                     "--password-stdin", *db, stdin="admin-password\n")
    assert code == 0 and made["user"]["role"] == "administrator"
    code, _ = run(capsys, monkeypatch, "user", "add", "Rita", "--role", "receptionist", "--password-stdin",
                  *db, stdin="rita-password\n")
    assert code == 0
    monkeypatch.setenv(PASSWORD_ENV, "rita-password")
    code, refused = run(capsys, monkeypatch, "user", "add", "Eve", "--role", "manager", "--password-stdin",
                        "--user", "Rita", *db, stdin="eve-password\n")
    assert code == 2 and refused["error"] == "not_permitted_users"
    monkeypatch.setenv(PASSWORD_ENV, "wrong")
    code, refused = run(capsys, monkeypatch, "user", "disable", "Rita", "--user", "Admin", *db)
    assert code == 2 and refused["error"] == "sign_in_refused"
    monkeypatch.setenv(PASSWORD_ENV, "admin-password")
    code, done = run(capsys, monkeypatch, "user", "disable", "Rita", "--user", "Admin", *db)
    assert code == 0 and done["user"]["disabled"] is True
    code, _ = run(capsys, monkeypatch, "user", "passwd", "Admin", "--password-stdin", *db,
                  stdin="admin-password-2\n")
    assert code == 0
    code, listed = run(capsys, monkeypatch, "user", "list", *db)
    assert [(u["name"], u["disabled"]) for u in listed["users"]] == [("Admin", False), ("Rita", True)]

    code, audit = run(capsys, monkeypatch, "audit", *db)
    rows = [(r["user"], r["action"]) for r in reversed(audit["rows"])]
    me = f"admin:{os_user()}"
    assert rows == [(me, "user_added"), (me, "user_added"), ("Rita", "user_signed_in"),
                    ("Admin", "sign_in_failed"), ("Admin", "user_signed_in"), ("Admin", "user_disabled"),
                    (me, "user_password_changed")]
    code, only = run(capsys, monkeypatch, "audit", "--user", "Admin", "--from", "2000-01-01", *db)
    assert {r["user"] for r in only["rows"]} == {"Admin"} and len(only["rows"]) == 3
    code, none = run(capsys, monkeypatch, "audit", "--to", "2000-01-01", *db)
    assert none["rows"] == []

    assert run(capsys, monkeypatch, "check", *db)[0] == 0
    with Database.open(db_url) as books, books.session() as s:
        s.execute(text("UPDATE audit_log SET action = 'user_enabled' WHERE action = 'user_disabled'"))
    code, checked = run(capsys, monkeypatch, "check", *db)
    changed = [v for v in checked["violations"] if v["entity"] == "audit"]
    assert code == 1 and [v["code"] for v in changed] == ["audit_row_changed"]
    assert changed[0]["entity_id"] == audit["rows"][1]["id"]

"""`usu-admin link create` and `usu-admin remind` against the real exchange and SMTP server."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from tests.backends import db_arg
from tests.links.conftest import Desk
from usu_desktop.cli.links import main
from usu_desktop.services.clients import ClientService
from usu_desktop.storage import links as q


def _path(desk: Desk) -> str:
    return db_arg(desk.db)


def test_link_create_and_remind(desk: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    who = desk.patient("Leyla", "Aliyeva", email="leyla@example.org", language="az")
    inv = desk.invoice(who, "60.00", issued=date.today() - timedelta(days=40))
    with desk.db.reading() as session:
        number = ClientService(desk.db).get(who).client_number
        invoice_number = session.get(q.Invoice, inv).number  # type: ignore[union-attr]
    soon = (date.today() + timedelta(days=5)).isoformat()

    assert main(["link", "create", "--invoice", str(invoice_number), "--expires", soon, "--send", "email",
                 "--db", _path(desk), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["link"]["status"] == "active" and out["link"]["amount"] == "60.00"
    assert out["message"]["status"] == "sent" and len(desk.smtp.box.messages) == 1

    assert main(["link", "create", "--client", number, "--amount", "10", "--expires", soon,
                 "--db", _path(desk)]) == 0
    assert "[active]" in capsys.readouterr().out

    assert main(["remind", "--overdue-days", "20", "--dry-run", "--db", _path(desk), "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert [r["result"] for r in dry["reminders"]] == ["would_send"] and len(desk.smtp.box.messages) == 1
    assert main(["remind", "--overdue-days", "27", "--db", _path(desk), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["reminders"] == []  # 26 days overdue is not 27
    assert main(["remind", "--overdue-days", "26", "--no-link", "--db", _path(desk), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sent"] == 1 and len(desk.smtp.box.messages) == 2


def test_cli_refusals(desk: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    who = desk.patient("Eldar", "Mammadov")
    desk.invoice(who, "5.00")
    assert main(["link", "create", "--invoice", "NOPE-1", "--expires", "2030-01-01", "--db", _path(desk),
                 "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["error"] == "link_invoice_not_found"
    assert main(["link", "create", "--client", "1", "--expires", "2001-01-01", "--db", _path(desk),
                 "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["error"] == "link_expiry_past"
    assert main(["link", "create", "--client", "1", "--expires", "soon", "--db", _path(desk), "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["error"] == "bad_arguments"

"""`usu-admin import-statement` and `export-charges`: lines per entry, JSON, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.backends import db_arg
from tests.statements.builders import Entry, Tx, camt, write
from tests.statements.conftest import Clinic
from usu_desktop.cli import statements as cli_statements


def test_import_statement_json_and_text(clinic: Clinic, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = clinic.client("Anna", "Nikolaou")
    inv = clinic.invoice(a, "100.00")
    good = write(tmp_path / "good.xml", camt([
        Entry("60.00", ref="C-1", txs=[Tx(rf=inv.rf_code, name="Nikolaou Anna")]),
        Entry("9.00", cd="DBIT", ref="C-2"),
        Entry("5.00", ref="C-3", txs=[Tx(name="Somebody Else")]),
    ], opening="10.00", closing="66.00"))
    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"")
    db = db_arg(clinic.db)
    assert cli_statements.main(["import-statement", str(good), "--db", db, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] and out["statement_id"] == "STMT-1" and out["currency"] == "EUR"
    assert out["opening_balance"] == "10.00" and out["closing_balance"] == "66.00"
    assert [(e["external_id"], e["amount"], e["currency"], e["direction"], e["status"])
            for e in out["entries"]] == [
        ("C-1", "60.00", "EUR", "credit", "booked"), ("C-2", "9.00", "EUR", "debit", "ignored"),
        ("C-3", "5.00", "EUR", "credit", "unmatched")]
    assert out["entries"][0]["allocated"] == [{"invoice": inv.number, "invoice_id": inv.invoice_id,
                                               "amount": "60.00"}]
    assert out["entries"][0]["why"] == "rf_invoice" and out["entries"][1]["why"] == "debit"

    code = cli_statements.main(["import-statement", str(good), str(bad), "--db", db])
    assert code == 1  # one file failed entirely
    captured = capsys.readouterr()
    assert "already imported on" in captured.out and "nothing new booked" in captured.out
    assert f"#0 C-1 60.00 EUR credit duplicate -> {inv.number} 60.00 (already_booked)" in captured.out
    assert "#1 C-2 9.00 EUR debit ignored (debit)" in captured.out
    assert f"{bad}: FAILED empty_file" in captured.err
    assert clinic.balance(inv.invoice_id).amount == 40


def test_export_charges(clinic: Clinic, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, number = clinic.client("Иван", "Иванов")
    clinic.invoice(a, "100.00")
    db = db_arg(clinic.db)
    out = tmp_path / "reg.csv"
    assert cli_statements.main(["export-charges", "--format", "csv", "--out", str(out), "--delimiter", ",",
                                "--encoding", "cp1251", "--db", db, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] and data["count"] == 1 and data["control_sum"] == "100.00"
    assert out.read_bytes().decode("cp1251").splitlines()[1].startswith(f"{number},100.00,EUR,Иванов И.,RF")
    assert cli_statements.main(["export-charges", "--out", str(tmp_path / "x.csv"), "--encoding", "latin-1",
                                "--db", db]) == 1
    assert "export refused: registry_unencodable" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
    assert cli_statements.main(["export-charges", "--format", "xml", "--out", str(tmp_path / "r.xml"),
                                "--db", db]) == 0
    assert "wrote 1 charges, control sum 100.00 EUR" in capsys.readouterr().out


def test_unusable_database_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "db").mkdir()
    assert cli_statements.main(["import-statement", "x.xml", "--db", str(tmp_path / "db"), "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["ok"] is False

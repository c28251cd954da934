"""`usu-admin report` for the accountant's scripts: JSON, CSV in a chosen delimiter and encoding, refusals."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from usu_desktop.cli import main
from usu_desktop.services import demo
from usu_desktop.services.reports import Period, ReportService
from usu_desktop.storage.db import Database


@pytest.fixture
def books(tmp_path: Path) -> Path:
    path = tmp_path / "books.sqlite"
    db = Database.open(path)
    demo.generate(db, clients=30, invoices=200)
    db.close()
    return path


def test_vat_as_json_equals_the_service(books: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(books), "report", "vat", "--from", "2020-01-01", "--to", "2030-12-31",
                 "--tz", "Europe/Athens", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["report"] == "vat" and out["period"]["time_zone"] == "Europe/Athens"
    assert out["columns"] == ["vat_rate", "base", "currency", "vat", "gross"]
    db = Database.open(books)
    summary = ReportService(db).vat_summary(Period(date(2020, 1, 1), date(2030, 12, 31), "Europe/Athens"))
    db.close()
    assert [(r[0], Decimal(r[1]), Decimal(r[3])) for r in out["rows"]] == [
        (str(r.rate), r.base.amount, r.tax.amount) for r in summary.rows]


def test_day_end_as_cp1251_csv_with_semicolons(books: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "z.csv"
    assert main(["--db", str(books), "report", "day-end", "--from", "2020-01-01", "--to", "2030-12-31",
                 "--tz", "UTC", "--format", "csv", "--delimiter", ";", "--encoding", "cp1251",
                 "--out", str(out)]) == 0
    assert "rows ->" in capsys.readouterr().out
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("cp1251")), delimiter=";"))
    assert rows[0] == ["section", "item", "user", "count", "amount", "currency"]
    sections = {r[0] for r in rows[1:]}
    assert {"billed", "collected", "billed_minus_collected"} <= sections
    billed = sum(Decimal(r[4]) for r in rows[1:] if r[0] == "billed")
    collected = sum(Decimal(r[4]) for r in rows[1:] if r[0] == "collected")
    [difference] = [Decimal(r[4]) for r in rows[1:] if r[0] == "billed_minus_collected"]
    assert billed - collected == difference
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".z.csv")] == []


@pytest.mark.parametrize(("args", "code"), [
    (["vat", "--from", "2026-11-05", "--to", "2026-11-04"], "report_bad_period"),
    (["vat", "--tz", "Mars/Olympus_Mons"], "report_bad_time_zone"),
    (["vat", "--from", "yesterday"], "bad_date"),
    (["day-end", "--format", "csv", "--delimiter", "\n"], "registry_bad_delimiter"),
])
def test_refusals_are_one_json_object(books: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                      code: str) -> None:
    assert main(["--db", str(books), "report", *args, "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["error"] == code


def test_a_folder_that_cannot_be_written_leaves_nothing(books: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file")
    assert main(["--db", str(books), "report", "ageing", "--out", str(blocked / "a.csv")]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert blocked.read_text() == "a file"

"""usu-admin invoice-pdf / statement on real files: PDFs written, one-line refusals, exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.documents.conftest import Books, pdf_text
from usu_desktop.cli.documents import main
from usu_desktop.storage.models import Client


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db_path(books: Books) -> Path:
    books.issue("100.00")
    assert books.db.path is not None
    return books.db.path


def test_invoice_pdf_writes_the_frozen_original(books: Books, db_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "inv.pdf"
    code, stdout, _ = run(capsys, "invoice-pdf", "INV-2026-000001", "--out", str(out), "--db", str(db_path))
    assert code == 0 and str(out) in stdout
    assert out.read_bytes() == books.docs.invoice_pdf(books.docs.invoice_id("INV-2026-000001"))


def test_invoice_pdf_current_state_json(books: Books, db_path: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from usu_desktop.domain.money import Money

    books.payments.record_desk_payment(books.client_id, Money("20.00", "EUR"), "cash")
    out = tmp_path / "now.pdf"
    code, stdout, _ = run(capsys, "invoice-pdf", "INV-2026-000001", "--current", "--out", str(out),
                          "--db", str(db_path), "--json")
    answer = json.loads(stdout)
    assert code == 0 and answer["ok"] and answer["path"] == str(out) and answer["current"] is True
    assert "PARTLY PAID" in pdf_text(out.read_bytes())


def test_unknown_invoice_number(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    code, stdout, err = run(capsys, "invoice-pdf", "INV-1999-000042", "--out", str(out), "--db", str(db_path))
    assert code == 2 and stdout == ""
    assert err == "error: no invoice with number INV-1999-000042\n"
    assert not out.exists()
    code, stdout, _ = run(capsys, "invoice-pdf", "NOPE", "--out", str(out), "--db", str(db_path), "--json")
    assert code == 2 and json.loads(stdout)["error"] == "invoice_number_unknown"


def test_unwritable_out(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_a_folder = tmp_path / "notes.txt"  # a file where a folder should be (fails even for root)
    not_a_folder.write_text("x")
    code, _, err = run(capsys, "invoice-pdf", "INV-2026-000001", "--out", str(not_a_folder / "inv.pdf"),
                       "--db", str(db_path))
    assert code == 2 and err.startswith(f"error: cannot write {not_a_folder / 'inv.pdf'}: ")
    assert err.count("\n") == 1
    code, _, err = run(capsys, "invoice-pdf", "INV-2026-000001", "--out", str(tmp_path / "no" / "inv.pdf"),
                       "--db", str(db_path))
    assert code == 2 and "No such file or directory" in err
    assert not list(tmp_path.rglob("*.pdf")) and not list(tmp_path.rglob("*.tmp"))


def test_statement_writes_the_period(books: Books, db_path: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    with books.db.reading() as session:
        client = session.get(Client, books.client_id)
        assert client is not None
        number = client.client_number
    out = tmp_path / "st.pdf"
    code, stdout, _ = run(capsys, "statement", number, "--from", "2026-01-01", "--to", "2026-06-30",
                          "--out", str(out), "--db", str(db_path), "--json")
    assert code == 0 and json.loads(stdout)["client"] == number
    text = pdf_text(out.read_bytes())
    assert "INV-2026-000001" in text and "Closing balance €120.00" in text


def test_statement_refusals(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "st.pdf")
    code, _, err = run(capsys, "statement", "99999", "--from", "2026-01-01", "--to", "2026-06-30",
                       "--out", out, "--db", str(db_path))
    assert code == 2 and err == "error: no client with number 99999\n"
    with pytest.raises(SystemExit) as exited:
        main(["statement", "99999", "--from", "yesterday", "--to", "2026-06-30", "--out", out])
    assert exited.value.code == 2
    assert "yesterday is not a date" in capsys.readouterr().err


def test_legacy_demo_invoice_is_frozen_on_first_export(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from usu_desktop.services.demo import generate
    from usu_desktop.services.documents import DocumentService
    from usu_desktop.storage.db import Database
    from usu_desktop.storage.models import Invoice

    path = tmp_path / "demo.sqlite"
    with Database.open(path) as db:
        generate(db, 5, 10, seed=3)
        with db.reading() as session:
            number = session.query(Invoice.number).filter(Invoice.number.is_not(None)).first()[0]
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert run(capsys, "invoice-pdf", number, "--out", str(first), "--db", str(path))[0] == 0
    assert run(capsys, "invoice-pdf", number, "--out", str(second), "--db", str(path))[0] == 0
    assert first.read_bytes() == second.read_bytes()
    with Database.open(path) as db:
        docs = DocumentService(db)
        assert docs.is_frozen(docs.invoice_id(number))

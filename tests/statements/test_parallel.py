"""Large camt files are read in a child process while the importer books (`bank.detect.ParallelReader`):
the outcome is exactly the one of reading in-process, and a file that would be refused is refused
before anything is booked."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.statements.builders import Entry, Tx, camt, write
from tests.statements.test_bulk_equivalence import books, outcomes, snapshot, statement
from usu_desktop.bank.detect import ParallelReader, read_statement
from usu_desktop.services.check import check_books
from usu_desktop.services.statements import StatementImportService


def test_reading_in_a_child_process_books_the_same(tmp_path: Path) -> None:
    a, clients, invoices = books(tmp_path / "parallel.sqlite", random.Random(7))
    b, _clients, _invoices = books(tmp_path / "inline.sqlite", random.Random(7))
    entries = statement(random.Random(8), clients, invoices, 60, "P")
    path = write(tmp_path / "s.xml", camt(entries, stmt_id="S-P"))
    parallel = StatementImportService(a, "anna", page_size=7, parallel_bytes=0)
    inline = StatementImportService(b, "anna", page_size=7, parallel_bytes=None)
    for _ in range(2):  # the second import: every entry a duplicate
        got, want = parallel.import_file(path), inline.import_file(path)
        assert outcomes(got) == outcomes(want)
        assert (got.statement_id, got.opening_balance, got.closing_balance, got.issues) == \
            (want.statement_id, want.opening_balance, want.closing_balance, want.issues)
        assert snapshot(a) == snapshot(b)
    assert {e.status for e in want.entries} >= {"duplicate", "ignored"}
    assert check_books(a) == []
    a.close()
    b.close()


def test_child_reader_gives_the_entries_in_order(tmp_path: Path) -> None:
    entries = [Entry(f"{i}.50", ref=f"B-{i}", txs=[Tx(ustrd=f"text {i}", name="Payer")])
               for i in range(1, 2600)]
    path = write(tmp_path / "s.xml", camt(entries))
    with ParallelReader(path, "EUR") as reader:
        got = [e for chunk in reader.chunks() for e in chunk]
        statements = reader.statements
    want = read_statement(path, "EUR")
    assert tuple(got) == want.entries and len(got) == 2599
    assert statements is not None and statements[0].issues == want.issues


def test_refused_files_book_nothing(tmp_path: Path) -> None:
    db, _clients, invoices = books(tmp_path / "db.sqlite", random.Random(3))
    service = StatementImportService(db, "anna", page_size=5, parallel_bytes=0)
    entries = [Entry("10.00", ref=f"T-{i}", txs=[Tx(rf=invoices[0][0] if invoices else None)])
               for i in range(40)]
    text = camt(entries)
    cut = write(tmp_path / "cut.xml", text[: len(text) - 40])  # truncated at the very end
    other = write(tmp_path / "usd.xml", text.replace(
        "</Stmt>", "</Stmt>" + camt(entries[:1], ccy="USD", stmt_id="S2").split("<BkToCstmrStmt>")[1]
        .split("</BkToCstmrStmt>")[0].split("</GrpHdr>")[1], 1))
    before = snapshot(db)
    for path, code in ((cut, "truncated"), (other, "wrong_currency")):
        result = service.import_file(path)
        assert result.failed and result.error is not None and result.error.code == code
        assert result.entries == ()
        assert snapshot(db) == before
    db.close()


def test_a_reader_that_cannot_run_falls_back_to_reading_here(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    db, clients, invoices = books(tmp_path / "db.sqlite", random.Random(5))
    monkeypatch.setattr("usu_desktop.bank.detect.sys.executable", str(tmp_path / "no-python"))
    entries = statement(random.Random(6), clients, invoices, 20, "F")
    path = write(tmp_path / "s.xml", camt(entries))
    with_fallback = StatementImportService(db, "anna", parallel_bytes=0).import_file(path)
    assert not with_fallback.failed and len(with_fallback.entries) >= 20
    db.close()


def test_the_import_puts_the_connection_settings_back(tmp_path: Path) -> None:
    db, clients, invoices = books(tmp_path / "db.sqlite", random.Random(9))
    path = write(tmp_path / "s.xml", camt(statement(random.Random(10), clients, invoices, 30, "C")))

    def settings() -> tuple[int, int]:
        with db.session() as session:
            conn = session.connection()
            return (int(conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() or 0),
                    int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0))

    before = settings()
    result = StatementImportService(db, "anna", page_size=4, parallel_bytes=None).import_file(path)
    assert not result.failed and result.booked_anything
    assert settings() == before == (1000, -2000)
    db.close()

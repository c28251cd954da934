"""check_books finds each kind of broken invariant in rows damaged by hand (plain sqlite3)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest

from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.services.check import check_books
from usu_desktop.services.clients import ClientInput, ClientService
from usu_desktop.services.invoicing import InvoicingService
from usu_desktop.services.payments import PaymentService
from usu_desktop.storage.db import Database


def eur(x: str) -> Money:
    return Money(x, "EUR")


@pytest.fixture
def books(tmp_path: Path) -> Iterator[tuple[Database, Path, dict[str, int]]]:
    path = tmp_path / "b.sqlite"
    db = Database.open(path)
    cid = ClientService(db).create(ClientInput("Ali", "Rezaei")).client_id
    assert cid is not None
    inv = InvoicingService(db)
    ids = []
    for amount in ("50.00", "70.00", "20.00"):
        draft = inv.create_draft(cid, [InvoiceLine.of("Visit", 1, eur(amount), "0.1")])
        inv.issue(draft, issue_date=date(2026, 4, 1))
        ids.append(draft)
    pay = PaymentService(db).book_external_payment("terminal", "t1", eur("100.00"), datetime(2026, 4, 2),
                                                   account=ClientService(db).get(cid).client_number)
    assert check_books(db) == []
    yield db, path, {"client": cid, "inv1": ids[0], "inv2": ids[1], "inv3": ids[2], "payment": pay.payment_id}
    db.close()


def damage(path: Path, sql: str, *params: object) -> None:
    with closing(sqlite3.connect(str(path))) as con:
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute(sql, params)
        con.commit()


@pytest.mark.parametrize(("sql", "key", "code"), [
    ("UPDATE invoices SET tax_minor = tax_minor + 1 WHERE id = ?", "inv1", "invoice_total_mismatch"),
    ("UPDATE invoice_lines SET net_minor = net_minor - 1 WHERE invoice_id = ?", "inv1",
     "invoice_lines_mismatch"),
    ("UPDATE invoices SET paid_minor = 0 WHERE id = ?", "inv1", "invoice_paid_mismatch"),
    ("UPDATE invoices SET state = 'issued' WHERE id = ?", "inv1", "invoice_state_mismatch"),
    ("UPDATE invoice_lines SET description = 'Something else' WHERE invoice_id = ?", "inv2",
     "issued_invoice_changed"),
    ("UPDATE invoices SET due_date = '2030-01-01' WHERE id = ?", "inv2", "issued_invoice_changed"),
    ("UPDATE allocations SET amount_minor = amount_minor + 100, invoice_id = invoice_id WHERE id = "
     "(SELECT MIN(id) FROM allocations WHERE invoice_id = ?)", "inv1", "payment_unbalanced"),
    ("UPDATE invoices SET paid_minor = total_minor + 1 WHERE id = ?", "inv3", "invoice_overpaid"),
])
def test_damage_is_found(books: tuple[Database, Path, dict[str, int]], sql: str, key: str, code: str) -> None:
    db, path, ids = books
    damage(path, sql, ids[key])
    found = check_books(db)
    assert code in {v.code for v in found}
    hit = next(v for v in found if v.code == code)
    if hit.entity == "invoice":
        assert hit.entity_id == ids[key] and hit.message_params["number"].startswith("INV-2026-")
        assert hit.message_params["number"] in hit.describe()


def test_numbering_gap_is_found(books: tuple[Database, Path, dict[str, int]]) -> None:
    db, path, _ids = books
    damage(path, "UPDATE invoices SET seq = 5, number = 'INV-2026-000005' WHERE seq = 2")
    found = [v for v in check_books(db) if v.code == "numbering_gap"]
    assert found and found[0].message_params["series"] == "INV" and found[0].message_params["year"] == 2026
    assert "INV/2026" in found[0].describe()


def test_negative_credit_is_found(books: tuple[Database, Path, dict[str, int]]) -> None:
    db, path, ids = books
    damage(path, "INSERT INTO client_credit (client_id, amount_minor, currency, reason, created_at,"
                 " created_by) VALUES (?, -99999, 'EUR', 'x', '2026-04-03 00:00:00.000000', 'x')",
           ids["client"])
    codes = {v.code for v in check_books(db)}
    assert "credit_negative" in codes


def test_unfunded_credit_allocation_is_found(books: tuple[Database, Path, dict[str, int]]) -> None:
    db, path, ids = books
    damage(path, "INSERT INTO allocations (payment_id, invoice_id, amount_minor, reason, note, created_at,"
                 " created_by) VALUES (NULL, ?, 1, 'credit', '', '2026-04-03 00:00:00.000000', 'x')",
           ids["inv3"])
    codes = {v.code for v in check_books(db)}
    assert {"credit_allocation_unfunded", "invoice_paid_mismatch"} <= codes

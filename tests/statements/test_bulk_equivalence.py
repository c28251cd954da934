"""The bulk path (pages of credits matched in memory, written together) books exactly what the
entry-by-entry path (PaymentService.book_external_payment per entry) books, row for row."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.backends import Databases
from tests.statements.builders import Entry, Tx, camt, write
from tests.statements.conftest import Clinic
from usu_desktop.domain.references import rf_format
from usu_desktop.services.check import check_books
from usu_desktop.services.clients import ClientService
from usu_desktop.services.invoicing import InvoicingService
from usu_desktop.services.settings import ClinicSettings, SettingsService
from usu_desktop.services.statements import StatementImportService
from usu_desktop.storage.db import Database
from usu_desktop.storage.models import Allocation, AuditEntry, Client, CreditEntry, Invoice, Payment

NAMES = [("Anna", "Nikolaou"), ("Petros", "Petrou"), ("Maria", "Ivanova"), ("Olga", "Smirnova"),
         ("Ivan", "Ivanov"), ("Eleni", "Papadopoulou")]


Books = tuple[Database, list[tuple[int, str, str]], list[tuple[str, str]]]


def books(path: str, rng: random.Random) -> Books:
    """Clients, each with 0-4 issued invoices; returns the db, (client id, number, rf) and (rf, number)."""
    db = Database.open(path)
    SettingsService(db).save(ClinicSettings(name="Clinic", currency="EUR"))
    clinic = Clinic(db, ClientService(db, "anna"), InvoicingService(db, "anna"))
    clients, invoices = [], []
    for first, last in NAMES:
        cid, number = clinic.client(first, last)
        with db.reading() as s:
            client = s.get(Client, cid)
            assert client is not None
            clients.append((cid, number, client.rf_code))
        for _ in range(rng.randint(0, 4)):
            inv = clinic.invoice(cid, f"{rng.choice([10, 25, 40, 99])}.{rng.choice(['00', '50'])}")
            invoices.append((inv.rf_code, inv.number))
    return db, clients, invoices


def statement(rng: random.Random, clients: list[tuple[int, str, str]], invoices: list[tuple[str, str]],
              count: int, prefix: str) -> list[Entry]:
    entries: list[Entry] = []
    credits: list[Entry] = []
    for i in range(count):
        amount = f"{rng.choice([5, 10, 25, 40, 60, 99, 150])}.{rng.choice(['00', '50'])}"
        ref, e2e = f"{prefix}-{i}", f"E2E-{prefix}-{i}"
        kind = rng.choice(["rf", "rf", "rf", "rf_text", "client_rf", "number", "name", "nobody", "debit",
                           "pending", "repeat", "reversal", "bad_rf", "zero"])
        if kind in ("rf", "rf_text", "number", "bad_rf") and not invoices:
            kind = "nobody"
        if kind == "rf":
            e = Entry(amount, ref=ref, txs=[Tx(rf=rng.choice(invoices)[0], e2e=e2e, name="Someone")])
        elif kind == "rf_text":
            e = Entry(amount, ref=ref, txs=[Tx(ustrd=f"pay {rf_format(rng.choice(invoices)[0]).lower()} ok")])
        elif kind == "client_rf":
            e = Entry(amount, ref=ref, txs=[Tx(rf=rng.choice(clients)[2], e2e=e2e)])
        elif kind == "number":
            e = Entry(amount, ref=ref, txs=[Tx(ustrd=f"Invoice {rng.choice(invoices)[1]} thanks")])
        elif kind == "name":
            first, last = rng.choice(NAMES)
            e = Entry(amount, ref=ref, txs=[Tx(name=f"{last} {first}", iban="DE89370400440532013000")])
        elif kind == "nobody":
            e = Entry(amount, ref=ref, txs=[Tx(name="Nobody Known", ustrd="gift")])
        elif kind == "debit":
            e = Entry(amount, cd="DBIT", ref=ref)
        elif kind == "pending":
            e = Entry(amount, status="PDNG", ref=ref)
        elif kind == "repeat" and credits:
            e = rng.choice(credits)
        elif kind == "reversal" and credits:
            orig = rng.choice(credits)
            e2e_orig = orig.txs[0].e2e if orig.txs and orig.txs[0].e2e else "E2E-none"
            e = Entry(orig.amount, cd="DBIT", ref=f"R-{ref}", reversal=True, txs=[Tx(e2e=e2e_orig)])
        elif kind == "bad_rf":
            rf = rng.choice(invoices)[0]
            e = Entry(amount, ref=ref, txs=[Tx(rf=rf[:-1] + ("1" if rf[-1] != "1" else "2"))])
        elif kind == "zero":
            e = Entry("0.00", ref=ref)
        else:
            e = Entry(amount, ref=ref, txs=[Tx(rf=rng.choice(clients)[2])])
        if e.cd == "CRDT" and e.status == "BOOK" and not e.reversal:
            credits.append(e)
        entries.append(e)
    return entries


def snapshot(db: Database) -> dict[str, object]:
    with db.reading() as s:
        return {
            "payments": [(p.id, p.source, p.external_id, p.client_id, p.amount_minor, p.currency, p.method,
                          p.paid_at, p.payer_name, p.payer_account, p.rf_code, p.text, p.reversal_of,
                          p.match_reason, p.created_by)
                         for p in s.scalars(select(Payment).order_by(Payment.id))],
            "allocations": [(a.id, a.payment_id, a.invoice_id, a.amount_minor, a.reason, a.undo_of)
                            for a in s.scalars(select(Allocation).order_by(Allocation.id))],
            "credit": [(c.id, c.client_id, c.amount_minor, c.currency, c.payment_id, c.allocation_id,
                        c.reason)
                       for c in s.scalars(select(CreditEntry).order_by(CreditEntry.id))],
            "invoices": [(i.id, i.paid_minor, i.credited_minor, i.state)
                         for i in s.scalars(select(Invoice).order_by(Invoice.id))],
            # audit rows in order, without their time (statement_file rows name the temp path)
            "audit": [(a.action, a.entity, a.entity_id,
                       json.loads(a.details) if a.action != "statement_imported" else None)
                      for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))],
        }


def outcomes(result: object) -> list[dict[str, object]]:
    out = result.to_json()["entries"]  # type: ignore[attr-defined]
    for e in out:
        e["params"].pop("file", None)
    return out


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_bulk_import_books_what_entry_by_entry_books(tmp_path: Path, seed: int, backend: str,
                                                      databases: Databases) -> None:
    a_url, b_url = (databases.clinic(backend, tmp_path, n) for n in ("bulk.sqlite", "each.sqlite"))
    a, clients, invoices = books(a_url, random.Random(seed))
    b, clients_b, invoices_b = books(b_url, random.Random(seed))
    assert (clients, invoices) == (clients_b, invoices_b)
    rng = random.Random(seed + 100)
    files = []
    for n in range(2):  # the second file repeats some of the first's entries (an overlapping period)
        entries = statement(rng, clients, invoices, 45, f"F{n}")
        if files:
            entries = rng.sample(files[0][1], 10) + entries
        files.append((write(tmp_path / f"s{n}.xml", camt(entries, stmt_id=f"S{n}")), entries))
    bulk = StatementImportService(a, "anna", bulk=True, page_size=rng.choice([1, 4, 7, 500]))
    each = StatementImportService(b, "anna", bulk=False)
    statuses: set[str] = set()
    for path, _entries in [*files, files[0]]:
        got, want = bulk.import_file(path), each.import_file(path)
        assert outcomes(got) == outcomes(want)
        statuses |= {e.status for e in want.entries}
        assert snapshot(a) == snapshot(b)
    assert {"booked", "unmatched", "duplicate", "ignored"} <= statuses
    assert check_books(a) == [] and check_books(b) == []
    a.close()
    b.close()

"""A whole story, Tryton style: register, invoice, pay in parts, over-pay, use credit, cancel.

The books must be consistent after every step.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.domain.references import rf_is_valid
from usu_desktop.services.check import check_books
from usu_desktop.services.clients import ClientInput, ClientService
from usu_desktop.services.invoicing import InvoicingService
from usu_desktop.services.payments import PaymentService
from usu_desktop.services.settings import ClinicSettings, SettingsService
from usu_desktop.storage.db import Database
from usu_desktop.storage.records import audit_entries


def eur(x: str) -> Money:
    return Money(x, "EUR")


def test_invoice_story(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "clinic.sqlite")
    SettingsService(db).save(ClinicSettings(name="Clinic", payment_terms_days=10, invoice_series="INV"))
    clients = ClientService(db, "anna")
    invoicing = InvoicingService(db, "anna")
    payments = PaymentService(db, "anna")

    def clean() -> None:
        assert check_books(db) == []

    created = clients.create(ClientInput("Guðrún", "Ólafsdóttir", date(1980, 5, 17), "+354 555 1234"))
    cid = created.client_id
    assert cid is not None and created.client_number == "100009" and rf_is_valid(created.rf_code or "")
    clean()

    lines = [
        InvoiceLine.of("Consultation", 1, eur("60.00"), "0.24"),
        InvoiceLine.of("X-ray", 2, eur("35.50"), "0.24", discount=eur("5.00")),
        InvoiceLine.of("Blood test", 1, eur("19.99"), "0"),
    ]
    draft = invoicing.create_draft(cid, lines)
    detail = invoicing.get(draft)
    assert detail.row.state == "draft" and detail.row.number is None
    # 60 + 71 - 5 = 126 at 24% -> 30.24; 19.99 at 0%; total 176.23
    assert detail.row.total == eur("176.23") and detail.tax == eur("30.24")
    clean()

    issued = invoicing.issue(draft, issue_date=date(2026, 3, 2))
    assert issued.number == "INV-2026-000001"
    assert rf_is_valid(issued.rf_code) and issued.due_date == date(2026, 3, 12)
    clean()

    first = payments.record_desk_payment(cid, eur("100.00"), "cash")
    assert [a.amount for a in first.allocations] == [eur("100.00")] and first.credit == eur("0.00")
    assert invoicing.get(draft).row.state == "partly_paid"
    clean()

    rest = payments.record_desk_payment(cid, eur("100.00"), "card", invoice_id=draft)
    assert rest.allocations[0].amount == eur("76.23") and rest.credit == eur("23.77")
    assert invoicing.get(draft).row.state == "paid"
    assert payments.client_credit(cid, "EUR") == eur("23.77")
    clean()

    second = invoicing.create_draft(cid, [InvoiceLine.of("Follow-up visit", 1, eur("40.00"))])
    issued2 = invoicing.issue(second, issue_date=date(2026, 3, 20))
    assert issued2.number == "INV-2026-000002" and issued2.credit_used == eur("23.77")
    row2 = invoicing.get(second).row
    assert row2.state == "partly_paid" and row2.balance == eur("16.23")
    assert payments.client_credit(cid, "EUR") == eur("0.00")
    clean()

    note_id = invoicing.cancel(second, "visit did not take place", on=date(2026, 3, 21))
    assert note_id is not None
    note = invoicing.get(note_id).row
    assert note.kind == "credit_note" and note.number == "CN-2026-000001" and note.total == eur("-40.00")
    assert invoicing.get(second).row.state == "cancelled"
    assert payments.client_credit(cid, "EUR") == eur("23.77")  # what was paid came back as credit
    clean()

    actions = [e["action"] for e in audit_entries_of(db)]
    assert actions.count("invoice_issued") == 2 and "invoice_cancelled" in actions
    db.close()


def audit_entries_of(db: Database) -> list[dict]:
    with db.reading() as s:
        return audit_entries(s)

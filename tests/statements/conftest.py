"""A real clinic database (EUR) with clients and issued invoices whose RFs the statements carry."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.services.check import check_books
from usu_desktop.services.clients import ClientInput, ClientService
from usu_desktop.services.invoicing import InvoicingService, IssuedInvoice
from usu_desktop.services.settings import ClinicSettings, SettingsService
from usu_desktop.services.statements import StatementImportService
from usu_desktop.storage.db import Database


@dataclass
class Clinic:
    db: Database
    clients: ClientService
    invoicing: InvoicingService

    def client(self, first: str, last: str) -> tuple[int, str]:
        made = self.clients.create(ClientInput(first, last), confirm_duplicates=True)
        assert made.client_id is not None and made.client_number is not None
        return made.client_id, made.client_number

    def invoice(self, client_id: int, amount: str, day: date = date(2026, 10, 1)) -> IssuedInvoice:
        line = InvoiceLine.of("Consultation", Decimal(1), Money(amount, "EUR"), "0")
        draft = self.invoicing.create_draft(client_id, [line])
        return self.invoicing.issue(draft, issue_date=day)

    def balance(self, invoice_id: int) -> Money:
        return self.invoicing.get(invoice_id).row.balance

    def importer(self, batch_size: int = 1) -> StatementImportService:
        return StatementImportService(self.db, "anna", batch_size=batch_size)


@pytest.fixture
def clinic(db_url: str) -> Iterator[Clinic]:
    db = Database.open(db_url)
    SettingsService(db).save(ClinicSettings(name="Clinic", currency="EUR"))
    yield Clinic(db, ClientService(db, "anna"), InvoicingService(db, "anna"))
    assert check_books(db) == []
    db.close()

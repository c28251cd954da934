"""A clinic with a logo, a patient and helpers to issue invoices; real SQLite files, real PDFs."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.services.clients import ClientInput, ClientService
from usu_desktop.services.documents import DocumentService
from usu_desktop.services.invoicing import InvoicingService
from usu_desktop.services.payments import PaymentService
from usu_desktop.services.settings import ClinicSettings, SettingsService
from usu_desktop.storage.db import Database

IBAN = "DE89370400440532013000"


def logo_png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 40), colour).save(out, format="PNG")
    return out.getvalue()


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def pdf_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@dataclass
class Books:
    db: Database
    tmp: Path
    client_id: int
    docs: DocumentService
    invoicing: InvoicingService
    payments: PaymentService
    settings: SettingsService

    def issue(self, *prices: str, day: date = date(2026, 3, 2)) -> int:
        lines = [InvoiceLine.of(f"Consultation {i + 1}", 1, Money(p, "EUR"), "0.2")
                 for i, p in enumerate(prices or ("100.00",))]
        draft = self.invoicing.create_draft(self.client_id, lines)
        return self.invoicing.issue(draft, issue_date=day).invoice_id


@pytest.fixture
def books(tmp_path: Path) -> Iterator[Books]:
    db = Database.open(tmp_path / "books.sqlite")
    logo = tmp_path / "logo.png"
    logo.write_bytes(logo_png("navy"))
    settings = SettingsService(db, "anna")
    settings.save(ClinicSettings(name="Northside Clinic", address="12 High Street\nLeeds", iban=IBAN,
                                 bic="COBADEFFXXX", logo_path=str(logo), payment_terms_days=14))
    created = ClientService(db, "anna").create(ClientInput("Jane", "Smith"))
    assert created.client_id is not None
    yield Books(db, tmp_path, created.client_id, DocumentService(db, "anna"), InvoicingService(db, "anna"),
                PaymentService(db, "anna"), settings)
    db.close()


# The offscreen platform plugin warns whenever a top-level window with a layout is shown;
# that is noise from the test platform. Every other Qt warning still fails a test.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/documents/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))

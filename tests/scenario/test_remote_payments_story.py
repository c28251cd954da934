"""A patient who never comes to the desk: terminal by client number, bank by RF, a bank
reversal, an unmatched transfer put right by hand. Books consistent after every step."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.domain.references import rf_format
from usu_desktop.services.check import check_books
from usu_desktop.services.clients import ClientInput, ClientService
from usu_desktop.services.invoicing import InvoicingService
from usu_desktop.services.payments import PaymentService
from usu_desktop.services.settings import ClinicSettings, SettingsService
from usu_desktop.storage.db import Database


def rub(x: str) -> Money:
    return Money(x, "RUB")


def test_remote_payments_story(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "clinic.sqlite")
    SettingsService(db).save(ClinicSettings(name="Клиника", currency="RUB", invoice_series="KL",
                                            language="ru"))
    clients, invoicing, payments = ClientService(db, "olga"), InvoicingService(db, "olga"), \
        PaymentService(db, "sync")

    def state(invoice_id: int) -> tuple[str, Money]:
        row = invoicing.get(invoice_id).row
        return row.state, row.balance

    created = clients.create(ClientInput("Мария", "Кузнецова", date(1975, 2, 3)))
    cid, number = created.client_id, created.client_number
    assert cid is not None and number is not None
    first = invoicing.create_draft(cid, [InvoiceLine.of("Консультация терапевта", 1, rub("2500.00"))])
    second = invoicing.create_draft(cid, [InvoiceLine.of("Анализ крови", 2, rub("750.00"))])
    inv1 = invoicing.issue(first, issue_date=date(2026, 9, 1))
    inv2 = invoicing.issue(second, issue_date=date(2026, 9, 10))
    assert (inv1.number, inv2.number) == ("KL-2026-000001", "KL-2026-000002")
    assert check_books(db) == []

    # Terminal: the patient types her client number and pays part of the debt.
    t = payments.book_external_payment("terminal", "osmp-1001", rub("3000.00"), datetime(2026, 9, 12, 18, 5),
                                       account=number)
    assert t.match.reason == "client_number"
    assert state(first) == ("paid", rub("0.00")) and state(second) == ("partly_paid", rub("1000.00"))
    assert check_books(db) == []

    # Bank: the RF of the second invoice, typed with spaces in lower case in the remittance text.
    b = payments.book_external_payment("bank", "ACSV-77", rub("1000.00"), datetime(2026, 9, 15),
                                       text=f"оплата {rf_format(inv2.rf_code).lower()}")
    assert b.match.reason == "rf_invoice" and state(second) == ("paid", rub("0.00"))
    assert check_books(db) == []

    # The bank takes it back (RvslInd): the invoice is owed again.
    r = payments.book_external_payment("bank", "ACSV-77-R", rub("1000.00"), datetime(2026, 9, 16),
                                       reversal_of="ACSV-77")
    assert r.status == "reversed" and state(second) == ("partly_paid", rub("1000.00"))
    assert check_books(db) == []

    # A transfer without any reference waits in the unmatched queue, then is put right by hand.
    u = payments.book_external_payment("bank", "ACSV-80", rub("1200.00"), datetime(2026, 9, 20),
                                       payer_name="KUZNETSOVA MARIA", text="за анализы")
    assert u.match.reason == "unmatched"
    payments.allocate_manually(u.payment_id, second, rub("1000.00"))
    assert state(second) == ("paid", rub("0.00"))
    assert payments.client_credit(cid, "RUB") == rub("200.00")
    assert check_books(db) == []

    # The same terminal payment arriving again (the exchange retried) changes nothing.
    again = payments.book_external_payment("terminal", "osmp-1001", rub("3000.00"),
                                           datetime(2026, 9, 12, 18, 5), account=number)
    assert again.status == "duplicate" and again.payment_id == t.payment_id
    assert check_books(db) == []
    db.close()

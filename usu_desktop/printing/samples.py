"""Sample documents in each language, for previews, tests and the benchmark."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from usu_desktop.domain.money import Money, total
from usu_desktop.domain.references import rf_create
from usu_desktop.printing.model import (
    Allocation,
    Clinic,
    DocLine,
    InvoiceDoc,
    Party,
    ReceiptDoc,
    SlipDoc,
    StatementDoc,
    VatRow,
    ageing_of,
    running_rows,
)

SAMPLE_IBAN = "DE89370400440532013000"
SAMPLE_BIC = "COBADEFFXXX"

NAMES = {
    "en": ("Northside Family Clinic", "Jane Smith", ("12 High Street", "Leeds LS1 4AP"),
           "General consultation"),
    "ru": ("Клиника «Здоровье»", "Иванов Иван Петрович", ("ул. Ленина, 5", "Москва 101000"),
           "Приём терапевта"),
    "az": ("Şəfa Ailə Klinikası", "Əliyev Ağa Şükür oğlu", ("Nizami küç. 12", "Bakı AZ1000"),
           "Həkim məsləhəti (ilkin müayinə)"),
    "el": ("Ιατρείο Υγεία Αθηνών", "Γεώργιος Παπαδόπουλος", ("Οδός Ερμού 10", "Αθήνα 10563"),
           "Ιατρική εξέταση"),
    "is": ("Heilsugæslan Þórshöfn", "Guðrún Þórðardóttir", ("Aðalstræti 9", "101 Reykjavík"),
           "Læknisskoðun og ráðgjöf"),
    "fa": ("درمانگاه سلامت", "مریم رضایی", ("خیابان ولیعصر، پلاک ۱۲", "تهران"),
           "ویزیت پزشک عمومی"),
}


def sample_clinic(language: str = "en", *, logo_png: bytes | None = None,
                  iban: str | None = SAMPLE_IBAN) -> Clinic:
    name, _client, address, _desc = NAMES[language]
    return Clinic(name=name, address_lines=address, tax_id="EL123456789", iban=iban,
                  bic=SAMPLE_BIC if iban else None, logo_png=logo_png)


def sample_invoice(language: str = "en", n_lines: int = 3, *, currency: str = "EUR",
                   number: str = "INV-2026-000123", paid: str = "0",
                   logo_png: bytes | None = None, iban: str | None = SAMPLE_IBAN,
                   client_name: str | None = None) -> InvoiceDoc:
    _clinic_name, client, address, desc = NAMES[language]
    lines = []
    for i in range(n_lines):
        price = Money(Decimal(40 + (i % 7) * 5), currency)
        qty = Decimal(1 + i % 3)
        discount = Money(Decimal(5 if i % 4 == 3 else 0), currency)
        net = price.times(qty) - discount
        lines.append(DocLine(f"{desc} #{i + 1}", qty, price, discount, Decimal("24"), net))
    untaxed = total((line.net for line in lines), currency)
    tax = untaxed.times(Decimal("0.24"))
    grand = untaxed + tax
    paid_m = Money(paid, currency)
    stamp = "paid" if paid_m == grand else ("partly_paid" if paid_m.is_positive() else None)
    return InvoiceDoc(
        clinic=sample_clinic(language, logo_png=logo_png, iban=iban),
        client=Party(client_name or client, "100004", address, language),
        number=number, issue_date=date(2026, 3, 5), due_date=date(2026, 4, 4), currency=currency,
        lines=tuple(lines), vat_rows=(VatRow(Decimal("24"), untaxed, tax),), untaxed=untaxed,
        tax=tax, total=grand, paid=paid_m, due=grand - paid_m,
        rf=rf_create(number.replace("-", "")[-12:]), language=language, stamp=stamp,  # type: ignore[arg-type]
    )


def sample_receipt(language: str = "en") -> ReceiptDoc:
    _c, client, address, _d = NAMES[language]
    eur = "EUR"
    return ReceiptDoc(
        clinic=sample_clinic(language), client=Party(client, "100004", address, language),
        number="RCP-2026-000045", date=date(2026, 3, 9), amount=Money("250.00", eur), method="card",
        allocations=(Allocation("INV-2026-000123", Money("198.40", eur)),
                     Allocation("INV-2026-000130", Money("40.00", eur))),
        credit=Money("11.60", eur), remaining=Money("0.00", eur), language=language)


def sample_statement(language: str = "en", n_rows: int = 8) -> StatementDoc:
    _c, client, address, _d = NAMES[language]
    eur = "EUR"
    entries = []
    for i in range(n_rows):
        day = date(2026, 1, 1 + (i * 3) % 28)
        if i % 3 == 2:
            entries.append((day, "payment", f"PAY-{i:04d}", Money("30.00", eur)))
        else:
            entries.append((day, "invoice", f"INV-2026-{i:06d}", Money("49.60", eur)))
    opening = Money("20.00", eur)
    rows = running_rows(opening, entries)  # type: ignore[arg-type]
    closing = rows[-1].balance if rows else opening
    # Open items that add up to the closing balance, spread over the four age buckets.
    parts = closing.allocate([5, 5, 2, 1])
    dues = [date(2026, 2, 20), date(2026, 1, 20), date(2025, 12, 20), date(2025, 11, 1)]
    ageing = ageing_of(list(zip(dues, parts, strict=True)), date(2026, 3, 1), eur)
    return StatementDoc(
        clinic=sample_clinic(language), client=Party(client, "100004", address, language),
        date_from=date(2026, 1, 1), date_to=date(2026, 3, 1), currency=eur, opening_balance=opening,
        rows=rows, closing_balance=closing, ageing=ageing, rf=rf_create("100004"),
        language=language)


def sample_slip(language: str = "en") -> SlipDoc:
    return SlipDoc(clinic=sample_clinic(language), client_number="100004",
                   masked_name={"fa": "رضایی م.", "ru": "Иванов И.", "el": "Παπαδόπουλος Γ."}
                   .get(language, "Smith J."),
                   amount_due=Money("198.40", "EUR"), rf=rf_create("100004"), language=language)


__all__ = ["replace", "sample_clinic", "sample_invoice", "sample_receipt", "sample_slip",
           "sample_statement"]

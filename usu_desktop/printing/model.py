"""Plain frozen dataclasses that describe a printed document completely.

Services build these from the database; printing never sees ORM objects. Every
amount is `Money`, every rate/quantity `Decimal`, every date `datetime.date`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from usu_desktop.domain.languages import CODES as LANGUAGES  # the one registry
from usu_desktop.domain.money import Money

Stamp = Literal["partly_paid", "paid", "cancelled"]


@dataclass(frozen=True)
class Clinic:
    name: str
    address_lines: tuple[str, ...] = ()
    tax_id: str | None = None
    iban: str | None = None
    bic: str | None = None
    logo_png: bytes | None = None
    exchange_url: str | None = None
    calendar: str = ""  # "" = as the document's language dates (Persian: Solar Hijri)


@dataclass(frozen=True)
class Party:
    """The client (patient or payer) a document is addressed to."""

    name: str
    client_number: str
    address_lines: tuple[str, ...] = ()
    language: str = "en"


@dataclass(frozen=True)
class DocLine:
    description: str
    quantity: Decimal
    unit_price: Money
    discount: Money
    vat_rate: Decimal  # percent, e.g. Decimal("24")
    net: Money


@dataclass(frozen=True)
class VatRow:
    rate: Decimal  # percent, as DocLine.vat_rate
    base: Money
    tax: Money


@dataclass(frozen=True)
class InvoiceDoc:
    clinic: Clinic
    client: Party
    number: str
    issue_date: date
    due_date: date
    currency: str
    lines: tuple[DocLine, ...]
    vat_rows: tuple[VatRow, ...]
    untaxed: Money
    tax: Money
    total: Money
    paid: Money
    due: Money
    rf: str | None
    language: str = "en"
    stamp: Stamp | None = None
    payment_page_url: str | None = None
    credit_note_for: str | None = None  # set: this is a credit note for that invoice number

    @property
    def title_key(self) -> str:
        return "invoice" if self.credit_note_for is None else "kind_credit"


@dataclass(frozen=True)
class Allocation:
    invoice_number: str
    amount: Money


@dataclass(frozen=True)
class ReceiptDoc:
    clinic: Clinic
    client: Party
    number: str
    date: date
    amount: Money
    method: str  # "cash" | "card" | "bank" | "terminal" | "link" (label key) or free text
    allocations: tuple[Allocation, ...] = ()
    credit: Money | None = None  # part of the payment kept as client credit
    remaining: Money | None = None  # what the client still owes after this payment
    language: str = "en"
    refund: bool = False  # money paid out to the patient: `credit` is the credit left after it


@dataclass(frozen=True)
class StatementRow:
    """One statement line: an invoice (debit), a payment or credit note (credit)."""

    date: date
    kind: Literal["invoice", "payment", "credit"]
    reference: str
    debit: Money | None
    credit: Money | None
    balance: Money


@dataclass(frozen=True)
class Ageing:
    """Open amounts by days past due: 0-30, 31-60, 61-90, over 90."""

    d0_30: Money
    d31_60: Money
    d61_90: Money
    d90_plus: Money

    @property
    def total(self) -> Money:
        return self.d0_30 + self.d31_60 + self.d61_90 + self.d90_plus


@dataclass(frozen=True)
class StatementDoc:
    clinic: Clinic
    client: Party
    date_from: date
    date_to: date
    currency: str
    opening_balance: Money
    rows: tuple[StatementRow, ...]
    closing_balance: Money
    ageing: Ageing
    rf: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class SlipDoc:
    """A small thermal slip for paying at a terminal: client number, amount, RF."""

    clinic: Clinic
    client_number: str
    masked_name: str  # "Ivanov I." - never the full name
    amount_due: Money
    rf: str | None
    language: str = "en"
    payment_page_url: str | None = None


def running_rows(opening: Money,
                 entries: list[tuple[date, Literal["invoice", "payment", "credit"], str, Money]]
                 ) -> tuple[StatementRow, ...]:
    """Build statement rows with a running balance from (date, kind, reference, amount) entries.

    Invoices add to the balance, payments and credit notes reduce it; `amount` is positive.
    """
    balance = opening
    rows: list[StatementRow] = []
    for day, kind, ref, amount in entries:
        if kind == "invoice":
            balance = balance + amount
            rows.append(StatementRow(day, kind, ref, amount, None, balance))
        else:
            balance = balance - amount
            rows.append(StatementRow(day, kind, ref, None, amount, balance))
    return tuple(rows)


def ageing_of(open_items: list[tuple[date, Money]], as_of: date, currency: str) -> Ageing:
    """Bucket open amounts by days past their due date (not yet due counts as 0-30)."""
    buckets = [Money.zero(currency) for _ in range(4)]
    for due_date, amount in open_items:
        days = (as_of - due_date).days
        index = 0 if days <= 30 else 1 if days <= 60 else 2 if days <= 90 else 3
        buckets[index] = buckets[index] + amount
    return Ageing(*buckets)


__all__ = ["LANGUAGES", "Ageing", "Allocation", "Clinic", "DocLine", "InvoiceDoc", "Party",
           "ReceiptDoc", "SlipDoc", "Stamp", "StatementDoc", "StatementRow", "VatRow",
           "ageing_of", "running_rows"]

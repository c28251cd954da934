"""A whole story in the pure domain, Tryton-scenario style: invoice, pay by terminal,
pay the rest by bank transfer with the RF code, over-pay, undo a payment.

The "books" here are a few dicts; storage does the same with tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from usu_desktop.domain.client_numbers import client_number_create
from usu_desktop.domain.invoices import (
    InvoiceLine,
    InvoiceState,
    after_payment_change,
    compute_totals,
    is_overdue,
    next_state,
)
from usu_desktop.domain.matching import ClientInfo, IncomingPayment, MatchResult, OpenInvoice, match_payment
from usu_desktop.domain.money import Money
from usu_desktop.domain.references import rf_create, rf_format


@dataclass
class Books:
    client: ClientInfo
    invoices: dict[int, OpenInvoice] = field(default_factory=dict)
    totals: dict[int, Money] = field(default_factory=dict)
    states: dict[int, InvoiceState] = field(default_factory=dict)
    credit: Money = field(default_factory=lambda: Money.zero("EUR"))

    # MatchContext
    def invoice_by_rf(self, rf: str) -> OpenInvoice | None:
        return next((i for i in self.invoices.values() if i.rf == rf), None)

    def client_by_rf(self, rf: str) -> ClientInfo | None:
        return self.client if rf == self.client.open_rf else None

    def client_by_number(self, number: str) -> ClientInfo | None:
        return self.client if number == self.client.client_number else None

    def open_invoices(self, client_id: int) -> Sequence[OpenInvoice]:
        return [i for i in self.invoices.values() if i.balance.is_positive()]

    def invoice_by_number(self, number: str) -> OpenInvoice | None:
        return next((i for i in self.invoices.values() if i.number == number), None)

    def suggestion_candidates(self, payment: IncomingPayment,
                              limit: int) -> Sequence[tuple[ClientInfo, Sequence[OpenInvoice]]]:
        return [(self.client, self.open_invoices(self.client.client_id))]

    # booking, as the payments service does it
    def book(self, result: MatchResult, sign: int = 1) -> None:
        for a in result.allocations:
            inv = self.invoices[a.invoice_id]
            total_ = self.totals[a.invoice_id]
            paid_before = total_ - inv.balance
            paid_after = paid_before + a.amount * sign
            self.states[a.invoice_id] = after_payment_change(
                self.states[a.invoice_id], total_, paid_before, paid_after)
            self.invoices[a.invoice_id] = replace(inv, balance=total_ - paid_after)
        self.credit = self.credit + result.credit * sign


def test_invoice_paid_by_terminal_then_bank_then_overpaid_then_undone() -> None:
    number = client_number_create(10042)
    books = Books(ClientInfo(7, number, "Ελένη Γεωργίου", rf_create(number)))

    # Two visits. The second has a discount and a reduced VAT rate.
    visits = {
        1: [InvoiceLine.of("Consultation", 1, Money("60.00", "EUR"), "0.24"),
            InvoiceLine.of("Blood test", 2, Money("12.50", "EUR"), "0.24")],
        2: [InvoiceLine.of("Physiotherapy", 3, Money("35.00", "EUR"), "0.13",
                           discount=Money("15.00", "EUR"))],
    }
    for inv_id, lines in visits.items():
        totals = compute_totals(lines, "EUR")
        assert totals.total == totals.lines_total - totals.discount_total + totals.tax
        books.totals[inv_id] = totals.total
        books.states[inv_id] = next_state(InvoiceState.DRAFT, "issue")
        books.invoices[inv_id] = OpenInvoice(
            inv_id, 7, f"INV-2026-{inv_id:06d}", rf_create(f"2026{inv_id:06d}"),
            date(2026, 2, inv_id), date(2026, 2, 14 + inv_id), totals.total)
    assert books.totals == {1: Money("105.40", "EUR"), 2: Money("101.70", "EUR")}  # 85*1.24, 90*1.13

    # At a terminal the patient types the client number and pays 150: oldest due first.
    r1 = match_payment(IncomingPayment(Money("150.00", "EUR"), date(2026, 2, 10), account=number), books)
    assert r1.reason == "client_number"
    books.book(r1)
    assert books.states == {1: InvoiceState.PAID, 2: InvoiceState.PARTLY_PAID}
    assert books.invoices[2].balance == Money("57.10", "EUR")
    assert is_overdue(books.states[2], books.invoices[2].due_date, date(2026, 3, 1))

    # The rest arrives by bank transfer, RF written in lower case in the remittance text, 10 too much.
    rf2 = books.invoices[2].rf
    assert rf2 is not None
    text = f"pliromi {rf_format(rf2).lower()} eleni"
    r2 = match_payment(IncomingPayment(Money("67.10", "EUR"), date(2026, 3, 2), text=text), books)
    assert r2.reason == "rf_invoice"
    books.book(r2)
    assert books.states[2] == InvoiceState.PAID
    assert books.credit == Money("10.00", "EUR")

    # The bank reverses the terminal payment: its allocations are undone.
    books.book(r1, sign=-1)
    assert books.states == {1: InvoiceState.ISSUED, 2: InvoiceState.PARTLY_PAID}
    assert books.invoices[1].balance == Money("105.40", "EUR")
    assert books.invoices[2].balance == Money("44.60", "EUR")  # 101.70 - 57.10 (bank)
    # Books balance: what is still owed plus credit equals totals minus what was paid.
    paid = Money("67.10", "EUR")
    owed = books.invoices[1].balance + books.invoices[2].balance
    assert owed + paid - books.credit == books.totals[1] + books.totals[2]

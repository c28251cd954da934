"""What the reception screens read and change beyond the other services: list pages
and counts (called from background tasks), the totals bar, the price list edits,
a patient card's figures.

Every method opens its own session, so the UI may call them from worker threads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.domain.permissions import Actor, actor_of
from usu_desktop.storage import reception_queries as rq
from usu_desktop.storage.db import Database
from usu_desktop.storage.queries import (
    ClientFilter,
    ClientRow,
    InvoiceFilter,
    InvoiceRow,
    PaymentFilter,
    PaymentRow,
    client_rows,
    count_payments,
    invoice_rows,
    payment_rows,
)
from usu_desktop.storage.records import add_audit

Cancelled = Callable[[], bool] | None
AllocationLine = rq.AllocationLine
InvoiceTotals = rq.InvoiceTotals


@dataclass(frozen=True)
class OpenInvoice:
    id: int
    number: str | None
    due_date: date | None
    balance: Money


def vat_rate(value: Decimal | str) -> Decimal:
    """A VAT rate as a fraction 0..1 from Decimal or text ("0.24"); DomainError("line_bad_vat")."""
    try:
        rate = Decimal(str(value).strip())
    except InvalidOperation:
        raise DomainError("line_bad_vat", vat_rate=str(value)) from None
    if not rate.is_finite() or not 0 <= rate <= 1:
        raise DomainError("line_bad_vat", vat_rate=str(value))
    return rate


class ReceptionService:
    def __init__(self, db: Database, user: str | Actor = "system") -> None:
        self.db = db
        self.actor = actor_of(user)
        self.user = self.actor.name
        self._invoice_matches = rq.MatchCache()  # each keystroke narrows the last one's patients

    def forget_matches(self) -> None:
        """After a change to patients (new, renamed), searches start from every patient again."""
        self._invoice_matches.forget()

    # --- invoices ---------------------------------------------------------------------
    def invoice_ids(
        self,
        f: InvoiceFilter,
        sort: str,
        descending: bool,
        offset: int,
        limit: int,
        reverse: bool = False,
        cancelled: Cancelled = None,
    ) -> list[int]:
        """A page of ids; `cancelled()` true stops the search early (it raises)."""
        with self.db.reading() as s, rq.interruptible(s, cancelled):
            return rq.invoice_ids_window(
                s, f, sort, descending, offset, limit, reverse, self._invoice_matches
            )

    def invoice_rows(self, ids: list[int]) -> list[InvoiceRow]:
        with self.db.reading() as s:
            return invoice_rows(s, ids)

    def count_invoices(self, f: InvoiceFilter, cancelled: Cancelled = None) -> int:
        with self.db.reading() as s, rq.interruptible(s, cancelled):
            return rq.count_invoices_fast(s, f, self._invoice_matches)

    def invoice_totals(self, f: InvoiceFilter, cancelled: Cancelled = None) -> InvoiceTotals:
        """Count, total, paid, due of the filtered set; `cancelled()` true stops it early (it raises)."""
        with self.db.reading() as s, rq.interruptible(s, cancelled):
            return rq.invoice_totals(s, f, self._invoice_matches)

    def open_invoices(self, client_id: int) -> list[OpenInvoice]:
        with self.db.reading() as s:
            return [OpenInvoice(*row) for row in rq.open_invoices_of(s, client_id)]

    # --- clients ----------------------------------------------------------------------
    def client_ids(
        self,
        f: ClientFilter,
        sort: str,
        descending: bool,
        offset: int,
        limit: int,
        reverse: bool = False,
        cancelled: Cancelled = None,
    ) -> list[int]:
        with self.db.reading() as s, rq.interruptible(s, cancelled):
            return rq.client_ids_window(s, f, sort, descending, offset, limit, reverse)

    def client_rows(self, ids: list[int]) -> list[ClientRow]:
        with self.db.reading() as s:
            return client_rows(s, ids)

    def count_clients(self, f: ClientFilter, cancelled: Cancelled = None) -> int:
        with self.db.reading() as s, rq.interruptible(s, cancelled):
            return rq.count_clients_fast(s, f)

    # --- payments ---------------------------------------------------------------------
    def payment_ids(
        self,
        f: PaymentFilter,
        sort: str,
        descending: bool,
        offset: int,
        limit: int,
        reverse: bool = False,
        cancelled: Cancelled = None,
    ) -> list[int]:
        with self.db.reading() as s, rq.interruptible(s, cancelled):
            return rq.payment_ids_window(s, f, sort, descending, offset, limit, reverse)

    def payment_rows(self, ids: list[int]) -> list[PaymentRow]:
        with self.db.reading() as s:
            return payment_rows(s, ids)

    def count_payments(self, f: PaymentFilter, cancelled: Cancelled = None) -> int:
        with self.db.reading() as s, rq.interruptible(s, cancelled):
            return count_payments(s, f)

    def allocation_lines(self, payment_id: int) -> list[AllocationLine]:
        with self.db.reading() as s:
            return rq.allocation_lines(s, [payment_id])

    # --- price list -------------------------------------------------------------------
    def update_service(
        self, service_id: int, code: str, name: str, price: Money, rate: Decimal | str
    ) -> None:
        code, name = code.strip(), name.strip()
        if not code or not name:
            raise DomainError("service_code_and_name_required")
        if price.is_negative():
            raise DomainError("line_bad_price", unit_price=str(price))
        checked = vat_rate(rate)
        with self.db.session() as s:
            if rq.service_code_taken(s, code, exclude_id=service_id):
                raise DomainError("service_code_taken", service_code=code)
            svc = rq.update_service(
                s,
                service_id,
                code=code,
                name=name,
                price_minor=price.minor,
                currency=price.currency,
                vat_rate=str(checked),
            )
            if svc is None:
                raise DomainError("service_not_found", service_id=service_id)
            add_audit(s, self.user, "service_updated", "service", service_id, code=code)

    def code_taken(self, code: str, exclude_id: int | None = None) -> bool:
        with self.db.reading() as s:
            return rq.service_code_taken(s, code.strip(), exclude_id)

    def set_service_active(self, service_id: int, active: bool) -> None:
        with self.db.session() as s:
            if rq.update_service(s, service_id, active=active) is None:
                raise DomainError("service_not_found", service_id=service_id)
            add_audit(
                s, self.user, "service_activated" if active else "service_deactivated", "service", service_id
            )

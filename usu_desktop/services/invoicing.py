"""Invoices: drafts, issuing with a gapless number and an RF code, cancelling by credit note.

A draft may change freely. Issuing fixes the number ("INV-2026-000123", per
series and year, no gaps), the RF code (ISO 11649 from the number's digits), the
due date (clinic payment terms) and a hash of the content; from then on the
invoice never changes, only its paid amount and state move. Cancelling an issued
invoice makes a credit note (series "CN") and turns what was paid into client
credit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.invoices import (
    CANCEL,
    ISSUE,
    InvoiceLine,
    InvoiceState,
    compute_totals,
    next_state,
    state_for,
)
from usu_desktop.domain.money import Money
from usu_desktop.domain.permissions import Actor, Permission, actor_of
from usu_desktop.domain.references import rf_create
from usu_desktop.services.documents import freeze_invoice
from usu_desktop.storage import ledger
from usu_desktop.storage.catalog import all_services
from usu_desktop.storage.db import Database
from usu_desktop.storage.models import Client, Invoice, Service
from usu_desktop.storage.models import InvoiceLine as LineRow
from usu_desktop.storage.queries import InvoiceRow, invoice_rows
from usu_desktop.storage.records import add_audit, read_settings, utcnow

CREDIT_NOTE_SERIES = "CN"


def format_number(series: str, year: int, seq: int) -> str:
    return f"{series}-{year}-{seq:06d}"


def rf_body(series: str, year: int, seq: int) -> str:
    """The RF body of an invoice: the number's digits."""
    return f"{year}{seq:06d}"


@dataclass(frozen=True)
class IssuedInvoice:
    invoice_id: int
    number: str
    rf_code: str
    issue_date: date
    due_date: date
    total: Money
    credit_used: Money


@dataclass(frozen=True)
class InvoiceDetail:
    """An invoice with its lines, as the editor and the printer need it."""

    row: InvoiceRow
    lines: tuple[InvoiceLine, ...]
    service_ids: tuple[int | None, ...]
    lines_total: Money
    discount: Money
    untaxed: Money
    tax: Money
    credit_note_for: int | None
    cancel_reason: str
    note: str


@dataclass(frozen=True)
class ServiceItem:
    id: int
    code: str
    name: str
    price: Money
    vat_rate: Decimal
    active: bool


def _line_rows(invoice_id: int, lines: Sequence[InvoiceLine], service_ids: Sequence[int | None],
               sign: int = 1) -> list[LineRow]:
    return [LineRow(invoice_id=invoice_id, position=i, service_id=sid, description=line.description,
                    quantity=str(line.quantity), unit_price_minor=line.unit_price.minor,
                    discount_minor=sign * line.discount.minor, vat_rate=str(line.vat_rate),
                    gross_minor=sign * line.gross.minor, net_minor=sign * line.net.minor)
            for i, (line, sid) in enumerate(zip(lines, service_ids, strict=True), start=1)]


def _domain_line(row: LineRow, currency: str) -> InvoiceLine:
    return InvoiceLine.of(row.description, row.quantity, Money.from_minor(row.unit_price_minor, currency),
                          row.vat_rate, Money.from_minor(abs(row.discount_minor), currency))


def _set_totals(inv: Invoice, lines: Sequence[InvoiceLine]) -> None:
    t = compute_totals(lines, inv.currency)
    inv.lines_total_minor, inv.discount_minor = t.lines_total.minor, t.discount_total.minor
    inv.untaxed_minor, inv.tax_minor, inv.total_minor = t.untaxed.minor, t.tax.minor, t.total.minor


class InvoicingService:
    def __init__(self, db: Database, user: str | Actor = "system") -> None:
        self.db = db
        self.actor = actor_of(user)
        self.user = self.actor.name

    # --- price list ------------------------------------------------------------
    def add_service(self, code: str, name: str, price: Money, vat_rate: Decimal | str = "0") -> int:
        rate = Decimal(str(vat_rate))
        if not 0 <= rate <= 1:
            raise DomainError("line_bad_vat", vat_rate=str(vat_rate))
        if not code.strip() or not name.strip():
            raise DomainError("service_code_and_name_required")
        with self.db.session() as session:
            svc = Service(code=code.strip(), name=name.strip(), price_minor=price.minor,
                          currency=price.currency, vat_rate=str(rate), active=True)
            session.add(svc)
            session.flush()
            add_audit(session, self.user, "service_added", "service", svc.id, code=code)
            return svc.id

    def services(self, include_inactive: bool = False) -> list[ServiceItem]:
        with self.db.reading() as session:
            return [ServiceItem(s.id, s.code, s.name, Money.from_minor(s.price_minor, s.currency),
                                Decimal(s.vat_rate), s.active)
                    for s in all_services(session, include_inactive)]

    def line_for_service(self, service_id: int, quantity: Decimal | int | str = 1) -> InvoiceLine:
        with self.db.reading() as session:
            svc = session.get(Service, service_id)
            if svc is None:
                raise DomainError("service_not_found", service_id=service_id)
            return InvoiceLine.of(svc.name, quantity, Money.from_minor(svc.price_minor, svc.currency),
                                  svc.vat_rate)

    # --- drafts ------------------------------------------------------------------
    def create_draft(self, client_id: int, lines: Sequence[InvoiceLine],
                     service_ids: Sequence[int | None] | None = None, currency: str | None = None,
                     note: str = "") -> int:
        with self.db.session() as session:
            client = session.get(Client, client_id)
            if client is None:
                raise DomainError("client_not_found", client_id=client_id)
            if client.archived:
                raise DomainError("client_archived", client_id=client_id)
            settings = read_settings(session)
            cur = currency or settings.get("clinic.currency", "EUR")
            inv = Invoice(kind="invoice", series=settings.get("clinic.invoice_series", "INV"),
                          client_id=client_id, state=InvoiceState.DRAFT.value, currency=cur, note=note,
                          cancel_reason="", created_at=utcnow())
            _set_totals(inv, lines)
            session.add(inv)
            session.flush()
            session.add_all(_line_rows(inv.id, lines, service_ids or [None] * len(lines)))
            add_audit(session, self.user, "invoice_draft_created", "invoice", inv.id, lines=len(lines),
                      total_minor=inv.total_minor)
            return inv.id

    def edit_draft(self, invoice_id: int, lines: Sequence[InvoiceLine],
                   service_ids: Sequence[int | None] | None = None, note: str | None = None) -> None:
        with self.db.session() as session:
            inv = ledger.lock_invoice(session, invoice_id)
            if inv.state != InvoiceState.DRAFT.value:
                raise DomainError("invoice_not_draft", invoice_id=invoice_id, state=inv.state)
            _set_totals(inv, lines)
            for row in ledger.invoice_lines(session, invoice_id):
                session.delete(row)  # draft lines are not part of the books yet
            session.flush()
            session.add_all(_line_rows(inv.id, lines, service_ids or [None] * len(lines)))
            if note is not None:
                inv.note = note
            add_audit(session, self.user, "invoice_draft_edited", "invoice", inv.id, lines=len(lines),
                      total_minor=inv.total_minor)

    # --- issuing -----------------------------------------------------------------
    def issue(self, invoice_id: int, issue_date: date | None = None,
              use_credit: bool = True) -> IssuedInvoice:
        """Number the draft and fix it; unused client credit pays it at once unless told not to."""
        with self.db.session() as session:
            inv = ledger.lock_invoice(session, invoice_id)
            if inv.state != InvoiceState.DRAFT.value:
                raise DomainError("invoice_not_draft", invoice_id=invoice_id, state=inv.state)
            rows = ledger.invoice_lines(session, invoice_id)
            if not rows:
                raise DomainError("invoice_no_lines", invoice_id=invoice_id)
            settings = read_settings(session)
            terms = int(settings.get("clinic.payment_terms_days", "14"))
            _set_totals(inv, [_domain_line(r, inv.currency) for r in rows])
            day = issue_date or date.today()
            seq = ledger.next_invoice_seq(session, inv.series, day.year)
            inv.year, inv.seq = day.year, seq
            inv.number = format_number(inv.series, day.year, seq)
            rf = rf_create(rf_body(inv.series, day.year, seq))
            if ledger.invoice_rf_taken(session, rf):  # a second series with the same digits
                rf = rf_create(inv.number.replace("-", ""))
            inv.rf_code = rf
            inv.issue_date, inv.due_date = day, day + timedelta(days=terms)
            inv.issued_at = utcnow()
            cur = inv.currency
            next_state(InvoiceState.DRAFT, ISSUE)  # the table allows it; a zero total is paid at once
            inv.state = state_for(Money.from_minor(inv.total_minor, cur), Money.zero(cur),
                                  cancelled=False, issued=True).value
            session.flush()
            inv.content_hash = ledger.invoice_content_hash(session, inv)
            add_audit(session, self.user, "invoice_issued", "invoice", inv.id, number=inv.number,
                      total_minor=inv.total_minor)
            used = 0
            if use_credit:
                available = ledger.credit_balance(session, inv.client_id, cur)
                used = min(available, ledger.balance_minor(inv))
                if used > 0:
                    alloc = ledger.allocate_from_credit(session, invoice=inv, amount_minor=used,
                                                        user=self.user)
                    add_audit(session, self.user, "credit_applied", "invoice", inv.id, amount_minor=used,
                              allocation_id=alloc.id)
            freeze_invoice(session, inv.id)  # issued means frozen: the PDF original, same transaction
            return IssuedInvoice(inv.id, inv.number, rf, day, inv.due_date,
                                 Money.from_minor(inv.total_minor, cur), Money.from_minor(used, cur))

    # --- cancelling --------------------------------------------------------------
    def cancel(self, invoice_id: int, reason: str, on: date | None = None) -> int | None:
        """Cancel a draft, or an issued/partly paid invoice by a credit note (its id is returned).

        What was paid on the invoice becomes the client's credit.
        """
        if not reason.strip():
            raise DomainError("cancel_reason_required")
        with self.db.session() as session:
            inv = ledger.lock_invoice(session, invoice_id)
            if inv.kind != "invoice":
                raise DomainError("invoice_bad_transition", state=inv.state, action=CANCEL)
            target = next_state(InvoiceState(inv.state), CANCEL)
            if inv.state != InvoiceState.DRAFT.value:  # a draft is the desk's own work; this is a credit note
                self.actor.require(Permission.CANCEL_INVOICES)
            if inv.state == InvoiceState.DRAFT.value:
                inv.state, inv.cancel_reason = target.value, reason.strip()
                add_audit(session, self.user, "invoice_draft_cancelled", "invoice", inv.id, reason=reason)
                return None
            refunded = 0
            for alloc in ledger.live_allocations(session, invoice_id=invoice_id):
                refunded += ledger.undo_to_credit(session, alloc, reason="cancelled", user=self.user)
            session.refresh(inv)
            rows = ledger.invoice_lines(session, invoice_id)
            day = on or date.today()
            seq = ledger.next_invoice_seq(session, CREDIT_NOTE_SERIES, day.year)
            note = Invoice(kind="credit_note", series=CREDIT_NOTE_SERIES, year=day.year, seq=seq,
                           number=format_number(CREDIT_NOTE_SERIES, day.year, seq), client_id=inv.client_id,
                           currency=inv.currency, issue_date=day, due_date=day,
                           lines_total_minor=-inv.lines_total_minor, discount_minor=-inv.discount_minor,
                           untaxed_minor=-inv.untaxed_minor, tax_minor=-inv.tax_minor,
                           total_minor=-inv.total_minor, paid_minor=0, credited_minor=0, rf_code=None,
                           credit_note_for=inv.id, cancel_reason=reason.strip(), note="",
                           state=InvoiceState.PAID.value, created_at=utcnow(), issued_at=utcnow())
            session.add(note)
            session.flush()
            session.add_all([
                LineRow(invoice_id=note.id, position=r.position, service_id=r.service_id,
                        description=r.description, quantity=r.quantity, unit_price_minor=r.unit_price_minor,
                        discount_minor=-r.discount_minor, vat_rate=r.vat_rate, gross_minor=-r.gross_minor,
                        net_minor=-r.net_minor)
                for r in rows])
            session.flush()
            note.content_hash = ledger.invoice_content_hash(session, note)
            inv.credited_minor = inv.total_minor
            inv.state = target.value
            inv.cancel_reason = reason.strip()
            add_audit(session, self.user, "invoice_cancelled", "invoice", inv.id, reason=reason,
                      credit_note_id=note.id, credit_note_number=note.number,
                      refunded_to_credit_minor=refunded)
            return note.id

    # --- reading -----------------------------------------------------------------
    def get(self, invoice_id: int) -> InvoiceDetail:
        with self.db.reading() as session:
            rows = invoice_rows(session, [invoice_id])
            if not rows:
                raise DomainError("invoice_not_found", invoice_id=invoice_id)
            inv = session.get(Invoice, invoice_id)
            assert inv is not None
            line_rows = ledger.invoice_lines(session, invoice_id)
            cur = inv.currency
            return InvoiceDetail(
                row=rows[0], lines=tuple(_domain_line(r, cur) for r in line_rows),
                service_ids=tuple(r.service_id for r in line_rows),
                lines_total=Money.from_minor(inv.lines_total_minor, cur),
                discount=Money.from_minor(inv.discount_minor, cur),
                untaxed=Money.from_minor(inv.untaxed_minor, cur), tax=Money.from_minor(inv.tax_minor, cur),
                credit_note_for=inv.credit_note_for, cancel_reason=inv.cancel_reason, note=inv.note)

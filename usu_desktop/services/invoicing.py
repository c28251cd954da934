"""Invoices: drafts, issuing with a gapless number and an RF code, cancelling by credit note.

A draft may change freely. Issuing fixes the number ("INV-2026-000123", per
series and year, no gaps), the RF code (ISO 11649 from the number's digits), the
due date (clinic payment terms) and a hash of the content; from then on the
invoice never changes, only its paid amount and state move. Cancelling an issued
invoice makes a credit note (series "CN") and turns what was paid into client
credit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.invoices import (
    CANCEL,
    CREDIT_PART,
    ISSUE,
    InvoiceLine,
    InvoiceState,
    compute_totals,
    credit_action,
    next_state,
    state_for,
)
from usu_desktop.domain.money import Money
from usu_desktop.domain.permissions import Actor, Permission, actor_of
from usu_desktop.domain.references import rf_create
from usu_desktop.services.documents import freeze_invoice
from usu_desktop.storage import ledger
from usu_desktop.storage.catalog import all_services
from usu_desktop.storage.db import Database, Session
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
class CreditNote:
    """A credit note made: its number, what it credits, what went to the client's credit."""

    note_id: int
    number: str
    credited: Money
    to_credit: Money
    invoice_state: InvoiceState


@dataclass(frozen=True)
class CreditableLine:
    """An invoice line as a credit note offers it: how much of it is still left to credit."""

    position: int
    description: str
    quantity: Decimal
    left: Decimal


@dataclass
class _CreditLine:
    """One line of a credit note, positive figures (stored negated), and the line it credits."""

    row: LineRow | None
    quantity: str
    gross_minor: int
    discount_minor: int
    net_minor: int
    description: str = ""
    unit_price_minor: int = 0
    vat_rate: str = "0"

    def __post_init__(self) -> None:
        if self.row is not None:
            self.description = self.row.description
            self.unit_price_minor = self.row.unit_price_minor
            self.vat_rate = self.row.vat_rate

    def domain(self, currency: str) -> InvoiceLine:
        """As the domain's line (for the note's totals): the stored gross and discount kept."""
        gross = Money.from_minor(self.gross_minor, currency)
        quantity = Decimal(self.quantity)
        line = InvoiceLine.of(self.description, quantity, Money.from_minor(self.unit_price_minor, currency),
                              self.vat_rate, Money.from_minor(self.discount_minor, currency))
        if line.gross == gross:
            return line
        # the rest of a line after rounded part credits: one unit at exactly the gross left
        return InvoiceLine.of(self.description, 1, gross, self.vat_rate, Money.from_minor(self.discount_minor,
                                                                                            currency))


def _net_for_gross(gross: Money, rate: Decimal) -> Money | None:
    """The untaxed amount whose tax at `rate` (rounded as the invoice rounds) makes exactly `gross`."""
    guess = Decimal(gross.minor) / (1 + rate)
    for minor in sorted({int(guess) + d for d in (-2, -1, 0, 1, 2)}):
        net = Money.from_minor(minor, gross.currency)
        if minor > 0 and (net + net.times(rate)).minor == gross.minor:
            return net
    return None


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

    # --- cancelling and crediting -----------------------------------------------------
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
            # the rest of a partly credited invoice is credited by lines or amount
            if inv.credited_minor and inv.state != InvoiceState.CANCELLED.value:
                raise DomainError("invoice_partly_credited", number=inv.number,
                                  credited=Money.from_minor(inv.credited_minor, inv.currency).format())
            target = next_state(InvoiceState(inv.state), CANCEL)
            if inv.state != InvoiceState.DRAFT.value:  # a draft is the desk's own work; this is a credit note
                self.actor.require(Permission.CANCEL_INVOICES)
            if inv.state == InvoiceState.DRAFT.value:
                inv.state, inv.cancel_reason = target.value, reason.strip()
                add_audit(session, self.user, "invoice_draft_cancelled", "invoice", inv.id, reason=reason)
                return None
            rows = ledger.invoice_lines(session, invoice_id)
            note_lines = [_CreditLine(r, r.quantity, r.gross_minor, r.discount_minor, r.net_minor)
                          for r in rows]
            header = (inv.lines_total_minor, inv.discount_minor, inv.untaxed_minor, inv.tax_minor,
                      inv.total_minor)
            note = self._credit_note(session, inv, note_lines, header, reason.strip(), on or date.today())
            return note.note_id

    def credit(self, invoice_id: int, reason: str, *, lines: Mapping[int, Decimal | int | str] | None = None,
               amount: Money | None = None, on: date | None = None) -> CreditNote:
        """A partial credit note for an issued invoice: `lines` maps line positions to the quantity
        credited, or `amount` credits that much (gross, spread over the invoice's VAT rates).

        The invoice then owes its total less what is credited; what was paid above that becomes the
        client's credit. Crediting all that is left cancels the invoice. A quantity or amount above
        what is left to credit is refused naming the line (or the invoice) and nothing changes.
        """
        if not reason.strip():
            raise DomainError("cancel_reason_required")
        if (lines is None) == (amount is None):
            raise DomainError("credit_lines_or_amount")
        self.actor.require(Permission.CANCEL_INVOICES)
        with self.db.session() as session:
            inv = ledger.lock_invoice(session, invoice_id)
            if inv.kind != "invoice" or inv.number is None or inv.state == InvoiceState.CANCELLED.value:
                raise DomainError("invoice_bad_transition", state=inv.state, action=CREDIT_PART)
            cur = inv.currency
            rows = ledger.invoice_lines(session, invoice_id)
            done = ledger.credited_lines(session, invoice_id)
            if lines is not None:
                note_lines = self._credited_lines(inv, rows, done, lines)
            else:
                assert amount is not None
                note_lines = self._credited_amount(inv, rows, amount, reason.strip())
            totals = compute_totals([c.domain(cur) for c in note_lines], cur)
            header = (totals.lines_total.minor, totals.discount_total.minor, totals.untaxed.minor,
                      totals.tax.minor, totals.total.minor)
            if not totals.total.is_positive():
                raise DomainError("credit_nothing", number=inv.number)
            left = inv.total_minor - inv.credited_minor
            if totals.total.minor > left:
                raise DomainError("credit_exceeds_invoice", number=inv.number, amount=totals.total.format(),
                                  left=Money.from_minor(left, cur).format())
            return self._credit_note(session, inv, note_lines, header, reason.strip(), on or date.today())

    def _credited_lines(self, inv: Invoice, rows: Sequence[LineRow],
                        done: Mapping[int, tuple[Decimal, int, int]],
                        wanted: Mapping[int, Decimal | int | str]) -> list[_CreditLine]:
        by_position = {r.position: r for r in rows}
        out = []
        for position, raw in sorted(wanted.items()):
            row = by_position.get(position)
            if row is None:
                raise DomainError("credit_no_such_line", number=inv.number, line=position)
            try:
                quantity = Decimal(str(raw).strip())
            except ArithmeticError:
                raise DomainError("line_bad_quantity", quantity=str(raw)) from None
            if not quantity.is_finite() or quantity <= 0:
                raise DomainError("line_bad_quantity", quantity=str(raw))
            had_qty, had_gross, had_net = done.get(row.id, (Decimal(0), 0, 0))
            left_qty = Decimal(row.quantity) - had_qty
            if quantity > left_qty:
                raise DomainError("credit_exceeds_line", number=inv.number, line=position,
                                  description=row.description, quantity=str(quantity), left=str(left_qty))
            if quantity == left_qty:  # the rest of the line: exactly what is left, whatever rounding did
                gross = row.gross_minor - had_gross
                net = row.net_minor - had_net
                out.append(_CreditLine(row, str(quantity), gross, gross - net, net))
                continue
            price = Money.from_minor(row.unit_price_minor, inv.currency)
            gross = price.times(quantity).minor
            discount = (Money.from_minor(row.discount_minor, inv.currency)
                        .times(quantity / Decimal(row.quantity))).minor
            out.append(_CreditLine(row, str(quantity), gross, discount, gross - discount))
        return out

    def _credited_amount(self, inv: Invoice, rows: Sequence[LineRow], amount: Money,
                         reason: str) -> list[_CreditLine]:
        if amount.currency != inv.currency:
            raise DomainError("currency_mismatch", left=inv.currency, right=amount.currency)
        if not amount.is_positive():
            raise DomainError("credit_nothing", number=inv.number)
        rates: dict[Decimal, int] = {}
        for r in rows:  # each VAT rate's share of the invoice, tax included
            rate = Decimal(r.vat_rate).normalize()
            rates[rate] = rates.get(rate, 0) + r.net_minor
        order = sorted(rates)
        weights = [Money.from_minor(rates[k], inv.currency).times(1 + k).minor for k in order]
        parts = amount.allocate(weights) if sum(weights) > 0 else [amount]
        out = []
        for rate, part in zip(order, parts, strict=False):
            if not part.is_positive():
                continue
            net = _net_for_gross(part, rate)
            if net is None:
                raise DomainError("credit_amount_not_exact", amount=amount.format(), rate=str(rate))
            out.append(_CreditLine(None, "1", net.minor, 0, net.minor, description=reason[:200],
                                   unit_price_minor=net.minor, vat_rate=str(rate)))
        return out

    def _credit_note(self, session: Session, inv: Invoice, note_lines: Sequence[_CreditLine],
                     header: tuple[int, int, int, int, int], reason: str, day: date) -> CreditNote:
        """The one path of every credit note, whole or partial: numbered gaplessly in the CN series,
        applied to the invoice through the state table, what was paid above the rest to credit."""
        cur = inv.currency
        lines_total, discount, untaxed, tax, credited = header
        whole = inv.credited_minor + credited == inv.total_minor
        before = inv.state
        to_credit = 0
        if whole:  # everything paid on it becomes the client's credit, then the invoice is cancelled
            for alloc in ledger.live_allocations(session, invoice_id=inv.id):
                to_credit += ledger.undo_to_credit(session, alloc, reason="cancelled", user=self.user)
            session.refresh(inv)
            inv.credited_minor = inv.total_minor
            inv.state = next_state(InvoiceState(inv.state), CANCEL).value
            inv.cancel_reason = reason
        else:
            inv.credited_minor += credited
            to_credit = self._paid_above_rest_to_credit(session, inv)
            total_, paid = Money.from_minor(inv.total_minor, cur), Money.from_minor(inv.paid_minor, cur)
            action = credit_action(total_, Money.from_minor(inv.credited_minor, cur), paid)
            inv.state = next_state(InvoiceState(inv.state), action).value
        seq = ledger.next_invoice_seq(session, CREDIT_NOTE_SERIES, day.year)
        note = Invoice(kind="credit_note", series=CREDIT_NOTE_SERIES, year=day.year, seq=seq,
                       number=format_number(CREDIT_NOTE_SERIES, day.year, seq), client_id=inv.client_id,
                       currency=cur, issue_date=day, due_date=day,
                       lines_total_minor=-lines_total, discount_minor=-discount, untaxed_minor=-untaxed,
                       tax_minor=-tax, total_minor=-credited, paid_minor=0, credited_minor=0, rf_code=None,
                       credit_note_for=inv.id, cancel_reason=reason, note="",
                       state=InvoiceState.PAID.value, created_at=utcnow(), issued_at=utcnow())
        session.add(note)
        session.flush()
        session.add_all([
            LineRow(invoice_id=note.id, position=i, service_id=c.row.service_id if c.row else None,
                    description=c.description, quantity=c.quantity, unit_price_minor=c.unit_price_minor,
                    discount_minor=-c.discount_minor, vat_rate=c.vat_rate, gross_minor=-c.gross_minor,
                    net_minor=-c.net_minor, credit_of_line=c.row.id if c.row else None)
            for i, c in enumerate(note_lines, start=1)])
        session.flush()
        note.content_hash = ledger.invoice_content_hash(session, note)
        freeze_invoice(session, note.id)  # issued means frozen: the printed original, same transaction
        add_audit(session, self.user, "invoice_cancelled" if whole else "invoice_credited", "invoice", inv.id,
                  reason=reason, credit_note_id=note.id, credit_note_number=note.number,
                  credited_minor=credited, refunded_to_credit_minor=to_credit, state_before=before,
                  state=inv.state)
        return CreditNote(note.id, note.number or "", Money.from_minor(credited, cur),
                          Money.from_minor(to_credit, cur), InvoiceState(inv.state))

    def _paid_above_rest_to_credit(self, session: Session, inv: Invoice) -> int:
        """After a credit note, what was paid above what is still owed goes to the client's credit:
        the newest allocations are undone to credit, and any part undone too many is put back."""
        rest = inv.total_minor - inv.credited_minor
        moved = 0
        for alloc in reversed(ledger.live_allocations(session, invoice_id=inv.id)):
            if inv.paid_minor <= rest:
                break
            moved += ledger.undo_to_credit(session, alloc, reason="credited", user=self.user)
            session.refresh(inv)
            back = rest - inv.paid_minor
            if back > 0:
                ledger.allocate_from_credit(session, invoice=inv, amount_minor=back, user=self.user)
                moved -= back
        return moved

    # --- reading -----------------------------------------------------------------
    def creditable_lines(self, invoice_id: int) -> list[CreditableLine]:
        """The invoice's lines with the quantity its credit notes have not credited yet."""
        with self.db.reading() as session:
            done = ledger.credited_lines(session, invoice_id)
            return [CreditableLine(r.position, r.description, Decimal(r.quantity),
                                   Decimal(r.quantity) - done.get(r.id, (Decimal(0), 0, 0))[0])
                    for r in ledger.invoice_lines(session, invoice_id)]

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

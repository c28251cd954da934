"""Money in: desk payments, external payments (terminal, bank, link), credit, undo and reversal.

Each method is one write transaction that re-reads the balances it allocates
against (BEGIN IMMEDIATE on SQLite, row locks on PostgreSQL), so two desks
paying the same invoice at once cannot over-allocate it. Nothing is deleted:
undoing an allocation adds an opposite row and keeps the money as client
credit; a reversal is a new negative payment that takes its allocations back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.matching import Allocation as MatchAllocation
from usu_desktop.domain.matching import IncomingPayment, MatchResult, match_payment
from usu_desktop.domain.money import Money
from usu_desktop.domain.permissions import Actor, Permission, actor_of
from usu_desktop.storage import ledger
from usu_desktop.storage.db import Database, Session
from usu_desktop.storage.matching_context import SessionMatchContext
from usu_desktop.storage.models import Allocation, Invoice, Payment
from usu_desktop.storage.records import add_audit, naive_utc, utcnow

SOURCES = ("desk", "terminal", "bank", "link")
DESK_METHODS = ("cash", "card", "transfer", "other")


@dataclass(frozen=True)
class AllocationView:
    allocation_id: int
    invoice_id: int
    invoice_number: str | None
    amount: Money
    reason: str


@dataclass(frozen=True)
class DeskPaymentResult:
    payment_id: int
    allocations: tuple[AllocationView, ...]
    credit: Money
    change: Money


@dataclass(frozen=True)
class BookingResult:
    """`status`: "booked", "duplicate" (already booked under this external id) or "reversed"."""

    status: str
    payment_id: int
    match: MatchResult


def _view(session: Session, alloc: Allocation) -> AllocationView:
    inv = session.get(Invoice, alloc.invoice_id)
    assert inv is not None  # foreign key
    return AllocationView(alloc.id, alloc.invoice_id, inv.number,
                          Money.from_minor(alloc.amount_minor, inv.currency), alloc.reason)


class PaymentService:
    def __init__(self, db: Database, user: str | Actor = "system") -> None:
        self.db = db
        self.actor = actor_of(user)
        self.user = self.actor.name

    # --- at the desk -------------------------------------------------------------
    def record_desk_payment(self, client_id: int, amount: Money, method: str, invoice_id: int | None = None,
                            use_overpayment_as: str = "credit", paid_at: datetime | None = None,
                            note: str = "") -> DeskPaymentResult:
        """Cash or card at the desk: the chosen invoice first, then oldest due first, the rest credit.

        `use_overpayment_as="change"` hands the rest back instead: the payment is booked
        for what was allocated and `change` says how much to give back.
        """
        if not amount.is_positive():
            raise DomainError("payment_bad_amount", amount=str(amount))
        if method not in DESK_METHODS:
            raise DomainError("payment_bad_method", method=method)
        if use_overpayment_as not in ("credit", "change"):
            raise DomainError("payment_bad_overpayment_use", value=use_overpayment_as)
        cur = amount.currency
        with self.db.session() as session:
            client = ledger.lock_client(session, client_id)
            invoices = ledger.open_invoices(session, client_id, cur)
            if invoice_id is not None:
                chosen = [inv for inv in invoices if inv.id == invoice_id]
                if not chosen:
                    inv = session.get(Invoice, invoice_id)
                    if inv is None or inv.client_id != client_id:
                        raise DomainError("invoice_not_found", invoice_id=invoice_id)
                    raise DomainError("invoice_not_open", invoice_id=invoice_id, state=inv.state,
                                      number=inv.number)
                invoices = chosen + [inv for inv in invoices if inv.id != invoice_id]
            plan: list[tuple[Invoice, int]] = []
            left = amount.minor
            for inv in invoices:
                if left == 0:
                    break
                part = min(left, ledger.balance_minor(inv))
                if part > 0:
                    plan.append((inv, part))
                    left -= part
            change = left if use_overpayment_as == "change" else 0
            booked = amount.minor - change
            if booked == 0:
                raise DomainError("nothing_owed", client_id=client_id)
            pay = Payment(source="desk", external_id=None, client_id=client.id, amount_minor=booked,
                          currency=cur, method=method, paid_at=naive_utc(paid_at or utcnow()), text=note,
                          match_reason="desk", created_at=utcnow(), created_by=self.user)
            session.add(pay)
            session.flush()
            views = []
            for inv, part in plan:
                alloc = ledger.allocate(session, invoice=inv, amount_minor=part, reason="desk",
                                        user=self.user, payment_id=pay.id)
                views.append(_view(session, alloc))
            credit = booked - sum(p for _inv, p in plan)
            if credit:
                ledger.add_credit(session, client_id=client.id, amount_minor=credit, currency=cur,
                                  reason="overpayment", user=self.user, payment_id=pay.id)
            add_audit(session, self.user, "desk_payment", "payment", pay.id, client_id=client_id,
                      amount_minor=booked, method=method, invoice_id=invoice_id, credit_minor=credit,
                      change_minor=change)
            return DeskPaymentResult(pay.id, tuple(views), Money.from_minor(credit, cur),
                                     Money.from_minor(change, cur))

    # --- from outside ---------------------------------------------------------------
    def book_external_payment(self, source: str, external_id: str, amount: Money, paid_at: datetime,
                              account: str | None = None, rf: str | None = None, text: str = "",
                              payer_name: str | None = None, reversal_of: str | None = None) -> BookingResult:
        """Book a terminal/bank/link payment once per (source, external_id), matched and allocated.

        With `reversal_of` (the external id of an earlier payment from the same source) it
        takes that payment back instead.
        """
        if source not in SOURCES or source == "desk":
            raise DomainError("payment_bad_source", source=source)
        if not external_id:
            raise DomainError("payment_external_id_required", source=source)
        if not amount.is_positive():
            raise DomainError("payment_bad_amount", amount=str(amount))
        with self.db.session() as session:
            existing = ledger.find_payment(session, source, external_id)
            if existing is not None:
                return BookingResult("duplicate", existing.id, self._result_of(session, existing))
            if reversal_of is not None:
                orig = ledger.find_payment(session, source, reversal_of)
                if orig is None:
                    raise DomainError("reversal_of_unknown_payment", source=source, external_id=reversal_of)
                if orig.amount_minor != amount.minor or orig.currency != amount.currency:
                    raise DomainError("reversal_amount_mismatch", payment_id=orig.id,
                                      amount=str(amount))
                done = ledger.reversal_for(session, orig.id)
                if done is not None:
                    return BookingResult("duplicate", done.id, self._result_of(session, done))
                rev = self._reverse(session, orig, reason=text or "reversal", external_id=external_id,
                                    paid_at=naive_utc(paid_at))
                return BookingResult("reversed", rev.id, self._result_of(session, rev))
            incoming = IncomingPayment(amount=amount, paid_on=paid_at.date(), rf=rf, account=account,
                                       text=text, payer_name=payer_name)
            match = match_payment(incoming, SessionMatchContext(session))
            pay = Payment(source=source, external_id=external_id, client_id=match.client_id,
                          amount_minor=amount.minor, currency=amount.currency, method=source,
                          paid_at=naive_utc(paid_at), payer_name=payer_name or "",
                          payer_account=account or "", rf_code=rf or "", text=text,
                          match_reason=match.reason, created_at=utcnow(), created_by=self.user)
            session.add(pay)
            session.flush()
            for a in match.allocations:
                inv = ledger.lock_invoice(session, a.invoice_id)
                ledger.allocate(session, invoice=inv, amount_minor=a.amount.minor, reason=a.reason,
                                user=self.user, payment_id=pay.id)
            if match.client_id is not None and match.credit.is_positive():
                ledger.add_credit(session, client_id=match.client_id, amount_minor=match.credit.minor,
                                  currency=amount.currency, reason="overpayment", user=self.user,
                                  payment_id=pay.id)
            add_audit(session, self.user, "payment_booked", "payment", pay.id, source=source,
                      external_id=external_id, amount_minor=amount.minor, reason=match.reason,
                      client_id=match.client_id)
            return BookingResult("booked", pay.id, match)

    def _result_of(self, session: Session, pay: Payment) -> MatchResult:
        """What a stored payment did, in the matcher's terms (for duplicates and reversals)."""
        cur = pay.currency
        rows = (ledger.allocation_rows(session, pay.id) if pay.reversal_of is not None
                else ledger.live_allocations(session, payment_id=pay.id))
        allocs = tuple(MatchAllocation(a.invoice_id, Money.from_minor(a.amount_minor, cur), a.reason)
                       for a in rows)
        credit = Money.from_minor(ledger.payment_credit(session, pay.id), cur)
        return MatchResult(pay.match_reason, pay.client_id, allocs, credit)

    # --- corrections ------------------------------------------------------------------
    def reverse_payment(self, payment_id: int, reason: str) -> int:
        """Take a payment back (a returned card payment, a desk mistake); returns the reversal's id."""
        self.actor.require(Permission.REFUNDS)
        if not reason.strip():
            raise DomainError("reason_required")
        with self.db.session() as session:
            orig = ledger.lock_payment(session, payment_id)
            if ledger.reversal_for(session, orig.id) is not None:
                raise DomainError("payment_already_reversed", payment_id=payment_id)
            rev = self._reverse(session, orig, reason=reason.strip(), external_id=None, paid_at=utcnow())
            # credit of it already paid back (a refund): the desk must not take it back twice
            if orig.client_id is not None:
                left = ledger.credit_balance(session, orig.client_id, orig.currency)
                if left < 0:
                    raise DomainError("payment_credit_refunded", payment_id=payment_id,
                                      amount=Money.from_minor(-left, orig.currency).format())
            return rev.id

    def _reverse(self, session: Session, orig: Payment, *, reason: str, external_id: str | None,
                 paid_at: datetime) -> Payment:
        s = session
        if orig.reversal_of is not None:
            raise DomainError("payment_is_reversal", payment_id=orig.id)
        rev = Payment(source=orig.source, external_id=external_id, client_id=orig.client_id,
                      amount_minor=-orig.amount_minor, currency=orig.currency, method=orig.method,
                      paid_at=paid_at, payer_name=orig.payer_name, payer_account=orig.payer_account,
                      rf_code=orig.rf_code, text=reason, reversal_of=orig.id, match_reason="reversal",
                      created_at=utcnow(), created_by=self.user)
        s.add(rev)
        s.flush()
        for alloc in ledger.live_allocations(s, payment_id=orig.id):
            ledger.undo(s, alloc, reason="reversal", user=self.user, charge_to_payment=rev.id)
        kept = ledger.payment_credit(s, orig.id)
        if orig.client_id is not None and kept:
            ledger.add_credit(s, client_id=orig.client_id, amount_minor=-kept,
                              currency=orig.currency, reason="reversal", user=self.user, payment_id=rev.id)
            self._restore_credit_floor(s, orig.client_id, orig.currency)
        add_audit(s, self.user, "payment_reversed", "payment", orig.id,
                  reversal_id=rev.id, reason=reason)
        return rev

    def _restore_credit_floor(self, session: Session, client_id: int, currency: str) -> None:
        """After a reversal took back credit already spent, undo the newest credit allocations."""
        s = session
        bal = ledger.credit_balance(s, client_id, currency)
        if bal >= 0:
            return
        for alloc in reversed(ledger.live_allocations(s, credit_funded_for_client=client_id)):
            inv = ledger.lock_invoice(s, alloc.invoice_id)
            if inv.currency != currency:
                continue
            ledger.undo_to_credit(s, alloc, reason="credit_withdrawn", user=self.user)
            bal += alloc.amount_minor
            if bal > 0:
                ledger.allocate_from_credit(s, invoice=inv, amount_minor=bal, user=self.user)
                bal = 0
            if bal >= 0:
                return

    def undo_allocation(self, allocation_id: int, reason: str) -> Money:
        """Take one allocation back (one click in the UI); the money stays as client credit."""
        self.actor.require(Permission.MATCHES)
        if not reason.strip():
            raise DomainError("reason_required")
        with self.db.session() as session:
            alloc = session.get(Allocation, allocation_id)
            if alloc is None:
                raise DomainError("allocation_not_found", allocation_id=allocation_id)
            inv = ledger.lock_invoice(session, alloc.invoice_id)
            if inv.state == "cancelled":
                raise DomainError("invoice_cancelled", invoice_id=inv.id)
            amount = ledger.undo_to_credit(session, alloc, reason="undone", user=self.user,
                                           note=reason.strip())
            add_audit(session, self.user, "allocation_undone", "allocation", allocation_id,
                      invoice_id=inv.id, amount_minor=amount, reason=reason.strip())
            return Money.from_minor(amount, inv.currency)

    def allocate_manually(self, payment_id: int, invoice_id: int, amount: Money) -> int:
        """Put (part of) a payment on an invoice by hand: from the unmatched queue, or from the
        credit the payment left. An unmatched payment joins the invoice's client; the rest of it
        becomes that client's credit. Returns the allocation id."""
        self.actor.require(Permission.MATCHES)
        if not amount.is_positive():
            raise DomainError("payment_bad_amount", amount=str(amount))
        with self.db.session() as session:
            pay = ledger.lock_payment(session, payment_id)
            if pay.reversal_of is not None or ledger.reversal_for(session, pay.id) is not None:
                raise DomainError("payment_reversed", payment_id=payment_id)
            inv = ledger.lock_invoice(session, invoice_id)
            if inv.currency != pay.currency or amount.currency != pay.currency:
                raise DomainError("currency_mismatch", left=pay.currency, right=inv.currency)
            if pay.client_id is None:
                free = pay.amount_minor - ledger.payment_assigned(session, pay.id)
                if amount.minor > free:
                    raise DomainError("payment_amount_exceeded", payment_id=payment_id,
                                      available=str(Money.from_minor(free, pay.currency)))
                pay.client_id = inv.client_id
                pay.match_reason = "manual"
                alloc = ledger.allocate(session, invoice=inv, amount_minor=amount.minor, reason="manual",
                                        user=self.user, payment_id=pay.id)
                rest = free - amount.minor
                if rest:
                    ledger.add_credit(session, client_id=inv.client_id, amount_minor=rest,
                                      currency=pay.currency, reason="overpayment", user=self.user,
                                      payment_id=pay.id)
            else:
                if inv.client_id != pay.client_id:
                    raise DomainError("invoice_other_client", invoice_id=invoice_id, payment_id=payment_id)
                from_payment = ledger.payment_credit(session, pay.id)
                in_credit = ledger.credit_balance(session, pay.client_id, pay.currency)
                if amount.minor > min(from_payment, in_credit):
                    raise DomainError("payment_amount_exceeded", payment_id=payment_id,
                                      available=str(Money.from_minor(min(from_payment, in_credit),
                                                                     pay.currency)))
                alloc = ledger.allocate(session, invoice=inv, amount_minor=amount.minor, reason="manual",
                                        user=self.user, payment_id=pay.id)
                ledger.add_credit(session, client_id=pay.client_id, amount_minor=-amount.minor,
                                  currency=pay.currency, reason="reallocated", user=self.user,
                                  payment_id=pay.id)
            add_audit(session, self.user, "allocated_manually", "payment", pay.id, invoice_id=invoice_id,
                      amount_minor=amount.minor, allocation_id=alloc.id)
            return alloc.id

    def apply_credit(self, client_id: int, invoice_id: int) -> Money:
        """Use the client's unused credit on an invoice, as much as both allow."""
        with self.db.session() as session:
            ledger.lock_client(session, client_id)
            inv = ledger.lock_invoice(session, invoice_id)
            if inv.client_id != client_id:
                raise DomainError("invoice_other_client", invoice_id=invoice_id, client_id=client_id)
            amount = min(ledger.credit_balance(session, client_id, inv.currency), ledger.balance_minor(inv))
            if amount <= 0:
                return Money.zero(inv.currency)
            alloc = ledger.allocate_from_credit(session, invoice=inv, amount_minor=amount, user=self.user)
            add_audit(session, self.user, "credit_applied", "invoice", inv.id, amount_minor=amount,
                      allocation_id=alloc.id)
            return Money.from_minor(amount, inv.currency)

    # --- reading ----------------------------------------------------------------------
    def client_credit(self, client_id: int, currency: str) -> Money:
        with self.db.reading() as session:
            return Money.from_minor(ledger.credit_balance(session, client_id, currency), currency)

    def payment_allocations(self, payment_id: int) -> list[AllocationView]:
        """The live allocations of a payment, each with its reason (what "undo" offers)."""
        with self.db.reading() as session:
            return [_view(session, a) for a in ledger.live_allocations(session, payment_id=payment_id)]

    def invoice_allocations(self, invoice_id: int) -> list[AllocationView]:
        with self.db.reading() as session:
            return [_view(session, a) for a in ledger.live_allocations(session, invoice_id=invoice_id)]

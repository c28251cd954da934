"""Property: any sequence of money operations leaves the books consistent (check_books clean).

Operations are drawn at random (desk payments, terminal and bank payments, reversals, undo,
manual allocation, credit, cancel, partial credit notes by amount or line, refunds of credit);
refusals are fine, broken invariants are not.
"""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.services.check import check_books
from usu_desktop.services.clients import ClientInput, ClientService
from usu_desktop.services.invoicing import InvoicingService
from usu_desktop.services.payments import PaymentService
from usu_desktop.services.refunds import RefundService
from usu_desktop.storage.db import Database
from usu_desktop.storage.queries import payment_ids

amounts = st.integers(min_value=1, max_value=15000)
ops = st.lists(st.one_of(
    st.tuples(st.just("invoice"), st.integers(0, 1), amounts),
    st.tuples(st.just("desk"), st.integers(0, 1), amounts),
    st.tuples(st.just("terminal"), st.integers(0, 1), amounts),
    st.tuples(st.just("bank_rf"), st.integers(0, 5), amounts),
    st.tuples(st.just("unmatched"), st.integers(0, 1), amounts),
    st.tuples(st.just("reverse"), st.integers(0, 20), st.just(0)),
    st.tuples(st.just("undo"), st.integers(0, 20), st.just(0)),
    st.tuples(st.just("manual"), st.integers(0, 20), amounts),
    st.tuples(st.just("credit"), st.integers(0, 5), st.just(0)),
    st.tuples(st.just("cancel"), st.integers(0, 5), st.just(0)),
    st.tuples(st.just("credit_amount"), st.integers(0, 5), amounts),
    st.tuples(st.just("credit_line"), st.integers(0, 5), st.just(0)),
    st.tuples(st.just("refund"), st.integers(0, 1), amounts),
), min_size=1, max_size=18)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops)
def test_any_sequence_keeps_books_consistent(steps: list[tuple[str, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "p.sqlite")
        try:
            run(db, steps)
            assert check_books(db) == []
        finally:
            db.close()


def run(db: Database, steps: list[tuple[str, int, int]]) -> None:
    clients = [ClientService(db).create(ClientInput(n, "Test")).client_id for n in ("Ann", "Bob")]
    inv, pay = InvoicingService(db), PaymentService(db)
    invoices: list[tuple[int, str]] = []
    numbers = [ClientService(db).get(c).client_number for c in clients if c is not None]
    when = datetime(2026, 8, 1)
    for n, (op, pick, minor) in enumerate(steps):
        money = Money.from_minor(minor, "EUR")
        try:
            if op == "invoice":
                cid = clients[pick]
                assert cid is not None
                draft = inv.create_draft(cid, [InvoiceLine.of("Visit", 1, money, "0.1")])
                issued = inv.issue(draft, issue_date=date(2026, 7, 1 + n % 28))
                invoices.append((draft, issued.rf_code))
            elif op == "desk":
                cid = clients[pick]
                assert cid is not None
                pay.record_desk_payment(cid, money, "cash")
            elif op == "terminal":
                pay.book_external_payment("terminal", f"t{n}", money, when, account=numbers[pick])
            elif op == "bank_rf" and invoices:
                pay.book_external_payment("bank", f"b{n}", money, when, rf=invoices[pick % len(invoices)][1])
            elif op == "unmatched":
                pay.book_external_payment("bank", f"u{n}", money, when, text="no reference")
            elif op in ("reverse", "undo", "manual"):
                with db.reading() as s:
                    ids = payment_ids(s, limit=100)
                if not ids:
                    continue
                payment_id = ids[pick % len(ids)]
                if op == "reverse":
                    pay.reverse_payment(payment_id, "test")
                elif op == "undo":
                    allocs = pay.payment_allocations(payment_id)
                    if allocs:
                        pay.undo_allocation(allocs[0].allocation_id, "test")
                elif invoices:
                    pay.allocate_manually(payment_id, invoices[pick % len(invoices)][0], money)
            elif op == "credit" and invoices:
                invoice_id = invoices[pick % len(invoices)][0]
                pay.apply_credit(InvoicingService(db).get(invoice_id).row.client_id, invoice_id)
            elif op == "cancel" and invoices:
                inv.cancel(invoices[pick % len(invoices)][0], "test")
            elif op == "credit_amount" and invoices:
                inv.credit(invoices[pick % len(invoices)][0], "test", amount=money)
            elif op == "credit_line" and invoices:  # the invoice's one line: the rest of it, whatever is left
                inv.credit(invoices[pick % len(invoices)][0], "test", lines={1: 1})
            elif op == "refund":
                cid = clients[pick]
                assert cid is not None
                RefundService(db).refund(cid, money, "cash")
        except DomainError as err:
            # Refusals are fine for corrections; taking money in must always work.
            assert op not in ("invoice", "desk", "terminal", "bank_rf", "unmatched"), (op, err)
        assert check_books(db) == [], (n, op)

"""Payments against real SQLite files: desk, external booking, reversal, undo, manual, races.

Every test ends with `check_books` clean (see conftest).
"""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.services.check import check_books
from usu_desktop.services.clients import ClientService
from usu_desktop.services.invoicing import InvoicingService
from usu_desktop.services.payments import PaymentService
from usu_desktop.storage.db import Database
from usu_desktop.storage.queries import PaymentFilter, count_payments, payment_ids, payment_rows


def eur(x: str) -> Money:
    return Money(x, "EUR")


def issue(db: Database, client_id: int, amount: str, day: date = date(2026, 1, 5)) -> tuple[int, str, str]:
    inv = InvoicingService(db, "anna")
    draft = inv.create_draft(client_id, [InvoiceLine.of("Consultation", 1, eur(amount))])
    issued = inv.issue(draft, issue_date=day, use_credit=False)
    return draft, issued.number, issued.rf_code


def state(db: Database, invoice_id: int) -> tuple[str, Money]:
    row = InvoicingService(db).get(invoice_id).row
    return row.state, row.paid


WHEN = datetime(2026, 2, 1, 10, 30)


def test_book_by_rf_is_idempotent(db: Database, client_id: int) -> None:
    inv_id, _number, rf = issue(db, client_id, "80.00")
    pay = PaymentService(db, "sync")
    first = pay.book_external_payment("bank", "ACCT-REF-1", eur("50.00"), WHEN, rf=rf, payer_name="IVANOV I")
    again = pay.book_external_payment("bank", "ACCT-REF-1", eur("50.00"), WHEN, rf=rf, payer_name="IVANOV I")
    assert first.status == "booked" and first.match.reason == "rf_invoice"
    assert again.status == "duplicate" and again.payment_id == first.payment_id
    assert again.match.allocations == first.match.allocations
    with db.reading() as s:
        assert count_payments(s) == 1
    assert state(db, inv_id) == ("partly_paid", eur("50.00"))


def test_terminal_payment_by_client_number_overpays_into_credit(db: Database, client_id: int) -> None:
    old, _, _ = issue(db, client_id, "30.00", date(2026, 1, 1))
    new, _, _ = issue(db, client_id, "50.00", date(2026, 1, 20))
    number = ClientService(db).get(client_id).client_number
    res = PaymentService(db, "sync").book_external_payment("terminal", "txn-77", eur("100.00"), WHEN,
                                                           account=number)
    assert res.match.reason == "client_number"
    assert [a.invoice_id for a in res.match.allocations] == [old, new]
    assert res.match.credit == eur("20.00")
    assert PaymentService(db).client_credit(client_id, "EUR") == eur("20.00")


def test_reversal_undoes_allocations_and_credit(db: Database, client_id: int) -> None:
    inv_id, _, rf = issue(db, client_id, "40.00")
    pay = PaymentService(db, "sync")
    booked = pay.book_external_payment("bank", "E1", eur("60.00"), WHEN, rf=rf)
    assert state(db, inv_id) == ("paid", eur("40.00"))
    rev = pay.book_external_payment("bank", "E1-R", eur("60.00"), WHEN, reversal_of="E1")
    assert rev.status == "reversed" and rev.payment_id != booked.payment_id
    assert state(db, inv_id) == ("issued", eur("0.00"))
    assert pay.client_credit(client_id, "EUR") == eur("0.00")
    again = pay.book_external_payment("bank", "E1-R", eur("60.00"), WHEN, reversal_of="E1")
    assert again.status == "duplicate"
    with db.reading() as s:
        rows = payment_rows(s, payment_ids(s, PaymentFilter(client_id=client_id)))
    assert {r.amount for r in rows} == {eur("60.00"), eur("-60.00")}
    assert [r.reversed for r in rows if r.amount == eur("60.00")] == [True]


def test_reversal_after_credit_was_spent_takes_it_back(db: Database, client_id: int) -> None:
    pay = PaymentService(db, "anna")
    number = ClientService(db).get(client_id).client_number
    pay.book_external_payment("terminal", "T1", eur("50.00"), WHEN, account=number)  # all credit
    inv_id, _, _ = issue(db, client_id, "30.00")
    assert pay.apply_credit(client_id, inv_id) == eur("30.00")
    pay.book_external_payment("terminal", "T1-cancel", eur("50.00"), WHEN, reversal_of="T1")
    assert pay.client_credit(client_id, "EUR") == eur("0.00")
    assert state(db, inv_id) == ("issued", eur("0.00"))


def test_partial_credit_reapplied_after_reversal(db: Database, client_id: int) -> None:
    pay = PaymentService(db, "anna")
    number = ClientService(db).get(client_id).client_number
    pay.book_external_payment("terminal", "A", eur("20.00"), WHEN, account=number)
    pay.book_external_payment("terminal", "B", eur("15.00"), WHEN, account=number)
    inv_id, _, _ = issue(db, client_id, "30.00")
    assert pay.apply_credit(client_id, inv_id) == eur("30.00")  # credit left: 5
    pay.book_external_payment("terminal", "B-x", eur("15.00"), WHEN, reversal_of="B")
    # 35 in, 15 taken back: the 20 left all stay on the invoice, nothing in credit
    assert state(db, inv_id) == ("partly_paid", eur("20.00"))
    assert pay.client_credit(client_id, "EUR") == eur("0.00")


def test_unmatched_then_allocated_by_hand(db: Database, client_id: int) -> None:
    inv_id, _, _ = issue(db, client_id, "25.00")
    pay = PaymentService(db, "anna")
    res = pay.book_external_payment("bank", "X9", eur("30.00"), WHEN, text="for my visit",
                                    payer_name="Ivanov Ivan")
    assert res.match.reason == "unmatched" and res.match.client_id is None
    assert res.match.suggestions and res.match.suggestions[0].client_id == client_id
    with db.reading() as s:
        assert payment_ids(s, PaymentFilter(unmatched_only=True)) == [res.payment_id]
    assert check_books(db) == []
    alloc_id = pay.allocate_manually(res.payment_id, inv_id, eur("25.00"))
    assert state(db, inv_id) == ("paid", eur("25.00"))
    assert pay.client_credit(client_id, "EUR") == eur("5.00")
    pay.undo_allocation(alloc_id, "wrong patient")
    assert state(db, inv_id) == ("issued", eur("0.00"))
    assert pay.client_credit(client_id, "EUR") == eur("30.00")
    with pytest.raises(DomainError) as err:
        pay.undo_allocation(alloc_id, "again")
    assert err.value.code == "allocation_already_undone"
    pay.allocate_manually(res.payment_id, inv_id, eur("10.00"))
    assert state(db, inv_id) == ("partly_paid", eur("10.00"))
    with pytest.raises(DomainError) as err:
        pay.allocate_manually(res.payment_id, inv_id, eur("25.00"))
    assert err.value.code == "payment_amount_exceeded"


def test_desk_payment_change_and_errors(db: Database, client_id: int) -> None:
    inv_id, _, _ = issue(db, client_id, "12.50")
    pay = PaymentService(db, "anna")
    res = pay.record_desk_payment(client_id, eur("20.00"), "cash", use_overpayment_as="change")
    assert res.change == eur("7.50") and res.credit == eur("0.00")
    with pytest.raises(DomainError) as err:
        pay.record_desk_payment(client_id, eur("5.00"), "cash", invoice_id=inv_id)
    assert err.value.code == "invoice_not_open"
    with pytest.raises(DomainError) as err:
        pay.record_desk_payment(client_id, eur("5.00"), "cheque")
    assert err.value.code == "payment_bad_method"
    rev = pay.reverse_payment(res.payment_id, "card declined after all")
    assert rev and state(db, inv_id) == ("issued", eur("0.00"))
    with pytest.raises(DomainError) as err:
        pay.reverse_payment(res.payment_id, "twice")
    assert err.value.code == "payment_already_reversed"


def _race(path: str, client_id: int, invoice_id: int | None) -> list[object]:
    results: list[object] = []
    barrier = threading.Barrier(2)

    def desk(name: str) -> None:
        local = Database.open(path)
        try:
            barrier.wait()
            results.append(PaymentService(local, name).record_desk_payment(
                client_id, eur("100.00"), "cash", invoice_id=invoice_id))
        except DomainError as exc:
            results.append(exc)
        finally:
            local.close()

    threads = [threading.Thread(target=desk, args=(n,)) for n in ("desk1", "desk2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_two_desks_cannot_overpay_one_invoice(db: Database, client_id: int, db_url: str) -> None:
    inv_id, _, _ = issue(db, client_id, "100.00")
    results = _race(db_url, client_id, inv_id)
    errors = [r for r in results if isinstance(r, DomainError)]
    assert len(errors) == 1 and errors[0].code == "invoice_not_open"
    assert state(db, inv_id) == ("paid", eur("100.00"))


def test_two_desks_oldest_first_second_goes_to_credit(db: Database, client_id: int, db_url: str) -> None:
    inv_id, _, _ = issue(db, client_id, "100.00")
    results = _race(db_url, client_id, None)
    assert not any(isinstance(r, DomainError) for r in results)
    assert state(db, inv_id) == ("paid", eur("100.00"))
    assert PaymentService(db).client_credit(client_id, "EUR") == eur("100.00")


def test_aware_timestamps_are_stored_in_utc(db: Database, client_id: int) -> None:
    from datetime import timedelta, timezone

    tehran = timezone(timedelta(hours=3, minutes=30))
    pay = PaymentService(db, "sync")
    number = ClientService(db).get(client_id).client_number
    res = pay.book_external_payment("link", "L-1", eur("5.00"), datetime(2026, 3, 1, 9, 0, tzinfo=tehran),
                                    account=number)
    with db.reading() as s:
        row = payment_rows(s, [res.payment_id])[0]
    assert row.paid_at == datetime(2026, 3, 1, 5, 30)

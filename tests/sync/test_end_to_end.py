"""The whole round trip: invoices → charge list → terminal payments (OSMP) → sync → books."""

from __future__ import annotations

from tests.exchange.conftest import Exchange, check, pay
from tests.sync.conftest import Clinic
from usu_desktop.domain.client_numbers import client_number_create
from usu_desktop.domain.money import Money
from usu_desktop.services.payments import PaymentService
from usu_desktop.services.sync import SyncService


def state_and_paid(clinic: Clinic, invoice_id: int) -> tuple[str, Money]:
    row = clinic.invoicing.get(invoice_id).row
    return row.state, row.paid


def test_terminal_payments_reach_the_books(clinic: Clinic, exchange: Exchange, sync: SyncService) -> None:
    ivanov, ivanov_no = clinic.client("Ivan", "Ivanov")
    petrova, petrova_no = clinic.client("Anna", "Petrova")
    sidorov, sidorov_no = clinic.client("Pyotr", "Sidorov")
    iv1 = clinic.invoice(ivanov, "1000.00")
    iv2 = clinic.invoice(ivanov, "500.00")
    pe1 = clinic.invoice(petrova, "300.00")
    si1 = clinic.invoice(sidorov, "200.00")

    first = sync.run()
    assert (first.upload_status, first.uploaded, first.received) == ("replaced", 3, 0)
    looked = check(exchange, ivanov_no)
    assert looked["result"] == 0
    assert looked["fields"] == {"debt": "1500.00", "name": "Ivanov I.", "currency": "RUB"}
    assert sync.run().upload_status == "unchanged"

    assert pay(exchange, "1001", petrova_no, "300.00")["result"] == 0      # in full
    assert pay(exchange, "1002", ivanov_no, "400.00")["result"] == 0       # part ...
    assert pay(exchange, "1003", ivanov_no, "300.00")["result"] == 0       # ... and part again
    assert pay(exchange, "1004", sidorov_no, "250.00")["result"] == 0      # too much
    assert pay(exchange, "1005", client_number_create(19999), "10.00")["result"] == 5  # not ours
    assert pay(exchange, "1002", ivanov_no, "400.00")["result"] == 0       # a terminal's retry
    assert check(exchange, ivanov_no)["fields"]["debt"] == "800.00"

    report = sync.run()
    assert (report.received, report.booked, report.duplicates, report.unmatched) == (4, 4, 0, 0)
    assert report.acked and report.cursor == 4 and len(report.booked_payment_ids) == 4
    assert exchange.store.acked_cursor() == 4

    assert state_and_paid(clinic, pe1) == ("paid", Money("300.00", "RUB"))
    assert state_and_paid(clinic, iv1) == ("partly_paid", Money("700.00", "RUB"))  # oldest due first
    assert state_and_paid(clinic, iv2) == ("issued", Money("0.00", "RUB"))
    assert state_and_paid(clinic, si1) == ("paid", Money("200.00", "RUB"))
    payments = PaymentService(clinic.db)
    assert payments.client_credit(sidorov, "RUB") == Money("50.00", "RUB")
    assert payments.client_credit(ivanov, "RUB") == Money("0.00", "RUB")

    again = sync.run()
    assert (again.received, again.booked, again.upload_status, again.uploaded) == (0, 0, "replaced", 1)
    assert check(exchange, ivanov_no)["fields"]["debt"] == "800.00"  # uploaded list, nothing counted twice
    assert check(exchange, petrova_no)["result"] == 5  # paid up: no longer in the list
    runs = sync.runs()
    assert [r.error for r in runs] == ["", "", "", ""] and runs[1].booked == 4
    assert sync.last_success() is not None and sync.last_success().id == runs[0].id


def test_credit_lowers_the_amount_due_and_privacy_holds(clinic: Clinic, exchange: Exchange,
                                                          sync: SyncService) -> None:
    cid, number = clinic.client("Мария", "Кузнецова-Петрова")
    clinic.invoice(cid, "100.00")
    pay(exchange, "1", number, "1.00")  # not in the list yet: refused
    sync.run()
    assert pay(exchange, "2", number, "150.00")["result"] == 0  # 50.00 over
    sync.run()
    clinic.invoice(cid, "80.00")  # issuing uses the credit: 30.00 left to pay
    sync.run()
    fields = check(exchange, number)["fields"]
    assert fields["debt"] == "30.00" and fields["name"] == "Кузнецова-Петрова М."
    body = exchange.store.debt(number)
    assert body is not None and body.rf and all(r.startswith("RF") for r in body.rf)

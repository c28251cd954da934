"""Terminal deposits (issue 18 item 4): a known client who owes nothing pays at a terminal, and the
money becomes that client's credit on the desk. Real OSMP over a real exchange on 127.0.0.1."""

from __future__ import annotations

from dataclasses import replace

from tests.exchange.conftest import Exchange, check, pay
from tests.sync.conftest import Clinic
from usu_desktop.domain.money import Money
from usu_desktop.services.payments import PaymentService
from usu_desktop.services.sync import SyncService


def test_deposits_are_off_by_default_and_a_client_who_owes_nothing_is_unknown(
        clinic: Clinic, exchange: Exchange, sync: SyncService) -> None:
    _, number = clinic.client("Ivan", "Ivanov")
    assert sync.config().deposits is False
    report = sync.run()
    assert report.uploaded == 0
    assert check(exchange, number)["result"] == 5
    assert pay(exchange, "700", number, "50.00")["result"] == 5
    assert sync.run().received == 0


def test_a_deposit_at_the_terminal_becomes_the_clients_credit(
        clinic: Clinic, exchange: Exchange, sync: SyncService) -> None:
    ivanov, ivanov_no = clinic.client("Ivan", "Ivanov")
    petrova, petrova_no = clinic.client("Anna", "Petrova")
    archived, archived_no = clinic.client("Old", "Patient")
    clinic.clients.archive(archived)
    clinic.invoice(petrova, "300.00")
    sync.save_config(replace(sync.config(), deposits=True))
    assert sync.config().deposits is True

    first = sync.run()
    assert first.uploaded == 2  # Ivanov (nothing owed) and Petrova; never the archived client
    looked = check(exchange, ivanov_no, txn_id="901", sum="0")
    assert looked["result"] == 0
    assert looked["fields"] == {"debt": "0.00", "name": "Ivanov I.", "currency": "RUB"}
    assert check(exchange, petrova_no)["fields"]["debt"] == "300.00"  # debtors as before
    assert check(exchange, archived_no)["result"] == 5

    paid = pay(exchange, "1001", ivanov_no, "500.00")
    assert paid["result"] == 0 and paid["sum"] == "500.00"
    assert pay(exchange, "01001", ivanov_no, "500.00")["prv_txn"] == paid["prv_txn"]  # a retry: once
    assert pay(exchange, "1002", petrova_no, "350.00")["result"] == 0  # 300 owed, 50 over

    report = sync.run()
    assert (report.received, report.booked, report.duplicates, report.unmatched) == (2, 2, 0, 0)
    payments = PaymentService(clinic.db)
    assert payments.client_credit(ivanov, "RUB") == Money("500.00", "RUB")
    assert payments.client_credit(petrova, "RUB") == Money("50.00", "RUB")
    # after the sync both still show at the terminal, with nothing to pay
    assert check(exchange, ivanov_no)["fields"]["debt"] == "0.00"
    assert check(exchange, petrova_no)["fields"]["debt"] == "0.00"
    assert sync.run().received == 0

    # turning deposits off takes Ivanov off the list again
    sync.save_config(replace(sync.config(), deposits=False))
    sync.run()
    assert check(exchange, ivanov_no)["result"] == 5

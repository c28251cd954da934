"""Reminders and the message log on real servers: who is skipped, what is said, retries send once."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from tests.links.conftest import Desk, pay_link
from usu_desktop.bank.errors import BankError
from usu_desktop.bank.mail import SmtpConfig
from usu_desktop.domain.errors import DomainError
from usu_desktop.exchange.server import start_in_thread
from usu_desktop.services.messaging import MessagingConfig
from usu_desktop.storage.link_models import Message

LONG_AGO = date.today() - timedelta(days=75)  # due 61 days ago with 14-day terms


def _bodies(desk: Desk) -> list[str]:
    return [m.get_body(preferencelist=("plain",)).get_content() for m in desk.smtp.box.messages]


def test_reminders_skip_paid_say_remaining_and_keep_the_interval(desk: Desk) -> None:
    paid = desk.patient("Paid", "Patient", email="paid@example.org")
    partly = desk.patient("Partly", "Paid", email="partly@example.org")
    owes = desk.patient("Full", "Debt", email="full@example.org", language="fa")
    for who in (paid, partly, owes):
        desk.invoice(who, "100.00", issued=LONG_AGO)
    desk.invoice(owes, "20.00", issued=date.today() - timedelta(days=20))  # overdue 6 days
    desk.invoice(owes, "5.00")  # not due yet: not in the reminder
    debtors = {r.client_id: r for r in desk.reminders.debtors()}
    assert set(debtors) == {paid, partly, owes}
    assert debtors[owes].due_minor == 12000 and debtors[owes].total_open_minor == 12500
    assert debtors[owes].buckets == (2000, 0, 10000, 0) and debtors[owes].days_overdue == 61

    # The patients pay between listing and sending: the balance at the moment of sending counts.
    whole = desk.links.create_for_client(paid, date.today() + timedelta(days=5))  # fixed: the total due
    assert pay_link(whole.url).status_code == 200
    free = desk.links.create_free(date.today() + timedelta(days=5), client_id=partly)  # payer's amount
    assert pay_link(free.url, "30.00").status_code == 200
    assert desk.sync.run().booked == 2

    report = desk.reminders.send([paid, partly, owes], with_link=True, min_interval_days=7)
    results = {o.client_id: o for o in report.outcomes}
    assert results[paid].result == "skipped_paid"
    assert results[partly].result == "sent" and results[partly].remaining
    assert results[partly].amount is not None and results[partly].amount.minor == 7000
    assert results[owes].result == "sent" and not results[owes].remaining
    bodies = _bodies(desk)
    reminders = [b for b in bodies if "overdue" in b or "پرداخت نشده" in b]
    assert len(reminders) == 2
    assert any("€70.00 remains overdue" in b for b in reminders)
    persian = [b for b in reminders if "گرامی" in b]
    assert persian and "/pay/" in persian[0]  # with a payment link for the total overdue

    # Within the interval nobody is reminded again; with a shorter interval they are.
    again = desk.reminders.send([partly, owes], min_interval_days=7, with_link=False)
    assert [o.result for o in again.outcomes] == ["skipped_interval", "skipped_interval"]
    dry = desk.reminders.send([partly, owes], min_interval_days=0, with_link=False, dry_run=True)
    assert [o.result for o in dry.outcomes] == ["would_send", "would_send"]
    assert len(desk.smtp.box.messages) == len(bodies)  # a dry run sends nothing


def test_refused_send_is_logged_and_retried_once(desk: Desk) -> None:
    who = desk.patient("Ivan", "Ivanov", email="ivan@example.org")
    desk.invoice(who, "50.00", issued=LONG_AGO)
    desk.smtp.box.refuse = 1
    [outcome] = desk.reminders.send([who], with_link=False).outcomes
    assert (outcome.result, outcome.error) == ("failed", "mail_refused")
    assert desk.smtp.box.messages == []
    [failed] = desk.messaging.log(status="failed")
    assert failed.attempts == 1 and failed.error == "mail_refused" and failed.provider_id

    [retried] = desk.messaging.retry_failed()
    assert retried.status == "sent"
    assert len(desk.smtp.box.messages) == 1
    assert desk.smtp.box.messages[0]["Message-ID"] == failed.provider_id  # the same message
    assert desk.messaging.retry_failed() == []  # nothing failed any more
    with pytest.raises(DomainError) as err:
        desk.messaging.retry(failed.id)  # an accepted message is never sent again
    assert err.value.code == "message_not_retryable"
    assert len(desk.smtp.box.messages) == 1
    with desk.db.reading() as session:
        row = session.get(Message, failed.id)
        assert row is not None and (row.status, row.attempts) == ("sent", 2)
    # Sent recently: the failed attempt did not count, the retry did.
    assert desk.reminders.send([who], with_link=False).outcomes[0].result == "skipped_interval"


def test_smtp_login_refused_sends_nothing(desk: Desk) -> None:
    who = desk.patient("Olga", "Sidorova", email="olga@example.org")
    inv = desk.invoice(who, "80.00")
    link = desk.links.create_for_invoice(inv, date.today() + timedelta(days=3))
    cfg = desk.messaging.config()
    desk.messaging.save_config(MessagingConfig(SmtpConfig(cfg.smtp.host, cfg.smtp.port, "none", "desk",
                                                          cfg.smtp.sender)), smtp_password="wrong")
    result = desk.links.send(link.id)
    assert (result.status, result.error) == ("failed", "mail_login_refused")
    assert desk.smtp.box.messages == []


def test_bad_input_is_refused_with_codes(desk: Desk) -> None:
    who = desk.patient("Nina", "Orlova", email="nina@example.org", phone="12")
    inv = desk.invoice(who, "10.00")
    soon = date.today() + timedelta(days=3)

    def code(fn: Any, *args: Any, **kw: Any) -> str:
        with pytest.raises(DomainError) as err:
            fn(*args, **kw)
        return err.value.code

    assert code(desk.links.create_for_invoice, inv, date.today() - timedelta(days=1)) == "link_expiry_past"
    assert code(desk.links.create_for_invoice, 99999, soon) == "link_invoice_not_found"
    link = desk.links.create_for_invoice(inv, soon, open_amount=False)
    assert pay_link(link.url).status_code == 200
    desk.sync.run()
    assert code(desk.links.create_for_invoice, inv, soon) == "link_nothing_due"  # paid invoice
    assert code(desk.links.create_for_client, who, soon) == "link_nothing_due"
    from usu_desktop.domain.money import Money

    assert code(desk.links.create_free, soon, minimum=Money("5", "EUR"), maximum=Money("1", "EUR")) \
        == "link_bad_amount"
    other = desk.links.create_free(soon, client_id=who)
    assert code(desk.links.send, other.id, "sms") == "sms_bad_phone"  # "12" is no phone number
    with pytest.raises(BankError) as bad_mail:
        desk.messaging.send(channel="email", recipient="not-an-address", language="en", subject="s",
                            body="b", purpose="link")
    assert bad_mail.value.code == "mail_bad_address"
    assert desk.smtp.box.messages == []
    assert desk.messaging.log() == []  # refused before anything was logged or sent
    assert desk.sync.run().booked == 0  # nothing booked by any of it


def test_sms_through_an_http_gateway(desk: Desk) -> None:
    seen: list[dict[str, str]] = []

    def gateway(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        from urllib.parse import parse_qsl

        seen.append(dict(parse_qsl(environ.get("QUERY_STRING", ""))))
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"id-42"]

    server = start_in_thread(gateway)
    try:
        from usu_desktop.bank.sms import SmsConfig

        cfg = desk.messaging.config()
        desk.messaging.save_config(MessagingConfig(cfg.smtp, SmsConfig(
            server.url + "/send?u={user}&p={password}&to={to}&text={text}", "GET", "clinic")),
            sms_password="s3cret")
        who = desk.patient("Reza", "Ahmadi", phone="+98 912 345 6789", language="fa")
        inv = desk.invoice(who, "12.00")
        link = desk.links.create_for_invoice(inv, date.today() + timedelta(days=2))
        result = desk.links.send(link.id, "sms")
    finally:
        server.stop()
    assert result.status == "sent"
    assert seen == [{"u": "clinic", "p": "s3cret", "to": "+989123456789", "text": seen[0]["text"]}]
    assert link.url in seen[0]["text"] and "پرداخت" in seen[0]["text"]
    [logged] = desk.messaging.log()
    assert (logged.status, logged.provider_id, logged.channel) == ("sent", "id-42", "sms")

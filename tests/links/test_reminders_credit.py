"""Reminders that know what was paid: credit netted, covered patients skipped, links reused, every
patient in the result with what happened and why (real exchange sandbox and SMTP server, both backends)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from tests.links.conftest import Desk, pay_link
from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.services.payments import PaymentService
from usu_desktop.storage.link_models import PaymentLink

LONG_AGO = date.today() - timedelta(days=75)


def eur(text: str) -> Money:
    return Money(text, "EUR")


def _overdue_invoice(desk: Desk, client_id: int, amount: str) -> int:
    """An overdue invoice that the patient's credit was NOT used on when it was issued."""
    draft = desk.invoicing.create_draft(client_id, [InvoiceLine.of("Consultation", Decimal(1), eur(amount))])
    desk.invoicing.issue(draft, issue_date=LONG_AGO, use_credit=False)
    return int(draft)


def _reminder_bodies(desk: Desk) -> dict[str, str]:
    return {str(m["To"]): m.get_body(preferencelist=("plain",)).get_content() for m in desk.smtp.box.messages}


def test_the_amount_reminded_is_net_of_credit_and_covered_patients_are_skipped(desk: Desk) -> None:
    payments = PaymentService(desk.db, "anna")
    part = desk.patient("Maria", "Petrou", email="maria@example.org")
    covered = desk.patient("Ioanna", "Petrou", email="ioanna@example.org")
    plain = desk.patient("Nikos", "Papas", email="nikos@example.org")
    # credit first (a payment with nothing owed), then invoices that did not use it
    payments.record_desk_payment(part, eur("82.92"), "cash")
    payments.record_desk_payment(covered, eur("400.00"), "cash")
    _overdue_invoice(desk, part, "367.06")
    _overdue_invoice(desk, covered, "367.06")
    _overdue_invoice(desk, plain, "50.00")

    rows = {r.client_id: r for r in desk.reminders.debtors()}
    assert (rows[part].due_minor, rows[part].credit_minor, rows[part].net_due_minor) == (36706, 8292, 28414)
    assert rows[covered].covered and rows[covered].net_due_minor == 0
    assert (rows[plain].credit_minor, rows[plain].net_due_minor) == (0, 5000)

    # a payment booked after the listing counts too: the balance is read again when sending
    payments.record_desk_payment(plain, eur("20.00"), "card")

    report = desk.reminders.send([part, covered, plain], with_link=False)
    got = {o.client_id: o for o in report.outcomes}
    assert (got[part].status, got[part].amount, got[part].credit) == ("sent", eur("284.14"), eur("82.92"))
    assert (got[covered].status, got[covered].result, got[covered].reason) == (
        "skipped", "skipped_credit", "credit_covers")
    assert got[covered].name == "Ioanna Petrou" and got[covered].message_id is None
    assert (got[plain].status, got[plain].amount) == ("sent", eur("30.00"))
    bodies = _reminder_bodies(desk)
    assert set(bodies) == {"maria@example.org", "nikos@example.org"}  # the covered patient got nothing
    assert "€284.14 remains overdue" in bodies["maria@example.org"]
    assert "€367.06" not in bodies["maria@example.org"]
    assert "€30.00 remains overdue" in bodies["nikos@example.org"]
    # the filter for the least owed works on the net amount
    from usu_desktop.services.reminders import DebtorFilter

    least = DebtorFilter(min_due_minor=eur("100.00").minor)
    assert {r.client_id for r in desk.reminders.debtors(flt=least)} == {part}


def test_an_active_link_for_the_same_debt_is_reused(desk: Desk) -> None:
    who = desk.patient("Reza", "Ahmadi", email="reza@example.org")
    other = desk.patient("Sara", "Karimi", email="sara@example.org")
    inv = _overdue_invoice(desk, who, "120.00")
    _overdue_invoice(desk, other, "60.00")
    _overdue_invoice(desk, other, "40.00")

    first = desk.reminders.send([who, other], with_link=True, min_interval_days=0)
    a, b = first.outcomes
    assert a.status == b.status == "sent" and not a.link_reused and not b.link_reused
    again = desk.reminders.send([who, other], with_link=True, min_interval_days=0)
    a2, b2 = again.outcomes
    assert (a2.link_id, a2.link_reused) == (a.link_id, True)
    assert (b2.link_id, b2.link_reused) == (b.link_id, True)
    with desk.db.reading() as session:
        assert session.query(PaymentLink).count() == 2  # no second link for either debt
    urls = {m["To"]: [] for m in desk.smtp.box.messages}
    for m in desk.smtp.box.messages:
        urls[m["To"]].append(m.get_body(preferencelist=("plain",)).get_content())
    assert all(desk.links.get(a.link_id).url in body for body in urls["reza@example.org"])

    # The debt changes (part paid through the link): that link is for another amount now, unless it
    # is the invoice's own link with exactly the rest still to pay.
    link = desk.links.get(a.link_id)
    assert pay_link(link.url).status_code == 200  # a fixed patient link: paid in full
    desk.sync.run()
    desk.links.refresh()
    [paid] = desk.reminders.send([who], with_link=True, min_interval_days=0).outcomes
    assert paid.result == "skipped_paid"

    # An invoice's own open link with exactly what the reminder asks for is reused as well.
    inv2 = _overdue_invoice(desk, who, "70.00")
    own = desk.links.create_for_invoice(inv2, date.today() + timedelta(days=10))
    [out] = desk.reminders.send([who], with_link=True, min_interval_days=0).outcomes
    assert (out.status, out.link_id, out.link_reused) == ("sent", own.id, True)
    # ... but a link that runs out within the day is not: a new one is made
    with desk.db.session() as session:
        row = session.get(PaymentLink, own.id)
        assert row is not None
        from usu_desktop.storage.records import utcnow

        row.expires_at = utcnow() + timedelta(hours=2)
    [fresh] = desk.reminders.send([who], with_link=True, min_interval_days=0).outcomes
    assert fresh.status == "sent" and not fresh.link_reused and fresh.link_id != own.id
    assert inv  # the first invoice was paid through the patient link


def test_the_bulk_result_names_each_patient_with_status_and_reason(desk: Desk) -> None:
    payments = PaymentService(desk.db, "anna")
    sent = desk.patient("Anna", "Sent", email="anna@example.org")
    covered = desk.patient("Boris", "Covered", email="boris@example.org")
    no_contact = desk.patient("Carl", "Nocontact")
    failing = desk.patient("Dora", "Failing", email="dora@example.org")
    payments.record_desk_payment(covered, eur("10.00"), "cash")
    for who in (sent, covered, no_contact, failing):
        _overdue_invoice(desk, who, "10.00")
    paid = desk.patient("Emil", "Paid", email="emil@example.org")
    _overdue_invoice(desk, paid, "10.00")
    payments.record_desk_payment(paid, eur("10.00"), "cash")
    desk.smtp.box.refuse = 0
    # the last message is refused by the mail server
    ids = [sent, covered, no_contact, paid, failing]

    class RefuseLast:
        cancelled = False

        def progress(self, done: int, total: int = 0, text: str = "") -> None:
            if done == 4:
                desk.smtp.box.refuse = 1

    report = desk.reminders.send(ids, with_link=False, state=RefuseLast())
    table = [(o.name, o.status, o.reason) for o in report.outcomes]
    assert table == [
        ("Anna Sent", "sent", ""),
        ("Boris Covered", "skipped", "credit_covers"),
        ("Carl Nocontact", "skipped", "no_contact"),
        ("Emil Paid", "skipped", "paid"),
        ("Dora Failing", "failed", "mail_refused"),
    ]


def test_usu_admin_remind_lists_every_patient(desk: Desk, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from tests.backends import db_arg
    from usu_desktop.cli import main

    payments = PaymentService(desk.db, "anna")
    covered = desk.patient("Boris", "Covered", email="boris@example.org")
    owes = desk.patient("Anna", "Owes", email="anna@example.org")
    payments.record_desk_payment(covered, eur("15.00"), "cash")
    _overdue_invoice(desk, covered, "10.00")
    _overdue_invoice(desk, owes, "10.00")
    capsys.readouterr()
    assert main(["remind", "--overdue-days", "1", "--no-link", "--db", db_arg(desk.db), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["status"], r["reason"], r["amount"], r["credit"]) for r in out["reminders"]] == [
        ("Anna Owes", "sent", "", "10.00", "0.00"),
        ("Boris Covered", "skipped", "credit_covers", "10.00", "15.00"),
    ]
    assert (out["sent"], out["skipped"], out["failed"]) == (1, 1, 0)

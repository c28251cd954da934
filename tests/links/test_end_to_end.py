"""The whole story on real servers: link -> e-mail -> payer pays an open amount -> sync -> desk told."""

from __future__ import annotations

import io
from datetime import date, timedelta

import requests
from pypdf import PdfReader

from tests.links.conftest import Desk, expire, pay_link
from usu_desktop.storage.link_models import PaymentLink
from usu_desktop.storage.models import Invoice


def test_link_mail_pay_sync_notify(desk: Desk) -> None:
    anna = desk.patient("Anna", "Petrova", email="anna@example.org", language="ru")
    invoice_id = desk.invoice(anna, "150.00")
    link = desk.links.create_for_invoice(invoice_id, date.today() + timedelta(days=7))
    assert link.status == "active" and link.amount is not None and link.amount.minor == 15000

    sent = desk.links.send(link.id)
    assert sent.status == "sent"
    [mail] = desk.smtp.box.messages
    assert mail["To"] == "anna@example.org" and "ссылка на оплату" in mail["Subject"]
    body = mail.get_body(preferencelist=("plain",)).get_content()
    assert link.url in body and "Clinic Zdorovye" in body and "150,00" in body
    [pdf] = [part for part in mail.iter_attachments() if part.get_content_type() == "application/pdf"]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.get_content())).pages)
    with desk.db.reading() as session:
        number = session.get(Invoice, invoice_id).number  # type: ignore[union-attr]
    assert number and number in text.replace("\n", "")

    assert pay_link(link.url, "40.00").status_code == 200  # the payer chooses part of the amount
    report = desk.sync.run()
    assert report.booked == 1 and report.unmatched == 0
    with desk.db.reading() as session:
        inv = session.get(Invoice, invoice_id)
        assert inv is not None and inv.paid_minor == 4000 and inv.state == "partly_paid"

    changes = desk.links.refresh()
    assert [(c.link_id, c.old_status, c.new_status, c.paid.minor) for c in changes] == [
        (link.id, "active", "partly_paid", 4000)]
    assert desk.links.unseen_count() == 1  # the badge
    assert [kind for _at, kind, *_ in desk.links.history(anna)][:1] == ["partly_paid"]
    assert desk.links.refresh() == []  # nothing new, nothing told twice
    assert desk.sync.run().booked == 0  # and nothing booked twice

    # A second link runs out of time: its page refuses payment and the desk sees "expired".
    second = desk.links.create_for_client(anna, date.today() + timedelta(days=3))
    with desk.db.reading() as session:
        remote_id = session.get(PaymentLink, second.id).remote_id  # type: ignore[union-attr]
    assert remote_id is not None
    expire(desk.exchange, remote_id)
    page = requests.get(second.url, timeout=10)
    assert page.status_code == 410 and "<form" not in page.text
    assert pay_link(second.url).status_code == 410
    changes = desk.links.refresh()
    assert [(c.link_id, c.new_status) for c in changes] == [(second.id, "expired")]
    assert desk.links.get(second.id).status == "expired"
    assert desk.links.unseen_count() == 2
    desk.links.mark_seen()
    assert desk.links.unseen_count() == 0
    assert desk.sync.run().booked == 0


def test_feed_carries_the_invoice_rf_for_matching(desk: Desk) -> None:
    from usu_desktop.bank.links_client import LinksClient, RemoteLinkedPayment

    who = desk.patient("Two", "Invoices", email="two@example.org")
    desk.invoice(who, "100.00", issued=date.today() - timedelta(days=30))
    newer = desk.invoice(who, "50.00")
    link = desk.links.create_for_invoice(newer, date.today() + timedelta(days=7))
    assert pay_link(link.url, "30.00").status_code == 200
    client = LinksClient(desk.exchange.url, desk.exchange.token)
    try:
        [p] = client.fetch_payments(0).payments
    finally:
        client.close()
    with desk.db.reading() as session:
        rf = session.get(Invoice, newer).rf_code  # type: ignore[union-attr]
    assert isinstance(p, RemoteLinkedPayment) and p.source == "link" and p.rf == rf and p.rf


def test_invoice_link_money_lands_on_that_invoice(desk: Desk) -> None:
    who = desk.patient("Two", "Invoices", email="two@example.org")
    older = desk.invoice(who, "100.00", issued=date.today() - timedelta(days=30))
    newer = desk.invoice(who, "50.00")
    link = desk.links.create_for_invoice(newer, date.today() + timedelta(days=7))
    assert pay_link(link.url, "30.00").status_code == 200
    assert desk.sync.run().booked == 1
    with desk.db.reading() as session:
        paid = {i: session.get(Invoice, i).paid_minor for i in (older, newer)}  # type: ignore[union-attr]
    assert paid == {older: 0, newer: 3000}


def test_the_payer_sees_the_expiry_in_the_clinics_time_zone(desk: Desk, monkeypatch) -> None:
    from usu_desktop.services.links import LinkService, local_time_zone

    desk.links.time_zone = "Europe/Athens"  # what the app passes from Qt (QTimeZone.systemTimeZoneId)
    who = desk.patient("Eleni", "Nikolaou", email="eleni@example.org")
    link = desk.links.create_for_invoice(desk.invoice(who, "30.00"), date.today() + timedelta(days=3))
    page = requests.get(link.url, timeout=10).text
    assert "(Athens)" in page and " UTC<" not in page
    monkeypatch.setenv("TZ", "Asia/Tehran")
    assert local_time_zone() == "Asia/Tehran" == LinkService(desk.db, "x").time_zone  # usu-admin's default
    monkeypatch.setenv("TZ", "/etc/../../x")
    assert local_time_zone() == ""  # not a zone name: nothing is sent, the page says UTC

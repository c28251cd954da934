"""Stripe Checkout for payment links, against FakeStripe (Stripe's documented API) on 127.0.0.1 and
the real exchange server, on both exchange store backends."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.exchange.conftest import Exchange
from tests.exchange.gateway_fakes import (
    STRIPE_KEY,
    WEBHOOK_SECRET,
    FakeStripe,
    deliver,
    gateway_exchange,
    stripe_signature,
)
from tests.links.conftest import expire, make_link
from usu_desktop.exchange.gateways import GatewayRefused, GatewayUnavailable
from usu_desktop.exchange.gateways.stripe_checkout import StripeCheckout, from_stripe_amount, to_stripe_amount


@pytest.fixture
def fake() -> Iterator[FakeStripe]:
    server = FakeStripe()
    yield server
    server.stop()


@pytest.fixture
def gw(fake: FakeStripe) -> StripeCheckout:
    return StripeCheckout(STRIPE_KEY, WEBHOOK_SECRET, api_base=fake.url, timeout=1.0, retries=0)


@pytest.fixture
def ex(tmp_path: Path, exchange_url: str, gw: StripeCheckout) -> Iterator[Exchange]:
    exchange = gateway_exchange(tmp_path, exchange_url, gw)
    yield exchange
    exchange.server.stop()
    exchange.store.close()


def start(ex: Exchange, link: dict[str, Any], amount: str | None = "40,00") -> requests.Response:
    """The payer submits the link's form; the answer is the redirect to Stripe (not followed)."""
    return requests.post(link["url"], data={} if amount is None else {"amount": amount}, timeout=10,
                         allow_redirects=False)


def webhook_url(ex: Exchange) -> str:
    return ex.url + "/gateway/stripe/webhook"


def feed(ex: Exchange) -> list[dict[str, Any]]:
    return ex.payments()["payments"]  # type: ignore[no-any-return]


def test_paid_link_books_once_when_the_webhook_comes_three_times(ex: Exchange, fake: FakeStripe) -> None:
    link = make_link(ex)
    to_stripe = start(ex, link)
    assert to_stripe.status_code == 303
    session = fake.only_session()
    assert to_stripe.headers["Location"] == session["url"]
    [item] = session["line_items_sent"]
    assert item["price_data"]["unit_amount"] == "4000" and item["price_data"]["currency"] == "eur"
    assert item["price_data"]["product_data"]["name"] == "Invoice 2026-00001"
    assert "/gateway/stripe/return/" in session["success_url"]
    assert "{CHECKOUT_SESSION_ID}" in session["success_url"]
    assert "/gateway/stripe/cancel/" in session["cancel_url"]

    event = fake.pay(session["id"])
    with ThreadPoolExecutor(3) as pool:  # three deliveries at once
        answers = list(pool.map(lambda _: deliver(webhook_url(ex), event), range(3)))
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert deliver(webhook_url(ex), event).status_code == 200  # and a fourth, later
    back = requests.get(fake.success_url(session["id"]), timeout=10)  # the payer comes back
    assert back.status_code == 200 and "Your payment was accepted" in back.text

    [paid] = feed(ex)
    assert (paid["source"], paid["amount_minor"], paid["link_id"]) == ("link", 4000, link["id"])
    assert "refund_due" not in paid
    listed = requests.get(ex.url + "/api/v1/links", params={"ids": str(link["id"])}, headers=ex.auth,
                          timeout=10).json()["links"][0]
    assert listed["paid_minor"] == 4000 and len(listed["payments"]) == 1


def test_the_payers_return_books_when_the_webhook_is_late(ex: Exchange, fake: FakeStripe) -> None:
    link = make_link(ex)
    start(ex, link)
    session = fake.only_session()
    back = requests.get(fake.success_url(session["id"]), timeout=10)
    assert back.status_code == 200 and "being confirmed" in back.text  # not paid yet: nothing booked
    assert feed(ex) == []
    event = fake.pay(session["id"])
    assert requests.get(fake.success_url(session["id"]), timeout=10).status_code == 200  # retrieve: paid
    assert deliver(webhook_url(ex), event).status_code == 200  # the webhook after it
    assert [p["amount_minor"] for p in feed(ex)] == [4000]


def test_forged_webhooks_are_refused_and_logged(ex: Exchange, fake: FakeStripe,
                                                caplog: pytest.LogCaptureFixture) -> None:
    link = make_link(ex)
    start(ex, link)
    session = fake.only_session()
    event = fake.pay(session["id"])
    caplog.set_level(logging.WARNING, logger="usu_exchange")
    tampered = event.replace(b'"amount_total": 4000', b'"amount_total": 400000')
    assert tampered != event
    forged = [
        deliver(webhook_url(ex), event, secret="whsec_guessed"),  # signed with another secret
        deliver(webhook_url(ex), tampered, signature=stripe_signature(event, WEBHOOK_SECRET)),  # body changed
        deliver(webhook_url(ex), event, signature=""),  # no signature
        deliver(webhook_url(ex), event, signature="t=1,v1=" + "0" * 64),
        deliver(webhook_url(ex), event,
                signature=stripe_signature(event, WEBHOOK_SECRET, timestamp=1)),  # too old
        deliver(webhook_url(ex), b"not json", signature=stripe_signature(b"not json", WEBHOOK_SECRET)),
    ]
    assert [f.status_code for f in forged] == [400] * 6
    assert caplog.text.count("webhook refused") >= 5
    assert feed(ex) == []  # nothing booked
    assert deliver(webhook_url(ex), event).status_code == 200  # the real one still books
    assert len(feed(ex)) == 1


def test_charged_after_expiry_or_cancellation_is_booked_and_flagged(ex: Exchange, fake: FakeStripe) -> None:
    late, gone = make_link(ex), make_link(ex)
    start(ex, late)
    start(ex, gone, "15")
    first, second = fake.sessions.values()
    expire(ex, late["id"])
    assert requests.post(f"{ex.url}/api/v1/links/{gone['id']}/cancel", headers=ex.auth,
                         timeout=10).status_code == 200
    for session in (first, second):
        assert deliver(webhook_url(ex), fake.pay(session["id"])).status_code == 200
    paid = {p["link_id"]: p for p in feed(ex)}
    assert paid[late["id"]]["amount_minor"] == 4000 and paid[late["id"]]["refund_due"] == "expired"
    assert paid[gone["id"]]["amount_minor"] == 1500 and paid[gone["id"]]["refund_due"] == "cancelled"
    listed = requests.get(ex.url + "/api/v1/links", params={"ids": f"{late['id']},{gone['id']}"},
                          headers=ex.auth, timeout=10).json()["links"]
    assert [p["refund_due"] for link in listed for p in link["payments"]] == ["expired", "cancelled"]
    # the payer sees their receipt: the money arrived
    assert "Your payment was accepted" in requests.get(fake.success_url(first["id"]), timeout=10).text

    # the desk gives the late one back, through Stripe, once
    def refund(external_id: str) -> requests.Response:
        return requests.post(ex.url + "/api/v1/links/refunds", json={"external_id": external_id},
                             headers=ex.auth, timeout=10)

    made, again = refund(paid[late["id"]]["external_id"]), refund(paid[late["id"]]["external_id"])
    assert (made.status_code, again.status_code) == (201, 200)
    assert made.json()["refund_id"] == again.json()["refund_id"]
    assert made.json()["refund_id"].startswith("re_")
    assert [(r["amount"], r["payment_intent"]) for r in fake.refunds] == [(4000, first["payment_intent"])]
    listed = requests.get(ex.url + "/api/v1/links", params={"ids": str(late["id"])}, headers=ex.auth,
                          timeout=10).json()["links"][0]
    assert listed["payments"][0]["refund_id"] == made.json()["refund_id"]
    assert refund("L999").status_code == 404
    assert requests.post(ex.url + "/api/v1/links/refunds", json={"external_id": "L1"},
                         timeout=10).status_code == 401


@pytest.mark.parametrize("mode", ["hang", "garbage"])
def test_a_gateway_that_hangs_or_answers_garbage(ex: Exchange, fake: FakeStripe, mode: str,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="usu_exchange")
    link = make_link(ex, language="ru")
    fake.mode = mode
    answer = start(ex, link)
    assert answer.status_code == 503
    assert "Платёжный сервис сейчас не отвечает" in answer.text and '<html lang="ru"' in answer.text
    assert "<form" in answer.text  # still payable, right there
    assert "not started" in caplog.text
    assert requests.get(link["url"], timeout=10).status_code == 200
    assert feed(ex) == []

    fake.mode = "normal"  # back: the same link pays
    assert start(ex, link).status_code == 303
    session = fake.only_session()
    event = fake.pay(session["id"])
    fake.mode = mode  # the payer comes back while Stripe is unwell again
    back = requests.get(fake.success_url(session["id"]), timeout=10)
    assert back.status_code == 503 and "Не платите повторно" in back.text
    assert feed(ex) == []
    assert "could not confirm" in caplog.text
    fake.mode = "normal"
    assert deliver(webhook_url(ex), event).status_code == 200
    assert requests.get(fake.success_url(session["id"]), timeout=10).status_code == 200
    assert [p["amount_minor"] for p in feed(ex)] == [4000]  # once


def test_cancel_at_stripe_leaves_the_link_payable(ex: Exchange, fake: FakeStripe) -> None:
    link = make_link(ex, language="el")
    start(ex, link)
    page = requests.get(fake.only_session()["cancel_url"], timeout=10)
    assert page.status_code == 200 and "Η πληρωμή δεν ολοκληρώθηκε" in page.text
    assert requests.get(link["url"], timeout=10).status_code == 200 and feed(ex) == []


def test_webhooks_for_other_events_and_unknown_sessions_are_acknowledged(ex: Exchange) -> None:
    other = b'{"id": "evt_1", "object": "event", "type": "payment_intent.created", "data": {"object": {}}}'
    assert deliver(webhook_url(ex), other).status_code == 200
    stranger = (b'{"id": "evt_2", "object": "event", "type": "checkout.session.completed", '
                b'"data": {"object": '
                b'{"id": "cs_test_x", "object": "checkout.session", "payment_status": "paid", '
                b'"amount_total": 100, "currency": "eur", "payment_intent": "pi_x"}}}')
    assert deliver(webhook_url(ex), stranger).status_code == 200
    assert feed(ex) == []
    assert requests.post(ex.url + "/gateway/zarinpal/webhook", data=b"{}", timeout=10).status_code == 404


def test_refund_through_stripe(gw: StripeCheckout, fake: FakeStripe, ex: Exchange) -> None:
    link = make_link(ex)
    start(ex, link)
    session = fake.only_session()
    deliver(webhook_url(ex), fake.pay(session["id"]))
    refund_id = gw.refund(f"stripe:{session['payment_intent']}", 1500, "EUR")
    assert refund_id.startswith("re_")
    assert [(r["amount"], r["payment_intent"]) for r in fake.refunds] == [(1500, session["payment_intent"])]
    with pytest.raises(GatewayRefused):
        gw.refund(f"stripe:{session['payment_intent']}", 5000, "EUR")  # more than is left


def test_amounts_in_stripes_minor_units_exactly() -> None:
    assert to_stripe_amount(4000, "EUR") == 4000 and from_stripe_amount(4000, "EUR") == 4000
    assert to_stripe_amount(5000, "JPY") == 5000
    assert to_stripe_amount(1500, "ISK") == 150000 and from_stripe_amount(150000, "ISK") == 1500
    assert to_stripe_amount(12340, "KWD") == 12340
    with pytest.raises(GatewayRefused):
        to_stripe_amount(12345, "KWD")  # Stripe: three-decimal amounts must end in 0
    with pytest.raises(GatewayRefused):
        to_stripe_amount(1000, "IRR")
    with pytest.raises(GatewayUnavailable):
        from_stripe_amount(150050, "ISK")  # not whole krónur: not something we sent
    big = 10**15 - 1
    assert from_stripe_amount(to_stripe_amount(big, "EUR"), "EUR") == big


def test_a_second_checkout_paid_after_the_link_was_paid_in_full_is_flagged(ex: Exchange,
                                                                          fake: FakeStripe) -> None:
    link = make_link(ex, open_amount=False)  # the payer opened it in two tabs
    start(ex, link, None)
    start(ex, link, None)
    first, second = fake.sessions.values()
    assert deliver(webhook_url(ex), fake.pay(first["id"])).status_code == 200
    assert deliver(webhook_url(ex), fake.pay(second["id"])).status_code == 200
    paid = feed(ex)
    assert [(p["amount_minor"], p.get("refund_due")) for p in paid] == [(15000, None), (15000, "paid")]

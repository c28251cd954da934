"""Zarinpal's request -> StartPay -> verify flow for payment links, against FakeZarinpal (its documented
v4 JSON API) on 127.0.0.1 and the real exchange server, on both exchange store backends."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.exchange.conftest import Exchange
from tests.exchange.gateway_fakes import MERCHANT_ID, FakeZarinpal, gateway_exchange
from tests.links.conftest import make_link
from usu_desktop.exchange.gateways import GatewayRefused
from usu_desktop.exchange.gateways.zarinpal import Zarinpal, from_zarinpal_amount, to_zarinpal_amount

RIALS = 1_500_000


@pytest.fixture
def fake() -> Iterator[FakeZarinpal]:
    server = FakeZarinpal()
    yield server
    server.stop()


@pytest.fixture(params=["IRR", "IRT"])
def unit(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def ex(tmp_path: Path, exchange_url: str, fake: FakeZarinpal, unit: str) -> Iterator[Exchange]:
    exchange = gateway_exchange(tmp_path, exchange_url,
                                Zarinpal(MERCHANT_ID, api_base=fake.url, timeout=1.0, unit=unit))
    yield exchange
    exchange.server.stop()
    exchange.store.close()


def irr_link(ex: Exchange, **extra: Any) -> dict[str, Any]:
    body = {"currency": "IRR", "amount_minor": RIALS, "open_amount": False, "language": "fa", **extra}
    return make_link(ex, **body)


def start(link: dict[str, Any]) -> requests.Response:
    return requests.post(link["url"], data={}, timeout=10, allow_redirects=False)


def feed(ex: Exchange) -> list[dict[str, Any]]:
    return ex.payments()["payments"]  # type: ignore[no-any-return]


def test_paid_link_verified_and_booked_once(ex: Exchange, fake: FakeZarinpal, unit: str) -> None:
    link = irr_link(ex)
    to_zarinpal = start(link)
    assert to_zarinpal.status_code == 303
    authority = fake.only_authority()
    assert to_zarinpal.headers["Location"] == f"{fake.url}/pg/StartPay/{authority}"
    sent = fake.payments[authority]
    assert (sent.amount, sent.currency) == ((RIALS, "IRR") if unit == "IRR" else (RIALS // 10, "IRT"))
    assert "/gateway/zarinpal/return/" in sent.callback_url
    assert sent.body["description"] == "Invoice 2026-00001"

    callback = fake.pay(authority)
    answers = [requests.get(callback, timeout=10) for _ in range(3)]  # the payer reloads twice
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert "سپاسگزاریم! پرداخت شما پذیرفته شد." in answers[0].text
    [paid] = feed(ex)
    assert (paid["amount_minor"], paid["currency"], paid["link_id"]) == (RIALS, "IRR", link["id"])
    verifies = [body for method, path, body in fake.requests if path.endswith("/verify.json")]
    assert verifies[0] == {"merchant_id": MERCHANT_ID, "amount": sent.amount, "authority": authority}
    assert requests.get(link["url"], timeout=10).status_code == 410  # paid in full


def test_forged_callbacks_are_refused(ex: Exchange, fake: FakeZarinpal,
                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="usu_exchange")
    link = irr_link(ex)
    start(link)
    authority = fake.only_authority()
    honest = fake.pay(authority, ok=False)  # what Zarinpal would send: NOK, not paid
    base = honest.split("?")[0]
    other = "A" + "9" * 35
    wrong = requests.get(f"{base}?Authority={other}&Status=OK", timeout=10)  # another authority
    lying = requests.get(f"{base}?Authority={authority}&Status=OK", timeout=10)  # "OK", but not paid
    assert (wrong.status_code, lying.status_code) == (400, 400)
    assert "refused" in caplog.text and feed(ex) == []
    cancelled = requests.get(honest, timeout=10)
    assert cancelled.status_code == 200 and "پرداخت انجام نشد" in cancelled.text
    assert requests.get(link["url"], timeout=10).status_code == 200  # still payable
    assert requests.get(fake.pay(authority), timeout=10).status_code == 200  # now paid for real
    assert len(feed(ex)) == 1


@pytest.mark.parametrize("mode", ["hang", "garbage"])
def test_verify_that_hangs_or_answers_garbage(ex: Exchange, fake: FakeZarinpal, mode: str,
                                              caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="usu_exchange")
    link = irr_link(ex)
    fake.mode = mode
    refused = start(link)
    assert refused.status_code == 503 and "سرویس پرداخت اکنون پاسخ نمی‌دهد" in refused.text
    assert '<html lang="fa" dir="rtl">' in refused.text and "<form" in refused.text
    fake.mode = "normal"
    assert start(link).status_code == 303
    callback = fake.pay(fake.only_authority())
    fake.mode = mode
    page = requests.get(callback, timeout=10)
    assert page.status_code == 503 and "لطفاً دوباره پرداخت نکنید" in page.text
    assert feed(ex) == [] and "could not confirm" in caplog.text
    fake.mode = "normal"
    assert requests.get(callback, timeout=10).status_code == 200  # the reload the page asks for
    assert requests.get(callback, timeout=10).status_code == 200
    assert [p["amount_minor"] for p in feed(ex)] == [RIALS]


def test_charged_after_cancellation_is_booked_and_flagged(ex: Exchange, fake: FakeZarinpal) -> None:
    link = irr_link(ex)
    start(link)
    assert requests.post(f"{ex.url}/api/v1/links/{link['id']}/cancel", headers=ex.auth,
                         timeout=10).status_code == 200
    assert requests.get(fake.pay(fake.only_authority()), timeout=10).status_code == 200
    [paid] = feed(ex)
    assert paid["amount_minor"] == RIALS and paid["refund_due"] == "cancelled"
    refund = requests.post(ex.url + "/api/v1/links/refunds", json={"external_id": paid["external_id"]},
                           headers=ex.auth, timeout=10)  # Zarinpal refunds are made in its panel
    assert refund.status_code == 422 and refund.json()["detail"] == {"reason": "refund_manual"}


def test_links_in_other_currencies_or_odd_rials_are_not_sent(ex: Exchange, fake: FakeZarinpal,
                                                            unit: str) -> None:
    eur = make_link(ex, open_amount=False)
    assert start(eur).status_code == 503
    odd = irr_link(ex, amount_minor=RIALS + 5)
    assert start(odd).status_code == (303 if unit == "IRR" else 503)  # 5 rials are not whole tomans
    assert fake.payments if unit == "IRR" else not fake.payments
    assert feed(ex) == []


def test_amount_conversion_is_exact() -> None:
    assert to_zarinpal_amount(RIALS, "IRR", "IRR") == RIALS
    assert to_zarinpal_amount(RIALS, "IRR", "IRT") == 150_000
    assert from_zarinpal_amount(150_000, "IRT") == RIALS
    big = 10**15 - 10
    assert from_zarinpal_amount(to_zarinpal_amount(big, "IRR", "IRT"), "IRT") == big
    with pytest.raises(GatewayRefused):
        to_zarinpal_amount(1_500_001, "IRR", "IRT")
    with pytest.raises(GatewayRefused):
        to_zarinpal_amount(100, "EUR", "IRR")

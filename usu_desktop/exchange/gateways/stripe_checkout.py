"""Stripe Checkout through the official `stripe` library.

- start: a Checkout Session (mode "payment", one line item with the link's amount and currency,
  success and cancel URLs, our checkout id as client_reference_id and idempotency key);
- webhook: `checkout.session.completed` (and `...async_payment_succeeded`), verified with
  `stripe.Webhook.construct_event` (Stripe-Signature "t=...,v1=HMAC-SHA256(secret, 't.payload')");
- confirm: when the payer comes back, the session is retrieved and booked if `payment_status` is
  "paid" (so a lost webhook loses nothing);
- refund: a Refund of the session's PaymentIntent.

Amounts: Stripe wants the currency's minor units as Stripe defines them; that is the ISO exponent
except for its special cases (ISK is sent with two decimals; three-decimal currencies must end in 0).
Converted with integers both ways, and refused when not exact.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import stripe

from usu_desktop.domain.money import currency_exponent
from usu_desktop.exchange.gateways import (
    BadSignature,
    CheckoutRequest,
    GatewayRefused,
    GatewayUnavailable,
    Paid,
    Started,
)

log = logging.getLogger("usu_exchange")

# Stripe's own exponent where it differs from ISO 4217 (docs: "Special cases").
STRIPE_EXPONENTS = {"ISK": 2}
THREE_DECIMAL = frozenset({"BHD", "JOD", "KWD", "OMR", "TND"})  # last digit must be 0
UNSUPPORTED = frozenset({"IRR"})  # not a Stripe presentment currency
PAID_EVENTS = ("checkout.session.completed", "checkout.session.async_payment_succeeded")
MIN_LIFETIME = timedelta(minutes=30)  # Stripe: expires_at 30 minutes to 24 hours from creation
MAX_LIFETIME = timedelta(hours=24)


def to_stripe_amount(minor: int, currency: str) -> int:
    ours, theirs = currency_exponent(currency), STRIPE_EXPONENTS.get(currency, currency_exponent(currency))
    if currency in UNSUPPORTED:
        raise GatewayRefused("currency_not_supported", currency)
    if currency in THREE_DECIMAL and minor % 10:
        raise GatewayRefused("amount_not_supported", f"{minor} {currency}: Stripe needs a last digit 0")
    return minor * 10 ** (theirs - ours)


def from_stripe_amount(amount: int, currency: str) -> int:
    ours, theirs = currency_exponent(currency), STRIPE_EXPONENTS.get(currency, currency_exponent(currency))
    minor, rest = divmod(amount, 10 ** (theirs - ours))
    if rest:
        raise GatewayUnavailable("garbage", f"amount {amount} {currency} is not whole minor units")
    return minor


class StripeCheckout:
    name = "stripe"

    def __init__(self, secret_key: str, webhook_secret: str, api_base: str = "",
                 timeout: float = 10.0, retries: int = 1) -> None:
        self.webhook_secret = webhook_secret
        base = {"api": api_base.rstrip("/")} if api_base else None
        self.client = stripe.StripeClient(
            secret_key, base_addresses=base,  # type: ignore[arg-type]
            http_client=stripe.new_default_http_client(timeout=timeout), max_network_retries=retries)

    def start(self, req: CheckoutRequest) -> Started:
        now = datetime.now(UTC).replace(tzinfo=None)
        expires = min(max(req.expires_at, now + MIN_LIFETIME + timedelta(minutes=1)),
                      now + MAX_LIFETIME - timedelta(minutes=1))
        params: dict[str, Any] = {
            "mode": "payment",
            "line_items": [{"quantity": 1, "price_data": {
                "currency": req.currency.lower(),
                "unit_amount": to_stripe_amount(req.amount_minor, req.currency),
                "product_data": {"name": req.description[:250] or "Payment"}}}],
            "success_url": req.return_url + "?cs={CHECKOUT_SESSION_ID}",
            "cancel_url": req.cancel_url,
            "client_reference_id": req.session,
            "metadata": {"usu_checkout": req.session},
            "expires_at": int(expires.replace(tzinfo=UTC).timestamp()),
        }
        session = self._call(lambda: self.client.v1.checkout.sessions.create(
            params=params,  # type: ignore[arg-type]
            options={"idempotency_key": f"usu-checkout-{req.session}"}))
        ref, url = _str(session, "id"), _str(session, "url")
        if not ref.startswith("cs_") or not url.startswith(("https://", "http://")):
            raise GatewayUnavailable("garbage", "a Checkout Session without id or url")
        return Started(ref, url)

    def confirm(self, reference: str, amount_minor: int, currency: str,
                args: Mapping[str, str]) -> Paid | None:
        session = self._call(lambda: self.client.v1.checkout.sessions.retrieve(reference))
        if _str(session, "id") != reference:
            raise GatewayUnavailable("garbage", "retrieved another session")
        paid = self._paid(session)
        if paid is None and session.get("status") == "expired":
            raise GatewayRefused("not_paid", "the Checkout Session expired")
        return paid

    def webhook(self, body: bytes, headers: Mapping[str, str]) -> Paid | None:
        try:
            event = stripe.Webhook.construct_event(body, headers.get("Stripe-Signature", ""),
                                                   self.webhook_secret)
        except stripe.SignatureVerificationError as err:
            raise BadSignature("bad_signature", str(err)) from None
        except ValueError as err:  # not JSON
            raise BadSignature("bad_payload", str(err)) from None
        event = _plain(event)
        if event.get("type") not in PAID_EVENTS:
            return None
        data = event.get("data")
        obj = data.get("object") if isinstance(data, dict) else None
        if not isinstance(obj, dict) or obj.get("object") != "checkout.session":
            return None
        return self._paid(obj)

    def refund(self, payment_id: str, amount_minor: int, currency: str) -> str:
        intent = payment_id.removeprefix("stripe:")
        refund = self._call(lambda: self.client.v1.refunds.create(
            params={"payment_intent": intent, "amount": to_stripe_amount(amount_minor, currency)},
            options={"idempotency_key": f"usu-refund-{intent}-{amount_minor}"}))
        return _str(refund, "id")

    # --- helpers -------------------------------------------------------------------------
    def _paid(self, session: Any) -> Paid | None:
        if session.get("payment_status") != "paid":
            return None
        try:
            currency = str(session.get("currency") or "").upper()
            total = session.get("amount_total")
            intent = session.get("payment_intent")
            if not isinstance(total, int) or isinstance(total, bool) or not currency:
                raise GatewayUnavailable("garbage", "a paid session without amount_total/currency")
            if isinstance(intent, Mapping):
                intent = intent.get("id")
            payment = str(intent or session.get("id"))
            return Paid(_str(session, "id"), f"stripe:{payment}", from_stripe_amount(total, currency),
                        currency)
        except (KeyError, ValueError) as err:
            raise GatewayUnavailable("garbage", str(err)) from None

    @staticmethod
    def _call(call: Any) -> Any:
        started = time.monotonic()
        try:
            return _plain(call())
        except stripe.APIConnectionError as err:
            waited = time.monotonic() - started
            raise GatewayUnavailable("unreachable", f"{err} after {waited:.1f} s") from None
        except (stripe.RateLimitError, stripe.APIError) as err:  # 5xx, 429, or a body that is not JSON
            raise GatewayUnavailable("gateway_error", str(err)) from None
        except stripe.StripeError as err:  # 4xx: our request was refused
            raise GatewayRefused("refused", str(err)) from None


def _plain(obj: Any) -> Any:
    """The library's StripeObject as plain dicts and lists (what the API sent)."""
    to_dict = getattr(obj, "to_dict", None)
    return to_dict() if callable(to_dict) else obj


def _str(obj: Any, name: str) -> str:
    try:
        value = obj.get(name)
    except AttributeError:
        raise GatewayUnavailable("garbage", f"not an object: {type(obj).__name__}") from None
    return value if isinstance(value, str) else ""

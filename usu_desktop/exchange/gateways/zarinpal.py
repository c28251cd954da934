"""Zarinpal (Shaparak): payment request -> StartPay redirect -> verify, its v4 JSON API.

  POST {base}/pg/v4/payment/request.json  {merchant_id, amount, currency, description, callback_url,
                                           metadata}  -> data.code 100 and data.authority
  the payer:  {base}/pg/StartPay/{authority}  ->  back to callback_url?Authority=...&Status=OK|NOK
  POST {base}/pg/v4/payment/verify.json   {merchant_id, amount, authority}
                                           -> data.code 100 (verified now) or 101 (verified before)
                                              with data.ref_id; anything else: not paid
Errors come as {"data": [], "errors": {"code": -9, "message": ...}}.

There is no signed notification: the callback only says which authority to verify, and the verify
call (with our merchant id, to the address we configured) is what proves the payment; a forged
callback names an authority that is not this checkout's, or one Zarinpal does not call paid.

Amounts: the link is in IRR (exponent 0: the minor unit is the rial); Zarinpal takes `amount` as an
integer in the `currency` it is told, IRR (rial) or IRT (toman = 10 rials). Converted with integers;
a rial amount that is not whole tomans is refused rather than rounded. Uses the standard library's
HTTP client (the exchange does not import requests: see the import-linter contracts).
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from collections.abc import Mapping
from typing import Any

from usu_desktop.exchange.gateways import (
    BadSignature,
    CheckoutRequest,
    GatewayRefused,
    GatewayUnavailable,
    Paid,
    Started,
)

log = logging.getLogger("usu_exchange")

DEFAULT_BASE = "https://payment.zarinpal.com"
RIALS_PER = {"IRR": 1, "IRT": 10}
VERIFIED, ALREADY_VERIFIED = 100, 101
MAX_ANSWER = 64 * 1024


def to_zarinpal_amount(minor: int, currency: str, unit: str) -> int:
    """The link's amount (IRR minor units = rials) in Zarinpal's `unit` (IRR or IRT), exactly."""
    if currency != "IRR":
        raise GatewayRefused("currency_not_supported", currency)
    amount, rest = divmod(minor, RIALS_PER[unit])
    if rest:
        raise GatewayRefused("amount_not_supported", f"{minor} IRR is not a whole number of {unit}")
    return amount


def from_zarinpal_amount(amount: int, unit: str) -> int:
    return amount * RIALS_PER[unit]


class Zarinpal:
    name = "zarinpal"

    def __init__(self, merchant_id: str, api_base: str = "", timeout: float = 10.0,
                 unit: str = "IRR") -> None:
        if unit not in RIALS_PER:
            raise ValueError(f"unit must be IRR or IRT, not {unit!r}")
        self.merchant_id = merchant_id
        self.base = (api_base or DEFAULT_BASE).rstrip("/")
        self.timeout = timeout
        self.unit = unit

    def start(self, req: CheckoutRequest) -> Started:
        body = {"merchant_id": self.merchant_id,
                "amount": to_zarinpal_amount(req.amount_minor, req.currency, self.unit),
                "currency": self.unit, "description": req.description[:500] or "Payment",
                "callback_url": req.return_url, "metadata": {"order_id": req.session}}
        data = self._post("/pg/v4/payment/request.json", body)
        code = data.get("code")
        authority = data.get("authority")
        if code != VERIFIED or not isinstance(authority, str) or not authority.isalnum():
            raise GatewayUnavailable("garbage", f"request answered code {code!r}")
        return Started(authority, f"{self.base}/pg/StartPay/{authority}")

    def confirm(self, reference: str, amount_minor: int, currency: str,
                args: Mapping[str, str]) -> Paid | None:
        if args.get("Authority", "") != reference:
            raise BadSignature("wrong_authority", "the callback's Authority is not this checkout's")
        if args.get("Status", "") != "OK":  # the payer cancelled or the bank declined: not verified
            raise GatewayRefused("not_paid", f"Status={args.get('Status', '')[:8]!r}")
        amount = to_zarinpal_amount(amount_minor, currency, self.unit)
        try:
            data = self._post("/pg/v4/payment/verify.json",
                              {"merchant_id": self.merchant_id, "amount": amount, "authority": reference})
        except GatewayRefused as refused:  # e.g. -51 not paid, -50 another amount: "OK" was not true
            raise BadSignature("not_verified", str(refused)) from None
        code, ref_id = data.get("code"), data.get("ref_id")
        if code not in (VERIFIED, ALREADY_VERIFIED):
            raise BadSignature("not_verified", f"verify answered code {code!r}")
        if isinstance(ref_id, bool) or not isinstance(ref_id, (int, str)) or not str(ref_id).isdigit():
            raise GatewayUnavailable("garbage", "verified without a ref_id")
        return Paid(reference, f"zarinpal:{ref_id}", from_zarinpal_amount(amount, self.unit), currency)

    def webhook(self, body: bytes, headers: Mapping[str, str]) -> Paid | None:
        raise BadSignature("no_webhooks", "Zarinpal sends no webhooks: the callback is verified")

    def refund(self, payment_id: str, amount_minor: int, currency: str) -> str:
        # Zarinpal's refunds go through its merchant panel / GraphQL API with a separate access
        # token, not the payment API: the desk refunds there.
        raise GatewayRefused("refund_manual", "refund Zarinpal payments from the merchant panel")

    # --- HTTP --------------------------------------------------------------------------------
    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        request = urllib.request.Request(
            self.base + path, data=json.dumps(body).encode(), method="POST",
            headers={"Content-Type": "application/json", "Accept": "application/json",
                     "User-Agent": "usu-exchange"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:
                raw = resp.read(MAX_ANSWER + 1)
        except urllib.error.HTTPError as err:  # 4xx with an error body is an answer too
            if err.code >= 500:
                raise GatewayUnavailable("gateway_error", f"HTTP {err.code}") from None
            raw = err.read(MAX_ANSWER + 1)
        except (urllib.error.URLError, TimeoutError, OSError) as err:
            raise GatewayUnavailable("unreachable", str(err)) from None
        try:
            answer = json.loads(raw) if len(raw) <= MAX_ANSWER else None
        except (ValueError, UnicodeDecodeError):
            answer = None
        if not isinstance(answer, dict):
            raise GatewayUnavailable("garbage", f"not a JSON object: {raw[:60]!r}")
        errors, data = answer.get("errors"), answer.get("data")
        if isinstance(errors, dict) and errors.get("code") is not None:
            raise GatewayRefused(f"code_{errors.get('code')}", str(errors.get("message", ""))[:200])
        if not isinstance(data, dict):
            raise GatewayUnavailable("garbage", "no data object")
        return data

"""Local stand-ins for Stripe and Zarinpal, written from their public API documentation, served on
127.0.0.1 by real HTTP servers, plus the exchange wired to one of them.

FakeStripe: POST /v1/checkout/sessions (form-encoded, nested keys like line_items[0][price_data][...]),
GET /v1/checkout/sessions/{id}, POST /v1/refunds; bearer secret key; Idempotency-Key replays; errors as
{"error": {"type", "message"}}. `pay()` completes a session and `deliver()` posts the
`checkout.session.completed` event with a Stripe-Signature header "t=<unix>,v1=<hex HMAC-SHA256 of
'<t>.<payload>' keyed with the endpoint secret>", as Stripe documents.

FakeZarinpal: POST /pg/v4/payment/request.json and /pg/v4/payment/verify.json (JSON), the payer's
GET /pg/StartPay/{authority}; codes 100 / 101 / -9 / -10 / -50 / -51 / -54 as in Zarinpal's docs.

Both can be told to hang (until the test ends) or to answer garbage, for the bad-input tests.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import requests

from tests.exchange.conftest import Exchange
from usu_desktop.exchange.app import create_app
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.gateways import Gateway
from usu_desktop.exchange.server import start_in_thread
from usu_desktop.exchange.store import Store

STRIPE_KEY = "sk_test_" + "4eC39HqLyjWDarjtT1zdp7dc"
WEBHOOK_SECRET = "whsec_" + "test_secret_for_the_fake"
MERCHANT_ID = "1344b5d4-0048-11e8-94db-005056a205be"


class _Server:
    """A ThreadingHTTPServer on a free loopback port with `mode` normal | hang | garbage."""

    def __init__(self) -> None:
        owner = self
        self.mode = "normal"
        self.release = threading.Event()  # set at the end: hanging handlers return
        self.requests: list[tuple[str, str, Any]] = []  # (method, path, parsed body)
        self.lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _go(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if owner.mode == "hang":
                    owner.release.wait(30)
                    return
                if owner.mode == "garbage":
                    self._send(200, b"<html><body>502 upstream oops", "text/html")
                    return
                status, answer = owner.handle(method, self.path, self.headers, body)
                self._send(status, json.dumps(answer).encode(), "application/json")

            def _send(self, status: int, data: bytes, kind: str) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", kind)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass

            def do_GET(self) -> None:
                self._go("GET")

            def do_POST(self) -> None:
                self._go("POST")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def handle(self, method: str, path: str, headers: Any, body: bytes) -> tuple[int, Any]:
        raise NotImplementedError

    def stop(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


# --- Stripe --------------------------------------------------------------------------------------
def decode_form(body: bytes) -> dict[str, Any]:
    """Stripe's form encoding (a[b][0][c]=v) back into nested dicts and lists."""
    out: dict[str, Any] = {}
    for key, value in parse_qsl(body.decode(), keep_blank_values=True):
        parts = re.findall(r"[^\[\]]+", key)
        node: Any = out
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            nxt: Any = value if last else ([] if parts[i + 1].isdigit() else {})
            if isinstance(node, list):
                index = int(part)
                while len(node) <= index:
                    node.append(None)
                if node[index] is None or last:
                    node[index] = nxt
                node = node[index]
            else:
                if part not in node or last:
                    node[part] = nxt
                node = node[part]
    return out


def stripe_signature(payload: bytes, secret: str, timestamp: int | None = None) -> str:
    t = int(time.time()) if timestamp is None else timestamp
    mac = hmac.new(secret.encode(), f"{t}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={t},v1={mac}"


def _stripe_error(status: int, message: str, kind: str = "invalid_request_error") -> tuple[int, Any]:
    return status, {"error": {"type": kind, "message": message}}


class FakeStripe(_Server):
    def __init__(self) -> None:
        super().__init__()
        self.sessions: dict[str, dict[str, Any]] = {}
        self.refunds: list[dict[str, Any]] = []
        self.idempotent: dict[str, tuple[bytes, tuple[int, Any]]] = {}

    def handle(self, method: str, path: str, headers: Any, body: bytes) -> tuple[int, Any]:
        if headers.get("Authorization") != f"Bearer {STRIPE_KEY}":
            return _stripe_error(401, "Invalid API Key provided.")
        params = decode_form(body)
        with self.lock:
            self.requests.append((method, path, params))
            key = headers.get("Idempotency-Key")
            if method == "POST" and key and key in self.idempotent:
                seen_body, answer = self.idempotent[key]
                if seen_body != body:
                    return _stripe_error(400, "Keys for idempotent requests can only be used with the "
                                              "same parameters they were first used with.",
                                         "idempotency_error")
                return answer
            answer = self._route(method, path.split("?")[0], params)
            if method == "POST" and key:
                self.idempotent[key] = (body, answer)
            return answer

    def _route(self, method: str, path: str, p: dict[str, Any]) -> tuple[int, Any]:
        if method == "POST" and path == "/v1/checkout/sessions":
            return self._create(p)
        match = re.fullmatch(r"/v1/checkout/sessions/(cs_\w+)", path)
        if method == "GET" and match:
            found = self.sessions.get(match.group(1))
            if found is None:
                return _stripe_error(404, f"No such checkout.session: '{match.group(1)}'")
            return 200, found
        if method == "POST" and path == "/v1/refunds":
            return self._refund(p)
        return _stripe_error(404, f"Unrecognized request URL ({method}: {path}).")

    def _create(self, p: dict[str, Any]) -> tuple[int, Any]:
        if p.get("mode") != "payment":
            return _stripe_error(400, "Missing required param: mode.")
        if not str(p.get("success_url", "")).startswith(("http://", "https://")):
            return _stripe_error(400, "Not a valid URL: success_url")
        try:
            [item] = p["line_items"]
            price = item["price_data"]
            amount, currency, quantity = int(price["unit_amount"]), price["currency"], int(item["quantity"])
        except (KeyError, ValueError, TypeError):
            return _stripe_error(400, "Invalid line_items.")
        if currency != currency.lower() or len(currency) != 3 or amount < 1 or quantity != 1:
            return _stripe_error(400, "Invalid currency or amount.")
        expires = int(p.get("expires_at", time.time() + 86400))
        if not time.time() + 1800 - 5 <= expires <= time.time() + 86400 + 5:
            return _stripe_error(400, "The `expires_at` timestamp must be between 30 minutes and 24 hours "
                                      "from Checkout Session creation.")
        sid = "cs_test_" + secrets.token_hex(16)
        session = {"id": sid, "object": "checkout.session", "mode": "payment", "status": "open",
                   "payment_status": "unpaid", "amount_total": amount * quantity, "amount_subtotal": amount,
                   "currency": currency, "client_reference_id": p.get("client_reference_id"),
                   "metadata": p.get("metadata", {}), "success_url": p["success_url"],
                   "cancel_url": p.get("cancel_url"), "expires_at": expires, "payment_intent": None,
                   "livemode": False, "url": f"{self.url}/c/pay/{sid}",
                   "line_items_sent": p["line_items"]}
        self.sessions[sid] = session
        return 200, session

    def _refund(self, p: dict[str, Any]) -> tuple[int, Any]:
        paid = [s for s in self.sessions.values() if s["payment_intent"] == p.get("payment_intent")]
        if not paid:
            return _stripe_error(404, f"No such payment_intent: '{p.get('payment_intent')}'")
        amount = int(p.get("amount", paid[0]["amount_total"]))
        if amount > paid[0]["amount_total"] - sum(r["amount"] for r in self.refunds
                                                  if r["payment_intent"] == p["payment_intent"]):
            return _stripe_error(400, "Refund amount is greater than unrefunded amount on charge.")
        refund = {"id": "re_" + secrets.token_hex(12), "object": "refund", "amount": amount,
                  "currency": paid[0]["currency"], "payment_intent": p["payment_intent"],
                  "status": "succeeded"}
        self.refunds.append(refund)
        return 200, refund

    # --- what the payer and Stripe do -----------------------------------------------------------
    def only_session(self) -> dict[str, Any]:
        [session] = self.sessions.values()
        return session

    def pay(self, sid: str) -> bytes:
        """The payer pays on Stripe's page; returns the checkout.session.completed event's payload."""
        with self.lock:
            session = self.sessions[sid]
            session.update(status="complete", payment_status="paid",
                           payment_intent=session["payment_intent"] or "pi_" + secrets.token_hex(12))
            event = {"id": "evt_" + secrets.token_hex(12), "object": "event", "api_version": "2024-06-20",
                     "created": int(time.time()), "type": "checkout.session.completed", "livemode": False,
                     "data": {"object": dict(session)}}
        return json.dumps(event).encode()

    def success_url(self, sid: str) -> str:
        session = self.sessions[sid]
        return str(session["success_url"]).replace("{CHECKOUT_SESSION_ID}", sid)


def deliver(url: str, payload: bytes, secret: str = WEBHOOK_SECRET,
            signature: str | None = None) -> requests.Response:
    """Stripe posting an event to the exchange's webhook endpoint."""
    header = signature if signature is not None else stripe_signature(payload, secret)
    return requests.post(url, data=payload, timeout=10,
                         headers={"Content-Type": "application/json; charset=utf-8",
                                  "Stripe-Signature": header,
                                  "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)"})


# --- Zarinpal ----------------------------------------------------------------------------------
def _zp_error(code: int, message: str) -> tuple[int, Any]:
    return 200 if code != -9 else 422, {"data": [], "errors": {"code": code, "message": message,
                                                               "validations": []}}


@dataclass
class ZpPayment:
    amount: int
    currency: str
    callback_url: str
    paid: bool = False
    verified: bool = False
    ref_id: int = 0
    body: dict[str, Any] = field(default_factory=dict)


class FakeZarinpal(_Server):
    def __init__(self) -> None:
        super().__init__()
        self.payments: dict[str, ZpPayment] = {}
        self.next_ref = 201

    def handle(self, method: str, path: str, headers: Any, body: bytes) -> tuple[int, Any]:
        if method == "GET" and path.startswith("/pg/StartPay/"):
            return 200, {"page": "StartPay"}
        try:
            p = json.loads(body) if body else {}
        except ValueError:
            return _zp_error(-9, "The input params invalid, validation error.")
        with self.lock:
            self.requests.append((method, path, p))
            if p.get("merchant_id") != MERCHANT_ID:
                return _zp_error(-10, "Terminal is not valid, please check merchant_id or ip address.")
            if method == "POST" and path == "/pg/v4/payment/request.json":
                return self._request(p)
            if method == "POST" and path == "/pg/v4/payment/verify.json":
                return self._verify(p)
        return 404, {"data": [], "errors": {"code": -404, "message": "not found"}}

    def _request(self, p: dict[str, Any]) -> tuple[int, Any]:
        amount, currency = p.get("amount"), p.get("currency", "IRR")
        if (not isinstance(amount, int) or isinstance(amount, bool) or currency not in ("IRR", "IRT")
                or not str(p.get("callback_url", "")).startswith(("http://", "https://"))
                or not p.get("description")):
            return _zp_error(-9, "The input params invalid, validation error.")
        if amount * (10 if currency == "IRT" else 1) < 1000:  # at least 1,000 rials
            return _zp_error(-9, "The input params invalid, validation error.")
        authority = "A" + "".join(secrets.choice("0123456789") for _ in range(35))
        self.payments[authority] = ZpPayment(amount, currency, p["callback_url"], body=p)
        return 200, {"data": {"code": 100, "message": "Success", "authority": authority,
                              "fee_type": "Merchant", "fee": 100}, "errors": []}

    def _verify(self, p: dict[str, Any]) -> tuple[int, Any]:
        found = self.payments.get(str(p.get("authority")))
        if found is None:
            return _zp_error(-54, "Invalid authority.")
        if p.get("amount") != found.amount:
            return _zp_error(-50, "Session is not valid, amounts values is not the same.")
        if not found.paid:
            return _zp_error(-51, "Session is not valid, session is not active paid try.")
        code, message = (101, "Verified") if found.verified else (100, "Paid")
        found.verified = True
        return 200, {"data": {"code": code, "message": message, "card_hash": "1EBE3EBEBE35C7EC",
                              "card_pan": "502229******5995", "ref_id": found.ref_id, "fee_type": "Merchant",
                              "fee": 0}, "errors": []}

    def only_authority(self) -> str:
        [authority] = self.payments
        return authority

    def pay(self, authority: str, ok: bool = True) -> str:
        """The payer at StartPay: returns where Zarinpal sends them back (the callback URL)."""
        with self.lock:
            found = self.payments[authority]
            if ok:
                found.paid = True
                if not found.ref_id:
                    found.ref_id, self.next_ref = self.next_ref, self.next_ref + 1
        sep = "&" if "?" in found.callback_url else "?"
        return found.callback_url + sep + urlencode({"Authority": authority, "Status": "OK" if ok else "NOK"})


# --- the exchange with a gateway ---------------------------------------------------------------
def gateway_exchange(tmp_path: Path, db_url: str, gateway: Gateway) -> Exchange:
    config = ExchangeConfig(db_url=db_url)
    store = Store(db_url)
    token = store.add_token("desk-1")
    server = start_in_thread(create_app(config, store, gateway), threads=8)
    return Exchange(server.url, token, store, config, server, tmp_path / "exchange.sqlite3")

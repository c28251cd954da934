"""HTTP client for the clinic's usu-exchange: upload charges, fetch and acknowledge payments.

The only module that talks to the exchange. It returns plain frozen dataclasses (Money, aware
datetimes) and raises `BankError` with the codes listed in `bank.errors`. Every call the desk makes
is idempotent (GETs, a PUT keyed by snapshot id, an ack that only moves forward), so each is retried
with exponential back-off on connection failures, timeouts and 5xx; `_request(idempotent=False)`
exists for future calls that must not repeat. TLS certificates are always verified.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import requests

from usu_desktop.bank.errors import BankError
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.domain.references import rf_is_valid, rf_normalize

API = "/api/v1"
RETRY_STATUSES = frozenset({500, 502, 503, 504})
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
MAX_LIMIT = 1000


@dataclass(frozen=True)
class ChargeLine:
    """One client's open charge as the exchange shows it at a terminal."""

    account: str  # client number
    amount: Money
    masked_name: str  # "Ivanov I." — never more than this leaves the clinic
    rf: tuple[str, ...] = ()
    active: bool = True


@dataclass(frozen=True)
class ChargeSnapshot:
    """The whole charge list; `snapshot_id` makes a repeated upload harmless."""

    snapshot_id: str
    currency: str
    generated_at: datetime  # timezone-aware
    charges: Sequence[ChargeLine]
    included_cursor: int | None = None  # payments up to this cursor are already in the amounts

    def to_json(self) -> dict[str, Any]:
        if self.generated_at.tzinfo is None:
            raise BankError("snapshot_naive_time", snapshot_id=self.snapshot_id)
        lines = []
        for line in self.charges:
            if line.amount.currency != self.currency:
                raise BankError("snapshot_currency_mismatch", account=line.account,
                                currency=line.amount.currency, expected=self.currency)
            lines.append({"account": line.account, "amount_minor": line.amount.minor,
                          "masked_name": line.masked_name, "rf": list(line.rf), "active": line.active})
        body: dict[str, Any] = {"snapshot_id": self.snapshot_id, "currency": self.currency,
                                "generated_at": self.generated_at.isoformat(), "charges": lines}
        if self.included_cursor is not None:
            body["included_cursor"] = self.included_cursor
        return body


@dataclass(frozen=True)
class RemotePayment:
    """A payment taken by the exchange; (source, external_id) identifies it for ever."""

    cursor: int
    source: str
    external_id: str
    account: str
    amount: Money
    paid_at: datetime  # timezone-aware, when the exchange booked it
    prv_txn: int | None
    rf: str | None = None  # the invoice's RF when the payment came through a payment link
    link_id: int | None = None


@dataclass(frozen=True)
class PaymentsPage:
    payments: tuple[RemotePayment, ...]
    next_cursor: int
    has_more: bool


@dataclass(frozen=True)
class Health:
    status: str
    version: str
    server_time: datetime
    snapshot_id: str | None


class ExchangeClient:
    """Talks to one exchange with one desk token. Thread-safe enough for one call at a time."""

    def __init__(self, base_url: str, token: str, timeout: tuple[float, float] = (5, 30),
                 retries: int = 3, backoff: float = 0.5, *, allow_insecure_http: bool = False,
                 session: requests.Session | None = None) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise BankError("exchange_bad_url", url=base_url)
        if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS and not allow_insecure_http:
            raise BankError("exchange_insecure_url", url=base_url)
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self._token = token
        self._session = session or requests.Session()
        self._session.verify = True

    def close(self) -> None:
        self._session.close()

    # --- public calls -------------------------------------------------------
    def health(self) -> Health:
        body = self._request("GET", "/health", idempotent=True)
        try:
            return Health(str_field(body, "status"), str_field(body, "version"),
                          aware_field(str_field(body, "server_time"), "server_time"),
                          body.get("snapshot_id") if isinstance(body.get("snapshot_id"), str) else None)
        except MalformedBody as bad:
            raise BankError("exchange_bad_response", reason="missing_field", field=bad.field) from None

    def upload_charges(self, snapshot: ChargeSnapshot) -> dict[str, Any]:
        """Replace the exchange's charge list; the answer says 'replaced' or 'unchanged'."""
        body = self._request("PUT", "/charges", json=snapshot.to_json(), idempotent=True)
        if body.get("status") not in ("replaced", "unchanged"):
            raise BankError("exchange_bad_response", reason="missing_field", field="status")
        return body

    def fetch_payments(self, after: int, limit: int = 500) -> PaymentsPage:
        """Payments with cursor > after, oldest first, at most `limit` (1..1000)."""
        if isinstance(after, bool) or not isinstance(after, int) or after < 0:
            raise BankError("exchange_bad_cursor", cursor=after)
        limit = max(1, min(MAX_LIMIT, limit))
        body = self._request("GET", "/payments", params={"after": after, "limit": limit}, idempotent=True)
        try:
            return _page(body, after)
        except MalformedBody as bad:
            raise BankError("exchange_bad_response", reason="missing_field", field=bad.field) from None

    def ack(self, cursor: int) -> int:
        """Tell the exchange the desk has booked everything up to `cursor`; returns the acked cursor."""
        body = self._request("POST", "/payments/ack", json={"cursor": cursor}, idempotent=True)
        try:
            return int_field(body, "acked_cursor")
        except MalformedBody as bad:
            raise BankError("exchange_bad_response", reason="missing_field", field=bad.field) from None

    # --- transport ----------------------------------------------------------
    def _request(self, method: str, path: str, *, idempotent: bool, json: Any = None,
                 params: Mapping[str, Any] | None = None) -> dict[str, Any]:
        url = self.base_url + API + path
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}
        attempts = 1 + (self.retries if idempotent else 0)
        failure: BankError | None = None
        for attempt in range(attempts):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                resp = self._session.request(method, url, json=json, params=params, headers=headers,
                                             timeout=self.timeout, allow_redirects=False)
            except requests.exceptions.SSLError as err:
                raise BankError("exchange_unreachable", url=self.base_url, reason="tls",
                                detail=str(err)[:200]) from None
            except requests.exceptions.ConnectTimeout:
                failure = BankError("exchange_timeout", url=self.base_url, phase="connect")
                continue
            except requests.exceptions.Timeout:
                failure = BankError("exchange_timeout", url=self.base_url, phase="read")
                continue
            except requests.exceptions.ConnectionError as err:
                failure = BankError("exchange_unreachable", url=self.base_url,
                                    reason=type(err).__name__)
                continue
            except requests.exceptions.RequestException as err:
                raise BankError("exchange_unreachable", url=self.base_url,
                                reason=type(err).__name__) from None
            if resp.status_code in RETRY_STATUSES:
                failure = BankError("exchange_server_error", status=resp.status_code)
                resp.close()
                continue
            return _decode(resp)
        assert failure is not None
        raise failure


def _decode(resp: requests.Response) -> dict[str, Any]:
    status = resp.status_code
    if status in (401, 403):
        raise BankError("exchange_auth", status=status)
    if status >= 500:
        raise BankError("exchange_server_error", status=status)
    try:
        body = resp.json() if "json" in resp.headers.get("Content-Type", "") else None
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise BankError("exchange_bad_response", status=status, reason="not_json",
                        content_type=resp.headers.get("Content-Type", "")[:60])
    if 400 <= status < 500:
        code = body.get("error")
        if not isinstance(code, str):
            raise BankError("exchange_bad_response", status=status, reason="missing_field", field="error")
        detail = body.get("detail") if isinstance(body.get("detail"), dict) else {}
        raise BankError("exchange_refused", status=status, server_code=code, detail=detail)
    if not 200 <= status < 300:
        raise BankError("exchange_bad_response", status=status, reason="unexpected_status")
    return body


class MalformedBody(Exception):
    """A field of the exchange's answer is missing or of the wrong type (the readers below, shared with
    links_client, raise it; each call turns it into `BankError("exchange_bad_response")`)."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def str_field(obj: Mapping[str, Any], key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str):
        raise MalformedBody(key)
    return value


def int_field(obj: Mapping[str, Any], key: str) -> int:
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise MalformedBody(key)
    return value


def aware_field(text: str, key: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise MalformedBody(key) from None
    if value.tzinfo is None:
        raise MalformedBody(key)
    return value


def _payment(item: Any) -> RemotePayment:
    if not isinstance(item, dict):
        raise MalformedBody("payments")
    prv = item.get("prv_txn")
    if prv is not None and (isinstance(prv, bool) or not isinstance(prv, int)):
        raise MalformedBody("prv_txn")
    try:
        amount = Money.from_minor(int_field(item, "amount_minor"), str_field(item, "currency"))
    except DomainError:
        raise MalformedBody("currency") from None
    rf = item.get("rf")
    link_id = item.get("link_id")
    if isinstance(link_id, bool) or not isinstance(link_id, int):
        link_id = None
    return RemotePayment(cursor=int_field(item, "cursor"), source=str_field(item, "source"),
                         external_id=str_field(item, "external_id"), account=str_field(item, "account"),
                         amount=amount, paid_at=aware_field(str_field(item, "paid_at"), "paid_at"),
                         prv_txn=prv,
                         rf=rf_normalize(rf) if isinstance(rf, str) and rf_is_valid(rf) else None,
                         link_id=link_id)


def _page(body: Mapping[str, Any], after: int) -> PaymentsPage:
    items = body.get("payments")
    if not isinstance(items, list):
        raise MalformedBody("payments")
    payments = tuple(_payment(item) for item in items)
    previous = after
    for p in payments:  # cursors only grow: anything else would make the desk skip or repeat
        if p.cursor <= previous:
            raise MalformedBody("cursor")
        previous = p.cursor
    next_cursor = int_field(body, "next_cursor")
    if next_cursor < previous:
        raise MalformedBody("next_cursor")
    has_more = body.get("has_more")
    if not isinstance(has_more, bool):
        raise MalformedBody("has_more")
    return PaymentsPage(payments, next_cursor, has_more)

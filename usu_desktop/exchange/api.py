"""The desktop API (JSON, bearer token): upload the charge list, read and acknowledge payments.

Every refusal is `{"error": code, "detail": {...}}` with a stable code, like DomainError on
the desktop side; the desk's client turns it into `BankError("exchange_refused", ...)`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request

from usu_desktop.domain.client_numbers import ClientNumberError, client_number_check
from usu_desktop.domain.money import CURRENCY_EXPONENTS
from usu_desktop.domain.references import rf_is_valid, rf_normalize
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.ratelimit import FailureLimiter
from usu_desktop.exchange.store import ChargeIn, PaymentRow, SnapshotConflict, SnapshotIn, Store

bp = Blueprint("api", __name__, url_prefix="/api/v1")

MAX_LIMIT = 1000
MAX_AMOUNT_MINOR = 10**15
_SNAPSHOT_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


@dataclass(frozen=True)
class Limits:
    """The app's failure limiters (shared with the server's early refusals)."""

    auth: FailureLimiter
    links: FailureLimiter

    @classmethod
    def from_config(cls, config: ExchangeConfig) -> Limits:
        return cls(FailureLimiter("auth", config.auth_burst, config.auth_per_minute,
                                  config.rate_limit_clients),
                   FailureLimiter("link", config.link_burst, config.link_per_minute,
                                  config.rate_limit_clients))


class ApiError(Exception):
    """A refusal with an HTTP status, a stable code and details naming the bad part."""

    def __init__(self, status: int, code: str, **detail: Any) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.detail = detail


def error_response(status: int, code: str, **detail: Any) -> Response:
    resp = jsonify({"error": code, "detail": detail})
    resp.status_code = status
    if status == 401:
        resp.headers["WWW-Authenticate"] = 'Bearer realm="usu-exchange"'
    if status == 429 and "retry_after" in detail:
        resp.headers["Retry-After"] = str(detail["retry_after"])
    return resp


@bp.errorhandler(ApiError)
def _api_error(err: ApiError) -> Response:
    return error_response(err.status, err.code, **err.detail)


def _store() -> Store:
    return current_app.extensions["usu_exchange_store"]  # type: ignore[no-any-return]


def _config() -> ExchangeConfig:
    return current_app.extensions["usu_exchange_config"]  # type: ignore[no-any-return]


def version() -> str:
    try:
        return metadata.version("usu-desktop")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0+unknown"


def limits() -> Limits:
    return current_app.extensions["usu_exchange_limits"]  # type: ignore[no-any-return]


def authenticate() -> str:
    """The desk's name for the request's bearer token; 401 if wrong, 429 while the caller's
    address has failed too often (checked first, so a limited caller learns nothing)."""
    limiter = limits().auth
    wait = limiter.retry_after(request.remote_addr)
    if wait:
        raise ApiError(429, "too_many_requests", retry_after=wait)
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthorized", reason="missing_token")
    owner = _store().token_owner(token.strip())
    if owner is None:
        limiter.failed(request.remote_addr)
        raise ApiError(401, "unauthorized", reason="bad_token")
    return owner


@bp.before_request
def _authenticate() -> None:
    authenticate()


def iso(dt: datetime) -> str:
    """Stored naive UTC to ISO 8601 with offset."""
    return dt.replace(tzinfo=UTC).isoformat(timespec="seconds")


@bp.get("/health")
def health() -> Response:
    snap = _store().snapshot_info()
    return jsonify({"status": "ok", "version": version(),
                    "server_time": datetime.now(UTC).isoformat(timespec="seconds"),
                    "snapshot_id": None if snap is None else snap.snapshot_id})


# --- charges ----------------------------------------------------------------
def json_object() -> dict[str, Any]:
    """The request's JSON body as a dict, or 400 (links.py reads its bodies the same way)."""
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ApiError(400, "invalid_json")
    return body


def require(obj: dict[str, Any], name: str, kind: type | tuple[type, ...], **where: Any) -> Any:
    """obj[name] if present and of `kind`, else a 422 that names the field."""
    if name not in obj:
        raise ApiError(422, "missing_field", field=name, **where)
    value = obj[name]
    if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
        raise ApiError(422, "invalid_field", field=name, **where)
    return value


def _parse_time(text: str) -> datetime:
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        raise ApiError(422, "invalid_field", field="generated_at") from None
    if dt.tzinfo is None:
        raise ApiError(422, "invalid_field", field="generated_at", reason="timezone_required")
    return dt.astimezone(UTC).replace(tzinfo=None)


def _masked_name(value: str, index: int) -> str:
    name = value.strip()
    if not 1 <= len(name) <= 64 or any(not ch.isprintable() for ch in name):
        raise ApiError(422, "invalid_field", field="masked_name", index=index)
    return name


def _charge(item: Any, index: int) -> ChargeIn:
    if not isinstance(item, dict):
        raise ApiError(422, "invalid_field", field="charges", index=index)
    try:
        account = client_number_check(require(item, "account", str, index=index))
    except ClientNumberError as err:
        code = "bad_check_digit" if err.code == "client_number_bad_check_digit" else "bad_account_format"
        raise ApiError(422, code, field="account", index=index, value=item["account"]) from None
    amount = require(item, "amount_minor", int, index=index)
    if amount < 0:
        raise ApiError(422, "negative_amount", field="amount_minor", index=index)
    if amount > MAX_AMOUNT_MINOR:
        raise ApiError(422, "amount_too_large", field="amount_minor", index=index)
    name = _masked_name(require(item, "masked_name", str, index=index), index)
    refs = item.get("rf", [])
    if not isinstance(refs, list) or len(refs) > 50:
        raise ApiError(422, "invalid_field", field="rf", index=index)
    for ref in refs:
        if not isinstance(ref, str) or not rf_is_valid(ref):
            raise ApiError(422, "bad_rf", field="rf", index=index, value=str(ref)[:40])
    active = item.get("active", True)
    if not isinstance(active, bool):
        raise ApiError(422, "invalid_field", field="active", index=index)
    return ChargeIn(account, amount, name, tuple(rf_normalize(r) for r in refs), active)


def parse_snapshot(body: dict[str, Any]) -> SnapshotIn:
    """Validate an uploaded charge list; the first fault is refused with its index and field."""
    snapshot_id = require(body, "snapshot_id", str)
    if not _SNAPSHOT_ID.match(snapshot_id):
        raise ApiError(422, "invalid_field", field="snapshot_id")
    currency = require(body, "currency", str)
    if currency not in CURRENCY_EXPONENTS:
        raise ApiError(422, "unknown_currency", field="currency", value=currency[:8])
    generated_at = _parse_time(require(body, "generated_at", str))
    included = body.get("included_cursor")
    if included is not None and (isinstance(included, bool) or not isinstance(included, int)
                                 or included < 0):
        raise ApiError(422, "invalid_field", field="included_cursor")
    items = require(body, "charges", list)
    charges: list[ChargeIn] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        charge = _charge(item, index)
        if charge.account in seen:
            raise ApiError(422, "duplicate_account", field="account", index=index,
                           first_index=seen[charge.account], value=charge.account)
        seen[charge.account] = index
        charges.append(charge)
    return SnapshotIn(snapshot_id, currency, generated_at, charges, included)


@bp.put("/charges")
def put_charges() -> Response:
    snap = parse_snapshot(json_object())
    try:
        status = _store().replace_charges(snap)
    except SnapshotConflict:
        raise ApiError(409, "snapshot_conflict", snapshot_id=snap.snapshot_id) from None
    return jsonify({"status": status, "snapshot_id": snap.snapshot_id, "count": len(snap.charges)})


# --- payments ---------------------------------------------------------------
def _int_arg(name: str, default: int, low: int, high: int) -> int:
    text = request.args.get(name)
    if text is None:
        return default
    if not text.isascii() or not text.isdigit() or len(text) > 19 or not low <= int(text) <= high:
        raise ApiError(422, "invalid_parameter", field=name, min=low, max=high)
    return int(text)


def payment_json(p: PaymentRow) -> dict[str, Any]:
    return {"cursor": p.cursor, "source": "terminal", "external_id": p.txn_id, "account": p.account,
            "amount_minor": p.sum_minor, "currency": p.currency, "paid_at": iso(p.created_at),
            "txn_date": p.txn_date, "prv_txn": p.cursor}


@bp.get("/payments")
def get_payments() -> Response:
    after = _int_arg("after", 0, 0, 2**63 - 1)
    limit = _int_arg("limit", 100, 1, MAX_LIMIT)
    rows, has_more = _store().payments_after(after, limit)
    next_cursor = rows[-1].cursor if rows else after
    items = [payment_json(p) for p in rows]
    link_rows = [p.cursor for p in rows if p.txn_id.startswith("L")]
    if link_rows:  # payment-link money: source "link", and the invoice's RF so it lands on that invoice
        from usu_desktop.exchange.links import link_store

        found = link_store().rf_for_payments(link_rows)
        refunds = link_store().refunds_due(link_rows)  # charged after expiry/cancellation: give back
        for item in items:
            if item["cursor"] in found:
                rf, link_id = found[item["cursor"]]
                item.update(source="link", rf=rf or None, link_id=link_id)
                if item["cursor"] in refunds:
                    item["refund_due"] = refunds[item["cursor"]]
    return jsonify({"payments": items, "next_cursor": next_cursor, "has_more": has_more})


@bp.post("/payments/ack")
def ack_payments() -> Response:
    body = json_object()
    cursor = require(body, "cursor", int)
    store = _store()
    if cursor < 0:
        raise ApiError(422, "invalid_field", field="cursor")
    if cursor > store.last_cursor():
        raise ApiError(422, "cursor_ahead", field="cursor", last_cursor=store.last_cursor())
    acked = store.ack(cursor)
    pruned = store.prune(_config().prune_after_days)
    return jsonify({"acked_cursor": acked, "pruned": pruned})

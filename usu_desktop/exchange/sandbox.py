"""Sandbox pages on localhost: a simulated payment terminal and bank app.

They call `osmp.handle()` — the same code the real terminal network reaches through `/osmp` —
so a payment made here lands in the store and reaches the desk on its next sync. Each pay form
carries its own `txn_id`, so pressing "Pay" twice (or reloading) books once, as a terminal would.
"""

from __future__ import annotations

import ipaddress
import secrets
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from flask import Blueprint, abort, current_app, render_template, request

from usu_desktop.domain.client_numbers import client_number_create
from usu_desktop.exchange import osmp
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.store import ChargeIn, SnapshotIn, Store, utcnow

bp = Blueprint("sandbox", __name__, url_prefix="/sandbox", template_folder="templates",
               static_folder="static", static_url_path="/static")

VARIANTS = {"terminal": "Payment terminal", "bank": "Bank app"}

MESSAGES = {
    osmp.Result.BAD_ACCOUNT: "This is not a valid client number. Please check the digits.",
    osmp.Result.NOT_FOUND: "No client with this number.",
    osmp.Result.INACTIVE: "This account does not accept payments.",
    osmp.Result.SUM_TOO_SMALL: "The amount is below the minimum.",
    osmp.Result.SUM_TOO_LARGE: "The amount is above the maximum.",
    osmp.Result.REFUSED: "The payment was refused.",
    osmp.Result.TEMPORARY: "The service is busy. Please try again.",
    osmp.Result.OTHER: "Please check the amount and try again.",
}

DEMO_CLIENTS = (("Ivanov I.", 1_250_000), ("Petrova A.", 340_050), ("Sidorov P.", 0),
                ("Kuznetsova M.", 78_900))


DEMO_SNAPSHOT = "sandbox-demo"


def _demo_charges() -> list[ChargeIn]:
    return [ChargeIn(client_number_create(10001 + i), amount, name)
            for i, (name, amount) in enumerate(DEMO_CLIENTS)]


def seed_demo(store: Store, currency: str) -> list[str]:
    """Put a few demo clients in an empty store so the pages have someone to pay for."""
    charges = _demo_charges()
    if store.snapshot_info() is None:
        store.replace_charges(SnapshotIn(DEMO_SNAPSHOT, currency, utcnow(), charges))
    return [c.account for c in charges]


@bp.before_request
def _local_only() -> None:
    """Loopback callers only, and no form posts from other sites' pages (cross-site request forgery)."""
    try:
        if not ipaddress.ip_address(request.remote_addr or "").is_loopback:
            abort(403)
    except ValueError:
        abort(403)
    origin = request.headers.get("Origin")
    if request.method == "POST" and origin is not None and origin != request.host_url.rstrip("/"):
        abort(403)


def _new_txn_id() -> str:
    return str(10**14 + secrets.randbelow(9 * 10**14))


def _call(params: dict[str, str]) -> osmp.Answer:
    config: ExchangeConfig = current_app.extensions["usu_exchange_config"]
    return osmp.handle(params, current_app.extensions["usu_exchange_store"], config)


def _clean_sum(text: str) -> str:
    """What people type ('1 500,50') to the terminal's dot-decimal form."""
    return "".join(text.split()).replace(",", ".")


@bp.get("/")
def index() -> str:
    snap = current_app.extensions["usu_exchange_store"].snapshot_info()
    demo = [(c.account, c.masked_name) for c in _demo_charges()]
    return render_template("sandbox_index.html", variants=VARIANTS, snapshot=snap,
                           demo=demo if snap is not None and snap.snapshot_id == DEMO_SNAPSHOT else [])


@bp.route("/<variant>", methods=["GET", "POST"])
def pay_page(variant: str) -> str:
    if variant not in VARIANTS:
        abort(404)
    ctx: dict[str, Any] = {"variant": variant, "title": VARIANTS[variant], "account": "",
                           "client": None, "receipt": None, "error": None}
    account = (request.values.get("account") or "").strip()[:32]
    ctx["account"] = account
    if request.method == "POST":
        txn_id = request.form.get("txn_id", "")
        answer = _call({"command": "pay", "txn_id": txn_id, "account": account,
                        "sum": _clean_sum(request.form.get("amount", ""))[:32],
                        "txn_date": datetime.now(UTC).strftime("%Y%m%d%H%M%S")})
        if answer.result is osmp.Result.OK:
            ctx["receipt"] = {"prv_txn": answer.prv_txn, "sum": answer.sum, "txn_id": txn_id}
        else:
            ctx["error"] = MESSAGES.get(answer.result, MESSAGES[osmp.Result.OTHER])
    if account:
        answer = _call({"command": "check", "txn_id": _new_txn_id(), "account": account})
        if answer.result is osmp.Result.OK:
            debt = answer.fields["debt"]
            prefill = "" if Decimal(debt) == 0 else debt
            ctx["client"] = {**answer.fields, "txn_id": _new_txn_id(), "prefill": prefill}
        elif ctx["error"] is None:
            ctx["error"] = MESSAGES.get(answer.result, MESSAGES[osmp.Result.OTHER])
    return render_template("sandbox_pay.html", **ctx)


@bp.route("/gateway/<session>", methods=["GET", "POST"])
def gateway(session: str) -> tuple[str, int] | str:
    """Plays the card gateway for payment links (gateways/sandbox.py is its adapter): like a real
    gateway it will not charge for a link that no longer takes the payment, and "Pay" is the charge,
    booked once through the same path as a real gateway's confirmation."""
    from usu_desktop.domain.money import Money
    from usu_desktop.exchange import links
    from usu_desktop.exchange.gateways import routes
    from usu_desktop.exchange.gateways.sandbox import SandboxGateway
    from usu_desktop.exchange.link_store import LinkRefused, check_payable

    found = links.link_store().checkout(session[:64])
    if found is None or found[0].gateway not in ("sandbox", ""):
        abort(404)
    checkout, link = found
    error = None
    if checkout.payment_id is not None:
        return links.receipt_page(session)
    if request.method == "POST":
        try:
            check_payable(link, checkout.amount_minor, utcnow())
        except LinkRefused as refused:
            error = links.TEXTS["en"].get(refused.code, "The payment was refused.")
        else:
            paid = SandboxGateway().paid(session, checkout.amount_minor, link.currency)
            if not checkout.gateway:  # a checkout opened before the sandbox was an adapter
                links.link_store().attach_gateway(session, "sandbox", session)
            routes.book("sandbox", session, paid)
            return links.receipt_page(session)
    amount = Money.from_minor(checkout.amount_minor, link.currency).format("en")
    return render_template("sandbox_gateway.html", link=link, amount=amount, error=error), (
        200 if error is None else 410)

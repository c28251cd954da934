"""The exchange's routes for the configured payment gateway, and the two steps links.py calls.

  POST /gateway/<name>/webhook             the gateway's signed notice (Stripe): 200 once handled,
                                           400 for a forged or unreadable one (logged, nothing booked)
  GET  /gateway/<name>/return/<session>    the payer is back (Stripe's success_url, Zarinpal's
                                           callback_url): confirm with the gateway, book, thank them
  GET  /gateway/<name>/cancel/<session>    the payer gave up at the gateway: the link stays payable

Every payment is booked through LinkStore.book_gateway_payment, once per gateway payment id, so a
webhook delivered three times and the payer's return together book one payment.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, Response, abort, current_app, jsonify, redirect, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from usu_desktop.exchange.gateways import (
    BadSignature,
    CheckoutRequest,
    Gateway,
    GatewayError,
    GatewayRefused,
    GatewayUnavailable,
    Paid,
)
from usu_desktop.exchange.link_store import Checkout, Link, LinkRefused

log = logging.getLogger("usu_exchange")

bp = Blueprint("gateways", __name__, url_prefix="/gateway")


def gateway() -> Gateway | None:
    """The app's payment gateway (create_app's `gateway`, or the sandbox's), None if there is none."""
    found: Gateway | None = current_app.extensions.get("usu_exchange_gateway")
    return found


def _ours(name: str) -> Gateway:
    found = gateway()
    if found is None or found.name != name:
        abort(404)
    return found


def begin(checkout: Checkout, link: Link) -> tuple[str, int] | BaseResponse:
    """Open the checkout at the gateway and send the payer there; if the gateway does not answer
    (or answers garbage) the payer sees the link's page again with a calm word, still payable."""
    from usu_desktop.exchange import links

    found = gateway()
    assert found is not None
    req = CheckoutRequest(
        checkout.session, checkout.amount_minor, link.currency, link.title, link.language, link.expires_at,
        url_for("gateways.back", name=found.name, session=checkout.session, _external=True),
        url_for("gateways.cancel", name=found.name, session=checkout.session, _external=True))
    try:
        started = found.start(req)
    except GatewayError as err:
        log.warning("gateway %s: checkout L%d (link %d) not started: %s", found.name, checkout.id,
                    link.id, err)
        # no answer: "try again in a few minutes"; refused (e.g. a currency it does not take): "not available"
        return links.page_for(link, 503, error="gateway_down" if isinstance(err, GatewayUnavailable)
                              else "no_gateway")
    links.link_store().attach_gateway(checkout.session, found.name, started.reference)
    return redirect(started.redirect_url, code=303)


def book(name: str, session: str, paid: Paid) -> tuple[Checkout, Link, bool]:
    """Book what the gateway confirmed (once); LinkRefused when it is not this checkout's."""
    from usu_desktop.exchange.links import link_store

    checkout, link, new = link_store().book_gateway_payment(
        name, session, paid.reference, paid.payment_id, paid.amount_minor, paid.currency)
    if new:
        log.info("gateway %s: %s booked as L%d on link %d (%d %s)", name, paid.payment_id, checkout.id,
                 link.id, paid.amount_minor, paid.currency)
        if checkout.refund_due:
            log.warning("gateway %s: L%d was charged although the link is %s: booked, flagged for the "
                        "desk to refund", name, checkout.id, checkout.refund_due)
    else:
        log.info("gateway %s: %s already booked (L%d), not again", name, paid.payment_id, checkout.id)
    return checkout, link, new


@bp.post("/<name>/webhook")
def webhook(name: str) -> tuple[Response, int]:
    from usu_desktop.exchange.links import link_store

    found = _ours(name)
    body = request.get_data(cache=False)
    try:
        paid = found.webhook(body, dict(request.headers))
    except BadSignature as err:
        log.warning("gateway %s: webhook refused from %s: %s", name, request.remote_addr, err)
        return jsonify({"error": err.code}), 400
    except GatewayError as err:
        log.warning("gateway %s: unreadable webhook from %s: %s", name, request.remote_addr, err)
        return jsonify({"error": err.code}), 400
    if paid is None:
        return jsonify({"received": True}), 200
    session = link_store().session_of(name, paid.reference)
    if session is None:
        log.warning("gateway %s: webhook for %s, which is no checkout of ours: ignored", name, paid.reference)
        return jsonify({"received": True, "ours": False}), 200
    try:
        book(name, session, paid)
    except LinkRefused as refused:
        log.error("gateway %s: webhook for %s refused (%s): nothing booked", name, paid.reference,
                  refused.code)
        return jsonify({"error": refused.code}), 400
    return jsonify({"received": True}), 200


@bp.get("/<name>/return/<session>")
def back(name: str, session: str) -> tuple[str, int]:
    from usu_desktop.exchange import links

    found = _ours(name)
    known = links.link_store().checkout(session[:64])
    if known is None:
        return links.page_for(None, 404, "not_found")
    checkout, link = known
    if checkout.payment_id is not None:  # the webhook came first, or a reload
        return links.receipt_page(session)
    if checkout.gateway != name or not checkout.gateway_ref:
        return links.page_for(None, 404, "not_found")
    args: Any = request.args
    try:
        paid = found.confirm(checkout.gateway_ref, checkout.amount_minor, link.currency, args)
    except BadSignature as err:
        log.warning("gateway %s: return for L%d refused from %s: %s", name, checkout.id, request.remote_addr,
                    err)
        return links.page_for(link, 400, "not_completed")
    except GatewayUnavailable as err:
        log.warning("gateway %s: could not confirm L%d: %s", name, checkout.id, err)
        return links.page_for(link, 503, "pending")
    except GatewayRefused as err:
        log.info("gateway %s: L%d not paid: %s", name, checkout.id, err)
        return links.page_for(link, 200, "not_completed")
    if paid is None:
        return links.page_for(link, 200, "processing")
    try:
        book(name, session, paid)
    except LinkRefused as refused:
        log.error("gateway %s: confirmation for L%d refused (%s): nothing booked", name, checkout.id,
                  refused.code)
        return links.page_for(link, 400, "not_completed")
    return links.receipt_page(session)


@bp.get("/<name>/cancel/<session>")
def cancel(name: str, session: str) -> tuple[str, int]:
    from usu_desktop.exchange import links

    _ours(name)
    known = links.link_store().checkout(session[:64])
    if known is None:
        return links.page_for(None, 404, "not_found")
    return links.page_for(known[1], 200, "not_completed")

"""The sandbox gateway: the exchange itself plays the card page (/sandbox/gateway/<session>).

Pressing "Pay" there is the charge; the sandbox blueprint then books it through the same path as a
real gateway's confirmation (routes.book), so the sandbox exercises that code too.
"""

from __future__ import annotations

from collections.abc import Mapping

from flask import url_for

from usu_desktop.exchange.gateways import BadSignature, CheckoutRequest, Paid, Started


class SandboxGateway:
    name = "sandbox"

    def start(self, req: CheckoutRequest) -> Started:
        return Started(req.session, url_for("sandbox.gateway", session=req.session))

    def paid(self, session: str, amount_minor: int, currency: str) -> Paid:
        """What the sandbox page reports when the payer presses Pay."""
        return Paid(session, f"sandbox:{session}", amount_minor, currency)

    def confirm(self, reference: str, amount_minor: int, currency: str,
                args: Mapping[str, str]) -> Paid | None:
        return None  # the sandbox page books as it charges; nothing comes back later

    def webhook(self, body: bytes, headers: Mapping[str, str]) -> Paid | None:
        raise BadSignature("no_webhooks", "the sandbox gateway sends no webhooks")

    def refund(self, payment_id: str, amount_minor: int, currency: str) -> str:
        return f"sandbox-refund:{payment_id.removeprefix('sandbox:')}"

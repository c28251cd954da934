"""Payment gateways for payment links, behind one small interface.

A gateway takes the payer's money for one checkout (a row of `link_checkouts`):
  start(req)            make the checkout at the gateway; the payer is sent to `redirect_url`
  confirm(...)          the payer is back (return URL / callback): ask the gateway whether they paid
                        (Zarinpal's verify, Stripe's session retrieve); None = not paid
  webhook(body, hdrs)   a server-to-server notice, its signature checked (BadSignature if not)
  refund(...)           give a booked payment back

Adapters: `sandbox` (the exchange plays the gateway on /sandbox/gateway), `stripe` (Stripe Checkout
through the official library) and `zarinpal` (request -> StartPay -> verify). The routes that drive
them are in routes.py; the booking itself is LinkStore.book_gateway_payment (once per payment id).
Secrets come from the environment or from a file only its owner can read (load_secrets).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

NAMES = ("sandbox", "stripe", "zarinpal")


@dataclass(frozen=True)
class CheckoutRequest:
    session: str  # our checkout's id (link_checkouts.session), also the gateway's idempotency key
    amount_minor: int  # in the link currency's minor units (Money.minor)
    currency: str  # ISO 4217, as the link has it
    description: str
    language: str
    expires_at: datetime  # naive UTC: the link's expiry
    return_url: str  # the payer comes back here (success / callback)
    cancel_url: str


@dataclass(frozen=True)
class Started:
    reference: str  # the gateway's id for this checkout (Checkout Session id, authority)
    redirect_url: str


@dataclass(frozen=True)
class Paid:
    """The gateway says the payer was charged."""

    reference: str  # which checkout (Started.reference)
    payment_id: str  # the gateway's payment id, "<gateway>:<id>": the booking's idempotency key
    amount_minor: int  # converted back to the link currency's minor units, exactly
    currency: str


class GatewayError(Exception):
    """Base: `code` is a stable word for the log and the payer's page."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class GatewayUnavailable(GatewayError):
    """No usable answer: timed out, refused the connection, a 5xx, or garbage. Safe to retry."""


class GatewayRefused(GatewayError):
    """The gateway (or the adapter before asking it) said no: nothing to retry as it is."""


class BadSignature(GatewayError):
    """A webhook or callback that does not prove it comes from the gateway."""


class Gateway(Protocol):
    name: str

    def start(self, req: CheckoutRequest) -> Started: ...

    def confirm(self, reference: str, amount_minor: int, currency: str,
                args: Mapping[str, str]) -> Paid | None: ...

    def webhook(self, body: bytes, headers: Mapping[str, str]) -> Paid | None: ...

    def refund(self, payment_id: str, amount_minor: int, currency: str) -> str: ...


# --- secrets ---------------------------------------------------------------------------------
SECRET_NAMES: dict[str, tuple[str, ...]] = {
    "sandbox": (),
    "stripe": ("USU_STRIPE_SECRET_KEY", "USU_STRIPE_WEBHOOK_SECRET"),
    "zarinpal": ("USU_ZARINPAL_MERCHANT_ID",),
}


class SecretsError(Exception):
    """The gateway's secrets are missing, or kept where others can read them."""


def read_secrets_file(path: Path) -> dict[str, str]:
    """NAME=value lines ('#' comments); refused unless only its owner can read it (0600/0400)."""
    try:
        info = path.stat()
    except OSError as err:
        raise SecretsError(f"cannot read the gateway secrets file {path}: {err.strerror}") from None
    if os.name == "posix" and info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise SecretsError(
            f"the gateway secrets file {path} can be read by other users "
            f"(mode {stat.S_IMODE(info.st_mode):04o}); make it private with: chmod 600 {path}")
    out: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, value = line.partition("=")
        if not sep or not name.strip():
            raise SecretsError(f"{path}, line {number}: expected NAME=value")
        out[name.strip()] = value.strip().strip('"').strip("'")
    return out


def load_secrets(gateway: str, environ: Mapping[str, str], path: Path | None = None) -> dict[str, str]:
    """The secrets `gateway` needs: from the file when given, else from the environment."""
    source = read_secrets_file(path) if path is not None else environ
    found = {name: source.get(name, "") for name in SECRET_NAMES[gateway]}
    missing = [name for name, value in found.items() if not value]
    if missing:
        where = str(path) if path is not None else "the environment"
        raise SecretsError(f"--gateway {gateway} needs {', '.join(missing)} (not set in {where})")
    return found


def make_gateway(name: str, secrets: Mapping[str, str], api_base: str = "",
                 timeout: float = 10.0, zarinpal_unit: str = "IRR") -> Gateway:
    """The adapter called `name`, with its secrets and (for tests or a provider's sandbox) its API address."""
    if name == "sandbox":
        from usu_desktop.exchange.gateways.sandbox import SandboxGateway

        return SandboxGateway()
    if name == "stripe":
        from usu_desktop.exchange.gateways.stripe_checkout import StripeCheckout

        return StripeCheckout(secrets["USU_STRIPE_SECRET_KEY"], secrets["USU_STRIPE_WEBHOOK_SECRET"],
                              api_base=api_base, timeout=timeout)
    if name == "zarinpal":
        from usu_desktop.exchange.gateways.zarinpal import Zarinpal

        return Zarinpal(secrets["USU_ZARINPAL_MERCHANT_ID"], api_base=api_base, timeout=timeout,
                        unit=zarinpal_unit)
    raise ValueError(f"unknown gateway {name!r}; one of {', '.join(NAMES)}")

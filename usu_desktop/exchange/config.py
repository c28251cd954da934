"""Settings of one exchange instance, passed to `create_app` (no globals, no env magic)."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

IpNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

LOOPBACK = ("127.0.0.1/32", "::1/128")


@dataclass(frozen=True)
class ExchangeConfig:
    """What a clinic's administrator can tune; defaults are safe for a first start.

    `osmp_allow` lists the networks the terminal operator calls from (its contract gives them).
    It defaults to loopback only; a real list replaces it, so a reverse proxy on the same host
    that forgets X-Forwarded-For gets refused rather than waved through. The sandbox always
    adds loopback.
    Amount limits are in minor units of the snapshot currency.
    """

    db_url: str = "sqlite:///usu-exchange.sqlite3"
    currency: str = "RUB"
    osmp_min_minor: int = 100
    osmp_max_minor: int = 15_000_000
    osmp_allow: tuple[str, ...] = LOOPBACK
    osmp_max_body: int = 16 * 1024
    api_max_body: int = 64 * 1024 * 1024
    prune_after_days: int = 30
    sandbox: bool = False
    # Where a payment link's payer is sent to pay: "{session}", "{amount_minor}", "{currency}" are
    # filled in. Empty: links show "not available" (the sandbox plays the gateway itself).
    link_gateway_url: str = ""

    def allowed_networks(self) -> list[IpNetwork]:
        """Parsed allow-list (plus loopback in the sandbox)."""
        names = (*self.osmp_allow, *(LOOPBACK if self.sandbox else ()))
        return [ipaddress.ip_network(n, strict=False) for n in names]

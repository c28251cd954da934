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
    # Request bodies, per route (refused with 413 before the body is read: see body_limit).
    osmp_max_body: int = 16 * 1024
    api_max_body: int = 64 * 1024 * 1024  # PUT /api/v1/charges (~500,000 charges)
    api_small_body: int = 64 * 1024  # every other /api/v1 request (links, acks)
    page_max_body: int = 16 * 1024  # payment-link and sandbox forms, anything else
    gateway_max_body: int = 64 * 1024  # a payment gateway's webhook (/gateway/...)
    # Serving (waitress and the guard in server.py), sized for terminals on the open internet.
    threads: int = 8
    connection_limit: int = 1000  # open sockets; terminals must never queue behind idle ones
    channel_timeout: int = 30  # seconds a connection may sit idle between requests
    cleanup_interval: int = 1  # seconds between sweeps for idle and slow connections
    head_timeout: float = 10.0  # request line and headers must be complete within this
    min_body_rate: int = 8 * 1024  # bytes/s a body must average once head_timeout has passed
    inbuf_overflow: int = 256 * 1024  # a body above this is spooled to a temporary file ...
    spool_budget: int = 256 * 1024 * 1024  # ... and all spooled bodies together stay below this
    # Failed desk authentications and unknown payment-link tokens, per client address (an IPv6
    # /64 counts as one): a bucket of `burst` that refills at `per_minute`; empty -> 429.
    auth_burst: int = 10
    auth_per_minute: float = 6.0
    link_burst: int = 30
    link_per_minute: float = 30.0
    rate_limit_clients: int = 10_000  # addresses remembered at most (least recently seen go)
    prune_after_days: int = 30
    sandbox: bool = False
    # Where a payment link's payer is sent to pay: "{session}", "{amount_minor}", "{currency}" are
    # filled in. Empty: links show "not available" (the sandbox plays the gateway itself).
    link_gateway_url: str = ""

    def body_limit(self, method: str, path: str) -> int:
        """The largest request body accepted on this route (bytes)."""
        if path == "/osmp" or path.startswith("/osmp/"):
            return self.osmp_max_body
        if path.startswith("/api/"):
            if method.upper() == "PUT" and path.rstrip("/") == "/api/v1/charges":
                return self.api_max_body
            return self.api_small_body
        if path.startswith("/gateway/"):
            return self.gateway_max_body
        return self.page_max_body

    def allowed_networks(self) -> list[IpNetwork]:
        """Parsed allow-list (plus loopback in the sandbox)."""
        names = (*self.osmp_allow, *(LOOPBACK if self.sandbox else ()))
        return [ipaddress.ip_network(n, strict=False) for n in names]

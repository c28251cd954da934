"""The desk's calls for payment links on the exchange: make, cancel, read status.

A subclass of ExchangeClient (same token, TLS rules, retries and error codes). Making a link is
safe to retry: the desk sends the token itself and the exchange answers the same link again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from usu_desktop.bank.errors import BankError
from usu_desktop.bank.exchange_client import (
    ExchangeClient,
    MalformedBody,
    RemotePayment,
    aware_field,
    int_field,
    str_field,
)

LINK_STATUSES = frozenset({"active", "partly_paid", "paid", "expired", "cancelled"})


@dataclass(frozen=True)
class LinkRequest:
    token: str
    kind: str  # invoice | client | free
    account: str
    rf: str
    title: str
    clinic_name: str
    payer_name: str
    currency: str
    amount_minor: int | None
    open_amount: bool
    min_minor: int | None
    max_minor: int | None
    language: str
    expires_at: datetime  # timezone-aware
    time_zone: str = ""  # the clinic's IANA zone: the payer's page shows the expiry in it

    def to_json(self) -> dict[str, Any]:
        if self.expires_at.tzinfo is None:
            raise BankError("link_naive_time")
        return {"token": self.token, "kind": self.kind, "account": self.account, "rf": self.rf,
                "title": self.title, "clinic_name": self.clinic_name, "payer_name": self.payer_name,
                "currency": self.currency, "amount_minor": self.amount_minor, "open_amount": self.open_amount,
                "min_minor": self.min_minor, "max_minor": self.max_minor, "language": self.language,
                "expires_at": self.expires_at.isoformat(), "time_zone": self.time_zone}


@dataclass(frozen=True)
class RemoteLinkPayment:
    external_id: str
    amount_minor: int
    paid_at: datetime


@dataclass(frozen=True)
class RemoteLink:
    id: int
    status: str
    paid_minor: int
    url: str
    payments: tuple[RemoteLinkPayment, ...]


# Kept for callers written before the feed's `rf`/`link_id` moved onto RemotePayment itself.
RemoteLinkedPayment = RemotePayment


class LinksClient(ExchangeClient):
    """ExchangeClient plus the link calls (create, cancel, list)."""

    def create_link(self, request: LinkRequest) -> RemoteLink:
        body = self._request("POST", "/links", json=request.to_json(), idempotent=True)
        return _checked(body)

    def cancel_link(self, link_id: int) -> RemoteLink:
        body = self._request("POST", f"/links/{int(link_id)}/cancel", idempotent=True)
        return _checked(body)

    def links(self, ids: Sequence[int]) -> list[RemoteLink]:
        out: list[RemoteLink] = []
        for i in range(0, len(ids), 500):
            part = ",".join(str(int(x)) for x in ids[i:i + 500])
            body = self._request("GET", "/links", params={"ids": part}, idempotent=True)
            items = body.get("links")
            if not isinstance(items, list):
                raise BankError("exchange_bad_response", reason="missing_field", field="links")
            out.extend(_checked(item) for item in items)
        return out


def _checked(body: Any) -> RemoteLink:
    try:
        if not isinstance(body, dict):
            raise MalformedBody("links")
        status = str_field(body, "status")
        if status not in LINK_STATUSES:
            raise MalformedBody("status")
        payments = []
        for item in body.get("payments") or []:
            if not isinstance(item, dict):
                raise MalformedBody("payments")
            payments.append(RemoteLinkPayment(str_field(item, "external_id"), int_field(item, "amount_minor"),
                                              aware_field(str_field(item, "paid_at"), "paid_at")))
        url = body.get("url")
        return RemoteLink(int_field(body, "id"), status, int_field(body, "paid_minor"),
                          url if isinstance(url, str) else "", tuple(payments))
    except MalformedBody as bad:
        raise BankError("exchange_bad_response", reason="missing_field", field=bad.field) from None

"""The domain matcher's look-ups (`MatchContext`), answered from the database.

Runs inside the booking transaction, so the balances it reports are the ones
the allocations are then written against.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from usu_desktop.domain.matching import ClientInfo, IncomingPayment, OpenInvoice, name_tokens
from usu_desktop.domain.money import Money
from usu_desktop.storage.ledger import OPEN_STATES, balance_minor, open_invoices
from usu_desktop.storage.models import Client, Invoice
from usu_desktop.storage.search import like_pattern


def client_info(client: Client) -> ClientInfo:
    name = " ".join(p for p in (client.first_name, client.last_name) if p)
    return ClientInfo(client.id, client.client_number, name, client.rf_code)


def open_invoice(inv: Invoice) -> OpenInvoice:
    issued = inv.issue_date
    assert issued is not None and inv.due_date is not None and inv.number is not None
    return OpenInvoice(inv.id, inv.client_id, inv.number, inv.rf_code, issued, inv.due_date,
                       Money.from_minor(balance_minor(inv), inv.currency))


class SessionMatchContext:
    """MatchContext over one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def invoice_by_rf(self, rf: str) -> OpenInvoice | None:
        inv = self.session.scalars(select(Invoice).where(Invoice.rf_code == rf,
                                                         Invoice.number.is_not(None))).first()
        return open_invoice(inv) if inv is not None else None

    def client_by_rf(self, rf: str) -> ClientInfo | None:
        client = self.session.scalars(select(Client).where(Client.rf_code == rf)).first()
        return client_info(client) if client is not None else None

    def client_by_number(self, number: str) -> ClientInfo | None:
        client = self.session.scalars(select(Client).where(Client.client_number == number)).first()
        return client_info(client) if client is not None else None

    def open_invoices(self, client_id: int) -> Sequence[OpenInvoice]:
        return [open_invoice(inv) for inv in open_invoices(self.session, client_id)]

    def invoice_by_number(self, number: str) -> OpenInvoice | None:
        q = select(Invoice).where(Invoice.number == number.upper())  # stored upper-case; keeps the index
        inv = self.session.scalars(q).first()
        return open_invoice(inv) if inv is not None and inv.issue_date is not None else None

    def suggestion_candidates(self, payment: IncomingPayment,
                              limit: int) -> Sequence[tuple[ClientInfo, Sequence[OpenInvoice]]]:
        """Clients named like the payer, and clients with an open invoice of exactly this amount."""
        ids: list[int] = []
        words = [w for w in name_tokens(payment.payer_name or "") if len(w) > 1]
        if words:
            longest = max(words, key=len)
            conds = [Client.search_text.like(like_pattern(longest), escape="\\")]
            ids += self.session.scalars(select(Client.id).where(or_(*conds)).limit(limit)).all()
        amount = payment.amount
        by_amount = self.session.scalars(
            select(Invoice.client_id)
            .where(Invoice.state.in_(OPEN_STATES), Invoice.currency == amount.currency,
                   Invoice.total_minor - Invoice.paid_minor - Invoice.credited_minor == amount.minor)
            .limit(limit)).all()
        ids += [i for i in by_amount if i not in ids]
        out: list[tuple[ClientInfo, Sequence[OpenInvoice]]] = []
        for client_id in ids[: limit]:
            client = self.session.get(Client, client_id)
            assert client is not None
            out.append((client_info(client), self.open_invoices(client_id)))
        return out

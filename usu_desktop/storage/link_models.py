"""Payment links the desk made, what happened to them, and every message sent to a patient.

`payment_links` mirrors the exchange's link (status refreshed on sync); `link_events` is the
patient's history of links (made, sent, paid, expired, cancelled) and feeds the desk's badge until
seen; `messages` is the log of every e-mail and SMS: a row is written before sending and marked
sent with the provider's message id in one transaction, so a retry never sends an accepted one.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from usu_desktop.storage.models import Base

LINK_STATUSES = ("active", "partly_paid", "paid", "expired", "cancelled")
MESSAGE_STATUSES = ("pending", "sent", "failed")


class PaymentLink(Base):
    __tablename__ = "payment_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    remote_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # the exchange's link id
    token: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(8))  # invoice | client | free
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), nullable=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), nullable=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    open_amount: Mapped[bool] = mapped_column(Boolean, default=False)
    min_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    max_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    paid_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[str] = mapped_column(String(12), default="active")
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_payment_links_client_id", "client_id"),
        Index("ix_payment_links_invoice_id", "invoice_id"),
        Index("ix_payment_links_status", "status"),
    )


class LinkEvent(Base):
    __tablename__ = "link_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    link_id: Mapped[int] = mapped_column(ForeignKey("payment_links.id"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(16))  # created | sent | partly_paid | paid | expired | cancelled
    amount_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    seen: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_link_events_link_id", "link_id"),
        Index("ix_link_events_client_id_at", "client_id", "at"),
        Index("ix_link_events_seen", "seen"),
    )


class Message(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), nullable=True)
    link_id: Mapped[int | None] = mapped_column(ForeignKey("payment_links.id"), nullable=True)
    purpose: Mapped[str] = mapped_column(String(16))  # link | reminder
    channel: Mapped[str] = mapped_column(String(8))  # email | sms
    recipient: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    amount_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="")
    status: Mapped[str] = mapped_column(String(8), default="pending")
    error: Mapped[str] = mapped_column(String(80), default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    provider_id: Mapped[str] = mapped_column(String(200), default="")  # Message-ID or the gateway's id
    created_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_by: Mapped[str] = mapped_column(String(80), default="")

    __table_args__ = (
        Index("ix_messages_client_id_created_at", "client_id", "created_at"),
        Index("ix_messages_status", "status"),
    )

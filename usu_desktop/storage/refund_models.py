"""Refunds: a patient's credit paid back, in cash at the desk or by bank transfer.

A refund is a row of its own and never changes: the money leaves the credit ledger through one
`client_credit` row of the opposite amount (`credit_id`, reason "refund"), written in the same
transaction. `booked_on` is the desk's local day (a day's transfers are exported together).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from usu_desktop.storage.models import Base

REFUND_METHODS = ("cash", "transfer")


class Refund(Base):
    __tablename__ = "refunds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)  # > 0: what was paid back
    currency: Mapped[str] = mapped_column(String(3))
    method: Mapped[str] = mapped_column(String(16))  # cash | transfer
    payee_name: Mapped[str] = mapped_column(String(140), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    text: Mapped[str] = mapped_column(String(140), default="")  # remittance text / the desk's note
    booked_on: Mapped[date] = mapped_column(Date)
    credit_id: Mapped[int] = mapped_column(ForeignKey("client_credit.id"), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80), default="")

    __table_args__ = (Index("ix_refunds_booked_on_method", "booked_on", "method"),)

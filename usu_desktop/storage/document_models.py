"""The frozen PDF of each issued invoice ("issued means frozen", Tryton style).

The row is written in the issuing transaction and never changed afterwards: the
printed original stays byte-identical even when the logo, the template or the
translations change. Reprints of the current state are rendered on demand and
never stored.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from usu_desktop.storage.models import Base


class IssuedDocument(Base):
    __tablename__ = "issued_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), unique=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    template_version: Mapped[str] = mapped_column(String(16))

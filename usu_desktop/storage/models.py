"""Tables of the clinic's books, as SQLAlchemy 2 typed models.

Money is always a BigInteger `*_minor` column next to a `currency`. Nothing is
ever deleted or rewritten after the fact: undoing an allocation is a new
allocation row with the opposite amount (`undo_of`), a reversed payment is a new
payment row (`reversal_of`), and client credit is a ledger of +/- rows.
The migration `migrations/versions/0001_initial.py` must create exactly these
tables (a test compares the two).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def load_all_models() -> MetaData:
    """Import every `*models` module of the storage package, so `Base.metadata` has all tables."""
    import importlib
    import pkgutil

    import usu_desktop.storage as package

    for info in pkgutil.iter_modules(package.__path__):
        if info.name.endswith("models"):
            importlib.import_module(f"{package.__name__}.{info.name}")
    return Base.metadata


def modelled(name: str | None, type_: str, _parents: object = None) -> bool:
    """False for the patients' search indexes that migration 0004 makes on SQLite only (an FTS5
    table with its shadow tables, and an index for short words): alembic's comparison of
    models and schema leaves them out."""
    name = name or ""
    return not (
        (type_ == "table" and name.startswith("clients_fts"))
        or (type_ == "index" and name == "ix_clients_search_scan")
    )


class Client(Base):
    """A patient. `client_number` is what they type at a terminal; `rf_code` is their open-amount RF."""

    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sequence: Mapped[int] = mapped_column(BigInteger, unique=True)
    client_number: Mapped[str] = mapped_column(String(16), unique=True)
    rf_code: Mapped[str] = mapped_column(String(25), unique=True)
    first_name: Mapped[str] = mapped_column(String(120), default="")
    last_name: Mapped[str] = mapped_column(String(120), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(8), default="en")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_clients_last_name_first_name", "last_name", "first_name"),
        Index("ix_clients_phone", "phone"),
    )


class Service(Base):
    """A price-list entry. VAT rate is exact decimal text ("0.2"), never a float."""

    __tablename__ = "services"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    price_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    vat_rate: Mapped[str] = mapped_column(String(12), default="0")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# Open invoices (not credit notes), written out so a query can name the partial index's condition
# word for word (SQLite uses a partial index only then; storage.debtor_queries).
OPEN_INVOICE = "state IN ('issued', 'partly_paid') AND kind = 'invoice'"


class Invoice(Base):
    """An invoice or a credit note (`kind`). Number, RF and content hash are set when issued."""

    __tablename__ = "invoices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), default="invoice")  # invoice | credit_note
    series: Mapped[str] = mapped_column(String(16))
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    number: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    state: Mapped[str] = mapped_column(String(16), default="draft")
    currency: Mapped[str] = mapped_column(String(3))
    issue_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    lines_total_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    discount_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    untaxed_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    tax_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    total_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    # Kept equal to Σ allocation rows (checked); lets lists sort and filter by balance.
    paid_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    # Σ |total| of credit notes issued against this invoice.
    credited_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    rf_code: Mapped[str | None] = mapped_column(String(25), unique=True, nullable=True)
    credit_note_for: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), nullable=True)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    issued_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    __table_args__ = (
        UniqueConstraint("series", "year", "seq"),
        Index("ix_invoices_state_due_date", "state", "due_date"),
        Index("ix_invoices_client_id_state", "client_id", "state"),
        Index("ix_invoices_credit_note_for", "credit_note_for"),
        # What the Debtors list sums per patient, read from the index alone (storage.debtor_queries).
        Index("ix_invoices_open_balances", "client_id", "due_date", "total_minor", "paid_minor",
              "credited_minor", sqlite_where=text(OPEN_INVOICE), postgresql_where=text(OPEN_INVOICE)),
    )


class InvoiceLine(Base):
    """One service on an invoice; quantity and VAT rate are exact decimal text."""

    __tablename__ = "invoice_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id"), nullable=True)
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[str] = mapped_column(String(24))
    unit_price_minor: Mapped[int] = mapped_column(BigInteger)
    discount_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    vat_rate: Mapped[str] = mapped_column(String(12), default="0")
    gross_minor: Mapped[int] = mapped_column(BigInteger)
    net_minor: Mapped[int] = mapped_column(BigInteger)
    # On a credit note: the invoice line it credits (None: an amount, or a note from before 0012).
    # No foreign key, so migration 0012 adds it without rebuilding the table on SQLite.
    credit_of_line: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class InvoiceCounter(Base):
    """The last number used per series and year; bumped inside the issuing transaction."""

    __tablename__ = "invoice_counters"

    series: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class Sequence(Base):
    """Named counters (client numbers)."""

    __tablename__ = "sequences"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_value: Mapped[int] = mapped_column(BigInteger)


class Payment(Base):
    """Money received (or, with `reversal_of`, taken back). Unique per (source, external_id).

    `client_id` is None while the payment waits in the unmatched queue.
    """

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(16))  # desk | terminal | bank | link
    external_id: Mapped[str | None] = mapped_column(String(120), nullable=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), nullable=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    method: Mapped[str] = mapped_column(String(16), default="")  # cash | card | transfer | ...
    paid_at: Mapped[datetime] = mapped_column(DateTime)
    payer_name: Mapped[str] = mapped_column(String(200), default="")
    payer_account: Mapped[str] = mapped_column(String(64), default="")
    rf_code: Mapped[str] = mapped_column(String(25), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    reversal_of: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), nullable=True, unique=True)
    match_reason: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80), default="")

    __table_args__ = (
        UniqueConstraint("source", "external_id"),
        Index("ix_payments_client_id_paid_at", "client_id", "paid_at"),
        Index("ix_payments_paid_at", "paid_at"),
    )


class Allocation(Base):
    """Part of a payment (or of client credit, when `payment_id` is None) put on an invoice.

    An undo is a new row with the negative amount and `undo_of` pointing at the original.
    """

    __tablename__ = "allocations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), nullable=True, index=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(32))
    undo_of: Mapped[int | None] = mapped_column(ForeignKey("allocations.id"), nullable=True, unique=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # reports as of a past day
    created_by: Mapped[str] = mapped_column(String(80), default="")


class CreditEntry(Base):
    """A +/- row of a client's credit: over-payments in, credit used on invoices out."""

    __tablename__ = "client_credit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), nullable=True, index=True)
    allocation_id: Mapped[int | None] = mapped_column(ForeignKey("allocations.id"), nullable=True,
                                                      index=True)
    reason: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80), default="")


class SyncRun(Base):
    """One sync with the exchange: what was sent and fetched, the cursor reached, any error code."""

    __tablename__ = "sync_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    uploaded: Mapped[int] = mapped_column(Integer, default=0)
    fetched: Mapped[int] = mapped_column(Integer, default=0)
    booked: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    unmatched: Mapped[int] = mapped_column(Integer, default=0)
    cursor: Mapped[str] = mapped_column(String(120), default="")
    error: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """Who did what, written in the same transaction as the change itself."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    desk: Mapped[str] = mapped_column(String(80), default="")  # the machine it was done on
    prev_hash: Mapped[str] = mapped_column(String(64), default="")  # domain.audit_chain
    hash: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (Index("ix_audit_log_entity_entity_id", "entity", "entity_id"),
                      Index("ix_audit_log_user", "user"))


class AuditHead(Base):
    """One row: the newest audit row's id and hash. Writers lock it, so desks chain in turn, and
    the check sees rows removed from the end."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    last_hash: Mapped[str] = mapped_column(String(64), default="")
    rows: Mapped[int] = mapped_column(BigInteger, default=0)


class User(Base):
    """A person who signs in. Never deleted (the audit keeps the name): disabled instead."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Setting(Base):
    """Clinic settings as key/value text."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


# Tables kept in modules of their own register on Base.metadata when imported; importing them
# here keeps the metadata whole for whoever imports the models (schema checks, create_all).
from usu_desktop.storage import document_models, link_models, refund_models  # noqa: E402, F401

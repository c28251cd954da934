"""Payment links in the exchange's store: the links, the payer's checkouts, and link payments.

A paid checkout becomes a row in `payments` (the desk's cursor feed) with txn_id "L<checkout id>",
so link money reaches the desk through the same sync as terminal money, once. Only the SHA-256 of
a link's token is kept: a stolen database copy gives no usable links.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Engine,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)

from usu_desktop.exchange.store import ID_TYPE, PG_PAYMENT_LOCK, hash_token, metadata, payments_table, utcnow

links_table = Table(
    "links", metadata,
    Column("id", Integer, primary_key=True),
    Column("token_sha256", String(64), nullable=False, unique=True),
    Column("desk", String(64), nullable=False),
    Column("kind", String(8), nullable=False),  # invoice | client | free
    Column("account", String(12), nullable=False),  # client number, "" for an anonymous free link
    Column("rf", String(25), nullable=False),  # invoice RF (rule 1) or ""
    Column("title", String(200), nullable=False),
    Column("clinic_name", String(200), nullable=False),
    Column("payer_name", String(64), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("amount_minor", BigInteger, nullable=True),  # fixed or suggested amount; None: payer chooses
    Column("open_amount", Boolean, nullable=False),
    Column("min_minor", BigInteger, nullable=True),
    Column("max_minor", BigInteger, nullable=True),
    Column("language", String(8), nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("cancelled_at", DateTime, nullable=True),
    Column("paid_minor", BigInteger, nullable=False),
    # the clinic's IANA time zone ("" = unknown): the payer's page shows the expiry in it
    Column("time_zone", String(64), nullable=False, server_default=""),
)

checkouts_table = Table(
    "link_checkouts", metadata,
    Column("id", ID_TYPE, primary_key=True, autoincrement=True),
    Column("session", String(64), nullable=False, unique=True),
    Column("link_id", Integer, ForeignKey("links.id"), nullable=False, index=True),
    Column("amount_minor", BigInteger, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("payment_id", BigInteger, nullable=True),  # payments.id once paid
    # A real gateway (gateways/): its name, its id for this checkout (Stripe's Checkout Session,
    # Zarinpal's authority), and once paid its payment id ("stripe:pi_..."), unique, so a webhook
    # or callback delivered again can never book twice.
    Column("gateway", String(16), nullable=True),
    Column("gateway_ref", String(255), nullable=True),
    Column("gateway_payment", String(255), nullable=True),
    # Why the desk must refund this payment ("" = nothing to refund): the payer was charged after
    # the link expired, was cancelled or was already paid (booked anyway: the money arrived).
    Column("refund_due", String(32), nullable=False, server_default=""),
    Column("refund_ref", String(255), nullable=True),  # the gateway's refund id once given back
    sqlite_autoincrement=True,
)
Index("ux_link_checkouts_gateway_ref", checkouts_table.c.gateway, checkouts_table.c.gateway_ref, unique=True)
Index("ux_link_checkouts_gateway_payment", checkouts_table.c.gateway_payment, unique=True)


@dataclass(frozen=True)
class LinkIn:
    token: str
    desk: str
    kind: str
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
    expires_at: datetime  # naive UTC
    time_zone: str = ""  # the clinic's IANA zone, "" = unknown


@dataclass(frozen=True)
class Link:
    id: int
    desk: str
    kind: str
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
    expires_at: datetime
    created_at: datetime
    cancelled_at: datetime | None
    paid_minor: int
    time_zone: str = ""

    def status(self, now: datetime) -> str:
        """active | partly_paid | paid | cancelled | expired (paid wins over a later expiry)."""
        if self.amount_minor is not None and self.paid_minor >= self.amount_minor:
            return "paid"
        if self.amount_minor is None and self.paid_minor > 0:  # a free link takes one payment
            return "paid"
        if self.cancelled_at is not None:
            return "cancelled"
        if now >= self.expires_at:
            return "expired"
        return "partly_paid" if self.paid_minor > 0 else "active"

    def payable_limits(self) -> tuple[int, int]:
        """The smallest and largest amount one payment may have now (minor units)."""
        if not self.open_amount and self.amount_minor is not None:
            left = self.amount_minor - self.paid_minor
            return left, left
        low = self.min_minor or 1
        high = self.max_minor if self.max_minor is not None else 10**15
        if self.amount_minor is not None:
            high = min(high, self.amount_minor - self.paid_minor)
        return low, high


@dataclass(frozen=True)
class Checkout:
    id: int
    session: str
    link_id: int
    amount_minor: int
    payment_id: int | None
    gateway: str = ""
    gateway_ref: str = ""
    refund_due: str = ""


@dataclass(frozen=True)
class LinkPayment:
    external_id: str
    amount_minor: int
    paid_at: datetime
    cursor: int
    refund_due: str = ""  # see checkouts_table.refund_due
    refund_id: str = ""  # the gateway's refund, once the desk had it refunded


class LinkRefused(Exception):
    """A payment the link does not accept now; `code` says why (expired, cancelled, paid, amount_*)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class LinkConflict(Exception):
    """The token was already used for a different link."""


def _link(row: object) -> Link:
    r = row._mapping  # type: ignore[attr-defined]
    return Link(r["id"], r["desk"], r["kind"], r["account"], r["rf"], r["title"], r["clinic_name"],
                r["payer_name"], r["currency"], r["amount_minor"], bool(r["open_amount"]), r["min_minor"],
                r["max_minor"], r["language"], r["expires_at"], r["created_at"], r["cancelled_at"],
                int(r["paid_minor"]), r["time_zone"] or "")


def _checkout(row: object) -> Checkout:
    r = row._mapping  # type: ignore[attr-defined]
    return Checkout(int(r["id"]), r["session"], r["link_id"], int(r["amount_minor"]), r["payment_id"],
                    r["gateway"] or "", r["gateway_ref"] or "", r["refund_due"] or "")


_CHECKOUT_COLUMNS = (("gateway", "VARCHAR(16)"), ("gateway_ref", "VARCHAR(255)"),
                     ("gateway_payment", "VARCHAR(255)"), ("refund_due", "VARCHAR(32) NOT NULL DEFAULT ''"),
                     ("refund_ref", "VARCHAR(255)"))


def _add_missing_columns(engine: Engine) -> None:
    """Tables made by an earlier version lack `links.time_zone` and the checkouts' gateway columns:
    add them (SQLite and PostgreSQL); the rows they had keep everything."""
    if "time_zone" not in {c["name"] for c in inspect(engine).get_columns("links")}:
        with engine.begin() as conn:
            conn.execute(text("ALTER TABLE links ADD COLUMN time_zone VARCHAR(64) NOT NULL DEFAULT ''"))
    have = {c["name"] for c in inspect(engine).get_columns("link_checkouts")}
    missing = [(name, kind) for name, kind in _CHECKOUT_COLUMNS if name not in have]
    if missing:
        with engine.begin() as conn:
            for name, kind in missing:
                conn.execute(text(f"ALTER TABLE link_checkouts ADD COLUMN {name} {kind}"))
            conn.execute(text("CREATE UNIQUE INDEX IF NOT EXISTS ux_link_checkouts_gateway_ref "
                              "ON link_checkouts (gateway, gateway_ref)"))
            conn.execute(text("CREATE UNIQUE INDEX IF NOT EXISTS ux_link_checkouts_gateway_payment "
                              "ON link_checkouts (gateway_payment)"))


class LinkStore:
    """Link reads and writes over the exchange's Store (same engine, same write serialisation)."""

    def __init__(self, store: object) -> None:
        from usu_desktop.exchange.store import Store

        assert isinstance(store, Store)
        self.store = store
        metadata.create_all(store.engine)
        _add_missing_columns(store.engine)

    def create(self, link: LinkIn) -> tuple[Link, bool]:
        """Store a link; the same token again returns the first link (a safe retry), False = not new."""
        digest = hash_token(link.token)
        with self.store.writing() as conn:
            row = conn.execute(select(links_table).where(links_table.c.token_sha256 == digest)).first()
            if row is not None:
                old = _link(row)
                if (old.desk, old.kind, old.account, old.amount_minor, old.expires_at) != (
                        link.desk, link.kind, link.account, link.amount_minor, link.expires_at):
                    raise LinkConflict()
                return old, False
            values = {"token_sha256": digest, "desk": link.desk, "kind": link.kind, "account": link.account,
                      "rf": link.rf, "title": link.title, "clinic_name": link.clinic_name,
                      "payer_name": link.payer_name, "currency": link.currency,
                      "amount_minor": link.amount_minor, "open_amount": link.open_amount,
                      "min_minor": link.min_minor, "max_minor": link.max_minor, "language": link.language,
                      "expires_at": link.expires_at, "created_at": utcnow(), "cancelled_at": None,
                      "paid_minor": 0, "time_zone": link.time_zone}
            key = conn.execute(insert(links_table).values(**values)).inserted_primary_key
            assert key is not None
            row = conn.execute(select(links_table).where(links_table.c.id == key[0])).one()
            return _link(row), True

    def by_token(self, token: str) -> Link | None:
        with self.store.engine.connect() as conn:
            row = conn.execute(select(links_table)
                               .where(links_table.c.token_sha256 == hash_token(token))).first()
        return None if row is None else _link(row)

    def by_ids(self, desk: str, ids: list[int]) -> list[Link]:
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(links_table).where(links_table.c.id.in_(ids),
                                                          links_table.c.desk == desk)
                                .order_by(links_table.c.id)).all()
        return [_link(r) for r in rows]

    def cancel(self, desk: str, link_id: int) -> Link | None:
        with self.store.writing() as conn:
            conn.execute(update(links_table).where(links_table.c.id == link_id, links_table.c.desk == desk,
                                                   links_table.c.cancelled_at.is_(None))
                         .values(cancelled_at=utcnow()))
            row = conn.execute(select(links_table).where(links_table.c.id == link_id,
                                                         links_table.c.desk == desk)).first()
        return None if row is None else _link(row)

    def payments_of(self, link_ids: list[int]) -> dict[int, list[LinkPayment]]:
        c, p = checkouts_table.c, payments_table.c
        out: dict[int, list[LinkPayment]] = {i: [] for i in link_ids}
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(c.link_id, p.txn_id, p.sum_minor, p.created_at, p.id, c.refund_due,
                                       c.refund_ref)
                                .join(payments_table, p.id == c.payment_id)
                                .where(c.link_id.in_(link_ids)).order_by(p.id)).all()
        for r in rows:
            out[r.link_id].append(LinkPayment(r.txn_id, int(r.sum_minor), r.created_at, int(r.id),
                                              r.refund_due or "", r.refund_ref or ""))
        return out

    def refunds_due(self, cursors: list[int]) -> dict[int, str]:
        """For link payments among `cursors` that the desk must refund: cursor -> why."""
        if not cursors:
            return {}
        c = checkouts_table.c
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(c.payment_id, c.refund_due)
                                .where(c.payment_id.in_(cursors), c.refund_due != "")).all()
        return {int(r.payment_id): r.refund_due for r in rows}

    def rf_for_payments(self, cursors: list[int]) -> dict[int, tuple[str, int]]:
        """For link payments among `cursors`: cursor -> (the link's RF, the link's id)."""
        if not cursors:
            return {}
        c, lk = checkouts_table.c, links_table.c
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(c.payment_id, lk.rf, lk.id).join(links_table, lk.id == c.link_id)
                                .where(c.payment_id.in_(cursors))).all()
        return {int(r.payment_id): (r.rf, int(r.id)) for r in rows}

    # --- the payer ---------------------------------------------------------------------
    def start_checkout(self, token: str, amount_minor: int, now: datetime | None = None) -> Checkout:
        """Check the amount against the link now and open a gateway session for it."""
        now = now or utcnow()
        link = self.by_token(token)
        if link is None:
            raise LinkRefused("not_found")
        _check_payable(link, amount_minor, now)
        session = secrets.token_urlsafe(24)
        with self.store.writing() as conn:
            key = conn.execute(insert(checkouts_table).values(
                session=session, link_id=link.id, amount_minor=amount_minor, created_at=now)
            ).inserted_primary_key
        assert key is not None
        return Checkout(int(key[0]), session, link.id, amount_minor, None)

    def checkout(self, session: str) -> tuple[Checkout, Link] | None:
        with self.store.engine.connect() as conn:
            row = conn.execute(select(checkouts_table).where(checkouts_table.c.session == session)).first()
            if row is None:
                return None
            link = _link(conn.execute(select(links_table).where(links_table.c.id == row.link_id)).one())
        return _checkout(row), link

    def paid_checkout(self, desk: str, external_id: str) -> tuple[int, str, str, int, str, str] | None:
        """A booked link payment of this desk by its feed id "L<n>": (checkout id, gateway, gateway
        payment id, amount, currency, refund id or "")."""
        if not (external_id.startswith("L") and external_id[1:].isdigit() and len(external_id) < 20):
            return None
        c, lk = checkouts_table.c, links_table.c
        with self.store.engine.connect() as conn:
            row = conn.execute(select(c.id, c.gateway, c.gateway_payment, c.amount_minor, lk.currency,
                                      c.refund_ref).join(links_table, lk.id == c.link_id)
                               .where(c.id == int(external_id[1:]), lk.desk == desk,
                                      c.payment_id.is_not(None))).first()
        if row is None:
            return None
        return (int(row.id), row.gateway or "", row.gateway_payment or "", int(row.amount_minor),
                row.currency, row.refund_ref or "")

    def record_refund(self, checkout_id: int, refund_id: str) -> None:
        with self.store.writing() as conn:
            conn.execute(update(checkouts_table).where(checkouts_table.c.id == checkout_id)
                         .values(refund_ref=refund_id))

    def session_of(self, gateway: str, reference: str) -> str | None:
        """Our checkout session for the gateway's id of it (None: not one of ours)."""
        c = checkouts_table.c
        with self.store.engine.connect() as conn:
            found = conn.execute(select(c.session).where(c.gateway == gateway, c.gateway_ref == reference)
                                 ).scalar()
        return None if found is None else str(found)

    def attach_gateway(self, session: str, gateway: str, reference: str) -> None:
        """Remember the gateway's id for this checkout (its session or authority)."""
        c = checkouts_table.c
        with self.store.writing() as conn:
            conn.execute(update(checkouts_table).where(c.session == session, c.payment_id.is_(None))
                         .values(gateway=gateway, gateway_ref=reference))

    def book_gateway_payment(self, gateway: str, session: str, reference: str, payment: str,
                             amount_minor: int, currency: str,
                             now: datetime | None = None) -> tuple[Checkout, Link, bool]:
        """The gateway confirmed that the payer was charged: book once (by the gateway's payment id
        and by checkout), even when the link has expired, was cancelled or is paid meanwhile, or the
        amount differs: the money arrived, so it is booked and flagged for the desk to refund.
        Returns (checkout, link, new). LinkRefused("not_found") for a checkout that is not ours,
        "mismatch" when the gateway's reference or currency is not this checkout's."""
        now = now or utcnow()
        c = checkouts_table.c
        with self.store.writing() as conn:
            if not self.store.is_sqlite:
                conn.execute(select(func.pg_advisory_xact_lock(PG_PAYMENT_LOCK)))
            done = conn.execute(select(checkouts_table).where(c.gateway_payment == payment)).first()
            if done is not None:
                link = _link(conn.execute(select(links_table).where(links_table.c.id == done.link_id)).one())
                return _checkout(done), link, False
            row = conn.execute(select(checkouts_table).where(c.session == session).with_for_update()).first()
            if row is None:
                raise LinkRefused("not_found")
            link = _link(conn.execute(select(links_table).where(links_table.c.id == row.link_id)
                                      .with_for_update()).one())
            if (row.gateway or "") != gateway or (row.gateway_ref or "") != reference or (
                    currency != link.currency):
                raise LinkRefused("mismatch")
            if row.payment_id is not None:
                return _checkout(row), link, False
            try:
                _check_payable(link, amount_minor, now)
                due = ""
            except LinkRefused as refused:
                due = refused.code
            if amount_minor != int(row.amount_minor) and not due:
                due = "amount_changed"
            payment_id = self._insert_payment(conn, row, link, amount_minor, now)
            conn.execute(update(checkouts_table).where(c.id == row.id)
                         .values(gateway_payment=payment, refund_due=due, amount_minor=amount_minor))
            row = conn.execute(select(checkouts_table).where(c.id == row.id)).one()
            link = _link(conn.execute(select(links_table).where(links_table.c.id == link.id)).one())
        assert row.payment_id == payment_id
        return _checkout(row), link, True

    def _insert_payment(self, conn: Any, row: Any, link: Link, amount_minor: int, now: datetime) -> int:
        """The payments row (the desk's feed) for a paid checkout, and the link's paid total."""
        values = {"txn_id": f"L{int(row.id)}", "account": link.account, "sum_minor": amount_minor,
                  "currency": link.currency, "txn_date": now.strftime("%Y%m%d%H%M%S"), "result": 0,
                  "created_at": now}
        key = conn.execute(insert(payments_table).values(**values)).inserted_primary_key
        assert key is not None
        payment_id = int(key[0])
        conn.execute(update(checkouts_table).where(checkouts_table.c.id == row.id)
                     .values(payment_id=payment_id))
        conn.execute(update(links_table).where(links_table.c.id == link.id)
                     .values(paid_minor=links_table.c.paid_minor + amount_minor))
        return payment_id

    def complete(self, session: str, now: datetime | None = None) -> tuple[Checkout, Link]:
        """The gateway says the payer paid: book once (a repeat returns the first booking)."""
        now = now or utcnow()
        with self.store.writing() as conn:
            if not self.store.is_sqlite:
                conn.execute(select(func.pg_advisory_xact_lock(PG_PAYMENT_LOCK)))
            row = conn.execute(select(checkouts_table).where(checkouts_table.c.session == session)
                               .with_for_update()).first()
            if row is None:
                raise LinkRefused("not_found")
            link = _link(conn.execute(select(links_table).where(links_table.c.id == row.link_id)
                                      .with_for_update()).one())
            if row.payment_id is not None:
                paid = int(row.payment_id)
                return Checkout(int(row.id), row.session, row.link_id, int(row.amount_minor), paid), link
            _check_payable(link, int(row.amount_minor), now)
            payment_id = self._insert_payment(conn, row, link, int(row.amount_minor), now)
            link = _link(conn.execute(select(links_table).where(links_table.c.id == link.id)).one())
        return Checkout(int(row.id), row.session, row.link_id, int(row.amount_minor), payment_id), link


def check_payable(link: Link, amount_minor: int, now: datetime) -> None:
    """LinkRefused(code) unless the link takes a payment of `amount_minor` now (a gateway asks
    this before it charges; once charged, the payment is booked whatever the answer)."""
    _check_payable(link, amount_minor, now)


def _check_payable(link: Link, amount_minor: int, now: datetime) -> None:
    status = link.status(now)
    if status in ("paid", "cancelled", "expired"):
        raise LinkRefused(status)
    low, high = link.payable_limits()
    if amount_minor < low:
        raise LinkRefused("amount_too_small")
    if amount_minor > high:
        raise LinkRefused("amount_too_large")

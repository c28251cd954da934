"""Payment links: make them for an invoice (amount due), a patient (total due) or free (payer's amount),
send them, cancel them, and follow them (statuses and events refreshed after each sync).

The exchange is asked first and the desk's row written after, so a failed call leaves nothing
behind; the token is made here (secrets.token_urlsafe, 128 bits) and a retried call returns the
same link. Money paid through a link comes back through bank sync (source "link"), not here.
Paid, partly paid and expired links leave a `link_events` row (the patient's history, and the
desk's badge until seen) and an audit row.

Error codes: link_invoice_not_found, link_invoice_not_open, link_nothing_due, link_client_not_found,
link_expiry_past, link_bad_amount, link_not_found, link_not_remote, link_no_address, plus
sync_not_configured / sync_no_token and the exchange client's codes.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from usu_desktop.bank import credentials
from usu_desktop.bank.errors import BankError
from usu_desktop.bank.links_client import LinkRequest, LinksClient, RemoteLink
from usu_desktop.bank.mail import Attachment
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.domain.permissions import Actor, actor_of
from usu_desktop.services.charges import masked_name
from usu_desktop.services.messaging import MessagingService, SendResult, date_text, language_of, link_message
from usu_desktop.services.settings import SettingsService
from usu_desktop.storage import links as q
from usu_desktop.storage.db import Database
from usu_desktop.storage.ledger import balance_minor, open_invoices
from usu_desktop.storage.link_models import LinkEvent, PaymentLink
from usu_desktop.storage.models import Client, Invoice
from usu_desktop.storage.records import add_audit, read_settings, utcnow

INVOICE_TITLE = {
    "en": "Invoice {number}",
    "ru": "Счёт {number}",
    "az": "Hesab-faktura {number}",
    "el": "Τιμολόγιο {number}",
    "is": "Reikningur {number}",
    "fa": "صورتحساب {number}",
}
BALANCE_TITLE = {
    "en": "Outstanding balance",
    "ru": "Задолженность",
    "az": "Borc qalığı",
    "el": "Ανεξόφλητο υπόλοιπο",
    "is": "Ógreidd staða",
    "fa": "مانده بدهی",
}
FREE_TITLE = {
    "en": "Payment",
    "ru": "Оплата",
    "az": "Ödəniş",
    "el": "Πληρωμή",
    "is": "Greiðsla",
    "fa": "پرداخت",
}
NOTIFY = ("paid", "partly_paid", "expired")  # statuses the desk is told about

ClientFactory = Callable[[], LinksClient]


def keyring_links_client(db: Database, **options: object) -> LinksClient:
    """A LinksClient for the bank-sync settings, with the token from the OS keyring."""
    with db.reading() as session:
        s = read_settings(session)
    url, profile = s.get("sync.url", ""), s.get("sync.profile", "default") or "default"
    if not url:
        raise DomainError("sync_not_configured")
    token = credentials.get_token(profile)
    if not token:
        raise DomainError("sync_no_token", profile=profile)
    return LinksClient(url, token, **options)  # type: ignore[arg-type]


def local_time_zone() -> str:
    """This computer's IANA time zone name ("" when it cannot be told): $TZ, else what
    /etc/localtime points to. The desktop app passes Qt's answer instead, which also works on
    Windows."""
    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        target = os.path.realpath("/etc/localtime")
        name = target.split("/zoneinfo/", 1)[1] if "/zoneinfo/" in target else ""
    return name if re.fullmatch(r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*", name) else ""


def expiry_of(day: date | datetime) -> datetime:
    """A date means the end of that day (local time); returned timezone-aware."""
    if isinstance(day, datetime):
        return day if day.tzinfo is not None else day.replace(tzinfo=UTC)
    return datetime.combine(day, time(23, 59, 59)).astimezone()


@dataclass(frozen=True)
class LinkView:
    id: int
    kind: str
    client_id: int | None
    invoice_id: int | None
    title: str
    url: str
    amount: Money | None
    paid: Money
    status: str
    open_amount: bool
    expires_at: datetime  # naive UTC
    created_at: datetime


@dataclass(frozen=True)
class LinkChange:
    link_id: int
    client_id: int | None
    title: str
    old_status: str
    new_status: str
    paid: Money


def _view(row: PaymentLink) -> LinkView:
    return LinkView(
        row.id,
        row.kind,
        row.client_id,
        row.invoice_id,
        row.title,
        row.url,
        Money.from_minor(row.amount_minor, row.currency) if row.amount_minor is not None else None,
        Money.from_minor(row.paid_minor, row.currency),
        row.status,
        row.open_amount,
        row.expires_at,
        row.created_at,
    )


class LinkService:
    def __init__(
        self,
        db: Database,
        user: str | Actor = "system",
        client_factory: ClientFactory | None = None,
        messaging: MessagingService | None = None,
        invoice_pdf: Callable[[int], bytes] | None = None,
        time_zone: str | None = None,
    ) -> None:
        self.db = db
        self.actor = actor_of(user)
        self.user = self.actor.name
        self.time_zone = local_time_zone() if time_zone is None else time_zone
        self.client_factory: ClientFactory = client_factory or (lambda: keyring_links_client(db))
        self.messaging = messaging or MessagingService(db, user)
        self.invoice_pdf = invoice_pdf if invoice_pdf is not None else _document_pdf(db, user)

    # --- making links ---------------------------------------------------------------------
    def create_for_invoice(
        self, invoice_id: int, expires: date | datetime, open_amount: bool = True
    ) -> LinkView:
        """A link for what is still owed on an issued invoice (the payer may pay part when open)."""
        with self.db.reading() as session:
            inv = session.get(Invoice, invoice_id)
            if inv is None or inv.kind != "invoice":
                raise DomainError("link_invoice_not_found", invoice_id=invoice_id)
            if inv.number is None or inv.state in ("draft", "cancelled"):
                raise DomainError("link_invoice_not_open", invoice_id=invoice_id, state=inv.state)
            due = balance_minor(inv)
            if due <= 0:
                raise DomainError("link_nothing_due", invoice_id=invoice_id)
            client = session.get(Client, inv.client_id)
            assert client is not None
            lang = language_of(client.language)
            title = INVOICE_TITLE[lang].format(number=inv.number)
            return self._create(
                "invoice",
                client,
                invoice_id,
                inv.rf_code or "",
                title,
                inv.currency,
                due,
                open_amount,
                None,
                due if open_amount else None,
                expires,
            )

    def create_for_client(
        self, client_id: int, expires: date | datetime, amount: Money | None = None
    ) -> LinkView:
        """A link for the patient's total due (or a set amount); the money goes oldest invoice first."""
        currency = SettingsService(self.db).load().currency
        with self.db.reading() as session:
            client = session.get(Client, client_id)
            if client is None:
                raise DomainError("link_client_not_found", client_id=client_id)
            due = sum(balance_minor(i) for i in open_invoices(session, client_id, currency))
            if amount is None:
                if due <= 0:
                    raise DomainError("link_nothing_due", client_id=client_id)
                minor = due
            else:
                if not amount.is_positive():
                    raise DomainError("link_bad_amount", amount=str(amount))
                minor, currency = amount.minor, amount.currency
            title = BALANCE_TITLE[language_of(client.language)]
            return self._create(
                "client",
                client,
                None,
                "",
                title,
                currency,
                minor,
                False,
                None,
                None,
                expires,
            )

    def link_for_debt(
        self,
        client_id: int,
        expires: date | datetime,
        amount: Money,
        invoice_ids: list[int],
        valid_for: timedelta = timedelta(days=1),
    ) -> tuple[LinkView, bool]:
        """The patient's open link for this debt (`amount`, on `invoice_ids`) when there is one still
        valid for `valid_for`, else a new patient link for `amount`; the flag says it was reused."""
        with self.db.reading() as session:
            row = q.reusable_link(session, client_id, invoice_ids, amount.currency, amount.minor,
                                  utcnow() + valid_for)
            if row is not None:
                return _view(row), True
        return self.create_for_client(client_id, expires, amount), False

    def create_free(
        self,
        expires: date | datetime,
        title: str = "",
        client_id: int | None = None,
        minimum: Money | None = None,
        maximum: Money | None = None,
    ) -> LinkView:
        """An open-amount link: the payer chooses how much (within minimum..maximum when given)."""
        currency = SettingsService(self.db).load().currency
        for limit in (minimum, maximum):
            if limit is not None and (not limit.is_positive() or limit.currency != currency):
                raise DomainError("link_bad_amount", amount=str(limit))
        if minimum is not None and maximum is not None and minimum.minor > maximum.minor:
            raise DomainError("link_bad_amount", amount=str(minimum), reason="min_above_max")
        with self.db.reading() as session:
            client = session.get(Client, client_id) if client_id is not None else None
            if client_id is not None and client is None:
                raise DomainError("link_client_not_found", client_id=client_id)
            lang = language_of(client.language if client else SettingsService(self.db).load().language)
            return self._create(
                "free",
                client,
                None,
                "",
                title.strip() or FREE_TITLE[lang],
                currency,
                None,
                True,
                minimum.minor if minimum else None,
                maximum.minor if maximum else None,
                expires,
                language=lang,
            )

    def _create(
        self,
        kind: str,
        client: Client | None,
        invoice_id: int | None,
        rf: str,
        title: str,
        currency: str,
        amount_minor: int | None,
        open_amount: bool,
        min_minor: int | None,
        max_minor: int | None,
        expires: date | datetime,
        *,
        language: str | None = None,
    ) -> LinkView:
        expires_at = expiry_of(expires)
        if expires_at <= datetime.now(UTC) + timedelta(minutes=1):
            raise DomainError("link_expiry_past", expires=expires_at.isoformat())
        clinic = SettingsService(self.db).load().name or "Clinic"
        client_id = client.id if client else None
        lang = language or language_of(client.language if client else "en")
        request = LinkRequest(
            token=secrets.token_urlsafe(16),
            kind=kind,
            account=client.client_number if client else "",
            rf=rf,
            title=title[:200],
            clinic_name=clinic[:200],
            payer_name=masked_name(client.first_name, client.last_name)[:64] if client else "",
            currency=currency,
            amount_minor=amount_minor,
            open_amount=open_amount,
            min_minor=min_minor,
            max_minor=max_minor,
            language=lang,
            expires_at=expires_at,
            time_zone=self.time_zone,
        )
        remote = self._call(lambda c: c.create_link(request))
        now = utcnow()
        with self.db.session() as session:
            row = PaymentLink(
                remote_id=remote.id,
                token=request.token,
                url=remote.url,
                kind=kind,
                client_id=client_id,
                invoice_id=invoice_id,
                title=request.title,
                currency=currency,
                amount_minor=amount_minor,
                open_amount=open_amount,
                min_minor=min_minor,
                max_minor=max_minor,
                paid_minor=0,
                status=remote.status,
                expires_at=expires_at.astimezone(UTC).replace(tzinfo=None),
                created_at=now,
                created_by=self.user,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            session.add(
                LinkEvent(
                    link_id=row.id,
                    client_id=client_id,
                    at=now,
                    kind="created",
                    amount_minor=amount_minor,
                    seen=True,
                )
            )
            add_audit(
                session,
                self.user,
                "link_created",
                "client" if client_id else "link",
                client_id if client_id else row.id,
                link_id=row.id,
                kind=kind,
                invoice_id=invoice_id,
                amount_minor=amount_minor,
                expires_at=row.expires_at.isoformat(),
            )
            return _view(row)

    def _call(self, fn: Callable[[LinksClient], RemoteLink]) -> RemoteLink:
        client = self.client_factory()
        try:
            return fn(client)
        finally:
            client.close()

    # --- following links ------------------------------------------------------------------
    def cancel(self, link_id: int) -> LinkView:
        with self.db.reading() as session:
            row = session.get(PaymentLink, link_id)
            if row is None:
                raise DomainError("link_not_found", link_id=link_id)
            if row.remote_id is None:
                raise DomainError("link_not_remote", link_id=link_id)
            remote_id = row.remote_id
        remote = self._call(lambda c: c.cancel_link(remote_id))
        self._apply({link_id: remote})
        with self.db.session() as session:
            row = session.get(PaymentLink, link_id)
            assert row is not None
            add_audit(
                session,
                self.user,
                "link_cancelled",
                "link",
                link_id,
                client_id=row.client_id,
                status=row.status,
            )
            return _view(row)

    def refresh(self) -> list[LinkChange]:
        """Bring open links' status up to date (after a sync); past-expiry links expire even offline."""
        with self.db.reading() as session:
            pending = {r.id: r.remote_id for r in q.links_to_refresh(session)}
        if not pending:
            return []
        remote: dict[int, RemoteLink] = {}
        try:
            client = self.client_factory()
            try:
                by_remote = {
                    r.id: r for r in client.links([rid for rid in pending.values() if rid is not None])
                }
            finally:
                client.close()
            remote = {lid: by_remote[rid] for lid, rid in pending.items() if rid in by_remote}
        except (BankError, DomainError):
            remote = {}
        return self._apply(remote, expire_offline=list(pending))

    def _apply(
        self, remote: dict[int, RemoteLink], expire_offline: list[int] | None = None
    ) -> list[LinkChange]:
        changes: list[LinkChange] = []
        now = utcnow()
        with self.db.session() as session:
            for link_id in sorted(set(remote) | set(expire_offline or [])):
                row = session.get(PaymentLink, link_id)
                if row is None:
                    continue
                if link_id in remote:
                    new_status, paid = remote[link_id].status, remote[link_id].paid_minor
                elif row.expires_at <= now and row.status in ("active", "partly_paid"):
                    new_status, paid = "expired", row.paid_minor
                else:
                    continue
                old = row.status
                if (old, row.paid_minor) == (new_status, paid):
                    continue
                gained = paid - row.paid_minor
                row.status, row.paid_minor, row.updated_at = new_status, paid, now
                if new_status != old or gained > 0:
                    session.add(
                        LinkEvent(
                            link_id=row.id,
                            client_id=row.client_id,
                            at=now,
                            kind=new_status,
                            amount_minor=gained if gained > 0 else None,
                            seen=new_status not in NOTIFY,
                        )
                    )
                    add_audit(
                        session,
                        self.user,
                        "link_" + new_status,
                        "client" if row.client_id else "link",
                        row.client_id or row.id,
                        link_id=row.id,
                        paid_minor=paid,
                        was=old,
                    )
                    changes.append(
                        LinkChange(
                            row.id,
                            row.client_id,
                            row.title,
                            old,
                            new_status,
                            Money.from_minor(paid, row.currency),
                        )
                    )
        return changes

    def links(
        self, client_id: int | None = None, status: str | None = None, limit: int = 500
    ) -> list[LinkView]:
        with self.db.reading() as session:
            return [_view(r) for r in q.link_rows(session, client_id, status, limit)]

    def get(self, link_id: int) -> LinkView:
        with self.db.reading() as session:
            row = session.get(PaymentLink, link_id)
            if row is None:
                raise DomainError("link_not_found", link_id=link_id)
            return _view(row)

    def history(self, client_id: int) -> list[tuple[datetime, str, int, Money | None]]:
        """The patient's link events, newest first: (when, kind, link id, amount)."""
        with self.db.reading() as session:
            out = []
            for e in q.events(session, client_id):
                link = session.get(PaymentLink, e.link_id)
                cur = link.currency if link else "EUR"
                out.append(
                    (
                        e.at,
                        e.kind,
                        e.link_id,
                        Money.from_minor(e.amount_minor, cur) if e.amount_minor is not None else None,
                    )
                )
            return out

    def unseen_count(self) -> int:
        with self.db.reading() as session:
            return len(q.events(session, unseen_only=True))

    def mark_seen(self) -> int:
        with self.db.session() as session:
            return q.mark_events_seen(session)

    # --- sending --------------------------------------------------------------------------
    def send(self, link_id: int, channel: str = "email") -> SendResult:
        """Send the link to its patient (e-mail with the invoice PDF when it is for an invoice, or SMS)."""
        with self.db.reading() as session:
            row = session.get(PaymentLink, link_id)
            if row is None:
                raise DomainError("link_not_found", link_id=link_id)
            client = session.get(Client, row.client_id) if row.client_id is not None else None
            if client is None:
                raise DomainError("link_no_address", link_id=link_id)
            lang = language_of(client.language)
            address = client.email if channel == "email" else client.phone
            if not address.strip():
                raise DomainError("link_no_address", link_id=link_id, channel=channel)
            inv = session.get(Invoice, row.invoice_id) if row.invoice_id is not None else None
            invoice = (inv.id, inv.number or str(inv.id)) if inv is not None else None
            client_id = client.id
            amount = (
                Money.from_minor(row.amount_minor - row.paid_minor, row.currency)
                if row.amount_minor is not None
                else None
            )
            name = " ".join(p for p in (client.first_name, client.last_name) if p)
            view = _view(row)
        clinic = SettingsService(self.db).load().name or "Clinic"
        text = link_message(
            lang,
            channel,
            clinic=clinic,
            name=name,
            what=view.title,
            amount=amount.format(lang) if amount else "—",
            url=view.url,
            expires=date_text(view.expires_at.date(), lang),
        )
        attachments: list[Attachment] = []
        if channel == "email" and invoice is not None and self.invoice_pdf is not None:
            attachments.append(Attachment(f"{invoice[1]}.pdf", self.invoice_pdf(invoice[0])))
        result = self.messaging.send(
            channel=channel,
            recipient=address,
            language=lang,
            subject=text.subject,
            body=text.body,
            purpose="link",
            client_id=client_id,
            link_id=link_id,
            amount=amount,
            attachments=attachments,
        )
        if result.status == "sent":
            with self.db.session() as session:
                session.add(
                    LinkEvent(
                        link_id=link_id,
                        client_id=client_id,
                        at=utcnow(),
                        kind="sent",
                        amount_minor=amount.minor if amount else None,
                        seen=True,
                    )
                )
        return result


def _document_pdf(db: Database, user: str | Actor) -> Callable[[int], bytes]:
    """DocumentService.invoice_pdf (it attaches the invoice), imported when the first PDF is
    made: printing is not loaded at start-up for a service that may never send one."""

    def invoice_pdf(invoice_id: int) -> bytes:
        from usu_desktop.services.documents import DocumentService

        return DocumentService(db, user).invoice_pdf(invoice_id)

    return invoice_pdf


def find_client(db: Database, key: str) -> int:
    """A client number (or id) typed at the desk, or DomainError link_client_not_found."""
    with db.reading() as session:
        found = q.client_id_by_key(session, key)
    if found is None:
        raise DomainError("link_client_not_found", client=key)
    return found


def find_invoice(db: Database, key: str) -> int:
    """An invoice number (or id), or DomainError link_invoice_not_found."""
    with db.reading() as session:
        found = q.invoice_id_by_key(session, key)
    if found is None:
        raise DomainError("link_invoice_not_found", invoice=key)
    return found


def client_names(db: Database, ids: list[int]) -> dict[int, str]:
    with db.reading() as session:
        return q.client_names(session, ids)

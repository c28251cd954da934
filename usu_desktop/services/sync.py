"""Bank sync: send the charge list to the exchange, bring its payments into the books.

One run (`SyncService.run`):
  1. check the stored cursor against the exchange (a reset exchange starts again at 0);
  2. upload the charge list (snapshot id = hash of content; not sent at all when the exchange's
     health answer already names that snapshot);
  3. pull payments after the cursor page by page (the next page is fetched while this one is
     booked); each page is ONE transaction: every payment booked (idempotent on source + txn id)
     and the new cursor written together, so a crash re-reads the page and books nothing twice.
     Booking runs the domain matcher per payment, with the page's clients and open invoices
     preloaded and the rows written in bulk; `bulk=False` books each payment through
     `PaymentService.book_external_payment` instead (tests prove both write the same rows);
  4. acknowledge the cursor to the exchange after the last commit;
  5. record a `sync_runs` row (counts, cursor, error code); its counts are also written with
     every page, so a run killed by the OS shows what it had committed, and the next run marks
     it "interrupted" instead of leaving it "running" for ever.
Cancelling stops between pages. Progress goes to any object with `progress()` and `cancelled`
(tasks.runner.TaskState fits; this module imports neither tasks nor Qt). Progress texts are
phase codes ("check", "upload", "fetch", "book"), which the UI translates.

Error codes (DomainError/BankError): sync_not_configured, sync_no_token, plus the exchange
client's codes (bank.errors).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from usu_desktop.bank import credentials
from usu_desktop.bank.errors import BankError
from usu_desktop.bank.exchange_client import ExchangeClient, Health, PaymentsPage, RemotePayment
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.matching import UNMATCHED, IncomingPayment, match_payment, suggest
from usu_desktop.domain.money import Money
from usu_desktop.domain.permissions import Actor, Permission, actor_of
from usu_desktop.domain.references import rf_is_valid, rf_normalize
from usu_desktop.services.charges import build_snapshot
from usu_desktop.services.payments import AllocationView, PaymentService
from usu_desktop.storage import sync_queries as q
from usu_desktop.storage.db import Database, Session
from usu_desktop.storage.ledger import balance_minor, open_invoices
from usu_desktop.storage.matching_context import SessionMatchContext
from usu_desktop.storage.models import Client, Invoice
from usu_desktop.storage.queries import PaymentFilter, PaymentRow, payment_ids, payment_rows
from usu_desktop.storage.records import add_audit, read_settings, utcnow, write_settings

PAGE_SIZE = 1000
DEFAULT_PROFILE = "default"
SOURCES = ("terminal", "bank", "link")
# Upload refusals that must not keep payments from coming in; the run still ends as failed.
_SOFT_UPLOAD_ERRORS = ("exchange_refused", "exchange_bad_response")


class ProgressState(Protocol):
    """What a run reports to and is cancelled through (tasks.runner.TaskState has these)."""

    @property
    def cancelled(self) -> bool: ...

    def progress(self, done: int, total: int = 0, text: str = "") -> None: ...


class _Quiet:
    cancelled = False

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        """No one is watching."""


@dataclass(frozen=True)
class SyncConfig:
    """Where the exchange is; the token lives in the OS keyring under `profile`."""

    url: str = ""
    profile: str = DEFAULT_PROFILE
    interval_minutes: int = 15
    auto: bool = False
    # Terminal deposits: every client (not archived) is in the charge list, those who owe nothing
    # with 0, so a terminal finds them and their payment becomes credit. Off: only debtors are.
    deposits: bool = False

    def validated(self) -> SyncConfig:
        url = self.url.strip()
        if url:
            ExchangeClient(url, "-").close()  # BankError exchange_bad_url / exchange_insecure_url
        minutes = self.interval_minutes
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 1440:
            raise DomainError("sync_bad_interval", minutes=minutes)
        return SyncConfig(url.rstrip("/"), self.profile.strip() or DEFAULT_PROFILE, minutes, bool(self.auto),
                          bool(self.deposits))


ClientFactory = Callable[[SyncConfig], ExchangeClient]


def keyring_client(config: SyncConfig, **client_options: Any) -> ExchangeClient:
    """An ExchangeClient for `config` with the token from the OS keyring."""
    if not config.url:
        raise DomainError("sync_not_configured")
    token = credentials.get_token(config.profile)
    if not token:
        raise DomainError("sync_no_token", profile=config.profile)
    return ExchangeClient(config.url, token, **client_options)


@dataclass(frozen=True)
class SyncReport:
    run_id: int
    started_at: datetime
    finished_at: datetime
    upload_status: str  # "replaced", "unchanged" or "" (not uploaded)
    uploaded: int
    received: int
    booked: int
    duplicates: int
    unmatched: int
    cursor: int
    acked: bool
    cancelled: bool
    cursor_reset: bool
    booked_payment_ids: tuple[int, ...]

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["started_at"] = self.started_at.isoformat()
        out["finished_at"] = self.finished_at.isoformat()
        out["booked_payment_ids"] = list(self.booked_payment_ids)
        return out


@dataclass
class _Counts:
    upload_status: str = ""
    uploaded: int = 0
    received: int = 0
    booked: int = 0
    duplicates: int = 0
    unmatched: int = 0
    cursor: int = 0
    acked: bool = False
    cancelled: bool = False
    cursor_reset: bool = False
    booked_ids: list[int] = field(default_factory=list)
    run_id: int = 0


class _PageDatabase:
    """Lets PaymentService work inside the page's open transaction (its `session()` is that one)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @contextmanager
    def session(self) -> Iterator[Session]:
        yield self._session

    reading = session


@dataclass(frozen=True)
class SuggestionView:
    client_id: int
    client_name: str
    client_number: str
    invoice_id: int | None
    invoice_number: str | None
    balance: Money | None  # the invoice's balance, or the client's open total
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class RfPayment:
    payment_id: int
    paid_at: datetime
    channel: str  # the payment's source: terminal, bank, link, desk
    external_id: str | None
    amount: Money
    on_this: Money  # what it put on this RF's invoice (the whole amount for a client RF)
    reversal: bool


@dataclass(frozen=True)
class RfHistory:
    rf: str
    kind: str  # "invoice", "client" or "" (unknown code)
    payments: tuple[RfPayment, ...]


class SyncService:
    """Runs syncs and answers the Bank-sync screen. `client_factory` builds the exchange client."""

    def __init__(self, db: Database, user: str | Actor = "system",
                 client_factory: ClientFactory | None = None, page_size: int = PAGE_SIZE,
                 bulk: bool = True) -> None:
        self.db = db
        self.bulk = bulk
        self.actor = actor_of(user)
        self.user = self.actor.name
        self.client_factory: ClientFactory = client_factory or keyring_client
        self.page_size = page_size

    # --- settings -----------------------------------------------------------------------
    def config(self) -> SyncConfig:
        with self.db.reading() as session:
            s = read_settings(session)
        try:
            minutes = int(s.get("sync.interval_minutes", "15"))
        except ValueError:
            minutes = 15
        return SyncConfig(s.get("sync.url", ""), s.get("sync.profile", DEFAULT_PROFILE) or DEFAULT_PROFILE,
                          minutes, s.get("sync.auto", "0") == "1", s.get("sync.deposits", "0") == "1")

    def save_config(self, config: SyncConfig, token: str | None = None) -> SyncConfig:
        """Save the settings; a non-empty `token` goes to the keyring (never to the database)."""
        self.actor.require(Permission.CONNECTIONS)
        clean = config.validated()
        if token:
            credentials.set_token(clean.profile, token.strip())
        with self.db.session() as session:
            write_settings(session, {"sync.url": clean.url, "sync.profile": clean.profile,
                                     "sync.interval_minutes": str(clean.interval_minutes),
                                     "sync.auto": "1" if clean.auto else "0",
                                     "sync.deposits": "1" if clean.deposits else "0"})
            add_audit(session, self.user, "sync_settings_saved", "settings", None, url=clean.url,
                      profile=clean.profile, token_changed=bool(token), deposits=clean.deposits)
        return clean

    def has_token(self, profile: str | None = None) -> bool:
        return bool(credentials.get_token(profile or self.config().profile))

    def token_store(self) -> credentials.Store:
        """Where the token is kept on this PC: the system keyring, a private file, or memory."""
        return credentials.where()

    def test_connection(self, config: SyncConfig | None = None) -> Health:
        """Ask the exchange how it is (checks URL, TLS and token in one call)."""
        client = self.client_factory(config or self.config())
        try:
            health = client.health()
            client.fetch_payments(0, 1)  # health is public-ish; this proves the token
            return health
        finally:
            client.close()

    # --- one run ------------------------------------------------------------------------
    def run(self, state: ProgressState | None = None) -> SyncReport:
        """One sync (see the module docstring). Errors are recorded on the run, then raised."""
        state = state or _Quiet()
        config = self.config()
        if not config.url:
            raise DomainError("sync_not_configured")
        started = utcnow()
        with self.db.session() as session:
            run_id = q.start_run(session)
            q.close_interrupted(session, before_id=run_id)  # killed runs: no longer "running"
        counts = _Counts()
        counts.run_id = run_id
        soft_error: BankError | None = None
        try:
            client = self.client_factory(config)
            try:
                soft_error = self._sync(client, config, state, counts)
            finally:
                client.close()
        except BaseException as exc:
            self._finish(run_id, counts, getattr(exc, "code", None) or type(exc).__name__)
            raise
        error = soft_error.code if soft_error else ("cancelled" if counts.cancelled else "")
        self._finish(run_id, counts, error)
        if soft_error is not None:
            raise soft_error
        return SyncReport(run_id, started, utcnow(), counts.upload_status, counts.uploaded, counts.received,
                          counts.booked, counts.duplicates, counts.unmatched, counts.cursor, counts.acked,
                          counts.cancelled, counts.cursor_reset, tuple(counts.booked_ids))

    def _sync(self, client: ExchangeClient, config: SyncConfig, state: ProgressState,
              counts: _Counts) -> BankError | None:
        url = config.url
        with self.db.reading() as session:
            cursor = q.read_cursor(session, url)
            currency = read_settings(session).get("clinic.currency", "EUR")
        state.progress(0, 0, "check")
        if cursor > 0:
            try:
                client.ack(cursor)
            except BankError as err:
                if err.code != "exchange_refused" or err.params.get("server_code") != "cursor_ahead":
                    raise
                cursor, counts.cursor_reset = 0, True  # the exchange lost its payments: read all again
        counts.cursor = cursor
        if state.cancelled:
            counts.cancelled = True
            return None

        state.progress(0, 0, "upload")
        soft: BankError | None = None
        snapshot = build_snapshot(self.db, currency, cursor, deposits=config.deposits)
        try:
            if self._current_snapshot(client) == snapshot.snapshot_id:
                counts.upload_status = "unchanged"  # the exchange has this very list: no need to send it
            else:
                counts.upload_status = str(client.upload_charges(snapshot)["status"])
            counts.uploaded = len(snapshot.charges)
        except BankError as err:
            if err.code not in _SOFT_UPLOAD_ERRORS:
                raise
            soft = err

        # The next page is fetched while this one is booked (one request at a time on the client);
        # the acknowledgement follows the last commit.
        state.progress(counts.received, 0, "fetch")
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="usu-sync-fetch") as pool:
            pending: Future[PaymentsPage] | None = pool.submit(client.fetch_payments, cursor, self.page_size)
            while pending is not None:
                page = pending.result()
                pending = None
                if page.has_more and not state.cancelled:
                    pending = pool.submit(client.fetch_payments, page.next_cursor, self.page_size)
                if page.payments:
                    self._book_page(url, page.payments, page.next_cursor, counts)
                    state.progress(counts.received, 0, "book")
                cursor = counts.cursor = page.next_cursor
                if state.cancelled and page.has_more:
                    counts.cancelled = True
                    if pending is not None:
                        pending.cancel()
                        pending = None
        if counts.received:
            try:
                client.ack(cursor)
                counts.acked = True
            except BankError:
                counts.acked = False  # harmless: acked again next time
        return soft

    @staticmethod
    def _current_snapshot(client: ExchangeClient) -> str | None:
        """The snapshot id the exchange holds, or None when its health answer says nothing useful."""
        try:
            return client.health().snapshot_id
        except BankError as err:
            if err.code in _SOFT_UPLOAD_ERRORS:
                return None
            raise

    def _book_page(self, url: str, payments: Sequence[RemotePayment], next_cursor: int,
                   counts: _Counts) -> None:
        """Book every payment of a page and move the cursor, in one transaction."""
        with self.db.session() as session:
            booked = self._book_bulk(session, payments) if self.bulk else self._book_each(session, payments)
            q.write_cursor(session, url, next_cursor)
            ids, dups, unmatched = booked
            if counts.run_id:  # the run's row counts what is committed, with the page itself
                q.record_progress(session, counts.run_id, uploaded=counts.uploaded,
                                  fetched=counts.received + len(payments), booked=counts.booked + len(ids),
                                  duplicates=counts.duplicates + dups,
                                  unmatched=counts.unmatched + unmatched, cursor=next_cursor)
        counts.received += len(payments)
        counts.booked += len(ids)
        counts.duplicates += dups
        counts.unmatched += unmatched
        counts.booked_ids.extend(ids)

    def _book_each(self, session: Session, payments: Sequence[RemotePayment]) -> tuple[list[int], int, int]:
        """Through PaymentService.book_external_payment, one payment at a time (inside the page's
        transaction): the reference behaviour the bulk path must equal."""
        service = PaymentService(_PageDatabase(session), self.user)  # type: ignore[arg-type]
        ids, dups, unmatched = [], 0, 0
        for p in payments:
            result = service.book_external_payment(_source(p), p.external_id, p.amount, _naive_utc(p.paid_at),
                                                   account=p.account, rf=p.rf)
            if result.status == "duplicate":
                dups += 1
                continue
            ids.append(result.payment_id)
            unmatched += result.match.reason == UNMATCHED
        return ids, dups, unmatched

    def _book_bulk(self, session: Session, payments: Sequence[RemotePayment]) -> tuple[list[int], int, int]:
        """The same decisions by the same domain matcher, read and written a page at a time.

        An exchange payment carries an account and, for payment links, the invoice's RF (no free
        text), so matching needs just the page's clients and their open invoices, which
        `PageMatchContext` preloads.
        """
        ctx = q.PageMatchContext(session)
        ctx.preload([p.account for p in payments])  # the exchange sends normalized numbers
        known: dict[str, set[str]] = {}
        for source in {_source(p) for p in payments}:
            known[source] = q.known_external_ids(session, source,
                                                 [p.external_id for p in payments if _source(p) == source])
        bookings: list[q.NewBooking] = []
        dups = 0
        for p in payments:
            source = _source(p)
            if not p.external_id:
                raise DomainError("payment_external_id_required", source=source)
            if not p.amount.is_positive():
                raise DomainError("payment_bad_amount", amount=str(p.amount))
            if p.external_id in known[source]:
                dups += 1
                continue
            known[source].add(p.external_id)
            paid_at = _naive_utc(p.paid_at)
            incoming = IncomingPayment(amount=p.amount, paid_on=paid_at.date(), account=p.account, rf=p.rf)
            result = match_payment(incoming, ctx)
            for a in result.allocations:
                ctx.apply(a.invoice_id, a.amount.minor)
            bookings.append(q.NewBooking(source, p.external_id, p.account, p.amount.minor, p.amount.currency,
                                         paid_at, result, p.rf or ""))
        ids = q.insert_bookings(session, ctx, bookings, self.user)
        return ids, dups, sum(b.result.reason == UNMATCHED for b in bookings)

    def _finish(self, run_id: int, c: _Counts, error: str) -> None:
        with self.db.session() as session:
            q.finish_run(session, run_id, uploaded=c.uploaded, fetched=c.received, booked=c.booked,
                         duplicates=c.duplicates, unmatched=c.unmatched, cursor=c.cursor, error=error)

    # --- for the screen -------------------------------------------------------------------
    def runs(self, limit: int = 100) -> list[q.RunRow]:
        with self.db.reading() as session:
            return q.run_rows(session, limit)

    def last_success(self) -> q.RunRow | None:
        with self.db.reading() as session:
            return q.last_success(session)

    def received(self, limit: int = 200) -> list[PaymentRow]:
        """Newest payments from outside (terminal, bank, link), newest first."""
        with self.db.reading() as session:
            return payment_rows(session, q.external_payment_ids(session, limit))

    def allocations(self, payment_id: int) -> list[AllocationView]:
        """Where a payment went and why: its live allocations, each with its reason (undo offers these)."""
        return PaymentService(self.db, self.user).payment_allocations(payment_id)

    def unmatched(self, limit: int = 200) -> list[PaymentRow]:
        """The unmatched queue: payments with no client yet, newest first."""
        with self.db.reading() as session:
            ids = payment_ids(session, PaymentFilter(unmatched_only=True), limit=limit)
            return payment_rows(session, ids)

    def suggestions(self, payment_id: int) -> tuple[SuggestionView, ...]:
        """Ranked guesses for one unmatched payment, from the domain matcher (asked when shown)."""
        with self.db.reading() as session:
            rows = payment_rows(session, [payment_id])
            if not rows:
                raise DomainError("payment_not_found", payment_id=payment_id)
            row = rows[0]
            incoming = IncomingPayment(amount=row.amount, paid_on=row.paid_at.date(), rf=row.rf_code or None,
                                       account=None, text=row.text, payer_name=row.payer_name or None)
            found = suggest(incoming, SessionMatchContext(session))
            return tuple(_suggestion_view(session, s) for s in found)

    def allocate_suggestion(self, payment_id: int, suggestion: SuggestionView) -> list[int]:
        """One click: put an unmatched payment on the suggested invoice (or the client's, oldest first).

        What is left over becomes the client's credit. Returns the allocation ids.
        """
        self.actor.require(Permission.MATCHES)
        with self.db.reading() as session:
            row = payment_rows(session, [payment_id])
            if not row:
                raise DomainError("payment_not_found", payment_id=payment_id)
            free = row[0].amount - row[0].allocated - row[0].credit
            if suggestion.invoice_id is not None:
                targets = [suggestion.invoice_id]
            else:
                targets = [inv.id for inv in open_invoices(session, suggestion.client_id, free.currency)]
            balances = {i: _balance(session, i) for i in targets}
        if not targets:
            raise DomainError("nothing_owed", client_id=suggestion.client_id)
        payments = PaymentService(self.db, self.user)
        made: list[int] = []
        left = free.minor
        for invoice_id in targets:
            part = min(left, balances[invoice_id])
            if part <= 0:
                continue
            amount = Money.from_minor(part, free.currency)
            made.append(payments.allocate_manually(payment_id, invoice_id, amount))
            left -= part
        if not made:
            raise DomainError("nothing_owed", client_id=suggestion.client_id)
        return made

    def rf_history(self, rf: str) -> RfHistory:
        """Every payment of an RF code: date, channel, amount (the "update status" view)."""
        code = rf_normalize(rf) if rf_is_valid(rf) else rf.strip().upper().replace(" ", "")
        with self.db.reading() as session:
            kind, rows = q.rf_history(session, code)
        return RfHistory(code, kind, tuple(
            RfPayment(r.payment_id, r.paid_at, r.source, r.external_id,
                      Money.from_minor(r.amount_minor, r.currency),
                      Money.from_minor(r.on_this_minor, r.currency), r.reversal) for r in rows))


def _source(p: RemotePayment) -> str:
    return p.source if p.source in SOURCES else "terminal"


def _naive_utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo is not None else value


def _balance(session: Session, invoice_id: int) -> int:
    inv = session.get(Invoice, invoice_id)
    return 0 if inv is None else balance_minor(inv)


def _suggestion_view(session: Session, s: Any) -> SuggestionView:
    client = session.get(Client, s.client_id)
    name = " ".join(p for p in ((client.first_name, client.last_name) if client else ()) if p)
    number = client.client_number if client else ""
    inv = session.get(Invoice, s.invoice_id) if s.invoice_id is not None else None
    if inv is not None:
        balance: Money | None = Money.from_minor(balance_minor(inv), inv.currency)
    else:
        open_ = open_invoices(session, s.client_id)
        balance = (Money.from_minor(sum(balance_minor(i) for i in open_), open_[0].currency)
                   if open_ else None)
    return SuggestionView(s.client_id, name, number, s.invoice_id, inv.number if inv else None, balance,
                          s.score, tuple(s.reasons))

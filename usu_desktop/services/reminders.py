"""Debtors and reminders: who owes what and since when, and a reminder (with a payment link) to each.

The balance is read again at the moment of sending each reminder, so a patient who paid while the
batch ran is skipped; partly paid invoices are reminded as "remaining". The amount reminded is the
overdue balance less the patient's unused client credit (storage.links.debtors, the one debtors
computation); a patient whose credit covers it is skipped ("skipped_credit"). An open link the
patient already has for that same debt is put in the reminder instead of a new one. A patient
reminded less than `min_interval_days` ago is skipped. Each patient is one step: a failure is logged
in the report and the batch goes on; the report names every patient with what happened and why.
Progress and cancel through any object with `progress()` and `cancelled`.

Error codes: reminder_bad_channel, reminder_bad_interval.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Protocol

from usu_desktop.bank.errors import BankError
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.domain.permissions import Actor, actor_of
from usu_desktop.services.links import LinkService
from usu_desktop.services.messaging import MessagingService, date_text, language_of, reminder_message
from usu_desktop.services.settings import SettingsService
from usu_desktop.storage import debtor_queries as dq
from usu_desktop.storage import links as q
from usu_desktop.storage.db import Database
from usu_desktop.storage.debtor_queries import DebtorFilter
from usu_desktop.storage.links import DebtorRow
from usu_desktop.storage.records import utcnow

CHANNELS = ("email", "sms", "auto")  # auto: e-mail when there is an address, else SMS


class ProgressState(Protocol):
    @property
    def cancelled(self) -> bool: ...

    def progress(self, done: int, total: int = 0, text: str = "") -> None: ...


class _Quiet:
    cancelled = False

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        """No one is watching."""


SKIPPED = {  # result -> why, in the report's words
    "skipped_paid": "paid",
    "skipped_credit": "credit_covers",
    "skipped_interval": "reminded_recently",
    "skipped_no_contact": "no_contact",
}


@dataclass(frozen=True)
class ReminderOutcome:
    client_id: int
    # sent | failed | skipped_paid | skipped_credit | skipped_interval | skipped_no_contact | would_send
    result: str
    amount: Money | None = None  # what the reminder asks for (net of credit)
    remaining: bool = False
    channel: str = ""
    error: str = ""
    message_id: int | None = None
    link_id: int | None = None
    name: str = ""
    credit: Money | None = None  # the client credit netted off the overdue balance
    link_reused: bool = False

    @property
    def status(self) -> str:
        """sent, skipped, failed or would_send: the column of the bulk-send result."""
        return "skipped" if self.result in SKIPPED else self.result

    @property
    def reason(self) -> str:
        """Why it was skipped or failed (an error code for failures), "" when sent."""
        return SKIPPED.get(self.result, self.error if self.result == "failed" else "")


@dataclass
class ReminderReport:
    outcomes: list[ReminderOutcome] = field(default_factory=list)
    cancelled: bool = False

    def count(self, result: str) -> int:
        return sum(o.result == result for o in self.outcomes)


class ReminderService:
    def __init__(
        self,
        db: Database,
        user: str | Actor = "system",
        messaging: MessagingService | None = None,
        links: LinkService | None = None,
    ) -> None:
        self.db = db
        self.actor = actor_of(user)
        self.user = self.actor.name
        self.messaging = messaging or MessagingService(db, user)
        self._links = links

    @property
    def links(self) -> LinkService:
        if self._links is None:
            self._links = LinkService(self.db, self.user, messaging=self.messaging)
        return self._links

    # --- the Debtors list: pages of a grouped query (storage.debtor_queries) -------------
    def debtors(self, today: date | None = None, flt: DebtorFilter | None = None) -> list[DebtorRow]:
        """Every debtor matching `flt`, most owed first (the CLI; the screen reads pages)."""
        flt = self._dated(flt or DebtorFilter(), today)
        with self.db.reading() as session:
            ids = dq.debtor_ids(session, flt, self._today(flt), utcnow(), limit=None)
            return dq.debtor_rows(session, ids, self._today(flt), flt.min_days)

    def debtor_ids(self, flt: DebtorFilter, sort: str | None, descending: bool, offset: int, limit: int,
                   reverse: bool = False, cancelled: Callable[[], bool] | None = None) -> list[int]:
        with self.db.reading() as session:
            return dq.debtor_ids(session, flt, self._today(flt), utcnow(), sort, descending, offset, limit,
                                 reverse)

    def debtor_rows(self, ids: list[int], flt: DebtorFilter) -> list[DebtorRow]:
        with self.db.reading() as session:
            return dq.debtor_rows(session, ids, self._today(flt), flt.min_days)

    def count_debtors(self, flt: DebtorFilter, cancelled: Callable[[], bool] | None = None) -> int:
        with self.db.reading() as session:
            return dq.count_debtors(session, flt, self._today(flt), utcnow())

    def debtor_totals(self, flt: DebtorFilter) -> tuple[int, Money]:
        """(patients, overdue) over the whole filtered list, in the clinic's currency."""
        with self.db.reading() as session:
            n, minor = dq.debtor_totals(session, flt, self._today(flt), utcnow())
        return n, Money.from_minor(minor, SettingsService(self.db).load().currency)

    @staticmethod
    def _today(flt: DebtorFilter) -> date:
        return flt.today or date.today()

    @staticmethod
    def _dated(flt: DebtorFilter, today: date | None) -> DebtorFilter:
        return flt if today is None else replace(flt, today=today)

    def send(
        self,
        client_ids: Sequence[int],
        *,
        channel: str = "auto",
        min_interval_days: int = 7,
        with_link: bool = True,
        link_days: int = 14,
        min_days: int = 1,
        dry_run: bool = False,
        today: date | None = None,
        state: ProgressState | None = None,
    ) -> ReminderReport:
        """Remind each patient of what is overdue now (see the module docstring)."""
        if channel not in CHANNELS:
            raise DomainError("reminder_bad_channel", channel=channel)
        if isinstance(min_interval_days, bool) or not 0 <= min_interval_days <= 365:
            raise DomainError("reminder_bad_interval", days=min_interval_days)
        state = state or _Quiet()
        today = today or date.today()
        clinic = SettingsService(self.db).load().name or "Clinic"
        report = ReminderReport()
        total = len(client_ids)
        for done, client_id in enumerate(client_ids):
            if state.cancelled:
                report.cancelled = True
                break
            state.progress(done, total, "remind")
            report.outcomes.append(
                self._one(
                    client_id,
                    channel,
                    min_interval_days,
                    with_link,
                    link_days,
                    min_days,
                    dry_run,
                    today,
                    clinic,
                )
            )
        state.progress(len(report.outcomes), total, "remind")
        return report

    def _one(
        self,
        client_id: int,
        channel: str,
        interval: int,
        with_link: bool,
        link_days: int,
        min_days: int,
        dry_run: bool,
        today: date,
        clinic: str,
    ) -> ReminderOutcome:
        with self.db.reading() as session:
            found = q.debtors(session, today, client_ids=[client_id], min_days=min_days)
            last = q.last_reminder(session, client_id)
        if not found:
            with self.db.reading() as session:
                name = q.client_names(session, [client_id]).get(client_id, "")
            return ReminderOutcome(client_id, "skipped_paid", name=name)
        d = found[0]
        amount = Money.from_minor(d.net_due_minor, d.currency)
        credit = Money.from_minor(d.credit_minor, d.currency)
        remaining = d.partly_paid or d.credit_minor > 0  # something was paid: "... remains overdue"
        if d.covered:
            return ReminderOutcome(client_id, "skipped_credit", Money.from_minor(d.due_minor, d.currency),
                                   remaining, name=d.name, credit=credit)
        if last is not None and utcnow() - last < timedelta(days=interval):
            return ReminderOutcome(client_id, "skipped_interval", amount, remaining, name=d.name,
                                   credit=credit)
        use = channel
        if use == "auto":
            use = "email" if d.email.strip() else "sms"
        address = d.email if use == "email" else d.phone
        if not address.strip():
            return ReminderOutcome(client_id, "skipped_no_contact", amount, remaining, use, name=d.name,
                                   credit=credit)
        if dry_run:
            return ReminderOutcome(client_id, "would_send", amount, remaining, use, name=d.name,
                                   credit=credit)
        url, link_id, reused = "", None, False
        if with_link:
            try:
                link, reused = self.links.link_for_debt(client_id, today + timedelta(days=link_days), amount,
                                                        [inv.invoice_id for inv in d.invoices])
                url, link_id = link.url, link.id
            except (BankError, DomainError):  # a reminder without a link is still a reminder
                url, link_id = "", None
        lang = language_of(d.language)
        text = reminder_message(
            lang,
            use,
            clinic=clinic,
            name=d.name,
            amount=amount.format(lang),
            since=date_text(d.oldest_due, lang),
            url=url,
            remaining=remaining,
        )
        try:
            result = self.messaging.send(
                channel=use,
                recipient=address,
                language=lang,
                subject=text.subject,
                body=text.body,
                purpose="reminder",
                client_id=client_id,
                link_id=link_id,
                amount=amount,
            )
        except (BankError, DomainError) as err:
            return ReminderOutcome(client_id, "failed", amount, remaining, use, err.code, None, link_id,
                                   d.name, credit, reused)
        return ReminderOutcome(
            client_id, result.status, amount, remaining, use, result.error, result.message_id, link_id,
            d.name, credit, reused,
        )

    def last_reminder(self, client_id: int) -> datetime | None:
        with self.db.reading() as session:
            return q.last_reminder(session, client_id)

"""What the owner reads every evening and the accountant every quarter, as exact Money per currency.

  vat_summary      VAT per rate of the issued invoices and credit notes of a period (credit notes negative)
  revenue          billed per service (lines, net, VAT, gross)
  day_end          the Z report: billed by VAT rate and by service, collected by channel and by user,
                   credit notes, credit taken and used, billed minus collected
  ageing           what each patient still owed at the end of a day, in 0-30 / 31-60 / 61-90 / 90+ days
                   past the due date (not yet due counts as 0-30); the totals equal the open balances
  payments_by_day  money in per day and channel, with the running total (a chart's data)
  waiting          money no patient has yet (the unmatched queue)

A period is local dates in the clinic's time zone (IANA name): issue dates are local dates already, and
what is stamped in UTC (payments, credit) is taken from the first moment of `date_from` to the end of
`date_to` there, so a day that crosses midnight in UTC is still one day at the desk. Every report says
its period, time zone and what it includes (codes in `includes`; the UI and CLI put words to them).
VAT is rounded per document and rate, as each invoice prints it; per-service VAT is rounded per line,
so it may differ from the VAT summary by a minor unit or two, and the report says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.domain.permissions import Actor, Permission, actor_of
from usu_desktop.services.payments import DESK_METHODS
from usu_desktop.storage import report_queries as q
from usu_desktop.storage.db import Database

BUCKETS = ("0-30", "31-60", "61-90", "90+")


@dataclass(frozen=True)
class Period:
    """Local dates [date_from, date_to] in `time_zone` (an IANA name; "" is UTC)."""

    date_from: date
    date_to: date
    time_zone: str = ""

    def __post_init__(self) -> None:
        if self.date_to < self.date_from:
            raise DomainError("report_bad_period", date_from=self.date_from.isoformat(),
                              date_to=self.date_to.isoformat())
        self.zone()  # refuse an unknown zone at once

    def zone(self) -> ZoneInfo:
        try:
            return ZoneInfo(self.time_zone or "UTC")
        except (ZoneInfoNotFoundError, ValueError):
            raise DomainError("report_bad_time_zone", time_zone=self.time_zone) from None

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """Naive UTC [start, end): midnight before date_from to midnight after date_to, locally."""
        zone = self.zone()
        start = datetime.combine(self.date_from, time(0), zone).astimezone(UTC).replace(tzinfo=None)
        end = datetime.combine(self.date_to + timedelta(days=1), time(0), zone).astimezone(UTC)
        return start, end.replace(tzinfo=None)

    def to_json(self) -> dict[str, str]:
        return {"from": self.date_from.isoformat(), "to": self.date_to.isoformat(),
                "time_zone": self.time_zone or "UTC"}


def _add(totals: dict[str, Money], money: Money) -> None:
    totals[money.currency] = totals[money.currency] + money if money.currency in totals else money


@dataclass(frozen=True)
class VatRow:
    rate: Decimal
    base: Money
    tax: Money

    @property
    def gross(self) -> Money:
        return self.base + self.tax


@dataclass(frozen=True)
class VatSummary:
    period: Period
    rows: tuple[VatRow, ...]  # by currency, then rate
    includes: tuple[str, ...] = ("issued_invoices", "credit_notes_negative", "vat_per_document")

    def totals(self) -> dict[str, tuple[Money, Money]]:
        """(base, tax) per currency."""
        out: dict[str, tuple[Money, Money]] = {}
        for r in self.rows:
            base, tax = out.get(r.base.currency, (Money.zero(r.base.currency), Money.zero(r.base.currency)))
            out[r.base.currency] = (base + r.base, tax + r.tax)
        return out


@dataclass(frozen=True)
class RevenueRow:
    code: str
    name: str
    rate: Decimal
    lines: int
    net: Money
    tax: Money

    @property
    def gross(self) -> Money:
        return self.net + self.tax


@dataclass(frozen=True)
class Revenue:
    period: Period
    rows: tuple[RevenueRow, ...]
    includes: tuple[str, ...] = ("issued_invoices", "credit_notes_negative", "vat_per_line")


@dataclass(frozen=True)
class Collected:
    channel: str  # cash | card | transfer | other (at the desk) | terminal | bank | link
    user: str
    count: int
    amount: Money


@dataclass(frozen=True)
class DayEnd:
    period: Period
    vat: VatSummary
    revenue: Revenue
    collected: tuple[Collected, ...]  # by channel and user
    invoices: dict[str, tuple[int, Money]]  # currency -> (count, gross billed by invoices)
    credit_notes: dict[str, tuple[int, Money]]  # currency -> (count, gross, negative)
    credit_taken: dict[str, Money]
    credit_used: dict[str, Money]
    includes: tuple[str, ...] = ("issued_invoices", "credit_notes_negative", "payments_and_reversals",
                                 "no_refunds_yet")

    def billed(self) -> dict[str, Money]:
        """Gross billed less credit notes, per currency."""
        out: dict[str, Money] = {}
        for _count, money in (*self.invoices.values(), *self.credit_notes.values()):
            _add(out, money)
        return out

    def collected_total(self) -> dict[str, Money]:
        out: dict[str, Money] = {}
        for c in self.collected:
            _add(out, c.amount)
        return out

    def by_channel(self) -> dict[tuple[str, str], Money]:
        out: dict[tuple[str, str], Money] = {}
        for c in self.collected:
            key = (c.channel, c.amount.currency)
            out[key] = out[key] + c.amount if key in out else c.amount
        return out

    def difference(self) -> dict[str, Money]:
        """Billed minus collected, per currency (what the day added to what is owed, before credit)."""
        billed, taken = self.billed(), self.collected_total()
        return {cur: billed.get(cur, Money.zero(cur)) - taken.get(cur, Money.zero(cur))
                for cur in sorted({*billed, *taken})}


@dataclass(frozen=True)
class AgeingRow:
    client_id: int
    client_number: str
    name: str
    currency: str
    minors: tuple[int, int, int, int]  # BUCKETS order, minor units (Money made when asked for)

    @property
    def buckets(self) -> tuple[Money, ...]:
        return tuple(Money.from_minor(m, self.currency) for m in self.minors)

    @property
    def total(self) -> Money:
        return Money.from_minor(sum(self.minors), self.currency)


@dataclass(frozen=True)
class Ageing:
    as_of: date
    time_zone: str
    rows: tuple[AgeingRow, ...]  # per patient and currency
    includes: tuple[str, ...] = ("days_past_due", "not_yet_due_in_first_bucket")

    def totals(self) -> dict[str, tuple[Money, ...]]:
        out: dict[str, list[int]] = {}
        for r in self.rows:
            acc = out.setdefault(r.currency, [0] * len(BUCKETS))
            for i, m in enumerate(r.minors):
                acc[i] += m
        return {cur: tuple(Money.from_minor(m, cur) for m in v) for cur, v in out.items()}


@dataclass(frozen=True)
class DayChannel:
    day: date
    channel: str
    count: int
    amount: Money
    running_total: Money  # of this currency, every channel, from the period's first day


@dataclass(frozen=True)
class PaymentsByDay:
    period: Period
    rows: tuple[DayChannel, ...]
    includes: tuple[str, ...] = ("payments_and_reversals",)


@dataclass(frozen=True)
class Waiting:
    rows: tuple[tuple[int, Money], ...]  # (count, amount) per currency
    includes: tuple[str, ...] = ("unmatched_queue", "not_reversed")


def channel_of(source: str, method: str) -> str:
    """Desk payments by how they were paid; the others by where they came from."""
    if source != "desk":
        return source
    return method if method in DESK_METHODS else "other"


class ReportService:
    """Reads only: every report is one read transaction, so its figures are of one moment."""

    def __init__(self, db: Database, user: str | Actor = "system") -> None:
        self.db = db
        self.actor = actor_of(user)
        self.user = self.actor.name

    def vat_summary(self, period: Period) -> VatSummary:
        self.actor.require(Permission.REPORTS)
        with self.db.reading() as session:
            by_rate = q.vat_by_rate(session, period.date_from, period.date_to)
        return VatSummary(period, _vat_rows(by_rate))

    def revenue(self, period: Period) -> Revenue:
        self.actor.require(Permission.REPORTS)
        with self.db.reading() as session:
            lines = q.service_lines(session, period.date_from, period.date_to)
        return _revenue(period, lines)

    def day_end(self, period: Period) -> DayEnd:
        self.actor.require(Permission.REPORTS)
        start, end = period.utc_bounds()
        with self.db.reading() as session:
            by_rate = q.vat_by_rate(session, period.date_from, period.date_to)
            documents = q.document_totals(session, period.date_from, period.date_to)
            payments = q.payment_sums(session, start, end)
            credit = q.credit_between(session, start, end)
            lines = q.service_lines(session, period.date_from, period.date_to)
        collected: dict[tuple[str, str, str], tuple[int, int]] = {}
        for cur, source, method, user, n, amount in payments:
            key = (channel_of(source, method), user, cur)
            count, minor = collected.get(key, (0, 0))
            collected[key] = (count + n, minor + amount)
        invoices: dict[str, tuple[int, Money]] = {}
        notes: dict[str, tuple[int, Money]] = {}
        for cur, kind, count, untaxed, tax in documents:
            gross = Money.from_minor(untaxed + tax, cur)
            (notes if kind == "credit_note" else invoices)[cur] = (count, gross)
        return DayEnd(
            period=period, vat=VatSummary(period, _vat_rows(by_rate)), revenue=_revenue(period, lines),
            collected=tuple(Collected(ch, user, n, Money.from_minor(m, cur))
                            for (ch, user, cur), (n, m) in sorted(collected.items())),
            invoices=invoices, credit_notes=notes,
            credit_taken={cur: Money.from_minor(t, cur) for cur, t, _u in credit},
            credit_used={cur: Money.from_minor(u, cur) for cur, _t, u in credit})

    def ageing(self, as_of: date, time_zone: str = "") -> Ageing:
        self.actor.require(Permission.REPORTS)
        end = Period(as_of, as_of, time_zone).utc_bounds()[1]
        with self.db.reading() as session:
            figures = q.ageing_as_of(session, as_of, end)
        return Ageing(as_of, time_zone or "UTC", tuple(
            AgeingRow(f.client_id, f.client_number, f.client_name, f.currency, f.minors) for f in figures))

    def payments_by_day(self, period: Period) -> PaymentsByDay:
        """One summing query per local day (each an index range), so a day that crosses UTC midnight is
        the clinic's day and the database, not Python, adds the payments up."""
        self.actor.require(Permission.REPORTS)
        days: dict[tuple[date, str, str], tuple[int, int]] = {}
        with self.db.reading() as session:
            day = period.date_from
            while day <= period.date_to:
                start, end = Period(day, day, period.time_zone).utc_bounds()
                for cur, source, method, _user, n, amount in q.payment_sums(session, start, end):
                    key = (day, cur, channel_of(source, method))
                    count, minor = days.get(key, (0, 0))
                    days[key] = (count + n, minor + amount)
                day += timedelta(days=1)
        running: dict[str, int] = {}
        rows = []
        for (day, cur, ch), (count, minor) in sorted(days.items()):
            running[cur] = running.get(cur, 0) + minor
            rows.append(DayChannel(day, ch, count, Money.from_minor(minor, cur),
                                   Money.from_minor(running[cur], cur)))
        return PaymentsByDay(period, tuple(rows))

    def waiting(self) -> Waiting:
        self.actor.require(Permission.REPORTS)
        with self.db.reading() as session:
            found = q.waiting_money(session)
        return Waiting(tuple((n, Money.from_minor(a, cur)) for cur, n, a in sorted(found)))


def _revenue(period: Period, lines: list[tuple[str, str, str, str, int, int]]) -> Revenue:
    rows = []
    for cur, code, name, rate, count, net in lines:
        money, rate_ = Money.from_minor(net, cur), Decimal(rate).normalize()
        rows.append(RevenueRow(code, name, rate_, count, money, money.times(rate_)))
    rows.sort(key=lambda r: (r.net.currency, -r.net.minor, r.name, r.rate))
    return Revenue(period, tuple(rows))


def _vat_rows(by_rate: Iterable[tuple[str, str, int, int]]) -> tuple[VatRow, ...]:
    """Rows by currency and rate ("0.24" and "0.240" are one rate)."""
    acc: dict[tuple[str, Decimal], tuple[int, int]] = {}
    for cur, rate_text, base, tax in by_rate:
        key = (cur, Decimal(rate_text).normalize())
        b, t = acc.get(key, (0, 0))
        acc[key] = (b + base, t + tax)
    return tuple(VatRow(rate, Money.from_minor(b, cur), Money.from_minor(t, cur))
                 for (cur, rate), (b, t) in sorted(acc.items()))

"""Every report as one plain table (column codes, rows of str/int/Decimal), for CSV, JSON and the screen.

Money becomes two cells, the amount as a Decimal and the currency, so a spreadsheet can sum the column;
dates are ISO dates. Column codes are stable words; the UI and CLI put headings to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from usu_desktop.domain.money import Money
from usu_desktop.services.reports import (
    BUCKETS,
    Ageing,
    DayEnd,
    PaymentsByDay,
    Revenue,
    VatSummary,
    Waiting,
)

Cell = str | int | Decimal


@dataclass(frozen=True)
class Table:
    kind: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    about: dict[str, Any]  # period, time zone, what it includes

    def to_json(self) -> dict[str, Any]:
        return {"report": self.kind, **self.about, "columns": list(self.columns),
                "rows": [[str(c) if isinstance(c, Decimal) else c for c in row] for row in self.rows]}


def _m(money: Money) -> tuple[Decimal, str]:
    return money.amount, money.currency


def vat_table(r: VatSummary) -> Table:
    rows = tuple((str(x.rate), *_m(x.base), x.tax.amount, x.gross.amount) for x in r.rows)
    return Table("vat", ("vat_rate", "base", "currency", "vat", "gross"), rows,
                 {"period": r.period.to_json(), "includes": list(r.includes)})


def revenue_table(r: Revenue) -> Table:
    rows = tuple((x.code, x.name, str(x.rate), x.lines, *_m(x.net), x.tax.amount, x.gross.amount)
                 for x in r.rows)
    columns = ("service_code", "service", "vat_rate", "lines", "net", "currency", "vat", "gross")
    return Table("revenue", columns, rows, {"period": r.period.to_json(), "includes": list(r.includes)})


def day_end_table(r: DayEnd) -> Table:
    """Sections one under the other: billed, collected by channel and user, credit, the difference."""
    rows: list[tuple[Cell, ...]] = []
    for item, documents in (("invoices", r.invoices), ("credit_notes", r.credit_notes)):
        for _cur, (count, gross) in sorted(documents.items()):
            rows.append(("billed", item, "", count, *_m(gross)))
    for x in r.vat.rows:
        rows.append(("billed_by_vat_rate", str(x.rate), "", 0, *_m(x.gross)))
    for c in r.collected:
        rows.append(("collected", c.channel, c.user, c.count, *_m(c.amount)))
    for item, credit in (("taken", r.credit_taken), ("used", r.credit_used)):
        for _cur, money in sorted(credit.items()):
            rows.append(("credit", item, "", 0, *_m(money)))
    for money in r.difference().values():
        rows.append(("billed_minus_collected", "", "", 0, *_m(money)))
    return Table("day-end", ("section", "item", "user", "count", "amount", "currency"), tuple(rows),
                 {"period": r.period.to_json(), "includes": list(r.includes)})


def ageing_table(r: Ageing) -> Table:
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (x.client_number, x.name, *[b.amount for b in x.buckets], *_m(x.total)) for x in r.rows)
    return Table("ageing", ("client_number", "patient", *BUCKETS, "total", "currency"), rows,
                 {"as_of": r.as_of.isoformat(), "time_zone": r.time_zone, "includes": list(r.includes)})


def payments_table(r: PaymentsByDay) -> Table:
    rows = tuple((x.day.isoformat(), x.channel, x.count, *_m(x.amount), x.running_total.amount)
                 for x in r.rows)
    return Table("payments", ("day", "channel", "count", "amount", "currency", "running_total"), rows,
                 {"period": r.period.to_json(), "includes": list(r.includes)})


def waiting_table(r: Waiting) -> Table:
    rows = tuple((count, *_m(money)) for count, money in r.rows)
    return Table("waiting", ("count", "amount", "currency"), rows, {"includes": list(r.includes)})

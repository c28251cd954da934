"""The invoice list model: ids from the reception service (windowed), rows on demand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from usu_desktop.ui.tables.common import KINDS, STATES, count_delay, label, slow_runner
from usu_desktop.ui.tables.delegates import LocaleFormatter
from usu_desktop.ui.tables.model import Column, FilteredModel, in_context


def state_text(row: Any) -> str:
    if row.kind == "credit_note":
        return label(KINDS, "credit_note")
    return label(STATES, "overdue") if row.overdue else label(STATES, row.state)


def invoice_columns(with_client: bool = True) -> list[Column]:
    columns = [
        Column(
            "number",
            QT_TRANSLATE_NOOP("InvoiceList", "Number"),
            lambda r: r.number or "—",
            sort="number",
            width=17,
            ltr=True,
        ),
        Column(
            "issue_date",
            QT_TRANSLATE_NOOP("InvoiceList", "Issued"),
            lambda r: r.issue_date,
            kind="date",
            sort="issue_date",
            width=10,
        ),
        Column(
            "due_date",
            QT_TRANSLATE_NOOP("InvoiceList", "Due"),
            lambda r: r.due_date,
            kind="date",
            sort="due_date",
            width=10,
        ),
        Column(
            "client",
            QT_TRANSLATE_NOOP("InvoiceList", "Patient"),
            lambda r: r.client_name,
            sort="client",
            width=22,
        ),
        Column("state", QT_TRANSLATE_NOOP("InvoiceList", "Status"), state_text, sort="state", width=12),
        Column(
            "total",
            QT_TRANSLATE_NOOP("InvoiceList", "Total"),
            lambda r: r.total,
            kind="money",
            sort="total",
            width=12,
        ),
        Column(
            "paid", QT_TRANSLATE_NOOP("InvoiceList", "Paid"), lambda r: r.paid, kind="money", width=12
        ),
        Column(
            "balance",
            QT_TRANSLATE_NOOP("InvoiceList", "Due amount"),
            lambda r: r.balance,
            kind="money",
            sort="balance",
            width=12,
        ),
    ]
    shown = columns if with_client else [c for c in columns if c.key != "client"]
    return in_context("InvoiceList", shown)  # titles translated when the header is drawn


def invoice_model(
    ctx: Any, filter_: Any, with_client: bool = True, parent: QObject | None = None, page_size: int = 100
) -> FilteredModel:
    svc = ctx.services.reception
    model = FilteredModel(
        invoice_columns(with_client),
        LocaleFormatter(ctx),
        ctx.runner,
        filter_,
        svc.invoice_ids,
        svc.invoice_rows,
        svc.count_invoices,
        sort_key="issue_date",
        descending=True,
        parent=parent,
        page_size=page_size,
    )
    model.bold_row = lambda r: bool(r.overdue)
    model.muted_row = lambda r: r.state in ("cancelled", "draft")
    model.count_runner = slow_runner(ctx)
    model.count_delay_ms = count_delay(ctx)
    return model

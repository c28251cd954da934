"""The payments list model: every source, ids windowed, rows on demand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from usu_desktop.ui.tables.common import METHODS, SOURCES, count_delay, label, slow_runner
from usu_desktop.ui.tables.delegates import LocaleFormatter
from usu_desktop.ui.tables.model import Column, FilteredModel, in_context


def status_text(row: Any) -> str:
    if row.reversal_of is not None:
        return QCoreApplication.translate("PaymentList", "Reversal")
    if row.reversed:
        return QCoreApplication.translate("PaymentList", "Reversed")
    if row.client_id is None:
        return QCoreApplication.translate("PaymentList", "Unmatched")
    return QCoreApplication.translate("PaymentList", "Matched")


def payment_columns(with_client: bool = True) -> list[Column]:
    columns = [
        Column(
            "paid_at",
            QT_TRANSLATE_NOOP("PaymentList", "Paid at"),
            lambda r: r.paid_at,
            kind="datetime",
            sort="paid_at",
            width=16,
        ),
        Column(
            "source",
            QT_TRANSLATE_NOOP("PaymentList", "Source"),
            lambda r: label(SOURCES, r.source),
            sort="source",
            width=12,
        ),
        Column(
            "method",
            QT_TRANSLATE_NOOP("PaymentList", "Method"),
            lambda r: label(METHODS, r.method),
            width=12,
        ),
        Column(
            "client",
            QT_TRANSLATE_NOOP("PaymentList", "Patient"),
            lambda r: r.client_name or r.payer_name,
            width=22,
        ),
        Column(
            "amount",
            QT_TRANSLATE_NOOP("PaymentList", "Amount"),
            lambda r: r.amount,
            kind="money",
            sort="amount",
            width=12,
        ),
        Column(
            "allocated",
            QT_TRANSLATE_NOOP("PaymentList", "On invoices"),
            lambda r: r.allocated,
            kind="money",
            width=12,
        ),
        Column(
            "credit",
            QT_TRANSLATE_NOOP("PaymentList", "To credit"),
            lambda r: r.credit,
            kind="money",
            width=12,
        ),
        Column("status", QT_TRANSLATE_NOOP("PaymentList", "Status"), status_text, width=11),
        Column(
            "reference",
            QT_TRANSLATE_NOOP("PaymentList", "Reference"),
            lambda r: r.rf_code or r.external_id or r.text,
            width=20,
            ltr=True,
        ),
    ]
    shown = columns if with_client else [c for c in columns if c.key != "client"]
    return in_context("PaymentList", shown)  # titles translated when the header is drawn


def payment_model(
    ctx: Any, filter_: Any, with_client: bool = True, parent: QObject | None = None
) -> FilteredModel:
    svc = ctx.services.reception
    model = FilteredModel(
        payment_columns(with_client),
        LocaleFormatter(ctx),
        ctx.runner,
        filter_,
        svc.payment_ids,
        svc.payment_rows,
        svc.count_payments,
        sort_key="paid_at",
        descending=True,
        parent=parent,
    )
    model.muted_row = lambda r: r.reversed or r.reversal_of is not None
    model.bold_row = lambda r: r.client_id is None and r.reversal_of is None and not r.reversed
    model.count_runner = slow_runner(ctx)
    model.count_delay_ms = count_delay(ctx)
    return model

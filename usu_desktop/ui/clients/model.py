"""The patient list model: ids from the reception service, rows on demand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from usu_desktop.ui.tables.common import count_delay, slow_runner
from usu_desktop.ui.tables.delegates import LocaleFormatter
from usu_desktop.ui.tables.model import Column, FilteredModel, in_context


def client_columns() -> list[Column]:
    columns = [
        Column(
            "number",
            QT_TRANSLATE_NOOP("ClientList", "Client no."),
            lambda r: r.client_number,
            sort="number",
            width=9,
            ltr=True,
        ),
        Column("name", QT_TRANSLATE_NOOP("ClientList", "Name"), lambda r: r.name, sort="name", width=24),
        Column(
            "birth_date",
            QT_TRANSLATE_NOOP("ClientList", "Born"),
            lambda r: r.birth_date,
            kind="date",
            width=10,
        ),
        Column("phone", QT_TRANSLATE_NOOP("ClientList", "Phone"), lambda r: r.phone, width=16, ltr=True),
        Column("email", QT_TRANSLATE_NOOP("ClientList", "E-mail"), lambda r: r.email, width=22, ltr=True),
        Column("owed", QT_TRANSLATE_NOOP("ClientList", "Owes"), lambda r: r.owed, kind="money", width=12),
        Column(
            "credit",
            QT_TRANSLATE_NOOP("ClientList", "Credit"),
            lambda r: r.credit,
            kind="money",
            width=12,
        ),
    ]
    return in_context("ClientList", columns)  # titles translated when the header is drawn


def client_model(ctx: Any, filter_: Any, parent: QObject | None = None) -> FilteredModel:
    svc = ctx.services.reception
    model = FilteredModel(
        client_columns(),
        LocaleFormatter(ctx),
        ctx.runner,
        filter_,
        svc.client_ids,
        svc.client_rows,
        svc.count_clients,
        sort_key="name",
        parent=parent,
    )
    model.muted_row = lambda r: bool(r.archived)
    model.count_runner = slow_runner(ctx)
    model.count_delay_ms = count_delay(ctx)
    return model

"""DebtorsPage: who owes what and since when; remind the selected patients in the background."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.domain.money import Money
from usu_desktop.storage.debtor_queries import DebtorFilter
from usu_desktop.ui.errors import error_text
from usu_desktop.ui.i18n import isolate
from usu_desktop.ui.links.texts import outcome_text
from usu_desktop.ui.progress import run_with_progress
from usu_desktop.ui.tables.common import lead_to_list, tab_chain
from usu_desktop.ui.tables.delegates import LocaleFormatter
from usu_desktop.ui.tables.empty_hint import EmptyHint
from usu_desktop.ui.tables.model import Column, LazyTableModel, in_context
from usu_desktop.ui.tables.view import ListView


def _money(minor: int, currency: str) -> Money | None:
    return None if minor == 0 else Money.from_minor(minor, currency)


def _never(when: Any) -> Any:
    return when if when is not None else QCoreApplication.translate("DebtorsList", "never")


def _bucket(i: int) -> Callable[[Any], Money | None]:
    return lambda r: _money(r.buckets[i], r.currency)


COLUMNS = in_context("DebtorsList", [
    Column("name", QT_TRANSLATE_NOOP("DebtorsList", "Patient"), lambda r: r.name, width=20),
    Column("client_number", QT_TRANSLATE_NOOP("DebtorsList", "Client number"), lambda r: r.client_number,
           width=9, ltr=True),
    Column("due", QT_TRANSLATE_NOOP("DebtorsList", "Overdue"), lambda r: _money(r.due_minor, r.currency),
           kind="money", sort="due", width=10),
    Column("oldest", QT_TRANSLATE_NOOP("DebtorsList", "Oldest due date"), lambda r: r.oldest_due,
           kind="date", sort="oldest", width=10),
    Column("days", QT_TRANSLATE_NOOP("DebtorsList", "Days"), lambda r: r.days_overdue, sort="days",
           kind="number", align_end=True, width=5, ltr=True),
    Column("b0", QT_TRANSLATE_NOOP("DebtorsList", "0–30"), _bucket(0), kind="money", width=8),
    Column("b1", QT_TRANSLATE_NOOP("DebtorsList", "31–60"), _bucket(1), kind="money", width=8),
    Column("b2", QT_TRANSLATE_NOOP("DebtorsList", "61–90"), _bucket(2), kind="money", width=8),
    Column("b3", QT_TRANSLATE_NOOP("DebtorsList", "90+"), _bucket(3), kind="money", width=8),
    Column("last_reminder", QT_TRANSLATE_NOOP("DebtorsList", "Last reminder"),
           lambda r: _never(r.last_reminder), kind="datetime", width=14),
])


class DebtorSource:
    """One filter and sort of the Debtors list. The order of all its patients comes from one
    grouped query (as costly as one page of it), read once in the background with the first
    page; every later page, the far end and the count are slices of it."""

    def __init__(self, service: Any, flt: DebtorFilter, sort: str | None, descending: bool) -> None:
        self.service, self.filter, self.sort, self.descending = service, flt, sort, descending
        self._ids: list[int] | None = None
        self._lock = threading.Lock()

    def _all(self) -> list[int]:
        with self._lock:
            if self._ids is None:
                self._ids = self.service.debtor_ids(self.filter, self.sort, self.descending, 0, None)
            return self._ids

    def ids(self, offset: int, limit: int, reverse: bool,
            cancelled: Callable[[], bool] | None = None) -> list[int]:
        ids = self._all()
        if reverse:
            end = max(0, len(ids) - offset)
            return ids[max(0, end - limit):end]
        return ids[offset:offset + limit]

    def rows(self, ids: list[int]) -> Sequence[Any]:
        return self.service.debtor_rows(ids, self.filter)  # type: ignore[no-any-return]

    def count(self, cancelled: Callable[[], bool] | None = None) -> int:
        return len(self._all())


class DebtorsModel(LazyTableModel):
    """The lazy list, with a tooltip on partly paid patients (their reminders say what remains)."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            row = self.row_at(index.row()) if index.isValid() else None
            if row is not None and row.partly_paid:
                return QCoreApplication.translate("DebtorsPage", "Partly paid: reminders say what remains")
            return None
        return super().data(index, role)


class DebtorsPage(QWidget):
    def __init__(self, ctx: Any, service: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service or ctx.services.reminders
        self.today = date.today()
        self.last_report: Any = None
        self.totals: tuple[int, Money] | None = None  # of the list shown, once summed in the background
        self._totals_task: Any = None

        title = QLabel(self.tr("Debtors"))
        title.setObjectName("pageTitle")
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name or client number"))
        self.search_edit.setClearButtonEnabled(True)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, 3650)
        self.days_spin.setValue(1)
        self.bucket_combo = QComboBox()
        self.bucket_combo.addItem(self.tr("All ages"), None)
        for index, label in enumerate((self.tr("0–30 days"), self.tr("31–60 days"), self.tr("61–90 days"),
                                       self.tr("over 90 days"))):
            self.bucket_combo.addItem(label, index)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(QLabel(self.tr("Days overdue, at least")))
        filters.addWidget(self.days_spin)
        filters.addWidget(self.bucket_combo)
        filters.addWidget(self.refresh_button)

        self.model = DebtorsModel(COLUMNS, LocaleFormatter(ctx), ctx.runner, self._source, sort_key="due",
                                  descending=True, parent=self)
        self.view = ListView(ctx, self.model, "debtors", 2, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        EmptyHint(self.view, self.tr("No overdue balances to show."))
        self.summary = QLabel()

        self.channel_combo = QComboBox()
        self.channel_combo.addItem(self.tr("E-mail, else SMS"), "auto")
        self.channel_combo.addItem(self.tr("E-mail"), "email")
        self.channel_combo.addItem(self.tr("SMS"), "sms")
        self.link_check = QCheckBox(self.tr("With a payment link"))
        self.link_check.setChecked(True)
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(0, 365)
        self.interval_spin.setValue(7)
        self.send_button = QPushButton(self.tr("Send payment link / reminder"))
        self.send_button.setEnabled(False)
        actions = QHBoxLayout()
        actions.addWidget(self.channel_combo)
        actions.addWidget(self.link_check)
        actions.addWidget(QLabel(self.tr("Days between reminders, at least")))
        actions.addWidget(self.interval_spin)
        actions.addStretch(1)
        actions.addWidget(self.send_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addLayout(actions)

        self.refresh_button.clicked.connect(self.reload)
        self.search_edit.textChanged.connect(self.reload)
        self.days_spin.valueChanged.connect(self.reload)
        self.bucket_combo.currentIndexChanged.connect(self.reload)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.reloaded.connect(self._selection_changed)
        self.model.reloaded.connect(self._sum_in_background)
        self.send_button.clicked.connect(self.send_selected)
        chain = (self.search_edit, self.days_spin, self.bucket_combo, self.refresh_button, self.view,
                 self.channel_combo, self.link_check, self.interval_spin, self.send_button)
        tab_chain(*chain)
        lead_to_list(self.search_edit, self.view)
        self.reload()

    # --- list -------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.reload()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def current_filter(self) -> DebtorFilter:
        return DebtorFilter(min_days=self.days_spin.value(), bucket=self.bucket_combo.currentData(),
                            search=self.search_edit.text(), today=self.today)

    def _source(self, sort: str | None, descending: bool) -> DebtorSource:
        return DebtorSource(self.service, self.current_filter(), sort, descending)

    def reload(self) -> None:
        """The list for the filters now set, read in the background; the window stays free."""
        self.totals = None
        self.summary.setText(self.tr("Adding up…"))
        self.model.reload()

    def _sum_in_background(self) -> None:
        if self._totals_task is not None:
            self._totals_task.cancel()
        flt, gen = self.current_filter(), self.model.generation
        self._totals_task = self.ctx.runner.submit(
            lambda _state: self.service.debtor_totals(flt),
            on_success=lambda totals: self._totals_in(gen, totals),
            on_failure=lambda exc: self.ctx.dialogs.show_error(self, exc), owner=self)

    def _totals_in(self, gen: int, totals: tuple[int, Money]) -> None:
        if gen != self.model.generation:
            return  # the filter changed meanwhile: its own sum is on its way
        self.totals = totals
        count, amount = totals
        self.summary.setText(self.tr("{count} patients, {amount} overdue").format(
            count=self.ctx.locale.toString(count),
            amount=isolate(str(self.ctx.format_money(amount)))))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = (self.model.id_at(r) for r in rows)
        return [i for i in ids if i is not None]

    def _selection_changed(self, *_args: Any) -> None:
        n = len(self.selected_ids())
        self.send_button.setEnabled(n > 0)
        label = self.tr("Send payment link / reminder")
        self.send_button.setText(label if n == 0 else self.tr("{action} ({count})").format(
            action=label, count=self.ctx.locale.toString(n)))

    # --- bulk action --------------------------------------------------------------------
    def send_selected(self) -> Any:
        ids = self.selected_ids()
        if not ids:
            return None
        question = self.tr("Send a payment reminder to {count} patients now?").format(
            count=self.ctx.locale.toString(len(ids)))
        if not self.ctx.dialogs.confirm(self, self.tr("Send reminders"), question, default_yes=True):
            return None
        channel, with_link = self.channel_combo.currentData(), self.link_check.isChecked()
        interval, days = self.interval_spin.value(), self.days_spin.value()

        def work(state: Any) -> Any:
            return self.service.send(ids, channel=channel, min_interval_days=interval, with_link=with_link,
                                     min_days=days, today=self.today, state=state)

        outcome = run_with_progress(self, self.ctx.runner, work, title=self.tr("Send reminders"),
                                    label=self.tr("Sending reminders…"),
                                    describe=lambda _code: self.tr("Sending reminders…"))
        if outcome.error is not None:
            self.ctx.dialogs.show_error(self, outcome.error)
            return None
        report = outcome.result
        self.last_report = report
        self.reload()
        if report is None:
            return None
        counts: dict[str, int] = {}
        for o in report.outcomes:
            counts[o.result] = counts.get(o.result, 0) + 1
        lines = [f"{outcome_text(code)}: {self.ctx.locale.toString(n)}" for code, n in sorted(counts.items())]
        failures = [o for o in report.outcomes if o.result == "failed"]
        if failures:
            lines.append(self.tr("Failed messages stay in the message log and can be sent again."))
            lines.extend(f"• {error_text(_Coded(o.error))}" for o in failures[:5])
        if report.cancelled:
            lines.append(self.tr("Cancelled: the rest were not reminded."))
        self.ctx.dialogs.info(self, self.tr("Send reminders"), "\n".join(lines))
        return report


class _Coded(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, Any] = {}


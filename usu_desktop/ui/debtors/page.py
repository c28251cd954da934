"""DebtorsPage: who owes what and since when; remind the selected patients in the background."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.domain.money import Money
from usu_desktop.ui.banksync.models import RowsModel
from usu_desktop.ui.errors import error_text
from usu_desktop.ui.i18n import date_text, datetime_text, isolate
from usu_desktop.ui.links.texts import outcome_text
from usu_desktop.ui.progress import run_with_progress
from usu_desktop.ui.tables.common import lead_to_list, tab_chain
from usu_desktop.ui.tables.empty_hint import EmptyHint


class DebtorsPage(QWidget):
    def __init__(self, ctx: Any, service: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service or ctx.services.reminders
        self.today = date.today()
        self.rows: list[Any] = []
        self.last_report: Any = None

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

        self.model = RowsModel([self.tr("Patient"), self.tr("Client number"), self.tr("Overdue"),
                                self.tr("Oldest due date"), self.tr("Days"), self.tr("0–30"),
                                self.tr("31–60"), self.tr("61–90"), self.tr("90+"), self.tr("Last reminder")],
                               right_aligned=(2, 4, 5, 6, 7, 8))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
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

    def _filter(self) -> Any:
        from usu_desktop.services.reminders import DebtorFilter

        return DebtorFilter(min_days=self.days_spin.value(), bucket=self.bucket_combo.currentData(),
                            search=self.search_edit.text())

    def reload(self) -> None:
        try:
            self.rows = self.service.debtors(self.today, self._filter())
        except Exception as exc:  # shown to the desk, never swallowed
            self.ctx.dialogs.show_error(self, exc)
            return
        locale: QLocale = self.ctx.locale
        out = []
        for r in self.rows:
            money = [self._money(m, r.currency) for m in (r.due_minor, *r.buckets)]
            last = _local(locale, r.last_reminder) if r.last_reminder else self.tr("never")
            tip = self.tr("Partly paid: reminders say what remains") if r.partly_paid else ""
            oldest = date_text(locale, r.oldest_due)
            days = locale.toString(r.days_overdue)
            cells = [r.name, r.client_number, money[0], oldest, days, *money[1:], last]
            out.append((r.client_id, cells, tip))
        self.model.set_rows(out)
        total = sum(r.due_minor for r in self.rows)
        currency = self.rows[0].currency if self.rows else "EUR"
        self.summary.setText(self.tr("{count} patients, {amount} overdue").format(
            count=locale.toString(len(self.rows)), amount=isolate(self._money(total, currency))))
        self._selection_changed()

    def _money(self, minor: int, currency: str) -> str:
        return "" if minor == 0 else str(self.ctx.format_money(Money.from_minor(minor, currency)))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.key(r) for r in rows]

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


def _local(locale: QLocale, when: Any) -> str:
    return datetime_text(locale, when)


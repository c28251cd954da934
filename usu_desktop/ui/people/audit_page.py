"""The Audit screen: who did what, on which desk, newest first, for anyone signed in to read.

A lazy list (ids windowed, rows on demand) filtered by user, desk, period, kind and object;
Export writes what the filter shows as CSV.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.domain.errors import DomainError
from usu_desktop.storage.audit_queries import AuditFilter
from usu_desktop.ui.i18n import isolate, setup_date_edit
from usu_desktop.ui.tables.delegates import LocaleFormatter
from usu_desktop.ui.tables.model import Column, FilteredModel, in_context
from usu_desktop.ui.tables.view import ListView

COLUMNS = in_context("AuditList", [
    Column("at", QT_TRANSLATE_NOOP("AuditList", "When"), lambda r: r.at, kind="datetime", sort="id",
           width=16),
    Column("user", QT_TRANSLATE_NOOP("AuditList", "User"), lambda r: r.user, width=14),
    Column("desk", QT_TRANSLATE_NOOP("AuditList", "Desk"), lambda r: r.desk, width=12, ltr=True),
    Column("action", QT_TRANSLATE_NOOP("AuditList", "What"), lambda r: r.action, width=20, ltr=True),
    Column("entity", QT_TRANSLATE_NOOP("AuditList", "Object"), lambda r: r.entity, width=10, ltr=True),
    Column("entity_id", QT_TRANSLATE_NOOP("AuditList", "Number"),
           lambda r: "" if r.entity_id is None else str(r.entity_id), width=8, ltr=True),
    Column("details", QT_TRANSLATE_NOOP("AuditList", "Details"),
           lambda r: json.dumps(r.details, ensure_ascii=False, sort_keys=True), width=40, ltr=True),
])


def _day(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def _utc(local: datetime) -> datetime:
    """A naive local moment of this desk as stored: naive UTC."""
    return local.astimezone(UTC).replace(tzinfo=None)


class AuditPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.ctx = ctx
        self.user = self._choice("auditUser", self.tr("All users"))
        self.desk = self._choice("auditDesk", self.tr("All desks"))
        self.kind = self._choice("auditKind", self.tr("Everything"))
        self.entity = self._choice("auditEntity", self.tr("All objects"))
        self.entity_id = QLineEdit()
        self.entity_id.setObjectName("auditEntityId")
        self.entity_id.setPlaceholderText(self.tr("Number"))
        self.entity_id.setMaximumWidth(90)
        self.entity_id.textChanged.connect(lambda _t: self.apply_filter())
        self.use_dates = QCheckBox(self.tr("From"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-7))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            setup_date_edit(edit)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.apply_filter())
            self.use_dates.toggled.connect(edit.setEnabled)
        self.use_dates.toggled.connect(lambda _on: self.apply_filter())
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        bar = QHBoxLayout()
        for w in (self.user, self.desk, self.kind, self.entity, self.entity_id, self.use_dates,
                  self.date_from):
            bar.addWidget(w)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        bar.addStretch(1)
        bar.addWidget(self.export_button)

        svc = ctx.services.audit
        self.model = FilteredModel(COLUMNS, LocaleFormatter(ctx), ctx.runner, self.current_filter(),
                                   svc.window_ids, svc.rows, svc.count_filtered, sort_key="id",
                                   descending=True, parent=self)
        self.view = ListView(ctx, self.model, "audit", 0, Qt.SortOrder.DescendingOrder)
        self.count_label = QLabel()
        self.model.count_known.connect(lambda n: self.count_label.setText(
            self.tr("{count} entries").format(count=isolate(self.ctx.locale.toString(n)))))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self._loaded = False

    def _choice(self, name: str, everything: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.addItem(everything, "")
        box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        return box

    def page_shown(self) -> None:
        """Each visit reads the lists of users, desks, kinds and objects again, and the rows."""
        choices = self.ctx.services.audit.choices()
        for box, key in ((self.user, "user"), (self.desk, "desk"), (self.kind, "kind"),
                         (self.entity, "entity")):
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value in choices[key]:
                box.addItem(value, value)
            found = box.findData(current)
            box.setCurrentIndex(found if found >= 0 else 0)
            box.blockSignals(False)
        self.model.set_filter(self.current_filter(), force=True)

    def current_filter(self) -> AuditFilter:
        start = end = None
        if self.use_dates.isChecked():  # the desk's days, as the list shows its times
            start = _utc(datetime.combine(_day(self.date_from.date()), time()))
            end = _utc(datetime.combine(_day(self.date_to.date()) + timedelta(days=1), time()))
        number = self.entity_id.text().strip()
        return AuditFilter(user=self.user.currentData() or "", desk=self.desk.currentData() or "",
                           start=start, end=end, kind=self.kind.currentData() or "",
                           entity=self.entity.currentData() or "",
                           entity_id=int(number) if number.isdigit() else None)

    def apply_filter(self) -> None:
        if hasattr(self, "model"):
            self.model.set_filter(self.current_filter())

    def export_csv(self) -> int | None:
        title = self.tr("Export the audit log")
        path = self.ctx.dialogs.save_file(self, title, self.tr("CSV files (*.csv)"), "audit.csv")
        if not path:
            return None
        try:
            count = self.ctx.services.audit.export_csv(self.current_filter(), path)
        except DomainError as exc:
            self.ctx.dialogs.show_error(self, exc, title)
            return None
        shown = isolate(self.ctx.locale.toString(count))
        self.ctx.events.status_message.emit(
            self.tr("{count} entries written to {path}").format(count=shown, path=isolate(path)))
        return count

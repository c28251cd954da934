"""PeriodDialog: the first and last day of a client statement (default: this year so far)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from usu_desktop.ui.i18n import setup_date_edit


class PeriodDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statementPeriod")
        self.setWindowTitle(self.tr("Statement period"))
        day = today or date.today()
        self.date_from = QDateEdit(QDate(day.year, 1, 1), self)
        self.date_to = QDateEdit(QDate(day.year, day.month, day.day), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            setup_date_edit(edit)
            edit.dateChanged.connect(self._check)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Show statement"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self._check()

    def period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]

    def _check(self, *_args: object) -> None:
        first, last = self.period()
        ok = first <= last
        self.problem.setText("" if ok else self.tr("The first day must not be after the last day."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

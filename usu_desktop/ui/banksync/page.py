"""The Bank-sync page: connection, "Sync now", received payments with undo, the unmatched queue,
the history of an RF code and the log of runs.

All work on the network happens in the controller's background runs; this page only reads
small lists from the services and calls one-transaction actions (allocate, undo).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.permissions import Permission
from usu_desktop.ui.banksync.controller import SyncController, local_time_text
from usu_desktop.ui.banksync.models import RowsModel
from usu_desktop.ui.banksync.texts import (
    SUGGESTION_REASONS,
    channel_text,
    error_code_text,
    phase_text,
    reason_text,
    sync_error_text,
)
from usu_desktop.ui.i18n import isolate
from usu_desktop.ui.people.roles import gate
from usu_desktop.ui.tables.empty_hint import EmptyHint


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def _selected_row(view: QTableView) -> int:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else -1


class BankSyncPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.sync
        self.payments = ctx.services.payments
        if ctx.sync_controller is None:
            ctx.sync_controller = SyncController(ctx)
        self.controller: SyncController = ctx.sync_controller
        self._suggestions: tuple[Any, ...] = ()

        title = QLabel(self.tr("Bank sync"))
        title.setObjectName("pageTitle")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch()
        header.addWidget(self.cancel_button)
        header.addWidget(self.sync_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_connection(), self.tr("Connection"))
        self.tabs.addTab(self._build_received(), self.tr("Received payments"))
        self.tabs.addTab(self._build_unmatched(), self.tr("Unmatched"))
        self.tabs.addTab(self._build_history(), self.tr("Payment code history"))
        self.tabs.addTab(self._build_runs(), self.tr("Sync log"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.status)
        layout.addLayout(progress_row)
        layout.addWidget(self.tabs, 1)

        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button.clicked.connect(self.controller.cancel)
        self.controller.started.connect(self._on_started)
        self.controller.progressed.connect(self._on_progress)
        self.controller.finished.connect(self._on_finished)
        self.controller.status_changed.connect(self._show_status)
        self.load_config()
        self.refresh()

    # --- building ----------------------------------------------------------------
    def _build_connection(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(16, 16, 16, 16)
        form.setVerticalSpacing(10)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://pay.example-clinic.com")
        self.url_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(1, 1440)
        self.interval_spin.setSuffix(self.tr(" min"))
        self.auto_check = QCheckBox(self.tr("Sync automatically in the background"))
        self.deposits_check = QCheckBox(self.tr("Terminals take deposits from clients who owe nothing"))
        self.deposits_check.setToolTip(self.tr(
            "Every client's number and masked name is sent to the exchange, so a client with nothing "
            "to pay can pay in advance; the money becomes the client's credit."))
        self.save_button = QPushButton(self.tr("Save"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.connection_result = QLabel()
        self.connection_result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch()
        form.addRow(self.tr("Exchange address"), self.url_edit)
        form.addRow(self.tr("Access token"), self.token_edit)
        form.addRow(self.tr("Sync every"), self.interval_spin)
        form.addRow("", self.auto_check)
        form.addRow("", self.deposits_check)
        form.addRow("", buttons)
        form.addRow("", self.connection_result)
        self.save_button.clicked.connect(self.save_config)
        gate(self.ctx, Permission.CONNECTIONS, self.save_button)
        self.test_button.clicked.connect(self.test_connection)
        return box

    def _build_received(self) -> QWidget:
        self.received_model = RowsModel([self.tr("Date"), self.tr("Channel"), self.tr("Transaction"),
                                         self.tr("Client"), self.tr("Amount"), self.tr("Credit"),
                                         self.tr("Matched by")], right_aligned=(4, 5))
        self.received_view = _table(self.received_model)
        EmptyHint(self.received_view, self.tr("No payments have come in yet. They appear here after a sync."))
        self.alloc_model = RowsModel([self.tr("Invoice"), self.tr("Amount"), self.tr("Reason")],
                                     right_aligned=(1,))
        self.alloc_view = _table(self.alloc_model)
        self.undo_button = QPushButton(self.tr("Undo allocation"))
        self.undo_button.setEnabled(False)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Where the selected payment went, and why")))
        lower_layout.addWidget(self.alloc_view)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.undo_button)
        lower_layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.received_view)
        split.addWidget(lower)
        split.setSizes([380, 200])
        self.received_view.selectionModel().selectionChanged.connect(self._show_allocations)
        self.alloc_view.selectionModel().selectionChanged.connect(
            lambda *_: self.undo_button.setEnabled(_selected_row(self.alloc_view) >= 0))
        self.undo_button.clicked.connect(self.undo_selected)
        return split

    def _build_unmatched(self) -> QWidget:
        self.unmatched_model = RowsModel([self.tr("Date"), self.tr("Channel"), self.tr("Transaction"),
                                          self.tr("Account or payer"), self.tr("Amount")], right_aligned=(4,))
        self.unmatched_view = _table(self.unmatched_model)
        EmptyHint(self.unmatched_view, self.tr("Nothing waits to be matched."))
        self.suggest_model = RowsModel([self.tr("Client"), self.tr("Client number"), self.tr("Invoice"),
                                        self.tr("Owed"), self.tr("Score"), self.tr("Why")],
                                       right_aligned=(3, 4))
        self.suggest_view = _table(self.suggest_model)
        self.allocate_button = QPushButton(self.tr("Allocate to the suggestion"))
        self.allocate_button.setEnabled(False)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Suggestions, best first")))
        lower_layout.addWidget(self.suggest_view)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.allocate_button)
        lower_layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.unmatched_view)
        split.addWidget(lower)
        split.setSizes([300, 280])
        self.unmatched_tab = split
        self.unmatched_view.selectionModel().selectionChanged.connect(self._show_suggestions)
        self.suggest_view.selectionModel().selectionChanged.connect(
            lambda *_: self.allocate_button.setEnabled(_selected_row(self.suggest_view) >= 0))
        self.allocate_button.clicked.connect(self.allocate_selected)
        return split

    def _build_history(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.rf_edit = QLineEdit()
        self.rf_edit.setPlaceholderText("RF18 5390 0754 7034")
        self.rf_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.rf_button = QPushButton(self.tr("Update status"))
        row.addWidget(QLabel(self.tr("Payment code (RF)")))
        row.addWidget(self.rf_edit, 1)
        row.addWidget(self.rf_button)
        self.rf_summary = QLabel()
        self.rf_model = RowsModel([self.tr("Date"), self.tr("Channel"), self.tr("Transaction"),
                                   self.tr("Amount"), self.tr("On this code")], right_aligned=(3, 4))
        self.rf_view = _table(self.rf_model)
        layout.addLayout(row)
        layout.addWidget(self.rf_summary)
        layout.addWidget(self.rf_view, 1)
        self.rf_button.clicked.connect(self.show_rf_history)
        self.rf_edit.returnPressed.connect(self.show_rf_history)
        return box

    def _build_runs(self) -> QWidget:
        self.runs_model = RowsModel([self.tr("Started"), self.tr("Finished"), self.tr("Sent"),
                                     self.tr("Received"), self.tr("Booked"), self.tr("Duplicates"),
                                     self.tr("Unmatched"), self.tr("Result")], right_aligned=(2, 3, 4, 5, 6))
        self.runs_view = _table(self.runs_model)
        EmptyHint(self.runs_view, self.tr("No sync has run yet."))
        return self.runs_view

    # --- connection -------------------------------------------------------------------
    def load_config(self) -> None:
        config = self.service.config()
        self.url_edit.setText(config.url)
        self.interval_spin.setValue(config.interval_minutes)
        self.auto_check.setChecked(config.auto)
        self.deposits_check.setChecked(config.deposits)
        try:
            saved = self.service.has_token(config.profile)
        except DomainError:  # the keyring refused or the secrets file is unreadable: saving says why
            saved = False
        where = {
            "keyring": self.tr("saved in the system keyring"),
            "file": self.tr("saved in a file only you can read (this PC has no system keyring)"),
            "memory": self.tr("kept until the program closes"),
        }
        self.token_edit.setPlaceholderText(where[self.service.token_store()] if saved
                                           else self.tr("paste the token from the exchange"))
        if config.auto and config.url:
            self.controller.schedule(config.interval_minutes)

    def _form_config(self) -> Any:
        return replace(self.service.config(), url=self.url_edit.text().strip(),
                       interval_minutes=self.interval_spin.value(), auto=self.auto_check.isChecked(),
                       deposits=self.deposits_check.isChecked())

    def save_config(self) -> bool:
        try:
            token = self.token_edit.text().strip() or None
            config = self.service.save_config(self._form_config(), token=token)
        except Exception as exc:
            self.ctx.dialogs.error(self, self.tr("The settings could not be saved"), sync_error_text(exc))
            return False
        self.token_edit.clear()
        self.load_config()
        if not config.auto:
            self.controller.schedule(None)
        self.ctx.events.status_message.emit(self.tr("Bank sync settings saved."))
        return True

    def test_connection(self) -> None:
        """Health check in the background; the answer appears under the buttons."""
        if not self.save_config():
            return
        self.test_button.setEnabled(False)
        self.connection_result.setText(self.tr("Connecting…"))

        def ok(health: Any) -> None:
            self.connection_result.setText(self.tr("Connected: the exchange answers (version {version}).")
                                           .format(version=isolate(health.version)))

        def failed(error: BaseException) -> None:
            self.connection_result.setText(sync_error_text(error))

        self.ctx.runner.submit(lambda _state: self.service.test_connection(), on_success=ok,
                               on_failure=failed, on_finished=lambda: self.test_button.setEnabled(True),
                               owner=self)

    # --- runs ---------------------------------------------------------------------------
    def sync_now(self) -> None:
        if not self.controller.sync_now():
            self.ctx.events.status_message.emit(self.tr("A bank sync is already running."))

    def _on_started(self) -> None:
        self.sync_button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.progress.setVisible(True)
        self.progress_label.setText(phase_text("check", 0))

    def _on_progress(self, done: int, total: int, phase: str) -> None:
        self.progress_label.setText(phase_text(phase, done))

    def _on_finished(self, report: Any, error: Any) -> None:
        self.sync_button.setEnabled(True)
        self.cancel_button.setVisible(False)
        self.progress.setVisible(False)
        if report is not None:
            self.progress_label.setText(self.tr("Done: {booked} booked, {unmatched} unmatched, "
                                                "{duplicates} already known.").format(
                booked=self.ctx.locale.toString(report.booked),
                unmatched=self.ctx.locale.toString(report.unmatched),
                duplicates=self.ctx.locale.toString(report.duplicates)))
        elif error is not None:
            self.progress_label.setText(sync_error_text(error))
        else:
            self.progress_label.setText(self.tr("Cancelled."))
        self.refresh()

    def _show_status(self, text: str, warning: bool) -> None:
        self.status.setText(text)
        self.status.setObjectName("warning" if warning else "muted")
        self.status.setStyleSheet("color: #b3261e;" if warning else "")

    # --- lists --------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._load_runs()
        self._load_received()
        self._load_unmatched()
        self.controller.update_status()

    def _when(self, value: Any) -> str:
        return local_time_text(self.ctx.locale, value)

    def _num(self, value: int) -> str:
        return str(self.ctx.locale.toString(int(value)))

    def _load_runs(self) -> None:
        rows = []
        for r in self.service.runs(200):
            result = error_code_text(r.error) if r.error else (
                self.tr("OK") if r.finished_at is not None else self.tr("Not finished"))
            rows.append((r.id, (self._when(r.started_at), self._when(r.finished_at), self._num(r.uploaded),
                                self._num(r.fetched), self._num(r.booked), self._num(r.duplicates),
                                self._num(r.unmatched), result), r.error))
        self.runs_model.set_rows(rows)

    def _load_received(self) -> None:
        rows = []
        for p in self.service.received(200):
            rows.append((p.id, (self._when(p.paid_at), channel_text(p.source), p.external_id or "",
                                p.client_name or self.tr("(no client)"), self.ctx.format_money(p.amount),
                                self.ctx.format_money(p.credit), reason_text(p.match_reason)), p.text))
        self.received_model.set_rows(rows)
        self.alloc_model.set_rows([])
        self.undo_button.setEnabled(False)

    def _show_allocations(self, *_args: Any) -> None:
        payment_id = self.received_model.key(_selected_row(self.received_view))
        rows = []
        if payment_id is not None:
            for a in self.service.allocations(payment_id):
                rows.append((a.allocation_id, (a.invoice_number or "", self.ctx.format_money(a.amount),
                                               reason_text(a.reason)), ""))
        self.alloc_model.set_rows(rows)
        self.undo_button.setEnabled(False)

    def undo_selected(self) -> None:
        allocation_id = self.alloc_model.key(_selected_row(self.alloc_view))
        if allocation_id is None:
            return
        if not self.ctx.dialogs.confirm(self, self.tr("Undo allocation"), self.tr(
                "Take this amount off the invoice? The money stays with the client as credit.")):
            return
        try:
            self.payments.undo_allocation(allocation_id, self.tr("Undone on the bank-sync screen"))
        except Exception as exc:
            self.ctx.dialogs.error(self, self.tr("The allocation could not be undone"), sync_error_text(exc))
            return
        self.refresh()

    def _load_unmatched(self) -> None:
        rows = []
        for p in self.service.unmatched(200):
            who = p.payer_name or p.text or ""
            rows.append((p.id, (self._when(p.paid_at), channel_text(p.source), p.external_id or "", who,
                                self.ctx.format_money(p.amount)), p.text))
        self.unmatched_model.set_rows(rows)
        self._suggestions = ()
        self.suggest_model.set_rows([])
        self.allocate_button.setEnabled(False)
        index = self.tabs.indexOf(self.unmatched_tab)
        label = self.tr("Unmatched") + (f" ({self._num(len(rows))})" if rows else "")
        self.tabs.setTabText(index, label)

    def _show_suggestions(self, *_args: Any) -> None:
        payment_id = self.unmatched_model.key(_selected_row(self.unmatched_view))
        self._suggestions = self.service.suggestions(payment_id) if payment_id is not None else ()
        rows = []
        for n, s in enumerate(self._suggestions):
            why = ", ".join(QCoreApplication.translate("BankSync", SUGGESTION_REASONS.get(r, r))
                            for r in s.reasons)
            owed = self.ctx.format_money(s.balance) if s.balance is not None else ""
            rows.append(((payment_id, n), (s.client_name, s.client_number,
                                           s.invoice_number or self.tr("oldest first"), owed,
                                           self._num(s.score), why), why))
        self.suggest_model.set_rows(rows)
        self.allocate_button.setEnabled(False)

    def allocate_selected(self) -> bool:
        key = self.suggest_model.key(_selected_row(self.suggest_view))
        if key is None:
            return False
        payment_id, n = key
        suggestion = self._suggestions[n]
        try:
            self.service.allocate_suggestion(payment_id, suggestion)
        except Exception as exc:
            self.ctx.dialogs.error(self, self.tr("The payment could not be allocated"), sync_error_text(exc))
            return False
        self.ctx.events.status_message.emit(self.tr("Payment allocated to {client}.").format(
            client=isolate(suggestion.client_name)))
        self.refresh()
        return True

    def show_rf_history(self) -> None:
        code = self.rf_edit.text().strip()
        if not code:
            return
        history = self.service.rf_history(code)
        rows = []
        total = None
        for p in history.payments:
            total = p.on_this if total is None else total + p.on_this
            rows.append((p.payment_id, (self._when(p.paid_at), channel_text(p.channel), p.external_id or "",
                                        self.ctx.format_money(p.amount), self.ctx.format_money(p.on_this)),
                         ""))
        self.rf_model.set_rows(rows)
        if history.kind == "":
            self.rf_summary.setText(self.tr("No invoice or client has the code {code}.").format(
                code=isolate(history.rf)))
        else:
            kind = self.tr("invoice") if history.kind == "invoice" else self.tr("client's open code")
            paid = self.ctx.format_money(total) if total is not None else "0"
            self.rf_summary.setText(self.tr("{code} ({kind}): {count} payment(s), {paid} in total.").format(
                code=isolate(history.rf), kind=kind, count=self._num(len(rows)), paid=isolate(paid)))

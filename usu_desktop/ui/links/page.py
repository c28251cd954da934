"""LinksPage: payment links (make, send, cancel, follow), the message log (retry), sending settings."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.ui.banksync.models import RowsModel
from usu_desktop.ui.errors import error_text
from usu_desktop.ui.i18n import datetime_text, isolate, setup_date_edit
from usu_desktop.ui.links.notify import BADGE_PAGES
from usu_desktop.ui.links.texts import channel_text, outcome_text, status_text
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


def _local(locale: QLocale, when: datetime | None) -> str:
    return datetime_text(locale, when)


class NewLinkDialog(QDialog):
    """What the link is for, and until when."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New payment link"))
        self.currency = currency
        self.kind_group = QButtonGroup(self)
        self.invoice_radio = QRadioButton(self.tr("For an invoice (what is still owed)"))
        self.client_radio = QRadioButton(self.tr("For a patient (everything owed)"))
        self.free_radio = QRadioButton(self.tr("Free amount (the payer chooses)"))
        for i, radio in enumerate((self.invoice_radio, self.client_radio, self.free_radio)):
            self.kind_group.addButton(radio, i)
        self.invoice_radio.setChecked(True)
        self.key_edit = QLineEdit()
        self.partial_check = QCheckBox(self.tr("The payer may pay part of it"))
        self.partial_check.setChecked(True)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("optional"))
        self.min_edit = QLineEdit()
        self.min_edit.setPlaceholderText(self.tr("optional"))
        self.max_edit = QLineEdit()
        self.max_edit.setPlaceholderText(self.tr("optional"))
        self.title_edit = QLineEdit()
        self.expiry_edit = QDateEdit(QDate.currentDate().addDays(14))
        self.expiry_edit.setCalendarPopup(True)
        setup_date_edit(self.expiry_edit)
        self.expiry_edit.setMinimumDate(QDate.currentDate().addDays(1))
        self.key_label = QLabel()
        form = QFormLayout()
        form.addRow(self.invoice_radio)
        form.addRow(self.client_radio)
        form.addRow(self.free_radio)
        form.addRow(self.key_label, self.key_edit)
        form.addRow("", self.partial_check)
        form.addRow(self.tr("Amount ({currency})").format(currency=currency), self.amount_edit)
        form.addRow(self.tr("Smallest amount"), self.min_edit)
        form.addRow(self.tr("Largest amount"), self.max_edit)
        form.addRow(self.tr("What it is for"), self.title_edit)
        form.addRow(self.tr("Valid until"), self.expiry_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind_group.idToggled.connect(lambda *_: self._kind_changed())
        self._kind_changed()

    def kind(self) -> str:
        return ("invoice", "client", "free")[max(0, self.kind_group.checkedId())]

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.key_label.setText(
            self.tr("Invoice number")
            if kind == "invoice"
            else self.tr("Client number")
            if kind == "client"
            else self.tr("Client number (optional)")
        )
        self.partial_check.setEnabled(kind == "invoice")
        self.amount_edit.setEnabled(kind == "client")
        for edit in (self.min_edit, self.max_edit, self.title_edit):
            edit.setEnabled(kind == "free")

    def expiry(self) -> date:
        d = self.expiry_edit.date()
        return date(d.year(), d.month(), d.day())

    def money(self, edit: QLineEdit) -> Money | None:
        text = edit.text().strip().replace(" ", "").replace(",", ".")
        return Money(text, self.currency) if text else None


class LinksPage(QWidget):
    def __init__(self, ctx: Any, service: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service or ctx.services.links
        self.dialog_factory = NewLinkDialog
        title = QLabel(self.tr("Payment links"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_links(), self.tr("Links"))
        self.tabs.addTab(self._build_messages(), self.tr("Messages"))
        self.tabs.addTab(self._build_settings(), self.tr("Sending"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs)
        self.ctx.events.links_changed.connect(self._links_changed)  # a method: gone with the page
        self.reload()

    def _links_changed(self, _changes: object) -> None:
        self.reload()

    def page_shown(self) -> None:
        """The desk has now seen the paid/expired links: clear the navigation badge."""
        watcher = self.ctx.link_watcher
        if watcher is not None:
            watcher.mark_seen()
        else:
            self.service.mark_seen()
            for page in BADGE_PAGES:
                self.ctx.events.nav_badge.emit(page, 0)

    # --- links -------------------------------------------------------------------------
    def _build_links(self) -> QWidget:
        self.links_model = RowsModel(
            [
                self.tr("Created"),
                self.tr("Patient"),
                self.tr("For"),
                self.tr("Amount"),
                self.tr("Paid"),
                self.tr("Status"),
                self.tr("Valid until"),
            ],
            right_aligned=(3, 4),
        )
        self.links_view = _table(self.links_model)
        EmptyHint(self.links_view, self.tr("No payment links yet. Make one with “New link…”."))
        self.new_button = QPushButton(self.tr("New link…"))
        self.email_button = QPushButton(self.tr("Send by e-mail"))
        self.sms_button = QPushButton(self.tr("Send by SMS"))
        self.copy_button = QPushButton(self.tr("Copy address"))
        self.cancel_button = QPushButton(self.tr("Cancel link"))
        self.refresh_button = QPushButton(self.tr("Update statuses"))
        row = QHBoxLayout()
        for b in (self.new_button, self.email_button, self.sms_button, self.copy_button, self.cancel_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.addLayout(row)
        lay.addWidget(self.links_view)
        self.new_button.clicked.connect(self.new_link)
        self.email_button.clicked.connect(lambda: self.send_selected("email"))
        self.sms_button.clicked.connect(lambda: self.send_selected("sms"))
        self.copy_button.clicked.connect(self.copy_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.refresh_button.clicked.connect(self.refresh_statuses)
        self.links_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        return box

    def reload(self) -> None:
        from usu_desktop.services.links import client_names

        locale = self.ctx.locale
        links = self.service.links()
        names = client_names(self.service.db, sorted({v.client_id for v in links if v.client_id is not None}))
        rows = []
        self.urls = {v.id: v.url for v in links}
        for v in links:
            amount = self.ctx.format_money(v.amount) if v.amount else self.tr("payer chooses")
            rows.append(
                (
                    v.id,
                    [
                        _local(locale, v.created_at),
                        names.get(v.client_id or -1, ""),
                        v.title,
                        amount,
                        self.ctx.format_money(v.paid) if v.paid.minor else "",
                        status_text(v.status),
                        _local(locale, v.expires_at),
                    ],
                    v.url,
                )
            )
        self.links_model.set_rows(rows)
        self._reload_messages()
        self._enable()

    def selected_link(self) -> int | None:
        rows = self.links_view.selectionModel().selectedRows()
        return self.links_model.key(rows[0].row()) if rows else None

    def _enable(self) -> None:
        has = self.selected_link() is not None
        for b in (self.email_button, self.sms_button, self.copy_button, self.cancel_button):
            b.setEnabled(has)

    def new_link(self) -> Any:
        from usu_desktop.services.links import find_client, find_invoice

        dialog = self.dialog_factory(self.ctx.services.settings.load().currency, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            kind, key = dialog.kind(), dialog.key_edit.text().strip()
            if kind == "invoice":
                view = self.service.create_for_invoice(
                    find_invoice(self.service.db, key),
                    dialog.expiry(),
                    open_amount=dialog.partial_check.isChecked(),
                )
            elif kind == "client":
                view = self.service.create_for_client(
                    find_client(self.service.db, key), dialog.expiry(), dialog.money(dialog.amount_edit)
                )
            else:
                view = self.service.create_free(
                    dialog.expiry(),
                    dialog.title_edit.text(),
                    find_client(self.service.db, key) if key else None,
                    dialog.money(dialog.min_edit),
                    dialog.money(dialog.max_edit),
                )
        except DomainError as err:
            self.ctx.dialogs.show_error(self, err, self.tr("New payment link"))
            return None
        self.reload()
        self.ctx.events.status_message.emit(self.tr("Payment link made: {url}").format(url=isolate(view.url)))
        return view

    def send_selected(self, channel: str) -> Any:
        link_id = self.selected_link()
        if link_id is None:
            return None
        try:
            result = self.service.send(link_id, channel)
        except DomainError as err:
            self.ctx.dialogs.show_error(self, err, self.tr("Send payment link"))
            return None
        self.reload()
        if result.status == "sent":
            self.ctx.events.status_message.emit(
                self.tr("Sent by {channel}").format(channel=channel_text(channel))
            )
        else:
            self.ctx.dialogs.warning(
                self,
                self.tr("Send payment link"),
                self.tr("Not sent: {reason}\nThe message is in the log and can be sent again.").format(
                    reason=error_text(_Coded(result.error))
                ),
            )
        return result

    def copy_selected(self) -> None:
        link_id = self.selected_link()
        if link_id is not None:
            QGuiApplication.clipboard().setText(self.urls.get(link_id, ""))

    def cancel_selected(self) -> None:
        link_id = self.selected_link()
        if link_id is None:
            return
        if not self.ctx.dialogs.confirm(
            self,
            self.tr("Cancel link"),
            self.tr("Cancel this payment link? It will refuse payment from now on."),
        ):
            return
        try:
            self.service.cancel(link_id)
        except DomainError as err:
            self.ctx.dialogs.show_error(self, err, self.tr("Cancel link"))
        self.reload()

    def refresh_statuses(self) -> None:
        def work(_state: Any) -> Any:
            return self.service.refresh()

        self.ctx.runner.submit(
            work,
            on_success=lambda changes: self.ctx.events.links_changed.emit(changes or []),
            on_failure=lambda err: self.ctx.dialogs.show_error(self, err),
            owner=self,
        )

    # --- messages ----------------------------------------------------------------------
    def _build_messages(self) -> QWidget:
        self.messages_model = RowsModel(
            [
                self.tr("Time"),
                self.tr("Patient"),
                self.tr("Channel"),
                self.tr("To"),
                self.tr("Status"),
                self.tr("Attempts"),
                self.tr("Reason"),
            ],
            right_aligned=(5,),
        )
        self.messages_view = _table(self.messages_model)
        EmptyHint(self.messages_view, self.tr("No messages sent yet."))
        self.retry_button = QPushButton(self.tr("Send failed messages again"))
        self.retry_button.clicked.connect(self.retry_failed)
        box = QWidget()
        lay = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.retry_button)
        lay.addLayout(row)
        lay.addWidget(self.messages_view)
        return box

    def _reload_messages(self) -> None:
        from usu_desktop.services.links import client_names

        locale = self.ctx.locale
        log = self.service.messaging.log()
        names = client_names(self.service.db, sorted({m.client_id for m in log if m.client_id is not None}))
        rows = []
        for m in log:
            reason = error_text(_Coded(m.error)) if m.error else ""
            rows.append(
                (
                    m.id,
                    [
                        _local(locale, m.sent_at or m.created_at),
                        names.get(m.client_id or -1, ""),
                        channel_text(m.channel),
                        m.recipient,
                        outcome_text(m.status),
                        locale.toString(m.attempts),
                        reason,
                    ],
                    m.body[:300],
                )
            )
        self.messages_model.set_rows(rows)
        self.retry_button.setEnabled(any(m.status == "failed" for m in log))

    def retry_failed(self) -> None:
        def work(_state: Any) -> Any:
            return self.service.messaging.retry_failed()

        def done(results: Any) -> None:
            sent = sum(r.status == "sent" for r in results or [])
            self.ctx.events.status_message.emit(
                self.tr("{sent} of {count} messages sent").format(
                    sent=self.ctx.locale.toString(sent), count=self.ctx.locale.toString(len(results or []))
                )
            )
            self.reload()

        self.ctx.runner.submit(
            work, on_success=done, on_failure=lambda err: self.ctx.dialogs.show_error(self, err), owner=self
        )

    # --- sending settings ----------------------------------------------------------------
    def _build_settings(self) -> QWidget:
        cfg = self.service.messaging.config()
        self.smtp_host = QLineEdit(cfg.smtp.host)
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(cfg.smtp.port)
        self.smtp_security = QComboBox()
        for code, label in (
            ("starttls", self.tr("STARTTLS")),
            ("ssl", self.tr("TLS (SSL)")),
            ("none", self.tr("None (this computer only)")),
        ):
            self.smtp_security.addItem(label, code)
        self.smtp_security.setCurrentIndex(max(0, self.smtp_security.findData(cfg.smtp.security)))
        self.smtp_user = QLineEdit(cfg.smtp.username)
        self.smtp_password = QLineEdit()
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_password.setPlaceholderText(self.tr("unchanged"))
        self.smtp_sender = QLineEdit(cfg.smtp.sender)
        self.sms_url = QLineEdit(cfg.sms.url_template)
        self.sms_url.setPlaceholderText(
            "https://sms.example/send?user={user}&pass={password}&to={to}&text={text}"
        )
        self.sms_method = QComboBox()
        self.sms_method.addItems(["GET", "POST"])
        self.sms_method.setCurrentText(cfg.sms.method.upper())
        self.sms_user = QLineEdit(cfg.sms.user)
        self.sms_password = QLineEdit()
        self.sms_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sms_password.setPlaceholderText(self.tr("unchanged"))
        self.sms_sender = QLineEdit(cfg.sms.sender)
        self.save_settings_button = QPushButton(self.tr("Save"))
        form = QFormLayout()
        form.addRow(QLabel(self.tr("E-mail (SMTP)")))
        form.addRow(self.tr("Server"), self.smtp_host)
        form.addRow(self.tr("Port"), self.smtp_port)
        form.addRow(self.tr("Encryption"), self.smtp_security)
        form.addRow(self.tr("User name"), self.smtp_user)
        form.addRow(self.tr("Password"), self.smtp_password)
        form.addRow(self.tr("Sender address"), self.smtp_sender)
        form.addRow(QLabel(self.tr("SMS gateway")))
        form.addRow(self.tr("Address template"), self.sms_url)
        form.addRow(self.tr("Method"), self.sms_method)
        form.addRow(self.tr("User name"), self.sms_user)
        form.addRow(self.tr("Password"), self.sms_password)
        form.addRow(self.tr("Sender name"), self.sms_sender)
        form.addRow("", self.save_settings_button)
        self.save_settings_button.clicked.connect(self.save_settings)
        box = QWidget()
        box.setLayout(form)
        return box

    def save_settings(self) -> bool:
        from usu_desktop.bank.mail import SmtpConfig
        from usu_desktop.bank.sms import SmsConfig
        from usu_desktop.services.messaging import MessagingConfig

        config = MessagingConfig(
            SmtpConfig(
                self.smtp_host.text().strip(),
                self.smtp_port.value(),
                self.smtp_security.currentData(),
                self.smtp_user.text().strip(),
                self.smtp_sender.text().strip(),
                cafile=self.service.messaging.config().smtp.cafile,  # set by administrators, kept
            ),
            SmsConfig(
                self.sms_url.text().strip(),
                self.sms_method.currentText(),
                self.sms_user.text().strip(),
                self.sms_sender.text().strip(),
            ),
        )
        try:
            self.service.messaging.save_config(
                config, self.smtp_password.text() or None, self.sms_password.text() or None
            )
        except DomainError as err:
            self.ctx.dialogs.show_error(self, err, self.tr("Sending"))
            return False
        self.smtp_password.clear()
        self.sms_password.clear()
        self.ctx.events.status_message.emit(self.tr("Sending settings saved"))
        return True


class _Coded(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, Any] = {}

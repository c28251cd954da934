"""The price list: services with code, name, price, VAT rate and an active flag. The
invoice editor offers the active ones. A service is never deleted, only deactivated."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.domain.money_format import parse_amount
from usu_desktop.ui.clients.page import page_action
from usu_desktop.ui.i18n import babel_locale
from usu_desktop.ui.invoices.editor import percent_text
from usu_desktop.ui.tables.common import SearchLine, lead_to_list, tab_chain
from usu_desktop.ui.tables.delegates import LocaleFormatter, MoneyDelegate
from usu_desktop.ui.tables.header_state import HeaderState
from usu_desktop.ui.tables.model import RAW_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex



DEFAULT_WIDTHS = (12, 44, 12, 8)  # code, service (room for a full name), price, VAT %; Active stretches

class ServiceModel(QAbstractTableModel):
    """The whole price list (tens of rows, so held in memory), filtered by text."""

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[Any] = []
        self.text = ""
        self.titles = [
            self.tr("Code"),
            self.tr("Service"),
            self.tr("Price"),
            self.tr("VAT %"),
            self.tr("Active"),
        ]

    def load(self) -> None:
        self.beginResetModel()
        needle = self.text.strip().casefold()
        self.items = [
            s
            for s in self.ctx.services.invoicing.services(include_inactive=True)
            if not needle or needle in s.code.casefold() or needle in s.name.casefold()
        ]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.titles)
        ):
            return self.titles[section]
        return super().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        s = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                s.code,
                s.name,
                self.ctx.format_money(s.price),
                percent_text(s.vat_rate),
                self.tr("yes") if s.active else self.tr("no"),
            )[col]
        if role == RAW_ROLE and col == 2:
            return s.price
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not s.active:
            from PySide6.QtGui import QColor

            return QColor("#7a7f87")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ServiceDialog(QDialog):
    def __init__(self, ctx: Any, item: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.item = ctx, item
        self.service_id: int | None = item.id if item else None
        self.currency = item.price.currency if item else str(ctx.services.settings.load().currency)
        self.setWindowTitle(self.tr("Edit service") if item else self.tr("New service"))
        self.code = QLineEdit(item.code if item else "")
        self.name = QLineEdit(item.name if item else "")
        self.price = QLineEdit(ctx.format_money(item.price, with_currency=False) if item else "")
        self.price.setPlaceholderText(self.currency)
        self.vat = QLineEdit(percent_text(item.vat_rate) if item else "0")
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Price ({currency})").format(currency=self.currency), self.price)
        form.addRow(self.tr("VAT %"), self.vat)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def save(self) -> bool:
        title = self.windowTitle()
        loc = babel_locale(self.ctx.language)
        try:
            price = Money.parse(self.price.text() or "0", self.currency, loc)
            if price.is_negative():
                raise DomainError("line_bad_price", unit_price=self.price.text())
            try:
                rate = parse_amount(self.vat.text() or "0", loc) / Decimal(100)
            except (DomainError, InvalidOperation):
                raise DomainError("line_bad_vat", vat_rate=self.vat.text()) from None
            svc = self.ctx.services.reception
            if self.service_id is None:
                if svc.code_taken(self.code.text()):
                    raise DomainError("service_code_taken", service_code=self.code.text().strip())
                self.service_id = self.ctx.services.invoicing.add_service(
                    self.code.text(), self.name.text(), price, rate
                )
            else:
                svc.update_service(self.service_id, self.code.text(), self.name.text(), price, rate)
        except DomainError as exc:
            if exc.code == "service_code_taken":
                self.ctx.dialogs.error(
                    self,
                    title,
                    self.tr("The code “{code}” is already used by another service.").format(
                        code=exc.params.get("service_code", "")
                    ),
                )
            else:
                self.ctx.dialogs.show_error(self, exc, title)
            return False
        self.accept()
        return True


class PriceListPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("priceListPage")
        self.ctx = ctx
        self.search = SearchLine(self.tr("Search: code or name"))
        self.show_inactive = QCheckBox(self.tr("Show inactive"))
        self.new_button = QPushButton(self.tr("&New service"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_inactive)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.active_button)
        self.model = ServiceModel(ctx, self)
        self.view = QTableView()
        self.view.setObjectName("priceListTable")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(2, MoneyDelegate(LocaleFormatter(ctx), self.view))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionsMovable(True)
        char = self.view.fontMetrics().averageCharWidth()
        for column, chars in enumerate(DEFAULT_WIDTHS):  # until the desk sets its own (remembered)
            self.view.horizontalHeader().resizeSection(column, chars * char + 16)
        self.header_state = HeaderState(self.view, ctx.qsettings, "pricelist")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.search.search_changed.connect(lambda _t: self.reload())
        self.show_inactive.toggled.connect(lambda _on: self.reload())
        self.new_button.clicked.connect(self.new_service)
        self.edit_button.clicked.connect(self.edit_service)
        self.active_button.clicked.connect(self.toggle_active)
        self.view.doubleClicked.connect(lambda _i: self.edit_service())
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.update_buttons())
        self.new_action = page_action(self, self.tr("New service"), QKeySequence("Ctrl+N"), self.new_service)
        chain = (self.search, self.show_inactive, self.new_button, self.edit_button, self.active_button,
                 self.view)
        tab_chain(*chain)
        lead_to_list(self.search, self.view)
        self.reload()

    def reload(self) -> None:
        self.model.text = self.search.text()
        self.model.load()
        if not self.show_inactive.isChecked():
            self.model.beginResetModel()
            self.model.items = [s for s in self.model.items if s.active]
            self.model.endResetModel()
        self.update_buttons()

    def current(self) -> Any:
        row = self.view.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def update_buttons(self) -> None:
        item = self.current()
        self.edit_button.setEnabled(item is not None)
        self.active_button.setEnabled(item is not None)
        self.active_button.setText(
            self.tr("&Activate") if item is not None and not item.active else self.tr("&Deactivate")
        )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def run_dialog(self, dialog: Any) -> bool:
        run = getattr(self.ctx.dialogs, "run", None)
        return bool(run(dialog)) if callable(run) else bool(dialog.exec())

    def new_service(self) -> None:
        dialog = ServiceDialog(self.ctx, None, self)
        if self.run_dialog(dialog):
            self.reload()
        dialog.deleteLater()

    def edit_service(self) -> None:
        item = self.current()
        if item is None:
            return
        dialog = ServiceDialog(self.ctx, item, self)
        if self.run_dialog(dialog):
            self.reload()
        dialog.deleteLater()

    def toggle_active(self) -> None:
        item = self.current()
        if item is None:
            return
        try:
            self.ctx.services.reception.set_service_active(item.id, not item.active)
        except DomainError as exc:
            self.ctx.dialogs.show_error(self, exc)
        self.reload()

"""Choose a patient (for a new invoice or a payment) by typing part of a name or number."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from usu_desktop.ui.clients.model import client_model
from usu_desktop.ui.tables.common import SearchLine
from usu_desktop.ui.tables.view import ListView


class ClientPicker(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from usu_desktop.storage.queries import ClientFilter

        self._filter = ClientFilter
        self.setWindowTitle(self.tr("Choose a patient"))
        self.resize(640, 420)
        self.client_id: int | None = None
        self.search = SearchLine(self.tr("Name, client number, phone or e-mail"))
        self.model = client_model(ctx, ClientFilter(), self)
        self.view = ListView(ctx, self.model, "clientPicker", 1, Qt.SortOrder.AscendingOrder)
        self.model.ensure_loaded()
        self.search.search_changed.connect(lambda text: self.model.set_filter(ClientFilter(text=text)))
        self.view.open_row.connect(self.choose)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(lambda: self.choose(self.view.current_row()))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.search.setFocus()
        self.setTabOrder(self.search, self.view)

    def choose(self, row: int) -> None:
        client_id = self.model.id_at(row) if row >= 0 else None
        if client_id is not None:
            self.client_id = client_id
            self.accept()


def pick_client(ctx: Any, parent: QWidget | None) -> int | None:
    """A patient id, or None; `ctx.dialogs.pick_client` (tests) answers instead when present."""
    pick = getattr(ctx.dialogs, "pick_client", None)
    if callable(pick):
        result = pick(parent)
        return None if result is None else int(result)
    dialog = ClientPicker(ctx, parent)
    try:
        return dialog.client_id if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()

"""Choose a patient (for a new invoice or a payment) by typing part of a name or number."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from usu_desktop.ui.clients.model import client_model
from usu_desktop.ui.tables.common import SearchLine, lead_to_list
from usu_desktop.ui.tables.view import ListView


class ClientPicker(QDialog):
    """Enter in the search field chooses the only match (else goes into the list); OK stays
    disabled, saying why, until a patient is chosen in the list."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from usu_desktop.storage.queries import ClientFilter

        self._filter = ClientFilter
        self.setWindowTitle(self.tr("Choose a patient"))
        self.resize(640, 420)
        self.client_id: int | None = None
        self._enter_waiting = False  # Enter came before the rows of what was typed
        self.search = SearchLine(self.tr("Name, client number, phone or e-mail"))
        self.model = client_model(ctx, ClientFilter(), self)
        self.view = ListView(ctx, self.model, "clientPicker", 1, Qt.SortOrder.AscendingOrder)
        self.hint = QLabel()
        self.hint.setObjectName("pickerHint")
        self.hint.setWordWrap(True)
        self.model.ensure_loaded()
        self.search.search_changed.connect(lambda text: self.model.set_filter(ClientFilter(text=text)))
        self.view.open_row.connect(self.choose)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(lambda: self.choose(self.view.current_row()))
        self.buttons.rejected.connect(self.reject)
        self.view.current_row_changed.connect(lambda _row: self.update_ok())
        self.model.reloaded.connect(self._rows_in)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.search.setFocus()
        self.setTabOrder(self.search, self.view)
        self.setTabOrder(self.view, self.buttons)
        lead_to_list(self.search, self.view, self.enter_in_search)
        self.update_ok()

    def update_ok(self) -> None:
        chosen = self.view.current_row() >= 0 and self.model.id_at(self.view.current_row()) is not None
        self.ok_button.setEnabled(chosen)
        why = "" if chosen else self.tr("Choose a patient in the list first (Down or Enter from the search).")
        self.ok_button.setToolTip(why)
        self.hint.setText(why or self.tr("Enter or OK chooses the selected patient."))

    def enter_in_search(self) -> bool:
        """Enter in the search field: the only match is chosen at once (True: handled)."""
        if self.model.loading():
            self._enter_waiting = True
            return True
        if self.model.rowCount() == 1:
            self.choose(0)
            return True
        return False  # into the list, on its first row

    def _rows_in(self) -> None:
        if self._enter_waiting:
            self._enter_waiting = False
            if not self.enter_in_search():
                self.view.focus_first_row()

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

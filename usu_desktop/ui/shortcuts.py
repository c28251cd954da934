"""Help > Keyboard shortcuts: a small window with a table of what the keys do.

The main window hands in its own actions (pages in side-menu order, Find, Settings, …); the
keys the reception screens share are listed here (their descriptions marked for translation).
The window is not modal: it can stay open beside the desk while someone learns the keys.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

CONTEXT = "ShortcutsDialog"

# (what the keys do, the keys: one or more sequences in portable text)
DESK_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "From a search field into its list (first row)"),
     ("Down", "Return")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Clear the search field"), ("Esc",)),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the selected row"), ("Return",)),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "New patient or new service (on its page)"), ("Ctrl+N",)),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "New invoice for the selected patient"), ("Ctrl+I",)),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Take a payment"), ("F9",)),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Preview the document"), ("Ctrl+Shift+P",)),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Print the document"), ("Ctrl+P",)),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the document as PDF"), ("Ctrl+Shift+S",)),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Invoice editor: add the highlighted service"), ("Return",)),
)


def key_text(*sequences: QKeySequence | str) -> str:
    """Keys as the platform writes them, kept left-to-right inside right-to-left text."""
    texts = [QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in sequences]
    return "\u2066" + " / ".join(t for t in texts if t) + "\u2069"


def action_text(action: QAction) -> str:
    """An action's menu text without its mnemonic ampersand and ellipsis."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class ShortcutsDialog(QDialog):
    """Two columns: what, and which keys. `rows` come first (the main window's actions)."""

    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(self.tr("Everything at the desk works from the keyboard. The page keys follow "
                               "the order of the side menu."))
        intro.setWordWrap(True)
        all_rows = list(rows) + [(QCoreApplication.translate(CONTEXT, text), key_text(*keys))
                                 for text, keys in DESK_KEYS]
        self.table = QTableWidget(len(all_rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        for row, (what, keys) in enumerate(all_rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            item = QTableWidgetItem(keys)
            item.setData(Qt.ItemDataRole.UserRole, keys.strip("\u2066\u2069"))
            self.table.setItem(row, 1, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def rows(self) -> list[tuple[str, str]]:
        """The table as (action, keys) text, keys without their direction marks (tests)."""
        table = self.table
        return [(table.item(r, 0).text(), str(table.item(r, 1).data(Qt.ItemDataRole.UserRole)))
                for r in range(table.rowCount())]

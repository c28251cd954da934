"""The same document keys on every screen, and the small helpers the screens build them with.

    Ctrl+P         Print…            (the system print dialog, no preview)
    Ctrl+Shift+P   Preview
    Ctrl+Shift+S   Save as PDF…
    Ctrl+Shift+E   Export selected…  (invoice lists: batch, in the background)

A screen makes its actions with `document_action` (shortcut active while focus is inside
the screen, so two screens never fight over a key) and offers them again in a list's
context menu through `attach_menu`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QToolButton, QWidget

PRINT_KEY = QKeySequence("Ctrl+P")
PREVIEW_KEY = QKeySequence("Ctrl+Shift+P")
SAVE_PDF_KEY = QKeySequence("Ctrl+Shift+S")
EXPORT_KEY = QKeySequence("Ctrl+Shift+E")


def document_action(widget: QWidget, text: str, shortcut: QKeySequence | None,
                    slot: Callable[[], Any], name: str = "") -> QAction:
    """A QAction on `widget` whose shortcut works while the focus is inside `widget`."""
    action = QAction(text, widget)
    if name:
        action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    widget.addAction(action)
    return action


def action_button(action: QAction, parent: QWidget | None = None) -> QToolButton:
    """A button that shows, enables and triggers `action`; its tooltip names the key."""
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    if action.objectName():
        button.setObjectName(action.objectName() + "Button")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    if keys:
        button.setToolTip(f"{action.text()} ({keys})")
    return button


def attach_menu(view: QAbstractItemView, build: Callable[[], Sequence[QAction | None]]) -> None:
    """Right-click on `view` pops up a menu of `build()` (None = separator); the actions keep
    their own enabled state and shortcuts (shown in the menu, registered on the screen)."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def popup(pos: QPoint) -> None:
        index = view.indexAt(pos)
        if index.isValid() and not view.selectionModel().isSelected(index):
            view.setCurrentIndex(index)  # right-click on an unselected row selects it first
        menu = make_menu(view, build())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(view.viewport().mapToGlobal(pos))

    view.customContextMenuRequested.connect(popup)


def make_menu(parent: QWidget, actions: Sequence[QAction | None]) -> QMenu:
    menu = QMenu(parent)
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    return menu

"""StatementsPage: the "Bank statements" page of the main window (a frame around StatementsWidget)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from usu_desktop.ui.statements.widget import StatementsWidget


class StatementsPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statementsPage")
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Bank statements"), self)
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.widget = StatementsWidget(ctx, self)
        layout.addWidget(self.widget, 1)

    def import_paths(self, paths: Any) -> bool:
        return self.widget.import_paths(paths)

"""The honest page for a screen that is not built yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from usu_desktop.ui import theme


class ComingSoonPage(QWidget):
    def __init__(self, title: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comingSoon")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        picture = QLabel()
        picture.setPixmap(theme.icon(icon_name).pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self.tr("This screen is coming soon. "
                                      "It is being built and will appear in a future version."))
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (picture, heading, self.message):
            layout.addWidget(widget)
        layout.addStretch(3)

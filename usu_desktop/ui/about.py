"""Help > About."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from usu_desktop import __version__ as app_version
from usu_desktop.ui import theme
from usu_desktop.ui.i18n import isolate


class AboutDialog(QDialog):
    def __init__(self, db_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About USU Desktop"))
        logo = QLabel()
        logo.setPixmap(theme.icon("usu-desktop").pixmap(56, 56))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("USU Desktop {version}").format(version=isolate(app_version)))
        title.setObjectName("pageTitle")
        blurb = QLabel(self.tr("Accounting for small clinics: invoices, payment codes, "
                               "terminal and bank payments."))
        blurb.setWordWrap(True)
        licence = QLabel(self.tr("Free software under the GNU General Public License, version 3 or later."))
        licence.setWordWrap(True)
        licence.setObjectName("muted")
        tech = QLabel(self.tr("Qt {qt}, PySide6 {pyside}, Python {python}").format(
            qt=isolate(qVersion()), pyside=isolate(pyside_version),
            python=isolate(platform.python_version())))
        tech.setObjectName("muted")
        texts = QVBoxLayout()
        for widget in (title, blurb, licence, tech):
            texts.addWidget(widget)
        if db_label:
            database = QLabel(self.tr("Database: {name}").format(name=isolate(db_label)))
            database.setObjectName("muted")
            database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            texts.addWidget(database)
        row = QHBoxLayout()
        row.addWidget(logo)
        row.addLayout(texts, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

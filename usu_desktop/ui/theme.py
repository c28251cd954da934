"""The look: Fusion with a calm light palette, one accent colour, and SVG icons.

Icons are package data in usu_desktop/resources/icons, found with importlib.resources
(a checkout, an installed wheel or a PyInstaller bundle alike).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

ACCENT = "#2f6f8f"
ACCENT_SOFT = "#e3eef3"
WINDOW_BG = "#f6f7f9"
BORDER = "#d9dde3"
TEXT = "#1f2933"
MUTED = "#5f6b7a"
DISABLED_TEXT = "#9aa3ae"

STYLE_SHEET = f"""
QListWidget#navigation {{
    background: #eef1f4; border: none;
    padding: 8px 6px; outline: 0; font-size: 11pt;
}}
QListWidget#navigation::item {{ padding: 9px 10px; margin: 1px 0; border-radius: 6px; color: {TEXT}; }}
QListWidget#navigation::item:hover {{ background: #e2e7ec; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QLabel#appTitle {{ font-size: 13pt; font-weight: 600; color: {ACCENT}; padding: 14px 16px 6px 16px; }}
QLabel#pageTitle {{ font-size: 16pt; font-weight: 600; color: {TEXT}; }}
QLabel#muted {{ color: {MUTED}; }}
QLabel#emptyHint {{ color: {MUTED}; font-size: 11pt; }}
QLabel#fieldError {{ color: #b42318; }}
QFrame#card {{ background: white; border: 1px solid {BORDER}; border-radius: 8px; }}
QStatusBar {{ background: #eef1f4; color: {MUTED}; border-top: 1px solid {BORDER}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 8px; }}
QStatusBar::item {{ border: none; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QPushButton {{ padding: 5px 14px; }}
"""


def resources_dir() -> Path:
    """The package's resources/ folder (the package is a plain folder wherever it runs)."""
    return Path(str(files("usu_desktop") / "resources"))


def icon(name: str) -> QIcon:
    """The SVG icon `name`, with a white variant for selected items (on the accent colour)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.exists():
        return QIcon()
    result = QIcon(str(path))
    data = path.read_bytes()
    if ACCENT.encode() in data:
        white = QPixmap()
        if white.loadFromData(data.replace(ACCENT.encode(), b"#ffffff"), "SVG"):
            for size in (16, 20, 24, 32):
                result.addPixmap(white.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation),
                                 QIcon.Mode.Selected)
    return result


def _pick_font(rtl: bool) -> QFont:
    families = set(QFontDatabase.families())
    for family in ("Noto Sans", "DejaVu Sans", "Segoe UI", "Liberation Sans"):
        if family in families:
            font = QFont(family, 10)
            if rtl:
                font.setFamilies([family, "Noto Sans Arabic", "Noto Naskh Arabic", "Vazirmatn"])
            return font
    return QApplication.font()


def apply(app: QApplication, rtl: bool = False) -> None:
    """Set style, palette, font and style sheet on the whole application."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW_BG))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f3f5f7"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, QColor("#fbfcfd"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a94a3"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    # setColor(role, …) above sets every colour group: disabled controls must still look disabled
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor(DISABLED_TEXT))
    palette.setColor(disabled, QPalette.ColorRole.Base, QColor(WINDOW_BG))
    palette.setColor(disabled, QPalette.ColorRole.Button, QColor(WINDOW_BG))
    palette.setColor(disabled, QPalette.ColorRole.Highlight, QColor(MUTED))
    app.setPalette(palette)
    app.setFont(_pick_font(rtl))
    app.setStyleSheet(STYLE_SHEET)

"""The charge-registry export: a small options dialog (format, delimiter, encoding) and the save step."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

DELIMITERS: tuple[tuple[str, str], ...] = (
    (";", QT_TRANSLATE_NOOP("Statements", "Semicolon ( ; )")),
    (",", QT_TRANSLATE_NOOP("Statements", "Comma ( , )")),
    ("\t", QT_TRANSLATE_NOOP("Statements", "Tab")),
    ("|", QT_TRANSLATE_NOOP("Statements", "Vertical bar ( | )")),
)
ENCODINGS: tuple[tuple[str, str], ...] = (
    ("utf-8", QT_TRANSLATE_NOOP("Statements", "UTF-8 (Unicode)")),
    ("utf-8-sig", QT_TRANSLATE_NOOP("Statements", "UTF-8 with BOM (Excel)")),
    ("cp1251", QT_TRANSLATE_NOOP("Statements", "Windows-1251 (Cyrillic)")),
    ("cp1252", QT_TRANSLATE_NOOP("Statements", "Windows-1252 (Western)")),
    ("cp1253", QT_TRANSLATE_NOOP("Statements", "Windows-1253 (Greek)")),
)
FORMATS: tuple[tuple[str, str], ...] = (
    ("csv", QT_TRANSLATE_NOOP("Statements", "CSV (text table)")),
    ("xml", QT_TRANSLATE_NOOP("Statements", "XML")),
)


@dataclass(frozen=True)
class RegistryOptions:
    format: str = "csv"
    delimiter: str = ";"
    encoding: str = "utf-8"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Statements", text)


class RegistryOptionsDialog(QDialog):
    """Asks how the bank wants the registry; CSV-only choices are off for XML."""

    def __init__(self, parent: QWidget | None = None, initial: RegistryOptions = RegistryOptions()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export charge registry"))
        form = QFormLayout(self)
        self.format = QComboBox(self)
        self.delimiter = QComboBox(self)
        self.encoding = QComboBox(self)
        for combo, items, value in ((self.format, FORMATS, initial.format),
                                    (self.delimiter, DELIMITERS, initial.delimiter),
                                    (self.encoding, ENCODINGS, initial.encoding)):
            for code, label in items:
                combo.addItem(_tr(label), code)
            combo.setCurrentIndex(max(0, combo.findData(value)))
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Column separator:"), self.delimiter)
        form.addRow(self.tr("Text encoding:"), self.encoding)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        csv = self.format.currentData() == "csv"
        self.delimiter.setEnabled(csv)
        self.encoding.setEnabled(csv)

    def options(self) -> RegistryOptions:
        return RegistryOptions(self.format.currentData(), self.delimiter.currentData(),
                               self.encoding.currentData())

"""BatchDialog: export selected invoices into one PDF or one file per invoice, and where."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.ui.i18n import isolate


class BatchDialog(QDialog):
    """Asks the export mode and the target; `target()` is a file (one PDF) or a folder."""

    def __init__(self, count: int, parent: QWidget | None = None, folder: str = "", *,
                 ctx: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("batchExport")
        self.setWindowTitle(self.tr("Export invoices"))
        self.summary = QLabel(self.tr("{count} invoices selected.").format(
            count=isolate(self.locale().toString(count))), self)
        self.one_file = QRadioButton(self.tr("One PDF file with all invoices (for printing)"), self)
        self.per_invoice = QRadioButton(self.tr("One PDF file per invoice, named by number"), self)
        self.one_file.setChecked(True)
        self.current = QCheckBox(self.tr("Current state with paid/cancelled stamps (not the originals)"),
                                 self)
        self.path = QLineEdit(folder, self)
        self.path.setPlaceholderText(self.tr("File or folder"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.path.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.one_file, self.per_invoice, self.current):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self._check()

    def one_pdf(self) -> bool:
        return self.one_file.isChecked()

    def target(self) -> str:
        path = self.path.text().strip()
        if self.one_pdf() and path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    def _check(self, *_args: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.path.text().strip()))

    def _browse(self) -> None:
        """Through ctx.dialogs (save_file, choose_folder) when there is one, else Qt's pickers."""
        dialogs = getattr(self.ctx, "dialogs", None)
        if self.one_pdf():
            caption, name_filter = self.tr("Export to file"), self.tr("PDF files (*.pdf)")
            if dialogs is not None:
                path = dialogs.save_file(self, caption, name_filter, self.path.text())
            else:
                path, _ = QFileDialog.getSaveFileName(self, caption, self.path.text(), name_filter)
        else:
            caption = self.tr("Export to folder")
            choose = getattr(dialogs, "choose_folder", None)
            if callable(choose):
                path = choose(self, caption, self.path.text())
            else:
                path = QFileDialog.getExistingDirectory(self, caption, self.path.text())
        if path:
            self.path.setText(path)

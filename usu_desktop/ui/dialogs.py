"""Every message box, confirmation and file picker goes through `Dialogs` (Picard style).

Screens call `ctx.dialogs.confirm(...)` instead of QMessageBox; tests pass a
`RecordingDialogs` that records what was shown and answers from a script.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from usu_desktop.ui.errors import error_text

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class Dialogs:
    """Native dialogs. Titles and texts arrive already translated."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str, details: str | None = None) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def notify(self, parent: QWidget | None, title: str, text: str) -> None:
        """A short confirmation that does not block the desk (closes with its button or Esc)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setModal(False)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.show()

    def confirm(self, parent: QWidget | None, title: str, text: str, default_yes: bool = False) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
        answer = QMessageBox.question(parent, title, text, buttons, default)
        return answer == QMessageBox.StandardButton.Yes

    def open_file(self, parent: QWidget | None, caption: str, name_filter: str,
                  directory: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, caption, directory, name_filter)
        return path or None

    def save_file(self, parent: QWidget | None, caption: str, name_filter: str,
                  directory: str = "") -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, caption, directory, name_filter)
        return path or None

    def open_files(self, parent: QWidget | None, caption: str, name_filter: str,
                   directory: str = "") -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(parent, caption, directory, name_filter)
        return list(paths)

    def choose_folder(self, parent: QWidget | None, caption: str, directory: str = "") -> str | None:
        path = QFileDialog.getExistingDirectory(parent, caption, directory)
        return path or None

    def ask_text(self, parent: QWidget | None, title: str, prompt: str, text: str = "") -> str | None:
        """A line of text (a reason for a cancellation, say); None when the user cancels."""
        answer, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Normal, text)
        return answer if ok else None

    def print_setup(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """The system print dialog for `printer` (printer, pages, copies); False when cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog  # loaded when the desk first prints

        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Print"))
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def show_error(self, parent: QWidget | None, exc: BaseException, title: str | None = None,
                   **extra: object) -> None:
        """Show a failed operation as translated text (codes via ui.errors)."""
        self.error(parent, title or QCoreApplication.translate("Dialogs", "Something went wrong"),
                   error_text(exc, **extra))


@dataclass
class Shown:
    kind: str
    title: str
    text: str


@dataclass
class RecordingDialogs(Dialogs):
    """For tests: records every dialog; answers confirmations, pickers and questions from queues."""

    confirm_answers: deque[bool] = field(default_factory=deque)
    file_answers: deque[str | None] = field(default_factory=deque)
    text_answers: deque[str | None] = field(default_factory=deque)
    default_confirm: bool = False
    shown: list[Shown] = field(default_factory=list)

    @classmethod
    def answering(cls, confirms: Iterable[bool] = (), files: Iterable[str | None] = (),
                  texts: Iterable[str | None] = ()) -> RecordingDialogs:
        return cls(confirm_answers=deque(confirms), file_answers=deque(files), text_answers=deque(texts))

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(Shown("info", title, text))

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(Shown("warning", title, text))

    def error(self, parent: QWidget | None, title: str, text: str, details: str | None = None) -> None:
        self.shown.append(Shown("error", title, text))

    def notify(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(Shown("notify", title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str, default_yes: bool = False) -> bool:
        self.shown.append(Shown("confirm", title, text))
        return self.confirm_answers.popleft() if self.confirm_answers else self.default_confirm

    def open_file(self, parent: QWidget | None, caption: str, name_filter: str,
                  directory: str = "") -> str | None:
        self.shown.append(Shown("open_file", caption, name_filter))
        return self.file_answers.popleft() if self.file_answers else None

    def save_file(self, parent: QWidget | None, caption: str, name_filter: str,
                  directory: str = "") -> str | None:
        self.shown.append(Shown("save_file", caption, name_filter))
        return self.file_answers.popleft() if self.file_answers else None

    def open_files(self, parent: QWidget | None, caption: str, name_filter: str,
                   directory: str = "") -> list[str]:
        """Answers from the file queue: one entry, or several joined with os.pathsep."""
        self.shown.append(Shown("open_files", caption, name_filter))
        answer = self.file_answers.popleft() if self.file_answers else None
        return [p for p in answer.split(os.pathsep) if p] if answer else []

    def choose_folder(self, parent: QWidget | None, caption: str, directory: str = "") -> str | None:
        self.shown.append(Shown("choose_folder", caption, directory))
        return self.file_answers.popleft() if self.file_answers else None

    def ask_text(self, parent: QWidget | None, title: str, prompt: str, text: str = "") -> str | None:
        self.shown.append(Shown("ask_text", title, prompt))
        return self.text_answers.popleft() if self.text_answers else None

    def print_setup(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """Records the print dialog and cancels it (a test that prints overrides this)."""
        self.shown.append(Shown("print", printer.docName(), ""))
        return False

    def kinds(self) -> list[str]:
        return [s.kind for s in self.shown]

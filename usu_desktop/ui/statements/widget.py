"""StatementsWidget: import statement files (button or drag-and-drop), one result per file, the watched
folder on a schedule, and the charge-registry export. Everything runs through ctx: the import on
`ctx.runner` (progress, cancel), the folder on `ctx.scheduler`, every message through `ctx.dialogs`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.domain.errors import DomainError
from usu_desktop.services.registry_export import RegistryExportService
from usu_desktop.services.statements import STATUSES, FileResult, StatementImportService
from usu_desktop.ui.errors import error_text
from usu_desktop.ui.i18n import date_text, isolate
from usu_desktop.ui.statements.export import RegistryOptions, RegistryOptionsDialog
from usu_desktop.ui.statements.model import COL_ALLOCATED, COL_WHY, EntriesModel
from usu_desktop.ui.statements.texts import issue_text, phase_text, status_text

FOLDER_KEY = "statements/watch_folder"
MINUTES_KEY = "statements/watch_minutes"
JOB_NAME = "statements-folder"
FILE_FILTER = "*.xml *.XML *.053 *.054 *.camt *.sta *.STA *.mt940 *.940 *.txt"


class _FileProgress:
    """Passes one file's progress on with the file's name; cancels with the task."""

    def __init__(self, state: Any, name: str) -> None:
        self._state, self._name = state, name

    @property
    def cancelled(self) -> bool:
        return bool(self._state.cancelled)

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        self._state.progress(done, total, f"{text}|{self._name}")


class StatementsWidget(QWidget):
    imported = Signal(object)  # list[FileResult] of one run (manual or watched folder)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service: StatementImportService = ctx.services.statements
        self.registry: RegistryExportService = ctx.services.registry_export
        self.results: list[FileResult] = []
        self.handle: Any = None
        self.job: Any = None
        self._partial: list[FileResult] = []
        self._folder = ""
        self.setAcceptDrops(True)
        self._build()
        self._load_folder_setting()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import statement…"), self)
        self.import_button.setToolTip(self.tr("Import camt.053, camt.054 or MT940 files from your bank. "
                                              "You can also drop files onto this page."))
        self.export_button = QPushButton(self.tr("Export charge registry…"), self)
        self.export_button.setToolTip(self.tr("Save the list of open charges for the bank (CSV or XML)."))
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        bar.addStretch(1)
        root.addLayout(bar)

        box = QGroupBox(self.tr("Watched folder"), self)
        row = QHBoxLayout(box)
        self.folder_edit = QLineEdit(box)
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(self.tr("No folder: statements are imported by hand"))
        self.folder_button = QPushButton(self.tr("Choose folder…"), box)
        self.folder_clear = QPushButton(self.tr("Stop watching"), box)
        self.minutes = QSpinBox(box)
        self.minutes.setRange(1, 1440)
        self.minutes.setValue(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setToolTip(self.tr("How often new files in the folder are imported"))
        self.check_now = QPushButton(self.tr("Check now"), box)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.folder_button)
        row.addWidget(QLabel(self.tr("every"), box))
        row.addWidget(self.minutes)
        row.addWidget(self.check_now)
        row.addWidget(self.folder_clear)
        root.addWidget(box)

        progress = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress_label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.progress_label, 2)
        progress.addWidget(self.cancel_button)
        root.addLayout(progress)
        self._show_progress(False)

        self.split = split = QSplitter(Qt.Orientation.Horizontal, self)
        self.files = QListWidget(split)
        self.files.setMinimumWidth(160)
        right = QWidget(split)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(right)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals = QLabel(right)
        self.totals.setWordWrap(True)
        self.model = EntriesModel(lambda m: self.ctx.format_money(m), self)
        self.table = QTableView(right)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        rl.addWidget(self.summary)
        rl.addWidget(self.totals)
        rl.addWidget(self.table, 1)
        split.addWidget(self.files)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 900])
        root.addWidget(split, 1)
        self.hint = QLabel(self.tr("Drop bank statement files here, or use “Import statement…”."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        root.addWidget(self.hint, 1)  # in place of the empty file list and table until a file is imported
        self._show_result(None)

        self.import_button.clicked.connect(self.choose_and_import)
        self.export_button.clicked.connect(lambda: self.export_registry())
        self.cancel_button.clicked.connect(self.cancel)
        self.folder_button.clicked.connect(self.choose_folder)
        self.folder_clear.clicked.connect(lambda: self.set_folder(None))
        self.check_now.clicked.connect(self.check_folder_now)
        self.minutes.valueChanged.connect(self._minutes_changed)
        self.files.currentRowChanged.connect(self._file_chosen)

    def sizeHint(self) -> QSize:
        return QSize(1000, 640)

    # --- importing -----------------------------------------------------------------------
    def choose_and_import(self) -> None:
        caption = self.tr("Import bank statements")
        name_filter = self.tr("Bank statements ({patterns});;All files (*)").replace(
            "{patterns}", FILE_FILTER)
        paths = self.ctx.dialogs.open_files(self, caption, name_filter)
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: Sequence[str | os.PathLike[str]]) -> bool:
        """Import these files in the background; False if an import is already going."""
        if self.handle is not None:
            self.ctx.dialogs.info(self, self.tr("Bank statements"),
                                  self.tr("An import is already running; please wait for it to finish."))
            return False
        files = [str(p) for p in paths]
        self._partial = partial = []
        self._show_progress(True)
        self.progress.setRange(0, 0)
        self.progress_label.setText(phase_text("read", Path(files[0]).name, 0, 0) if files else "")
        handle = self.ctx.runner.submit(self._work, files, partial, on_success=self._done,
                                        on_failure=self._failed, on_progress=self._progressed,
                                        on_cancelled=self._cancelled, on_finished=self._finished,
                                        owner=self)
        if not handle.is_done():
            self.handle = handle
        return True

    def _work(self, state: Any, files: list[str], partial: list[FileResult]) -> list[FileResult]:
        for f in files:
            if state.cancelled:
                break
            partial.append(self.service.import_file(f, _FileProgress(state, Path(f).name)))
        return list(partial)

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _progressed(self, done: int, total: int, text: str) -> None:
        phase, _, name = text.partition("|")
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)
        self.progress_label.setText(phase_text(phase, name, done, total))

    def _done(self, results: list[FileResult]) -> None:
        self._add_results(results)

    def _cancelled(self) -> None:
        self._add_results(list(self._partial))
        self.ctx.events.status_message.emit(self.tr("Import cancelled; what was booked stays booked."))

    def _failed(self, error: BaseException) -> None:
        self._add_results(list(self._partial))
        self.ctx.dialogs.show_error(self, error, self.tr("Import failed"))

    def _finished(self) -> None:
        self.handle = None
        self._show_progress(False)

    def _show_progress(self, on: bool) -> None:
        for w in (self.progress, self.progress_label, self.cancel_button):
            w.setVisible(on)
        self.import_button.setEnabled(not on)

    def _add_results(self, results: Sequence[FileResult], quiet: bool = False) -> None:
        if not results:
            return
        for r in results:
            self.results.append(r)
            item = QListWidgetItem(self._file_label(r))
            item.setToolTip(r.file)
            self.files.addItem(item)
        self.files.setCurrentRow(self.files.count() - 1)
        failed = [r for r in results if r.failed]
        if failed and not quiet:
            text = "\n".join(error_text(r.error) for r in failed if r.error is not None)
            self.ctx.dialogs.warning(self, self.tr("Some files were not imported"), text)
        self.imported.emit(list(results))

    def _file_label(self, r: FileResult) -> str:
        name = isolate(Path(r.file).name)
        if r.failed:
            return self.tr("{file}: not imported").replace("{file}", name)
        c = r.counts()
        return self.tr("{file}: {booked} booked, {unmatched} unmatched").replace("{file}", name) \
            .replace("{booked}", isolate(c["booked"] + c["reversed"])) \
            .replace("{unmatched}", isolate(c["unmatched"]))

    # --- one result ----------------------------------------------------------------------
    def _file_chosen(self, row: int) -> None:
        self._show_result(self.results[row] if 0 <= row < len(self.results) else None)

    def _show_result(self, r: FileResult | None) -> None:
        self.hint.setVisible(not self.results)
        self.split.setVisible(bool(self.results))
        if r is None:
            self.summary.setText("")
            self.totals.setText("")
            self.model.set_entries([])
            return
        self.summary.setText(self._summary(r))
        self.totals.setText(self._totals(r))
        self.model.set_entries(r.entries)
        self.table.resizeColumnsToContents()
        for col in (COL_ALLOCATED, COL_WHY):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 360))

    def _summary(self, r: FileResult) -> str:
        name = isolate(Path(r.file).name)
        if r.error is not None:
            return self.tr("{file} was not imported: {reason}").replace("{file}", name).replace(
                "{reason}", error_text(r.error))
        lines = [self.tr("{file}: statement {id}, account {account}").replace("{file}", name)
                 .replace("{id}", isolate(r.statement_id or "—"))
                 .replace("{account}", isolate(r.account or "—"))]
        if r.opening_balance is not None or r.closing_balance is not None:
            fmt = self.ctx.format_money
            lines.append(self.tr("Opening balance {opening}, closing balance {closing}")
                         .replace("{opening}", isolate("—" if r.opening_balance is None
                                                       else fmt(r.opening_balance)))
                         .replace("{closing}", isolate("—" if r.closing_balance is None
                                                       else fmt(r.closing_balance))))
        if r.seen_before is not None:
            locale = self.ctx.locale
            when = isolate(date_text(locale, r.seen_before.date()))
            lines.append(self.tr("This file was imported before ({date}); nothing new was booked.")
                         .replace("{date}", when) if not r.booked_anything else
                         self.tr("This file was imported before ({date}).").replace("{date}", when))
        if r.cancelled:
            lines.append(self.tr("The import was cancelled; the entries below were booked, "
                                 "the rest were not."))
        warnings = [i for i in r.issues if i.severity == "warning"]
        if warnings:
            lines.append(self.tr("Warnings: {list}").replace(
                "{list}", "; ".join(sorted({issue_text(w.code) for w in warnings}))))
        return "\n".join(lines)

    def _totals(self, r: FileResult) -> str:
        if r.failed:
            return ""
        counts, sums = r.counts(), r.totals()
        parts = []
        for status in STATUSES:
            if counts[status]:
                amount = f" ({isolate(self.ctx.format_money(sums[status]))})" if status in sums else ""
                parts.append(f"{status_text(status)}: {isolate(counts[status])}{amount}")
        return " · ".join(parts)

    # --- drag and drop ---------------------------------------------------------------------
    @staticmethod
    def _local_files(urls: Sequence[QUrl]) -> list[str]:
        return [u.toLocalFile() for u in urls if u.isLocalFile() and Path(u.toLocalFile()).is_file()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self._local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._local_files(event.mimeData().urls())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(files)

    # --- watched folder ----------------------------------------------------------------------
    def _load_folder_setting(self) -> None:
        folder = str(self.ctx.qsettings.value(FOLDER_KEY, "") or "")
        try:
            minutes = int(self.ctx.qsettings.value(MINUTES_KEY, 15) or 15)
        except (TypeError, ValueError):
            minutes = 15
        self.minutes.blockSignals(True)
        self.minutes.setValue(minutes)
        self.minutes.blockSignals(False)
        self._apply_folder(folder or None)

    def choose_folder(self) -> None:
        folder = self.ctx.dialogs.choose_folder(self, self.tr("Folder the bank's statements are saved to"),
                                                self.folder_edit.text())
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str | None) -> None:
        """Watch `folder` (None: stop); remembered in the UI settings."""
        self.ctx.qsettings.setValue(FOLDER_KEY, folder or "")
        self._apply_folder(folder)

    def _minutes_changed(self, minutes: int) -> None:
        self.ctx.qsettings.setValue(MINUTES_KEY, minutes)
        if self.job is not None:
            self.job.set_interval(minutes * 60_000)

    def _apply_folder(self, folder: str | None) -> None:
        self._folder = folder or ""
        self.folder_edit.setText(folder or "")
        self.folder_clear.setEnabled(bool(folder))
        self.check_now.setEnabled(bool(folder))
        if self.job is not None:
            self.job.stop()
            self.job = None
        if folder and self.ctx.scheduler is not None:
            self.job = self.ctx.scheduler.add(JOB_NAME, self._watch, self.minutes.value() * 60_000)
            self.job.succeeded.connect(self._watched)
            self.job.failed.connect(self._watch_failed)
            self.job.start()

    def _watch(self, state: Any) -> list[FileResult]:
        """The scheduled worker (a pool thread: reads plain attributes, never widgets)."""
        folder = self._folder
        if not folder or self.handle is not None:
            return []
        return self.service.import_folder(folder, state)

    def check_folder_now(self) -> None:
        if self.job is not None:
            self.job.run_now()

    def _watched(self, results: Any) -> None:
        if results:
            self._add_results(results, quiet=True)  # no dialog from a timer; the list shows failures
            self.ctx.events.status_message.emit(
                self.tr("Imported {count} new statement file(s) from the watched folder")
                .replace("{count}", str(len(results))))

    def _watch_failed(self, error: BaseException) -> None:
        self.ctx.events.status_message.emit(error_text(error))

    # --- registry export -------------------------------------------------------------------
    def export_registry(self, options: RegistryOptions | None = None, path: str | None = None) -> bool:
        """Ask how (unless `options`) and where (unless `path`), then write the file atomically."""
        if options is None:
            dialog = RegistryOptionsDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            options = dialog.options()
        if path is None:
            name_filter = self.tr("XML files (*.xml)") if options.format == "xml" else \
                self.tr("CSV files (*.csv *.txt)")
            path = self.ctx.dialogs.save_file(self, self.tr("Save charge registry"), name_filter,
                                              f"registry.{options.format}")
            if not path:
                return False
        try:
            done = self.registry.export(path, options.format, delimiter=options.delimiter,
                                        encoding=options.encoding)
        except DomainError as err:
            self.ctx.dialogs.error(self, self.tr("The registry was not saved"), error_text(err))
            return False
        except OSError as err:
            self.ctx.dialogs.show_error(self, err, self.tr("The registry was not saved"))
            return False
        self.ctx.dialogs.info(self, self.tr("Charge registry saved"),
                              self.tr("{count} open charges, total {sum}, saved to {path}.")
                              .replace("{count}", isolate(done.count))
                              .replace("{sum}", isolate(self.ctx.format_money(done.control_sum)))
                              .replace("{path}", isolate(done.path)))
        return True

"""The Bank-statements page: import (file picker, drag-and-drop), result table, watched folder, registry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.statements.builders import Entry, Tx, camt, write
from tests.statements.conftest import Clinic
from usu_desktop.app import make_context
from usu_desktop.tasks.runner import SyncTaskRunner
from usu_desktop.ui import i18n
from usu_desktop.ui.dialogs import RecordingDialogs
from usu_desktop.ui.pages import registry
from usu_desktop.ui.statements.export import RegistryOptions
from usu_desktop.ui.statements.model import COL_ALLOCATED, COL_STATUS, COL_WHY
from usu_desktop.ui.statements.page import StatementsPage
from usu_desktop.ui.statements.widget import FOLDER_KEY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ctx(qapp, clinic: Clinic, tmp_path: Path):
    i18n.install(qapp, "en")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return make_context(clinic.db, qsettings=settings, language="en", dialogs=RecordingDialogs(),
                        runner=SyncTaskRunner(), db_label="test")


@pytest.fixture
def page(qtbot, ctx) -> StatementsPage:
    p = StatementsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1100, 600)
    return p


@pytest.fixture
def statement(clinic: Clinic, tmp_path: Path) -> tuple[Path, str]:
    a, _ = clinic.client("Anna", "Nikolaou")
    inv = clinic.invoice(a, "100.00")
    text = camt([Entry("60.00", ref="P-1", txs=[Tx(rf=inv.rf_code, name="Nikolaou Anna")]),
                 Entry("9.00", cd="DBIT", ref="P-2"),
                 Entry("5.00", ref="P-3", txs=[Tx(name="Somebody Else", ustrd="thanks")]),
                 Entry("10.00", cd="DBIT", ref="P-4", reversal=True, txs=[Tx(e2e="none")])],
                closing="56.00")
    return write(tmp_path / "nov.xml", text), inv.number


def rows(page: StatementsPage) -> list[tuple[str, str, str]]:
    m = page.widget.model
    return [(m.cell(r, COL_STATUS), m.cell(r, COL_ALLOCATED), m.cell(r, COL_WHY))
            for r in range(m.rowCount())]


def test_registered_as_a_page() -> None:
    spec = registry.get("statements")
    assert spec.title == "Bank statements" and spec.order == 45 and spec.factory is not None


def test_import_through_the_picker_shows_the_result_table(page: StatementsPage, ctx, statement) -> None:
    path, number = statement
    ctx.dialogs.file_answers.append(str(path))
    assert page.widget.split.isHidden() and not page.widget.hint.isHidden()  # no empty list before a file
    page.widget.import_button.click()
    assert not page.widget.split.isHidden() and page.widget.hint.isHidden()
    got = rows(page)
    assert [s for s, _a, _w in got] == ["Booked", "Skipped", "Unmatched", "Error"]
    assert number in got[0][1] and "RF reference of the invoice" in got[0][2]
    assert "money going out" in got[1][2]
    assert "unmatched queue" in got[2][2]
    assert "entry \u20684\u2069" in got[3][2] and "reversal" in got[3][2]
    assert "Booked: \u20681\u2069" in page.widget.totals.text()
    assert "statement \u2068STMT-1\u2069" in page.widget.summary.text()
    assert page.widget.files.count() == 1
    label = "\u2068nov.xml\u2069: \u20681\u2069 booked, \u20681\u2069 unmatched"
    assert page.widget.files.item(0).text() == label
    assert not page.widget.progress.isVisible() and page.widget.import_button.isEnabled()

    assert page.import_paths([path])  # again: nothing new
    assert [s for s, _a, _w in rows(page)] == ["Already booked", "Skipped", "Already booked", "Error"]
    assert "nothing new was booked" in page.widget.summary.text()


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent.*deprecated:DeprecationWarning")
def test_drag_and_drop_of_file_urls(qtbot, page: StatementsPage, statement, tmp_path: Path) -> None:
    path, _ = statement
    w = page.widget
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w, drop)
    assert drop.isAccepted()
    assert w.model.rowCount() == 4 and w.files.count() == 1

    text_only = QMimeData()
    text_only.setText("hello")
    refused = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, text_only, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w, refused)
    assert not refused.isAccepted()


def test_a_bad_file_is_named_in_a_warning(page: StatementsPage, ctx, tmp_path: Path) -> None:
    bad = tmp_path / "broken.xml"
    bad.write_bytes(b"<<< not & xml")
    page.import_paths([bad])
    assert ctx.dialogs.kinds() == ["warning"]
    assert "broken.xml" in ctx.dialogs.shown[0].text and "not valid XML" in ctx.dialogs.shown[0].text
    assert "not imported" in page.widget.files.item(0).text()
    assert page.widget.model.rowCount() == 0


def test_cancel_keeps_what_was_booked(page: StatementsPage, ctx, clinic: Clinic, tmp_path: Path) -> None:
    a, _ = clinic.client("Anna", "Nikolaou")
    invs = [clinic.invoice(a, "10.00") for _ in range(3)]
    f = write(tmp_path / "c.xml", camt([Entry("10.00", ref=f"C-{i}", txs=[Tx(rf=inv.rf_code)])
                                         for i, inv in enumerate(invs)]))
    w = page.widget
    seen = []

    def progressed(done: int, total: int, text: str) -> None:
        seen.append(text)
        if text.startswith("book") and done >= 1:
            ctx.runner.submitted[-1].cancel()

    w._progressed = progressed  # type: ignore[method-assign]
    w.import_paths([f])
    assert [s for s, _a, _w in rows(page)] == ["Booked"]
    assert "cancelled" in w.summary.text()
    assert any(t.endswith("|c.xml") for t in seen)


def test_watched_folder_on_the_schedule(page: StatementsPage, ctx, clinic: Clinic, tmp_path: Path) -> None:
    a, _ = clinic.client("Anna", "Nikolaou")
    inv = clinic.invoice(a, "100.00")
    folder = tmp_path / "inbox"
    folder.mkdir()
    w = page.widget
    w.set_folder(str(folder))
    assert ctx.qsettings.value(FOLDER_KEY) == str(folder)
    assert w.job is not None and w.job.active and w.job.interval_ms == 15 * 60_000
    w.minutes.setValue(5)
    assert w.job.interval_ms == 5 * 60_000
    w.check_now.click()
    assert w.files.count() == 0
    write(folder / "new.xml", camt([Entry("100.00", ref="F-1", txs=[Tx(rf=inv.rf_code)])]))
    w.check_now.click()
    assert w.files.count() == 1 and rows(page)[0][0] == "Booked"
    w.check_now.click()
    assert w.files.count() == 1  # seen by content: not again
    messages: list[str] = []
    ctx.events.status_message.connect(messages.append)
    (folder / "junk.txt").write_text("not a statement")
    w.check_now.click()
    assert w.files.count() == 2 and "not imported" in w.files.item(1).text()
    assert ctx.dialogs.shown == [] and messages  # a timer never pops up a dialog
    w.check_now.click()
    assert w.files.count() == 2
    again = StatementsPage(ctx)  # the setting is remembered
    assert again.widget.folder_edit.text() == str(folder) and again.widget.minutes.value() == 5
    again.widget.set_folder(None)
    w.set_folder(None)
    assert w.job is None and ctx.qsettings.value(FOLDER_KEY) == ""
    again.deleteLater()


def test_export_registry(page: StatementsPage, ctx, clinic: Clinic, tmp_path: Path) -> None:
    a, number = clinic.client("Иван", "Иванов")
    clinic.invoice(a, "100.00")
    out = tmp_path / "r.csv"
    assert page.widget.export_registry(RegistryOptions("csv", ",", "cp1251"), str(out))
    assert ctx.dialogs.shown[-1].kind == "info" and "1" in ctx.dialogs.shown[-1].text
    assert out.read_bytes().decode("cp1251").splitlines()[1].startswith(f"{number},100.00,EUR,Иванов И.")
    assert not page.widget.export_registry(RegistryOptions("csv", ";", "cp1252"), str(tmp_path / "x.csv"))
    shown = ctx.dialogs.shown[-1]
    assert shown.kind == "error" and number in shown.text and "cp1252" in shown.text
    assert not (tmp_path / "x.csv").exists()
    ctx.dialogs.file_answers.append(str(tmp_path / "via-dialog.xml"))
    assert page.widget.export_registry(RegistryOptions("xml"))
    assert (tmp_path / "via-dialog.xml").exists()


def test_registry_options_dialog(qtbot) -> None:
    from usu_desktop.ui.statements.export import RegistryOptionsDialog

    d = RegistryOptionsDialog(None, RegistryOptions("csv", "\t", "cp1251"))
    qtbot.addWidget(d)
    assert d.options() == RegistryOptions("csv", "\t", "cp1251")
    d.format.setCurrentIndex(d.format.findData("xml"))
    assert not d.delimiter.isEnabled() and not d.encoding.isEnabled()
    assert d.options().format == "xml"


def test_entries_model_passes_the_model_tester(qtmodeltester, page: StatementsPage, statement) -> None:
    path, _ = statement
    page.import_paths([path])
    assert page.widget.model.rowCount() == 4
    qtmodeltester.check(page.widget.model)


def test_import_on_the_real_thread_pool(qtbot, clinic: Clinic, statement, tmp_path: Path, qapp) -> None:
    from usu_desktop.tasks.runner import TaskRunner

    runner = TaskRunner()
    ctx = make_context(clinic.db, qsettings=QSettings(str(tmp_path / "ui2.ini"), QSettings.Format.IniFormat),
                       language="en", dialogs=RecordingDialogs(), runner=runner, db_label="test")
    p = StatementsPage(ctx)
    qtbot.addWidget(p)
    path, number = statement
    assert p.import_paths([path])
    assert not p.import_paths([path])  # one import at a time
    assert ctx.dialogs.kinds() == ["info"]
    qtbot.waitUntil(lambda: p.widget.model.rowCount() == 4, timeout=10_000)
    qtbot.waitUntil(lambda: p.widget.handle is None, timeout=5_000)
    assert number in p.widget.model.cell(0, COL_ALLOCATED)
    assert runner.wait_for_done(5_000)

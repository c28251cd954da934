"""An empty table says so, in the middle, and steps aside when rows arrive."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from usu_desktop.ui.banksync.models import RowsModel
from usu_desktop.ui.tables.empty_hint import EmptyHint


def test_hint_shows_only_while_the_table_is_empty(qtbot) -> None:
    model = RowsModel(["Date", "Amount"])
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    hint = EmptyHint(view, "No payments have come in yet.")
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    assert hint.isVisible() and hint.text() == "No payments have come in yet."
    assert view.viewport().rect().contains(hint.geometry())  # placed inside the visible area
    model.set_rows([(1, ["2026-12-03", "€10.00"], "")])
    assert not hint.isVisible()
    model.set_rows([])
    assert hint.isVisible()


def test_the_screens_show_hints_when_empty(qtbot, qapp, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from usu_desktop.app import build_services, make_context
    from usu_desktop.storage.db import Database
    from usu_desktop.tasks.runner import SyncTaskRunner
    from usu_desktop.ui.dialogs import RecordingDialogs
    from usu_desktop.ui.links.page import LinksPage

    db = Database.open(tmp_path / "empty.sqlite3")
    try:
        ctx = make_context(db, qsettings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                           language="en", dialogs=RecordingDialogs(), runner=SyncTaskRunner(), db_label="t",
                           services=build_services(db, "anna"))
        page = LinksPage(ctx)
        qtbot.addWidget(page)
        hints = [h.text() for h in page.findChildren(EmptyHint)]
        assert "No payment links yet. Make one with “New link…”." in hints
    finally:
        db.close()

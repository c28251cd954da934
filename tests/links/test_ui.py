"""The Debtors page and the link watcher on a real database, exchange and SMTP server."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt

from tests.links.conftest import Desk, pay_link
from usu_desktop.app import build_services, make_context
from usu_desktop.tasks.runner import SyncTaskRunner
from usu_desktop.ui import i18n
from usu_desktop.ui.debtors.page import DebtorsPage
from usu_desktop.ui.dialogs import RecordingDialogs
from usu_desktop.ui.links.notify import LinkWatcher
from usu_desktop.ui.pages import registry

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _ctx(qapp: Any, desk: Desk, tmp_path: Any, dialogs: RecordingDialogs, language: str = "en") -> Any:
    i18n.install(qapp, language)
    services = build_services(desk.db, "anna").replace(links=desk.links, reminders=desk.reminders,
                                                       sync=desk.sync)
    return make_context(desk.db, qsettings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                        language=language, dialogs=dialogs, runner=SyncTaskRunner(), db_label="clinic",
                        services=services)


def _cells(page: DebtorsPage, row: int) -> list[str]:
    model = page.model
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_debtors_page_lists_ageing_and_reminds_the_selection(qtbot: Any, qapp: Any, desk: Desk,
                                                             tmp_path: Any) -> None:
    import usu_desktop.ui.debtors  # noqa: F401 - registers the page

    assert "debtors" in registry
    old = desk.patient("Old", "Debt", email="old@example.org")
    newer = desk.patient("Newer", "Debt", email="newer@example.org")
    desk.patient("No", "Debt", email="none@example.org")
    desk.invoice(old, "300.00", issued=date.today() - timedelta(days=120))  # 106 days overdue
    desk.invoice(newer, "40.00", issued=date.today() - timedelta(days=30))  # 16 days overdue
    dialogs = RecordingDialogs.answering(confirms=[True])
    page = DebtorsPage(_ctx(qapp, desk, tmp_path, dialogs))
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    first = _cells(page, 0)
    assert first[0] == "Old Debt" and first[2] == "€300.00" and first[4] == "106"
    assert first[5:9] == ["", "", "", "€300.00"] and first[9] == "never"
    assert "2 patients" in page.summary.text() and "€340.00" in page.summary.text()

    page.bucket_combo.setCurrentIndex(1)  # 0-30 days
    assert page.model.rowCount() == 1 and _cells(page, 0)[0] == "Newer Debt"
    assert "1 patients" in page.summary.text() or "1 patient" in page.summary.text()
    page.bucket_combo.setCurrentIndex(0)
    page.search_edit.setText("old")
    assert page.model.rowCount() == 1 and _cells(page, 0)[1] == first[1]
    page.search_edit.clear()
    page.model.sort(3, Qt.SortOrder.DescendingOrder)  # oldest due date, newest first
    assert [_cells(page, r)[0] for r in range(2)] == ["Newer Debt", "Old Debt"]
    page.model.sort(2, Qt.SortOrder.DescendingOrder)

    assert not page.send_button.isEnabled()
    sel = page.view.selectionModel()
    for row in range(page.model.rowCount()):
        sel.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    assert page.send_button.isEnabled() and page.send_button.text().endswith("(2)")
    report = page.send_selected()
    assert report is not None and report.count("sent") == 2
    assert len(desk.smtp.box.messages) == 2
    assert all("/pay/" in m.get_body(preferencelist=("plain",)).get_content() for m in desk.smtp.box.messages)
    assert dialogs.kinds()[-1] == "info"
    assert _cells(page, 0)[9] != "never"  # last reminder shown after the batch


def test_watcher_badges_links_and_notifies(qtbot: Any, qapp: Any, desk: Desk, tmp_path: Any) -> None:
    ctx = _ctx(qapp, desk, tmp_path, RecordingDialogs())
    badges: list[tuple[str, int]] = []
    changed: list[Any] = []
    ctx.events.nav_badge.connect(lambda key, n: badges.append((key, n)))
    ctx.events.links_changed.connect(changed.append)
    from PySide6.QtWidgets import QWidget

    holder = QWidget()  # owns the watcher and its timer, deleted on the GUI thread by qtbot
    qtbot.addWidget(holder)
    watcher = LinkWatcher(ctx, desk.links, parent=holder)
    watcher.attach()
    assert badges == [("payments", 0), ("links", 0)]

    who = desk.patient("Pay", "Me", email="pay@example.org")
    link = desk.links.create_for_invoice(desk.invoice(who, "20.00"), date.today() + timedelta(days=2))
    assert pay_link(link.url, "20.00").status_code == 200
    desk.sync.run()
    assert watcher.refresh()
    assert badges[-2:] == [("payments", 1), ("links", 1)]
    assert [c.new_status for c in changed[0]] == ["paid"]
    [note] = watcher.notifications
    assert note.startswith("Payment link paid: ") and "Invoice" in note and "€20.00" in note
    from usu_desktop.ui.payments.page import PaymentsPage

    ctx.link_watcher = watcher
    payments = PaymentsPage(ctx)
    qtbot.addWidget(payments)
    payments.page_shown()  # the paid link is on the Payments screen: seeing it clears both badges
    assert badges[-2:] == [("payments", 0), ("links", 0)]
    assert watcher.refresh() and len(changed) == 1  # nothing new: no second notification


def test_links_page_makes_sends_cancels_and_retries(qtbot: Any, qapp: Any, desk: Desk, tmp_path: Any) -> None:
    from PySide6.QtWidgets import QDialog

    from usu_desktop.ui.links.page import LinksPage, NewLinkDialog

    who = desk.patient("Maria", "Papadopoulou", email="maria@example.org", language="el")
    inv = desk.invoice(who, "75.00")
    with desk.db.reading() as session:
        from usu_desktop.storage.models import Invoice

        number = session.get(Invoice, inv).number  # type: ignore[union-attr]

    class Filled(NewLinkDialog):
        def exec(self) -> int:  # type: ignore[override]
            self.invoice_radio.setChecked(True)
            self.key_edit.setText(str(number))
            return int(QDialog.DialogCode.Accepted.value)

    dialogs = RecordingDialogs.answering(confirms=[True])
    page = LinksPage(_ctx(qapp, desk, tmp_path, dialogs), desk.links)
    qtbot.addWidget(page)
    page.dialog_factory = Filled
    view = page.new_link()
    assert view is not None and page.links_model.rowCount() == 1
    assert page.links_model.cell(0, 1) == "Maria Papadopoulou" and page.links_model.cell(0, 5) == "Active"

    page.links_view.selectRow(0)
    desk.smtp.box.refuse = 1
    failed = page.send_selected("email")
    assert failed is not None and failed.status == "failed" and dialogs.kinds()[-1] == "warning"
    assert page.messages_model.cell(0, 4) == "Failed" and page.retry_button.isEnabled()
    page.retry_failed()
    assert len(desk.smtp.box.messages) == 1 and page.messages_model.cell(0, 4) == "Sent"
    assert "σύνδεσμος πληρωμής" in desk.smtp.box.messages[0]["Subject"]

    page.links_view.selectRow(0)
    page.cancel_selected()
    assert page.links_model.cell(0, 5) == "Cancelled"

    page.smtp_host.setText("mail.example.org")
    page.smtp_security.setCurrentIndex(page.smtp_security.findData("ssl"))
    page.smtp_sender.setText("not an address")
    assert not page.save_settings() and dialogs.kinds()[-1] == "error"
    page.smtp_sender.setText("desk@clinic.example")
    assert page.save_settings()
    assert desk.messaging.config().smtp.host == "mail.example.org"
    assert desk.messaging.config().smtp.security == "ssl"


def test_debtors_in_persian_count_days_in_persian_digits_and_headers_elide(
        qtbot: Any, qapp: Any, desk: Desk, tmp_path: Any) -> None:
    who = desk.patient("Old", "Debt", email="old@example.org")
    desk.invoice(who, "300.00", issued=date.today() - timedelta(days=120))  # 106 days overdue
    page = DebtorsPage(_ctx(qapp, desk, tmp_path, RecordingDialogs(), language="fa"))
    qtbot.addWidget(page)
    try:
        assert _cells(page, 0)[4].strip("\u2066\u2069") == "۱۰۶"
        header = page.view.horizontalHeader()
        assert header.textElideMode() == Qt.TextElideMode.ElideRight
        title = page.model.headerData(3, Qt.Orientation.Horizontal)
        tip = page.model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert title and tip == title
    finally:
        i18n.install(qapp, "en")

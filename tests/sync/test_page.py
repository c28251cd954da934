"""The Bank-sync page with a real exchange: sync now, the schedule, undo, unmatched queue, RF history."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QThreadPool, QTimer

from tests.exchange.conftest import Exchange, pay
from tests.sync.conftest import Clinic, fast_client
from usu_desktop.app import build_services, make_context
from usu_desktop.bank import credentials
from usu_desktop.domain.money import Money
from usu_desktop.exchange.app import create_app
from usu_desktop.exchange.server import start_in_thread
from usu_desktop.services.sync import SyncConfig, SyncService
from usu_desktop.tasks.runner import SyncTaskRunner, TaskRunner
from usu_desktop.ui import i18n
from usu_desktop.ui.banksync.page import BankSyncPage
from usu_desktop.ui.dialogs import RecordingDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def make_page(qtbot: Any, qapp: Any, clinic: Clinic, exchange: Exchange, tmp_path: Any, runner: Any,
              dialogs: RecordingDialogs | None = None) -> BankSyncPage:
    i18n.install(qapp, "en")
    sync = SyncService(clinic.db, "anna", client_factory=fast_client)
    services = build_services(clinic.db, "anna").replace(sync=sync)
    services.sync.save_config(SyncConfig(url=exchange.url, profile="page-desk"), token=exchange.token)
    ctx = make_context(clinic.db, qsettings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                       language="en", dialogs=dialogs or RecordingDialogs(), runner=runner,
                       db_label="clinic", services=services)
    page = BankSyncPage(ctx)
    qtbot.addWidget(page)
    return page


@pytest.fixture(autouse=True)
def _forget_token() -> Iterator[None]:
    yield
    credentials.set_token("page-desk", None)


def test_sync_now_fills_the_lists_and_undo_takes_an_allocation_back(
        qtbot, qapp, qtmodeltester, clinic: Clinic, exchange: Exchange, tmp_path) -> None:
    cid, number = clinic.client("Ivan", "Ivanov")
    inv = clinic.invoice(cid, "100.00")
    page = make_page(qtbot, qapp, clinic, exchange, tmp_path, SyncTaskRunner(),
                     RecordingDialogs.answering(confirms=[True]))
    texts: list[str] = []
    page.ctx.events.last_sync_changed.connect(texts.append)
    messages: list[str] = []
    page.ctx.events.status_message.connect(messages.append)
    page.sync_button.click()
    pay(exchange, "1", number, "100.00")
    page.sync_button.click()
    assert texts[-1].startswith("Last bank sync:")
    assert messages and "1 new payment(s)" in messages[-1]
    assert page.runs_model.rowCount() == 2 and page.runs_model.cell(0, 4) == "1"
    assert page.received_model.rowCount() == 1
    assert page.received_model.cell(0, 6) == "Client number typed at the terminal"
    for model in (page.runs_model, page.received_model):
        qtmodeltester.check(model)

    page.received_view.selectRow(0)
    assert page.alloc_model.rowCount() == 1 and page.alloc_model.cell(0, 2).startswith("Client number")
    page.alloc_view.selectRow(0)
    assert page.undo_button.isEnabled()
    page.undo_button.click()
    assert clinic.invoicing.get(inv).row.state == "issued"
    assert page.payments.client_credit(cid, "RUB") == Money("100.00", "RUB")
    assert page.ctx.dialogs.kinds() == ["confirm"]


def test_unmatched_queue_suggests_and_allocates_in_one_click(
        qtbot, qapp, qtmodeltester, clinic: Clinic, exchange: Exchange, tmp_path) -> None:
    cid, _number = clinic.client("Ivan", "Ivanov")
    inv = clinic.invoice(cid, "123.45")
    other, _ = clinic.client("Anna", "Petrova")
    clinic.invoice(other, "50.00")
    from usu_desktop.services.payments import PaymentService

    PaymentService(clinic.db).book_external_payment(
        "bank", "E-1", Money("123.45", "RUB"), datetime.now(UTC).replace(tzinfo=None),
        payer_name="IVANOV IVAN", text="for the visit")
    page = make_page(qtbot, qapp, clinic, exchange, tmp_path, SyncTaskRunner())
    assert page.unmatched_model.rowCount() == 1
    assert page.tabs.tabText(2) == "Unmatched (1)"
    page.unmatched_view.selectRow(0)
    qtmodeltester.check(page.suggest_model)
    assert page.suggest_model.rowCount() >= 1
    assert page.suggest_model.cell(0, 0) == "Ivan Ivanov"
    assert "amount equals the invoice balance" in page.suggest_model.cell(0, 5)
    page.suggest_view.selectRow(0)
    page.allocate_button.click()
    assert clinic.invoicing.get(inv).row.state == "paid"
    assert page.unmatched_model.rowCount() == 0 and page.tabs.tabText(2) == "Unmatched"


def test_rf_history_lists_every_payment_of_the_code(qtbot, qapp, clinic: Clinic, exchange: Exchange,
                                                    tmp_path) -> None:
    cid, number = clinic.client("Ivan", "Ivanov")
    inv = clinic.invoice(cid, "100.00")
    page = make_page(qtbot, qapp, clinic, exchange, tmp_path, SyncTaskRunner())
    page.sync_now()
    pay(exchange, "1", number, "30.00")
    pay(exchange, "2", number, "20.00")
    page.sync_now()
    rf = clinic.invoicing.get(inv).row.rf_code
    page.rf_edit.setText(rf)
    page.rf_button.click()
    assert page.rf_model.rowCount() == 2
    assert [page.rf_model.cell(r, 1) for r in range(2)] == ["Terminal", "Terminal"]
    assert "2 payment(s)" in page.rf_summary.text()


def test_sync_now_never_blocks_the_event_loop(qtbot, qapp, clinic: Clinic, exchange: Exchange,
                                              tmp_path) -> None:
    cid, number = clinic.client("Ivan", "Ivanov")
    clinic.invoice(cid, "10000.00")
    page = make_page(qtbot, qapp, clinic, exchange, tmp_path, TaskRunner(QThreadPool()))
    page.service.run()  # the exchange knows the account
    for txn in range(1, 61):
        pay(exchange, str(txn), number, "1.00")
    page.service.page_size = 2  # 30 round trips: long enough to watch
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    with qtbot.waitSignal(page.controller.finished, timeout=20000) as done:
        page.sync_button.click()
        assert not page.sync_button.isEnabled() and not page.cancel_button.isHidden()
    timer.stop()
    report, error = done.args
    assert error is None and report.booked == 60
    assert len(ticks) >= 5  # the GUI thread kept turning while the worker synced
    assert page.sync_button.isEnabled() and page.cancel_button.isHidden()
    assert page.received_model.rowCount() == 60


def test_schedule_fails_backs_off_and_recovers(qtbot, qapp, clinic: Clinic, exchange: Exchange,
                                               tmp_path) -> None:
    cid, _number = clinic.client("Ivan", "Ivanov")
    clinic.invoice(cid, "100.00")
    page = make_page(qtbot, qapp, clinic, exchange, tmp_path, TaskRunner(QThreadPool()))
    texts: list[str] = []
    page.ctx.events.last_sync_changed.connect(texts.append)
    port = int(exchange.url.rsplit(":", 1)[1])
    exchange.server.stop()  # the hosting is down

    controller = page.controller
    controller.schedule(None, interval_ms=150)
    job = controller.job
    qtbot.waitUntil(lambda: job.failures >= 1, timeout=10000)
    assert job.interval_ms >= 300  # backed off
    assert controller.last_error is not None and texts[-1].startswith("⚠ Bank sync is failing")
    assert page.service.runs()[0].error == "exchange_unreachable"

    exchange.server = start_in_thread(create_app(exchange.config, exchange.store), port=port)
    qtbot.waitUntil(lambda: job.failures == 0 and controller.last_error is None, timeout=15000)
    assert job.interval_ms == 150
    assert texts[-1].startswith("Last bank sync:")
    assert page.service.last_success() is not None
    controller.schedule(None)
    qtbot.waitUntil(lambda: not controller.running, timeout=5000)


def test_status_warns_when_no_sync_succeeded_for_too_long(qtbot, qapp, clinic: Clinic, exchange: Exchange,
                                                          tmp_path) -> None:
    page = make_page(qtbot, qapp, clinic, exchange, tmp_path, SyncTaskRunner())
    controller = page.controller
    page.sync_now()
    text, warning = controller.status_text()
    assert not warning and text.startswith("Last bank sync:")
    controller.schedule(None, interval_ms=60_000)
    controller.job.stop()  # only its interval matters here
    with clinic.db.session() as session:
        from sqlalchemy import update

        from usu_desktop.storage.models import SyncRun

        session.execute(update(SyncRun).values(finished_at=datetime(2026, 1, 1)))
    text, warning = controller.status_text()
    assert warning and text.startswith("No successful bank sync since")
    controller.schedule(None)


def test_connection_test_saves_and_reports(qtbot, qapp, clinic: Clinic, exchange: Exchange, tmp_path) -> None:
    page = make_page(qtbot, qapp, clinic, exchange, tmp_path, SyncTaskRunner())
    assert page.url_edit.text() == exchange.url
    assert page.token_edit.placeholderText() == "kept until the program closes"  # tests keep it in memory
    page.test_button.click()
    assert page.connection_result.text().startswith("Connected")
    page.token_edit.setText("wrong-token")
    page.test_button.click()
    assert page.connection_result.text() == "The exchange refused the access token. Enter the token again."
    page.url_edit.setText("http://clinic.example")
    page.save_button.click()
    assert page.ctx.dialogs.kinds() == ["error"]
    assert "https://" in page.ctx.dialogs.shown[0].text


def test_background_sync_starts_with_the_app_not_with_the_page(qtbot, qapp, clinic: Clinic,
                                                                exchange: Exchange, tmp_path) -> None:
    from usu_desktop.ui.banksync import start_background_sync

    i18n.install(qapp, "en")
    sync = SyncService(clinic.db, "anna", client_factory=fast_client)
    services = build_services(clinic.db, "anna").replace(sync=sync)
    config = SyncConfig(url=exchange.url, profile="page-desk", interval_minutes=5, auto=True)
    services.sync.save_config(config, token=exchange.token)
    ctx = make_context(clinic.db, qsettings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                       language="en", dialogs=RecordingDialogs(), runner=SyncTaskRunner(), db_label="clinic",
                       services=services)
    texts: list[str] = []
    ctx.events.last_sync_changed.connect(texts.append)
    controller = start_background_sync(ctx)
    job = ctx.scheduler.jobs["banksync"]
    assert job.active and job.base_interval_ms == 5 * 60_000 and texts
    page = BankSyncPage(ctx)
    qtbot.addWidget(page)
    assert page.controller is controller and ctx.scheduler.jobs["banksync"] is job  # not restarted
    ctx.scheduler.stop_all()


def test_cancel_stops_a_running_sync_between_pages(qtbot, qapp, clinic: Clinic, exchange: Exchange,
                                                   tmp_path) -> None:
    cid, number = clinic.client("Ivan", "Ivanov")
    clinic.invoice(cid, "10000.00")
    page = make_page(qtbot, qapp, clinic, exchange, tmp_path, TaskRunner(QThreadPool()))
    page.service.run()
    for txn in range(1, 41):
        pay(exchange, str(txn), number, "1.00")
    page.service.page_size = 1
    page.controller.progressed.connect(lambda done, total, phase: done >= 3 and page.cancel_button.click())
    with qtbot.waitSignal(page.controller.finished, timeout=20000) as done:
        page.sync_button.click()
    assert done.args == [None, None]  # cancelled: neither a report nor an error
    assert page.progress_label.text() == "Cancelled."
    first = page.service.runs()[0]
    assert first.error == "cancelled" and 3 <= first.booked < 40
    rest = page.service.run()
    assert rest.booked == 40 - first.booked and rest.duplicates == 0


@pytest.fixture
def no_keyring(tmp_path, monkeypatch) -> Iterator[None]:
    """A PC whose keyring has no backend (Linux without a keyring daemon); secrets go to the config folder."""
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    monkeypatch.delenv("USU_DESKTOP_NO_KEYRING")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_without_a_keyring_the_token_is_kept_in_a_private_file_and_said_so(
        qtbot, qapp, clinic: Clinic, exchange: Exchange, tmp_path, no_keyring) -> None:
    page = make_page(qtbot, qapp, clinic, exchange, tmp_path, SyncTaskRunner())  # saves the token
    assert page.token_edit.placeholderText() == (
        "saved in a file only you can read (this PC has no system keyring)")
    assert (tmp_path / "config" / "usu-desktop" / "secrets.json").stat().st_mode & 0o077 == 0
    again = BankSyncPage(page.ctx)  # as after a restart: the token is found
    qtbot.addWidget(again)
    assert again.token_edit.placeholderText() == page.token_edit.placeholderText()
    again.test_button.click()
    assert again.connection_result.text().startswith("Connected")


def test_the_deposits_setting_is_saved_from_the_page_and_shown_again(
        qtbot, qapp, clinic: Clinic, exchange: Exchange, tmp_path) -> None:
    page = make_page(qtbot, qapp, clinic, exchange, tmp_path, SyncTaskRunner())
    assert not page.deposits_check.isChecked()
    page.deposits_check.setChecked(True)
    page.save_button.click()
    assert page.ctx.services.sync.config().deposits is True
    page.deposits_check.setChecked(False)
    page.load_config()  # what is saved comes back
    assert page.deposits_check.isChecked()

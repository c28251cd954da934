"""The Bank-sync screen: exchange connection, sync now / on a schedule, received and unmatched payments.

  page.py        BankSyncPage (tabs: connection, received payments with undo, unmatched queue
                 with suggestions, RF history, sync log)
  controller.py  SyncController: runs through ctx.runner, the ctx.scheduler job, status bar text,
                 desktop notifications
  models.py      RowsModel, the read-only table model of the lists
  texts.py       translated words for reason, channel, phase and error codes
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from usu_desktop.ui.pages import register_page

if TYPE_CHECKING:
    from usu_desktop.ui.banksync.controller import SyncController
    from usu_desktop.ui.context import AppContext


def _make(ctx):  # type: ignore[no-untyped-def]
    from usu_desktop.ui.banksync.page import BankSyncPage

    return BankSyncPage(ctx)


register_page("banksync", QT_TRANSLATE_NOOP("Pages", "Bank sync"), "banksync", _make)


def start_background_sync(ctx: AppContext) -> SyncController:
    """Called once by the composition root: the schedule and the status-bar text run from
    start-up, not from the first visit to the page (the page then uses the same controller)."""
    from usu_desktop.ui.banksync.controller import SyncController

    if ctx.sync_controller is None:
        ctx.sync_controller = SyncController(ctx)
    controller = ctx.sync_controller
    config = ctx.services.sync.config()
    if config.auto and config.url:
        controller.schedule(config.interval_minutes)
    controller.update_status()
    return controller

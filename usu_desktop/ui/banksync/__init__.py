"""The Bank-sync screen: exchange connection, sync now / on a schedule, received and unmatched payments.

  page.py        BankSyncPage (tabs: connection, received payments with undo, unmatched queue
                 with suggestions, RF history, sync log)
  controller.py  SyncController: runs through ctx.runner, the ctx.scheduler job, status bar text,
                 desktop notifications
  models.py      RowsModel, the read-only table model of the lists
  texts.py       translated words for reason, channel, phase and error codes
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from usu_desktop.ui.pages import register_page


def _make(ctx):  # type: ignore[no-untyped-def]
    from usu_desktop.ui.banksync.page import BankSyncPage

    return BankSyncPage(ctx)


register_page("banksync", QT_TRANSLATE_NOOP("Pages", "Bank sync"), "banksync", _make)

"""AppContext: what the composition root (app.py) hands to the main window and screens.

Screens take what they need from it (`ctx.services.clients`, `ctx.runner`,
`ctx.dialogs`) instead of reaching for globals; tests build one with fakes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QLocale, QObject, QSettings, Signal

from usu_desktop.domain.money import Money
from usu_desktop.ui import i18n
from usu_desktop.ui.dialogs import Dialogs


class AppEvents(QObject):
    """App-wide notifications screens may emit or follow (the main window listens)."""

    clinic_changed = Signal(object)  # ClinicSettings after a save
    last_sync_changed = Signal(str)  # text for the status bar, e.g. "Last sync: 10:42"
    status_message = Signal(str)  # a transient message for the status bar
    links_changed = Signal(object)  # list[services.links.LinkChange] after a link refresh
    nav_badge = Signal(str, int)  # page key, count to show on its navigation entry (0 clears)


@dataclass
class AppContext:
    database: Any  # storage.Database
    services: Any  # namespace: .settings, .clients, .invoicing, .payments, ... (those that exist)
    runner: Any  # tasks.runner.TaskRunner or SyncTaskRunner
    dialogs: Dialogs
    qsettings: QSettings
    language: str = i18n.DEFAULT_LANGUAGE
    db_label: str = ""
    scheduler: Any = None  # tasks.scheduler.Scheduler
    events: AppEvents = field(default_factory=AppEvents)
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def locale(self) -> QLocale:
        return i18n.qlocale(self.language)

    def format_money(self, money: Money, with_currency: bool = True) -> str:
        return money.format(i18n.babel_locale(self.language), with_currency)

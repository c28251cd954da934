"""AppContext: what the composition root (app.py) hands to the main window and screens.

Screens take what they need from it (`ctx.services.clients`, `ctx.runner`,
`ctx.dialogs`) instead of reaching for globals; tests build one with fakes.
The types are imported for the checker only: importing this module stays cheap and
the screens' modules (banksync, links) can import it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QSettings, Signal

from usu_desktop.domain.money import Money
from usu_desktop.ui import i18n
from usu_desktop.ui.dialogs import Dialogs

if TYPE_CHECKING:
    from usu_desktop.services.bundle import Services
    from usu_desktop.storage.db import Database
    from usu_desktop.tasks.runner import Runner
    from usu_desktop.tasks.scheduler import Scheduler
    from usu_desktop.ui.banksync.controller import SyncController
    from usu_desktop.ui.links.notify import LinkWatcher


class AppEvents(QObject):
    """App-wide notifications screens may emit or follow (the main window listens)."""

    clinic_changed = Signal(object)  # ClinicSettings after a save
    last_sync_changed = Signal(str)  # text for the status bar, e.g. "Last sync: 10:42"
    status_message = Signal(str)  # a transient message for the status bar
    links_changed = Signal(object)  # list[services.links.LinkChange] after a link refresh
    nav_badge = Signal(str, int)  # page key, count to show on its navigation entry (0 clears)
    language_changed = Signal(str)  # this desk's new language code: the app rebuilds its window in it


@dataclass
class AppContext:
    database: Database
    services: Services
    runner: Runner  # TaskRunner; SyncTaskRunner in most tests
    dialogs: Dialogs
    qsettings: QSettings
    language: str = i18n.DEFAULT_LANGUAGE
    db_label: str = ""
    scheduler: Scheduler | None = None
    events: AppEvents = field(default_factory=AppEvents)
    # one of each per app, made by the composition root (or the first screen that needs it)
    sync_controller: SyncController | None = None
    link_watcher: LinkWatcher | None = None

    @property
    def locale(self) -> QLocale:
        return i18n.qlocale(self.language)

    def format_money(self, money: Money, with_currency: bool = True) -> str:
        return money.format(i18n.babel_locale(self.language), with_currency)

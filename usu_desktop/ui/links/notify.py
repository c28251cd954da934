"""LinkWatcher: after each bank sync (and every few minutes) ask which links were paid or expired.

The refresh runs through ctx.runner (never on the GUI thread). Each change becomes a desktop
notification (tray balloon when the system has a tray, else the status bar) and the count of
unseen link events is put on the Payments and Payment links navigation entries through
`ctx.events.nav_badge` (a paid link is a payment; cleared when either page is shown).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

from usu_desktop.ui.i18n import isolate

BADGE_PAGES = ("payments", "links")
INTERVAL_MS = 5 * 60_000


class LinkWatcher(QObject):
    def __init__(self, ctx: Any, service: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service or ctx.services.links
        self.handle: Any = None
        self.notifications: list[str] = []
        self.tray: QSystemTrayIcon | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.refresh)
        self._attached = False

    def attach(self) -> None:
        """Follow the bank-sync controller (when there is one) and start the timer."""
        if self._attached:
            return
        self._attached = True
        controller = self.ctx.sync_controller
        if controller is not None:
            controller.finished.connect(lambda report, error: error is None and self.refresh())
        self._timer.start()
        self.update_badge()

    def stop(self) -> None:
        self._timer.stop()

    def refresh(self) -> bool:
        """Start a background refresh; False if one is already going."""
        if self.handle is not None:
            return False
        handle = self.ctx.runner.submit(lambda _state: self.service.refresh(), on_success=self._changed,
                                        on_finished=self._done, owner=self)
        if not handle.is_done():
            self.handle = handle
        return True

    def _done(self) -> None:
        self.handle = None

    def _changed(self, changes: Any) -> None:
        if not changes:
            return
        self.ctx.events.links_changed.emit(list(changes))
        for change in changes:
            self.notify(change)
        self.update_badge()

    def update_badge(self) -> int:
        count = int(self.service.unseen_count())
        for page in BADGE_PAGES:
            self.ctx.events.nav_badge.emit(page, count)
        return count

    def mark_seen(self) -> None:
        self.service.mark_seen()
        self.update_badge()

    def message(self, change: Any) -> str:
        paid = isolate(self.ctx.format_money(change.paid))
        title = isolate(change.title)
        if change.new_status == "paid":
            text = QCoreApplication.translate("Links", "Payment link paid: {title} ({amount})")
        elif change.new_status == "partly_paid":
            text = QCoreApplication.translate("Links", "Payment link partly paid: {title} ({amount} so far)")
        elif change.new_status == "expired":
            text = QCoreApplication.translate("Links", "Payment link expired: {title}")
        else:
            text = QCoreApplication.translate("Links", "Payment link changed: {title}")
        return text.format(title=title, amount=paid)

    def notify(self, change: Any) -> None:
        if change.new_status not in ("paid", "partly_paid", "expired"):
            return
        text = self.message(change)
        self.notifications.append(text)
        if QSystemTrayIcon.isSystemTrayAvailable() and QGuiApplication.platformName() != "offscreen":
            if self.tray is None:
                self.tray = QSystemTrayIcon(self)
                self.tray.setIcon(QGuiApplication.windowIcon())
                self.tray.show()
            self.tray.showMessage(QCoreApplication.translate("Links", "Payment links"), text)
        self.ctx.events.status_message.emit(text)

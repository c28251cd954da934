"""Payment links in the app: telling the desk when links are paid or expire, and their words.

  page.py    LinksPage (key "links"): links with New / Send / Copy / Cancel, the message log with
             "send failed messages again", SMTP and SMS settings; NewLinkDialog
  notify.py  LinkWatcher: refreshes link statuses after each bank sync (and every few minutes) in
             the background, puts a badge on Payment links (ctx.events.nav_badge), a desktop
             notification, and ctx.events.links_changed for screens that show links
  texts.py   translated link statuses, reminder outcomes and channel names
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from usu_desktop.ui.pages import register_page

if TYPE_CHECKING:
    from usu_desktop.ui.context import AppContext
    from usu_desktop.ui.links.notify import LinkWatcher


def _make(ctx):  # type: ignore[no-untyped-def]
    from usu_desktop.ui.links.page import LinksPage

    return LinksPage(ctx)


register_page("links", QT_TRANSLATE_NOOP("Pages", "Payment links"), "links", _make, order=36)


def start_link_watch(ctx: AppContext) -> LinkWatcher:
    """Called once by the composition root (after the bank-sync controller exists)."""
    from PySide6.QtCore import QCoreApplication

    from usu_desktop.ui.links.notify import LinkWatcher

    if ctx.link_watcher is None:
        # Owned by the application, so its timer dies on the GUI thread at shutdown.
        ctx.link_watcher = LinkWatcher(ctx, parent=QCoreApplication.instance())
    ctx.link_watcher.attach()
    return ctx.link_watcher

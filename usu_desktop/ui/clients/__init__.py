"""The patients screen: list, card, create/edit/archive (registers the "clients" page)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from usu_desktop.ui.pages import register_page


def _factory(ctx):  # type: ignore[no-untyped-def]
    from usu_desktop.ui.clients.page import ClientsPage

    return ClientsPage(ctx)


register_page("clients", QT_TRANSLATE_NOOP("Pages", "Clients"), "clients", _factory)

"""The price list screen (registers the "pricelist" page, after invoices)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from usu_desktop.ui.pages import register_page


def _factory(ctx):  # type: ignore[no-untyped-def]
    from usu_desktop.ui.pricelist.page import PriceListPage

    return PriceListPage(ctx)


register_page("pricelist", QT_TRANSLATE_NOOP("Pages", "Price list"), "pricelist", _factory, order=25)

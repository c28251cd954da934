"""The invoices screen and the invoice editor (registers the "invoices" page)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from usu_desktop.ui.pages import register_page


def _factory(ctx):  # type: ignore[no-untyped-def]
    from usu_desktop.ui.invoices.page import InvoicesPage

    return InvoicesPage(ctx)


register_page("invoices", QT_TRANSLATE_NOOP("Pages", "Invoices"), "invoices", _factory)

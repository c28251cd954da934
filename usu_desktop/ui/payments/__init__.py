"""The payments screen and the desk payment dialog (registers the "payments" page)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from usu_desktop.ui.pages import register_page


def _factory(ctx):  # type: ignore[no-untyped-def]
    from usu_desktop.ui.payments.page import PaymentsPage

    return PaymentsPage(ctx)


register_page("payments", QT_TRANSLATE_NOOP("Pages", "Payments"), "payments", _factory)

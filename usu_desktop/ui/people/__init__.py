"""People: sign-in dialogs and the Audit screen (registers the "audit" page)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from usu_desktop.ui.pages import register_page


def _factory(ctx):  # type: ignore[no-untyped-def]
    from usu_desktop.ui.people.audit_page import AuditPage

    return AuditPage(ctx)


register_page("audit", QT_TRANSLATE_NOOP("Pages", "Audit"), "audit", _factory, order=90)

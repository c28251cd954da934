"""The Debtors screen: patients with overdue balances, ageing, last reminder, bulk reminders.

  page.py  DebtorsPage: filters, the list (amount overdue, oldest due date, days, 0-30 / 31-60 /
           61-90 / 90+ buckets, last reminder) and "Send payment link / reminder" to the
           selection, run through ctx.runner with progress and cancel
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from usu_desktop.ui.pages import register_page


def _make(ctx):  # type: ignore[no-untyped-def]
    from usu_desktop.ui.debtors.page import DebtorsPage

    return DebtorsPage(ctx)


register_page("debtors", QT_TRANSLATE_NOOP("Pages", "Debtors"), "debtors", _make, order=35)

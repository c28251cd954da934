"""The Bank-statements screen: import camt/MT940 files, see what every entry did, export the registry.

  page.py     StatementsPage: "Import statement…" and drag-and-drop of files (imported in the
              background with progress and cancel), a result per file (entries with status, where
              the money went and why, totals per status), the watched folder on a schedule
  widget.py   StatementsWidget: the same as a self-contained widget (the page wraps it)
  export.py   RegistryOptionsDialog and the charge-registry export (format, delimiter, encoding)
  model.py    EntriesModel, the read-only table of one file's entries
  texts.py    translated words for statuses, reasons and progress phases
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from usu_desktop.ui.pages import register_page


def _make(ctx):  # type: ignore[no-untyped-def]
    from usu_desktop.ui.statements.page import StatementsPage

    return StatementsPage(ctx)


register_page("statements", QT_TRANSLATE_NOOP("Pages", "Bank statements"), "statements", _make, order=45)

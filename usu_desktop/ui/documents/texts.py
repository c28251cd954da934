"""Translated sentences for the error codes documents raise; other codes go to ui.errors."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from usu_desktop.ui.errors import error_text
from usu_desktop.ui.i18n import isolate

MESSAGES: dict[str, str] = {
    "output_not_writable": QT_TRANSLATE_NOOP(
        "DocumentErrors", "The file {path} cannot be written: {reason}. Please choose another folder."),
    "output_exists": QT_TRANSLATE_NOOP(
        "DocumentErrors", "The file {path} already exists. Choose an empty folder; nothing was exported."),
    "invoice_not_issued": QT_TRANSLATE_NOOP(
        "DocumentErrors", "This invoice is a draft. Issue it first, then print it."),
    "invoice_number_unknown": QT_TRANSLATE_NOOP("DocumentErrors", "There is no invoice number {number}."),
    "client_number_unknown": QT_TRANSLATE_NOOP(
        "DocumentErrors", "There is no client number {client_number}."),
    "payment_unmatched": QT_TRANSLATE_NOOP(
        "DocumentErrors", "This payment is not assigned to a client yet, so it has no receipt."),
    "statement_bad_period": QT_TRANSLATE_NOOP(
        "DocumentErrors", "The first day of the period must not be after the last day."),
    "print_failed": QT_TRANSLATE_NOOP("DocumentErrors", "The printer could not be started."),
}


def document_error_text(exc: BaseException) -> str:
    code = getattr(exc, "code", None)
    template = MESSAGES.get(code) if isinstance(code, str) else None
    if template is None:
        return error_text(exc)
    params = {k: isolate(v) for k, v in (getattr(exc, "params", {}) or {}).items()}
    text = QCoreApplication.translate("DocumentErrors", template)
    try:
        return text.format_map(params)
    except (KeyError, ValueError, IndexError):
        return text

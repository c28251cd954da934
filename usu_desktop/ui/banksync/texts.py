"""Words for the codes the sync service and the matching engine return (context "BankSync").

Error codes (the exchange's and sync's too) read through ui/errors.py, the one table.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from usu_desktop.ui.errors import code_text, error_text, fill

CTX = "BankSync"

REASONS: dict[str, str] = {
    "client_number": QT_TRANSLATE_NOOP("BankSync", "Client number typed at the terminal"),
    "rf_invoice": QT_TRANSLATE_NOOP("BankSync", "Payment code of the invoice"),
    "rf_client": QT_TRANSLATE_NOOP("BankSync", "Client's payment code"),
    "invoice_number": QT_TRANSLATE_NOOP("BankSync", "Invoice number in the payment text"),
    "unmatched": QT_TRANSLATE_NOOP("BankSync", "Not matched"),
    "manual": QT_TRANSLATE_NOOP("BankSync", "Allocated by hand"),
    "credit": QT_TRANSLATE_NOOP("BankSync", "From client credit"),
    "reversal": QT_TRANSLATE_NOOP("BankSync", "Reversal"),
}

SUGGESTION_REASONS: dict[str, str] = {
    "amount_equals_balance": QT_TRANSLATE_NOOP("BankSync", "amount equals the invoice balance"),
    "amount_equals_client_total": QT_TRANSLATE_NOOP("BankSync", "amount equals all the client owes"),
    "name_match": QT_TRANSLATE_NOOP("BankSync", "payer's name matches"),
    "name_similar": QT_TRANSLATE_NOOP("BankSync", "payer's name is similar"),
    "date_near": QT_TRANSLATE_NOOP("BankSync", "paid around the invoice date"),
    "client_number_in_text": QT_TRANSLATE_NOOP("BankSync", "client number in the text"),
}

CHANNELS: dict[str, str] = {
    "terminal": QT_TRANSLATE_NOOP("BankSync", "Terminal"),
    "bank": QT_TRANSLATE_NOOP("BankSync", "Bank"),
    "link": QT_TRANSLATE_NOOP("BankSync", "Payment link"),
    "desk": QT_TRANSLATE_NOOP("BankSync", "Desk"),
}

PHASES: dict[str, str] = {
    "check": QT_TRANSLATE_NOOP("BankSync", "Checking the exchange…"),
    "upload": QT_TRANSLATE_NOOP("BankSync", "Sending the charge list…"),
    "fetch": QT_TRANSLATE_NOOP("BankSync", "Fetching payments… {count} so far"),
    "book": QT_TRANSLATE_NOOP("BankSync", "Booking payments… {count} so far"),
}

def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def reason_text(code: str) -> str:
    return tr(REASONS[code]) if code in REASONS else code


def channel_text(code: str) -> str:
    return tr(CHANNELS[code]) if code in CHANNELS else code


def phase_text(code: str, count: int) -> str:
    return fill(tr(PHASES[code]), {"count": count}) if code in PHASES else code


def sync_error_text(exc: BaseException) -> str:
    """Exchange and sync codes are in ui.errors like every other code."""
    return error_text(exc)


def error_code_text(code: str) -> str:
    """For the log of runs, where only the stored code is left."""
    if code == "cancelled":
        return tr(QT_TRANSLATE_NOOP("BankSync", "Cancelled"))
    if code == "interrupted":  # the desk was closed or killed mid-run (the counts are what it committed)
        return tr(QT_TRANSLATE_NOOP("BankSync", "Interrupted"))
    return code_text(code)

"""Words for the codes the sync service and the matching engine return (context "BankSync").

The exchange and sync error codes are here until ui/errors.py carries them; `sync_error_text`
falls back to `error_text` for every other code.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from usu_desktop.ui.errors import _fill, error_text

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

ERRORS: dict[str, str] = {
    "sync_not_configured": QT_TRANSLATE_NOOP(
        "BankSync", "The exchange address is not set. Enter it on the Connection tab."),
    "sync_no_token": QT_TRANSLATE_NOOP(
        "BankSync", "No access token is saved for this desk. Enter the token on the Connection tab."),
    "sync_bad_interval": QT_TRANSLATE_NOOP("BankSync", "The interval must be between 1 and 1440 minutes."),
    "exchange_unreachable": QT_TRANSLATE_NOOP(
        "BankSync", "The exchange {url} cannot be reached. Check the address and the internet connection."),
    "exchange_timeout": QT_TRANSLATE_NOOP("BankSync", "The exchange {url} did not answer in time."),
    "exchange_auth": QT_TRANSLATE_NOOP(
        "BankSync", "The exchange refused the access token. Enter the token again."),
    "exchange_server_error": QT_TRANSLATE_NOOP(
        "BankSync", "The exchange had an internal error (HTTP {status}). It will be tried again later."),
    "exchange_bad_response": QT_TRANSLATE_NOOP(
        "BankSync", "The exchange answered something unexpected. Check the address."),
    "exchange_refused": QT_TRANSLATE_NOOP("BankSync", "The exchange refused the request ({server_code})."),
    "exchange_insecure_url": QT_TRANSLATE_NOOP(
        "BankSync", "Use an https:// address; plain http is only allowed to this computer."),
    "exchange_bad_url": QT_TRANSLATE_NOOP("BankSync", "“{url}” is not a web address."),
    "credentials_unavailable": QT_TRANSLATE_NOOP(
        "BankSync", "The system keyring cannot be used, so the token cannot be kept."),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def reason_text(code: str) -> str:
    return tr(REASONS[code]) if code in REASONS else code


def channel_text(code: str) -> str:
    return tr(CHANNELS[code]) if code in CHANNELS else code


def phase_text(code: str, count: int) -> str:
    return _fill(tr(PHASES[code]), {"count": count}) if code in PHASES else code


def sync_error_text(exc: BaseException) -> str:
    code = getattr(exc, "code", None)
    if isinstance(code, str) and code in ERRORS:
        return _fill(tr(ERRORS[code]), dict(getattr(exc, "params", {}) or {}))
    return error_text(exc)


def error_code_text(code: str) -> str:
    """For the log of runs, where only the stored code is left."""
    if code in ERRORS:
        return _fill(tr(ERRORS[code]), {})
    if code == "cancelled":
        return tr(QT_TRANSLATE_NOOP("BankSync", "Cancelled"))
    return code

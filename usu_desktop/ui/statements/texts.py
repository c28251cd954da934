"""Words for the codes the statement import returns (context "Statements")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from usu_desktop.domain.errors import DomainError
from usu_desktop.services.statements import EntryResult
from usu_desktop.ui.errors import error_text
from usu_desktop.ui.i18n import isolate

STATUS: dict[str, str] = {
    "booked": QT_TRANSLATE_NOOP("Statements", "Booked"),
    "unmatched": QT_TRANSLATE_NOOP("Statements", "Unmatched"),
    "reversed": QT_TRANSLATE_NOOP("Statements", "Reversed"),
    "duplicate": QT_TRANSLATE_NOOP("Statements", "Already booked"),
    "ignored": QT_TRANSLATE_NOOP("Statements", "Skipped"),
    "error": QT_TRANSLATE_NOOP("Statements", "Error"),
}

WHY: dict[str, str] = {
    "rf_invoice": QT_TRANSLATE_NOOP("Statements", "RF reference of the invoice"),
    "rf_client": QT_TRANSLATE_NOOP("Statements", "the patient's RF reference, oldest invoices first"),
    "client_number": QT_TRANSLATE_NOOP("Statements", "client number, oldest invoices first"),
    "invoice_number": QT_TRANSLATE_NOOP("Statements", "invoice number in the payment text"),
    "unmatched": QT_TRANSLATE_NOOP("Statements", "no reference found: waiting in the unmatched queue"),
    "debit": QT_TRANSLATE_NOOP("Statements", "money going out (debit)"),
    "pending": QT_TRANSLATE_NOOP("Statements", "not booked by the bank yet (pending)"),
    "debit_reversal": QT_TRANSLATE_NOOP("Statements", "reversal of a debit"),
    "already_booked": QT_TRANSLATE_NOOP("Statements", "booked before, from this or an earlier statement"),
    "already_reversed": QT_TRANSLATE_NOOP("Statements", "the payment was already taken back"),
    "reversal": QT_TRANSLATE_NOOP("Statements", "takes back payment {original}"),
}

DIRECTION: dict[str, str] = {
    "credit": QT_TRANSLATE_NOOP("Statements", "In"),
    "debit": QT_TRANSLATE_NOOP("Statements", "Out"),
}

ISSUE: dict[str, str] = {
    "balance_mismatch": QT_TRANSLATE_NOOP("Statements", "the balances in the file do not add up"),
    "schema_violation": QT_TRANSLATE_NOOP("Statements", "the file does not follow the bank format exactly"),
    "batch_not_split": QT_TRANSLATE_NOOP("Statements", "a batch entry without its single payments"),
    "batch_sum_mismatch": QT_TRANSLATE_NOOP("Statements", "a batch entry whose parts do not add up"),
    "unknown_status": QT_TRANSLATE_NOOP("Statements", "an entry with an unknown status"),
    "bad_amount": QT_TRANSLATE_NOOP("Statements", "an unreadable amount"),
    "bad_date": QT_TRANSLATE_NOOP("Statements", "an unreadable date"),
    "date_adjusted": QT_TRANSLATE_NOOP("Statements", "a day past the end of its month, read as the last day"),
    "account_skipped": QT_TRANSLATE_NOOP("Statements", "statements of other accounts in the file, skipped"),
    "intraday_report": QT_TRANSLATE_NOOP(
        "Statements", "an intraday report: its entries are not booked by the bank yet and are only listed"),
    "bad_entry": QT_TRANSLATE_NOOP("Statements", "an entry that cannot be read"),
    "missing_field": QT_TRANSLATE_NOOP("Statements", "a required field is missing"),
    "entry_currency": QT_TRANSLATE_NOOP("Statements", "an entry in another currency"),
    "invalid_rf": QT_TRANSLATE_NOOP("Statements", "an RF reference with wrong check digits"),
    "several_rf": QT_TRANSLATE_NOOP("Statements", "a payment naming several RF references"),
}

PHASE: dict[str, str] = {
    "read": QT_TRANSLATE_NOOP("Statements", "Reading {file}…"),
    "book": QT_TRANSLATE_NOOP("Statements", "Booking {file}: {done} of {total}"),
    "done": QT_TRANSLATE_NOOP("Statements", "Finished {file}"),
}


def _t(text: str) -> str:
    """Translate a string marked above (context "Statements")."""
    return QCoreApplication.translate("Statements", text)


def status_text(code: str) -> str:
    return _t(STATUS[code]) if code in STATUS else code


def issue_text(code: str) -> str:
    return _t(ISSUE[code]) if code in ISSUE else code


def direction_text(code: str) -> str:
    return _t(DIRECTION[code]) if code in DIRECTION else code


def phase_text(code: str, file: str, done: int, total: int) -> str:
    text = _t(PHASE.get(code, "{file}"))
    return text.replace("{file}", isolate(file)).replace("{done}", isolate(done)).replace(
        "{total}", isolate(total))


def why_text(e: EntryResult) -> str:
    """Why the entry went where it did, in words; an error names the entry and the field."""
    if e.status == "error":
        if e.amount is None and e.why in ISSUE:  # the reader could not take the entry at all
            text = issue_text(e.why)
        else:
            text = error_text(DomainError(e.why, **e.params))
        where = QCoreApplication.translate("Statements", "entry {index}").replace(
            "{index}", isolate(e.index + 1))
        if e.field:
            where += ", " + QCoreApplication.translate("Statements", "field {field}").replace(
                "{field}", isolate(e.field))
        return f"{where}: {text}"
    text = _t(WHY[e.why]) if e.why in WHY else e.why
    text = text.replace("{original}", isolate(e.params.get("original", "")))
    if e.status == "unmatched" and e.suggestions:
        s = e.suggestions[0]
        who = s.client_name + (f" {s.invoice_number}" if s.invoice_number else "")
        text += "; " + QCoreApplication.translate("Statements", "suggested: {who}").replace(
            "{who}", isolate(who))
    if e.credit is not None and e.credit.is_positive() and e.status == "booked":
        text += "; " + QCoreApplication.translate("Statements", "over-payment kept as credit")
    return text

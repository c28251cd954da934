"""Words for link statuses, reminder outcomes and channels (codes from the services)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS = {
    "active": QT_TRANSLATE_NOOP("Links", "Active"),
    "partly_paid": QT_TRANSLATE_NOOP("Links", "Partly paid"),
    "paid": QT_TRANSLATE_NOOP("Links", "Paid"),
    "expired": QT_TRANSLATE_NOOP("Links", "Expired"),
    "cancelled": QT_TRANSLATE_NOOP("Links", "Cancelled"),
}
OUTCOME = {
    "sent": QT_TRANSLATE_NOOP("Links", "Sent"),
    "failed": QT_TRANSLATE_NOOP("Links", "Failed"),
    "skipped_paid": QT_TRANSLATE_NOOP("Links", "Skipped: paid meanwhile"),
    "skipped_credit": QT_TRANSLATE_NOOP("Links", "Skipped: client credit covers the debt"),
    "skipped_interval": QT_TRANSLATE_NOOP("Links", "Skipped: reminded recently"),
    "skipped_no_contact": QT_TRANSLATE_NOOP("Links", "Skipped: no e-mail or phone"),
    "would_send": QT_TRANSLATE_NOOP("Links", "Would be sent"),
}
CHANNEL = {
    "email": QT_TRANSLATE_NOOP("Links", "E-mail"),
    "sms": QT_TRANSLATE_NOOP("Links", "SMS"),
}


def status_text(code: str) -> str:
    return QCoreApplication.translate("Links", STATUS.get(code, code))


def outcome_text(code: str) -> str:
    return QCoreApplication.translate("Links", OUTCOME.get(code, code))


def channel_text(code: str) -> str:
    return QCoreApplication.translate("Links", CHANNEL.get(code, code))

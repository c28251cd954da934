"""Error codes to user text, in one place.

Non-Qt layers raise `DomainError(code, **params)` / `StorageError(code, **params)`;
this table turns a code into a translated sentence with the parameters filled in
(each isolated with FSI/PDI so numbers and paths read right in Persian).
A new code goes here (context "Errors"), then `tools/check_translations.py --update`
and its translations; tests/ui/test_i18n.py fails while any code raised in
domain/, storage/ or services/ has no message. Screens should not keep tables of
their own.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from usu_desktop.ui.i18n import isolate

MESSAGES: dict[str, str] = {
    # money
    "invalid_amount": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid amount."),
    "float_amount": QT_TRANSLATE_NOOP("Errors", "An amount must be exact; {value} is not accepted."),
    "too_many_decimals": QT_TRANSLATE_NOOP(
        "Errors", "{value} has too many decimals: {currency} allows {digits}."),
    "unknown_currency": QT_TRANSLATE_NOOP("Errors", "Unknown currency “{currency}”."),
    "currency_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "Amounts in {left} and {right} cannot be combined."),
    "allocate_no_parts": QT_TRANSLATE_NOOP("Errors", "There is nothing to split the amount over."),
    "allocate_bad_weights": QT_TRANSLATE_NOOP("Errors", "The amount cannot be split in these proportions."),
    # references and client numbers
    "rf_bad_body": QT_TRANSLATE_NOOP(
        "Errors", "“{body}” cannot be used in a payment reference (letters and digits only, up to 21)."),
    "client_number_bad_sequence": QT_TRANSLATE_NOOP(
        "Errors", "{sequence} cannot be turned into a client number."),
    "client_number_bad_format": QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a client number (digits only)."),
    "client_number_bad_check_digit": QT_TRANSLATE_NOOP(
        "Errors", "Client number “{value}” has a wrong check digit; please check it for typos."),
    # invoices
    "line_bad_description": QT_TRANSLATE_NOOP("Errors", "Every invoice line needs a description."),
    "line_bad_quantity": QT_TRANSLATE_NOOP("Errors", "The quantity {quantity} is not valid."),
    "line_bad_price": QT_TRANSLATE_NOOP("Errors", "The price {unit_price} cannot be negative."),
    "line_bad_discount": QT_TRANSLATE_NOOP(
        "Errors", "The discount {discount} must be between zero and the line amount {gross}."),
    "line_bad_vat": QT_TRANSLATE_NOOP("Errors", "The VAT rate must be between 0 and 100%."),
    "invoice_bad_transition": QT_TRANSLATE_NOOP("Errors", "This invoice cannot be changed that way now."),
    "invoice_bad_paid": QT_TRANSLATE_NOOP("Errors", "The paid amount does not fit this invoice."),
    # clients, invoices, payments, demo (services and ledger)
    "allocation_already_undone": QT_TRANSLATE_NOOP("Errors", "This allocation has already been undone."),
    "allocation_bad_amount": QT_TRANSLATE_NOOP("Errors", "The amount to allocate is not valid."),
    "allocation_is_an_undo": QT_TRANSLATE_NOOP(
        "Errors", "An undo cannot itself be undone; make a new allocation instead."),
    "allocation_not_found": QT_TRANSLATE_NOOP("Errors", "This allocation no longer exists."),
    "cancel_reason_required": QT_TRANSLATE_NOOP("Errors", "Please give a reason for cancelling."),
    "client_archived": QT_TRANSLATE_NOOP("Errors", "This client is archived; restore the client first."),
    "client_bad_birth_date": QT_TRANSLATE_NOOP("Errors", "The birth date {birth_date} is not possible."),
    "client_bad_email": QT_TRANSLATE_NOOP("Errors", "“{email}” is not a valid e-mail address."),
    "client_name_required": QT_TRANSLATE_NOOP("Errors", "Please enter the client's name."),
    "client_not_found": QT_TRANSLATE_NOOP("Errors", "This client no longer exists."),
    "demo_bad_size": QT_TRANSLATE_NOOP("Errors", "Demo data needs at least one client."),
    "invoice_cancelled": QT_TRANSLATE_NOOP("Errors", "This invoice is cancelled."),
    "invoice_no_lines": QT_TRANSLATE_NOOP("Errors", "An invoice needs at least one line."),
    "invoice_not_draft": QT_TRANSLATE_NOOP(
        "Errors", "Only a draft invoice can be changed; an issued one needs a credit note."),
    "invoice_not_found": QT_TRANSLATE_NOOP("Errors", "This invoice no longer exists."),
    "invoice_not_open": QT_TRANSLATE_NOOP("Errors", "Invoice {number} is not open for payment."),
    "invoice_other_client": QT_TRANSLATE_NOOP("Errors", "This invoice belongs to another client."),
    "invoice_overpaid": QT_TRANSLATE_NOOP("Errors", "Paying {paid} would exceed the invoice total {total}."),
    "match_bad_amount": QT_TRANSLATE_NOOP("Errors", "The payment amount {amount} cannot be matched."),
    "nothing_owed": QT_TRANSLATE_NOOP("Errors", "This client owes nothing at the moment."),
    "payment_already_reversed": QT_TRANSLATE_NOOP("Errors", "This payment has already been reversed."),
    "payment_amount_exceeded": QT_TRANSLATE_NOOP(
        "Errors", "Only {available} of this payment is still free to allocate."),
    "payment_bad_amount": QT_TRANSLATE_NOOP("Errors", "The payment amount {amount} is not valid."),
    "payment_bad_method": QT_TRANSLATE_NOOP("Errors", "“{method}” is not a known payment method."),
    "payment_bad_overpayment_use": QT_TRANSLATE_NOOP("Errors", "Choose what to do with the overpayment."),
    "payment_bad_source": QT_TRANSLATE_NOOP("Errors", "“{source}” is not a known payment source."),
    "payment_external_id_required": QT_TRANSLATE_NOOP(
        "Errors", "A payment from {source} needs its transaction id."),
    "payment_is_reversal": QT_TRANSLATE_NOOP("Errors", "A reversal cannot itself be reversed."),
    "payment_not_found": QT_TRANSLATE_NOOP("Errors", "This payment no longer exists."),
    "payment_reversed": QT_TRANSLATE_NOOP("Errors", "This payment has been reversed and cannot be used."),
    "reason_required": QT_TRANSLATE_NOOP("Errors", "Please give a reason."),
    "reversal_amount_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The reversal amount {amount} does not match the original payment."),
    "reversal_of_unknown_payment": QT_TRANSLATE_NOOP(
        "Errors", "The reversed payment {external_id} from {source} is not in the books."),
    "service_code_and_name_required": QT_TRANSLATE_NOOP("Errors", "A service needs a code and a name."),
    "service_not_found": QT_TRANSLATE_NOOP("Errors", "This service no longer exists."),
    # backup, price list, sync
    "backup_missing": QT_TRANSLATE_NOOP("Errors", "The backup {path} does not exist."),
    "backup_same_file": QT_TRANSLATE_NOOP(
        "Errors", "A backup cannot be written over the database itself ({path})."),
    "backup_sqlite_only": QT_TRANSLATE_NOOP(
        "Errors", "Backups from here work for a database file only; "
                  "back up the server {url} with its own tools."),
    "restore_target_exists": QT_TRANSLATE_NOOP(
        "Errors", "{path} already exists; choose a new file to restore into."),
    "service_code_taken": QT_TRANSLATE_NOOP("Errors", "The service code {code} is already in use."),
    # documents and bank statements
    "batch_needs_one_target": QT_TRANSLATE_NOOP("Errors", "Choose where the documents should go."),
    "client_number_unknown": QT_TRANSLATE_NOOP("Errors", "No client has the number {client_number}."),
    "file_unreadable": QT_TRANSLATE_NOOP("Errors", "The file {file} could not be read: {reason}"),
    "reader_failed": QT_TRANSLATE_NOOP(
        "Errors", "Reading the file {file} stopped part way. What was booked is kept; import the file again "
                  "to book the rest."),
    "invoice_not_issued": QT_TRANSLATE_NOOP("Errors", "This invoice has not been issued yet."),
    "invoice_number_unknown": QT_TRANSLATE_NOOP("Errors", "There is no invoice {number}."),
    "output_exists": QT_TRANSLATE_NOOP("Errors", "{path} already exists."),
    "payment_unmatched": QT_TRANSLATE_NOOP("Errors", "This payment is not matched to a client yet."),
    "reversal_original_not_found": QT_TRANSLATE_NOOP(
        "Errors", "The statement reverses a payment that is not in the books."),
    "report_bad_period": QT_TRANSLATE_NOOP(
        "Errors", "The report period from {date_from} to {date_to} ends before it starts."),
    "report_bad_time_zone": QT_TRANSLATE_NOOP("Errors", "“{time_zone}” is not a known time zone."),
    "statement_bad_period": QT_TRANSLATE_NOOP(
        "Errors", "The period from {date_from} to {date_to} is not valid."),
    "statement_folder_missing": QT_TRANSLATE_NOOP("Errors", "The statement folder {folder} does not exist."),
    "xml_forbidden": QT_TRANSLATE_NOOP(
        "Errors", "The file {file} uses XML features that are not allowed (line {line})."),
    "not_xml": QT_TRANSLATE_NOOP("Errors", "The file {file} is not valid XML."),
    "unknown_format": QT_TRANSLATE_NOOP(
        "Errors", "The file {file} is not a bank statement in a known format (camt.052, camt.053, camt.054, "
                  "MT940, MT942)."),
    "missing_field": QT_TRANSLATE_NOOP(
        "Errors", "The file {file} lacks the required field {field} (line {line})."),
    "truncated": QT_TRANSLATE_NOOP("Errors", "The file {file} is cut off; download it from the bank again."),
    "bad_amount": QT_TRANSLATE_NOOP("Errors", "The file {file} has an unreadable amount (line {line})."),
    "empty_file": QT_TRANSLATE_NOOP("Errors", "The file {file} is empty."),
    "too_large": QT_TRANSLATE_NOOP("Errors", "The file {file} is too large to import."),
    "wrong_currency": QT_TRANSLATE_NOOP(
        "Errors", "The statement {file} is in {found}, but the clinic works in {expected}."),
    "mixed_accounts": QT_TRANSLATE_NOOP(
        "Errors", "The file {file} holds several accounts and none of them is the clinic's. Enter the "
                  "clinic's IBAN in Settings, or import a file of the clinic's account."),
    # charge registry export
    "registry_unknown_format": QT_TRANSLATE_NOOP("Errors", "“{format}” is not a known registry format."),
    "registry_unknown_encoding": QT_TRANSLATE_NOOP("Errors", "“{encoding}” is not a known text encoding."),
    "registry_empty": QT_TRANSLATE_NOOP("Errors", "There are no open charges to export."),
    "registry_mixed_currency": QT_TRANSLATE_NOOP(
        "Errors", "The charges are in several currencies ({currencies}); export one currency at a time."),
    "registry_negative_amount": QT_TRANSLATE_NOOP(
        "Errors", "The charge for account {account} is negative and cannot be sent to the bank."),
    "registry_bad_character": QT_TRANSLATE_NOOP(
        "Errors", "The {field} of account {account} contains a character the bank cannot accept."),
    "registry_unencodable": QT_TRANSLATE_NOOP(
        "Errors", "Account {account} has text that cannot be written in {encoding}."),
    "registry_bad_delimiter": QT_TRANSLATE_NOOP(
        "Errors", "“{delimiter}” cannot be used as the column separator."),
    # payment links, messages, reminders
    "link_bad_amount": QT_TRANSLATE_NOOP("Errors", "The link amount {amount} is not valid."),
    "link_client_not_found": QT_TRANSLATE_NOOP("Errors", "The patient for this link no longer exists."),
    "link_expiry_past": QT_TRANSLATE_NOOP("Errors", "The expiry date {expires} is already in the past."),
    "link_invoice_not_found": QT_TRANSLATE_NOOP("Errors", "The invoice for this link no longer exists."),
    "link_invoice_not_open": QT_TRANSLATE_NOOP(
        "Errors", "A payment link can only be made for an open invoice."),
    "link_no_address": QT_TRANSLATE_NOOP("Errors", "The patient has no address to send this link to."),
    "link_not_found": QT_TRANSLATE_NOOP("Errors", "This payment link no longer exists."),
    "link_not_remote": QT_TRANSLATE_NOOP("Errors", "This link has not reached the exchange yet; sync first."),
    "link_nothing_due": QT_TRANSLATE_NOOP("Errors", "Nothing is due on this invoice."),
    "mail_bad_address": QT_TRANSLATE_NOOP("Errors", "“{address}” is not a valid sender e-mail address."),
    "message_bad_channel": QT_TRANSLATE_NOOP("Errors", "“{channel}” is not a known way to send messages."),
    "message_bad_security": QT_TRANSLATE_NOOP(
        "Errors", "“{security}” is not a known mail connection security."),
    "message_no_address": QT_TRANSLATE_NOOP("Errors", "The patient has no {channel} address."),
    "message_not_retryable": QT_TRANSLATE_NOOP("Errors", "This message cannot be sent again."),
    "reminder_bad_channel": QT_TRANSLATE_NOOP("Errors", "“{channel}” is not a known way to send reminders."),
    "reminder_bad_interval": QT_TRANSLATE_NOOP(
        "Errors", "Reminders must be at least {days} day(s) apart; choose a valid interval."),
    "sms_bad_phone": QT_TRANSLATE_NOOP("Errors", "“{phone}” is not a phone number an SMS can go to."),
    # partial credit notes
    "invoice_partly_credited": QT_TRANSLATE_NOOP(
        "Errors",
        "Invoice {number} is already credited by {credited}; credit what is left by lines or an amount."),
    "credit_lines_or_amount": QT_TRANSLATE_NOOP("Errors", "Choose the lines to credit, or an amount."),
    "credit_nothing": QT_TRANSLATE_NOOP("Errors", "There is nothing to credit on invoice {number}."),
    "credit_exceeds_invoice": QT_TRANSLATE_NOOP(
        "Errors",
        "A credit of {amount} is more than the {left} left on invoice {number}; nothing was credited."),
    "credit_no_such_line": QT_TRANSLATE_NOOP("Errors", "Invoice {number} has no line {line}."),
    "credit_exceeds_line": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} ({description}) of invoice {number} has only {left} left to credit, not {quantity}; "
        "nothing was credited."),
    "credit_amount_not_exact": QT_TRANSLATE_NOOP(
        "Errors",
        "{amount} cannot be credited to the cent at the VAT rate {rate}; please adjust it by a cent."),
    # refunds and SEPA transfer files
    "payment_credit_refunded": QT_TRANSLATE_NOOP(
        "Errors", "{amount} of this payment was already refunded to the patient; it cannot be reversed."),
    "refund_not_found": QT_TRANSLATE_NOOP("Errors", "This refund no longer exists."),
    "refund_bad_method": QT_TRANSLATE_NOOP("Errors", "A refund is paid in cash or by bank transfer."),
    "refund_bad_amount": QT_TRANSLATE_NOOP("Errors", "The refund amount {amount} must be more than zero."),
    "refund_exceeds_credit": QT_TRANSLATE_NOOP(
        "Errors",
        "A refund of {amount} is more than the patient's credit of {credit}; nothing was refunded."),
    "refund_iban_required": QT_TRANSLATE_NOOP("Errors", "A refund by bank transfer needs the payee's IBAN."),
    "refund_bad_bic": QT_TRANSLATE_NOOP("Errors", "“{bic}” is not a valid BIC."),
    "refund_payee_required": QT_TRANSLATE_NOOP("Errors", "A refund by bank transfer needs the payee's name."),
    "refund_no_clinic_account": QT_TRANSLATE_NOOP(
        "Errors", "Enter the clinic's IBAN in the settings before exporting bank transfers."),
    "refund_none_on_day": QT_TRANSLATE_NOOP("Errors", "There are no bank-transfer refunds on {day}."),
    "sepa_empty": QT_TRANSLATE_NOOP("Errors", "A SEPA transfer file needs at least one transfer."),
    "sepa_currency": QT_TRANSLATE_NOOP("Errors", "SEPA transfers are in euro only, not {currency}."),
    "sepa_bad_amount": QT_TRANSLATE_NOOP("Errors", "A SEPA transfer of {amount} is not possible."),
    # settings
    "bad_iban": QT_TRANSLATE_NOOP("Errors", "“{iban}” is not a valid IBAN; please check it for typos."),
    "bad_bic": QT_TRANSLATE_NOOP("Errors", "“{bic}” is not a valid BIC (8 or 11 letters and digits)."),
    "bad_payment_terms": QT_TRANSLATE_NOOP("Errors", "Payment terms must be between 0 and 365 days."),
    "bad_invoice_series": QT_TRANSLATE_NOOP(
        "Errors", "The invoice series must be 1 to 10 Latin letters or digits."),
    "logo_not_image": QT_TRANSLATE_NOOP("Errors", "“{path}” is not an image file."),
    "bad_calendar": QT_TRANSLATE_NOOP("Errors", "“{calendar}” is not a calendar USU Desktop knows."),
    # storage
    "db_locked": QT_TRANSLATE_NOOP(
        "Errors", "The database {path} is locked by another program. Close it and try again."),
    "db_read_only": QT_TRANSLATE_NOOP(
        "Errors", "The database {path} is read-only. Check the file's permissions."),
    "db_too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} was made by a newer version of USU Desktop. Please update the program."),
    "db_corrupt": QT_TRANSLATE_NOOP(
        "Errors", "The database {path} is damaged and cannot be opened. Restore it from a backup."),
    "db_unreachable": QT_TRANSLATE_NOOP(
        "Errors", "The database server {path} cannot be reached. Check the network and try again."),
    "db_driver_missing": QT_TRANSLATE_NOOP(
        "Errors", "The database {path} needs the driver “{driver}”, which is not installed."),
    "db_not_usu": QT_TRANSLATE_NOOP("Errors", "The file {path} is not a USU Desktop database."),
    "backup_exists": QT_TRANSLATE_NOOP("Errors", "A backup named {path} already exists."),
    "backup_not_usu": QT_TRANSLATE_NOOP("Errors", "The file {path} is not a USU Desktop backup."),
    "backup_failed": QT_TRANSLATE_NOOP("Errors", "The backup {path} could not be written."),
    # bank sync and the exchange
    "sync_not_configured": QT_TRANSLATE_NOOP(
        "Errors", "The exchange address is not set. Enter it on the Connection tab."),
    "sync_no_token": QT_TRANSLATE_NOOP(
        "Errors", "No access token is saved for this desk. Enter the token on the Connection tab."),
    "sync_bad_interval": QT_TRANSLATE_NOOP(
        "Errors", "The interval must be between 1 and 1440 minutes."),
    "exchange_unreachable": QT_TRANSLATE_NOOP(
        "Errors", "The exchange {url} cannot be reached. Check the address and the internet connection."),
    "exchange_timeout": QT_TRANSLATE_NOOP(
        "Errors", "The exchange {url} did not answer in time."),
    "exchange_auth": QT_TRANSLATE_NOOP(
        "Errors", "The exchange refused the access token. Enter the token again."),
    "exchange_server_error": QT_TRANSLATE_NOOP(
        "Errors", "The exchange had an internal error (HTTP {status}). It will be tried again later."),
    "exchange_bad_response": QT_TRANSLATE_NOOP(
        "Errors", "The exchange answered something unexpected. Check the address."),
    "exchange_refused": QT_TRANSLATE_NOOP(
        "Errors", "The exchange refused the request ({server_code})."),
    "exchange_insecure_url": QT_TRANSLATE_NOOP(
        "Errors", "Use an https:// address; plain http is only allowed to this computer."),
    "exchange_bad_url": QT_TRANSLATE_NOOP(
        "Errors", "“{url}” is not a web address."),
    "credentials_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "The token cannot be kept: the system keyring refused it, or the file that holds it "
                  "cannot be read or written."),
    # e-mail and SMS
    "mail_not_configured": QT_TRANSLATE_NOOP(
        "Errors", "E-mail sending is not set up. Enter the mail server on the Sending tab of Payment links."),
    "mail_insecure": QT_TRANSLATE_NOOP(
        "Errors", "The mail server {host} does not offer an encrypted connection, so nothing was sent."),
    "mail_login_refused": QT_TRANSLATE_NOOP(
        "Errors", "The mail server {host} refused the user name or password."),
    "mail_unreachable": QT_TRANSLATE_NOOP(
        "Errors",
        "The mail server {host} cannot be reached. Check the address, the port and the internet connection."),
    "mail_refused": QT_TRANSLATE_NOOP(
        "Errors", "The mail server refused the message (code {status})."),
    "sms_not_configured": QT_TRANSLATE_NOOP(
        "Errors", "SMS sending is not set up. Enter the SMS gateway on the Sending tab of Payment links."),
    "sms_insecure": QT_TRANSLATE_NOOP(
        "Errors", "Use an https:// address for the SMS gateway {host}."),
    "sms_unreachable": QT_TRANSLATE_NOOP(
        "Errors", "The SMS gateway cannot be reached. Check the address and the internet connection."),
    "sms_refused": QT_TRANSLATE_NOOP(
        "Errors", "The SMS gateway refused the message (HTTP {status})."),
    # printed documents
    "epc_currency_not_eur": QT_TRANSLATE_NOOP(
        "Errors", "The bank QR code is for euro payments only; this amount is in {currency}."),
    "epc_amount_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "The amount {amount} cannot go into a bank QR code (0.01 to 999,999,999.99 EUR)."),
    "epc_bad_name": QT_TRANSLATE_NOOP(
        "Errors", "The clinic name “{name}” cannot go into a bank QR code; correct it in Settings."),
    "epc_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The payment details are too long for a bank QR code."),
    "bad_rf": QT_TRANSLATE_NOOP(
        "Errors", "“{rf}” is not a valid RF payment code."),
    "font_missing": QT_TRANSLATE_NOOP(
        "Errors", "A font the documents need is missing: {path}. Please reinstall USU Desktop."),
    "output_not_writable": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} cannot be written: {reason}. Please choose another folder."),
    # people: users and signing in (services.users)
    "user_bad_name": QT_TRANSLATE_NOOP(
        "Errors", "“{name}” cannot be a user name (up to 80 characters, not starting with “admin:”)."),
    "password_too_short": QT_TRANSLATE_NOOP("Errors", "A password needs at least {min} characters."),
    "first_user_administrator": QT_TRANSLATE_NOOP(
        "Errors", "The first user of the clinic must be an administrator."),
    "user_exists": QT_TRANSLATE_NOOP("Errors", "There is already a user called “{name}”."),
    "user_not_found": QT_TRANSLATE_NOOP("Errors", "There is no user called “{name}”."),
    "password_wrong": QT_TRANSLATE_NOOP("Errors", "The current password is not right."),
    "passwords_differ": QT_TRANSLATE_NOOP("Errors", "The two passwords are not the same."),
    "auto_sign_in_off": QT_TRANSLATE_NOOP(
        "Errors", "Signing in automatically is off now that this clinic has more than one user."),
    "last_administrator": QT_TRANSLATE_NOOP(
        "Errors", "{name} is the only administrator left and cannot be disabled; make another one first."),
    "sign_in_refused": QT_TRANSLATE_NOOP(
        "Errors", "The user name or the password is not right. Please try again."),
    "user_disabled": QT_TRANSLATE_NOOP(
        "Errors", "The user {name} has been disabled; please ask an administrator."),
    # people: roles and what they may do (domain.permissions.denial_code)
    "unknown_role": QT_TRANSLATE_NOOP(
        "Errors", "“{role}” is not a role; use receptionist, manager or administrator."),
    "not_permitted_patients": QT_TRANSLATE_NOOP("Errors", "Your role may not change patients."),
    "not_permitted_invoices": QT_TRANSLATE_NOOP("Errors", "Your role may not make invoices."),
    "not_permitted_desk_payments": QT_TRANSLATE_NOOP(
        "Errors", "Your role may not take payments at the desk."),
    "not_permitted_receipts": QT_TRANSLATE_NOOP("Errors", "Your role may not print receipts."),
    "not_permitted_links": QT_TRANSLATE_NOOP("Errors", "Your role may not make payment links."),
    "not_permitted_reminders": QT_TRANSLATE_NOOP("Errors", "Your role may not send reminders."),
    "not_permitted_cancel_invoices": QT_TRANSLATE_NOOP(
        "Errors", "Only a manager or an administrator may cancel an invoice or issue a credit note."),
    "not_permitted_refunds": QT_TRANSLATE_NOOP(
        "Errors", "Only a manager or an administrator may reverse a payment or refund it."),
    "not_permitted_matches": QT_TRANSLATE_NOOP(
        "Errors", "Only a manager or an administrator may undo a match or match a payment by hand."),
    "not_permitted_reports": QT_TRANSLATE_NOOP(
        "Errors", "Only a manager or an administrator may see the reports."),
    "not_permitted_close_day": QT_TRANSLATE_NOOP(
        "Errors", "Only a manager or an administrator may close the day."),
    "not_permitted_settings": QT_TRANSLATE_NOOP(
        "Errors", "Only an administrator may change the clinic settings."),
    "not_permitted_connections": QT_TRANSLATE_NOOP(
        "Errors", "Only an administrator may change the bank or exchange connection."),
    "not_permitted_users": QT_TRANSLATE_NOOP("Errors", "Only an administrator may manage users."),
    "not_permitted_backup": QT_TRANSLATE_NOOP(
        "Errors", "Only an administrator may back up or restore the books."),
}

UNKNOWN_CODE = QT_TRANSLATE_NOOP("Errors", "The operation was refused ({code}).")
UNEXPECTED = QT_TRANSLATE_NOOP("Errors", "An unexpected error occurred: {detail}")
FILE_ERROR = QT_TRANSLATE_NOOP("Errors", "The file {path} could not be used: {detail}")


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "…"


def fill(template: str, params: Mapping[str, object]) -> str:
    """A translated template with its {params}, each isolated for bidi; a missing one shows "…"."""
    values = _Params({k: isolate(v) for k, v in params.items()})
    try:
        return template.format_map(values)
    except (ValueError, IndexError):
        return template


def code_text(code: str, **params: object) -> str:
    """Translated text for an error code."""
    template = MESSAGES.get(code)
    if template is None:
        return fill(QCoreApplication.translate("Errors", UNKNOWN_CODE), {"code": code})
    return fill(QCoreApplication.translate("Errors", template), params)


def error_text(exc: BaseException, **extra: object) -> str:
    """The one place that turns an exception into user text."""
    code = getattr(exc, "code", None)
    if isinstance(code, str) and code:
        params = dict(getattr(exc, "params", {}) or {})
        params.update(extra)
        return code_text(code, **params)
    if isinstance(exc, OSError):
        path = exc.filename or extra.get("path", "")
        return fill(QCoreApplication.translate("Errors", FILE_ERROR),
                     {"path": path, "detail": exc.strerror or str(exc)})
    return fill(QCoreApplication.translate("Errors", UNEXPECTED), {"detail": str(exc) or type(exc).__name__})

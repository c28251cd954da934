<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About USU Desktop</source>
        <translation>About USU Desktop</translation>
    </message>
    <message>
        <source>USU Desktop {version}</source>
        <translation>USU Desktop {version}</translation>
    </message>
    <message>
        <source>Accounting for small clinics: invoices, payment codes, terminal and bank payments.</source>
        <translation>Accounting for small clinics: invoices, payment codes, terminal and bank payments.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Free software under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
</context>
<context>
    <name>AuditList</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>All desks</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>All objects</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>{count} entries written to {path}</source>
        <translation>{count} entries written to {path}</translation>
    </message>
</context>
<context>
    <name>BankSync</name>
    <message>
        <source>Bank sync is failing: {error}</source>
        <translation>Bank sync is failing: {error}</translation>
    </message>
    <message>
        <source>(last successful sync {time})</source>
        <translation>(last successful sync {time})</translation>
    </message>
    <message>
        <source>Bank sync: not synchronised yet</source>
        <translation>Bank sync: not synchronised yet</translation>
    </message>
    <message>
        <source>No successful bank sync since {time}</source>
        <translation>No successful bank sync since {time}</translation>
    </message>
    <message>
        <source>Last bank sync: {time}</source>
        <translation>Last bank sync: {time}</translation>
    </message>
    <message>
        <source>{count} new payment(s) arrived from the exchange.</source>
        <translation>{count} new payment(s) arrived from the exchange.</translation>
    </message>
    <message>
        <source>{count} need(s) a person to match.</source>
        <translation>{count} need(s) a person to match.</translation>
    </message>
    <message>
        <source>New payments</source>
        <translation>New payments</translation>
    </message>
    <message>
        <source>Client number typed at the terminal</source>
        <translation>Client number typed at the terminal</translation>
    </message>
    <message>
        <source>Payment code of the invoice</source>
        <translation>Payment code of the invoice</translation>
    </message>
    <message>
        <source>Client&apos;s payment code</source>
        <translation>Client&apos;s payment code</translation>
    </message>
    <message>
        <source>Invoice number in the payment text</source>
        <translation>Invoice number in the payment text</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Not matched</translation>
    </message>
    <message>
        <source>Allocated by hand</source>
        <translation>Allocated by hand</translation>
    </message>
    <message>
        <source>From client credit</source>
        <translation>From client credit</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>amount equals the invoice balance</source>
        <translation>amount equals the invoice balance</translation>
    </message>
    <message>
        <source>amount equals all the client owes</source>
        <translation>amount equals all the client owes</translation>
    </message>
    <message>
        <source>payer&apos;s name matches</source>
        <translation>payer&apos;s name matches</translation>
    </message>
    <message>
        <source>payer&apos;s name is similar</source>
        <translation>payer&apos;s name is similar</translation>
    </message>
    <message>
        <source>paid around the invoice date</source>
        <translation>paid around the invoice date</translation>
    </message>
    <message>
        <source>client number in the text</source>
        <translation>client number in the text</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Payment link</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Checking the exchange…</source>
        <translation>Checking the exchange…</translation>
    </message>
    <message>
        <source>Sending the charge list…</source>
        <translation>Sending the charge list…</translation>
    </message>
    <message>
        <source>Fetching payments… {count} so far</source>
        <translation>Fetching payments… {count} so far</translation>
    </message>
    <message>
        <source>Booking payments… {count} so far</source>
        <translation>Booking payments… {count} so far</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
</context>
<context>
    <name>BankSyncPage</name>
    <message>
        <source>Bank sync</source>
        <translation>Bank sync</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Received payments</source>
        <translation>Received payments</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Unmatched</translation>
    </message>
    <message>
        <source>Payment code history</source>
        <translation>Payment code history</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Sync log</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync automatically in the background</source>
        <translation>Sync automatically in the background</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Exchange address</source>
        <translation>Exchange address</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Sync every</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Matched by</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Terminals take deposits from clients who owe nothing</source>
        <translation>Terminals take deposits from clients who owe nothing</translation>
    </message>
    <message>
        <source>Every client&apos;s number and masked name is sent to the exchange, so a client with nothing to pay can pay in advance; the money becomes the client&apos;s credit.</source>
        <translation>Every client&apos;s number and masked name is sent to the exchange, so a client with nothing to pay can pay in advance; the money becomes the client&apos;s credit.</translation>
    </message>
    <message>
        <source>No payments have come in yet. They appear here after a sync.</source>
        <translation>No payments have come in yet. They appear here after a sync.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Undo allocation</source>
        <translation>Undo allocation</translation>
    </message>
    <message>
        <source>Where the selected payment went, and why</source>
        <translation>Where the selected payment went, and why</translation>
    </message>
    <message>
        <source>Account or payer</source>
        <translation>Account or payer</translation>
    </message>
    <message>
        <source>Nothing waits to be matched.</source>
        <translation>Nothing waits to be matched.</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Allocate to the suggestion</source>
        <translation>Allocate to the suggestion</translation>
    </message>
    <message>
        <source>Suggestions, best first</source>
        <translation>Suggestions, best first</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>Update status</translation>
    </message>
    <message>
        <source>Payment code (RF)</source>
        <translation>Payment code (RF)</translation>
    </message>
    <message>
        <source>On this code</source>
        <translation>On this code</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>No sync has run yet.</translation>
    </message>
    <message>
        <source>saved in the system keyring</source>
        <translation>saved in the system keyring</translation>
    </message>
    <message>
        <source>saved in a file only you can read (this PC has no system keyring)</source>
        <translation>saved in a file only you can read (this PC has no system keyring)</translation>
    </message>
    <message>
        <source>kept until the program closes</source>
        <translation>kept until the program closes</translation>
    </message>
    <message>
        <source>paste the token from the exchange</source>
        <translation>paste the token from the exchange</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>The settings could not be saved</translation>
    </message>
    <message>
        <source>Bank sync settings saved.</source>
        <translation>Bank sync settings saved.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected: the exchange answers (version {version}).</source>
        <translation>Connected: the exchange answers (version {version}).</translation>
    </message>
    <message>
        <source>A bank sync is already running.</source>
        <translation>A bank sync is already running.</translation>
    </message>
    <message>
        <source>Done: {booked} booked, {unmatched} unmatched, {duplicates} already known.</source>
        <translation>Done: {booked} booked, {unmatched} unmatched, {duplicates} already known.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(no client)</translation>
    </message>
    <message>
        <source>Take this amount off the invoice? The money stays with the client as credit.</source>
        <translation>Take this amount off the invoice? The money stays with the client as credit.</translation>
    </message>
    <message>
        <source>Undone on the bank-sync screen</source>
        <translation>Undone on the bank-sync screen</translation>
    </message>
    <message>
        <source>The allocation could not be undone</source>
        <translation>The allocation could not be undone</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>oldest first</translation>
    </message>
    <message>
        <source>The payment could not be allocated</source>
        <translation>The payment could not be allocated</translation>
    </message>
    <message>
        <source>Payment allocated to {client}.</source>
        <translation>Payment allocated to {client}.</translation>
    </message>
    <message>
        <source>No invoice or client has the code {code}.</source>
        <translation>No invoice or client has the code {code}.</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>invoice</translation>
    </message>
    <message>
        <source>client&apos;s open code</source>
        <translation>client&apos;s open code</translation>
    </message>
    <message>
        <source>{code} ({kind}): {count} payment(s), {paid} in total.</source>
        <translation>{code} ({kind}): {count} payment(s), {paid} in total.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Export invoices</source>
        <translation>Export invoices</translation>
    </message>
    <message>
        <source>{count} invoices selected.</source>
        <translation>{count} invoices selected.</translation>
    </message>
    <message>
        <source>One PDF file with all invoices (for printing)</source>
        <translation>One PDF file with all invoices (for printing)</translation>
    </message>
    <message>
        <source>One PDF file per invoice, named by number</source>
        <translation>One PDF file per invoice, named by number</translation>
    </message>
    <message>
        <source>Current state with paid/cancelled stamps (not the originals)</source>
        <translation>Current state with paid/cancelled stamps (not the originals)</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>File or folder</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Export to file</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>New password again:</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>RF code for open amounts</source>
        <translation>RF code for open amounts</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Open balance</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation>New &amp;invoice</translation>
    </message>
    <message>
        <source>Take &amp;payment</source>
        <translation>Take &amp;payment</translation>
    </message>
    <message>
        <source>Refund credit…</source>
        <translation>Refund credit…</translation>
    </message>
    <message>
        <source>S&amp;tatement…</source>
        <translation>S&amp;tatement…</translation>
    </message>
    <message>
        <source>Payment s&amp;lip</source>
        <translation>Payment s&amp;lip</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translation>Copied {text}</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>No patient selected</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Born {date}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Preview invoice</source>
        <translation>Preview invoice</translation>
    </message>
    <message>
        <source>Print invoice…</source>
        <translation>Print invoice…</translation>
    </message>
    <message>
        <source>Save invoice as PDF…</source>
        <translation>Save invoice as PDF…</translation>
    </message>
    <message>
        <source>Preview receipt</source>
        <translation>Preview receipt</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Print receipt…</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Save receipt as PDF…</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation>Edit patient</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number: use digits, spaces, + ( ) - and at least 6 digits.</source>
        <translation>“{phone}” is not a phone number: use digits, spaces, + ( ) - and at least 6 digits.</translation>
    </message>
    <message>
        <source>This may be a patient who is already registered:
{names}

Save anyway?</source>
        <translation>This may be a patient who is already registered:
{names}

Save anyway?</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Client no.</source>
        <translation>Client no.</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Owes</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Choose a patient</source>
        <translation>Choose a patient</translation>
    </message>
    <message>
        <source>Name, client number, phone or e-mail</source>
        <translation>Name, client number, phone or e-mail</translation>
    </message>
    <message>
        <source>Choose a patient in the list first (Down or Enter from the search).</source>
        <translation>Choose a patient in the list first (Down or Enter from the search).</translation>
    </message>
    <message>
        <source>Enter or OK chooses the selected patient.</source>
        <translation>Enter or OK chooses the selected patient.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search: name, client number, phone or e-mail</source>
        <translation>Search: name, client number, phone or e-mail</translation>
    </message>
    <message>
        <source>Debtors only</source>
        <translation>Debtors only</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;New patient</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>Statement…</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>Print statement…</translation>
    </message>
    <message>
        <source>Save statement as PDF…</source>
        <translation>Save statement as PDF…</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Payment slip</translation>
    </message>
    <message>
        <source>Print payment slip…</source>
        <translation>Print payment slip…</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translation>{count} patients</translation>
    </message>
    <message>
        <source>New patient saved</source>
        <translation>New patient saved</translation>
    </message>
    <message>
        <source>{name} is saved with client number {number}.</source>
        <translation>{name} is saved with client number {number}.</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Archive patient</translation>
    </message>
    <message>
        <source>Archive {name}? The patient disappears from the everyday list; the books keep every invoice and payment.</source>
        <translation>Archive {name}? The patient disappears from the everyday list; the books keep every invoice and payment.</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This screen is coming soon. It is being built and will appear in a future version.</source>
        <translation>This screen is coming soon. It is being built and will appear in a future version.</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for {number}</source>
        <translation>Credit note for {number}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>or an amount, tax included</source>
        <translation>or an amount, tax included</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Make credit note</source>
        <translation>Make credit note</translation>
    </message>
    <message>
        <source>How many of each line to credit:</source>
        <translation>How many of each line to credit:</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Credit note {number} credits {amount}.</source>
        <translation>Credit note {number} credits {amount}.</translation>
    </message>
    <message>
        <source>{amount} already paid is now the patient&apos;s credit.</source>
        <translation>{amount} already paid is now the patient&apos;s credit.</translation>
    </message>
</context>
<context>
    <name>DebtorsList</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Oldest due date</source>
        <translation>Oldest due date</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>0–30</source>
        <translation>0–30</translation>
    </message>
    <message>
        <source>31–60</source>
        <translation>31–60</translation>
    </message>
    <message>
        <source>61–90</source>
        <translation>61–90</translation>
    </message>
    <message>
        <source>90+</source>
        <translation>90+</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>Last reminder</translation>
    </message>
</context>
<context>
    <name>DebtorsPage</name>
    <message>
        <source>Debtors</source>
        <translation>Debtors</translation>
    </message>
    <message>
        <source>Search name or client number</source>
        <translation>Search name or client number</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>All ages</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 days</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>over 90 days</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Days overdue, at least</source>
        <translation>Days overdue, at least</translation>
    </message>
    <message>
        <source>No overdue balances to show.</source>
        <translation>No overdue balances to show.</translation>
    </message>
    <message>
        <source>E-mail, else SMS</source>
        <translation>E-mail, else SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>With a payment link</source>
        <translation>With a payment link</translation>
    </message>
    <message>
        <source>Send payment link / reminder</source>
        <translation>Send payment link / reminder</translation>
    </message>
    <message>
        <source>Days between reminders, at least</source>
        <translation>Days between reminders, at least</translation>
    </message>
    <message>
        <source>Partly paid: reminders say what remains</source>
        <translation>Partly paid: reminders say what remains</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Adding up…</translation>
    </message>
    <message>
        <source>{count} patients, {amount} overdue</source>
        <translation>{count} patients, {amount} overdue</translation>
    </message>
    <message>
        <source>{action} ({count})</source>
        <translation>{action} ({count})</translation>
    </message>
    <message>
        <source>Send a payment reminder to {count} patients now?</source>
        <translation>Send a payment reminder to {count} patients now?</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>Send reminders</translation>
    </message>
    <message>
        <source>Sending reminders…</source>
        <translation>Sending reminders…</translation>
    </message>
    <message>
        <source>Failed messages stay in the message log and can be sent again.</source>
        <translation>Failed messages stay in the message log and can be sent again.</translation>
    </message>
    <message>
        <source>Cancelled: the rest were not reminded.</source>
        <translation>Cancelled: the rest were not reminded.</translation>
    </message>
</context>
<context>
    <name>DeskPaymentDialog</name>
    <message>
        <source>Take payment</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>Oldest due first</source>
        <translation>Oldest due first</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Owes</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>(credit {credit})</source>
        <translation>(credit {credit})</translation>
    </message>
    <message>
        <source>{amount} is more than the {owed} owed. Keep the rest, {rest}, as the patient&apos;s credit for later invoices?</source>
        <translation>{amount} is more than the {owed} owed. Keep the rest, {rest}, as the patient&apos;s credit for later invoices?</translation>
    </message>
    <message>
        <source>Then hand back {rest} as change and book {owed}?</source>
        <translation>Then hand back {rest} as change and book {owed}?</translation>
    </message>
    <message>
        <source>Nothing was recorded. Say what happens to the {rest} over the amount owed: credit or change.</source>
        <translation>Nothing was recorded. Say what happens to the {rest} over the amount owed: credit or change.</translation>
    </message>
    <message>
        <source>{amount} on {number} ({why})</source>
        <translation>{amount} on {number} ({why})</translation>
    </message>
    <message>
        <source>{amount} kept as credit</source>
        <translation>{amount} kept as credit</translation>
    </message>
    <message>
        <source>Give back {amount} as change</source>
        <translation>Give back {amount} as change</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Payment recorded.</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation>Print a receipt</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>The file {path} cannot be written: {reason}. Please choose another folder.</source>
        <translation>The file {path} cannot be written: {reason}. Please choose another folder.</translation>
    </message>
    <message>
        <source>The file {path} already exists. Choose an empty folder; nothing was exported.</source>
        <translation>The file {path} already exists. Choose an empty folder; nothing was exported.</translation>
    </message>
    <message>
        <source>This invoice is a draft. Issue it first, then print it.</source>
        <translation>This invoice is a draft. Issue it first, then print it.</translation>
    </message>
    <message>
        <source>There is no invoice number {number}.</source>
        <translation>There is no invoice number {number}.</translation>
    </message>
    <message>
        <source>There is no client number {client_number}.</source>
        <translation>There is no client number {client_number}.</translation>
    </message>
    <message>
        <source>This payment is not assigned to a client yet, so it has no receipt.</source>
        <translation>This payment is not assigned to a client yet, so it has no receipt.</translation>
    </message>
    <message>
        <source>The first day of the period must not be after the last day.</source>
        <translation>The first day of the period must not be after the last day.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The document cannot be shown</source>
        <translation>The document cannot be shown</translation>
    </message>
    <message>
        <source>Invoice {number} (current state)</source>
        <translation>Invoice {number} (current state)</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Invoice {number}</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Receipt {number}</translation>
    </message>
    <message>
        <source>Refund receipt {number}</source>
        <translation>Refund receipt {number}</translation>
    </message>
    <message>
        <source>Statement {start} – {end}</source>
        <translation>Statement {start} – {end}</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Payment slip</translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation>Export invoices</translation>
    </message>
    <message>
        <source>There are no issued invoices to export.</source>
        <translation>There are no issued invoices to export.</translation>
    </message>
    <message>
        <source>Exporting {count} invoices…</source>
        <translation>Exporting {count} invoices…</translation>
    </message>
    <message>
        <source>{count} invoices exported to {path}.</source>
        <translation>{count} invoices exported to {path}.</translation>
    </message>
    <message>
        <source>Export cancelled. No files were written.</source>
        <translation>Export cancelled. No files were written.</translation>
    </message>
    <message>
        <source>Print invoices</source>
        <translation>Print invoices</translation>
    </message>
    <message>
        <source>Preparing {count} invoices for printing…</source>
        <translation>Preparing {count} invoices for printing…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{value}” is not a valid amount.</source>
        <translation>“{value}” is not a valid amount.</translation>
    </message>
    <message>
        <source>An amount must be exact; {value} is not accepted.</source>
        <translation>An amount must be exact; {value} is not accepted.</translation>
    </message>
    <message>
        <source>{value} has too many decimals: {currency} allows {digits}.</source>
        <translation>{value} has too many decimals: {currency} allows {digits}.</translation>
    </message>
    <message>
        <source>Unknown currency “{currency}”.</source>
        <translation>Unknown currency “{currency}”.</translation>
    </message>
    <message>
        <source>Amounts in {left} and {right} cannot be combined.</source>
        <translation>Amounts in {left} and {right} cannot be combined.</translation>
    </message>
    <message>
        <source>There is nothing to split the amount over.</source>
        <translation>There is nothing to split the amount over.</translation>
    </message>
    <message>
        <source>The amount cannot be split in these proportions.</source>
        <translation>The amount cannot be split in these proportions.</translation>
    </message>
    <message>
        <source>“{body}” cannot be used in a payment reference (letters and digits only, up to 21).</source>
        <translation>“{body}” cannot be used in a payment reference (letters and digits only, up to 21).</translation>
    </message>
    <message>
        <source>{sequence} cannot be turned into a client number.</source>
        <translation>{sequence} cannot be turned into a client number.</translation>
    </message>
    <message>
        <source>“{value}” is not a client number (digits only).</source>
        <translation>“{value}” is not a client number (digits only).</translation>
    </message>
    <message>
        <source>Client number “{value}” has a wrong check digit; please check it for typos.</source>
        <translation>Client number “{value}” has a wrong check digit; please check it for typos.</translation>
    </message>
    <message>
        <source>Every invoice line needs a description.</source>
        <translation>Every invoice line needs a description.</translation>
    </message>
    <message>
        <source>The quantity {quantity} is not valid.</source>
        <translation>The quantity {quantity} is not valid.</translation>
    </message>
    <message>
        <source>The price {unit_price} cannot be negative.</source>
        <translation>The price {unit_price} cannot be negative.</translation>
    </message>
    <message>
        <source>The discount {discount} must be between zero and the line amount {gross}.</source>
        <translation>The discount {discount} must be between zero and the line amount {gross}.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 and 100%.</source>
        <translation>The VAT rate must be between 0 and 100%.</translation>
    </message>
    <message>
        <source>This invoice cannot be changed that way now.</source>
        <translation>This invoice cannot be changed that way now.</translation>
    </message>
    <message>
        <source>The paid amount does not fit this invoice.</source>
        <translation>The paid amount does not fit this invoice.</translation>
    </message>
    <message>
        <source>This allocation has already been undone.</source>
        <translation>This allocation has already been undone.</translation>
    </message>
    <message>
        <source>The amount to allocate is not valid.</source>
        <translation>The amount to allocate is not valid.</translation>
    </message>
    <message>
        <source>An undo cannot itself be undone; make a new allocation instead.</source>
        <translation>An undo cannot itself be undone; make a new allocation instead.</translation>
    </message>
    <message>
        <source>This allocation no longer exists.</source>
        <translation>This allocation no longer exists.</translation>
    </message>
    <message>
        <source>Please give a reason for cancelling.</source>
        <translation>Please give a reason for cancelling.</translation>
    </message>
    <message>
        <source>This client is archived; restore the client first.</source>
        <translation>This client is archived; restore the client first.</translation>
    </message>
    <message>
        <source>The birth date {birth_date} is not possible.</source>
        <translation>The birth date {birth_date} is not possible.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>“{email}” is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>Please enter the client&apos;s name.</source>
        <translation>Please enter the client&apos;s name.</translation>
    </message>
    <message>
        <source>This client no longer exists.</source>
        <translation>This client no longer exists.</translation>
    </message>
    <message>
        <source>Demo data needs at least one client.</source>
        <translation>Demo data needs at least one client.</translation>
    </message>
    <message>
        <source>This invoice is cancelled.</source>
        <translation>This invoice is cancelled.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>An invoice needs at least one line.</translation>
    </message>
    <message>
        <source>Only a draft invoice can be changed; an issued one needs a credit note.</source>
        <translation>Only a draft invoice can be changed; an issued one needs a credit note.</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>This invoice no longer exists.</translation>
    </message>
    <message>
        <source>Invoice {number} is not open for payment.</source>
        <translation>Invoice {number} is not open for payment.</translation>
    </message>
    <message>
        <source>This invoice belongs to another client.</source>
        <translation>This invoice belongs to another client.</translation>
    </message>
    <message>
        <source>Paying {paid} would exceed the invoice total {total}.</source>
        <translation>Paying {paid} would exceed the invoice total {total}.</translation>
    </message>
    <message>
        <source>The payment amount {amount} cannot be matched.</source>
        <translation>The payment amount {amount} cannot be matched.</translation>
    </message>
    <message>
        <source>This client owes nothing at the moment.</source>
        <translation>This client owes nothing at the moment.</translation>
    </message>
    <message>
        <source>This payment has already been reversed.</source>
        <translation>This payment has already been reversed.</translation>
    </message>
    <message>
        <source>Only {available} of this payment is still free to allocate.</source>
        <translation>Only {available} of this payment is still free to allocate.</translation>
    </message>
    <message>
        <source>The payment amount {amount} is not valid.</source>
        <translation>The payment amount {amount} is not valid.</translation>
    </message>
    <message>
        <source>“{method}” is not a known payment method.</source>
        <translation>“{method}” is not a known payment method.</translation>
    </message>
    <message>
        <source>Choose what to do with the overpayment.</source>
        <translation>Choose what to do with the overpayment.</translation>
    </message>
    <message>
        <source>“{source}” is not a known payment source.</source>
        <translation>“{source}” is not a known payment source.</translation>
    </message>
    <message>
        <source>A payment from {source} needs its transaction id.</source>
        <translation>A payment from {source} needs its transaction id.</translation>
    </message>
    <message>
        <source>A reversal cannot itself be reversed.</source>
        <translation>A reversal cannot itself be reversed.</translation>
    </message>
    <message>
        <source>This payment no longer exists.</source>
        <translation>This payment no longer exists.</translation>
    </message>
    <message>
        <source>This payment has been reversed and cannot be used.</source>
        <translation>This payment has been reversed and cannot be used.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <source>The reversal amount {amount} does not match the original payment.</source>
        <translation>The reversal amount {amount} does not match the original payment.</translation>
    </message>
    <message>
        <source>The reversed payment {external_id} from {source} is not in the books.</source>
        <translation>The reversed payment {external_id} from {source} is not in the books.</translation>
    </message>
    <message>
        <source>A service needs a code and a name.</source>
        <translation>A service needs a code and a name.</translation>
    </message>
    <message>
        <source>This service no longer exists.</source>
        <translation>This service no longer exists.</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>The backup {path} does not exist.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself ({path}).</source>
        <translation>A backup cannot be written over the database itself ({path}).</translation>
    </message>
    <message>
        <source>Backups from here work for a database file only; back up the server {url} with its own tools.</source>
        <translation>Backups from here work for a database file only; back up the server {url} with its own tools.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file to restore into.</source>
        <translation>{path} already exists; choose a new file to restore into.</translation>
    </message>
    <message>
        <source>The service code {code} is already in use.</source>
        <translation>The service code {code} is already in use.</translation>
    </message>
    <message>
        <source>Choose where the documents should go.</source>
        <translation>Choose where the documents should go.</translation>
    </message>
    <message>
        <source>No client has the number {client_number}.</source>
        <translation>No client has the number {client_number}.</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}</source>
        <translation>The file {file} could not be read: {reason}</translation>
    </message>
    <message>
        <source>Reading the file {file} stopped part way. What was booked is kept; import the file again to book the rest.</source>
        <translation>Reading the file {file} stopped part way. What was booked is kept; import the file again to book the rest.</translation>
    </message>
    <message>
        <source>This invoice has not been issued yet.</source>
        <translation>This invoice has not been issued yet.</translation>
    </message>
    <message>
        <source>There is no invoice {number}.</source>
        <translation>There is no invoice {number}.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} already exists.</translation>
    </message>
    <message>
        <source>This payment is not matched to a client yet.</source>
        <translation>This payment is not matched to a client yet.</translation>
    </message>
    <message>
        <source>The statement reverses a payment that is not in the books.</source>
        <translation>The statement reverses a payment that is not in the books.</translation>
    </message>
    <message>
        <source>The report period from {date_from} to {date_to} ends before it starts.</source>
        <translation>The report period from {date_from} to {date_to} ends before it starts.</translation>
    </message>
    <message>
        <source>“{time_zone}” is not a known time zone.</source>
        <translation>“{time_zone}” is not a known time zone.</translation>
    </message>
    <message>
        <source>The period from {date_from} to {date_to} is not valid.</source>
        <translation>The period from {date_from} to {date_to} is not valid.</translation>
    </message>
    <message>
        <source>The statement folder {folder} does not exist.</source>
        <translation>The statement folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>The file {file} uses XML features that are not allowed (line {line}).</source>
        <translation>The file {file} uses XML features that are not allowed (line {line}).</translation>
    </message>
    <message>
        <source>The file {file} is not valid XML.</source>
        <translation>The file {file} is not valid XML.</translation>
    </message>
    <message>
        <source>The file {file} is cut off; download it from the bank again.</source>
        <translation>The file {file} is cut off; download it from the bank again.</translation>
    </message>
    <message>
        <source>The file {file} has an unreadable amount (line {line}).</source>
        <translation>The file {file} has an unreadable amount (line {line}).</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>The file {file} is empty.</translation>
    </message>
    <message>
        <source>The file {file} is too large to import.</source>
        <translation>The file {file} is too large to import.</translation>
    </message>
    <message>
        <source>The statement {file} is in {found}, but the clinic works in {expected}.</source>
        <translation>The statement {file} is in {found}, but the clinic works in {expected}.</translation>
    </message>
    <message>
        <source>“{format}” is not a known registry format.</source>
        <translation>“{format}” is not a known registry format.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a known text encoding.</source>
        <translation>“{encoding}” is not a known text encoding.</translation>
    </message>
    <message>
        <source>There are no open charges to export.</source>
        <translation>There are no open charges to export.</translation>
    </message>
    <message>
        <source>The charges are in several currencies ({currencies}); export one currency at a time.</source>
        <translation>The charges are in several currencies ({currencies}); export one currency at a time.</translation>
    </message>
    <message>
        <source>The charge for account {account} is negative and cannot be sent to the bank.</source>
        <translation>The charge for account {account} is negative and cannot be sent to the bank.</translation>
    </message>
    <message>
        <source>The {field} of account {account} contains a character the bank cannot accept.</source>
        <translation>The {field} of account {account} contains a character the bank cannot accept.</translation>
    </message>
    <message>
        <source>Account {account} has text that cannot be written in {encoding}.</source>
        <translation>Account {account} has text that cannot be written in {encoding}.</translation>
    </message>
    <message>
        <source>“{delimiter}” cannot be used as the column separator.</source>
        <translation>“{delimiter}” cannot be used as the column separator.</translation>
    </message>
    <message>
        <source>The link amount {amount} is not valid.</source>
        <translation>The link amount {amount} is not valid.</translation>
    </message>
    <message>
        <source>The patient for this link no longer exists.</source>
        <translation>The patient for this link no longer exists.</translation>
    </message>
    <message>
        <source>The expiry date {expires} is already in the past.</source>
        <translation>The expiry date {expires} is already in the past.</translation>
    </message>
    <message>
        <source>The invoice for this link no longer exists.</source>
        <translation>The invoice for this link no longer exists.</translation>
    </message>
    <message>
        <source>A payment link can only be made for an open invoice.</source>
        <translation>A payment link can only be made for an open invoice.</translation>
    </message>
    <message>
        <source>The patient has no address to send this link to.</source>
        <translation>The patient has no address to send this link to.</translation>
    </message>
    <message>
        <source>This payment link no longer exists.</source>
        <translation>This payment link no longer exists.</translation>
    </message>
    <message>
        <source>This link has not reached the exchange yet; sync first.</source>
        <translation>This link has not reached the exchange yet; sync first.</translation>
    </message>
    <message>
        <source>Nothing is due on this invoice.</source>
        <translation>Nothing is due on this invoice.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid sender e-mail address.</source>
        <translation>“{address}” is not a valid sender e-mail address.</translation>
    </message>
    <message>
        <source>“{channel}” is not a known way to send messages.</source>
        <translation>“{channel}” is not a known way to send messages.</translation>
    </message>
    <message>
        <source>“{security}” is not a known mail connection security.</source>
        <translation>“{security}” is not a known mail connection security.</translation>
    </message>
    <message>
        <source>The patient has no {channel} address.</source>
        <translation>The patient has no {channel} address.</translation>
    </message>
    <message>
        <source>This message cannot be sent again.</source>
        <translation>This message cannot be sent again.</translation>
    </message>
    <message>
        <source>“{channel}” is not a known way to send reminders.</source>
        <translation>“{channel}” is not a known way to send reminders.</translation>
    </message>
    <message>
        <source>Reminders must be at least {days} day(s) apart; choose a valid interval.</source>
        <translation>Reminders must be at least {days} day(s) apart; choose a valid interval.</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number an SMS can go to.</source>
        <translation>“{phone}” is not a phone number an SMS can go to.</translation>
    </message>
    <message>
        <source>Invoice {number} is already credited by {credited}; credit what is left by lines or an amount.</source>
        <translation>Invoice {number} is already credited by {credited}; credit what is left by lines or an amount.</translation>
    </message>
    <message>
        <source>Choose the lines to credit, or an amount.</source>
        <translation>Choose the lines to credit, or an amount.</translation>
    </message>
    <message>
        <source>There is nothing to credit on invoice {number}.</source>
        <translation>There is nothing to credit on invoice {number}.</translation>
    </message>
    <message>
        <source>A credit of {amount} is more than the {left} left on invoice {number}; nothing was credited.</source>
        <translation>A credit of {amount} is more than the {left} left on invoice {number}; nothing was credited.</translation>
    </message>
    <message>
        <source>Invoice {number} has no line {line}.</source>
        <translation>Invoice {number} has no line {line}.</translation>
    </message>
    <message>
        <source>Line {line} ({description}) of invoice {number} has only {left} left to credit, not {quantity}; nothing was credited.</source>
        <translation>Line {line} ({description}) of invoice {number} has only {left} left to credit, not {quantity}; nothing was credited.</translation>
    </message>
    <message>
        <source>{amount} cannot be credited to the cent at the VAT rate {rate}; please adjust it by a cent.</source>
        <translation>{amount} cannot be credited to the cent at the VAT rate {rate}; please adjust it by a cent.</translation>
    </message>
    <message>
        <source>{amount} of this payment was already refunded to the patient; it cannot be reversed.</source>
        <translation>{amount} of this payment was already refunded to the patient; it cannot be reversed.</translation>
    </message>
    <message>
        <source>This refund no longer exists.</source>
        <translation>This refund no longer exists.</translation>
    </message>
    <message>
        <source>A refund is paid in cash or by bank transfer.</source>
        <translation>A refund is paid in cash or by bank transfer.</translation>
    </message>
    <message>
        <source>The refund amount {amount} must be more than zero.</source>
        <translation>The refund amount {amount} must be more than zero.</translation>
    </message>
    <message>
        <source>A refund of {amount} is more than the patient&apos;s credit of {credit}; nothing was refunded.</source>
        <translation>A refund of {amount} is more than the patient&apos;s credit of {credit}; nothing was refunded.</translation>
    </message>
    <message>
        <source>A refund by bank transfer needs the payee&apos;s IBAN.</source>
        <translation>A refund by bank transfer needs the payee&apos;s IBAN.</translation>
    </message>
    <message>
        <source>“{bic}” is not a valid BIC.</source>
        <translation>“{bic}” is not a valid BIC.</translation>
    </message>
    <message>
        <source>A refund by bank transfer needs the payee&apos;s name.</source>
        <translation>A refund by bank transfer needs the payee&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s IBAN in the settings before exporting bank transfers.</source>
        <translation>Enter the clinic&apos;s IBAN in the settings before exporting bank transfers.</translation>
    </message>
    <message>
        <source>There are no bank-transfer refunds on {day}.</source>
        <translation>There are no bank-transfer refunds on {day}.</translation>
    </message>
    <message>
        <source>A SEPA transfer file needs at least one transfer.</source>
        <translation>A SEPA transfer file needs at least one transfer.</translation>
    </message>
    <message>
        <source>SEPA transfers are in euro only, not {currency}.</source>
        <translation>SEPA transfers are in euro only, not {currency}.</translation>
    </message>
    <message>
        <source>A SEPA transfer of {amount} is not possible.</source>
        <translation>A SEPA transfer of {amount} is not possible.</translation>
    </message>
    <message>
        <source>“{iban}” is not a valid IBAN; please check it for typos.</source>
        <translation>“{iban}” is not a valid IBAN; please check it for typos.</translation>
    </message>
    <message>
        <source>“{bic}” is not a valid BIC (8 or 11 letters and digits).</source>
        <translation>“{bic}” is not a valid BIC (8 or 11 letters and digits).</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Payment terms must be between 0 and 365 days.</translation>
    </message>
    <message>
        <source>The invoice series must be 1 to 10 Latin letters or digits.</source>
        <translation>The invoice series must be 1 to 10 Latin letters or digits.</translation>
    </message>
    <message>
        <source>“{path}” is not an image file.</source>
        <translation>“{path}” is not an image file.</translation>
    </message>
    <message>
        <source>“{calendar}” is not a calendar USU Desktop knows.</source>
        <translation>“{calendar}” is not a calendar USU Desktop knows.</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program. Close it and try again.</source>
        <translation>The database {path} is locked by another program. Close it and try again.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Check the file&apos;s permissions.</source>
        <translation>The database {path} is read-only. Check the file&apos;s permissions.</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer version of USU Desktop. Please update the program.</source>
        <translation>The database {path} was made by a newer version of USU Desktop. Please update the program.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>The database {path} is damaged and cannot be opened. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The database server {path} cannot be reached. Check the network and try again.</source>
        <translation>The database server {path} cannot be reached. Check the network and try again.</translation>
    </message>
    <message>
        <source>The database {path} needs the driver “{driver}”, which is not installed.</source>
        <translation>The database {path} needs the driver “{driver}”, which is not installed.</translation>
    </message>
    <message>
        <source>The file {path} is not a USU Desktop database.</source>
        <translation>The file {path} is not a USU Desktop database.</translation>
    </message>
    <message>
        <source>A backup named {path} already exists.</source>
        <translation>A backup named {path} already exists.</translation>
    </message>
    <message>
        <source>The file {path} is not a USU Desktop backup.</source>
        <translation>The file {path} is not a USU Desktop backup.</translation>
    </message>
    <message>
        <source>The backup {path} could not be written.</source>
        <translation>The backup {path} could not be written.</translation>
    </message>
    <message>
        <source>The token cannot be kept: the system keyring refused it, or the file that holds it cannot be read or written.</source>
        <translation>The token cannot be kept: the system keyring refused it, or the file that holds it cannot be read or written.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a user name (up to 80 characters, not starting with “admin:”).</source>
        <translation>“{name}” cannot be a user name (up to 80 characters, not starting with “admin:”).</translation>
    </message>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>A password needs at least {min} characters.</translation>
    </message>
    <message>
        <source>The first user of the clinic must be an administrator.</source>
        <translation>The first user of the clinic must be an administrator.</translation>
    </message>
    <message>
        <source>There is already a user called “{name}”.</source>
        <translation>There is already a user called “{name}”.</translation>
    </message>
    <message>
        <source>There is no user called “{name}”.</source>
        <translation>There is no user called “{name}”.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>The current password is not right.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Signing in automatically is off now that this clinic has more than one user.</source>
        <translation>Signing in automatically is off now that this clinic has more than one user.</translation>
    </message>
    <message>
        <source>{name} is the only administrator left and cannot be disabled; make another one first.</source>
        <translation>{name} is the only administrator left and cannot be disabled; make another one first.</translation>
    </message>
    <message>
        <source>The user name or the password is not right. Please try again.</source>
        <translation>The user name or the password is not right. Please try again.</translation>
    </message>
    <message>
        <source>The user {name} has been disabled; please ask an administrator.</source>
        <translation>The user {name} has been disabled; please ask an administrator.</translation>
    </message>
    <message>
        <source>“{role}” is not a role; use receptionist, manager or administrator.</source>
        <translation>“{role}” is not a role; use receptionist, manager or administrator.</translation>
    </message>
    <message>
        <source>Your role may not change patients.</source>
        <translation>Your role may not change patients.</translation>
    </message>
    <message>
        <source>Your role may not make invoices.</source>
        <translation>Your role may not make invoices.</translation>
    </message>
    <message>
        <source>Your role may not take payments at the desk.</source>
        <translation>Your role may not take payments at the desk.</translation>
    </message>
    <message>
        <source>Your role may not print receipts.</source>
        <translation>Your role may not print receipts.</translation>
    </message>
    <message>
        <source>Your role may not make payment links.</source>
        <translation>Your role may not make payment links.</translation>
    </message>
    <message>
        <source>Your role may not send reminders.</source>
        <translation>Your role may not send reminders.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may cancel an invoice or issue a credit note.</source>
        <translation>Only a manager or an administrator may cancel an invoice or issue a credit note.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may reverse a payment or refund it.</source>
        <translation>Only a manager or an administrator may reverse a payment or refund it.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may undo a match or match a payment by hand.</source>
        <translation>Only a manager or an administrator may undo a match or match a payment by hand.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may see the reports.</source>
        <translation>Only a manager or an administrator may see the reports.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may close the day.</source>
        <translation>Only a manager or an administrator may close the day.</translation>
    </message>
    <message>
        <source>Only an administrator may change the clinic settings.</source>
        <translation>Only an administrator may change the clinic settings.</translation>
    </message>
    <message>
        <source>Only an administrator may change the bank or exchange connection.</source>
        <translation>Only an administrator may change the bank or exchange connection.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>Only an administrator may manage users.</translation>
    </message>
    <message>
        <source>Only an administrator may back up or restore the books.</source>
        <translation>Only an administrator may back up or restore the books.</translation>
    </message>
    <message>
        <source>The operation was refused ({code}).</source>
        <translation>The operation was refused ({code}).</translation>
    </message>
    <message>
        <source>An unexpected error occurred: {detail}</source>
        <translation>An unexpected error occurred: {detail}</translation>
    </message>
    <message>
        <source>The file {path} could not be used: {detail}</source>
        <translation>The file {path} could not be used: {detail}</translation>
    </message>
    <message>
        <source>The exchange address is not set. Enter it on the Connection tab.</source>
        <translation>The exchange address is not set. Enter it on the Connection tab.</translation>
    </message>
    <message>
        <source>The file {file} is not a bank statement in a known format (camt.052, camt.053, camt.054, MT940, MT942).</source>
        <translation>The file {file} is not a bank statement in a known format (camt.052, camt.053, camt.054, MT940, MT942).</translation>
    </message>
    <message>
        <source>The file {file} lacks the required field {field} (line {line}).</source>
        <translation>The file {file} lacks the required field {field} (line {line}).</translation>
    </message>
    <message>
        <source>The file {file} holds several accounts and none of them is the clinic&apos;s. Enter the clinic&apos;s IBAN in Settings, or import a file of the clinic&apos;s account.</source>
        <translation>The file {file} holds several accounts and none of them is the clinic&apos;s. Enter the clinic&apos;s IBAN in Settings, or import a file of the clinic&apos;s account.</translation>
    </message>
    <message>
        <source>No access token is saved for this desk. Enter the token on the Connection tab.</source>
        <translation>No access token is saved for this desk. Enter the token on the Connection tab.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 1440 minutes.</source>
        <translation>The interval must be between 1 and 1440 minutes.</translation>
    </message>
    <message>
        <source>The exchange {url} cannot be reached. Check the address and the internet connection.</source>
        <translation>The exchange {url} cannot be reached. Check the address and the internet connection.</translation>
    </message>
    <message>
        <source>The exchange {url} did not answer in time.</source>
        <translation>The exchange {url} did not answer in time.</translation>
    </message>
    <message>
        <source>The exchange refused the access token. Enter the token again.</source>
        <translation>The exchange refused the access token. Enter the token again.</translation>
    </message>
    <message>
        <source>The exchange had an internal error (HTTP {status}). It will be tried again later.</source>
        <translation>The exchange had an internal error (HTTP {status}). It will be tried again later.</translation>
    </message>
    <message>
        <source>The exchange answered something unexpected. Check the address.</source>
        <translation>The exchange answered something unexpected. Check the address.</translation>
    </message>
    <message>
        <source>The exchange refused the request ({server_code}).</source>
        <translation>The exchange refused the request ({server_code}).</translation>
    </message>
    <message>
        <source>Use an https:// address; plain http is only allowed to this computer.</source>
        <translation>Use an https:// address; plain http is only allowed to this computer.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>“{url}” is not a web address.</translation>
    </message>
    <message>
        <source>E-mail sending is not set up. Enter the mail server on the Sending tab of Payment links.</source>
        <translation>E-mail sending is not set up. Enter the mail server on the Sending tab of Payment links.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer an encrypted connection, so nothing was sent.</source>
        <translation>The mail server {host} does not offer an encrypted connection, so nothing was sent.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the user name or password.</source>
        <translation>The mail server {host} refused the user name or password.</translation>
    </message>
    <message>
        <source>The mail server {host} cannot be reached. Check the address, the port and the internet connection.</source>
        <translation>The mail server {host} cannot be reached. Check the address, the port and the internet connection.</translation>
    </message>
    <message>
        <source>The mail server refused the message (code {status}).</source>
        <translation>The mail server refused the message (code {status}).</translation>
    </message>
    <message>
        <source>SMS sending is not set up. Enter the SMS gateway on the Sending tab of Payment links.</source>
        <translation>SMS sending is not set up. Enter the SMS gateway on the Sending tab of Payment links.</translation>
    </message>
    <message>
        <source>Use an https:// address for the SMS gateway {host}.</source>
        <translation>Use an https:// address for the SMS gateway {host}.</translation>
    </message>
    <message>
        <source>The SMS gateway cannot be reached. Check the address and the internet connection.</source>
        <translation>The SMS gateway cannot be reached. Check the address and the internet connection.</translation>
    </message>
    <message>
        <source>The SMS gateway refused the message (HTTP {status}).</source>
        <translation>The SMS gateway refused the message (HTTP {status}).</translation>
    </message>
    <message>
        <source>The bank QR code is for euro payments only; this amount is in {currency}.</source>
        <translation>The bank QR code is for euro payments only; this amount is in {currency}.</translation>
    </message>
    <message>
        <source>The amount {amount} cannot go into a bank QR code (0.01 to 999,999,999.99 EUR).</source>
        <translation>The amount {amount} cannot go into a bank QR code (0.01 to 999,999,999.99 EUR).</translation>
    </message>
    <message>
        <source>The clinic name “{name}” cannot go into a bank QR code; correct it in Settings.</source>
        <translation>The clinic name “{name}” cannot go into a bank QR code; correct it in Settings.</translation>
    </message>
    <message>
        <source>The payment details are too long for a bank QR code.</source>
        <translation>The payment details are too long for a bank QR code.</translation>
    </message>
    <message>
        <source>“{rf}” is not a valid RF payment code.</source>
        <translation>“{rf}” is not a valid RF payment code.</translation>
    </message>
    <message>
        <source>A font the documents need is missing: {path}. Please reinstall USU Desktop.</source>
        <translation>A font the documents need is missing: {path}. Please reinstall USU Desktop.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}. Please choose another folder.</source>
        <translation>The file {path} cannot be written: {reason}. Please choose another folder.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Welcome: the administrator</source>
        <translation>Welcome: the administrator</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Choose the name and password of the clinic&apos;s administrator. The administrator adds the other users and may change every setting.</source>
        <translation>Choose the name and password of the clinic&apos;s administrator. The administrator adds the other users and may change every setting.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Creating patients…</source>
        <translation>Creating patients…</translation>
    </message>
    <message>
        <source>Creating invoices and payments…</source>
        <translation>Creating invoices and payments…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Welcome to USU Desktop</source>
        <translation>Welcome to USU Desktop</translation>
    </message>
    <message>
        <source>A new, empty database has been created.

Would you like to fill it with demo clients, invoices and payments to try the program? You can start a clean database later.</source>
        <translation>A new, empty database has been created.

Would you like to fill it with demo clients, invoices and payments to try the program? You can start a clean database later.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <source>Demo data could not be created</source>
        <translation>Demo data could not be created</translation>
    </message>
    <message>
        <source>Creating demo data was cancelled.</source>
        <translation>Creating demo data was cancelled.</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Service from the price list</source>
        <translation>Service from the price list</translation>
    </message>
    <message>
        <source>&amp;Add service</source>
        <translation>&amp;Add service</translation>
    </message>
    <message>
        <source>Add &amp;free line</source>
        <translation>Add &amp;free line</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <source>Cancel &amp;invoice…</source>
        <translation>Cancel &amp;invoice…</translation>
    </message>
    <message>
        <source>Cre&amp;dit note…</source>
        <translation>Cre&amp;dit note…</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>Take &amp;payment…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>Patient: {name} ({number})</source>
        <translation>Patient: {name} ({number})</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <source>Draft (not saved)</source>
        <translation>Draft (not saved)</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Draft invoice</translation>
    </message>
    <message>
        <source>No service on the price list matches “{text}”.</source>
        <translation>No service on the price list matches “{text}”.</translation>
    </message>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>Line {n}: {problem}</translation>
    </message>
    <message>
        <source>Lines {lines} · Discount {discount} · Without VAT {untaxed} · VAT {tax} · Total {total}</source>
        <translation>Lines {lines} · Discount {discount} · Without VAT {untaxed} · VAT {tax} · Total {total}</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>Save invoice</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Issue invoice</translation>
    </message>
    <message>
        <source>Issue this invoice for {total}? It gets its number and cannot be changed afterwards; a mistake is then corrected by a credit note.</source>
        <translation>Issue this invoice for {total}? It gets its number and cannot be changed afterwards; a mistake is then corrected by a credit note.</translation>
    </message>
    <message>
        <source>{credit} of the patient&apos;s credit was used on {number}.</source>
        <translation>{credit} of the patient&apos;s credit was used on {number}.</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Cancel invoice</translation>
    </message>
    <message>
        <source>Why is {number} cancelled?</source>
        <translation>Why is {number} cancelled?</translation>
    </message>
    <message>
        <source>Credit note {number} was made. What was paid on the invoice is now the patient&apos;s credit.</source>
        <translation>Credit note {number} was made. What was paid on the invoice is now the patient&apos;s credit.</translation>
    </message>
</context>
<context>
    <name>InvoiceList</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Due amount</source>
        <translation>Due amount</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Search: invoice number, patient name or number</source>
        <translation>Search: invoice number, patient name or number</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>All invoices</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Issued from</translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation>New &amp;invoice</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Export selected…</translation>
    </message>
    <message>
        <source>Export all shown…</source>
        <translation>Export all shown…</translation>
    </message>
    <message>
        <source>Preview current state (with paid stamp)</source>
        <translation>Preview current state (with paid stamp)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>{count} invoices · Total {total} · Paid {paid} · Due {due}</source>
        <translation>{count} invoices · Total {total} · Paid {paid} · Due {due}</translation>
    </message>
    <message>
        <source>Print all shown…</source>
        <translation>Print all shown…</translation>
    </message>
    <message>
        <source>Print invoices</source>
        <translation>Print invoices</translation>
    </message>
    <message>
        <source>There are no issued invoices to print.</source>
        <translation>There are no issued invoices to print.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Payment link paid: {title} ({amount})</source>
        <translation>Payment link paid: {title} ({amount})</translation>
    </message>
    <message>
        <source>Payment link partly paid: {title} ({amount} so far)</source>
        <translation>Payment link partly paid: {title} ({amount} so far)</translation>
    </message>
    <message>
        <source>Payment link expired: {title}</source>
        <translation>Payment link expired: {title}</translation>
    </message>
    <message>
        <source>Payment link changed: {title}</source>
        <translation>Payment link changed: {title}</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>Payment links</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped: paid meanwhile</source>
        <translation>Skipped: paid meanwhile</translation>
    </message>
    <message>
        <source>Skipped: client credit covers the debt</source>
        <translation>Skipped: client credit covers the debt</translation>
    </message>
    <message>
        <source>Skipped: reminded recently</source>
        <translation>Skipped: reminded recently</translation>
    </message>
    <message>
        <source>Skipped: no e-mail or phone</source>
        <translation>Skipped: no e-mail or phone</translation>
    </message>
    <message>
        <source>Would be sent</source>
        <translation>Would be sent</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <source>Payment links</source>
        <translation>Payment links</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>No payment links yet. Make one with “New link…”.</source>
        <translation>No payment links yet. Make one with “New link…”.</translation>
    </message>
    <message>
        <source>New link…</source>
        <translation>New link…</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Send by e-mail</translation>
    </message>
    <message>
        <source>Send by SMS</source>
        <translation>Send by SMS</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copy address</translation>
    </message>
    <message>
        <source>Cancel link</source>
        <translation>Cancel link</translation>
    </message>
    <message>
        <source>Update statuses</source>
        <translation>Update statuses</translation>
    </message>
    <message>
        <source>payer chooses</source>
        <translation>payer chooses</translation>
    </message>
    <message>
        <source>New payment link</source>
        <translation>New payment link</translation>
    </message>
    <message>
        <source>Payment link made: {url}</source>
        <translation>Payment link made: {url}</translation>
    </message>
    <message>
        <source>Send payment link</source>
        <translation>Send payment link</translation>
    </message>
    <message>
        <source>Sent by {channel}</source>
        <translation>Sent by {channel}</translation>
    </message>
    <message>
        <source>Not sent: {reason}
The message is in the log and can be sent again.</source>
        <translation>Not sent: {reason}
The message is in the log and can be sent again.</translation>
    </message>
    <message>
        <source>Cancel this payment link? It will refuse payment from now on.</source>
        <translation>Cancel this payment link? It will refuse payment from now on.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>No messages sent yet.</source>
        <translation>No messages sent yet.</translation>
    </message>
    <message>
        <source>Send failed messages again</source>
        <translation>Send failed messages again</translation>
    </message>
    <message>
        <source>{sent} of {count} messages sent</source>
        <translation>{sent} of {count} messages sent</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS (SSL)</source>
        <translation>TLS (SSL)</translation>
    </message>
    <message>
        <source>None (this computer only)</source>
        <translation>None (this computer only)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>E-mail (SMTP)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>SMS gateway</translation>
    </message>
    <message>
        <source>Address template</source>
        <translation>Address template</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>Sending settings saved</source>
        <translation>Sending settings saved</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>USU Desktop</source>
        <translation>USU Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About USU Desktop</source>
        <translation>&amp;About USU Desktop</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>Clinic name not set</source>
        <translation>Clinic name not set</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation>Go to {page}</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
</context>
<context>
    <name>NewLinkDialog</name>
    <message>
        <source>New payment link</source>
        <translation>New payment link</translation>
    </message>
    <message>
        <source>For an invoice (what is still owed)</source>
        <translation>For an invoice (what is still owed)</translation>
    </message>
    <message>
        <source>For a patient (everything owed)</source>
        <translation>For a patient (everything owed)</translation>
    </message>
    <message>
        <source>Free amount (the payer chooses)</source>
        <translation>Free amount (the payer chooses)</translation>
    </message>
    <message>
        <source>The payer may pay part of it</source>
        <translation>The payer may pay part of it</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Amount ({currency})</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Smallest amount</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Largest amount</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>What it is for</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Client number (optional)</source>
        <translation>Client number (optional)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Bank sync</source>
        <translation>Bank sync</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Price list</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>Bank statements</translation>
    </message>
    <message>
        <source>Debtors</source>
        <translation>Debtors</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>Payment links</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
</context>
<context>
    <name>PaymentList</name>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>On invoices</source>
        <translation>On invoices</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To credit</source>
        <translation>To credit</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Unmatched</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Search: payer, text, RF code or transaction id</source>
        <translation>Search: payer, text, RF code or transaction id</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>Unmatched only</source>
        <translation>Unmatched only</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>Take &amp;payment…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Undo allocation…</source>
        <translation>&amp;Undo allocation…</translation>
    </message>
    <message>
        <source>&amp;Reverse payment…</source>
        <translation>&amp;Reverse payment…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Print receipt…</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Save receipt as PDF…</translation>
    </message>
    <message>
        <source>Reverse payment…</source>
        <translation>Reverse payment…</translation>
    </message>
    <message>
        <source>{count} payments</source>
        <translation>{count} payments</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <source>undo of an earlier allocation</source>
        <translation>undo of an earlier allocation</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Select a payment to see where its money went.</source>
        <translation>Select a payment to see where its money went.</translation>
    </message>
    <message>
        <source>{amount} from {who}: on invoices {allocated}, to credit {credit}</source>
        <translation>{amount} from {who}: on invoices {allocated}, to credit {credit}</translation>
    </message>
    <message>
        <source>Undo allocation</source>
        <translation>Undo allocation</translation>
    </message>
    <message>
        <source>Select an active allocation first.</source>
        <translation>Select an active allocation first.</translation>
    </message>
    <message>
        <source>Why is {amount} taken off {number}? The money stays with the patient as credit.</source>
        <translation>Why is {amount} taken off {number}? The money stays with the patient as credit.</translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation>Reverse payment</translation>
    </message>
    <message>
        <source>Why is the payment of {amount} reversed? Its allocations are taken back.</source>
        <translation>Why is the payment of {amount} reversed? Its allocations are taken back.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>Pages: {count}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>Could not save the PDF</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Statement period</source>
        <translation>Statement period</translation>
    </message>
    <message>
        <source>Show statement</source>
        <translation>Show statement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>The first day must not be after the last day.</translation>
    </message>
</context>
<context>
    <name>PriceListPage</name>
    <message>
        <source>Search: code or name</source>
        <translation>Search: code or name</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <source>&amp;New service</source>
        <translation>&amp;New service</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Payment link</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>paid at the desk</source>
        <translation>paid at the desk</translation>
    </message>
    <message>
        <source>allocated by hand</source>
        <translation>allocated by hand</translation>
    </message>
    <message>
        <source>from client credit</source>
        <translation>from client credit</translation>
    </message>
    <message>
        <source>invoice RF reference</source>
        <translation>invoice RF reference</translation>
    </message>
    <message>
        <source>client RF reference, oldest due first</source>
        <translation>client RF reference, oldest due first</translation>
    </message>
    <message>
        <source>client number, oldest due first</source>
        <translation>client number, oldest due first</translation>
    </message>
    <message>
        <source>invoice number in the text</source>
        <translation>invoice number in the text</translation>
    </message>
    <message>
        <source>undone by hand</source>
        <translation>undone by hand</translation>
    </message>
    <message>
        <source>payment reversed</source>
        <translation>payment reversed</translation>
    </message>
    <message>
        <source>invoice cancelled</source>
        <translation>invoice cancelled</translation>
    </message>
    <message>
        <source>credit taken back</source>
        <translation>credit taken back</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund credit</source>
        <translation>Refund credit</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>Print a receipt to sign</source>
        <translation>Print a receipt to sign</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>{amount} refunded; {left} of credit is left.</source>
        <translation>{amount} refunded; {left} of credit is left.</translation>
    </message>
</context>
<context>
    <name>RegistryOptionsDialog</name>
    <message>
        <source>Export charge registry</source>
        <translation>Export charge registry</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Column separator:</source>
        <translation>Column separator:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Text encoding:</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Receptionist</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Edit service</source>
        <translation>Edit service</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price ({currency})</source>
        <translation>Price ({currency})</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>The code “{code}” is already used by another service.</source>
        <translation>The code “{code}” is already used by another service.</translation>
    </message>
</context>
<context>
    <name>ServiceModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>As printed on invoices</source>
        <translation>As printed on invoices</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>The window is redrawn in the new language when you press OK.</source>
        <translation>The window is redrawn in the new language when you press OK.</translation>
    </message>
    <message>
        <source>As each language dates (Persian: Solar Hijri)</source>
        <translation>As each language dates (Persian: Solar Hijri)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Gregorian</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>Solar Hijri (Jalali)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Clinic name:</source>
        <translation>Clinic name:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>Tax ID:</translation>
    </message>
    <message>
        <source>IBAN:</source>
        <translation>IBAN:</translation>
    </message>
    <message>
        <source>BIC:</source>
        <translation>BIC:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Payment terms:</translation>
    </message>
    <message>
        <source>Invoice series:</source>
        <translation>Invoice series:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Calendar:</translation>
    </message>
    <message>
        <source>Please enter the clinic&apos;s name.</source>
        <translation>Please enter the clinic&apos;s name.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The settings could not be saved</source>
        <translation>The settings could not be saved</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Edit settings…</source>
        <translation>Edit settings…</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Clinic name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>Invoice series</source>
        <translation>Invoice series</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Gregorian</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>Solar Hijri (Jalali)</translation>
    </message>
    <message>
        <source>As each language dates (Persian: Solar Hijri)</source>
        <translation>As each language dates (Persian: Solar Hijri)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>From a search field into its list (first row)</source>
        <translation>From a search field into its list (first row)</translation>
    </message>
    <message>
        <source>Clear the search field</source>
        <translation>Clear the search field</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Open the selected row</translation>
    </message>
    <message>
        <source>New patient or new service (on its page)</source>
        <translation>New patient or new service (on its page)</translation>
    </message>
    <message>
        <source>New invoice for the selected patient</source>
        <translation>New invoice for the selected patient</translation>
    </message>
    <message>
        <source>Take a payment</source>
        <translation>Take a payment</translation>
    </message>
    <message>
        <source>Preview the document</source>
        <translation>Preview the document</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Save the document as PDF</translation>
    </message>
    <message>
        <source>Invoice editor: add the highlighted service</source>
        <translation>Invoice editor: add the highlighted service</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Everything at the desk works from the keyboard. The page keys follow the order of the side menu.</source>
        <translation>Everything at the desk works from the keyboard. The page keys follow the order of the side menu.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <source>Sign in automatically on this PC</source>
        <translation>Sign in automatically on this PC</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>Statements</name>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Vertical bar ( | )</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8 with BOM (Excel)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (Cyrillic)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Western)</translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation>Windows-1253 (Greek)</translation>
    </message>
    <message>
        <source>CSV (text table)</source>
        <translation>CSV (text table)</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>In/out</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Allocated to</source>
        <translation>Allocated to</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Reference / text</source>
        <translation>Reference / text</translation>
    </message>
    <message>
        <source>Bank id</source>
        <translation>Bank id</translation>
    </message>
    <message>
        <source>credit {amount}</source>
        <translation>credit {amount}</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Unmatched</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>Already booked</source>
        <translation>Already booked</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>RF reference of the invoice</source>
        <translation>RF reference of the invoice</translation>
    </message>
    <message>
        <source>the patient&apos;s RF reference, oldest invoices first</source>
        <translation>the patient&apos;s RF reference, oldest invoices first</translation>
    </message>
    <message>
        <source>client number, oldest invoices first</source>
        <translation>client number, oldest invoices first</translation>
    </message>
    <message>
        <source>invoice number in the payment text</source>
        <translation>invoice number in the payment text</translation>
    </message>
    <message>
        <source>no reference found: waiting in the unmatched queue</source>
        <translation>no reference found: waiting in the unmatched queue</translation>
    </message>
    <message>
        <source>money going out (debit)</source>
        <translation>money going out (debit)</translation>
    </message>
    <message>
        <source>not booked by the bank yet (pending)</source>
        <translation>not booked by the bank yet (pending)</translation>
    </message>
    <message>
        <source>reversal of a debit</source>
        <translation>reversal of a debit</translation>
    </message>
    <message>
        <source>booked before, from this or an earlier statement</source>
        <translation>booked before, from this or an earlier statement</translation>
    </message>
    <message>
        <source>the payment was already taken back</source>
        <translation>the payment was already taken back</translation>
    </message>
    <message>
        <source>takes back payment {original}</source>
        <translation>takes back payment {original}</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>a day past the end of its month, read as the last day</source>
        <translation>a day past the end of its month, read as the last day</translation>
    </message>
    <message>
        <source>statements of other accounts in the file, skipped</source>
        <translation>statements of other accounts in the file, skipped</translation>
    </message>
    <message>
        <source>an intraday report: its entries are not booked by the bank yet and are only listed</source>
        <translation>an intraday report: its entries are not booked by the bank yet and are only listed</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Booking {file}: {done} of {total}</source>
        <translation>Booking {file}: {done} of {total}</translation>
    </message>
    <message>
        <source>Finished {file}</source>
        <translation>Finished {file}</translation>
    </message>
    <message>
        <source>entry {index}</source>
        <translation>entry {index}</translation>
    </message>
    <message>
        <source>field {field}</source>
        <translation>field {field}</translation>
    </message>
    <message>
        <source>suggested: {who}</source>
        <translation>suggested: {who}</translation>
    </message>
    <message>
        <source>over-payment kept as credit</source>
        <translation>over-payment kept as credit</translation>
    </message>
    <message>
        <source>the balances in the file do not add up</source>
        <translation>the balances in the file do not add up</translation>
    </message>
    <message>
        <source>the file does not follow the bank format exactly</source>
        <translation>the file does not follow the bank format exactly</translation>
    </message>
    <message>
        <source>a batch entry without its single payments</source>
        <translation>a batch entry without its single payments</translation>
    </message>
    <message>
        <source>a batch entry whose parts do not add up</source>
        <translation>a batch entry whose parts do not add up</translation>
    </message>
    <message>
        <source>an entry with an unknown status</source>
        <translation>an entry with an unknown status</translation>
    </message>
    <message>
        <source>an unreadable amount</source>
        <translation>an unreadable amount</translation>
    </message>
    <message>
        <source>an unreadable date</source>
        <translation>an unreadable date</translation>
    </message>
    <message>
        <source>an RF reference with wrong check digits</source>
        <translation>an RF reference with wrong check digits</translation>
    </message>
    <message>
        <source>a payment naming several RF references</source>
        <translation>a payment naming several RF references</translation>
    </message>
    <message>
        <source>an entry that cannot be read</source>
        <translation>an entry that cannot be read</translation>
    </message>
    <message>
        <source>a required field is missing</source>
        <translation>a required field is missing</translation>
    </message>
    <message>
        <source>an entry in another currency</source>
        <translation>an entry in another currency</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>Bank statements</source>
        <translation>Bank statements</translation>
    </message>
</context>
<context>
    <name>StatementsWidget</name>
    <message>
        <source>Import statement…</source>
        <translation>Import statement…</translation>
    </message>
    <message>
        <source>Import camt.053, camt.054 or MT940 files from your bank. You can also drop files onto this page.</source>
        <translation>Import camt.053, camt.054 or MT940 files from your bank. You can also drop files onto this page.</translation>
    </message>
    <message>
        <source>Export charge registry…</source>
        <translation>Export charge registry…</translation>
    </message>
    <message>
        <source>Save the list of open charges for the bank (CSV or XML).</source>
        <translation>Save the list of open charges for the bank (CSV or XML).</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Watched folder</translation>
    </message>
    <message>
        <source>No folder: statements are imported by hand</source>
        <translation>No folder: statements are imported by hand</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Stop watching</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How often new files in the folder are imported</source>
        <translation>How often new files in the folder are imported</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>every</source>
        <translation>every</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Drop bank statement files here, or use “Import statement…”.</source>
        <translation>Drop bank statement files here, or use “Import statement…”.</translation>
    </message>
    <message>
        <source>Import bank statements</source>
        <translation>Import bank statements</translation>
    </message>
    <message>
        <source>Bank statements ({patterns});;All files (*)</source>
        <translation>Bank statements ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>Bank statements</translation>
    </message>
    <message>
        <source>An import is already running; please wait for it to finish.</source>
        <translation>An import is already running; please wait for it to finish.</translation>
    </message>
    <message>
        <source>Import cancelled; what was booked stays booked.</source>
        <translation>Import cancelled; what was booked stays booked.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Some files were not imported</translation>
    </message>
    <message>
        <source>{file}: not imported</source>
        <translation>{file}: not imported</translation>
    </message>
    <message>
        <source>{file}: {booked} booked, {unmatched} unmatched</source>
        <translation>{file}: {booked} booked, {unmatched} unmatched</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} was not imported: {reason}</translation>
    </message>
    <message>
        <source>{file}: statement {id}, account {account}</source>
        <translation>{file}: statement {id}, account {account}</translation>
    </message>
    <message>
        <source>Opening balance {opening}, closing balance {closing}</source>
        <translation>Opening balance {opening}, closing balance {closing}</translation>
    </message>
    <message>
        <source>This file was imported before ({date}); nothing new was booked.</source>
        <translation>This file was imported before ({date}); nothing new was booked.</translation>
    </message>
    <message>
        <source>This file was imported before ({date}).</source>
        <translation>This file was imported before ({date}).</translation>
    </message>
    <message>
        <source>The import was cancelled; the entries below were booked, the rest were not.</source>
        <translation>The import was cancelled; the entries below were booked, the rest were not.</translation>
    </message>
    <message>
        <source>Warnings: {list}</source>
        <translation>Warnings: {list}</translation>
    </message>
    <message>
        <source>Folder the bank&apos;s statements are saved to</source>
        <translation>Folder the bank&apos;s statements are saved to</translation>
    </message>
    <message>
        <source>Imported {count} new statement file(s) from the watched folder</source>
        <translation>Imported {count} new statement file(s) from the watched folder</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML files (*.xml)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Save charge registry</source>
        <translation>Save charge registry</translation>
    </message>
    <message>
        <source>The registry was not saved</source>
        <translation>The registry was not saved</translation>
    </message>
    <message>
        <source>Charge registry saved</source>
        <translation>Charge registry saved</translation>
    </message>
    <message>
        <source>{count} open charges, total {sum}, saved to {path}.</source>
        <translation>{count} open charges, total {sum}, saved to {path}.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About USU Desktop</source>
        <translation>Σχετικά με το USU Desktop</translation>
    </message>
    <message>
        <source>USU Desktop {version}</source>
        <translation>USU Desktop {version}</translation>
    </message>
    <message>
        <source>Accounting for small clinics: invoices, payment codes, terminal and bank payments.</source>
        <translation>Λογιστική για μικρές κλινικές: τιμολόγια, κωδικοί πληρωμής, πληρωμές από τερματικά και τράπεζες.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Ελεύθερο λογισμικό υπό την άδεια GNU General Public License, έκδοση 3 ή νεότερη.</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Βάση δεδομένων: {name}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>Δεν είναι δυνατό το άνοιγμα της βάσης δεδομένων</translation>
    </message>
</context>
<context>
    <name>AuditList</name>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Χρήστης</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Θέση εργασίας</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Αντικείμενο</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>All users</source>
        <translation>Όλοι οι χρήστες</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Όλες οι θέσεις</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Όλα</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>Όλα τα αντικείμενα</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Εξαγωγή CSV…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>έως</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} εγγραφές</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Εξαγωγή του αρχείου ελέγχου</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
    </message>
    <message>
        <source>{count} entries written to {path}</source>
        <translation>{count} εγγραφές γράφτηκαν στο {path}</translation>
    </message>
</context>
<context>
    <name>BankSync</name>
    <message>
        <source>Bank sync is failing: {error}</source>
        <translation>Ο συγχρονισμός τράπεζας αποτυγχάνει: {error}</translation>
    </message>
    <message>
        <source>(last successful sync {time})</source>
        <translation>(τελευταίος επιτυχής συγχρονισμός {time})</translation>
    </message>
    <message>
        <source>Bank sync: not synchronised yet</source>
        <translation>Συγχρονισμός τράπεζας: δεν έχει γίνει ακόμη</translation>
    </message>
    <message>
        <source>No successful bank sync since {time}</source>
        <translation>Κανένας επιτυχής συγχρονισμός τράπεζας από {time}</translation>
    </message>
    <message>
        <source>Last bank sync: {time}</source>
        <translation>Τελευταίος συγχρονισμός τράπεζας: {time}</translation>
    </message>
    <message>
        <source>{count} new payment(s) arrived from the exchange.</source>
        <translation>Νέες πληρωμές από την ανταλλαγή: {count}.</translation>
    </message>
    <message>
        <source>{count} need(s) a person to match.</source>
        <translation>Χρειάζονται χειροκίνητη αντιστοίχιση: {count}.</translation>
    </message>
    <message>
        <source>New payments</source>
        <translation>Νέες πληρωμές</translation>
    </message>
    <message>
        <source>Client number typed at the terminal</source>
        <translation>Αριθμός πελάτη που πληκτρολογήθηκε στο τερματικό</translation>
    </message>
    <message>
        <source>Payment code of the invoice</source>
        <translation>Κωδικός πληρωμής του τιμολογίου</translation>
    </message>
    <message>
        <source>Client&apos;s payment code</source>
        <translation>Κωδικός πληρωμής του πελάτη</translation>
    </message>
    <message>
        <source>Invoice number in the payment text</source>
        <translation>Αριθμός τιμολογίου στο κείμενο της πληρωμής</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Χωρίς αντιστοίχιση</translation>
    </message>
    <message>
        <source>Allocated by hand</source>
        <translation>Κατανεμήθηκε χειροκίνητα</translation>
    </message>
    <message>
        <source>From client credit</source>
        <translation>Από την πίστωση του πελάτη</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Αντιλογισμός</translation>
    </message>
    <message>
        <source>amount equals the invoice balance</source>
        <translation>το ποσό ισούται με το υπόλοιπο του τιμολογίου</translation>
    </message>
    <message>
        <source>amount equals all the client owes</source>
        <translation>το ποσό ισούται με όλη την οφειλή του πελάτη</translation>
    </message>
    <message>
        <source>payer&apos;s name matches</source>
        <translation>το όνομα του πληρωτή ταιριάζει</translation>
    </message>
    <message>
        <source>payer&apos;s name is similar</source>
        <translation>το όνομα του πληρωτή μοιάζει</translation>
    </message>
    <message>
        <source>paid around the invoice date</source>
        <translation>πληρώθηκε κοντά στην ημερομηνία του τιμολογίου</translation>
    </message>
    <message>
        <source>client number in the text</source>
        <translation>αριθμός πελάτη στο κείμενο</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Τερματικό</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Τράπεζα</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Σύνδεσμος πληρωμής</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Ταμείο</translation>
    </message>
    <message>
        <source>Checking the exchange…</source>
        <translation>Έλεγχος της ανταλλαγής…</translation>
    </message>
    <message>
        <source>Sending the charge list…</source>
        <translation>Αποστολή της λίστας χρεώσεων…</translation>
    </message>
    <message>
        <source>Fetching payments… {count} so far</source>
        <translation>Λήψη πληρωμών… {count} μέχρι τώρα</translation>
    </message>
    <message>
        <source>Booking payments… {count} so far</source>
        <translation>Καταχώριση πληρωμών… {count} μέχρι τώρα</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Διακόπηκε</translation>
    </message>
</context>
<context>
    <name>BankSyncPage</name>
    <message>
        <source>Bank sync</source>
        <translation>Συγχρονισμός τράπεζας</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <source>Received payments</source>
        <translation>Ληφθείσες πληρωμές</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Χωρίς αντιστοίχιση</translation>
    </message>
    <message>
        <source>Payment code history</source>
        <translation>Ιστορικό κωδικού πληρωμής</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Ημερολόγιο συγχρονισμού</translation>
    </message>
    <message>
        <source> min</source>
        <translation> λεπτά</translation>
    </message>
    <message>
        <source>Sync automatically in the background</source>
        <translation>Αυτόματος συγχρονισμός στο παρασκήνιο</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Δοκιμή σύνδεσης</translation>
    </message>
    <message>
        <source>Exchange address</source>
        <translation>Διεύθυνση ανταλλαγής</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Διακριτικό πρόσβασης</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Συγχρονισμός κάθε</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Κανάλι</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Συναλλαγή</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Αντιστοίχιση με</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Πίστωση</translation>
    </message>
    <message>
        <source>Terminals take deposits from clients who owe nothing</source>
        <translation>Τα τερματικά δέχονται προκαταβολές από πελάτες χωρίς οφειλή</translation>
    </message>
    <message>
        <source>Every client&apos;s number and masked name is sent to the exchange, so a client with nothing to pay can pay in advance; the money becomes the client&apos;s credit.</source>
        <translation>Ο αριθμός και το συντομευμένο όνομα κάθε πελάτη αποστέλλονται στην υπηρεσία ανταλλαγής, ώστε ένας πελάτης χωρίς οφειλή να μπορεί να πληρώσει προκαταβολικά· τα χρήματα γίνονται πίστωση του πελάτη.</translation>
    </message>
    <message>
        <source>No payments have come in yet. They appear here after a sync.</source>
        <translation>Δεν έχουν έρθει ακόμη πληρωμές. Εμφανίζονται εδώ μετά από συγχρονισμό.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Τιμολόγιο</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Undo allocation</source>
        <translation>Αναίρεση κατανομής</translation>
    </message>
    <message>
        <source>Where the selected payment went, and why</source>
        <translation>Πού πήγε η επιλεγμένη πληρωμή και γιατί</translation>
    </message>
    <message>
        <source>Account or payer</source>
        <translation>Λογαριασμός ή πληρωτής</translation>
    </message>
    <message>
        <source>Nothing waits to be matched.</source>
        <translation>Δεν υπάρχει τίποτα προς αντιστοίχιση.</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Αριθμός πελάτη</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Οφειλή</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Βαθμός</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Γιατί</translation>
    </message>
    <message>
        <source>Allocate to the suggestion</source>
        <translation>Κατανομή στην πρόταση</translation>
    </message>
    <message>
        <source>Suggestions, best first</source>
        <translation>Προτάσεις, οι καλύτερες πρώτα</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>Ενημέρωση κατάστασης</translation>
    </message>
    <message>
        <source>Payment code (RF)</source>
        <translation>Κωδικός πληρωμής (RF)</translation>
    </message>
    <message>
        <source>On this code</source>
        <translation>Σε αυτόν τον κωδικό</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Ξεκίνησε</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Στάλθηκαν</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ελήφθη</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Καταχωρίστηκαν</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Διπλότυπα</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Δεν έχει γίνει ακόμη συγχρονισμός.</translation>
    </message>
    <message>
        <source>saved in the system keyring</source>
        <translation>αποθηκευμένο στην κλειδοθήκη του συστήματος</translation>
    </message>
    <message>
        <source>saved in a file only you can read (this PC has no system keyring)</source>
        <translation>αποθηκεύτηκε σε αρχείο που μόνο εσείς μπορείτε να διαβάσετε (αυτός ο υπολογιστής δεν έχει κλειδοθήκη συστήματος)</translation>
    </message>
    <message>
        <source>kept until the program closes</source>
        <translation>διατηρείται μέχρι να κλείσει το πρόγραμμα</translation>
    </message>
    <message>
        <source>paste the token from the exchange</source>
        <translation>επικολλήστε το διακριτικό από την ανταλλαγή</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση των ρυθμίσεων</translation>
    </message>
    <message>
        <source>Bank sync settings saved.</source>
        <translation>Οι ρυθμίσεις συγχρονισμού τράπεζας αποθηκεύτηκαν.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message>
        <source>Connected: the exchange answers (version {version}).</source>
        <translation>Συνδέθηκε: η ανταλλαγή απαντά (έκδοση {version}).</translation>
    </message>
    <message>
        <source>A bank sync is already running.</source>
        <translation>Ένας συγχρονισμός τράπεζας εκτελείται ήδη.</translation>
    </message>
    <message>
        <source>Done: {booked} booked, {unmatched} unmatched, {duplicates} already known.</source>
        <translation>Ολοκληρώθηκε: {booked} καταχωρίστηκαν, {unmatched} χωρίς αντιστοίχιση, {duplicates} ήταν ήδη γνωστές.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Δεν ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(χωρίς πελάτη)</translation>
    </message>
    <message>
        <source>Take this amount off the invoice? The money stays with the client as credit.</source>
        <translation>Να αφαιρεθεί αυτό το ποσό από το τιμολόγιο; Τα χρήματα μένουν στον πελάτη ως πίστωση.</translation>
    </message>
    <message>
        <source>Undone on the bank-sync screen</source>
        <translation>Αναιρέθηκε στην οθόνη συγχρονισμού τράπεζας</translation>
    </message>
    <message>
        <source>The allocation could not be undone</source>
        <translation>Δεν ήταν δυνατή η αναίρεση της κατανομής</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>τα παλαιότερα πρώτα</translation>
    </message>
    <message>
        <source>The payment could not be allocated</source>
        <translation>Δεν ήταν δυνατή η κατανομή της πληρωμής</translation>
    </message>
    <message>
        <source>Payment allocated to {client}.</source>
        <translation>Η πληρωμή κατανεμήθηκε στον/στην {client}.</translation>
    </message>
    <message>
        <source>No invoice or client has the code {code}.</source>
        <translation>Κανένα τιμολόγιο ή πελάτης δεν έχει τον κωδικό {code}.</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>τιμολόγιο</translation>
    </message>
    <message>
        <source>client&apos;s open code</source>
        <translation>ανοιχτός κωδικός του πελάτη</translation>
    </message>
    <message>
        <source>{code} ({kind}): {count} payment(s), {paid} in total.</source>
        <translation>{code} ({kind}): πληρωμές {count}, σύνολο {paid}.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Export invoices</source>
        <translation>Εξαγωγή τιμολογίων</translation>
    </message>
    <message>
        <source>{count} invoices selected.</source>
        <translation>Επιλεγμένα τιμολόγια: {count}.</translation>
    </message>
    <message>
        <source>One PDF file with all invoices (for printing)</source>
        <translation>Ένα αρχείο PDF με όλα τα τιμολόγια (για εκτύπωση)</translation>
    </message>
    <message>
        <source>One PDF file per invoice, named by number</source>
        <translation>Ένα αρχείο PDF ανά τιμολόγιο, με όνομα τον αριθμό του</translation>
    </message>
    <message>
        <source>Current state with paid/cancelled stamps (not the originals)</source>
        <translation>Τρέχουσα κατάσταση με σφραγίδες εξόφλησης/ακύρωσης (όχι τα πρωτότυπα)</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Αρχείο ή φάκελος</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Αναζήτηση…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Εξαγωγή σε αρχείο</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Αρχεία PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Εξαγωγή σε φάκελο</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Αλλαγή κωδικού</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Αλλαγή</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Τρέχων κωδικός:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Νέος κωδικός:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Νέος κωδικός ξανά:</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>Copy</source>
        <translation>Αντιγραφή</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Αριθμός πελάτη</translation>
    </message>
    <message>
        <source>RF code for open amounts</source>
        <translation>Κωδικός RF για ανοιχτά ποσά</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Ανοιχτό υπόλοιπο</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Πίστωση</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Επεξεργασία…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Αρχειοθέτηση</translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation>Νέο &amp;τιμολόγιο</translation>
    </message>
    <message>
        <source>Take &amp;payment</source>
        <translation>Είσπραξη &amp;πληρωμής</translation>
    </message>
    <message>
        <source>Refund credit…</source>
        <translation>Επιστροφή πίστωσης…</translation>
    </message>
    <message>
        <source>S&amp;tatement…</source>
        <translation>&amp;Κατάσταση λογαριασμού…</translation>
    </message>
    <message>
        <source>Payment s&amp;lip</source>
        <translation>&amp;Δελτίο πληρωμής</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Τιμολόγια</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Πληρωμές</translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translation>Αντιγράφηκε: {text}</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Δεν έχει επιλεγεί ασθενής</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(αρχειοθετημένος)</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Γέννηση {date}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>τίποτα</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>Preview invoice</source>
        <translation>Προεπισκόπηση τιμολογίου</translation>
    </message>
    <message>
        <source>Print invoice…</source>
        <translation>Εκτύπωση τιμολογίου…</translation>
    </message>
    <message>
        <source>Save invoice as PDF…</source>
        <translation>Αποθήκευση τιμολογίου ως PDF…</translation>
    </message>
    <message>
        <source>Preview receipt</source>
        <translation>Προεπισκόπηση απόδειξης</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Εκτύπωση απόδειξης…</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Αποθήκευση απόδειξης ως PDF…</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation>Επεξεργασία ασθενούς</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Νέος ασθενής</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Γνωστή</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ημερομηνία γέννησης</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number: use digits, spaces, + ( ) - and at least 6 digits.</source>
        <translation>Το «{phone}» δεν είναι αριθμός τηλεφώνου: χρησιμοποιήστε ψηφία, κενά, + ( ) - και τουλάχιστον 6 ψηφία.</translation>
    </message>
    <message>
        <source>This may be a patient who is already registered:
{names}

Save anyway?</source>
        <translation>Ίσως πρόκειται για ασθενή που είναι ήδη καταχωρισμένος:
{names}

Αποθήκευση παρ&apos; όλα αυτά;</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>Born</source>
        <translation>Γέννηση</translation>
    </message>
    <message>
        <source>Client no.</source>
        <translation>Αρ. πελάτη</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Πίστωση</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Οφειλή</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Choose a patient</source>
        <translation>Επιλογή ασθενούς</translation>
    </message>
    <message>
        <source>Name, client number, phone or e-mail</source>
        <translation>Όνομα, αριθμός πελάτη, τηλέφωνο ή e-mail</translation>
    </message>
    <message>
        <source>Choose a patient in the list first (Down or Enter from the search).</source>
        <translation>Επιλέξτε πρώτα έναν ασθενή στη λίστα (κάτω βέλος ή Enter από την αναζήτηση).</translation>
    </message>
    <message>
        <source>Enter or OK chooses the selected patient.</source>
        <translation>Το Enter ή το OK επιλέγει τον επισημασμένο ασθενή.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search: name, client number, phone or e-mail</source>
        <translation>Αναζήτηση: όνομα, αριθμός πελάτη, τηλέφωνο ή e-mail</translation>
    </message>
    <message>
        <source>Debtors only</source>
        <translation>Μόνο οφειλέτες</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Εμφάνιση αρχειοθετημένων</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Νέος ασθενής</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Νέος ασθενής</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Νέο τιμολόγιο</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Είσπραξη πληρωμής</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>Κατάσταση λογαριασμού…</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>Εκτύπωση κατάστασης λογαριασμού…</translation>
    </message>
    <message>
        <source>Save statement as PDF…</source>
        <translation>Αποθήκευση κατάστασης λογαριασμού ως PDF…</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Δελτίο πληρωμής</translation>
    </message>
    <message>
        <source>Print payment slip…</source>
        <translation>Εκτύπωση δελτίου πληρωμής…</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translation>Ασθενείς: {count}</translation>
    </message>
    <message>
        <source>New patient saved</source>
        <translation>Ο νέος ασθενής αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>{name} is saved with client number {number}.</source>
        <translation>Ο/Η {name} αποθηκεύτηκε με αριθμό πελάτη {number}.</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Αρχειοθέτηση ασθενούς</translation>
    </message>
    <message>
        <source>Archive {name}? The patient disappears from the everyday list; the books keep every invoice and payment.</source>
        <translation>Αρχειοθέτηση του/της {name}; Ο ασθενής φεύγει από την καθημερινή λίστα· τα βιβλία κρατούν κάθε τιμολόγιο και πληρωμή.</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This screen is coming soon. It is being built and will appear in a future version.</source>
        <translation>Αυτή η οθόνη έρχεται σύντομα: βρίσκεται υπό ανάπτυξη και θα εμφανιστεί σε επόμενη έκδοση.</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for {number}</source>
        <translation>Πιστωτικό για το {number}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Τιμολογήθηκε</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Απομένει</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Πίστωση</translation>
    </message>
    <message>
        <source>or an amount, tax included</source>
        <translation>ή ένα ποσό, με τον φόρο</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Οφείλεται ακόμη</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Make credit note</source>
        <translation>Έκδοση πιστωτικού</translation>
    </message>
    <message>
        <source>How many of each line to credit:</source>
        <translation>Πόσα από κάθε γραμμή να πιστωθούν:</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Πιστωτικό</translation>
    </message>
    <message>
        <source>Credit note {number} credits {amount}.</source>
        <translation>Το πιστωτικό {number} πιστώνει {amount}.</translation>
    </message>
    <message>
        <source>{amount} already paid is now the patient&apos;s credit.</source>
        <translation>Τα {amount} που είχαν ήδη πληρωθεί είναι πλέον πίστωση του ασθενούς.</translation>
    </message>
</context>
<context>
    <name>DebtorsList</name>
    <message>
        <source>never</source>
        <translation>ποτέ</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Ασθενής</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Αριθμός πελάτη</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Ληξιπρόθεσμο</translation>
    </message>
    <message>
        <source>Oldest due date</source>
        <translation>Παλαιότερη λήξη</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Ημέρες</translation>
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
        <translation>Τελευταία υπενθύμιση</translation>
    </message>
</context>
<context>
    <name>DebtorsPage</name>
    <message>
        <source>Debtors</source>
        <translation>Οφειλέτες</translation>
    </message>
    <message>
        <source>Search name or client number</source>
        <translation>Αναζήτηση ονόματος ή αριθμού πελάτη</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Όλες οι ηλικίες</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 ημέρες</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 ημέρες</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 ημέρες</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>πάνω από 90 ημέρες</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Ανανέωση</translation>
    </message>
    <message>
        <source>Days overdue, at least</source>
        <translation>Ημέρες καθυστέρησης, τουλάχιστον</translation>
    </message>
    <message>
        <source>No overdue balances to show.</source>
        <translation>Δεν υπάρχουν ληξιπρόθεσμα υπόλοιπα.</translation>
    </message>
    <message>
        <source>E-mail, else SMS</source>
        <translation>Email, αλλιώς SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>With a payment link</source>
        <translation>Με σύνδεσμο πληρωμής</translation>
    </message>
    <message>
        <source>Send payment link / reminder</source>
        <translation>Αποστολή συνδέσμου / υπενθύμισης</translation>
    </message>
    <message>
        <source>Days between reminders, at least</source>
        <translation>Ημέρες μεταξύ υπενθυμίσεων, τουλάχιστον</translation>
    </message>
    <message>
        <source>Partly paid: reminders say what remains</source>
        <translation>Μερικώς πληρωμένο: η υπενθύμιση αναφέρει το υπόλοιπο</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Υπολογισμός…</translation>
    </message>
    <message>
        <source>{count} patients, {amount} overdue</source>
        <translation>{count} ασθενείς, ληξιπρόθεσμα {amount}</translation>
    </message>
    <message>
        <source>{action} ({count})</source>
        <translation>{action} ({count})</translation>
    </message>
    <message>
        <source>Send a payment reminder to {count} patients now?</source>
        <translation>Αποστολή υπενθύμισης πληρωμής σε {count} ασθενείς τώρα;</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>Αποστολή υπενθυμίσεων</translation>
    </message>
    <message>
        <source>Sending reminders…</source>
        <translation>Αποστολή υπενθυμίσεων…</translation>
    </message>
    <message>
        <source>Failed messages stay in the message log and can be sent again.</source>
        <translation>Τα μηνύματα που απέτυχαν μένουν στο αρχείο και μπορούν να σταλούν ξανά.</translation>
    </message>
    <message>
        <source>Cancelled: the rest were not reminded.</source>
        <translation>Ακυρώθηκε: στους υπόλοιπους δεν στάλθηκε υπενθύμιση.</translation>
    </message>
</context>
<context>
    <name>DeskPaymentDialog</name>
    <message>
        <source>Take payment</source>
        <translation>Είσπραξη πληρωμής</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>Oldest due first</source>
        <translation>Η παλαιότερη οφειλή πρώτα</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Ασθενής</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Οφείλει</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Πληρωμή</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Τρόπος</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Καταχώριση πληρωμής</translation>
    </message>
    <message>
        <source>(credit {credit})</source>
        <translation>(πίστωση {credit})</translation>
    </message>
    <message>
        <source>{amount} is more than the {owed} owed. Keep the rest, {rest}, as the patient&apos;s credit for later invoices?</source>
        <translation>Το {amount} είναι περισσότερο από την οφειλή {owed}. Να μείνει το υπόλοιπο, {rest}, ως πίστωση του ασθενούς για επόμενα τιμολόγια;</translation>
    </message>
    <message>
        <source>Then hand back {rest} as change and book {owed}?</source>
        <translation>Τότε να επιστραφούν {rest} ως ρέστα και να καταχωριστούν {owed};</translation>
    </message>
    <message>
        <source>Nothing was recorded. Say what happens to the {rest} over the amount owed: credit or change.</source>
        <translation>Δεν καταγράφηκε τίποτα. Πείτε τι γίνεται με τα {rest} πάνω από την οφειλή: πίστωση ή ρέστα.</translation>
    </message>
    <message>
        <source>{amount} on {number} ({why})</source>
        <translation>{amount} στο {number} ({why})</translation>
    </message>
    <message>
        <source>{amount} kept as credit</source>
        <translation>{amount} κρατήθηκαν ως πίστωση</translation>
    </message>
    <message>
        <source>Give back {amount} as change</source>
        <translation>Επιστροφή {amount} ως ρέστα</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Η πληρωμή καταγράφηκε.</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation>Εκτύπωση απόδειξης</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Print</source>
        <translation>Εκτύπωση</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Κάτι πήγε στραβά</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>The file {path} cannot be written: {reason}. Please choose another folder.</source>
        <translation>Δεν είναι δυνατή η εγγραφή του αρχείου {path}: {reason}. Επιλέξτε άλλο φάκελο.</translation>
    </message>
    <message>
        <source>The file {path} already exists. Choose an empty folder; nothing was exported.</source>
        <translation>Το αρχείο {path} υπάρχει ήδη. Επιλέξτε κενό φάκελο· δεν εξήχθη τίποτα.</translation>
    </message>
    <message>
        <source>This invoice is a draft. Issue it first, then print it.</source>
        <translation>Αυτό το τιμολόγιο είναι πρόχειρο. Εκδώστε το πρώτα και μετά εκτυπώστε το.</translation>
    </message>
    <message>
        <source>There is no invoice number {number}.</source>
        <translation>Δεν υπάρχει τιμολόγιο με αριθμό {number}.</translation>
    </message>
    <message>
        <source>There is no client number {client_number}.</source>
        <translation>Δεν υπάρχει αριθμός πελάτη {client_number}.</translation>
    </message>
    <message>
        <source>This payment is not assigned to a client yet, so it has no receipt.</source>
        <translation>Αυτή η πληρωμή δεν έχει αντιστοιχιστεί ακόμη σε πελάτη, άρα δεν έχει απόδειξη.</translation>
    </message>
    <message>
        <source>The first day of the period must not be after the last day.</source>
        <translation>Η πρώτη ημέρα της περιόδου δεν πρέπει να είναι μετά την τελευταία.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Δεν ήταν δυνατή η εκκίνηση του εκτυπωτή.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The document cannot be shown</source>
        <translation>Δεν είναι δυνατή η εμφάνιση του εγγράφου</translation>
    </message>
    <message>
        <source>Invoice {number} (current state)</source>
        <translation>Τιμολόγιο {number} (τρέχουσα κατάσταση)</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Τιμολόγιο {number}</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Απόδειξη {number}</translation>
    </message>
    <message>
        <source>Refund receipt {number}</source>
        <translation>Απόδειξη επιστροφής {number}</translation>
    </message>
    <message>
        <source>Statement {start} – {end}</source>
        <translation>Κατάσταση λογαριασμού {start} – {end}</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Δελτίο πληρωμής</translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation>Εξαγωγή τιμολογίων</translation>
    </message>
    <message>
        <source>There are no issued invoices to export.</source>
        <translation>Δεν υπάρχουν εκδοθέντα τιμολόγια για εξαγωγή.</translation>
    </message>
    <message>
        <source>Exporting {count} invoices…</source>
        <translation>Εξαγωγή τιμολογίων: {count}…</translation>
    </message>
    <message>
        <source>{count} invoices exported to {path}.</source>
        <translation>{count} τιμολόγια εξήχθησαν στο {path}.</translation>
    </message>
    <message>
        <source>Export cancelled. No files were written.</source>
        <translation>Η εξαγωγή ακυρώθηκε. Δεν γράφτηκαν αρχεία.</translation>
    </message>
    <message>
        <source>Print invoices</source>
        <translation>Εκτύπωση τιμολογίων</translation>
    </message>
    <message>
        <source>Preparing {count} invoices for printing…</source>
        <translation>Προετοιμασία {count} τιμολογίων για εκτύπωση…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{value}” is not a valid amount.</source>
        <translation>Το «{value}» δεν είναι έγκυρο ποσό.</translation>
    </message>
    <message>
        <source>An amount must be exact; {value} is not accepted.</source>
        <translation>Το ποσό πρέπει να είναι ακριβές· το {value} δεν γίνεται δεκτό.</translation>
    </message>
    <message>
        <source>{value} has too many decimals: {currency} allows {digits}.</source>
        <translation>Το {value} έχει πάρα πολλά δεκαδικά: το {currency} επιτρέπει {digits}.</translation>
    </message>
    <message>
        <source>Unknown currency “{currency}”.</source>
        <translation>Άγνωστο νόμισμα «{currency}».</translation>
    </message>
    <message>
        <source>Amounts in {left} and {right} cannot be combined.</source>
        <translation>Ποσά σε {left} και {right} δεν μπορούν να συνδυαστούν.</translation>
    </message>
    <message>
        <source>There is nothing to split the amount over.</source>
        <translation>Δεν υπάρχει κάτι στο οποίο να μοιραστεί το ποσό.</translation>
    </message>
    <message>
        <source>The amount cannot be split in these proportions.</source>
        <translation>Το ποσό δεν μπορεί να μοιραστεί με αυτές τις αναλογίες.</translation>
    </message>
    <message>
        <source>“{body}” cannot be used in a payment reference (letters and digits only, up to 21).</source>
        <translation>Το «{body}» δεν μπορεί να χρησιμοποιηθεί σε κωδικό πληρωμής (μόνο γράμματα και ψηφία, έως 21).</translation>
    </message>
    <message>
        <source>{sequence} cannot be turned into a client number.</source>
        <translation>Το {sequence} δεν μπορεί να γίνει αριθμός πελάτη.</translation>
    </message>
    <message>
        <source>“{value}” is not a client number (digits only).</source>
        <translation>Το «{value}» δεν είναι αριθμός πελάτη (μόνο ψηφία).</translation>
    </message>
    <message>
        <source>Client number “{value}” has a wrong check digit; please check it for typos.</source>
        <translation>Ο αριθμός πελάτη «{value}» έχει λάθος ψηφίο ελέγχου· ελέγξτε τον για τυπογραφικά λάθη.</translation>
    </message>
    <message>
        <source>Every invoice line needs a description.</source>
        <translation>Κάθε γραμμή τιμολογίου χρειάζεται περιγραφή.</translation>
    </message>
    <message>
        <source>The quantity {quantity} is not valid.</source>
        <translation>Η ποσότητα {quantity} δεν είναι έγκυρη.</translation>
    </message>
    <message>
        <source>The price {unit_price} cannot be negative.</source>
        <translation>Η τιμή {unit_price} δεν μπορεί να είναι αρνητική.</translation>
    </message>
    <message>
        <source>The discount {discount} must be between zero and the line amount {gross}.</source>
        <translation>Η έκπτωση {discount} πρέπει να είναι από μηδέν έως το ποσό της γραμμής {gross}.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 and 100%.</source>
        <translation>Ο συντελεστής ΦΠΑ πρέπει να είναι από 0 έως 100%.</translation>
    </message>
    <message>
        <source>This invoice cannot be changed that way now.</source>
        <translation>Αυτό το τιμολόγιο δεν μπορεί να αλλάξει έτσι τώρα.</translation>
    </message>
    <message>
        <source>The paid amount does not fit this invoice.</source>
        <translation>Το καταβληθέν ποσό δεν ταιριάζει με αυτό το τιμολόγιο.</translation>
    </message>
    <message>
        <source>This allocation has already been undone.</source>
        <translation>Αυτή η κατανομή έχει ήδη αναιρεθεί.</translation>
    </message>
    <message>
        <source>The amount to allocate is not valid.</source>
        <translation>Το ποσό προς κατανομή δεν είναι έγκυρο.</translation>
    </message>
    <message>
        <source>An undo cannot itself be undone; make a new allocation instead.</source>
        <translation>Μια αναίρεση δεν αναιρείται· κάντε νέα κατανομή.</translation>
    </message>
    <message>
        <source>This allocation no longer exists.</source>
        <translation>Αυτή η κατανομή δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>Please give a reason for cancelling.</source>
        <translation>Δώστε τον λόγο της ακύρωσης.</translation>
    </message>
    <message>
        <source>This client is archived; restore the client first.</source>
        <translation>Αυτός ο πελάτης είναι αρχειοθετημένος· επαναφέρετέ τον πρώτα.</translation>
    </message>
    <message>
        <source>The birth date {birth_date} is not possible.</source>
        <translation>Η ημερομηνία γέννησης {birth_date} δεν είναι δυνατή.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>Το «{email}» δεν είναι έγκυρη διεύθυνση e-mail.</translation>
    </message>
    <message>
        <source>Please enter the client&apos;s name.</source>
        <translation>Εισαγάγετε το όνομα του πελάτη.</translation>
    </message>
    <message>
        <source>This client no longer exists.</source>
        <translation>Αυτός ο πελάτης δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>Demo data needs at least one client.</source>
        <translation>Τα δοκιμαστικά δεδομένα χρειάζονται τουλάχιστον έναν πελάτη.</translation>
    </message>
    <message>
        <source>This invoice is cancelled.</source>
        <translation>Αυτό το τιμολόγιο έχει ακυρωθεί.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Ένα τιμολόγιο χρειάζεται τουλάχιστον μία γραμμή.</translation>
    </message>
    <message>
        <source>Only a draft invoice can be changed; an issued one needs a credit note.</source>
        <translation>Μόνο πρόχειρο τιμολόγιο αλλάζει· για εκδομένο χρειάζεται πιστωτικό.</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>Αυτό το τιμολόγιο δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>Invoice {number} is not open for payment.</source>
        <translation>Το τιμολόγιο {number} δεν είναι ανοιχτό για πληρωμή.</translation>
    </message>
    <message>
        <source>This invoice belongs to another client.</source>
        <translation>Αυτό το τιμολόγιο ανήκει σε άλλον πελάτη.</translation>
    </message>
    <message>
        <source>Paying {paid} would exceed the invoice total {total}.</source>
        <translation>Η πληρωμή {paid} θα ξεπερνούσε το σύνολο του τιμολογίου {total}.</translation>
    </message>
    <message>
        <source>The payment amount {amount} cannot be matched.</source>
        <translation>Το ποσό πληρωμής {amount} δεν μπορεί να αντιστοιχιστεί.</translation>
    </message>
    <message>
        <source>This client owes nothing at the moment.</source>
        <translation>Αυτός ο πελάτης δεν οφείλει τίποτα αυτή τη στιγμή.</translation>
    </message>
    <message>
        <source>This payment has already been reversed.</source>
        <translation>Αυτή η πληρωμή έχει ήδη αντιλογιστεί.</translation>
    </message>
    <message>
        <source>Only {available} of this payment is still free to allocate.</source>
        <translation>Από αυτή την πληρωμή μένουν ελεύθερα προς κατανομή μόνο {available}.</translation>
    </message>
    <message>
        <source>The payment amount {amount} is not valid.</source>
        <translation>Το ποσό πληρωμής {amount} δεν είναι έγκυρο.</translation>
    </message>
    <message>
        <source>“{method}” is not a known payment method.</source>
        <translation>Το «{method}» δεν είναι γνωστός τρόπος πληρωμής.</translation>
    </message>
    <message>
        <source>Choose what to do with the overpayment.</source>
        <translation>Επιλέξτε τι θα γίνει με την υπερπληρωμή.</translation>
    </message>
    <message>
        <source>“{source}” is not a known payment source.</source>
        <translation>Το «{source}» δεν είναι γνωστή πηγή πληρωμής.</translation>
    </message>
    <message>
        <source>A payment from {source} needs its transaction id.</source>
        <translation>Μια πληρωμή από {source} χρειάζεται αναγνωριστικό συναλλαγής.</translation>
    </message>
    <message>
        <source>A reversal cannot itself be reversed.</source>
        <translation>Ένας αντιλογισμός δεν μπορεί να αντιλογιστεί.</translation>
    </message>
    <message>
        <source>This payment no longer exists.</source>
        <translation>Αυτή η πληρωμή δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>This payment has been reversed and cannot be used.</source>
        <translation>Αυτή η πληρωμή έχει αντιλογιστεί και δεν μπορεί να χρησιμοποιηθεί.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Δώστε έναν λόγο.</translation>
    </message>
    <message>
        <source>The reversal amount {amount} does not match the original payment.</source>
        <translation>Το ποσό αντιλογισμού {amount} δεν ταιριάζει με την αρχική πληρωμή.</translation>
    </message>
    <message>
        <source>The reversed payment {external_id} from {source} is not in the books.</source>
        <translation>Η αντιλογισμένη πληρωμή {external_id} από {source} δεν υπάρχει στα βιβλία.</translation>
    </message>
    <message>
        <source>A service needs a code and a name.</source>
        <translation>Μια υπηρεσία χρειάζεται κωδικό και όνομα.</translation>
    </message>
    <message>
        <source>This service no longer exists.</source>
        <translation>Αυτή η υπηρεσία δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>Το αντίγραφο ασφαλείας {path} δεν υπάρχει.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself ({path}).</source>
        <translation>Το αντίγραφο ασφαλείας δεν μπορεί να γραφτεί πάνω στην ίδια τη βάση δεδομένων ({path}).</translation>
    </message>
    <message>
        <source>Backups from here work for a database file only; back up the server {url} with its own tools.</source>
        <translation>Από εδώ γίνονται αντίγραφα μόνο για αρχείο βάσης δεδομένων· για τον διακομιστή {url} χρησιμοποιήστε τα δικά του εργαλεία.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file to restore into.</source>
        <translation>Το {path} υπάρχει ήδη· επιλέξτε νέο αρχείο για την επαναφορά.</translation>
    </message>
    <message>
        <source>The service code {code} is already in use.</source>
        <translation>Ο κωδικός υπηρεσίας {code} χρησιμοποιείται ήδη.</translation>
    </message>
    <message>
        <source>Choose where the documents should go.</source>
        <translation>Επιλέξτε πού θα σταλούν τα έγγραφα.</translation>
    </message>
    <message>
        <source>No client has the number {client_number}.</source>
        <translation>Κανένας πελάτης δεν έχει τον αριθμό {client_number}.</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του αρχείου {file}: {reason}</translation>
    </message>
    <message>
        <source>Reading the file {file} stopped part way. What was booked is kept; import the file again to book the rest.</source>
        <translation>Η ανάγνωση του αρχείου {file} σταμάτησε στη μέση. Ό,τι καταχωρίστηκε διατηρείται· εισαγάγετε ξανά το αρχείο για να καταχωριστούν τα υπόλοιπα.</translation>
    </message>
    <message>
        <source>This invoice has not been issued yet.</source>
        <translation>Αυτό το τιμολόγιο δεν έχει εκδοθεί ακόμη.</translation>
    </message>
    <message>
        <source>There is no invoice {number}.</source>
        <translation>Δεν υπάρχει τιμολόγιο {number}.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>Το {path} υπάρχει ήδη.</translation>
    </message>
    <message>
        <source>This payment is not matched to a client yet.</source>
        <translation>Αυτή η πληρωμή δεν έχει αντιστοιχιστεί ακόμη σε πελάτη.</translation>
    </message>
    <message>
        <source>The statement reverses a payment that is not in the books.</source>
        <translation>Η κίνηση αντιλογίζει πληρωμή που δεν υπάρχει στα βιβλία.</translation>
    </message>
    <message>
        <source>The report period from {date_from} to {date_to} ends before it starts.</source>
        <translation>Η περίοδος της αναφοράς από {date_from} έως {date_to} τελειώνει πριν αρχίσει.</translation>
    </message>
    <message>
        <source>“{time_zone}” is not a known time zone.</source>
        <translation>Η «{time_zone}» δεν είναι γνωστή ζώνη ώρας.</translation>
    </message>
    <message>
        <source>The period from {date_from} to {date_to} is not valid.</source>
        <translation>Η περίοδος από {date_from} έως {date_to} δεν είναι έγκυρη.</translation>
    </message>
    <message>
        <source>The statement folder {folder} does not exist.</source>
        <translation>Ο φάκελος κινήσεων {folder} δεν υπάρχει.</translation>
    </message>
    <message>
        <source>The file {file} uses XML features that are not allowed (line {line}).</source>
        <translation>Το αρχείο {file} χρησιμοποιεί μη επιτρεπόμενες δυνατότητες XML (γραμμή {line}).</translation>
    </message>
    <message>
        <source>The file {file} is not valid XML.</source>
        <translation>Το αρχείο {file} δεν είναι έγκυρο XML.</translation>
    </message>
    <message>
        <source>The file {file} is cut off; download it from the bank again.</source>
        <translation>Το αρχείο {file} είναι κομμένο· κατεβάστε το ξανά από την τράπεζα.</translation>
    </message>
    <message>
        <source>The file {file} has an unreadable amount (line {line}).</source>
        <translation>Το αρχείο {file} έχει μη αναγνώσιμο ποσό (γραμμή {line}).</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>Το αρχείο {file} είναι κενό.</translation>
    </message>
    <message>
        <source>The file {file} is too large to import.</source>
        <translation>Το αρχείο {file} είναι πολύ μεγάλο για εισαγωγή.</translation>
    </message>
    <message>
        <source>The statement {file} is in {found}, but the clinic works in {expected}.</source>
        <translation>Η κίνηση {file} είναι σε {found}, ενώ η κλινική δουλεύει σε {expected}.</translation>
    </message>
    <message>
        <source>“{format}” is not a known registry format.</source>
        <translation>Το «{format}» δεν είναι γνωστή μορφή μητρώου.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a known text encoding.</source>
        <translation>Το «{encoding}» δεν είναι γνωστή κωδικοποίηση κειμένου.</translation>
    </message>
    <message>
        <source>There are no open charges to export.</source>
        <translation>Δεν υπάρχουν ανοιχτές χρεώσεις για εξαγωγή.</translation>
    </message>
    <message>
        <source>The charges are in several currencies ({currencies}); export one currency at a time.</source>
        <translation>Οι χρεώσεις είναι σε πολλά νομίσματα ({currencies})· εξαγάγετε ένα νόμισμα κάθε φορά.</translation>
    </message>
    <message>
        <source>The charge for account {account} is negative and cannot be sent to the bank.</source>
        <translation>Η χρέωση για τον λογαριασμό {account} είναι αρνητική και δεν μπορεί να σταλεί στην τράπεζα.</translation>
    </message>
    <message>
        <source>The {field} of account {account} contains a character the bank cannot accept.</source>
        <translation>Το πεδίο {field} του λογαριασμού {account} περιέχει χαρακτήρα που η τράπεζα δεν δέχεται.</translation>
    </message>
    <message>
        <source>Account {account} has text that cannot be written in {encoding}.</source>
        <translation>Ο λογαριασμός {account} έχει κείμενο που δεν γράφεται σε {encoding}.</translation>
    </message>
    <message>
        <source>“{delimiter}” cannot be used as the column separator.</source>
        <translation>Το «{delimiter}» δεν μπορεί να χρησιμοποιηθεί ως διαχωριστικό στηλών.</translation>
    </message>
    <message>
        <source>The link amount {amount} is not valid.</source>
        <translation>Το ποσό του συνδέσμου {amount} δεν είναι έγκυρο.</translation>
    </message>
    <message>
        <source>The patient for this link no longer exists.</source>
        <translation>Ο ασθενής αυτού του συνδέσμου δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>The expiry date {expires} is already in the past.</source>
        <translation>Η ημερομηνία λήξης {expires} έχει ήδη περάσει.</translation>
    </message>
    <message>
        <source>The invoice for this link no longer exists.</source>
        <translation>Το τιμολόγιο αυτού του συνδέσμου δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>A payment link can only be made for an open invoice.</source>
        <translation>Σύνδεσμος πληρωμής γίνεται μόνο για ανοιχτό τιμολόγιο.</translation>
    </message>
    <message>
        <source>The patient has no address to send this link to.</source>
        <translation>Ο ασθενής δεν έχει διεύθυνση για την αποστολή αυτού του συνδέσμου.</translation>
    </message>
    <message>
        <source>This payment link no longer exists.</source>
        <translation>Αυτός ο σύνδεσμος πληρωμής δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>This link has not reached the exchange yet; sync first.</source>
        <translation>Αυτός ο σύνδεσμος δεν έχει φτάσει ακόμη στην ανταλλαγή· συγχρονίστε πρώτα.</translation>
    </message>
    <message>
        <source>Nothing is due on this invoice.</source>
        <translation>Δεν οφείλεται τίποτα σε αυτό το τιμολόγιο.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid sender e-mail address.</source>
        <translation>Το «{address}» δεν είναι έγκυρη διεύθυνση e-mail αποστολέα.</translation>
    </message>
    <message>
        <source>“{channel}” is not a known way to send messages.</source>
        <translation>Το «{channel}» δεν είναι γνωστός τρόπος αποστολής μηνυμάτων.</translation>
    </message>
    <message>
        <source>“{security}” is not a known mail connection security.</source>
        <translation>Το «{security}» δεν είναι γνωστή ασφάλεια σύνδεσης αλληλογραφίας.</translation>
    </message>
    <message>
        <source>The patient has no {channel} address.</source>
        <translation>Ο ασθενής δεν έχει διεύθυνση {channel}.</translation>
    </message>
    <message>
        <source>This message cannot be sent again.</source>
        <translation>Αυτό το μήνυμα δεν μπορεί να σταλεί ξανά.</translation>
    </message>
    <message>
        <source>“{channel}” is not a known way to send reminders.</source>
        <translation>Το «{channel}» δεν είναι γνωστός τρόπος αποστολής υπενθυμίσεων.</translation>
    </message>
    <message>
        <source>Reminders must be at least {days} day(s) apart; choose a valid interval.</source>
        <translation>Οι υπενθυμίσεις πρέπει να απέχουν τουλάχιστον {days} ημέρα(ες)· επιλέξτε έγκυρο διάστημα.</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number an SMS can go to.</source>
        <translation>Το «{phone}» δεν είναι αριθμός τηλεφώνου για SMS.</translation>
    </message>
    <message>
        <source>Invoice {number} is already credited by {credited}; credit what is left by lines or an amount.</source>
        <translation>Το τιμολόγιο {number} έχει ήδη πιστωθεί κατά {credited}· πιστώστε ό,τι απομένει ανά γραμμή ή με ποσό.</translation>
    </message>
    <message>
        <source>Choose the lines to credit, or an amount.</source>
        <translation>Επιλέξτε τις γραμμές προς πίστωση ή ένα ποσό.</translation>
    </message>
    <message>
        <source>There is nothing to credit on invoice {number}.</source>
        <translation>Δεν υπάρχει τίποτα προς πίστωση στο τιμολόγιο {number}.</translation>
    </message>
    <message>
        <source>A credit of {amount} is more than the {left} left on invoice {number}; nothing was credited.</source>
        <translation>Πίστωση {amount} είναι περισσότερο από τα {left} που απομένουν στο τιμολόγιο {number}· δεν πιστώθηκε τίποτα.</translation>
    </message>
    <message>
        <source>Invoice {number} has no line {line}.</source>
        <translation>Το τιμολόγιο {number} δεν έχει γραμμή {line}.</translation>
    </message>
    <message>
        <source>Line {line} ({description}) of invoice {number} has only {left} left to credit, not {quantity}; nothing was credited.</source>
        <translation>Στη γραμμή {line} ({description}) του τιμολογίου {number} απομένουν μόνο {left} προς πίστωση, όχι {quantity}· δεν πιστώθηκε τίποτα.</translation>
    </message>
    <message>
        <source>{amount} cannot be credited to the cent at the VAT rate {rate}; please adjust it by a cent.</source>
        <translation>Το {amount} δεν μπορεί να πιστωθεί με ακρίβεια λεπτού με συντελεστή ΦΠΑ {rate}· αλλάξτε το κατά ένα λεπτό.</translation>
    </message>
    <message>
        <source>{amount} of this payment was already refunded to the patient; it cannot be reversed.</source>
        <translation>{amount} από αυτή την πληρωμή έχει ήδη επιστραφεί στον ασθενή· δεν μπορεί να αντιλογιστεί.</translation>
    </message>
    <message>
        <source>This refund no longer exists.</source>
        <translation>Αυτή η επιστροφή δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>A refund is paid in cash or by bank transfer.</source>
        <translation>Η επιστροφή καταβάλλεται σε μετρητά ή με τραπεζική μεταφορά.</translation>
    </message>
    <message>
        <source>The refund amount {amount} must be more than zero.</source>
        <translation>Το ποσό επιστροφής {amount} πρέπει να είναι μεγαλύτερο από μηδέν.</translation>
    </message>
    <message>
        <source>A refund of {amount} is more than the patient&apos;s credit of {credit}; nothing was refunded.</source>
        <translation>Επιστροφή {amount} είναι περισσότερο από την πίστωση του ασθενούς {credit}· δεν επιστράφηκε τίποτα.</translation>
    </message>
    <message>
        <source>A refund by bank transfer needs the payee&apos;s IBAN.</source>
        <translation>Η επιστροφή με τραπεζική μεταφορά χρειάζεται το IBAN του δικαιούχου.</translation>
    </message>
    <message>
        <source>“{bic}” is not a valid BIC.</source>
        <translation>Το «{bic}» δεν είναι έγκυρος κωδικός BIC.</translation>
    </message>
    <message>
        <source>A refund by bank transfer needs the payee&apos;s name.</source>
        <translation>Η επιστροφή με τραπεζική μεταφορά χρειάζεται το όνομα του δικαιούχου.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s IBAN in the settings before exporting bank transfers.</source>
        <translation>Καταχωρίστε το IBAN της κλινικής στις ρυθμίσεις πριν από την εξαγωγή τραπεζικών μεταφορών.</translation>
    </message>
    <message>
        <source>There are no bank-transfer refunds on {day}.</source>
        <translation>Δεν υπάρχουν επιστροφές με τραπεζική μεταφορά στις {day}.</translation>
    </message>
    <message>
        <source>A SEPA transfer file needs at least one transfer.</source>
        <translation>Ένα αρχείο μεταφορών SEPA χρειάζεται τουλάχιστον μία μεταφορά.</translation>
    </message>
    <message>
        <source>SEPA transfers are in euro only, not {currency}.</source>
        <translation>Οι μεταφορές SEPA γίνονται μόνο σε ευρώ, όχι σε {currency}.</translation>
    </message>
    <message>
        <source>A SEPA transfer of {amount} is not possible.</source>
        <translation>Μεταφορά SEPA ποσού {amount} δεν είναι δυνατή.</translation>
    </message>
    <message>
        <source>“{iban}” is not a valid IBAN; please check it for typos.</source>
        <translation>Το «{iban}» δεν είναι έγκυρο IBAN· ελέγξτε το για τυπογραφικά λάθη.</translation>
    </message>
    <message>
        <source>“{bic}” is not a valid BIC (8 or 11 letters and digits).</source>
        <translation>Το «{bic}» δεν είναι έγκυρος κωδικός BIC (8 ή 11 γράμματα και ψηφία).</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Οι όροι πληρωμής πρέπει να είναι από 0 έως 365 ημέρες.</translation>
    </message>
    <message>
        <source>The invoice series must be 1 to 10 Latin letters or digits.</source>
        <translation>Η σειρά τιμολογίων πρέπει να έχει 1 έως 10 λατινικά γράμματα ή ψηφία.</translation>
    </message>
    <message>
        <source>“{path}” is not an image file.</source>
        <translation>Το «{path}» δεν είναι αρχείο εικόνας.</translation>
    </message>
    <message>
        <source>“{calendar}” is not a calendar USU Desktop knows.</source>
        <translation>Το «{calendar}» δεν είναι ημερολόγιο που γνωρίζει το USU Desktop.</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program. Close it and try again.</source>
        <translation>Η βάση δεδομένων {path} είναι κλειδωμένη από άλλο πρόγραμμα. Κλείστε το και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Check the file&apos;s permissions.</source>
        <translation>Η βάση δεδομένων {path} είναι μόνο για ανάγνωση. Ελέγξτε τα δικαιώματα του αρχείου.</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer version of USU Desktop. Please update the program.</source>
        <translation>Η βάση δεδομένων {path} δημιουργήθηκε από νεότερη έκδοση του USU Desktop. Ενημερώστε το πρόγραμμα.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>Η βάση δεδομένων {path} είναι κατεστραμμένη και δεν ανοίγει. Επαναφέρετέ τη από αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>The database server {path} cannot be reached. Check the network and try again.</source>
        <translation>Ο διακομιστής βάσης δεδομένων {path} δεν είναι προσβάσιμος. Ελέγξτε το δίκτυο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The database {path} needs the driver “{driver}”, which is not installed.</source>
        <translation>Η βάση δεδομένων {path} χρειάζεται το πρόγραμμα οδήγησης «{driver}», που δεν είναι εγκατεστημένο.</translation>
    </message>
    <message>
        <source>The file {path} is not a USU Desktop database.</source>
        <translation>Το αρχείο {path} δεν είναι βάση δεδομένων του USU Desktop.</translation>
    </message>
    <message>
        <source>A backup named {path} already exists.</source>
        <translation>Υπάρχει ήδη αντίγραφο ασφαλείας με όνομα {path}.</translation>
    </message>
    <message>
        <source>The file {path} is not a USU Desktop backup.</source>
        <translation>Το αρχείο {path} δεν είναι αντίγραφο ασφαλείας του USU Desktop.</translation>
    </message>
    <message>
        <source>The backup {path} could not be written.</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του αντιγράφου ασφαλείας {path}.</translation>
    </message>
    <message>
        <source>The token cannot be kept: the system keyring refused it, or the file that holds it cannot be read or written.</source>
        <translation>Το διακριτικό δεν μπορεί να φυλαχτεί: η κλειδοθήκη του συστήματος το αρνήθηκε ή το αρχείο που το κρατά δεν διαβάζεται ή δεν γράφεται.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a user name (up to 80 characters, not starting with “admin:”).</source>
        <translation>Το «{name}» δεν μπορεί να είναι όνομα χρήστη (έως 80 χαρακτήρες, όχι με αρχή «admin:»).</translation>
    </message>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>Ο κωδικός χρειάζεται τουλάχιστον {min} χαρακτήρες.</translation>
    </message>
    <message>
        <source>The first user of the clinic must be an administrator.</source>
        <translation>Ο πρώτος χρήστης της κλινικής πρέπει να είναι διαχειριστής.</translation>
    </message>
    <message>
        <source>There is already a user called “{name}”.</source>
        <translation>Υπάρχει ήδη χρήστης με όνομα «{name}».</translation>
    </message>
    <message>
        <source>There is no user called “{name}”.</source>
        <translation>Δεν υπάρχει χρήστης με όνομα «{name}».</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Ο τρέχων κωδικός δεν είναι σωστός.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Οι δύο κωδικοί δεν είναι ίδιοι.</translation>
    </message>
    <message>
        <source>Signing in automatically is off now that this clinic has more than one user.</source>
        <translation>Η αυτόματη σύνδεση απενεργοποιήθηκε, αφού η κλινική έχει πλέον περισσότερους από έναν χρήστες.</translation>
    </message>
    <message>
        <source>{name} is the only administrator left and cannot be disabled; make another one first.</source>
        <translation>Ο/Η {name} είναι ο μόνος διαχειριστής και δεν μπορεί να απενεργοποιηθεί· ορίστε πρώτα άλλον.</translation>
    </message>
    <message>
        <source>The user name or the password is not right. Please try again.</source>
        <translation>Το όνομα χρήστη ή ο κωδικός δεν είναι σωστά. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The user {name} has been disabled; please ask an administrator.</source>
        <translation>Ο χρήστης {name} έχει απενεργοποιηθεί· ρωτήστε έναν διαχειριστή.</translation>
    </message>
    <message>
        <source>“{role}” is not a role; use receptionist, manager or administrator.</source>
        <translation>Το «{role}» δεν είναι ρόλος· χρησιμοποιήστε receptionist, manager ή administrator.</translation>
    </message>
    <message>
        <source>Your role may not change patients.</source>
        <translation>Ο ρόλος σας δεν επιτρέπει αλλαγές σε ασθενείς.</translation>
    </message>
    <message>
        <source>Your role may not make invoices.</source>
        <translation>Ο ρόλος σας δεν επιτρέπει την έκδοση τιμολογίων.</translation>
    </message>
    <message>
        <source>Your role may not take payments at the desk.</source>
        <translation>Ο ρόλος σας δεν επιτρέπει είσπραξη πληρωμών στο γκισέ.</translation>
    </message>
    <message>
        <source>Your role may not print receipts.</source>
        <translation>Ο ρόλος σας δεν επιτρέπει εκτύπωση αποδείξεων.</translation>
    </message>
    <message>
        <source>Your role may not make payment links.</source>
        <translation>Ο ρόλος σας δεν επιτρέπει τη δημιουργία συνδέσμων πληρωμής.</translation>
    </message>
    <message>
        <source>Your role may not send reminders.</source>
        <translation>Ο ρόλος σας δεν επιτρέπει αποστολή υπενθυμίσεων.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may cancel an invoice or issue a credit note.</source>
        <translation>Μόνο διευθυντής ή διαχειριστής μπορεί να ακυρώσει τιμολόγιο ή να εκδώσει πιστωτικό.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may reverse a payment or refund it.</source>
        <translation>Μόνο διευθυντής ή διαχειριστής μπορεί να αντιλογίσει ή να επιστρέψει πληρωμή.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may undo a match or match a payment by hand.</source>
        <translation>Μόνο διευθυντής ή διαχειριστής μπορεί να αναιρέσει αντιστοίχιση ή να αντιστοιχίσει πληρωμή χειροκίνητα.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may see the reports.</source>
        <translation>Μόνο διευθυντής ή διαχειριστής μπορεί να δει τις αναφορές.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may close the day.</source>
        <translation>Μόνο διευθυντής ή διαχειριστής μπορεί να κλείσει την ημέρα.</translation>
    </message>
    <message>
        <source>Only an administrator may change the clinic settings.</source>
        <translation>Μόνο διαχειριστής μπορεί να αλλάξει τις ρυθμίσεις της κλινικής.</translation>
    </message>
    <message>
        <source>Only an administrator may change the bank or exchange connection.</source>
        <translation>Μόνο διαχειριστής μπορεί να αλλάξει τη σύνδεση με την τράπεζα ή τον κόμβο.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>Μόνο διαχειριστής μπορεί να διαχειριστεί χρήστες.</translation>
    </message>
    <message>
        <source>Only an administrator may back up or restore the books.</source>
        <translation>Μόνο διαχειριστής μπορεί να κρατήσει ή να επαναφέρει αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>The operation was refused ({code}).</source>
        <translation>Η ενέργεια απορρίφθηκε ({code}).</translation>
    </message>
    <message>
        <source>An unexpected error occurred: {detail}</source>
        <translation>Παρουσιάστηκε απρόσμενο σφάλμα: {detail}</translation>
    </message>
    <message>
        <source>The file {path} could not be used: {detail}</source>
        <translation>Δεν ήταν δυνατή η χρήση του αρχείου {path}: {detail}</translation>
    </message>
    <message>
        <source>The exchange address is not set. Enter it on the Connection tab.</source>
        <translation>Η διεύθυνση της ανταλλαγής δεν έχει οριστεί. Εισαγάγετέ τη στην καρτέλα «Σύνδεση».</translation>
    </message>
    <message>
        <source>The file {file} is not a bank statement in a known format (camt.052, camt.053, camt.054, MT940, MT942).</source>
        <translation>Το αρχείο {file} δεν είναι αντίγραφο κίνησης λογαριασμού σε γνωστή μορφή (camt.052, camt.053, camt.054, MT940, MT942).</translation>
    </message>
    <message>
        <source>The file {file} lacks the required field {field} (line {line}).</source>
        <translation>Στο αρχείο {file} λείπει το υποχρεωτικό πεδίο {field} (γραμμή {line}).</translation>
    </message>
    <message>
        <source>The file {file} holds several accounts and none of them is the clinic&apos;s. Enter the clinic&apos;s IBAN in Settings, or import a file of the clinic&apos;s account.</source>
        <translation>Το αρχείο {file} περιέχει πολλούς λογαριασμούς και κανείς δεν είναι της κλινικής. Καταχωρίστε το IBAN της κλινικής στις Ρυθμίσεις ή εισαγάγετε αρχείο του λογαριασμού της κλινικής.</translation>
    </message>
    <message>
        <source>No access token is saved for this desk. Enter the token on the Connection tab.</source>
        <translation>Δεν έχει αποθηκευτεί διακριτικό πρόσβασης για αυτό το ταμείο. Εισαγάγετέ το στην καρτέλα «Σύνδεση».</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 1440 minutes.</source>
        <translation>Το διάστημα πρέπει να είναι από 1 έως 1440 λεπτά.</translation>
    </message>
    <message>
        <source>The exchange {url} cannot be reached. Check the address and the internet connection.</source>
        <translation>Η ανταλλαγή {url} δεν είναι προσβάσιμη. Ελέγξτε τη διεύθυνση και τη σύνδεση στο διαδίκτυο.</translation>
    </message>
    <message>
        <source>The exchange {url} did not answer in time.</source>
        <translation>Η ανταλλαγή {url} δεν απάντησε εγκαίρως.</translation>
    </message>
    <message>
        <source>The exchange refused the access token. Enter the token again.</source>
        <translation>Η ανταλλαγή απέρριψε το διακριτικό πρόσβασης. Εισαγάγετέ το ξανά.</translation>
    </message>
    <message>
        <source>The exchange had an internal error (HTTP {status}). It will be tried again later.</source>
        <translation>Η ανταλλαγή είχε εσωτερικό σφάλμα (HTTP {status}). Θα γίνει νέα προσπάθεια αργότερα.</translation>
    </message>
    <message>
        <source>The exchange answered something unexpected. Check the address.</source>
        <translation>Η ανταλλαγή απάντησε κάτι απρόσμενο. Ελέγξτε τη διεύθυνση.</translation>
    </message>
    <message>
        <source>The exchange refused the request ({server_code}).</source>
        <translation>Η ανταλλαγή απέρριψε το αίτημα ({server_code}).</translation>
    </message>
    <message>
        <source>Use an https:// address; plain http is only allowed to this computer.</source>
        <translation>Χρησιμοποιήστε διεύθυνση https://· το απλό http επιτρέπεται μόνο προς αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>Το «{url}» δεν είναι διεύθυνση ιστού.</translation>
    </message>
    <message>
        <source>E-mail sending is not set up. Enter the mail server on the Sending tab of Payment links.</source>
        <translation>Η αποστολή e-mail δεν έχει ρυθμιστεί. Συμπληρώστε τον διακομιστή αλληλογραφίας στην καρτέλα «Αποστολή» των Συνδέσμων πληρωμής.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer an encrypted connection, so nothing was sent.</source>
        <translation>Ο διακομιστής αλληλογραφίας {host} δεν προσφέρει κρυπτογραφημένη σύνδεση, οπότε δεν στάλθηκε τίποτα.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the user name or password.</source>
        <translation>Ο διακομιστής αλληλογραφίας {host} απέρριψε το όνομα χρήστη ή τον κωδικό.</translation>
    </message>
    <message>
        <source>The mail server {host} cannot be reached. Check the address, the port and the internet connection.</source>
        <translation>Ο διακομιστής αλληλογραφίας {host} δεν είναι προσβάσιμος. Ελέγξτε τη διεύθυνση, τη θύρα και τη σύνδεση στο διαδίκτυο.</translation>
    </message>
    <message>
        <source>The mail server refused the message (code {status}).</source>
        <translation>Ο διακομιστής αλληλογραφίας απέρριψε το μήνυμα (κωδικός {status}).</translation>
    </message>
    <message>
        <source>SMS sending is not set up. Enter the SMS gateway on the Sending tab of Payment links.</source>
        <translation>Η αποστολή SMS δεν έχει ρυθμιστεί. Συμπληρώστε την πύλη SMS στην καρτέλα «Αποστολή» των Συνδέσμων πληρωμής.</translation>
    </message>
    <message>
        <source>Use an https:// address for the SMS gateway {host}.</source>
        <translation>Χρησιμοποιήστε διεύθυνση https:// για την πύλη SMS {host}.</translation>
    </message>
    <message>
        <source>The SMS gateway cannot be reached. Check the address and the internet connection.</source>
        <translation>Η πύλη SMS δεν είναι προσβάσιμη. Ελέγξτε τη διεύθυνση και τη σύνδεση στο διαδίκτυο.</translation>
    </message>
    <message>
        <source>The SMS gateway refused the message (HTTP {status}).</source>
        <translation>Η πύλη SMS απέρριψε το μήνυμα (HTTP {status}).</translation>
    </message>
    <message>
        <source>The bank QR code is for euro payments only; this amount is in {currency}.</source>
        <translation>Ο τραπεζικός κωδικός QR είναι μόνο για πληρωμές σε ευρώ· αυτό το ποσό είναι σε {currency}.</translation>
    </message>
    <message>
        <source>The amount {amount} cannot go into a bank QR code (0.01 to 999,999,999.99 EUR).</source>
        <translation>Το ποσό {amount} δεν χωρά σε τραπεζικό κωδικό QR (0,01 έως 999.999.999,99 EUR).</translation>
    </message>
    <message>
        <source>The clinic name “{name}” cannot go into a bank QR code; correct it in Settings.</source>
        <translation>Το όνομα της κλινικής «{name}» δεν χωρά σε τραπεζικό κωδικό QR· διορθώστε το στις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>The payment details are too long for a bank QR code.</source>
        <translation>Τα στοιχεία πληρωμής είναι πολύ μεγάλα για τραπεζικό κωδικό QR.</translation>
    </message>
    <message>
        <source>“{rf}” is not a valid RF payment code.</source>
        <translation>Το «{rf}» δεν είναι έγκυρος κωδικός πληρωμής RF.</translation>
    </message>
    <message>
        <source>A font the documents need is missing: {path}. Please reinstall USU Desktop.</source>
        <translation>Λείπει μια γραμματοσειρά που χρειάζονται τα έγγραφα: {path}. Εγκαταστήστε ξανά το USU Desktop.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}. Please choose another folder.</source>
        <translation>Δεν είναι δυνατή η εγγραφή του αρχείου {path}: {reason}. Επιλέξτε άλλο φάκελο.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Welcome: the administrator</source>
        <translation>Καλώς ήρθατε: ο διαχειριστής</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Δημιουργία</translation>
    </message>
    <message>
        <source>Choose the name and password of the clinic&apos;s administrator. The administrator adds the other users and may change every setting.</source>
        <translation>Επιλέξτε όνομα και κωδικό για τον διαχειριστή της κλινικής. Ο διαχειριστής προσθέτει τους άλλους χρήστες και μπορεί να αλλάξει κάθε ρύθμιση.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Όνομα χρήστη:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Κωδικός:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Κωδικός ξανά:</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Creating patients…</source>
        <translation>Δημιουργία ασθενών…</translation>
    </message>
    <message>
        <source>Creating invoices and payments…</source>
        <translation>Δημιουργία τιμολογίων και πληρωμών…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Αποθήκευση…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Ολοκληρώθηκε.</translation>
    </message>
    <message>
        <source>Welcome to USU Desktop</source>
        <translation>Καλώς ήρθατε στο USU Desktop</translation>
    </message>
    <message>
        <source>A new, empty database has been created.

Would you like to fill it with demo clients, invoices and payments to try the program? You can start a clean database later.</source>
        <translation>Δημιουργήθηκε νέα, κενή βάση δεδομένων.

Θέλετε να τη γεμίσετε με δοκιμαστικούς πελάτες, τιμολόγια και πληρωμές για να δοκιμάσετε το πρόγραμμα; Μπορείτε να ξεκινήσετε καθαρή βάση αργότερα.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Δοκιμαστικά δεδομένα</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Δημιουργία δοκιμαστικών δεδομένων…</translation>
    </message>
    <message>
        <source>Demo data could not be created</source>
        <translation>Δεν ήταν δυνατή η δημιουργία δοκιμαστικών δεδομένων</translation>
    </message>
    <message>
        <source>Creating demo data was cancelled.</source>
        <translation>Η δημιουργία δοκιμαστικών δεδομένων ακυρώθηκε.</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Service from the price list</source>
        <translation>Υπηρεσία από τον τιμοκατάλογο</translation>
    </message>
    <message>
        <source>&amp;Add service</source>
        <translation>&amp;Προσθήκη υπηρεσίας</translation>
    </message>
    <message>
        <source>Add &amp;free line</source>
        <translation>Προσθήκη &amp;ελεύθερης γραμμής</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Αφαίρεση γραμμής</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ποσότητα</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Τιμή μονάδας</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Έκπτωση</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>ΦΠΑ %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Αποθήκευση πρόχειρου</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>Έ&amp;κδοση…</translation>
    </message>
    <message>
        <source>Cancel &amp;invoice…</source>
        <translation>Ακύρωση &amp;τιμολογίου…</translation>
    </message>
    <message>
        <source>Cre&amp;dit note…</source>
        <translation>Πι&amp;στωτικό…</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>Είσπραξη &amp;πληρωμής…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Προεπισκόπηση</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Εκτύπωση…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Αποθήκευση ως PDF…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Προεπι&amp;σκόπηση</translation>
    </message>
    <message>
        <source>Patient: {name} ({number})</source>
        <translation>Ασθενής: {name} ({number})</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Νέο τιμολόγιο</translation>
    </message>
    <message>
        <source>Draft (not saved)</source>
        <translation>Πρόχειρο (δεν αποθηκεύτηκε)</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Πρόχειρο τιμολόγιο</translation>
    </message>
    <message>
        <source>No service on the price list matches “{text}”.</source>
        <translation>Καμία υπηρεσία του τιμοκαταλόγου δεν ταιριάζει με «{text}».</translation>
    </message>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>Γραμμή {n}: {problem}</translation>
    </message>
    <message>
        <source>Lines {lines} · Discount {discount} · Without VAT {untaxed} · VAT {tax} · Total {total}</source>
        <translation>Γραμμές {lines} · Έκπτωση {discount} · Χωρίς ΦΠΑ {untaxed} · ΦΠΑ {tax} · Σύνολο {total}</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>Αποθήκευση τιμολογίου</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Έκδοση τιμολογίου</translation>
    </message>
    <message>
        <source>Issue this invoice for {total}? It gets its number and cannot be changed afterwards; a mistake is then corrected by a credit note.</source>
        <translation>Έκδοση αυτού του τιμολογίου για {total}; Παίρνει αριθμό και δεν αλλάζει πια· ένα λάθος διορθώνεται με πιστωτικό.</translation>
    </message>
    <message>
        <source>{credit} of the patient&apos;s credit was used on {number}.</source>
        <translation>Χρησιμοποιήθηκαν {credit} από την πίστωση του ασθενούς στο {number}.</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Ακύρωση τιμολογίου</translation>
    </message>
    <message>
        <source>Why is {number} cancelled?</source>
        <translation>Γιατί ακυρώνεται το {number};</translation>
    </message>
    <message>
        <source>Credit note {number} was made. What was paid on the invoice is now the patient&apos;s credit.</source>
        <translation>Δημιουργήθηκε το πιστωτικό {number}. Ό,τι πληρώθηκε στο τιμολόγιο είναι τώρα πίστωση του ασθενούς.</translation>
    </message>
</context>
<context>
    <name>InvoiceList</name>
    <message>
        <source>Due</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Due amount</source>
        <translation>Υπόλοιπο</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Πληρώθηκε</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Ασθενής</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Search: invoice number, patient name or number</source>
        <translation>Αναζήτηση: αριθμός τιμολογίου, όνομα ή αριθμός ασθενούς</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Όλα τα τιμολόγια</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Έκδοση από</translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation>Νέο &amp;τιμολόγιο</translation>
    </message>
    <message>
        <source>to</source>
        <translation>έως</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Προεπισκόπηση</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Εκτύπωση…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Αποθήκευση ως PDF…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Εξαγωγή επιλεγμένων…</translation>
    </message>
    <message>
        <source>Export all shown…</source>
        <translation>Εξαγωγή όλων των εμφανιζόμενων…</translation>
    </message>
    <message>
        <source>Preview current state (with paid stamp)</source>
        <translation>Προεπισκόπηση τρέχουσας κατάστασης (με σφραγίδα εξόφλησης)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Νέο τιμολόγιο</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Είσπραξη πληρωμής</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Ανανέωση</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Καταμέτρηση…</translation>
    </message>
    <message>
        <source>{count} invoices · Total {total} · Paid {paid} · Due {due}</source>
        <translation>Τιμολόγια: {count} · Σύνολο {total} · Πληρωμένα {paid} · Οφειλόμενα {due}</translation>
    </message>
    <message>
        <source>Print all shown…</source>
        <translation>Εκτύπωση όλων των εμφανιζόμενων…</translation>
    </message>
    <message>
        <source>Print invoices</source>
        <translation>Εκτύπωση τιμολογίων</translation>
    </message>
    <message>
        <source>There are no issued invoices to print.</source>
        <translation>Δεν υπάρχουν εκδοθέντα τιμολόγια για εκτύπωση.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Payment link paid: {title} ({amount})</source>
        <translation>Πληρώθηκε ο σύνδεσμος: {title} ({amount})</translation>
    </message>
    <message>
        <source>Payment link partly paid: {title} ({amount} so far)</source>
        <translation>Μερική πληρωμή συνδέσμου: {title} ({amount} μέχρι τώρα)</translation>
    </message>
    <message>
        <source>Payment link expired: {title}</source>
        <translation>Ο σύνδεσμος πληρωμής έληξε: {title}</translation>
    </message>
    <message>
        <source>Payment link changed: {title}</source>
        <translation>Ο σύνδεσμος πληρωμής άλλαξε: {title}</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>Σύνδεσμοι πληρωμής</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργός</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Μερικώς πληρωμένος</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Πληρώθηκε</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Έληξε</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Στάλθηκε</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Απέτυχε</translation>
    </message>
    <message>
        <source>Skipped: paid meanwhile</source>
        <translation>Παραλείφθηκε: πληρώθηκε στο μεταξύ</translation>
    </message>
    <message>
        <source>Skipped: client credit covers the debt</source>
        <translation>Παραλείφθηκε: η πίστωση του ασθενούς καλύπτει την οφειλή</translation>
    </message>
    <message>
        <source>Skipped: reminded recently</source>
        <translation>Παραλείφθηκε: υπενθυμίστηκε πρόσφατα</translation>
    </message>
    <message>
        <source>Skipped: no e-mail or phone</source>
        <translation>Παραλείφθηκε: χωρίς email ή τηλέφωνο</translation>
    </message>
    <message>
        <source>Would be sent</source>
        <translation>Θα σταλεί</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
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
        <translation>Σύνδεσμοι πληρωμής</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Σύνδεσμοι</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Μηνύματα</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργήθηκε</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Ασθενής</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Για</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Πληρώθηκε</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ισχύει έως</translation>
    </message>
    <message>
        <source>No payment links yet. Make one with “New link…”.</source>
        <translation>Δεν υπάρχουν ακόμη σύνδεσμοι πληρωμής. Δημιουργήστε έναν με το «Νέος σύνδεσμος…».</translation>
    </message>
    <message>
        <source>New link…</source>
        <translation>Νέος σύνδεσμος…</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Αποστολή με email</translation>
    </message>
    <message>
        <source>Send by SMS</source>
        <translation>Αποστολή με SMS</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Αντιγραφή διεύθυνσης</translation>
    </message>
    <message>
        <source>Cancel link</source>
        <translation>Ακύρωση συνδέσμου</translation>
    </message>
    <message>
        <source>Update statuses</source>
        <translation>Ενημέρωση καταστάσεων</translation>
    </message>
    <message>
        <source>payer chooses</source>
        <translation>επιλέγει ο πληρωτής</translation>
    </message>
    <message>
        <source>New payment link</source>
        <translation>Νέος σύνδεσμος πληρωμής</translation>
    </message>
    <message>
        <source>Payment link made: {url}</source>
        <translation>Δημιουργήθηκε σύνδεσμος πληρωμής: {url}</translation>
    </message>
    <message>
        <source>Send payment link</source>
        <translation>Αποστολή συνδέσμου πληρωμής</translation>
    </message>
    <message>
        <source>Sent by {channel}</source>
        <translation>Στάλθηκε με {channel}</translation>
    </message>
    <message>
        <source>Not sent: {reason}
The message is in the log and can be sent again.</source>
        <translation>Δεν στάλθηκε: {reason}
Το μήνυμα είναι στο αρχείο και μπορεί να σταλεί ξανά.</translation>
    </message>
    <message>
        <source>Cancel this payment link? It will refuse payment from now on.</source>
        <translation>Ακύρωση αυτού του συνδέσμου; Από τώρα δεν θα δέχεται πληρωμές.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ώρα</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Κανάλι</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Προσπάθειες</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>No messages sent yet.</source>
        <translation>Δεν έχουν σταλεί ακόμη μηνύματα.</translation>
    </message>
    <message>
        <source>Send failed messages again</source>
        <translation>Επανάληψη αποστολής αποτυχημένων</translation>
    </message>
    <message>
        <source>{sent} of {count} messages sent</source>
        <translation>Στάλθηκαν {sent} από {count} μηνύματα</translation>
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
        <translation>Καμία (μόνο αυτός ο υπολογιστής)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>αμετάβλητο</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>Email (SMTP)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Διακομιστής</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Θύρα</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Κρυπτογράφηση</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Διεύθυνση αποστολέα</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>Πύλη SMS</translation>
    </message>
    <message>
        <source>Address template</source>
        <translation>Πρότυπο διεύθυνσης</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Μέθοδος</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Όνομα αποστολέα</translation>
    </message>
    <message>
        <source>Sending settings saved</source>
        <translation>Οι ρυθμίσεις αποστολής αποθηκεύτηκαν</translation>
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
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ρυθμίσεις…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Α&amp;λλαγή χρήστη…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Αλλαγή &amp;κωδικού…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Ε&amp;ύρεση</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Μετάβαση</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>&amp;About USU Desktop</source>
        <translation>&amp;Σχετικά με το USU Desktop</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Βάση δεδομένων: {name}</translation>
    </message>
    <message>
        <source>Clinic name not set</source>
        <translation>Δεν έχει οριστεί όνομα κλινικής</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Δεν έχει γίνει ακόμη συγχρονισμός</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Συνδεδεμένος: {name} ({role})</translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation>Μετάβαση: {page}</translation>
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
        <translation>Νέος σύνδεσμος πληρωμής</translation>
    </message>
    <message>
        <source>For an invoice (what is still owed)</source>
        <translation>Για τιμολόγιο (ό,τι οφείλεται ακόμη)</translation>
    </message>
    <message>
        <source>For a patient (everything owed)</source>
        <translation>Για ασθενή (όλη η οφειλή)</translation>
    </message>
    <message>
        <source>Free amount (the payer chooses)</source>
        <translation>Ελεύθερο ποσό (επιλέγει ο πληρωτής)</translation>
    </message>
    <message>
        <source>The payer may pay part of it</source>
        <translation>Ο πληρωτής μπορεί να πληρώσει μέρος</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>προαιρετικό</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Ποσό ({currency})</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Ελάχιστο ποσό</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Μέγιστο ποσό</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Αιτιολογία</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ισχύει έως</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Αριθμός τιμολογίου</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Αριθμός πελάτη</translation>
    </message>
    <message>
        <source>Client number (optional)</source>
        <translation>Αριθμός πελάτη (προαιρετικά)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Clients</source>
        <translation>Πελάτες</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Τιμολόγια</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Πληρωμές</translation>
    </message>
    <message>
        <source>Bank sync</source>
        <translation>Συγχρονισμός τράπεζας</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Τιμοκατάλογος</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>Αντίγραφα κίνησης λογαριασμού</translation>
    </message>
    <message>
        <source>Debtors</source>
        <translation>Οφειλέτες</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>Σύνδεσμοι πληρωμής</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Έλεγχος</translation>
    </message>
</context>
<context>
    <name>PaymentList</name>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Αντιστοιχίστηκε</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Τρόπος</translation>
    </message>
    <message>
        <source>On invoices</source>
        <translation>Σε τιμολόγια</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Πληρώθηκε στις</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Ασθενής</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Αναφορά</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Αντιλογισμός</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Αντιλογίστηκε</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>To credit</source>
        <translation>Σε πίστωση</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Χωρίς αντιστοίχιση</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Search: payer, text, RF code or transaction id</source>
        <translation>Αναζήτηση: πληρωτής, κείμενο, κωδικός RF ή αναγνωριστικό συναλλαγής</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Όλες οι πηγές</translation>
    </message>
    <message>
        <source>Unmatched only</source>
        <translation>Μόνο χωρίς αντιστοίχιση</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Πληρωμή από</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>Είσπραξη &amp;πληρωμής…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>έως</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Τιμολόγιο</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Γιατί</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>&amp;Undo allocation…</source>
        <translation>&amp;Αναίρεση κατανομής…</translation>
    </message>
    <message>
        <source>&amp;Reverse payment…</source>
        <translation>&amp;Αντιλογισμός πληρωμής…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Απόδειξη</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Εκτύπωση απόδειξης…</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Αποθήκευση απόδειξης ως PDF…</translation>
    </message>
    <message>
        <source>Reverse payment…</source>
        <translation>Αντιλογισμός πληρωμής…</translation>
    </message>
    <message>
        <source>{count} payments</source>
        <translation>Πληρωμές: {count}</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Είσπραξη πληρωμής</translation>
    </message>
    <message>
        <source>undo of an earlier allocation</source>
        <translation>αναίρεση προηγούμενης κατανομής</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>αναιρέθηκε</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ενεργή</translation>
    </message>
    <message>
        <source>Select a payment to see where its money went.</source>
        <translation>Επιλέξτε μια πληρωμή για να δείτε πού πήγαν τα χρήματα.</translation>
    </message>
    <message>
        <source>{amount} from {who}: on invoices {allocated}, to credit {credit}</source>
        <translation>{amount} από {who}: σε τιμολόγια {allocated}, σε πίστωση {credit}</translation>
    </message>
    <message>
        <source>Undo allocation</source>
        <translation>Αναίρεση κατανομής</translation>
    </message>
    <message>
        <source>Select an active allocation first.</source>
        <translation>Επιλέξτε πρώτα μια ενεργή κατανομή.</translation>
    </message>
    <message>
        <source>Why is {amount} taken off {number}? The money stays with the patient as credit.</source>
        <translation>Γιατί αφαιρούνται {amount} από το {number}; Τα χρήματα μένουν στον ασθενή ως πίστωση.</translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation>Αντιλογισμός πληρωμής</translation>
    </message>
    <message>
        <source>Why is the payment of {amount} reversed? Its allocations are taken back.</source>
        <translation>Γιατί αντιλογίζεται η πληρωμή των {amount}; Οι κατανομές της αναιρούνται.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Zoom out</source>
        <translation>Σμίκρυνση</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Μεγέθυνση</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Προσαρμογή στο πλάτος</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Εκτύπωση…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Αποθήκευση ως PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>Σελίδες: {count}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Εκτύπωση</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Η εκτύπωση απέτυχε</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Αποθήκευση ως PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Αρχεία PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του PDF</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Αποθηκεύτηκε: {path}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Εκτύπωση…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Statement period</source>
        <translation>Περίοδος κατάστασης</translation>
    </message>
    <message>
        <source>Show statement</source>
        <translation>Εμφάνιση κατάστασης λογαριασμού</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Έως</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>Η πρώτη ημέρα δεν πρέπει να είναι μετά την τελευταία.</translation>
    </message>
</context>
<context>
    <name>PriceListPage</name>
    <message>
        <source>Search: code or name</source>
        <translation>Αναζήτηση: κωδικός ή όνομα</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Εμφάνιση ανενεργών</translation>
    </message>
    <message>
        <source>&amp;New service</source>
        <translation>&amp;Νέα υπηρεσία</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Επεξεργασία…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Απενεργοποίηση</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Νέα υπηρεσία</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Ενεργοποίηση</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>Draft</source>
        <translation>Πρόχειρο</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Εκδόθηκε</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Μερικώς εξοφλημένο</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Εξοφλημένο</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Ληξιπρόθεσμο</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ανοιχτό</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Τιμολόγιο</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Πιστωτικό</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Ταμείο</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Τερματικό</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Τράπεζα</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Σύνδεσμος πληρωμής</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Μετρητά</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Κάρτα</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Τραπεζική μεταφορά</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Άλλο</translation>
    </message>
    <message>
        <source>paid at the desk</source>
        <translation>πληρώθηκε στο ταμείο</translation>
    </message>
    <message>
        <source>allocated by hand</source>
        <translation>κατανεμήθηκε χειροκίνητα</translation>
    </message>
    <message>
        <source>from client credit</source>
        <translation>από την πίστωση του πελάτη</translation>
    </message>
    <message>
        <source>invoice RF reference</source>
        <translation>κωδικός RF τιμολογίου</translation>
    </message>
    <message>
        <source>client RF reference, oldest due first</source>
        <translation>κωδικός RF πελάτη, η παλαιότερη οφειλή πρώτα</translation>
    </message>
    <message>
        <source>client number, oldest due first</source>
        <translation>αριθμός πελάτη, η παλαιότερη οφειλή πρώτα</translation>
    </message>
    <message>
        <source>invoice number in the text</source>
        <translation>αριθμός τιμολογίου στο κείμενο</translation>
    </message>
    <message>
        <source>undone by hand</source>
        <translation>αναιρέθηκε χειροκίνητα</translation>
    </message>
    <message>
        <source>payment reversed</source>
        <translation>η πληρωμή αντιλογίστηκε</translation>
    </message>
    <message>
        <source>invoice cancelled</source>
        <translation>το τιμολόγιο ακυρώθηκε</translation>
    </message>
    <message>
        <source>credit taken back</source>
        <translation>η πίστωση ανακλήθηκε</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund credit</source>
        <translation>Επιστροφή πίστωσης</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>Print a receipt to sign</source>
        <translation>Εκτύπωση απόδειξης για υπογραφή</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Ασθενής</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Πίστωση</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Τρόπος</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Δικαιούχος</translation>
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
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Επιστροφή</translation>
    </message>
    <message>
        <source>{amount} refunded; {left} of credit is left.</source>
        <translation>Επιστράφηκαν {amount}· απομένει πίστωση {left}.</translation>
    </message>
</context>
<context>
    <name>RegistryOptionsDialog</name>
    <message>
        <source>Export charge registry</source>
        <translation>Εξαγωγή μητρώου οφειλών</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Μορφή:</translation>
    </message>
    <message>
        <source>Column separator:</source>
        <translation>Διαχωριστικό στηλών:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Κωδικοποίηση κειμένου:</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Receptionist</source>
        <translation>Υπάλληλος υποδοχής</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Διευθυντής</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Διαχειριστής</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Edit service</source>
        <translation>Επεξεργασία υπηρεσίας</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Νέα υπηρεσία</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Κωδικός</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Price ({currency})</source>
        <translation>Τιμή ({currency})</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>ΦΠΑ %</translation>
    </message>
    <message>
        <source>The code “{code}” is already used by another service.</source>
        <translation>Ο κωδικός «{code}» χρησιμοποιείται ήδη από άλλη υπηρεσία.</translation>
    </message>
</context>
<context>
    <name>ServiceModel</name>
    <message>
        <source>Code</source>
        <translation>Κωδικός</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Υπηρεσία</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>ΦΠΑ %</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργή</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>As printed on invoices</source>
        <translation>Όπως τυπώνεται στα τιμολόγια</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ημέρες</translation>
    </message>
    <message>
        <source>The window is redrawn in the new language when you press OK.</source>
        <translation>Το παράθυρο ξανασχεδιάζεται στη νέα γλώσσα μόλις πατήσετε OK.</translation>
    </message>
    <message>
        <source>As each language dates (Persian: Solar Hijri)</source>
        <translation>Όπως χρονολογεί κάθε γλώσσα (περσικά: ηλιακό Χίτζρι)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Γρηγοριανό</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>Ηλιακό Χίτζρι (Τζαλαλί)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Επιλογή…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Clinic name:</source>
        <translation>Όνομα κλινικής:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Διεύθυνση:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>ΑΦΜ:</translation>
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
        <translation>Νόμισμα:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Όροι πληρωμής:</translation>
    </message>
    <message>
        <source>Invoice series:</source>
        <translation>Σειρά τιμολογίων:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Λογότυπο:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Γλώσσα:</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Ημερολόγιο:</translation>
    </message>
    <message>
        <source>Please enter the clinic&apos;s name.</source>
        <translation>Εισαγάγετε το όνομα της κλινικής.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Χωρίς λογότυπο</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Επιλογή λογοτύπου</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
        <translation>Εικόνες (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The settings could not be saved</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση των ρυθμίσεων</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>Edit settings…</source>
        <translation>Επεξεργασία ρυθμίσεων…</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Όνομα κλινικής</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ΑΦΜ</translation>
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
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Όροι πληρωμής</translation>
    </message>
    <message>
        <source>Invoice series</source>
        <translation>Σειρά τιμολογίων</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Βάση δεδομένων</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Ημερολόγιο</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Λογότυπο</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>δεν έχει οριστεί</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} ημέρες</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Γρηγοριανό</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>Ηλιακό Χίτζρι (Τζαλαλί)</translation>
    </message>
    <message>
        <source>As each language dates (Persian: Solar Hijri)</source>
        <translation>Όπως χρονολογεί κάθε γλώσσα (περσικά: ηλιακό Χίτζρι)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>From a search field into its list (first row)</source>
        <translation>Από ένα πεδίο αναζήτησης στη λίστα του (πρώτη γραμμή)</translation>
    </message>
    <message>
        <source>Clear the search field</source>
        <translation>Καθαρισμός του πεδίου αναζήτησης</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Άνοιγμα της επιλεγμένης γραμμής</translation>
    </message>
    <message>
        <source>New patient or new service (on its page)</source>
        <translation>Νέος ασθενής ή νέα υπηρεσία (στη σελίδα τους)</translation>
    </message>
    <message>
        <source>New invoice for the selected patient</source>
        <translation>Νέο τιμολόγιο για τον επιλεγμένο ασθενή</translation>
    </message>
    <message>
        <source>Take a payment</source>
        <translation>Είσπραξη πληρωμής</translation>
    </message>
    <message>
        <source>Preview the document</source>
        <translation>Προεπισκόπηση του εγγράφου</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Εκτύπωση του εγγράφου</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Αποθήκευση του εγγράφου ως PDF</translation>
    </message>
    <message>
        <source>Invoice editor: add the highlighted service</source>
        <translation>Επεξεργασία τιμολογίου: προσθήκη της επισημασμένης υπηρεσίας</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>Everything at the desk works from the keyboard. The page keys follow the order of the side menu.</source>
        <translation>Στη ρεσεψιόν όλα γίνονται από το πληκτρολόγιο. Τα πλήκτρα των σελίδων ακολουθούν τη σειρά του πλευρικού μενού.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Πλήκτρα</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Σύνδεση</translation>
    </message>
    <message>
        <source>Sign in automatically on this PC</source>
        <translation>Αυτόματη σύνδεση σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Όνομα χρήστη:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Κωδικός:</translation>
    </message>
</context>
<context>
    <name>Statements</name>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Ελληνικό ερωτηματικό ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Κόμμα ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Στηλοθέτης (Tab)</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Κάθετη γραμμή ( | )</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8 με BOM (Excel)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (κυριλλικά)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (δυτικοευρωπαϊκά)</translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation>Windows-1253 (ελληνικά)</translation>
    </message>
    <message>
        <source>CSV (text table)</source>
        <translation>CSV (πίνακας κειμένου)</translation>
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
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>Είσπραξη/πληρωμή</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Allocated to</source>
        <translation>Κατανεμήθηκε σε</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Καταβάλλων</translation>
    </message>
    <message>
        <source>Reference / text</source>
        <translation>Κωδικός / αιτιολογία</translation>
    </message>
    <message>
        <source>Bank id</source>
        <translation>Κωδικός τράπεζας</translation>
    </message>
    <message>
        <source>credit {amount}</source>
        <translation>πίστωση {amount}</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Καταχωρίστηκε</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Χωρίς αντιστοίχιση</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Αντιλογίστηκε</translation>
    </message>
    <message>
        <source>Already booked</source>
        <translation>Ήδη καταχωρισμένο</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Παραλείφθηκε</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Σφάλμα</translation>
    </message>
    <message>
        <source>RF reference of the invoice</source>
        <translation>Κωδικός RF του τιμολογίου</translation>
    </message>
    <message>
        <source>the patient&apos;s RF reference, oldest invoices first</source>
        <translation>κωδικός RF του ασθενούς, πρώτα τα παλαιότερα τιμολόγια</translation>
    </message>
    <message>
        <source>client number, oldest invoices first</source>
        <translation>αριθμός πελάτη, πρώτα τα παλαιότερα τιμολόγια</translation>
    </message>
    <message>
        <source>invoice number in the payment text</source>
        <translation>αριθμός τιμολογίου στην αιτιολογία</translation>
    </message>
    <message>
        <source>no reference found: waiting in the unmatched queue</source>
        <translation>δεν βρέθηκε κωδικός: αναμένει στην ουρά χωρίς αντιστοίχιση</translation>
    </message>
    <message>
        <source>money going out (debit)</source>
        <translation>χρέωση λογαριασμού (εκροή)</translation>
    </message>
    <message>
        <source>not booked by the bank yet (pending)</source>
        <translation>δεν έχει καταχωριστεί ακόμη από την τράπεζα (εκκρεμεί)</translation>
    </message>
    <message>
        <source>reversal of a debit</source>
        <translation>αντιλογισμός χρέωσης</translation>
    </message>
    <message>
        <source>booked before, from this or an earlier statement</source>
        <translation>καταχωρίστηκε ήδη από αυτό ή προηγούμενο αντίγραφο</translation>
    </message>
    <message>
        <source>the payment was already taken back</source>
        <translation>η πληρωμή έχει ήδη αντιλογιστεί</translation>
    </message>
    <message>
        <source>takes back payment {original}</source>
        <translation>αντιλογίζει την πληρωμή {original}</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Είσπραξη</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Πληρωμή</translation>
    </message>
    <message>
        <source>a day past the end of its month, read as the last day</source>
        <translation>ημέρα μετά το τέλος του μήνα, διαβάστηκε ως η τελευταία ημέρα</translation>
    </message>
    <message>
        <source>statements of other accounts in the file, skipped</source>
        <translation>κινήσεις άλλων λογαριασμών στο αρχείο, παραλείφθηκαν</translation>
    </message>
    <message>
        <source>an intraday report: its entries are not booked by the bank yet and are only listed</source>
        <translation>ενδοημερήσια αναφορά: οι κινήσεις δεν έχουν λογιστικοποιηθεί ακόμη από την τράπεζα και απλώς εμφανίζονται</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Ανάγνωση {file}…</translation>
    </message>
    <message>
        <source>Booking {file}: {done} of {total}</source>
        <translation>Καταχώριση {file}: {done} από {total}</translation>
    </message>
    <message>
        <source>Finished {file}</source>
        <translation>Ολοκληρώθηκε: {file}</translation>
    </message>
    <message>
        <source>entry {index}</source>
        <translation>εγγραφή {index}</translation>
    </message>
    <message>
        <source>field {field}</source>
        <translation>πεδίο {field}</translation>
    </message>
    <message>
        <source>suggested: {who}</source>
        <translation>πρόταση: {who}</translation>
    </message>
    <message>
        <source>over-payment kept as credit</source>
        <translation>η υπερπληρωμή κρατήθηκε ως πίστωση</translation>
    </message>
    <message>
        <source>the balances in the file do not add up</source>
        <translation>τα υπόλοιπα του αρχείου δεν συμφωνούν</translation>
    </message>
    <message>
        <source>the file does not follow the bank format exactly</source>
        <translation>το αρχείο δεν ακολουθεί ακριβώς τη μορφή της τράπεζας</translation>
    </message>
    <message>
        <source>a batch entry without its single payments</source>
        <translation>ομαδική εγγραφή χωρίς τις επιμέρους πληρωμές</translation>
    </message>
    <message>
        <source>a batch entry whose parts do not add up</source>
        <translation>ομαδική εγγραφή της οποίας τα μέρη δεν συμφωνούν</translation>
    </message>
    <message>
        <source>an entry with an unknown status</source>
        <translation>εγγραφή με άγνωστη κατάσταση</translation>
    </message>
    <message>
        <source>an unreadable amount</source>
        <translation>μη αναγνώσιμο ποσό</translation>
    </message>
    <message>
        <source>an unreadable date</source>
        <translation>μη αναγνώσιμη ημερομηνία</translation>
    </message>
    <message>
        <source>an RF reference with wrong check digits</source>
        <translation>κωδικός RF με λάθος ψηφία ελέγχου</translation>
    </message>
    <message>
        <source>a payment naming several RF references</source>
        <translation>πληρωμή με πολλούς κωδικούς RF</translation>
    </message>
    <message>
        <source>an entry that cannot be read</source>
        <translation>εγγραφή που δεν μπορεί να διαβαστεί</translation>
    </message>
    <message>
        <source>a required field is missing</source>
        <translation>λείπει υποχρεωτικό πεδίο</translation>
    </message>
    <message>
        <source>an entry in another currency</source>
        <translation>εγγραφή σε άλλο νόμισμα</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>Bank statements</source>
        <translation>Αντίγραφα κίνησης λογαριασμού</translation>
    </message>
</context>
<context>
    <name>StatementsWidget</name>
    <message>
        <source>Import statement…</source>
        <translation>Εισαγωγή αντιγράφου…</translation>
    </message>
    <message>
        <source>Import camt.053, camt.054 or MT940 files from your bank. You can also drop files onto this page.</source>
        <translation>Εισαγωγή αρχείων camt.053, camt.054 ή MT940 από την τράπεζά σας. Μπορείτε επίσης να αφήσετε αρχεία σε αυτή τη σελίδα.</translation>
    </message>
    <message>
        <source>Export charge registry…</source>
        <translation>Εξαγωγή μητρώου οφειλών…</translation>
    </message>
    <message>
        <source>Save the list of open charges for the bank (CSV or XML).</source>
        <translation>Αποθήκευση της λίστας ανοιχτών οφειλών για την τράπεζα (CSV ή XML).</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Παρακολουθούμενος φάκελος</translation>
    </message>
    <message>
        <source>No folder: statements are imported by hand</source>
        <translation>Κανένας φάκελος: τα αντίγραφα εισάγονται χειροκίνητα</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Επιλογή φακέλου…</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Διακοπή παρακολούθησης</translation>
    </message>
    <message>
        <source> min</source>
        <translation> λεπτά</translation>
    </message>
    <message>
        <source>How often new files in the folder are imported</source>
        <translation>Πόσο συχνά εισάγονται νέα αρχεία του φακέλου</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Έλεγχος τώρα</translation>
    </message>
    <message>
        <source>every</source>
        <translation>κάθε</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
    <message>
        <source>Drop bank statement files here, or use “Import statement…”.</source>
        <translation>Αφήστε εδώ αρχεία αντιγράφων ή πατήστε «Εισαγωγή αντιγράφου…».</translation>
    </message>
    <message>
        <source>Import bank statements</source>
        <translation>Εισαγωγή αντιγράφων κίνησης</translation>
    </message>
    <message>
        <source>Bank statements ({patterns});;All files (*)</source>
        <translation>Αντίγραφα κίνησης ({patterns});;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>Αντίγραφα κίνησης λογαριασμού</translation>
    </message>
    <message>
        <source>An import is already running; please wait for it to finish.</source>
        <translation>Μια εισαγωγή εκτελείται ήδη· περιμένετε να ολοκληρωθεί.</translation>
    </message>
    <message>
        <source>Import cancelled; what was booked stays booked.</source>
        <translation>Η εισαγωγή ακυρώθηκε· ό,τι καταχωρίστηκε παραμένει.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Η εισαγωγή απέτυχε</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Ορισμένα αρχεία δεν εισήχθησαν</translation>
    </message>
    <message>
        <source>{file}: not imported</source>
        <translation>{file}: δεν εισήχθη</translation>
    </message>
    <message>
        <source>{file}: {booked} booked, {unmatched} unmatched</source>
        <translation>{file}: {booked} καταχωρίστηκαν, {unmatched} χωρίς αντιστοίχιση</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>Το {file} δεν εισήχθη: {reason}</translation>
    </message>
    <message>
        <source>{file}: statement {id}, account {account}</source>
        <translation>{file}: αντίγραφο {id}, λογαριασμός {account}</translation>
    </message>
    <message>
        <source>Opening balance {opening}, closing balance {closing}</source>
        <translation>Υπόλοιπο έναρξης {opening}, υπόλοιπο λήξης {closing}</translation>
    </message>
    <message>
        <source>This file was imported before ({date}); nothing new was booked.</source>
        <translation>Αυτό το αρχείο έχει εισαχθεί ήδη ({date})· δεν καταχωρίστηκε τίποτα νέο.</translation>
    </message>
    <message>
        <source>This file was imported before ({date}).</source>
        <translation>Αυτό το αρχείο έχει εισαχθεί ξανά ({date}).</translation>
    </message>
    <message>
        <source>The import was cancelled; the entries below were booked, the rest were not.</source>
        <translation>Η εισαγωγή ακυρώθηκε· οι παρακάτω εγγραφές καταχωρίστηκαν, οι υπόλοιπες όχι.</translation>
    </message>
    <message>
        <source>Warnings: {list}</source>
        <translation>Προειδοποιήσεις: {list}</translation>
    </message>
    <message>
        <source>Folder the bank&apos;s statements are saved to</source>
        <translation>Φάκελος όπου αποθηκεύονται τα αντίγραφα της τράπεζας</translation>
    </message>
    <message>
        <source>Imported {count} new statement file(s) from the watched folder</source>
        <translation>Εισήχθησαν {count} νέα αρχεία αντιγράφων από τον παρακολουθούμενο φάκελο</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>Αρχεία XML (*.xml)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Αρχεία CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Save charge registry</source>
        <translation>Αποθήκευση μητρώου οφειλών</translation>
    </message>
    <message>
        <source>The registry was not saved</source>
        <translation>Το μητρώο δεν αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>Charge registry saved</source>
        <translation>Το μητρώο οφειλών αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>{count} open charges, total {sum}, saved to {path}.</source>
        <translation>{count} ανοιχτές οφειλές, σύνολο {sum}, αποθηκεύτηκαν στο {path}.</translation>
    </message>
</context>
</TS>

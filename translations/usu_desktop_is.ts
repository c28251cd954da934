<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="is_IS" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About USU Desktop</source>
        <translation>Um USU Desktop</translation>
    </message>
    <message>
        <source>USU Desktop {version}</source>
        <translation>USU Desktop {version}</translation>
    </message>
    <message>
        <source>Accounting for small clinics: invoices, payment codes, terminal and bank payments.</source>
        <translation>Bókhald fyrir litlar heilsugæslustöðvar: reikningar, greiðslukóðar, greiðslur í posa og banka.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Frjáls hugbúnaður samkvæmt GNU General Public License, útgáfu 3 eða nýrri.</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Gagnagrunnur: {name}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>Ekki er hægt að opna gagnagrunninn</translation>
    </message>
</context>
<context>
    <name>AuditList</name>
    <message>
        <source>When</source>
        <translation>Hvenær</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Notandi</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Vinnustöð</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvað</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Hlutur</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Númer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Nánar</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>All users</source>
        <translation>Allir notendur</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Allar vinnustöðvar</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>Allir hlutir</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Númer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frá</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Flytja út CSV…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} færslur</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Flytja út atvikaskrána</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-skrár (*.csv)</translation>
    </message>
    <message>
        <source>{count} entries written to {path}</source>
        <translation>{count} færslur skrifaðar í {path}</translation>
    </message>
</context>
<context>
    <name>BankSync</name>
    <message>
        <source>Bank sync is failing: {error}</source>
        <translation>Bankasamstilling mistekst: {error}</translation>
    </message>
    <message>
        <source>(last successful sync {time})</source>
        <translation>(síðasta vel heppnaða samstilling {time})</translation>
    </message>
    <message>
        <source>Bank sync: not synchronised yet</source>
        <translation>Bankasamstilling: ekki samstillt enn</translation>
    </message>
    <message>
        <source>No successful bank sync since {time}</source>
        <translation>Engin vel heppnuð bankasamstilling síðan {time}</translation>
    </message>
    <message>
        <source>Last bank sync: {time}</source>
        <translation>Síðasta bankasamstilling: {time}</translation>
    </message>
    <message>
        <source>{count} new payment(s) arrived from the exchange.</source>
        <translation>Nýjar greiðslur frá skiptiþjónustunni: {count}.</translation>
    </message>
    <message>
        <source>{count} need(s) a person to match.</source>
        <translation>Þarf að para handvirkt: {count}.</translation>
    </message>
    <message>
        <source>New payments</source>
        <translation>Nýjar greiðslur</translation>
    </message>
    <message>
        <source>Client number typed at the terminal</source>
        <translation>Viðskiptavinanúmer slegið inn í posa</translation>
    </message>
    <message>
        <source>Payment code of the invoice</source>
        <translation>Greiðslukóði reikningsins</translation>
    </message>
    <message>
        <source>Client&apos;s payment code</source>
        <translation>Greiðslukóði viðskiptavinar</translation>
    </message>
    <message>
        <source>Invoice number in the payment text</source>
        <translation>Reikningsnúmer í texta greiðslunnar</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Ekki parað</translation>
    </message>
    <message>
        <source>Allocated by hand</source>
        <translation>Ráðstafað handvirkt</translation>
    </message>
    <message>
        <source>From client credit</source>
        <translation>Af inneign viðskiptavinar</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Bakfærsla</translation>
    </message>
    <message>
        <source>amount equals the invoice balance</source>
        <translation>upphæðin jafngildir eftirstöðvum reikningsins</translation>
    </message>
    <message>
        <source>amount equals all the client owes</source>
        <translation>upphæðin jafngildir allri skuld viðskiptavinar</translation>
    </message>
    <message>
        <source>payer&apos;s name matches</source>
        <translation>nafn greiðanda passar</translation>
    </message>
    <message>
        <source>payer&apos;s name is similar</source>
        <translation>nafn greiðanda er líkt</translation>
    </message>
    <message>
        <source>paid around the invoice date</source>
        <translation>greitt um það leyti sem reikningurinn var dagsettur</translation>
    </message>
    <message>
        <source>client number in the text</source>
        <translation>viðskiptavinanúmer í textanum</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Posi</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banki</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Greiðslutengill</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Afgreiðsla</translation>
    </message>
    <message>
        <source>Checking the exchange…</source>
        <translation>Athuga skiptiþjónustuna…</translation>
    </message>
    <message>
        <source>Sending the charge list…</source>
        <translation>Sendi kröfulistann…</translation>
    </message>
    <message>
        <source>Fetching payments… {count} so far</source>
        <translation>Sæki greiðslur… {count} hingað til</translation>
    </message>
    <message>
        <source>Booking payments… {count} so far</source>
        <translation>Bóka greiðslur… {count} hingað til</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ógilt</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Rofið</translation>
    </message>
</context>
<context>
    <name>BankSyncPage</name>
    <message>
        <source>Bank sync</source>
        <translation>Bankasamstilling</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Samstilla núna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Tenging</translation>
    </message>
    <message>
        <source>Received payments</source>
        <translation>Mótteknar greiðslur</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Óparað</translation>
    </message>
    <message>
        <source>Payment code history</source>
        <translation>Saga greiðslukóða</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Samstillingaskrá</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mín.</translation>
    </message>
    <message>
        <source>Sync automatically in the background</source>
        <translation>Samstilla sjálfkrafa í bakgrunni</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Prófa tengingu</translation>
    </message>
    <message>
        <source>Exchange address</source>
        <translation>Slóð skiptiþjónustu</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Aðgangslykill</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Samstilla á</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dagsetning</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Leið</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Færsla</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Viðskiptavinur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Upphæð</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Parað eftir</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Inneign</translation>
    </message>
    <message>
        <source>Terminals take deposits from clients who owe nothing</source>
        <translation>Greiðslustöðvar taka við innborgunum frá viðskiptavinum sem skulda ekkert</translation>
    </message>
    <message>
        <source>Every client&apos;s number and masked name is sent to the exchange, so a client with nothing to pay can pay in advance; the money becomes the client&apos;s credit.</source>
        <translation>Númer og stytt nafn hvers viðskiptavinar er sent á skiptiþjóninn svo viðskiptavinur sem skuldar ekkert geti greitt fyrir fram; féð verður inneign viðskiptavinarins.</translation>
    </message>
    <message>
        <source>No payments have come in yet. They appear here after a sync.</source>
        <translation>Engar greiðslur hafa borist enn. Þær birtast hér eftir samstillingu.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Reikningur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Ástæða</translation>
    </message>
    <message>
        <source>Undo allocation</source>
        <translation>Afturkalla ráðstöfun</translation>
    </message>
    <message>
        <source>Where the selected payment went, and why</source>
        <translation>Hvert valda greiðslan fór og hvers vegna</translation>
    </message>
    <message>
        <source>Account or payer</source>
        <translation>Reikningur eða greiðandi</translation>
    </message>
    <message>
        <source>Nothing waits to be matched.</source>
        <translation>Ekkert bíður pörunar.</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Viðskiptavinanúmer</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Skuld</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Stig</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvers vegna</translation>
    </message>
    <message>
        <source>Allocate to the suggestion</source>
        <translation>Ráðstafa á tillöguna</translation>
    </message>
    <message>
        <source>Suggestions, best first</source>
        <translation>Tillögur, bestu fyrst</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>Uppfæra stöðu</translation>
    </message>
    <message>
        <source>Payment code (RF)</source>
        <translation>Greiðslukóði (RF)</translation>
    </message>
    <message>
        <source>On this code</source>
        <translation>Á þessum kóða</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Hafið</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Lokið</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Móttekið</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Bókað</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Tvítekningar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Niðurstaða</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Engin samstilling hefur keyrt enn.</translation>
    </message>
    <message>
        <source>saved in the system keyring</source>
        <translation>vistað í lyklakippu kerfisins</translation>
    </message>
    <message>
        <source>saved in a file only you can read (this PC has no system keyring)</source>
        <translation>vistað í skrá sem aðeins þú getur lesið (þessi tölva hefur enga lyklakippu kerfisins)</translation>
    </message>
    <message>
        <source>kept until the program closes</source>
        <translation>geymt þar til forritinu er lokað</translation>
    </message>
    <message>
        <source>paste the token from the exchange</source>
        <translation>límdu inn lykilinn frá skiptiþjónustunni</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>Ekki tókst að vista stillingarnar</translation>
    </message>
    <message>
        <source>Bank sync settings saved.</source>
        <translation>Stillingar bankasamstillingar vistaðar.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Tengist…</translation>
    </message>
    <message>
        <source>Connected: the exchange answers (version {version}).</source>
        <translation>Tengt: skiptiþjónustan svarar (útgáfa {version}).</translation>
    </message>
    <message>
        <source>A bank sync is already running.</source>
        <translation>Bankasamstilling er þegar í gangi.</translation>
    </message>
    <message>
        <source>Done: {booked} booked, {unmatched} unmatched, {duplicates} already known.</source>
        <translation>Lokið: {booked} bókaðar, {unmatched} óparaðar, {duplicates} þegar þekktar.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Hætt við.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Í lagi</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Ekki lokið</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(enginn viðskiptavinur)</translation>
    </message>
    <message>
        <source>Take this amount off the invoice? The money stays with the client as credit.</source>
        <translation>Taka þessa upphæð af reikningnum? Peningarnir verða inneign viðskiptavinar.</translation>
    </message>
    <message>
        <source>Undone on the bank-sync screen</source>
        <translation>Afturkallað á bankasamstillingarskjánum</translation>
    </message>
    <message>
        <source>The allocation could not be undone</source>
        <translation>Ekki tókst að afturkalla ráðstöfunina</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>elst fyrst</translation>
    </message>
    <message>
        <source>The payment could not be allocated</source>
        <translation>Ekki tókst að ráðstafa greiðslunni</translation>
    </message>
    <message>
        <source>Payment allocated to {client}.</source>
        <translation>Greiðslu ráðstafað á {client}.</translation>
    </message>
    <message>
        <source>No invoice or client has the code {code}.</source>
        <translation>Enginn reikningur eða viðskiptavinur hefur kóðann {code}.</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>reikningur</translation>
    </message>
    <message>
        <source>client&apos;s open code</source>
        <translation>opinn kóði viðskiptavinar</translation>
    </message>
    <message>
        <source>{code} ({kind}): {count} payment(s), {paid} in total.</source>
        <translation>{code} ({kind}): greiðslur {count}, samtals {paid}.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Export invoices</source>
        <translation>Flytja út reikninga</translation>
    </message>
    <message>
        <source>{count} invoices selected.</source>
        <translation>Valdir reikningar: {count}.</translation>
    </message>
    <message>
        <source>One PDF file with all invoices (for printing)</source>
        <translation>Ein PDF-skrá með öllum reikningum (til prentunar)</translation>
    </message>
    <message>
        <source>One PDF file per invoice, named by number</source>
        <translation>Ein PDF-skrá á hvern reikning, nefnd eftir númeri</translation>
    </message>
    <message>
        <source>Current state with paid/cancelled stamps (not the originals)</source>
        <translation>Núverandi staða með stimplunum greitt/ógilt (ekki frumritin)</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Skrá eða mappa</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Velja…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Flytja út</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Flytja út í skrá</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-skrár (*.pdf)</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Flytja út í möppu</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Breyta lykilorði</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Breyta</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Núverandi lykilorð:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nýtt lykilorð:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Nýtt lykilorð aftur:</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>Copy</source>
        <translation>Afrita</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Viðskiptavinanúmer</translation>
    </message>
    <message>
        <source>RF code for open amounts</source>
        <translation>RF-kóði fyrir opnar upphæðir</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Opin staða</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Inneign</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Breyta…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Setja í geymslu</translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation>Nýr &amp;reikningur</translation>
    </message>
    <message>
        <source>Take &amp;payment</source>
        <translation>Taka við &amp;greiðslu</translation>
    </message>
    <message>
        <source>Refund credit…</source>
        <translation>Endurgreiða inneign…</translation>
    </message>
    <message>
        <source>S&amp;tatement…</source>
        <translation>&amp;Yfirlit…</translation>
    </message>
    <message>
        <source>Payment s&amp;lip</source>
        <translation>Greiðslu&amp;seðill</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Reikningar</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Greiðslur</translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translation>Afritað: {text}</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Enginn sjúklingur valinn</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(í geymslu)</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Fædd(ur) {date}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ekkert</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Endurheimta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Opna</translation>
    </message>
    <message>
        <source>Preview invoice</source>
        <translation>Forskoða reikning</translation>
    </message>
    <message>
        <source>Print invoice…</source>
        <translation>Prenta reikning…</translation>
    </message>
    <message>
        <source>Save invoice as PDF…</source>
        <translation>Vista reikning sem PDF…</translation>
    </message>
    <message>
        <source>Preview receipt</source>
        <translation>Forskoða kvittun</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Prenta kvittun…</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Vista kvittun sem PDF…</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation>Breyta sjúklingi</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nýr sjúklingur</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Þekkt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornafn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Eftirnafn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fæðingardagur</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Sími</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Netfang</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Tungumál</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number: use digits, spaces, + ( ) - and at least 6 digits.</source>
        <translation>„{phone}“ er ekki símanúmer: notaðu tölustafi, bil, + ( ) - og að minnsta kosti 6 tölustafi.</translation>
    </message>
    <message>
        <source>This may be a patient who is already registered:
{names}

Save anyway?</source>
        <translation>Þetta gæti verið sjúklingur sem er þegar skráður:
{names}

Vista samt?</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>Born</source>
        <translation>Fædd(ur)</translation>
    </message>
    <message>
        <source>Client no.</source>
        <translation>Viðskiptavinanr.</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Inneign</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Netfang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nafn</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Skuldar</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Sími</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Choose a patient</source>
        <translation>Veldu sjúkling</translation>
    </message>
    <message>
        <source>Name, client number, phone or e-mail</source>
        <translation>Nafn, viðskiptavinanúmer, sími eða netfang</translation>
    </message>
    <message>
        <source>Choose a patient in the list first (Down or Enter from the search).</source>
        <translation>Veldu fyrst sjúkling á listanum (niður-ör eða Enter úr leitinni).</translation>
    </message>
    <message>
        <source>Enter or OK chooses the selected patient.</source>
        <translation>Enter eða Í lagi velur merktan sjúkling.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search: name, client number, phone or e-mail</source>
        <translation>Leit: nafn, viðskiptavinanúmer, sími eða netfang</translation>
    </message>
    <message>
        <source>Debtors only</source>
        <translation>Aðeins skuldarar</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Sýna í geymslu</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Nýr sjúklingur</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nýr sjúklingur</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nýr reikningur</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Taka við greiðslu</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>Yfirlit…</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>Prenta yfirlit…</translation>
    </message>
    <message>
        <source>Save statement as PDF…</source>
        <translation>Vista yfirlit sem PDF…</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Greiðsluseðill</translation>
    </message>
    <message>
        <source>Print payment slip…</source>
        <translation>Prenta greiðsluseðil…</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translation>Sjúklingar: {count}</translation>
    </message>
    <message>
        <source>New patient saved</source>
        <translation>Nýr sjúklingur vistaður</translation>
    </message>
    <message>
        <source>{name} is saved with client number {number}.</source>
        <translation>{name} er vistað með viðskiptavinanúmerið {number}.</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Setja sjúkling í geymslu</translation>
    </message>
    <message>
        <source>Archive {name}? The patient disappears from the everyday list; the books keep every invoice and payment.</source>
        <translation>Setja {name} í geymslu? Sjúklingurinn hverfur af daglega listanum; bókhaldið geymir alla reikninga og greiðslur.</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This screen is coming soon. It is being built and will appear in a future version.</source>
        <translation>Þessi skjár kemur bráðum: hann er í smíðum og birtist í næstu útgáfu.</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for {number}</source>
        <translation>Kreditreikningur vegna {number}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Lýsing</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Á reikningi</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Eftir</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>or an amount, tax included</source>
        <translation>eða upphæð, með skatti</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Enn ógreitt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Upphæð</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Ástæða</translation>
    </message>
    <message>
        <source>Make credit note</source>
        <translation>Gera kreditreikning</translation>
    </message>
    <message>
        <source>How many of each line to credit:</source>
        <translation>Hversu mikið af hverri línu á að kreditfæra:</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditreikningur</translation>
    </message>
    <message>
        <source>Credit note {number} credits {amount}.</source>
        <translation>Kreditreikningur {number} kreditfærir {amount}.</translation>
    </message>
    <message>
        <source>{amount} already paid is now the patient&apos;s credit.</source>
        <translation>{amount} sem þegar var greitt er nú inneign sjúklingsins.</translation>
    </message>
</context>
<context>
    <name>DebtorsList</name>
    <message>
        <source>never</source>
        <translation>aldrei</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Sjúklingur</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Viðskiptavinanúmer</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Gjaldfallinn</translation>
    </message>
    <message>
        <source>Oldest due date</source>
        <translation>Elsti gjalddagi</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
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
        <translation>Síðasta áminning</translation>
    </message>
</context>
<context>
    <name>DebtorsPage</name>
    <message>
        <source>Debtors</source>
        <translation>Skuldarar</translation>
    </message>
    <message>
        <source>Search name or client number</source>
        <translation>Leita að nafni eða viðskiptavinanúmeri</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Allur aldur</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 dagar</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 dagar</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 dagar</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>yfir 90 dagar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Endurnýja</translation>
    </message>
    <message>
        <source>Days overdue, at least</source>
        <translation>Dagar í vanskilum, að lágmarki</translation>
    </message>
    <message>
        <source>No overdue balances to show.</source>
        <translation>Engar gjaldfallnar skuldir að sýna.</translation>
    </message>
    <message>
        <source>E-mail, else SMS</source>
        <translation>Tölvupóstur, annars SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Tölvupóstur</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>With a payment link</source>
        <translation>Með greiðsluhlekk</translation>
    </message>
    <message>
        <source>Send payment link / reminder</source>
        <translation>Senda greiðsluhlekk / áminningu</translation>
    </message>
    <message>
        <source>Days between reminders, at least</source>
        <translation>Dagar milli áminninga, að lágmarki</translation>
    </message>
    <message>
        <source>Partly paid: reminders say what remains</source>
        <translation>Greitt að hluta: áminningin nefnir eftirstöðvar</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Legg saman…</translation>
    </message>
    <message>
        <source>{count} patients, {amount} overdue</source>
        <translation>{count} sjúklingar, {amount} í vanskilum</translation>
    </message>
    <message>
        <source>{action} ({count})</source>
        <translation>{action} ({count})</translation>
    </message>
    <message>
        <source>Send a payment reminder to {count} patients now?</source>
        <translation>Senda greiðsluáminningu til {count} sjúklinga núna?</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>Senda áminningar</translation>
    </message>
    <message>
        <source>Sending reminders…</source>
        <translation>Sendi áminningar…</translation>
    </message>
    <message>
        <source>Failed messages stay in the message log and can be sent again.</source>
        <translation>Skilaboð sem mistókst að senda eru áfram í skránni og má senda aftur.</translation>
    </message>
    <message>
        <source>Cancelled: the rest were not reminded.</source>
        <translation>Hætt við: hinir fengu ekki áminningu.</translation>
    </message>
</context>
<context>
    <name>DeskPaymentDialog</name>
    <message>
        <source>Take payment</source>
        <translation>Taka við greiðslu</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>Oldest due first</source>
        <translation>Elsti gjalddagi fyrst</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Sjúklingur</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Skuldar</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Greiða</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Upphæð</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Greiðslumáti</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Athugasemd</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Skrá greiðslu</translation>
    </message>
    <message>
        <source>(credit {credit})</source>
        <translation>(inneign {credit})</translation>
    </message>
    <message>
        <source>{amount} is more than the {owed} owed. Keep the rest, {rest}, as the patient&apos;s credit for later invoices?</source>
        <translation>{amount} er meira en skuldin {owed}. Geyma afganginn, {rest}, sem inneign sjúklings fyrir síðari reikninga?</translation>
    </message>
    <message>
        <source>Then hand back {rest} as change and book {owed}?</source>
        <translation>Á þá að gefa {rest} til baka og bóka {owed}?</translation>
    </message>
    <message>
        <source>Nothing was recorded. Say what happens to the {rest} over the amount owed: credit or change.</source>
        <translation>Ekkert var skráð. Segðu hvað verður um {rest} umfram skuldina: inneign eða til baka.</translation>
    </message>
    <message>
        <source>{amount} on {number} ({why})</source>
        <translation>{amount} á {number} ({why})</translation>
    </message>
    <message>
        <source>{amount} kept as credit</source>
        <translation>{amount} geymt sem inneign</translation>
    </message>
    <message>
        <source>Give back {amount} as change</source>
        <translation>Gefa {amount} til baka</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Greiðsla skráð.</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation>Prenta kvittun</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Print</source>
        <translation>Prenta</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Eitthvað fór úrskeiðis</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>The file {path} cannot be written: {reason}. Please choose another folder.</source>
        <translation>Ekki er hægt að skrifa skrána {path}: {reason}. Veldu aðra möppu.</translation>
    </message>
    <message>
        <source>The file {path} already exists. Choose an empty folder; nothing was exported.</source>
        <translation>Skráin {path} er þegar til. Veldu tóma möppu; ekkert var flutt út.</translation>
    </message>
    <message>
        <source>This invoice is a draft. Issue it first, then print it.</source>
        <translation>Þessi reikningur er drög. Gefðu hann fyrst út og prentaðu hann síðan.</translation>
    </message>
    <message>
        <source>There is no invoice number {number}.</source>
        <translation>Ekkert reikningsnúmer {number} er til.</translation>
    </message>
    <message>
        <source>There is no client number {client_number}.</source>
        <translation>Ekkert viðskiptavinanúmer {client_number} er til.</translation>
    </message>
    <message>
        <source>This payment is not assigned to a client yet, so it has no receipt.</source>
        <translation>Þessi greiðsla er ekki enn tengd viðskiptavini og hefur því enga kvittun.</translation>
    </message>
    <message>
        <source>The first day of the period must not be after the last day.</source>
        <translation>Fyrsti dagur tímabilsins má ekki vera á eftir þeim síðasta.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Ekki tókst að ræsa prentarann.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The document cannot be shown</source>
        <translation>Ekki er hægt að sýna skjalið</translation>
    </message>
    <message>
        <source>Invoice {number} (current state)</source>
        <translation>Reikningur {number} (núverandi staða)</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Reikningur {number}</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Kvittun {number}</translation>
    </message>
    <message>
        <source>Refund receipt {number}</source>
        <translation>Kvittun fyrir endurgreiðslu {number}</translation>
    </message>
    <message>
        <source>Statement {start} – {end}</source>
        <translation>Yfirlit {start} – {end}</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Greiðsluseðill</translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation>Flytja út reikninga</translation>
    </message>
    <message>
        <source>There are no issued invoices to export.</source>
        <translation>Engir útgefnir reikningar til að flytja út.</translation>
    </message>
    <message>
        <source>Exporting {count} invoices…</source>
        <translation>Flyt út reikninga: {count}…</translation>
    </message>
    <message>
        <source>{count} invoices exported to {path}.</source>
        <translation>{count} reikningar fluttir út í {path}.</translation>
    </message>
    <message>
        <source>Export cancelled. No files were written.</source>
        <translation>Hætt við útflutning. Engar skrár voru skrifaðar.</translation>
    </message>
    <message>
        <source>Print invoices</source>
        <translation>Prenta reikninga</translation>
    </message>
    <message>
        <source>Preparing {count} invoices for printing…</source>
        <translation>Undirbý {count} reikninga til prentunar…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{value}” is not a valid amount.</source>
        <translation>„{value}“ er ekki gild upphæð.</translation>
    </message>
    <message>
        <source>An amount must be exact; {value} is not accepted.</source>
        <translation>Upphæð verður að vera nákvæm; {value} er ekki tekið gilt.</translation>
    </message>
    <message>
        <source>{value} has too many decimals: {currency} allows {digits}.</source>
        <translation>{value} hefur of marga aukastafi: {currency} leyfir {digits}.</translation>
    </message>
    <message>
        <source>Unknown currency “{currency}”.</source>
        <translation>Óþekktur gjaldmiðill „{currency}“.</translation>
    </message>
    <message>
        <source>Amounts in {left} and {right} cannot be combined.</source>
        <translation>Ekki er hægt að sameina upphæðir í {left} og {right}.</translation>
    </message>
    <message>
        <source>There is nothing to split the amount over.</source>
        <translation>Það er ekkert til að skipta upphæðinni á.</translation>
    </message>
    <message>
        <source>The amount cannot be split in these proportions.</source>
        <translation>Ekki er hægt að skipta upphæðinni í þessum hlutföllum.</translation>
    </message>
    <message>
        <source>“{body}” cannot be used in a payment reference (letters and digits only, up to 21).</source>
        <translation>Ekki er hægt að nota „{body}“ í greiðslutilvísun (aðeins stafir og tölustafir, mest 21).</translation>
    </message>
    <message>
        <source>{sequence} cannot be turned into a client number.</source>
        <translation>Ekki er hægt að gera viðskiptavinanúmer úr {sequence}.</translation>
    </message>
    <message>
        <source>“{value}” is not a client number (digits only).</source>
        <translation>„{value}“ er ekki viðskiptavinanúmer (aðeins tölustafir).</translation>
    </message>
    <message>
        <source>Client number “{value}” has a wrong check digit; please check it for typos.</source>
        <translation>Viðskiptavinanúmerið „{value}“ er með ranga vartölu; athugaðu hvort það sé innsláttarvilla.</translation>
    </message>
    <message>
        <source>Every invoice line needs a description.</source>
        <translation>Hver reikningslína þarf lýsingu.</translation>
    </message>
    <message>
        <source>The quantity {quantity} is not valid.</source>
        <translation>Magnið {quantity} er ekki gilt.</translation>
    </message>
    <message>
        <source>The price {unit_price} cannot be negative.</source>
        <translation>Verðið {unit_price} getur ekki verið neikvætt.</translation>
    </message>
    <message>
        <source>The discount {discount} must be between zero and the line amount {gross}.</source>
        <translation>Afslátturinn {discount} verður að vera á milli núlls og upphæðar línunnar {gross}.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 and 100%.</source>
        <translation>Virðisaukaskattshlutfall verður að vera á bilinu 0 til 100%.</translation>
    </message>
    <message>
        <source>This invoice cannot be changed that way now.</source>
        <translation>Ekki er hægt að breyta þessum reikningi á þennan hátt núna.</translation>
    </message>
    <message>
        <source>The paid amount does not fit this invoice.</source>
        <translation>Greidda upphæðin passar ekki við þennan reikning.</translation>
    </message>
    <message>
        <source>This allocation has already been undone.</source>
        <translation>Þessi ráðstöfun hefur þegar verið afturkölluð.</translation>
    </message>
    <message>
        <source>The amount to allocate is not valid.</source>
        <translation>Upphæðin sem á að ráðstafa er ekki gild.</translation>
    </message>
    <message>
        <source>An undo cannot itself be undone; make a new allocation instead.</source>
        <translation>Ekki er hægt að afturkalla afturköllun; gerðu nýja ráðstöfun í staðinn.</translation>
    </message>
    <message>
        <source>This allocation no longer exists.</source>
        <translation>Þessi ráðstöfun er ekki lengur til.</translation>
    </message>
    <message>
        <source>Please give a reason for cancelling.</source>
        <translation>Gefðu upp ástæðu ógildingar.</translation>
    </message>
    <message>
        <source>This client is archived; restore the client first.</source>
        <translation>Þessi viðskiptavinur er í geymslu; endurheimtu hann fyrst.</translation>
    </message>
    <message>
        <source>The birth date {birth_date} is not possible.</source>
        <translation>Fæðingardagurinn {birth_date} getur ekki staðist.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>„{email}“ er ekki gilt netfang.</translation>
    </message>
    <message>
        <source>Please enter the client&apos;s name.</source>
        <translation>Sláðu inn nafn viðskiptavinarins.</translation>
    </message>
    <message>
        <source>This client no longer exists.</source>
        <translation>Þessi viðskiptavinur er ekki lengur til.</translation>
    </message>
    <message>
        <source>Demo data needs at least one client.</source>
        <translation>Sýnigögn þurfa að minnsta kosti einn viðskiptavin.</translation>
    </message>
    <message>
        <source>This invoice is cancelled.</source>
        <translation>Þessi reikningur hefur verið ógiltur.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Reikningur þarf að minnsta kosti eina línu.</translation>
    </message>
    <message>
        <source>Only a draft invoice can be changed; an issued one needs a credit note.</source>
        <translation>Aðeins er hægt að breyta drögum; útgefinn reikningur þarf kreditreikning.</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>Þessi reikningur er ekki lengur til.</translation>
    </message>
    <message>
        <source>Invoice {number} is not open for payment.</source>
        <translation>Reikningur {number} er ekki opinn til greiðslu.</translation>
    </message>
    <message>
        <source>This invoice belongs to another client.</source>
        <translation>Þessi reikningur tilheyrir öðrum viðskiptavini.</translation>
    </message>
    <message>
        <source>Paying {paid} would exceed the invoice total {total}.</source>
        <translation>Greiðsla upp á {paid} færi yfir heildarupphæð reikningsins {total}.</translation>
    </message>
    <message>
        <source>The payment amount {amount} cannot be matched.</source>
        <translation>Ekki er hægt að para greiðsluupphæðina {amount}.</translation>
    </message>
    <message>
        <source>This client owes nothing at the moment.</source>
        <translation>Þessi viðskiptavinur skuldar ekkert í augnablikinu.</translation>
    </message>
    <message>
        <source>This payment has already been reversed.</source>
        <translation>Þessi greiðsla hefur þegar verið bakfærð.</translation>
    </message>
    <message>
        <source>Only {available} of this payment is still free to allocate.</source>
        <translation>Aðeins {available} af þessari greiðslu er enn óráðstafað.</translation>
    </message>
    <message>
        <source>The payment amount {amount} is not valid.</source>
        <translation>Greiðsluupphæðin {amount} er ekki gild.</translation>
    </message>
    <message>
        <source>“{method}” is not a known payment method.</source>
        <translation>„{method}“ er ekki þekktur greiðslumáti.</translation>
    </message>
    <message>
        <source>Choose what to do with the overpayment.</source>
        <translation>Veldu hvað gera skal við ofgreiðsluna.</translation>
    </message>
    <message>
        <source>“{source}” is not a known payment source.</source>
        <translation>„{source}“ er ekki þekkt greiðsluleið.</translation>
    </message>
    <message>
        <source>A payment from {source} needs its transaction id.</source>
        <translation>Greiðsla frá {source} þarf færsluauðkenni.</translation>
    </message>
    <message>
        <source>A reversal cannot itself be reversed.</source>
        <translation>Ekki er hægt að bakfæra bakfærslu.</translation>
    </message>
    <message>
        <source>This payment no longer exists.</source>
        <translation>Þessi greiðsla er ekki lengur til.</translation>
    </message>
    <message>
        <source>This payment has been reversed and cannot be used.</source>
        <translation>Þessi greiðsla hefur verið bakfærð og er ekki nothæf.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Gefðu upp ástæðu.</translation>
    </message>
    <message>
        <source>The reversal amount {amount} does not match the original payment.</source>
        <translation>Bakfærsluupphæðin {amount} passar ekki við upprunalegu greiðsluna.</translation>
    </message>
    <message>
        <source>The reversed payment {external_id} from {source} is not in the books.</source>
        <translation>Bakfærða greiðslan {external_id} frá {source} er ekki í bókhaldinu.</translation>
    </message>
    <message>
        <source>A service needs a code and a name.</source>
        <translation>Þjónusta þarf kóða og heiti.</translation>
    </message>
    <message>
        <source>This service no longer exists.</source>
        <translation>Þessi þjónusta er ekki lengur til.</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>Afritið {path} er ekki til.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself ({path}).</source>
        <translation>Ekki er hægt að skrifa afrit yfir gagnagrunninn sjálfan ({path}).</translation>
    </message>
    <message>
        <source>Backups from here work for a database file only; back up the server {url} with its own tools.</source>
        <translation>Héðan er aðeins hægt að afrita gagnagrunnsskrá; afritaðu þjóninn {url} með hans eigin tólum.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file to restore into.</source>
        <translation>{path} er þegar til; veldu nýja skrá til að endurheimta í.</translation>
    </message>
    <message>
        <source>The service code {code} is already in use.</source>
        <translation>Þjónustukóðinn {code} er þegar í notkun.</translation>
    </message>
    <message>
        <source>Choose where the documents should go.</source>
        <translation>Veldu hvert skjölin eiga að fara.</translation>
    </message>
    <message>
        <source>No client has the number {client_number}.</source>
        <translation>Enginn viðskiptavinur hefur númerið {client_number}.</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}</source>
        <translation>Ekki tókst að lesa skrána {file}: {reason}</translation>
    </message>
    <message>
        <source>Reading the file {file} stopped part way. What was booked is kept; import the file again to book the rest.</source>
        <translation>Lestur skrárinnar {file} stöðvaðist í miðjum klíðum. Það sem var bókað heldur sér; flyttu skrána inn aftur til að bóka afganginn.</translation>
    </message>
    <message>
        <source>This invoice has not been issued yet.</source>
        <translation>Þessi reikningur hefur ekki enn verið gefinn út.</translation>
    </message>
    <message>
        <source>There is no invoice {number}.</source>
        <translation>Enginn reikningur {number} er til.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} er þegar til.</translation>
    </message>
    <message>
        <source>This payment is not matched to a client yet.</source>
        <translation>Þessi greiðsla hefur ekki enn verið pöruð við viðskiptavin.</translation>
    </message>
    <message>
        <source>The statement reverses a payment that is not in the books.</source>
        <translation>Yfirlitið bakfærir greiðslu sem er ekki í bókhaldinu.</translation>
    </message>
    <message>
        <source>The report period from {date_from} to {date_to} ends before it starts.</source>
        <translation>Tímabil skýrslunnar frá {date_from} til {date_to} endar áður en það byrjar.</translation>
    </message>
    <message>
        <source>“{time_zone}” is not a known time zone.</source>
        <translation>„{time_zone}“ er ekki þekkt tímabelti.</translation>
    </message>
    <message>
        <source>The period from {date_from} to {date_to} is not valid.</source>
        <translation>Tímabilið frá {date_from} til {date_to} er ekki gilt.</translation>
    </message>
    <message>
        <source>The statement folder {folder} does not exist.</source>
        <translation>Yfirlitamappan {folder} er ekki til.</translation>
    </message>
    <message>
        <source>The file {file} uses XML features that are not allowed (line {line}).</source>
        <translation>Skráin {file} notar XML-eiginleika sem eru ekki leyfðir (lína {line}).</translation>
    </message>
    <message>
        <source>The file {file} is not valid XML.</source>
        <translation>Skráin {file} er ekki gilt XML.</translation>
    </message>
    <message>
        <source>The file {file} is cut off; download it from the bank again.</source>
        <translation>Skráin {file} er stýfð; sæktu hana aftur frá bankanum.</translation>
    </message>
    <message>
        <source>The file {file} has an unreadable amount (line {line}).</source>
        <translation>Í skránni {file} er ólæsileg upphæð (lína {line}).</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>Skráin {file} er tóm.</translation>
    </message>
    <message>
        <source>The file {file} is too large to import.</source>
        <translation>Skráin {file} er of stór til að flytja inn.</translation>
    </message>
    <message>
        <source>The statement {file} is in {found}, but the clinic works in {expected}.</source>
        <translation>Yfirlitið {file} er í {found} en stöðin notar {expected}.</translation>
    </message>
    <message>
        <source>“{format}” is not a known registry format.</source>
        <translation>„{format}“ er ekki þekkt snið kröfuskrár.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a known text encoding.</source>
        <translation>„{encoding}“ er ekki þekkt stafatafla.</translation>
    </message>
    <message>
        <source>There are no open charges to export.</source>
        <translation>Engar opnar kröfur til að flytja út.</translation>
    </message>
    <message>
        <source>The charges are in several currencies ({currencies}); export one currency at a time.</source>
        <translation>Kröfurnar eru í nokkrum gjaldmiðlum ({currencies}); fluttu út einn gjaldmiðil í einu.</translation>
    </message>
    <message>
        <source>The charge for account {account} is negative and cannot be sent to the bank.</source>
        <translation>Krafan fyrir reikning {account} er neikvæð og ekki hægt að senda hana bankanum.</translation>
    </message>
    <message>
        <source>The {field} of account {account} contains a character the bank cannot accept.</source>
        <translation>Reiturinn {field} fyrir reikning {account} inniheldur staf sem bankinn tekur ekki við.</translation>
    </message>
    <message>
        <source>Account {account} has text that cannot be written in {encoding}.</source>
        <translation>Reikningur {account} hefur texta sem ekki er hægt að skrifa í {encoding}.</translation>
    </message>
    <message>
        <source>“{delimiter}” cannot be used as the column separator.</source>
        <translation>Ekki er hægt að nota „{delimiter}“ sem dálkaskil.</translation>
    </message>
    <message>
        <source>The link amount {amount} is not valid.</source>
        <translation>Upphæð tengilsins {amount} er ekki gild.</translation>
    </message>
    <message>
        <source>The patient for this link no longer exists.</source>
        <translation>Sjúklingurinn fyrir þennan tengil er ekki lengur til.</translation>
    </message>
    <message>
        <source>The expiry date {expires} is already in the past.</source>
        <translation>Gildistíminn {expires} er þegar liðinn.</translation>
    </message>
    <message>
        <source>The invoice for this link no longer exists.</source>
        <translation>Reikningurinn fyrir þennan tengil er ekki lengur til.</translation>
    </message>
    <message>
        <source>A payment link can only be made for an open invoice.</source>
        <translation>Aðeins er hægt að búa til greiðslutengil fyrir opinn reikning.</translation>
    </message>
    <message>
        <source>The patient has no address to send this link to.</source>
        <translation>Sjúklingurinn hefur ekkert heimilisfang til að senda þennan tengil á.</translation>
    </message>
    <message>
        <source>This payment link no longer exists.</source>
        <translation>Þessi greiðslutengill er ekki lengur til.</translation>
    </message>
    <message>
        <source>This link has not reached the exchange yet; sync first.</source>
        <translation>Þessi tengill hefur ekki enn borist skiptiþjónustunni; samstilltu fyrst.</translation>
    </message>
    <message>
        <source>Nothing is due on this invoice.</source>
        <translation>Ekkert er ógreitt á þessum reikningi.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid sender e-mail address.</source>
        <translation>„{address}“ er ekki gilt netfang sendanda.</translation>
    </message>
    <message>
        <source>“{channel}” is not a known way to send messages.</source>
        <translation>„{channel}“ er ekki þekkt leið til að senda skilaboð.</translation>
    </message>
    <message>
        <source>“{security}” is not a known mail connection security.</source>
        <translation>„{security}“ er ekki þekkt öryggisstilling póstþjóns.</translation>
    </message>
    <message>
        <source>The patient has no {channel} address.</source>
        <translation>Sjúklingurinn hefur ekkert {channel}-heimilisfang.</translation>
    </message>
    <message>
        <source>This message cannot be sent again.</source>
        <translation>Ekki er hægt að senda þessi skilaboð aftur.</translation>
    </message>
    <message>
        <source>“{channel}” is not a known way to send reminders.</source>
        <translation>„{channel}“ er ekki þekkt leið til að senda áminningar.</translation>
    </message>
    <message>
        <source>Reminders must be at least {days} day(s) apart; choose a valid interval.</source>
        <translation>Minnst {days} dagar verða að líða milli áminninga; veldu gilt bil.</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number an SMS can go to.</source>
        <translation>„{phone}“ er ekki símanúmer sem hægt er að senda SMS á.</translation>
    </message>
    <message>
        <source>Invoice {number} is already credited by {credited}; credit what is left by lines or an amount.</source>
        <translation>Reikningur {number} hefur þegar verið kreditfærður um {credited}; kreditfærðu afganginn eftir línum eða upphæð.</translation>
    </message>
    <message>
        <source>Choose the lines to credit, or an amount.</source>
        <translation>Veldu línur til að kreditfæra, eða upphæð.</translation>
    </message>
    <message>
        <source>There is nothing to credit on invoice {number}.</source>
        <translation>Ekkert er til að kreditfæra á reikningi {number}.</translation>
    </message>
    <message>
        <source>A credit of {amount} is more than the {left} left on invoice {number}; nothing was credited.</source>
        <translation>Kredit upp á {amount} er meira en {left} sem eftir er á reikningi {number}; ekkert var kreditfært.</translation>
    </message>
    <message>
        <source>Invoice {number} has no line {line}.</source>
        <translation>Reikningur {number} hefur enga línu {line}.</translation>
    </message>
    <message>
        <source>Line {line} ({description}) of invoice {number} has only {left} left to credit, not {quantity}; nothing was credited.</source>
        <translation>Á línu {line} ({description}) á reikningi {number} eru aðeins {left} eftir til að kreditfæra, ekki {quantity}; ekkert var kreditfært.</translation>
    </message>
    <message>
        <source>{amount} cannot be credited to the cent at the VAT rate {rate}; please adjust it by a cent.</source>
        <translation>Ekki er hægt að kreditfæra {amount} upp á sent með virðisaukaskattshlutfallinu {rate}; breyttu upphæðinni um eitt sent.</translation>
    </message>
    <message>
        <source>{amount} of this payment was already refunded to the patient; it cannot be reversed.</source>
        <translation>{amount} af þessari greiðslu hefur þegar verið endurgreitt sjúklingnum; ekki er hægt að bakfæra hana.</translation>
    </message>
    <message>
        <source>This refund no longer exists.</source>
        <translation>Þessi endurgreiðsla er ekki lengur til.</translation>
    </message>
    <message>
        <source>A refund is paid in cash or by bank transfer.</source>
        <translation>Endurgreiðsla er greidd í reiðufé eða með millifærslu.</translation>
    </message>
    <message>
        <source>The refund amount {amount} must be more than zero.</source>
        <translation>Upphæð endurgreiðslu {amount} verður að vera meiri en núll.</translation>
    </message>
    <message>
        <source>A refund of {amount} is more than the patient&apos;s credit of {credit}; nothing was refunded.</source>
        <translation>Endurgreiðsla upp á {amount} er meiri en inneign sjúklingsins, {credit}; ekkert var endurgreitt.</translation>
    </message>
    <message>
        <source>A refund by bank transfer needs the payee&apos;s IBAN.</source>
        <translation>Endurgreiðsla með millifærslu þarf IBAN viðtakanda.</translation>
    </message>
    <message>
        <source>“{bic}” is not a valid BIC.</source>
        <translation>„{bic}“ er ekki gilt BIC.</translation>
    </message>
    <message>
        <source>A refund by bank transfer needs the payee&apos;s name.</source>
        <translation>Endurgreiðsla með millifærslu þarf nafn viðtakanda.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s IBAN in the settings before exporting bank transfers.</source>
        <translation>Skráðu IBAN stofunnar í stillingum áður en millifærslur eru fluttar út.</translation>
    </message>
    <message>
        <source>There are no bank-transfer refunds on {day}.</source>
        <translation>Engar endurgreiðslur með millifærslu eru á {day}.</translation>
    </message>
    <message>
        <source>A SEPA transfer file needs at least one transfer.</source>
        <translation>SEPA-millifærsluskrá þarf að minnsta kosti eina millifærslu.</translation>
    </message>
    <message>
        <source>SEPA transfers are in euro only, not {currency}.</source>
        <translation>SEPA-millifærslur eru aðeins í evrum, ekki {currency}.</translation>
    </message>
    <message>
        <source>A SEPA transfer of {amount} is not possible.</source>
        <translation>SEPA-millifærsla upp á {amount} er ekki möguleg.</translation>
    </message>
    <message>
        <source>“{iban}” is not a valid IBAN; please check it for typos.</source>
        <translation>„{iban}“ er ekki gilt IBAN; athugaðu hvort það sé innsláttarvilla.</translation>
    </message>
    <message>
        <source>“{bic}” is not a valid BIC (8 or 11 letters and digits).</source>
        <translation>„{bic}“ er ekki gilt BIC (8 eða 11 stafir og tölustafir).</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Greiðslufrestur verður að vera 0 til 365 dagar.</translation>
    </message>
    <message>
        <source>The invoice series must be 1 to 10 Latin letters or digits.</source>
        <translation>Reikningaröðin verður að vera 1 til 10 latneskir stafir eða tölustafir.</translation>
    </message>
    <message>
        <source>“{path}” is not an image file.</source>
        <translation>„{path}“ er ekki myndskrá.</translation>
    </message>
    <message>
        <source>“{calendar}” is not a calendar USU Desktop knows.</source>
        <translation>„{calendar}“ er ekki dagatal sem USU Desktop þekkir.</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program. Close it and try again.</source>
        <translation>Annað forrit hefur læst gagnagrunninum {path}. Lokaðu því og reyndu aftur.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Check the file&apos;s permissions.</source>
        <translation>Gagnagrunnurinn {path} er aðeins til lestrar. Athugaðu heimildir skrárinnar.</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer version of USU Desktop. Please update the program.</source>
        <translation>Gagnagrunnurinn {path} var búinn til með nýrri útgáfu af USU Desktop. Uppfærðu forritið.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>Gagnagrunnurinn {path} er skemmdur og ekki hægt að opna hann. Endurheimtu hann úr afriti.</translation>
    </message>
    <message>
        <source>The database server {path} cannot be reached. Check the network and try again.</source>
        <translation>Ekki næst samband við gagnagrunnsþjóninn {path}. Athugaðu netið og reyndu aftur.</translation>
    </message>
    <message>
        <source>The database {path} needs the driver “{driver}”, which is not installed.</source>
        <translation>Gagnagrunnurinn {path} þarf rekilinn „{driver}“, sem er ekki uppsettur.</translation>
    </message>
    <message>
        <source>The file {path} is not a USU Desktop database.</source>
        <translation>Skráin {path} er ekki USU Desktop gagnagrunnur.</translation>
    </message>
    <message>
        <source>A backup named {path} already exists.</source>
        <translation>Afrit sem heitir {path} er þegar til.</translation>
    </message>
    <message>
        <source>The file {path} is not a USU Desktop backup.</source>
        <translation>Skráin {path} er ekki afrit úr USU Desktop.</translation>
    </message>
    <message>
        <source>The backup {path} could not be written.</source>
        <translation>Ekki tókst að skrifa afritið {path}.</translation>
    </message>
    <message>
        <source>The token cannot be kept: the system keyring refused it, or the file that holds it cannot be read or written.</source>
        <translation>Ekki er hægt að geyma aðgangslykilinn: lyklakippa kerfisins hafnaði honum, eða ekki er hægt að lesa eða skrifa skrána sem geymir hann.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a user name (up to 80 characters, not starting with “admin:”).</source>
        <translation>„{name}“ getur ekki verið notandanafn (mest 80 stafir, má ekki byrja á „admin:“).</translation>
    </message>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>Lykilorð þarf að vera minnst {min} stafir.</translation>
    </message>
    <message>
        <source>The first user of the clinic must be an administrator.</source>
        <translation>Fyrsti notandi stofunnar verður að vera stjórnandi.</translation>
    </message>
    <message>
        <source>There is already a user called “{name}”.</source>
        <translation>Það er þegar til notandi sem heitir „{name}“.</translation>
    </message>
    <message>
        <source>There is no user called “{name}”.</source>
        <translation>Enginn notandi heitir „{name}“.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Núverandi lykilorð er ekki rétt.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Lykilorðin tvö eru ekki eins.</translation>
    </message>
    <message>
        <source>Signing in automatically is off now that this clinic has more than one user.</source>
        <translation>Sjálfvirk innskráning er óvirk þar sem stofan hefur nú fleiri en einn notanda.</translation>
    </message>
    <message>
        <source>{name} is the only administrator left and cannot be disabled; make another one first.</source>
        <translation>{name} er eini stjórnandinn sem eftir er og er ekki hægt að gera óvirkan; búðu fyrst til annan.</translation>
    </message>
    <message>
        <source>The user name or the password is not right. Please try again.</source>
        <translation>Notandanafnið eða lykilorðið er ekki rétt. Reyndu aftur.</translation>
    </message>
    <message>
        <source>The user {name} has been disabled; please ask an administrator.</source>
        <translation>Notandinn {name} hefur verið gerður óvirkur; hafðu samband við stjórnanda.</translation>
    </message>
    <message>
        <source>“{role}” is not a role; use receptionist, manager or administrator.</source>
        <translation>„{role}“ er ekki hlutverk; notaðu receptionist, manager eða administrator.</translation>
    </message>
    <message>
        <source>Your role may not change patients.</source>
        <translation>Hlutverk þitt má ekki breyta sjúklingum.</translation>
    </message>
    <message>
        <source>Your role may not make invoices.</source>
        <translation>Hlutverk þitt má ekki gera reikninga.</translation>
    </message>
    <message>
        <source>Your role may not take payments at the desk.</source>
        <translation>Hlutverk þitt má ekki taka við greiðslum í afgreiðslu.</translation>
    </message>
    <message>
        <source>Your role may not print receipts.</source>
        <translation>Hlutverk þitt má ekki prenta kvittanir.</translation>
    </message>
    <message>
        <source>Your role may not make payment links.</source>
        <translation>Hlutverk þitt má ekki búa til greiðslutengla.</translation>
    </message>
    <message>
        <source>Your role may not send reminders.</source>
        <translation>Hlutverk þitt má ekki senda áminningar.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may cancel an invoice or issue a credit note.</source>
        <translation>Aðeins yfirmaður eða stjórnandi má ógilda reikning eða gefa út kreditreikning.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may reverse a payment or refund it.</source>
        <translation>Aðeins yfirmaður eða stjórnandi má bakfæra greiðslu eða endurgreiða hana.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may undo a match or match a payment by hand.</source>
        <translation>Aðeins yfirmaður eða stjórnandi má afturkalla pörun eða para greiðslu handvirkt.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may see the reports.</source>
        <translation>Aðeins yfirmaður eða stjórnandi má sjá skýrslurnar.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may close the day.</source>
        <translation>Aðeins yfirmaður eða stjórnandi má loka deginum.</translation>
    </message>
    <message>
        <source>Only an administrator may change the clinic settings.</source>
        <translation>Aðeins stjórnandi má breyta stillingum stofunnar.</translation>
    </message>
    <message>
        <source>Only an administrator may change the bank or exchange connection.</source>
        <translation>Aðeins stjórnandi má breyta tengingu við banka eða miðlara.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>Aðeins stjórnandi má sýsla með notendur.</translation>
    </message>
    <message>
        <source>Only an administrator may back up or restore the books.</source>
        <translation>Aðeins stjórnandi má taka afrit af bókhaldinu eða endurheimta það.</translation>
    </message>
    <message>
        <source>The operation was refused ({code}).</source>
        <translation>Aðgerðinni var hafnað ({code}).</translation>
    </message>
    <message>
        <source>An unexpected error occurred: {detail}</source>
        <translation>Óvænt villa kom upp: {detail}</translation>
    </message>
    <message>
        <source>The file {path} could not be used: {detail}</source>
        <translation>Ekki tókst að nota skrána {path}: {detail}</translation>
    </message>
    <message>
        <source>The exchange address is not set. Enter it on the Connection tab.</source>
        <translation>Slóð skiptiþjónustunnar er ekki skráð. Sláðu hana inn á flipanum „Tenging“.</translation>
    </message>
    <message>
        <source>The file {file} is not a bank statement in a known format (camt.052, camt.053, camt.054, MT940, MT942).</source>
        <translation>Skráin {file} er ekki bankayfirlit á þekktu sniði (camt.052, camt.053, camt.054, MT940, MT942).</translation>
    </message>
    <message>
        <source>The file {file} lacks the required field {field} (line {line}).</source>
        <translation>Í skránni {file} vantar skylda reitinn {field} (lína {line}).</translation>
    </message>
    <message>
        <source>The file {file} holds several accounts and none of them is the clinic&apos;s. Enter the clinic&apos;s IBAN in Settings, or import a file of the clinic&apos;s account.</source>
        <translation>Skráin {file} geymir marga reikninga og enginn þeirra er reikningur stofunnar. Skráðu IBAN stofunnar í Stillingum, eða fluttu inn skrá reiknings stofunnar.</translation>
    </message>
    <message>
        <source>No access token is saved for this desk. Enter the token on the Connection tab.</source>
        <translation>Enginn aðgangslykill er vistaður fyrir þessa afgreiðslu. Sláðu hann inn á flipanum „Tenging“.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 1440 minutes.</source>
        <translation>Bilið verður að vera 1 til 1440 mínútur.</translation>
    </message>
    <message>
        <source>The exchange {url} cannot be reached. Check the address and the internet connection.</source>
        <translation>Ekki næst í skiptiþjónustuna {url}. Athugaðu slóðina og nettenginguna.</translation>
    </message>
    <message>
        <source>The exchange {url} did not answer in time.</source>
        <translation>Skiptiþjónustan {url} svaraði ekki í tæka tíð.</translation>
    </message>
    <message>
        <source>The exchange refused the access token. Enter the token again.</source>
        <translation>Skiptiþjónustan hafnaði aðgangslyklinum. Sláðu hann inn aftur.</translation>
    </message>
    <message>
        <source>The exchange had an internal error (HTTP {status}). It will be tried again later.</source>
        <translation>Innri villa í skiptiþjónustunni (HTTP {status}). Reynt verður aftur síðar.</translation>
    </message>
    <message>
        <source>The exchange answered something unexpected. Check the address.</source>
        <translation>Skiptiþjónustan svaraði einhverju óvæntu. Athugaðu slóðina.</translation>
    </message>
    <message>
        <source>The exchange refused the request ({server_code}).</source>
        <translation>Skiptiþjónustan hafnaði beiðninni ({server_code}).</translation>
    </message>
    <message>
        <source>Use an https:// address; plain http is only allowed to this computer.</source>
        <translation>Notaðu https:// slóð; venjulegt http er aðeins leyft á þessa tölvu.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>„{url}“ er ekki vefslóð.</translation>
    </message>
    <message>
        <source>E-mail sending is not set up. Enter the mail server on the Sending tab of Payment links.</source>
        <translation>Sending tölvupósts er ekki uppsett. Sláðu inn póstþjóninn á flipanum „Sending“ undir Greiðslutenglar.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer an encrypted connection, so nothing was sent.</source>
        <translation>Póstþjónninn {host} býður ekki upp á dulkóðaða tengingu, svo ekkert var sent.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the user name or password.</source>
        <translation>Póstþjónninn {host} hafnaði notandanafninu eða lykilorðinu.</translation>
    </message>
    <message>
        <source>The mail server {host} cannot be reached. Check the address, the port and the internet connection.</source>
        <translation>Ekki næst í póstþjóninn {host}. Athugaðu vistfangið, gáttina og nettenginguna.</translation>
    </message>
    <message>
        <source>The mail server refused the message (code {status}).</source>
        <translation>Póstþjónninn hafnaði skeytinu (kóði {status}).</translation>
    </message>
    <message>
        <source>SMS sending is not set up. Enter the SMS gateway on the Sending tab of Payment links.</source>
        <translation>SMS-sending er ekki uppsett. Sláðu inn SMS-gáttina á flipanum „Sending“ undir Greiðslutenglar.</translation>
    </message>
    <message>
        <source>Use an https:// address for the SMS gateway {host}.</source>
        <translation>Notaðu https:// vistfang fyrir SMS-gáttina {host}.</translation>
    </message>
    <message>
        <source>The SMS gateway cannot be reached. Check the address and the internet connection.</source>
        <translation>Ekki næst í SMS-gáttina. Athugaðu vistfangið og nettenginguna.</translation>
    </message>
    <message>
        <source>The SMS gateway refused the message (HTTP {status}).</source>
        <translation>SMS-gáttin hafnaði skeytinu (HTTP {status}).</translation>
    </message>
    <message>
        <source>The bank QR code is for euro payments only; this amount is in {currency}.</source>
        <translation>QR-kóði bankans er aðeins fyrir greiðslur í evrum; þessi upphæð er í {currency}.</translation>
    </message>
    <message>
        <source>The amount {amount} cannot go into a bank QR code (0.01 to 999,999,999.99 EUR).</source>
        <translation>Upphæðin {amount} kemst ekki í QR-kóða bankans (0,01 til 999.999.999,99 EUR).</translation>
    </message>
    <message>
        <source>The clinic name “{name}” cannot go into a bank QR code; correct it in Settings.</source>
        <translation>Nafn stofunnar „{name}“ kemst ekki í QR-kóða bankans; leiðréttu það í Stillingum.</translation>
    </message>
    <message>
        <source>The payment details are too long for a bank QR code.</source>
        <translation>Greiðsluupplýsingarnar eru of langar fyrir QR-kóða bankans.</translation>
    </message>
    <message>
        <source>“{rf}” is not a valid RF payment code.</source>
        <translation>„{rf}“ er ekki gildur RF-greiðslukóði.</translation>
    </message>
    <message>
        <source>A font the documents need is missing: {path}. Please reinstall USU Desktop.</source>
        <translation>Leturgerð sem skjölin þurfa vantar: {path}. Settu USU Desktop upp aftur.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}. Please choose another folder.</source>
        <translation>Ekki er hægt að skrifa skrána {path}: {reason}. Veldu aðra möppu.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Welcome: the administrator</source>
        <translation>Velkomin: stjórnandinn</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Stofna</translation>
    </message>
    <message>
        <source>Choose the name and password of the clinic&apos;s administrator. The administrator adds the other users and may change every setting.</source>
        <translation>Veldu nafn og lykilorð stjórnanda stofunnar. Stjórnandinn bætir við öðrum notendum og má breyta öllum stillingum.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Notandanafn:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lykilorð:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Lykilorð aftur:</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Creating patients…</source>
        <translation>Bý til sjúklinga…</translation>
    </message>
    <message>
        <source>Creating invoices and payments…</source>
        <translation>Bý til reikninga og greiðslur…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Vista…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Lokið.</translation>
    </message>
    <message>
        <source>Welcome to USU Desktop</source>
        <translation>Velkomin(n) í USU Desktop</translation>
    </message>
    <message>
        <source>A new, empty database has been created.

Would you like to fill it with demo clients, invoices and payments to try the program? You can start a clean database later.</source>
        <translation>Nýr, tómur gagnagrunnur hefur verið búinn til.

Viltu fylla hann með sýnishornum af viðskiptavinum, reikningum og greiðslum til að prófa forritið? Þú getur byrjað með hreinan gagnagrunn síðar.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Sýnigögn</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Bý til sýnigögn…</translation>
    </message>
    <message>
        <source>Demo data could not be created</source>
        <translation>Ekki tókst að búa til sýnigögn</translation>
    </message>
    <message>
        <source>Creating demo data was cancelled.</source>
        <translation>Hætt var við að búa til sýnigögn.</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Service from the price list</source>
        <translation>Þjónusta af verðskrá</translation>
    </message>
    <message>
        <source>&amp;Add service</source>
        <translation>&amp;Bæta við þjónustu</translation>
    </message>
    <message>
        <source>Add &amp;free line</source>
        <translation>Bæta við &amp;frjálsri línu</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Fjarlægja línu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Lýsing</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Magn</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einingarverð</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Afsláttur</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>VSK %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Upphæð</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Athugasemd</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Vista drög</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Gefa út…</translation>
    </message>
    <message>
        <source>Cancel &amp;invoice…</source>
        <translation>Ógilda &amp;reikning…</translation>
    </message>
    <message>
        <source>Cre&amp;dit note…</source>
        <translation>Kre&amp;ditreikningur…</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>Taka við &amp;greiðslu…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forskoðun</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Prenta…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Vista sem PDF…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>For&amp;skoðun</translation>
    </message>
    <message>
        <source>Patient: {name} ({number})</source>
        <translation>Sjúklingur: {name} ({number})</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nýr reikningur</translation>
    </message>
    <message>
        <source>Draft (not saved)</source>
        <translation>Drög (ekki vistuð)</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Drög að reikningi</translation>
    </message>
    <message>
        <source>No service on the price list matches “{text}”.</source>
        <translation>Engin þjónusta í verðskránni passar við „{text}“.</translation>
    </message>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>Lína {n}: {problem}</translation>
    </message>
    <message>
        <source>Lines {lines} · Discount {discount} · Without VAT {untaxed} · VAT {tax} · Total {total}</source>
        <translation>Línur {lines} · Afsláttur {discount} · Án VSK {untaxed} · VSK {tax} · Samtals {total}</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>Vista reikning</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Gefa út reikning</translation>
    </message>
    <message>
        <source>Issue this invoice for {total}? It gets its number and cannot be changed afterwards; a mistake is then corrected by a credit note.</source>
        <translation>Gefa út þennan reikning upp á {total}? Hann fær númer og er ekki hægt að breyta eftir það; mistök eru leiðrétt með kreditreikningi.</translation>
    </message>
    <message>
        <source>{credit} of the patient&apos;s credit was used on {number}.</source>
        <translation>{credit} af inneign sjúklingsins var notað á {number}.</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Ógilda reikning</translation>
    </message>
    <message>
        <source>Why is {number} cancelled?</source>
        <translation>Hvers vegna er {number} ógiltur?</translation>
    </message>
    <message>
        <source>Credit note {number} was made. What was paid on the invoice is now the patient&apos;s credit.</source>
        <translation>Kreditreikningur {number} var gerður. Það sem greitt var af reikningnum er nú inneign sjúklingsins.</translation>
    </message>
</context>
<context>
    <name>InvoiceList</name>
    <message>
        <source>Due</source>
        <translation>Gjalddagi</translation>
    </message>
    <message>
        <source>Due amount</source>
        <translation>Ógreitt</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Útgefið</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Númer</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Greitt</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Sjúklingur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Staða</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Samtals</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Search: invoice number, patient name or number</source>
        <translation>Leit: reikningsnúmer, nafn eða númer sjúklings</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Allir reikningar</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Útgefnir frá</translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation>Nýr &amp;reikningur</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forskoðun</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Prenta…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Vista sem PDF…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Flytja út valda…</translation>
    </message>
    <message>
        <source>Export all shown…</source>
        <translation>Flytja út alla sem sjást…</translation>
    </message>
    <message>
        <source>Preview current state (with paid stamp)</source>
        <translation>Forskoða núverandi stöðu (með greiðslustimpli)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Opna</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nýr reikningur</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Taka við greiðslu</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Endurnýja</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tel…</translation>
    </message>
    <message>
        <source>{count} invoices · Total {total} · Paid {paid} · Due {due}</source>
        <translation>Reikningar: {count} · Samtals {total} · Greitt {paid} · Ógreitt {due}</translation>
    </message>
    <message>
        <source>Print all shown…</source>
        <translation>Prenta alla sem sjást…</translation>
    </message>
    <message>
        <source>Print invoices</source>
        <translation>Prenta reikninga</translation>
    </message>
    <message>
        <source>There are no issued invoices to print.</source>
        <translation>Engir útgefnir reikningar til að prenta.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Payment link paid: {title} ({amount})</source>
        <translation>Greiðsluhlekkur greiddur: {title} ({amount})</translation>
    </message>
    <message>
        <source>Payment link partly paid: {title} ({amount} so far)</source>
        <translation>Greiðsluhlekkur greiddur að hluta: {title} ({amount} hingað til)</translation>
    </message>
    <message>
        <source>Payment link expired: {title}</source>
        <translation>Greiðsluhlekkur rann út: {title}</translation>
    </message>
    <message>
        <source>Payment link changed: {title}</source>
        <translation>Greiðsluhlekkur breyttist: {title}</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>Greiðsluhlekkir</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Virkur</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Greitt að hluta</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Greitt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Útrunninn</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Felldur niður</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mistókst</translation>
    </message>
    <message>
        <source>Skipped: paid meanwhile</source>
        <translation>Sleppt: greitt í millitíðinni</translation>
    </message>
    <message>
        <source>Skipped: client credit covers the debt</source>
        <translation>Sleppt: inneign sjúklings dekkar skuldina</translation>
    </message>
    <message>
        <source>Skipped: reminded recently</source>
        <translation>Sleppt: nýlega minnt á</translation>
    </message>
    <message>
        <source>Skipped: no e-mail or phone</source>
        <translation>Sleppt: ekkert netfang eða sími</translation>
    </message>
    <message>
        <source>Would be sent</source>
        <translation>Yrði sent</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Tölvupóstur</translation>
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
        <translation>Greiðsluhlekkir</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Hlekkir</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Skilaboð</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Stofnaður</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Sjúklingur</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Fyrir</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Upphæð</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Greitt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Staða</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gildir til</translation>
    </message>
    <message>
        <source>No payment links yet. Make one with “New link…”.</source>
        <translation>Engir greiðsluhlekkir enn. Búðu til hlekk með „Nýr hlekkur…“.</translation>
    </message>
    <message>
        <source>New link…</source>
        <translation>Nýr hlekkur…</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Senda í tölvupósti</translation>
    </message>
    <message>
        <source>Send by SMS</source>
        <translation>Senda með SMS</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Afrita slóð</translation>
    </message>
    <message>
        <source>Cancel link</source>
        <translation>Fella niður hlekk</translation>
    </message>
    <message>
        <source>Update statuses</source>
        <translation>Uppfæra stöðu</translation>
    </message>
    <message>
        <source>payer chooses</source>
        <translation>greiðandi velur</translation>
    </message>
    <message>
        <source>New payment link</source>
        <translation>Nýr greiðsluhlekkur</translation>
    </message>
    <message>
        <source>Payment link made: {url}</source>
        <translation>Greiðsluhlekkur búinn til: {url}</translation>
    </message>
    <message>
        <source>Send payment link</source>
        <translation>Senda greiðsluhlekk</translation>
    </message>
    <message>
        <source>Sent by {channel}</source>
        <translation>Sent með {channel}</translation>
    </message>
    <message>
        <source>Not sent: {reason}
The message is in the log and can be sent again.</source>
        <translation>Ekki sent: {reason}
Skilaboðin eru í skránni og má senda aftur.</translation>
    </message>
    <message>
        <source>Cancel this payment link? It will refuse payment from now on.</source>
        <translation>Fella niður þennan greiðsluhlekk? Hann tekur ekki við greiðslum eftir þetta.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tími</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Leið</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tilraunir</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Ástæða</translation>
    </message>
    <message>
        <source>No messages sent yet.</source>
        <translation>Engin skilaboð hafa verið send enn.</translation>
    </message>
    <message>
        <source>Send failed messages again</source>
        <translation>Senda misheppnuð skilaboð aftur</translation>
    </message>
    <message>
        <source>{sent} of {count} messages sent</source>
        <translation>{sent} af {count} skilaboðum send</translation>
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
        <translation>Engin (aðeins þessi tölva)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>óbreytt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>Tölvupóstur (SMTP)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Þjónn</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Gátt</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Dulkóðun</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Notandanafn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lykilorð</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Netfang sendanda</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>SMS-gátt</translation>
    </message>
    <message>
        <source>Address template</source>
        <translation>Sniðmát slóðar</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Aðferð</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nafn sendanda</translation>
    </message>
    <message>
        <source>Sending settings saved</source>
        <translation>Sendingarstillingar vistaðar</translation>
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
        <translation>&amp;Skrá</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Stillingar…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>S&amp;kipta um notanda…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Breyta &amp;lykilorði…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Hætta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Breyta</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Leita</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Fara</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjálp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Flýtilyklar</translation>
    </message>
    <message>
        <source>&amp;About USU Desktop</source>
        <translation>&amp;Um USU Desktop</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Gagnagrunnur: {name}</translation>
    </message>
    <message>
        <source>Clinic name not set</source>
        <translation>Heiti stöðvarinnar er ekki skráð</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Ekki samstillt enn</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Innskráð(ur): {name} ({role})</translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation>Fara í: {page}</translation>
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
        <translation>Nýr greiðsluhlekkur</translation>
    </message>
    <message>
        <source>For an invoice (what is still owed)</source>
        <translation>Fyrir reikning (það sem enn er skuldað)</translation>
    </message>
    <message>
        <source>For a patient (everything owed)</source>
        <translation>Fyrir sjúkling (allt sem skuldað er)</translation>
    </message>
    <message>
        <source>Free amount (the payer chooses)</source>
        <translation>Frjáls upphæð (greiðandi velur)</translation>
    </message>
    <message>
        <source>The payer may pay part of it</source>
        <translation>Greiðandi má greiða hluta</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valfrjálst</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Upphæð ({currency})</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Lægsta upphæð</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Hæsta upphæð</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Fyrir hvað</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gildir til</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Reikningsnúmer</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Viðskiptavinanúmer</translation>
    </message>
    <message>
        <source>Client number (optional)</source>
        <translation>Viðskiptavinanúmer (valfrjálst)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Clients</source>
        <translation>Viðskiptavinir</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Reikningar</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Greiðslur</translation>
    </message>
    <message>
        <source>Bank sync</source>
        <translation>Bankasamstilling</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Stillingar</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Verðskrá</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>Bankayfirlit</translation>
    </message>
    <message>
        <source>Debtors</source>
        <translation>Skuldarar</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>Greiðsluhlekkir</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Atvikaskrá</translation>
    </message>
</context>
<context>
    <name>PaymentList</name>
    <message>
        <source>Amount</source>
        <translation>Upphæð</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Parað</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Greiðslumáti</translation>
    </message>
    <message>
        <source>On invoices</source>
        <translation>Á reikninga</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Greitt þann</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Sjúklingur</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Tilvísun</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Bakfærsla</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Bakfært</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Uppruni</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Staða</translation>
    </message>
    <message>
        <source>To credit</source>
        <translation>Í inneign</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Óparað</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Search: payer, text, RF code or transaction id</source>
        <translation>Leit: greiðandi, texti, RF-kóði eða færsluauðkenni</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Allar leiðir</translation>
    </message>
    <message>
        <source>Unmatched only</source>
        <translation>Aðeins óparaðar</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Greitt frá</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>Taka við &amp;greiðslu…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Reikningur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Upphæð</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvers vegna</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staða</translation>
    </message>
    <message>
        <source>&amp;Undo allocation…</source>
        <translation>&amp;Afturkalla ráðstöfun…</translation>
    </message>
    <message>
        <source>&amp;Reverse payment…</source>
        <translation>&amp;Bakfæra greiðslu…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvittun</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Prenta kvittun…</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Vista kvittun sem PDF…</translation>
    </message>
    <message>
        <source>Reverse payment…</source>
        <translation>Bakfæra greiðslu…</translation>
    </message>
    <message>
        <source>{count} payments</source>
        <translation>Greiðslur: {count}</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Taka við greiðslu</translation>
    </message>
    <message>
        <source>undo of an earlier allocation</source>
        <translation>afturköllun fyrri ráðstöfunar</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>afturkallað</translation>
    </message>
    <message>
        <source>active</source>
        <translation>virk</translation>
    </message>
    <message>
        <source>Select a payment to see where its money went.</source>
        <translation>Veldu greiðslu til að sjá hvert peningarnir fóru.</translation>
    </message>
    <message>
        <source>{amount} from {who}: on invoices {allocated}, to credit {credit}</source>
        <translation>{amount} frá {who}: á reikninga {allocated}, í inneign {credit}</translation>
    </message>
    <message>
        <source>Undo allocation</source>
        <translation>Afturkalla ráðstöfun</translation>
    </message>
    <message>
        <source>Select an active allocation first.</source>
        <translation>Veldu fyrst virka ráðstöfun.</translation>
    </message>
    <message>
        <source>Why is {amount} taken off {number}? The money stays with the patient as credit.</source>
        <translation>Hvers vegna er {amount} tekið af {number}? Peningarnir verða inneign sjúklingsins.</translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation>Bakfæra greiðslu</translation>
    </message>
    <message>
        <source>Why is the payment of {amount} reversed? Its allocations are taken back.</source>
        <translation>Hvers vegna er greiðslan upp á {amount} bakfærð? Ráðstafanir hennar eru teknar til baka.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Zoom out</source>
        <translation>Minnka aðdrátt</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Auka aðdrátt</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fylla breidd</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Prenta…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Vista sem PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>Síður: {count}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Prenta</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Prentun mistókst</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Vista sem PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-skrár (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>Ekki tókst að vista PDF-skrána</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Vistað: {path}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Prentar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Statement period</source>
        <translation>Tímabil yfirlits</translation>
    </message>
    <message>
        <source>Show statement</source>
        <translation>Sýna yfirlit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frá</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>Fyrsti dagurinn má ekki vera á eftir þeim síðasta.</translation>
    </message>
</context>
<context>
    <name>PriceListPage</name>
    <message>
        <source>Search: code or name</source>
        <translation>Leit: kóði eða heiti</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Sýna óvirkar</translation>
    </message>
    <message>
        <source>&amp;New service</source>
        <translation>&amp;Ný þjónusta</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Breyta…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Afvirkja</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Ný þjónusta</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Virkja</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>Draft</source>
        <translation>Drög</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Útgefinn</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Greiddur að hluta</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Greiddur</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ógilt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Gjaldfallinn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Opinn</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Reikningur</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditreikningur</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Afgreiðsla</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Posi</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banki</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Greiðslutengill</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Reiðufé</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Millifærsla</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annað</translation>
    </message>
    <message>
        <source>paid at the desk</source>
        <translation>greitt í afgreiðslu</translation>
    </message>
    <message>
        <source>allocated by hand</source>
        <translation>ráðstafað handvirkt</translation>
    </message>
    <message>
        <source>from client credit</source>
        <translation>af inneign viðskiptavinar</translation>
    </message>
    <message>
        <source>invoice RF reference</source>
        <translation>RF-kóði reiknings</translation>
    </message>
    <message>
        <source>client RF reference, oldest due first</source>
        <translation>RF-kóði viðskiptavinar, elsti gjalddagi fyrst</translation>
    </message>
    <message>
        <source>client number, oldest due first</source>
        <translation>viðskiptavinanúmer, elsti gjalddagi fyrst</translation>
    </message>
    <message>
        <source>invoice number in the text</source>
        <translation>reikningsnúmer í textanum</translation>
    </message>
    <message>
        <source>undone by hand</source>
        <translation>afturkallað handvirkt</translation>
    </message>
    <message>
        <source>payment reversed</source>
        <translation>greiðsla bakfærð</translation>
    </message>
    <message>
        <source>invoice cancelled</source>
        <translation>reikningur ógiltur</translation>
    </message>
    <message>
        <source>credit taken back</source>
        <translation>inneign tekin til baka</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund credit</source>
        <translation>Endurgreiðsla inneignar</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>Print a receipt to sign</source>
        <translation>Prenta kvittun til undirritunar</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Sjúklingur</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Inneign</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Upphæð</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Greiðslumáti</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Viðtakandi</translation>
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
        <translation>Athugasemd</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Endurgreiða</translation>
    </message>
    <message>
        <source>{amount} refunded; {left} of credit is left.</source>
        <translation>{amount} endurgreitt; {left} inneign er eftir.</translation>
    </message>
</context>
<context>
    <name>RegistryOptionsDialog</name>
    <message>
        <source>Export charge registry</source>
        <translation>Flytja út kröfuskrá</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Snið:</translation>
    </message>
    <message>
        <source>Column separator:</source>
        <translation>Dálkaskil:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Stafakóðun:</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Receptionist</source>
        <translation>Móttökuritari</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Yfirmaður</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Stjórnandi</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Edit service</source>
        <translation>Breyta þjónustu</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Ný þjónusta</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kóði</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Heiti</translation>
    </message>
    <message>
        <source>Price ({currency})</source>
        <translation>Verð ({currency})</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>VSK %</translation>
    </message>
    <message>
        <source>The code “{code}” is already used by another service.</source>
        <translation>Kóðinn „{code}“ er þegar notaður af annarri þjónustu.</translation>
    </message>
</context>
<context>
    <name>ServiceModel</name>
    <message>
        <source>Code</source>
        <translation>Kóði</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Þjónusta</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Verð</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>VSK %</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Virk</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>já</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Stillingar</translation>
    </message>
    <message>
        <source>As printed on invoices</source>
        <translation>Eins og það birtist á reikningum</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>The window is redrawn in the new language when you press OK.</source>
        <translation>Glugginn er teiknaður upp á nýja málinu þegar þú ýtir á Í lagi.</translation>
    </message>
    <message>
        <source>As each language dates (Persian: Solar Hijri)</source>
        <translation>Eins og hvert tungumál dagsetur (persneska: sólar-Hijri)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Gregoríanskt</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>Sólar-Hijri (Jalali)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velja…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjarlægja</translation>
    </message>
    <message>
        <source>Clinic name:</source>
        <translation>Heiti stöðvar:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Heimilisfang:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>Kennitala:</translation>
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
        <translation>Gjaldmiðill:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Greiðslufrestur:</translation>
    </message>
    <message>
        <source>Invoice series:</source>
        <translation>Reikningaröð:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Merki:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Tungumál:</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Dagatal:</translation>
    </message>
    <message>
        <source>Please enter the clinic&apos;s name.</source>
        <translation>Sláðu inn heiti stöðvarinnar.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ekkert merki</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Veldu merki</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
        <translation>Myndir (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The settings could not be saved</source>
        <translation>Ekki tókst að vista stillingarnar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Tungumál</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Stillingar</translation>
    </message>
    <message>
        <source>Edit settings…</source>
        <translation>Breyta stillingum…</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Heiti stöðvar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Heimilisfang</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Kennitala</translation>
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
        <translation>Gjaldmiðill</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Greiðslufrestur</translation>
    </message>
    <message>
        <source>Invoice series</source>
        <translation>Reikningaröð</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Gagnagrunnur</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Dagatal</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Merki</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ekki skráð</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} dagar</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Gregoríanskt</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>Sólar-Hijri (Jalali)</translation>
    </message>
    <message>
        <source>As each language dates (Persian: Solar Hijri)</source>
        <translation>Eins og hvert tungumál dagsetur (persneska: sólar-Hijri)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>From a search field into its list (first row)</source>
        <translation>Úr leitarreit í listann hans (fyrsta lína)</translation>
    </message>
    <message>
        <source>Clear the search field</source>
        <translation>Hreinsa leitarreitinn</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Opna valda línu</translation>
    </message>
    <message>
        <source>New patient or new service (on its page)</source>
        <translation>Nýr sjúklingur eða ný þjónusta (á sinni síðu)</translation>
    </message>
    <message>
        <source>New invoice for the selected patient</source>
        <translation>Nýr reikningur fyrir valinn sjúkling</translation>
    </message>
    <message>
        <source>Take a payment</source>
        <translation>Taka við greiðslu</translation>
    </message>
    <message>
        <source>Preview the document</source>
        <translation>Forskoða skjalið</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Prenta skjalið</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Vista skjalið sem PDF</translation>
    </message>
    <message>
        <source>Invoice editor: add the highlighted service</source>
        <translation>Reikningsritill: bæta við merktri þjónustu</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Flýtilyklar</translation>
    </message>
    <message>
        <source>Everything at the desk works from the keyboard. The page keys follow the order of the side menu.</source>
        <translation>Í móttökunni virkar allt af lyklaborðinu. Síðulyklarnir fylgja röð hliðarvalmyndarinnar.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aðgerð</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Lyklar</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Innskráning</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Skrá inn</translation>
    </message>
    <message>
        <source>Sign in automatically on this PC</source>
        <translation>Skrá sjálfkrafa inn á þessari tölvu</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Notandanafn:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lykilorð:</translation>
    </message>
</context>
<context>
    <name>Statements</name>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semíkomma ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Dálkalykill (Tab)</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Lóðrétt strik ( | )</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8 með BOM (Excel)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (kýrillískt)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (vestrænt)</translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation>Windows-1253 (grískt)</translation>
    </message>
    <message>
        <source>CSV (text table)</source>
        <translation>CSV (textatafla)</translation>
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
        <translation>Dagsetning</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Upphæð</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>Inn/út</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Staða</translation>
    </message>
    <message>
        <source>Allocated to</source>
        <translation>Ráðstafað á</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvers vegna</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Greiðandi</translation>
    </message>
    <message>
        <source>Reference / text</source>
        <translation>Tilvísun / texti</translation>
    </message>
    <message>
        <source>Bank id</source>
        <translation>Auðkenni banka</translation>
    </message>
    <message>
        <source>credit {amount}</source>
        <translation>inneign {amount}</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Bókað</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Ópöruð</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Bakfært</translation>
    </message>
    <message>
        <source>Already booked</source>
        <translation>Þegar bókað</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sleppt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Villa</translation>
    </message>
    <message>
        <source>RF reference of the invoice</source>
        <translation>RF-tilvísun reikningsins</translation>
    </message>
    <message>
        <source>the patient&apos;s RF reference, oldest invoices first</source>
        <translation>RF-tilvísun sjúklingsins, elstu reikningar fyrst</translation>
    </message>
    <message>
        <source>client number, oldest invoices first</source>
        <translation>viðskiptavinanúmer, elstu reikningar fyrst</translation>
    </message>
    <message>
        <source>invoice number in the payment text</source>
        <translation>reikningsnúmer í texta greiðslunnar</translation>
    </message>
    <message>
        <source>no reference found: waiting in the unmatched queue</source>
        <translation>engin tilvísun fannst: bíður í biðröð ópaðraðra greiðslna</translation>
    </message>
    <message>
        <source>money going out (debit)</source>
        <translation>úttekt (debet)</translation>
    </message>
    <message>
        <source>not booked by the bank yet (pending)</source>
        <translation>bankinn hefur ekki bókað enn (í bið)</translation>
    </message>
    <message>
        <source>reversal of a debit</source>
        <translation>bakfærsla úttektar</translation>
    </message>
    <message>
        <source>booked before, from this or an earlier statement</source>
        <translation>bókað áður, úr þessu eða eldra yfirliti</translation>
    </message>
    <message>
        <source>the payment was already taken back</source>
        <translation>greiðslan hefur þegar verið bakfærð</translation>
    </message>
    <message>
        <source>takes back payment {original}</source>
        <translation>bakfærir greiðslu {original}</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Inn</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Út</translation>
    </message>
    <message>
        <source>a day past the end of its month, read as the last day</source>
        <translation>dagur eftir lok mánaðarins, lesinn sem síðasti dagurinn</translation>
    </message>
    <message>
        <source>statements of other accounts in the file, skipped</source>
        <translation>yfirlit annarra reikninga í skránni, sleppt</translation>
    </message>
    <message>
        <source>an intraday report: its entries are not booked by the bank yet and are only listed</source>
        <translation>yfirlit innan dags: bankinn hefur ekki bókað færslurnar enn og þær eru aðeins sýndar</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Les {file}…</translation>
    </message>
    <message>
        <source>Booking {file}: {done} of {total}</source>
        <translation>Bóka {file}: {done} af {total}</translation>
    </message>
    <message>
        <source>Finished {file}</source>
        <translation>Lokið: {file}</translation>
    </message>
    <message>
        <source>entry {index}</source>
        <translation>færsla {index}</translation>
    </message>
    <message>
        <source>field {field}</source>
        <translation>svið {field}</translation>
    </message>
    <message>
        <source>suggested: {who}</source>
        <translation>tillaga: {who}</translation>
    </message>
    <message>
        <source>over-payment kept as credit</source>
        <translation>ofgreiðsla geymd sem inneign</translation>
    </message>
    <message>
        <source>the balances in the file do not add up</source>
        <translation>stöðurnar í skránni stemma ekki</translation>
    </message>
    <message>
        <source>the file does not follow the bank format exactly</source>
        <translation>skráin fylgir ekki bankasniðinu nákvæmlega</translation>
    </message>
    <message>
        <source>a batch entry without its single payments</source>
        <translation>safnfærsla án einstakra greiðslna</translation>
    </message>
    <message>
        <source>a batch entry whose parts do not add up</source>
        <translation>safnfærsla þar sem hlutarnir stemma ekki</translation>
    </message>
    <message>
        <source>an entry with an unknown status</source>
        <translation>færsla með óþekkta stöðu</translation>
    </message>
    <message>
        <source>an unreadable amount</source>
        <translation>ólæsileg upphæð</translation>
    </message>
    <message>
        <source>an unreadable date</source>
        <translation>ólæsileg dagsetning</translation>
    </message>
    <message>
        <source>an RF reference with wrong check digits</source>
        <translation>RF-tilvísun með röngum vartölum</translation>
    </message>
    <message>
        <source>a payment naming several RF references</source>
        <translation>greiðsla sem nefnir nokkrar RF-tilvísanir</translation>
    </message>
    <message>
        <source>an entry that cannot be read</source>
        <translation>færsla sem ekki er hægt að lesa</translation>
    </message>
    <message>
        <source>a required field is missing</source>
        <translation>skylt svið vantar</translation>
    </message>
    <message>
        <source>an entry in another currency</source>
        <translation>færsla í öðrum gjaldmiðli</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>Bank statements</source>
        <translation>Bankayfirlit</translation>
    </message>
</context>
<context>
    <name>StatementsWidget</name>
    <message>
        <source>Import statement…</source>
        <translation>Flytja inn yfirlit…</translation>
    </message>
    <message>
        <source>Import camt.053, camt.054 or MT940 files from your bank. You can also drop files onto this page.</source>
        <translation>Flyttu inn camt.053-, camt.054- eða MT940-skrár frá bankanum. Þú getur líka dregið skrár á þessa síðu.</translation>
    </message>
    <message>
        <source>Export charge registry…</source>
        <translation>Flytja út kröfuskrá…</translation>
    </message>
    <message>
        <source>Save the list of open charges for the bank (CSV or XML).</source>
        <translation>Vista lista yfir opnar kröfur fyrir bankann (CSV eða XML).</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Vöktuð mappa</translation>
    </message>
    <message>
        <source>No folder: statements are imported by hand</source>
        <translation>Engin mappa: yfirlit eru flutt inn handvirkt</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Velja möppu…</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Hætta að vakta</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mín</translation>
    </message>
    <message>
        <source>How often new files in the folder are imported</source>
        <translation>Hversu oft nýjar skrár í möppunni eru fluttar inn</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Athuga núna</translation>
    </message>
    <message>
        <source>every</source>
        <translation>á</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <source>Drop bank statement files here, or use “Import statement…”.</source>
        <translation>Dragðu bankayfirlit hingað eða notaðu „Flytja inn yfirlit…“.</translation>
    </message>
    <message>
        <source>Import bank statements</source>
        <translation>Flytja inn bankayfirlit</translation>
    </message>
    <message>
        <source>Bank statements ({patterns});;All files (*)</source>
        <translation>Bankayfirlit ({patterns});;Allar skrár (*)</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>Bankayfirlit</translation>
    </message>
    <message>
        <source>An import is already running; please wait for it to finish.</source>
        <translation>Innflutningur er þegar í gangi; bíddu þar til honum lýkur.</translation>
    </message>
    <message>
        <source>Import cancelled; what was booked stays booked.</source>
        <translation>Hætt við innflutning; það sem var bókað helst bókað.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Innflutningur mistókst</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Sumar skrár voru ekki fluttar inn</translation>
    </message>
    <message>
        <source>{file}: not imported</source>
        <translation>{file}: ekki flutt inn</translation>
    </message>
    <message>
        <source>{file}: {booked} booked, {unmatched} unmatched</source>
        <translation>{file}: {booked} bókaðar, {unmatched} ópöraðar</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} var ekki flutt inn: {reason}</translation>
    </message>
    <message>
        <source>{file}: statement {id}, account {account}</source>
        <translation>{file}: yfirlit {id}, reikningur {account}</translation>
    </message>
    <message>
        <source>Opening balance {opening}, closing balance {closing}</source>
        <translation>Upphafsstaða {opening}, lokastaða {closing}</translation>
    </message>
    <message>
        <source>This file was imported before ({date}); nothing new was booked.</source>
        <translation>Þessi skrá var flutt inn áður ({date}); ekkert nýtt var bókað.</translation>
    </message>
    <message>
        <source>This file was imported before ({date}).</source>
        <translation>Þessi skrá var flutt inn áður ({date}).</translation>
    </message>
    <message>
        <source>The import was cancelled; the entries below were booked, the rest were not.</source>
        <translation>Hætt var við innflutninginn; færslurnar hér fyrir neðan voru bókaðar, hinar ekki.</translation>
    </message>
    <message>
        <source>Warnings: {list}</source>
        <translation>Viðvaranir: {list}</translation>
    </message>
    <message>
        <source>Folder the bank&apos;s statements are saved to</source>
        <translation>Mappa sem bankayfirlit eru vistuð í</translation>
    </message>
    <message>
        <source>Imported {count} new statement file(s) from the watched folder</source>
        <translation>{count} ný yfirlit flutt inn úr vöktuðu möppunni</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML-skrár (*.xml)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-skrár (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Save charge registry</source>
        <translation>Vista kröfuskrá</translation>
    </message>
    <message>
        <source>The registry was not saved</source>
        <translation>Kröfuskráin var ekki vistuð</translation>
    </message>
    <message>
        <source>Charge registry saved</source>
        <translation>Kröfuskrá vistuð</translation>
    </message>
    <message>
        <source>{count} open charges, total {sum}, saved to {path}.</source>
        <translation>{count} opnar kröfur, samtals {sum}, vistaðar í {path}.</translation>
    </message>
</context>
</TS>

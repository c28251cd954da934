<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About USU Desktop</source>
        <translation>USU Desktop haqqında</translation>
    </message>
    <message>
        <source>USU Desktop {version}</source>
        <translation>USU Desktop {version}</translation>
    </message>
    <message>
        <source>Accounting for small clinics: invoices, payment codes, terminal and bank payments.</source>
        <translation>Kiçik klinikalar üçün mühasibat: hesab-fakturalar, ödəniş kodları, terminal və bank ödənişləri.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>GNU General Public License, 3-cü və ya sonrakı versiya əsasında azad proqram təminatı.</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Verilənlər bazası: {name}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>Verilənlər bazasını açmaq mümkün deyil</translation>
    </message>
</context>
<context>
    <name>AuditList</name>
    <message>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>İstifadəçi</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>İş yeri</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Təfərrüat</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>All users</source>
        <translation>Bütün istifadəçilər</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Bütün iş yerləri</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Hər şey</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>Bütün obyektlər</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV-yə &amp;ixrac…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>qədər</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} qeyd</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Audit jurnalının ixracı</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
        <source>{count} entries written to {path}</source>
        <translation>{count} qeyd {path} faylına yazıldı</translation>
    </message>
</context>
<context>
    <name>BankSync</name>
    <message>
        <source>Bank sync is failing: {error}</source>
        <translation>Bankla sinxronlaşma alınmır: {error}</translation>
    </message>
    <message>
        <source>(last successful sync {time})</source>
        <translation>(son uğurlu sinxronlaşma {time})</translation>
    </message>
    <message>
        <source>Bank sync: not synchronised yet</source>
        <translation>Bankla sinxronlaşma: hələ olmayıb</translation>
    </message>
    <message>
        <source>No successful bank sync since {time}</source>
        <translation>{time} tarixindən bəri uğurlu bank sinxronlaşması olmayıb</translation>
    </message>
    <message>
        <source>Last bank sync: {time}</source>
        <translation>Son bank sinxronlaşması: {time}</translation>
    </message>
    <message>
        <source>{count} new payment(s) arrived from the exchange.</source>
        <translation>Mübadilədən gələn yeni ödənişlər: {count}.</translation>
    </message>
    <message>
        <source>{count} need(s) a person to match.</source>
        <translation>Əl ilə uyğunlaşdırma tələb edən: {count}.</translation>
    </message>
    <message>
        <source>New payments</source>
        <translation>Yeni ödənişlər</translation>
    </message>
    <message>
        <source>Client number typed at the terminal</source>
        <translation>Terminalda yazılmış müştəri nömrəsi</translation>
    </message>
    <message>
        <source>Payment code of the invoice</source>
        <translation>Hesab-fakturanın ödəniş kodu</translation>
    </message>
    <message>
        <source>Client&apos;s payment code</source>
        <translation>Müştərinin ödəniş kodu</translation>
    </message>
    <message>
        <source>Invoice number in the payment text</source>
        <translation>Ödəniş mətnində hesab-faktura nömrəsi</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Uyğunlaşdırılmayıb</translation>
    </message>
    <message>
        <source>Allocated by hand</source>
        <translation>Əl ilə bölüşdürülüb</translation>
    </message>
    <message>
        <source>From client credit</source>
        <translation>Müştərinin kreditindən</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Geri qaytarma</translation>
    </message>
    <message>
        <source>amount equals the invoice balance</source>
        <translation>məbləğ hesab-fakturanın qalığına bərabərdir</translation>
    </message>
    <message>
        <source>amount equals all the client owes</source>
        <translation>məbləğ müştərinin bütün borcuna bərabərdir</translation>
    </message>
    <message>
        <source>payer&apos;s name matches</source>
        <translation>ödəyicinin adı uyğundur</translation>
    </message>
    <message>
        <source>payer&apos;s name is similar</source>
        <translation>ödəyicinin adı oxşardır</translation>
    </message>
    <message>
        <source>paid around the invoice date</source>
        <translation>hesab-faktura tarixinə yaxın ödənilib</translation>
    </message>
    <message>
        <source>client number in the text</source>
        <translation>mətndə müştəri nömrəsi</translation>
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
        <translation>Ödəniş keçidi</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Checking the exchange…</source>
        <translation>Mübadilə yoxlanılır…</translation>
    </message>
    <message>
        <source>Sending the charge list…</source>
        <translation>Borc siyahısı göndərilir…</translation>
    </message>
    <message>
        <source>Fetching payments… {count} so far</source>
        <translation>Ödənişlər yüklənir… hələlik {count}</translation>
    </message>
    <message>
        <source>Booking payments… {count} so far</source>
        <translation>Ödənişlər qeydə alınır… hələlik {count}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Yarımçıq kəsildi</translation>
    </message>
</context>
<context>
    <name>BankSyncPage</name>
    <message>
        <source>Bank sync</source>
        <translation>Bankla sinxronlaşma</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>İndi sinxronlaşdır</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Qoşulma</translation>
    </message>
    <message>
        <source>Received payments</source>
        <translation>Alınmış ödənişlər</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Uyğunlaşdırılmayan</translation>
    </message>
    <message>
        <source>Payment code history</source>
        <translation>Ödəniş kodunun tarixçəsi</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Sinxronlaşma jurnalı</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dəq</translation>
    </message>
    <message>
        <source>Sync automatically in the background</source>
        <translation>Arxa planda avtomatik sinxronlaşdır</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saxla</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Qoşulmanı yoxla</translation>
    </message>
    <message>
        <source>Exchange address</source>
        <translation>Mübadilə ünvanı</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Giriş tokeni</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Sinxronlaşdırma intervalı</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Müştəri</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Uyğunlaşdırma əsası</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Terminals take deposits from clients who owe nothing</source>
        <translation>Terminallar borcu olmayan müştərilərdən avans qəbul edir</translation>
    </message>
    <message>
        <source>Every client&apos;s number and masked name is sent to the exchange, so a client with nothing to pay can pay in advance; the money becomes the client&apos;s credit.</source>
        <translation>Hər müştərinin nömrəsi və qısaldılmış adı mübadilə serverinə göndərilir ki, borcu olmayan müştəri əvvəlcədən ödəyə bilsin; pul müştərinin kreditinə yazılır.</translation>
    </message>
    <message>
        <source>No payments have come in yet. They appear here after a sync.</source>
        <translation>Hələ ödəniş daxil olmayıb. Onlar sinxronizasiyadan sonra burada görünəcək.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Hesab-faktura</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>Undo allocation</source>
        <translation>Bölgünü geri qaytar</translation>
    </message>
    <message>
        <source>Where the selected payment went, and why</source>
        <translation>Seçilmiş ödəniş hara getdi və niyə</translation>
    </message>
    <message>
        <source>Account or payer</source>
        <translation>Hesab və ya ödəyici</translation>
    </message>
    <message>
        <source>Nothing waits to be matched.</source>
        <translation>Uyğunlaşdırılmağı gözləyən ödəniş yoxdur.</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Müştəri nömrəsi</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Borc</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bal</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Niyə</translation>
    </message>
    <message>
        <source>Allocate to the suggestion</source>
        <translation>Təklifə bölüşdür</translation>
    </message>
    <message>
        <source>Suggestions, best first</source>
        <translation>Təkliflər, ən yaxşısı əvvəl</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>Statusu yenilə</translation>
    </message>
    <message>
        <source>Payment code (RF)</source>
        <translation>Ödəniş kodu (RF)</translation>
    </message>
    <message>
        <source>On this code</source>
        <translation>Bu kod üzrə</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlanıb</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Bitib</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Göndərilib</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Alınıb</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Qeydə alınıb</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Təkrarlar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Hələ sinxronizasiya aparılmayıb.</translation>
    </message>
    <message>
        <source>saved in the system keyring</source>
        <translation>sistem açar anbarında saxlanılıb</translation>
    </message>
    <message>
        <source>saved in a file only you can read (this PC has no system keyring)</source>
        <translation>yalnız sizin oxuya biləcəyiniz faylda saxlanıldı (bu kompüterdə sistem açar anbarı yoxdur)</translation>
    </message>
    <message>
        <source>kept until the program closes</source>
        <translation>proqram bağlanana qədər saxlanılır</translation>
    </message>
    <message>
        <source>paste the token from the exchange</source>
        <translation>mübadilədən tokeni yapışdırın</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>Parametrləri saxlamaq mümkün olmadı</translation>
    </message>
    <message>
        <source>Bank sync settings saved.</source>
        <translation>Bankla sinxronlaşma parametrləri saxlanıldı.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Qoşulur…</translation>
    </message>
    <message>
        <source>Connected: the exchange answers (version {version}).</source>
        <translation>Qoşuldu: mübadilə cavab verir (versiya {version}).</translation>
    </message>
    <message>
        <source>A bank sync is already running.</source>
        <translation>Bankla sinxronlaşma artıq gedir.</translation>
    </message>
    <message>
        <source>Done: {booked} booked, {unmatched} unmatched, {duplicates} already known.</source>
        <translation>Hazırdır: {booked} qeydə alındı, {unmatched} uyğunlaşdırılmadı, {duplicates} artıq məlum idi.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Ləğv edildi.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Bitməyib</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(müştəri yoxdur)</translation>
    </message>
    <message>
        <source>Take this amount off the invoice? The money stays with the client as credit.</source>
        <translation>Bu məbləğ hesab-fakturadan çıxarılsın? Pul müştəridə kredit kimi qalır.</translation>
    </message>
    <message>
        <source>Undone on the bank-sync screen</source>
        <translation>Bank sinxronlaşma ekranında geri qaytarılıb</translation>
    </message>
    <message>
        <source>The allocation could not be undone</source>
        <translation>Bölgünü geri qaytarmaq mümkün olmadı</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>ən köhnəsi əvvəl</translation>
    </message>
    <message>
        <source>The payment could not be allocated</source>
        <translation>Ödənişi bölüşdürmək mümkün olmadı</translation>
    </message>
    <message>
        <source>Payment allocated to {client}.</source>
        <translation>Ödəniş {client} müştərisinə bölüşdürüldü.</translation>
    </message>
    <message>
        <source>No invoice or client has the code {code}.</source>
        <translation>Heç bir hesab-fakturanın və ya müştərinin {code} kodu yoxdur.</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>hesab-faktura</translation>
    </message>
    <message>
        <source>client&apos;s open code</source>
        <translation>müştərinin açıq kodu</translation>
    </message>
    <message>
        <source>{code} ({kind}): {count} payment(s), {paid} in total.</source>
        <translation>{code} ({kind}): ödənişlər — {count}, cəmi {paid}.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Export invoices</source>
        <translation>Hesab-fakturaların ixracı</translation>
    </message>
    <message>
        <source>{count} invoices selected.</source>
        <translation>Seçilmiş hesab-fakturalar: {count}.</translation>
    </message>
    <message>
        <source>One PDF file with all invoices (for printing)</source>
        <translation>Bütün hesab-fakturalarla bir PDF faylı (çap üçün)</translation>
    </message>
    <message>
        <source>One PDF file per invoice, named by number</source>
        <translation>Hər hesab-faktura üçün ayrıca PDF, nömrəyə görə adlandırılmış</translation>
    </message>
    <message>
        <source>Current state with paid/cancelled stamps (not the originals)</source>
        <translation>Ödənilib/ləğv edilib möhürləri ilə cari vəziyyət (orijinallar deyil)</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Fayl və ya qovluq</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>İxrac</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Fayla ixrac</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Qovluğa ixrac</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Parolun dəyişdirilməsi</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Dəyiş</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Cari parol:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Yeni parol:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Yeni parol təkrar:</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Müştəri nömrəsi</translation>
    </message>
    <message>
        <source>RF code for open amounts</source>
        <translation>Açıq məbləğlər üçün RF kodu</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Açıq qalıq</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redaktə et…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arxivə göndər</translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation>Yeni &amp;hesab-faktura</translation>
    </message>
    <message>
        <source>Take &amp;payment</source>
        <translation>Ö&amp;dəniş qəbul et</translation>
    </message>
    <message>
        <source>Refund credit…</source>
        <translation>Krediti geri qaytar…</translation>
    </message>
    <message>
        <source>S&amp;tatement…</source>
        <translation>Çı&amp;xarış…</translation>
    </message>
    <message>
        <source>Payment s&amp;lip</source>
        <translation>Ödəniş &amp;qəbzi</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Hesab-fakturalar</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Ödənişlər</translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translation>Kopyalandı: {text}</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Pasiyent seçilməyib</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(arxivdə)</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Doğum tarixi {date}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>heç nə</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Bərpa et</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Preview invoice</source>
        <translation>Hesab-fakturanın önizləməsi</translation>
    </message>
    <message>
        <source>Print invoice…</source>
        <translation>Hesab-fakturanı çap et…</translation>
    </message>
    <message>
        <source>Save invoice as PDF…</source>
        <translation>Hesab-fakturanı PDF kimi saxla…</translation>
    </message>
    <message>
        <source>Preview receipt</source>
        <translation>Qəbzin önizləməsi</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Qəbzi çap et…</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Qəbzi PDF kimi saxla…</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation>Pasiyenti redaktə et</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Yeni pasiyent</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Məlumdur</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Doğum tarixi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number: use digits, spaces, + ( ) - and at least 6 digits.</source>
        <translation>“{phone}” telefon nömrəsi deyil: rəqəmlər, boşluq, + ( ) - istifadə edin, ən azı 6 rəqəm.</translation>
    </message>
    <message>
        <source>This may be a patient who is already registered:
{names}

Save anyway?</source>
        <translation>Bu, artıq qeydiyyatda olan pasiyent ola bilər:
{names}

Yenə də saxlanılsın?</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>Born</source>
        <translation>Doğum tarixi</translation>
    </message>
    <message>
        <source>Client no.</source>
        <translation>Müştəri №</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Borc</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Choose a patient</source>
        <translation>Pasiyent seçin</translation>
    </message>
    <message>
        <source>Name, client number, phone or e-mail</source>
        <translation>Ad, müştəri nömrəsi, telefon və ya e-poçt</translation>
    </message>
    <message>
        <source>Choose a patient in the list first (Down or Enter from the search).</source>
        <translation>Əvvəlcə siyahıdan pasiyenti seçin (axtarışdan aşağı ox və ya Enter).</translation>
    </message>
    <message>
        <source>Enter or OK chooses the selected patient.</source>
        <translation>Enter və ya «OK» seçilmiş pasiyenti götürür.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search: name, client number, phone or e-mail</source>
        <translation>Axtarış: ad, müştəri nömrəsi, telefon və ya e-poçt</translation>
    </message>
    <message>
        <source>Debtors only</source>
        <translation>Yalnız borclular</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Arxivdəkiləri göstər</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Yeni pasiyent</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Yeni pasiyent</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Yeni hesab-faktura</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Ödəniş qəbul et</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>Çıxarış…</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>Çıxarışı çap et…</translation>
    </message>
    <message>
        <source>Save statement as PDF…</source>
        <translation>Çıxarışı PDF kimi saxla…</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Ödəniş qəbzi</translation>
    </message>
    <message>
        <source>Print payment slip…</source>
        <translation>Ödəniş qəbzini çap et…</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translation>Pasiyentlər: {count}</translation>
    </message>
    <message>
        <source>New patient saved</source>
        <translation>Yeni pasiyent saxlanıldı</translation>
    </message>
    <message>
        <source>{name} is saved with client number {number}.</source>
        <translation>{name} {number} müştəri nömrəsi ilə saxlanıldı.</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Pasiyenti arxivə göndər</translation>
    </message>
    <message>
        <source>Archive {name}? The patient disappears from the everyday list; the books keep every invoice and payment.</source>
        <translation>{name} arxivə göndərilsin? Pasiyent gündəlik siyahıdan yox olur; uçotda bütün hesab-fakturalar və ödənişlər qalır.</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This screen is coming soon. It is being built and will appear in a future version.</source>
        <translation>Bu bölmə tezliklə hazır olacaq: hazırda üzərində işlənilir və növbəti versiyalardan birində çıxacaq.</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for {number}</source>
        <translation>{number} üçün kredit qeydi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Hesabda</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Qalıb</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>or an amount, tax included</source>
        <translation>və ya vergi daxil məbləğ</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Hələ borc</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>Make credit note</source>
        <translation>Kredit qeydi yarat</translation>
    </message>
    <message>
        <source>How many of each line to credit:</source>
        <translation>Hər sətirdən nə qədər kreditləşdirilsin:</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kredit qeydi</translation>
    </message>
    <message>
        <source>Credit note {number} credits {amount}.</source>
        <translation>{number} kredit qeydi {amount} kreditləşdirir.</translation>
    </message>
    <message>
        <source>{amount} already paid is now the patient&apos;s credit.</source>
        <translation>Artıq ödənilmiş {amount} indi pasiyentin kreditidir.</translation>
    </message>
</context>
<context>
    <name>DebtorsList</name>
    <message>
        <source>never</source>
        <translation>heç vaxt</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasiyent</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Müştəri nömrəsi</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vaxtı keçib</translation>
    </message>
    <message>
        <source>Oldest due date</source>
        <translation>Ən köhnə ödəniş tarixi</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Gün</translation>
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
        <translation>Son xatırlatma</translation>
    </message>
</context>
<context>
    <name>DebtorsPage</name>
    <message>
        <source>Debtors</source>
        <translation>Borclular</translation>
    </message>
    <message>
        <source>Search name or client number</source>
        <translation>Ad və ya müştəri nömrəsi ilə axtarış</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Bütün müddətlər</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 gün</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 gün</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 gün</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>90 gündən çox</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenilə</translation>
    </message>
    <message>
        <source>Days overdue, at least</source>
        <translation>Gecikmə günü, ən azı</translation>
    </message>
    <message>
        <source>No overdue balances to show.</source>
        <translation>Göstəriləcək gecikmiş borc yoxdur.</translation>
    </message>
    <message>
        <source>E-mail, else SMS</source>
        <translation>E-poçt, yoxdursa SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>With a payment link</source>
        <translation>Ödəniş linki ilə</translation>
    </message>
    <message>
        <source>Send payment link / reminder</source>
        <translation>Ödəniş linki / xatırlatma göndər</translation>
    </message>
    <message>
        <source>Days between reminders, at least</source>
        <translation>Xatırlatmalar arasında ən azı gün</translation>
    </message>
    <message>
        <source>Partly paid: reminders say what remains</source>
        <translation>Qismən ödənilib: xatırlatmada qalıq göstərilir</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Hesablanır…</translation>
    </message>
    <message>
        <source>{count} patients, {amount} overdue</source>
        <translation>{count} pasiyent, gecikmiş {amount}</translation>
    </message>
    <message>
        <source>{action} ({count})</source>
        <translation>{action} ({count})</translation>
    </message>
    <message>
        <source>Send a payment reminder to {count} patients now?</source>
        <translation>{count} pasiyentə indi ödəniş xatırlatması göndərilsin?</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>Xatırlatmaların göndərilməsi</translation>
    </message>
    <message>
        <source>Sending reminders…</source>
        <translation>Xatırlatmalar göndərilir…</translation>
    </message>
    <message>
        <source>Failed messages stay in the message log and can be sent again.</source>
        <translation>Göndərilməyən mesajlar jurnalda qalır və yenidən göndərilə bilər.</translation>
    </message>
    <message>
        <source>Cancelled: the rest were not reminded.</source>
        <translation>Ləğv edildi: qalanlarına xatırlatma göndərilmədi.</translation>
    </message>
</context>
<context>
    <name>DeskPaymentDialog</name>
    <message>
        <source>Take payment</source>
        <translation>Ödəniş qəbul et</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>Oldest due first</source>
        <translation>Ən köhnə borc əvvəl</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasiyent</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Borcu</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Ödə</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Ödənişi qeyd et</translation>
    </message>
    <message>
        <source>(credit {credit})</source>
        <translation>(kredit {credit})</translation>
    </message>
    <message>
        <source>{amount} is more than the {owed} owed. Keep the rest, {rest}, as the patient&apos;s credit for later invoices?</source>
        <translation>{amount} borcdan ({owed}) çoxdur. Qalan {rest} pasiyentin gələcək hesab-fakturaları üçün kredit kimi saxlanılsın?</translation>
    </message>
    <message>
        <source>Then hand back {rest} as change and book {owed}?</source>
        <translation>Onda {rest} qalıq kimi qaytarılsın və {owed} qeyd olunsun?</translation>
    </message>
    <message>
        <source>Nothing was recorded. Say what happens to the {rest} over the amount owed: credit or change.</source>
        <translation>Heç nə qeyd olunmadı. Borcdan artıq {rest} ilə nə ediləcəyini göstərin: kredit və ya qalıq.</translation>
    </message>
    <message>
        <source>{amount} on {number} ({why})</source>
        <translation>{amount} → {number} ({why})</translation>
    </message>
    <message>
        <source>{amount} kept as credit</source>
        <translation>{amount} kredit kimi saxlanıldı</translation>
    </message>
    <message>
        <source>Give back {amount} as change</source>
        <translation>{amount} qalıq kimi qaytar</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Ödəniş qeyd olundu.</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation>Qəbzi çap et</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Print</source>
        <translation>Çap</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Nə isə səhv getdi</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>The file {path} cannot be written: {reason}. Please choose another folder.</source>
        <translation>{path} faylını yazmaq mümkün deyil: {reason}. Başqa qovluq seçin.</translation>
    </message>
    <message>
        <source>The file {path} already exists. Choose an empty folder; nothing was exported.</source>
        <translation>{path} faylı artıq mövcuddur. Boş qovluq seçin; heç nə ixrac olunmadı.</translation>
    </message>
    <message>
        <source>This invoice is a draft. Issue it first, then print it.</source>
        <translation>Bu hesab-faktura qaralamadır. Əvvəlcə onu təqdim edin, sonra çap edin.</translation>
    </message>
    <message>
        <source>There is no invoice number {number}.</source>
        <translation>{number} nömrəli hesab-faktura yoxdur.</translation>
    </message>
    <message>
        <source>There is no client number {client_number}.</source>
        <translation>{client_number} müştəri nömrəsi yoxdur.</translation>
    </message>
    <message>
        <source>This payment is not assigned to a client yet, so it has no receipt.</source>
        <translation>Bu ödəniş hələ müştəriyə bağlanmayıb, ona görə qəbzi yoxdur.</translation>
    </message>
    <message>
        <source>The first day of the period must not be after the last day.</source>
        <translation>Dövrün ilk günü son günündən sonra ola bilməz.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printeri işə salmaq mümkün olmadı.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The document cannot be shown</source>
        <translation>Sənədi göstərmək mümkün deyil</translation>
    </message>
    <message>
        <source>Invoice {number} (current state)</source>
        <translation>Hesab-faktura {number} (cari vəziyyət)</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Hesab-faktura {number}</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Qəbz {number}</translation>
    </message>
    <message>
        <source>Refund receipt {number}</source>
        <translation>Geri ödəmə qəbzi {number}</translation>
    </message>
    <message>
        <source>Statement {start} – {end}</source>
        <translation>Çıxarış {start} – {end}</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Ödəniş qəbzi</translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation>Hesab-fakturaların ixracı</translation>
    </message>
    <message>
        <source>There are no issued invoices to export.</source>
        <translation>İxrac üçün təqdim edilmiş hesab-faktura yoxdur.</translation>
    </message>
    <message>
        <source>Exporting {count} invoices…</source>
        <translation>Hesab-fakturalar ixrac olunur: {count}…</translation>
    </message>
    <message>
        <source>{count} invoices exported to {path}.</source>
        <translation>{count} hesab-faktura {path} yerinə ixrac olundu.</translation>
    </message>
    <message>
        <source>Export cancelled. No files were written.</source>
        <translation>İxrac ləğv edildi. Heç bir fayl yazılmadı.</translation>
    </message>
    <message>
        <source>Print invoices</source>
        <translation>Hesab-fakturaların çapı</translation>
    </message>
    <message>
        <source>Preparing {count} invoices for printing…</source>
        <translation>{count} hesab-faktura çapa hazırlanır…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{value}” is not a valid amount.</source>
        <translation>“{value}” düzgün məbləğ deyil.</translation>
    </message>
    <message>
        <source>An amount must be exact; {value} is not accepted.</source>
        <translation>Məbləğ dəqiq olmalıdır; {value} qəbul edilmir.</translation>
    </message>
    <message>
        <source>{value} has too many decimals: {currency} allows {digits}.</source>
        <translation>{value} çox onluq rəqəmə malikdir: {currency} üçün {digits} icazə verilir.</translation>
    </message>
    <message>
        <source>Unknown currency “{currency}”.</source>
        <translation>Naməlum valyuta: “{currency}”.</translation>
    </message>
    <message>
        <source>Amounts in {left} and {right} cannot be combined.</source>
        <translation>{left} və {right} valyutasında olan məbləğləri birləşdirmək olmaz.</translation>
    </message>
    <message>
        <source>There is nothing to split the amount over.</source>
        <translation>Məbləği bölmək üçün heç nə yoxdur.</translation>
    </message>
    <message>
        <source>The amount cannot be split in these proportions.</source>
        <translation>Məbləği bu nisbətlərdə bölmək olmaz.</translation>
    </message>
    <message>
        <source>“{body}” cannot be used in a payment reference (letters and digits only, up to 21).</source>
        <translation>“{body}” ödəniş kodunda istifadə edilə bilməz (yalnız hərf və rəqəmlər, 21-ə qədər).</translation>
    </message>
    <message>
        <source>{sequence} cannot be turned into a client number.</source>
        <translation>{sequence} müştəri nömrəsinə çevrilə bilməz.</translation>
    </message>
    <message>
        <source>“{value}” is not a client number (digits only).</source>
        <translation>“{value}” müştəri nömrəsi deyil (yalnız rəqəmlər).</translation>
    </message>
    <message>
        <source>Client number “{value}” has a wrong check digit; please check it for typos.</source>
        <translation>“{value}” müştəri nömrəsində yoxlama rəqəmi səhvdir; yazı səhvi olub-olmadığını yoxlayın.</translation>
    </message>
    <message>
        <source>Every invoice line needs a description.</source>
        <translation>Hesab-fakturanın hər sətrində təsvir olmalıdır.</translation>
    </message>
    <message>
        <source>The quantity {quantity} is not valid.</source>
        <translation>{quantity} miqdarı yanlışdır.</translation>
    </message>
    <message>
        <source>The price {unit_price} cannot be negative.</source>
        <translation>{unit_price} qiyməti mənfi ola bilməz.</translation>
    </message>
    <message>
        <source>The discount {discount} must be between zero and the line amount {gross}.</source>
        <translation>{discount} endirimi sıfırla sətir məbləği {gross} arasında olmalıdır.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 and 100%.</source>
        <translation>ƏDV dərəcəsi 0 ilə 100% arasında olmalıdır.</translation>
    </message>
    <message>
        <source>This invoice cannot be changed that way now.</source>
        <translation>Bu hesab-fakturanı indi bu cür dəyişmək olmaz.</translation>
    </message>
    <message>
        <source>The paid amount does not fit this invoice.</source>
        <translation>Ödənilmiş məbləğ bu hesab-fakturaya uyğun gəlmir.</translation>
    </message>
    <message>
        <source>This allocation has already been undone.</source>
        <translation>Bu bölgü artıq geri qaytarılıb.</translation>
    </message>
    <message>
        <source>The amount to allocate is not valid.</source>
        <translation>Bölüşdürüləcək məbləğ yanlışdır.</translation>
    </message>
    <message>
        <source>An undo cannot itself be undone; make a new allocation instead.</source>
        <translation>Geri qaytarmanı geri qaytarmaq olmaz; əvəzinə yeni bölgü edin.</translation>
    </message>
    <message>
        <source>This allocation no longer exists.</source>
        <translation>Bu bölgü artıq mövcud deyil.</translation>
    </message>
    <message>
        <source>Please give a reason for cancelling.</source>
        <translation>Ləğv etmənin səbəbini göstərin.</translation>
    </message>
    <message>
        <source>This client is archived; restore the client first.</source>
        <translation>Bu müştəri arxivdədir; əvvəlcə onu bərpa edin.</translation>
    </message>
    <message>
        <source>The birth date {birth_date} is not possible.</source>
        <translation>{birth_date} doğum tarixi mümkün deyil.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>“{email}” düzgün e-poçt ünvanı deyil.</translation>
    </message>
    <message>
        <source>Please enter the client&apos;s name.</source>
        <translation>Müştərinin adını daxil edin.</translation>
    </message>
    <message>
        <source>This client no longer exists.</source>
        <translation>Bu müştəri artıq mövcud deyil.</translation>
    </message>
    <message>
        <source>Demo data needs at least one client.</source>
        <translation>Nümunə məlumatlar üçün ən azı bir müştəri lazımdır.</translation>
    </message>
    <message>
        <source>This invoice is cancelled.</source>
        <translation>Bu hesab-faktura ləğv edilib.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Hesab-fakturada ən azı bir sətir olmalıdır.</translation>
    </message>
    <message>
        <source>Only a draft invoice can be changed; an issued one needs a credit note.</source>
        <translation>Yalnız qaralama hesab-fakturanı dəyişmək olar; təqdim edilmiş üçün kredit qeydi lazımdır.</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>Bu hesab-faktura artıq mövcud deyil.</translation>
    </message>
    <message>
        <source>Invoice {number} is not open for payment.</source>
        <translation>{number} hesab-fakturası ödəniş üçün açıq deyil.</translation>
    </message>
    <message>
        <source>This invoice belongs to another client.</source>
        <translation>Bu hesab-faktura başqa müştəriyə aiddir.</translation>
    </message>
    <message>
        <source>Paying {paid} would exceed the invoice total {total}.</source>
        <translation>{paid} ödənişi hesab-fakturanın cəmini ({total}) aşardı.</translation>
    </message>
    <message>
        <source>The payment amount {amount} cannot be matched.</source>
        <translation>{amount} ödəniş məbləğini uyğunlaşdırmaq olmaz.</translation>
    </message>
    <message>
        <source>This client owes nothing at the moment.</source>
        <translation>Bu müştərinin hazırda borcu yoxdur.</translation>
    </message>
    <message>
        <source>This payment has already been reversed.</source>
        <translation>Bu ödəniş artıq geri qaytarılıb.</translation>
    </message>
    <message>
        <source>Only {available} of this payment is still free to allocate.</source>
        <translation>Bu ödənişdən bölüşdürmək üçün yalnız {available} qalıb.</translation>
    </message>
    <message>
        <source>The payment amount {amount} is not valid.</source>
        <translation>{amount} ödəniş məbləği yanlışdır.</translation>
    </message>
    <message>
        <source>“{method}” is not a known payment method.</source>
        <translation>“{method}” məlum ödəniş üsulu deyil.</translation>
    </message>
    <message>
        <source>Choose what to do with the overpayment.</source>
        <translation>Artıq ödənişlə nə ediləcəyini seçin.</translation>
    </message>
    <message>
        <source>“{source}” is not a known payment source.</source>
        <translation>“{source}” məlum ödəniş mənbəyi deyil.</translation>
    </message>
    <message>
        <source>A payment from {source} needs its transaction id.</source>
        <translation>{source} mənbəli ödəniş üçün əməliyyat identifikatoru lazımdır.</translation>
    </message>
    <message>
        <source>A reversal cannot itself be reversed.</source>
        <translation>Geri qaytarmanı yenidən geri qaytarmaq olmaz.</translation>
    </message>
    <message>
        <source>This payment no longer exists.</source>
        <translation>Bu ödəniş artıq mövcud deyil.</translation>
    </message>
    <message>
        <source>This payment has been reversed and cannot be used.</source>
        <translation>Bu ödəniş geri qaytarılıb və istifadə edilə bilməz.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Səbəbi göstərin.</translation>
    </message>
    <message>
        <source>The reversal amount {amount} does not match the original payment.</source>
        <translation>{amount} geri qaytarma məbləği ilkin ödənişə uyğun gəlmir.</translation>
    </message>
    <message>
        <source>The reversed payment {external_id} from {source} is not in the books.</source>
        <translation>{source} mənbəli {external_id} ödənişi uçotda yoxdur.</translation>
    </message>
    <message>
        <source>A service needs a code and a name.</source>
        <translation>Xidmətin kodu və adı olmalıdır.</translation>
    </message>
    <message>
        <source>This service no longer exists.</source>
        <translation>Bu xidmət artıq mövcud deyil.</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>{path} ehtiyat nüsxəsi mövcud deyil.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself ({path}).</source>
        <translation>Ehtiyat nüsxəni verilənlər bazasının özünün üzərinə yazmaq olmaz ({path}).</translation>
    </message>
    <message>
        <source>Backups from here work for a database file only; back up the server {url} with its own tools.</source>
        <translation>Buradan yalnız verilənlər bazası faylının ehtiyat nüsxəsi çıxarılır; {url} serverini öz alətləri ilə köçürün.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file to restore into.</source>
        <translation>{path} artıq mövcuddur; bərpa üçün yeni fayl seçin.</translation>
    </message>
    <message>
        <source>The service code {code} is already in use.</source>
        <translation>{code} xidmət kodu artıq istifadə olunur.</translation>
    </message>
    <message>
        <source>Choose where the documents should go.</source>
        <translation>Sənədlərin hara göndəriləcəyini seçin.</translation>
    </message>
    <message>
        <source>No client has the number {client_number}.</source>
        <translation>{client_number} nömrəli müştəri yoxdur.</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}</source>
        <translation>{file} faylını oxumaq mümkün olmadı: {reason}</translation>
    </message>
    <message>
        <source>Reading the file {file} stopped part way. What was booked is kept; import the file again to book the rest.</source>
        <translation>{file} faylının oxunması yarıda dayandı. Qeydə alınanlar saxlanılır; qalanını qeydə almaq üçün faylı yenidən idxal edin.</translation>
    </message>
    <message>
        <source>This invoice has not been issued yet.</source>
        <translation>Bu hesab-faktura hələ təqdim edilməyib.</translation>
    </message>
    <message>
        <source>There is no invoice {number}.</source>
        <translation>{number} hesab-fakturası yoxdur.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} artıq mövcuddur.</translation>
    </message>
    <message>
        <source>This payment is not matched to a client yet.</source>
        <translation>Bu ödəniş hələ müştəri ilə uyğunlaşdırılmayıb.</translation>
    </message>
    <message>
        <source>The statement reverses a payment that is not in the books.</source>
        <translation>Çıxarış uçotda olmayan ödənişi geri qaytarır.</translation>
    </message>
    <message>
        <source>The report period from {date_from} to {date_to} ends before it starts.</source>
        <translation>{date_from} – {date_to} hesabat dövrü başlamazdan əvvəl bitir.</translation>
    </message>
    <message>
        <source>“{time_zone}” is not a known time zone.</source>
        <translation>“{time_zone}” tanınan saat qurşağı deyil.</translation>
    </message>
    <message>
        <source>The period from {date_from} to {date_to} is not valid.</source>
        <translation>{date_from} – {date_to} dövrü yanlışdır.</translation>
    </message>
    <message>
        <source>The statement folder {folder} does not exist.</source>
        <translation>{folder} çıxarış qovluğu mövcud deyil.</translation>
    </message>
    <message>
        <source>The file {file} uses XML features that are not allowed (line {line}).</source>
        <translation>{file} faylı icazə verilməyən XML imkanlarından istifadə edir (sətir {line}).</translation>
    </message>
    <message>
        <source>The file {file} is not valid XML.</source>
        <translation>{file} faylı düzgün XML deyil.</translation>
    </message>
    <message>
        <source>The file {file} is cut off; download it from the bank again.</source>
        <translation>{file} faylı yarımçıqdır; onu bankdan yenidən yükləyin.</translation>
    </message>
    <message>
        <source>The file {file} has an unreadable amount (line {line}).</source>
        <translation>{file} faylında oxunmayan məbləğ var (sətir {line}).</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>{file} faylı boşdur.</translation>
    </message>
    <message>
        <source>The file {file} is too large to import.</source>
        <translation>{file} faylı idxal üçün çox böyükdür.</translation>
    </message>
    <message>
        <source>The statement {file} is in {found}, but the clinic works in {expected}.</source>
        <translation>{file} çıxarışı {found} valyutasındadır, klinika isə {expected} ilə işləyir.</translation>
    </message>
    <message>
        <source>“{format}” is not a known registry format.</source>
        <translation>“{format}” məlum reyestr formatı deyil.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a known text encoding.</source>
        <translation>“{encoding}” məlum mətn kodlaşdırması deyil.</translation>
    </message>
    <message>
        <source>There are no open charges to export.</source>
        <translation>İxrac üçün açıq borc yoxdur.</translation>
    </message>
    <message>
        <source>The charges are in several currencies ({currencies}); export one currency at a time.</source>
        <translation>Borclar bir neçə valyutadadır ({currencies}); hər dəfə bir valyuta ixrac edin.</translation>
    </message>
    <message>
        <source>The charge for account {account} is negative and cannot be sent to the bank.</source>
        <translation>{account} hesabı üzrə borc mənfidir və banka göndərilə bilməz.</translation>
    </message>
    <message>
        <source>The {field} of account {account} contains a character the bank cannot accept.</source>
        <translation>{account} hesabının {field} sahəsində bankın qəbul etmədiyi simvol var.</translation>
    </message>
    <message>
        <source>Account {account} has text that cannot be written in {encoding}.</source>
        <translation>{account} hesabında {encoding} kodlaşdırmasında yazıla bilməyən mətn var.</translation>
    </message>
    <message>
        <source>“{delimiter}” cannot be used as the column separator.</source>
        <translation>“{delimiter}” sütun ayırıcısı kimi istifadə edilə bilməz.</translation>
    </message>
    <message>
        <source>The link amount {amount} is not valid.</source>
        <translation>Keçidin {amount} məbləği yanlışdır.</translation>
    </message>
    <message>
        <source>The patient for this link no longer exists.</source>
        <translation>Bu keçid üçün pasiyent artıq mövcud deyil.</translation>
    </message>
    <message>
        <source>The expiry date {expires} is already in the past.</source>
        <translation>{expires} bitmə tarixi artıq keçib.</translation>
    </message>
    <message>
        <source>The invoice for this link no longer exists.</source>
        <translation>Bu keçid üçün hesab-faktura artıq mövcud deyil.</translation>
    </message>
    <message>
        <source>A payment link can only be made for an open invoice.</source>
        <translation>Ödəniş keçidi yalnız açıq hesab-faktura üçün yaradıla bilər.</translation>
    </message>
    <message>
        <source>The patient has no address to send this link to.</source>
        <translation>Pasiyentin bu keçidi göndərmək üçün ünvanı yoxdur.</translation>
    </message>
    <message>
        <source>This payment link no longer exists.</source>
        <translation>Bu ödəniş keçidi artıq mövcud deyil.</translation>
    </message>
    <message>
        <source>This link has not reached the exchange yet; sync first.</source>
        <translation>Bu keçid hələ mübadiləyə çatmayıb; əvvəlcə sinxronlaşdırın.</translation>
    </message>
    <message>
        <source>Nothing is due on this invoice.</source>
        <translation>Bu hesab-faktura üzrə ödəniləcək heç nə yoxdur.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid sender e-mail address.</source>
        <translation>“{address}” düzgün göndərən e-poçt ünvanı deyil.</translation>
    </message>
    <message>
        <source>“{channel}” is not a known way to send messages.</source>
        <translation>“{channel}” mesaj göndərməyin məlum üsulu deyil.</translation>
    </message>
    <message>
        <source>“{security}” is not a known mail connection security.</source>
        <translation>“{security}” məlum poçt bağlantısı təhlükəsizliyi deyil.</translation>
    </message>
    <message>
        <source>The patient has no {channel} address.</source>
        <translation>Pasiyentin {channel} ünvanı yoxdur.</translation>
    </message>
    <message>
        <source>This message cannot be sent again.</source>
        <translation>Bu mesajı yenidən göndərmək olmaz.</translation>
    </message>
    <message>
        <source>“{channel}” is not a known way to send reminders.</source>
        <translation>“{channel}” xatırlatma göndərməyin məlum üsulu deyil.</translation>
    </message>
    <message>
        <source>Reminders must be at least {days} day(s) apart; choose a valid interval.</source>
        <translation>Xatırlatmalar arasında ən azı {days} gün olmalıdır; düzgün interval seçin.</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number an SMS can go to.</source>
        <translation>“{phone}” SMS göndərilə bilən telefon nömrəsi deyil.</translation>
    </message>
    <message>
        <source>Invoice {number} is already credited by {credited}; credit what is left by lines or an amount.</source>
        <translation>{number} hesab-fakturası artıq {credited} məbləğində kreditləşdirilib; qalanı sətirlər və ya məbləğ üzrə kreditləşdirin.</translation>
    </message>
    <message>
        <source>Choose the lines to credit, or an amount.</source>
        <translation>Kreditləşdiriləcək sətirləri və ya məbləği seçin.</translation>
    </message>
    <message>
        <source>There is nothing to credit on invoice {number}.</source>
        <translation>{number} hesab-fakturasında kreditləşdiriləcək heç nə yoxdur.</translation>
    </message>
    <message>
        <source>A credit of {amount} is more than the {left} left on invoice {number}; nothing was credited.</source>
        <translation>{amount} kredit {number} hesab-fakturasında qalan {left} məbləğindən çoxdur; heç nə kreditləşdirilmədi.</translation>
    </message>
    <message>
        <source>Invoice {number} has no line {line}.</source>
        <translation>{number} hesab-fakturasında {line} sətri yoxdur.</translation>
    </message>
    <message>
        <source>Line {line} ({description}) of invoice {number} has only {left} left to credit, not {quantity}; nothing was credited.</source>
        <translation>{number} hesab-fakturasının {line} sətrində ({description}) kreditləşdirmək üçün {quantity} deyil, yalnız {left} qalıb; heç nə kreditləşdirilmədi.</translation>
    </message>
    <message>
        <source>{amount} cannot be credited to the cent at the VAT rate {rate}; please adjust it by a cent.</source>
        <translation>{amount} məbləği {rate} ƏDV dərəcəsində sentinədək dəqiq kreditləşdirilə bilməz; məbləği bir sent dəyişin.</translation>
    </message>
    <message>
        <source>{amount} of this payment was already refunded to the patient; it cannot be reversed.</source>
        <translation>Bu ödənişin {amount} hissəsi artıq pasiyentə geri qaytarılıb; onu ləğv etmək olmaz.</translation>
    </message>
    <message>
        <source>This refund no longer exists.</source>
        <translation>Bu geri ödəmə artıq mövcud deyil.</translation>
    </message>
    <message>
        <source>A refund is paid in cash or by bank transfer.</source>
        <translation>Geri ödəmə nağd və ya bank köçürməsi ilə edilir.</translation>
    </message>
    <message>
        <source>The refund amount {amount} must be more than zero.</source>
        <translation>Geri ödəmə məbləği {amount} sıfırdan böyük olmalıdır.</translation>
    </message>
    <message>
        <source>A refund of {amount} is more than the patient&apos;s credit of {credit}; nothing was refunded.</source>
        <translation>{amount} geri ödəmə pasiyentin {credit} kreditindən çoxdur; heç nə geri ödənilmədi.</translation>
    </message>
    <message>
        <source>A refund by bank transfer needs the payee&apos;s IBAN.</source>
        <translation>Bank köçürməsi ilə geri ödəmə üçün alıcının IBAN-ı lazımdır.</translation>
    </message>
    <message>
        <source>“{bic}” is not a valid BIC.</source>
        <translation>“{bic}” etibarlı BIC deyil.</translation>
    </message>
    <message>
        <source>A refund by bank transfer needs the payee&apos;s name.</source>
        <translation>Bank köçürməsi ilə geri ödəmə üçün alıcının adı lazımdır.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s IBAN in the settings before exporting bank transfers.</source>
        <translation>Bank köçürmələrini ixrac etməzdən əvvəl parametrlərdə klinikanın IBAN-ını daxil edin.</translation>
    </message>
    <message>
        <source>There are no bank-transfer refunds on {day}.</source>
        <translation>{day} tarixində bank köçürməsi ilə geri ödəmə yoxdur.</translation>
    </message>
    <message>
        <source>A SEPA transfer file needs at least one transfer.</source>
        <translation>SEPA köçürmə faylında ən azı bir köçürmə olmalıdır.</translation>
    </message>
    <message>
        <source>SEPA transfers are in euro only, not {currency}.</source>
        <translation>SEPA köçürmələri yalnız avro ilə olur, {currency} ilə yox.</translation>
    </message>
    <message>
        <source>A SEPA transfer of {amount} is not possible.</source>
        <translation>{amount} məbləğində SEPA köçürməsi mümkün deyil.</translation>
    </message>
    <message>
        <source>“{iban}” is not a valid IBAN; please check it for typos.</source>
        <translation>“{iban}” düzgün IBAN deyil; yazı səhvi olub-olmadığını yoxlayın.</translation>
    </message>
    <message>
        <source>“{bic}” is not a valid BIC (8 or 11 letters and digits).</source>
        <translation>“{bic}” düzgün BIC deyil (8 və ya 11 hərf və rəqəm).</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Ödəniş müddəti 0 ilə 365 gün arasında olmalıdır.</translation>
    </message>
    <message>
        <source>The invoice series must be 1 to 10 Latin letters or digits.</source>
        <translation>Hesab-faktura seriyası 1-10 latın hərfi və ya rəqəmdən ibarət olmalıdır.</translation>
    </message>
    <message>
        <source>“{path}” is not an image file.</source>
        <translation>“{path}” şəkil faylı deyil.</translation>
    </message>
    <message>
        <source>“{calendar}” is not a calendar USU Desktop knows.</source>
        <translation>“{calendar}” USU Desktop-un tanıdığı təqvim deyil.</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program. Close it and try again.</source>
        <translation>{path} verilənlər bazası başqa proqram tərəfindən kilidlənib. Həmin proqramı bağlayıb yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Check the file&apos;s permissions.</source>
        <translation>{path} verilənlər bazası yalnız oxumaq üçündür. Faylın icazələrini yoxlayın.</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer version of USU Desktop. Please update the program.</source>
        <translation>{path} verilənlər bazası USU Desktop-un daha yeni versiyası ilə yaradılıb. Proqramı yeniləyin.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>{path} verilənlər bazası zədələnib və açıla bilmir. Onu ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
        <source>The database server {path} cannot be reached. Check the network and try again.</source>
        <translation>{path} verilənlər bazası serverinə qoşulmaq mümkün deyil. Şəbəkəni yoxlayıb yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>The database {path} needs the driver “{driver}”, which is not installed.</source>
        <translation>{path} verilənlər bazası üçün “{driver}” drayveri lazımdır, lakin o quraşdırılmayıb.</translation>
    </message>
    <message>
        <source>The file {path} is not a USU Desktop database.</source>
        <translation>{path} faylı USU Desktop verilənlər bazası deyil.</translation>
    </message>
    <message>
        <source>A backup named {path} already exists.</source>
        <translation>{path} adlı ehtiyat nüsxə artıq mövcuddur.</translation>
    </message>
    <message>
        <source>The file {path} is not a USU Desktop backup.</source>
        <translation>{path} faylı USU Desktop ehtiyat nüsxəsi deyil.</translation>
    </message>
    <message>
        <source>The backup {path} could not be written.</source>
        <translation>{path} ehtiyat nüsxəsini yazmaq mümkün olmadı.</translation>
    </message>
    <message>
        <source>The token cannot be kept: the system keyring refused it, or the file that holds it cannot be read or written.</source>
        <translation>Token saxlanıla bilmir: sistem açar anbarı onu qəbul etmədi və ya onu saxlayan fayl oxuna və ya yazıla bilmir.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a user name (up to 80 characters, not starting with “admin:”).</source>
        <translation>“{name}” istifadəçi adı ola bilməz (80 simvola qədər, “admin:” ilə başlamamalıdır).</translation>
    </message>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>Parolda ən azı {min} simvol olmalıdır.</translation>
    </message>
    <message>
        <source>The first user of the clinic must be an administrator.</source>
        <translation>Klinikanın ilk istifadəçisi administrator olmalıdır.</translation>
    </message>
    <message>
        <source>There is already a user called “{name}”.</source>
        <translation>“{name}” adlı istifadəçi artıq var.</translation>
    </message>
    <message>
        <source>There is no user called “{name}”.</source>
        <translation>“{name}” adlı istifadəçi yoxdur.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Cari parol düzgün deyil.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>İki parol eyni deyil.</translation>
    </message>
    <message>
        <source>Signing in automatically is off now that this clinic has more than one user.</source>
        <translation>Klinikada birdən çox istifadəçi olduğu üçün avtomatik giriş söndürülüb.</translation>
    </message>
    <message>
        <source>{name} is the only administrator left and cannot be disabled; make another one first.</source>
        <translation>{name} yeganə administratordur və söndürülə bilməz; əvvəlcə başqasını təyin edin.</translation>
    </message>
    <message>
        <source>The user name or the password is not right. Please try again.</source>
        <translation>İstifadəçi adı və ya parol düzgün deyil. Yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>The user {name} has been disabled; please ask an administrator.</source>
        <translation>{name} istifadəçisi söndürülüb; administratora müraciət edin.</translation>
    </message>
    <message>
        <source>“{role}” is not a role; use receptionist, manager or administrator.</source>
        <translation>“{role}” rol deyil; receptionist, manager və ya administrator yazın.</translation>
    </message>
    <message>
        <source>Your role may not change patients.</source>
        <translation>Rolunuz pasiyentləri dəyişə bilməz.</translation>
    </message>
    <message>
        <source>Your role may not make invoices.</source>
        <translation>Rolunuz hesab-faktura yarada bilməz.</translation>
    </message>
    <message>
        <source>Your role may not take payments at the desk.</source>
        <translation>Rolunuz qəbulda ödəniş qəbul edə bilməz.</translation>
    </message>
    <message>
        <source>Your role may not print receipts.</source>
        <translation>Rolunuz qəbz çap edə bilməz.</translation>
    </message>
    <message>
        <source>Your role may not make payment links.</source>
        <translation>Rolunuz ödəniş keçidləri yarada bilməz.</translation>
    </message>
    <message>
        <source>Your role may not send reminders.</source>
        <translation>Rolunuz xatırlatma göndərə bilməz.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may cancel an invoice or issue a credit note.</source>
        <translation>Hesab-fakturanı yalnız menecer və ya administrator ləğv edə, kredit-nota yarada bilər.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may reverse a payment or refund it.</source>
        <translation>Ödənişi yalnız menecer və ya administrator geri qaytara bilər.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may undo a match or match a payment by hand.</source>
        <translation>Uyğunlaşdırmanı yalnız menecer və ya administrator ləğv edə və ya ödənişi əl ilə uyğunlaşdıra bilər.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may see the reports.</source>
        <translation>Hesabatları yalnız menecer və ya administrator görə bilər.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may close the day.</source>
        <translation>Günü yalnız menecer və ya administrator bağlaya bilər.</translation>
    </message>
    <message>
        <source>Only an administrator may change the clinic settings.</source>
        <translation>Klinikanın ayarlarını yalnız administrator dəyişə bilər.</translation>
    </message>
    <message>
        <source>Only an administrator may change the bank or exchange connection.</source>
        <translation>Bank və ya mübadilə bağlantısını yalnız administrator dəyişə bilər.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>İstifadəçiləri yalnız administrator idarə edə bilər.</translation>
    </message>
    <message>
        <source>Only an administrator may back up or restore the books.</source>
        <translation>Ehtiyat nüsxəni yalnız administrator yarada və ya bərpa edə bilər.</translation>
    </message>
    <message>
        <source>The operation was refused ({code}).</source>
        <translation>Əməliyyat rədd edildi ({code}).</translation>
    </message>
    <message>
        <source>An unexpected error occurred: {detail}</source>
        <translation>Gözlənilməz xəta baş verdi: {detail}</translation>
    </message>
    <message>
        <source>The file {path} could not be used: {detail}</source>
        <translation>{path} faylından istifadə etmək mümkün olmadı: {detail}</translation>
    </message>
    <message>
        <source>The exchange address is not set. Enter it on the Connection tab.</source>
        <translation>Mübadilə ünvanı təyin edilməyib. Onu “Qoşulma” vərəqində daxil edin.</translation>
    </message>
    <message>
        <source>The file {file} is not a bank statement in a known format (camt.052, camt.053, camt.054, MT940, MT942).</source>
        <translation>{file} faylı tanınan formatda bank çıxarışı deyil (camt.052, camt.053, camt.054, MT940, MT942).</translation>
    </message>
    <message>
        <source>The file {file} lacks the required field {field} (line {line}).</source>
        <translation>{file} faylında məcburi {field} sahəsi yoxdur (sətir {line}).</translation>
    </message>
    <message>
        <source>The file {file} holds several accounts and none of them is the clinic&apos;s. Enter the clinic&apos;s IBAN in Settings, or import a file of the clinic&apos;s account.</source>
        <translation>{file} faylında bir neçə hesab var və onların heç biri klinikanın hesabı deyil. Ayarlarda klinikanın IBAN-ını daxil edin və ya klinikanın hesabının faylını idxal edin.</translation>
    </message>
    <message>
        <source>No access token is saved for this desk. Enter the token on the Connection tab.</source>
        <translation>Bu iş yeri üçün giriş tokeni saxlanmayıb. Tokeni “Qoşulma” vərəqində daxil edin.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 1440 minutes.</source>
        <translation>İnterval 1 ilə 1440 dəqiqə arasında olmalıdır.</translation>
    </message>
    <message>
        <source>The exchange {url} cannot be reached. Check the address and the internet connection.</source>
        <translation>{url} mübadiləsinə qoşulmaq mümkün deyil. Ünvanı və internet bağlantısını yoxlayın.</translation>
    </message>
    <message>
        <source>The exchange {url} did not answer in time.</source>
        <translation>{url} mübadiləsi vaxtında cavab vermədi.</translation>
    </message>
    <message>
        <source>The exchange refused the access token. Enter the token again.</source>
        <translation>Mübadilə giriş tokenini rədd etdi. Tokeni yenidən daxil edin.</translation>
    </message>
    <message>
        <source>The exchange had an internal error (HTTP {status}). It will be tried again later.</source>
        <translation>Mübadilədə daxili xəta baş verdi (HTTP {status}). Sonra yenidən cəhd ediləcək.</translation>
    </message>
    <message>
        <source>The exchange answered something unexpected. Check the address.</source>
        <translation>Mübadilə gözlənilməz cavab verdi. Ünvanı yoxlayın.</translation>
    </message>
    <message>
        <source>The exchange refused the request ({server_code}).</source>
        <translation>Mübadilə sorğunu rədd etdi ({server_code}).</translation>
    </message>
    <message>
        <source>Use an https:// address; plain http is only allowed to this computer.</source>
        <translation>https:// ünvanından istifadə edin; adi http yalnız bu kompüter üçün icazəlidir.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>“{url}” veb ünvan deyil.</translation>
    </message>
    <message>
        <source>E-mail sending is not set up. Enter the mail server on the Sending tab of Payment links.</source>
        <translation>E-poçt göndərilməsi qurulmayıb. Poçt serverini «Ödəniş linkləri» bölməsinin «Göndərmə» vərəqində daxil edin.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer an encrypted connection, so nothing was sent.</source>
        <translation>{host} poçt serveri şifrəli bağlantı təklif etmir, ona görə heç nə göndərilmədi.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the user name or password.</source>
        <translation>{host} poçt serveri istifadəçi adını və ya parolu qəbul etmədi.</translation>
    </message>
    <message>
        <source>The mail server {host} cannot be reached. Check the address, the port and the internet connection.</source>
        <translation>{host} poçt serverinə qoşulmaq mümkün deyil. Ünvanı, portu və internet bağlantısını yoxlayın.</translation>
    </message>
    <message>
        <source>The mail server refused the message (code {status}).</source>
        <translation>Poçt serveri məktubu qəbul etmədi (kod {status}).</translation>
    </message>
    <message>
        <source>SMS sending is not set up. Enter the SMS gateway on the Sending tab of Payment links.</source>
        <translation>SMS göndərilməsi qurulmayıb. SMS şlüzünü «Ödəniş linkləri» bölməsinin «Göndərmə» vərəqində daxil edin.</translation>
    </message>
    <message>
        <source>Use an https:// address for the SMS gateway {host}.</source>
        <translation>{host} SMS şlüzü üçün https:// ünvanından istifadə edin.</translation>
    </message>
    <message>
        <source>The SMS gateway cannot be reached. Check the address and the internet connection.</source>
        <translation>SMS şlüzünə qoşulmaq mümkün deyil. Ünvanı və internet bağlantısını yoxlayın.</translation>
    </message>
    <message>
        <source>The SMS gateway refused the message (HTTP {status}).</source>
        <translation>SMS şlüzü mesajı qəbul etmədi (HTTP {status}).</translation>
    </message>
    <message>
        <source>The bank QR code is for euro payments only; this amount is in {currency}.</source>
        <translation>Bank QR kodu yalnız avro ödənişləri üçündür; bu məbləğ {currency} ilədir.</translation>
    </message>
    <message>
        <source>The amount {amount} cannot go into a bank QR code (0.01 to 999,999,999.99 EUR).</source>
        <translation>{amount} məbləği bank QR koduna yazıla bilməz (0,01 – 999 999 999,99 EUR).</translation>
    </message>
    <message>
        <source>The clinic name “{name}” cannot go into a bank QR code; correct it in Settings.</source>
        <translation>Klinikanın adı «{name}» bank QR koduna yazıla bilməz; onu Parametrlərdə düzəldin.</translation>
    </message>
    <message>
        <source>The payment details are too long for a bank QR code.</source>
        <translation>Ödəniş rekvizitləri bank QR kodu üçün çox uzundur.</translation>
    </message>
    <message>
        <source>“{rf}” is not a valid RF payment code.</source>
        <translation>«{rf}» etibarlı RF ödəniş kodu deyil.</translation>
    </message>
    <message>
        <source>A font the documents need is missing: {path}. Please reinstall USU Desktop.</source>
        <translation>Sənədlər üçün lazım olan şrift yoxdur: {path}. USU Desktop-u yenidən quraşdırın.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}. Please choose another folder.</source>
        <translation>{path} faylını yazmaq mümkün deyil: {reason}. Başqa qovluq seçin.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Welcome: the administrator</source>
        <translation>Xoş gəlmisiniz: administrator</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Yarat</translation>
    </message>
    <message>
        <source>Choose the name and password of the clinic&apos;s administrator. The administrator adds the other users and may change every setting.</source>
        <translation>Klinikanın administratorunun adını və parolunu seçin. Administrator digər istifadəçiləri əlavə edir və bütün ayarları dəyişə bilər.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>İstifadəçi adı:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parol:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Parol təkrar:</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Creating patients…</source>
        <translation>Pasiyentlər yaradılır…</translation>
    </message>
    <message>
        <source>Creating invoices and payments…</source>
        <translation>Hesab-fakturalar və ödənişlər yaradılır…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saxlanılır…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hazırdır.</translation>
    </message>
    <message>
        <source>Welcome to USU Desktop</source>
        <translation>USU Desktop-a xoş gəlmisiniz</translation>
    </message>
    <message>
        <source>A new, empty database has been created.

Would you like to fill it with demo clients, invoices and payments to try the program? You can start a clean database later.</source>
        <translation>Yeni, boş verilənlər bazası yaradıldı.

Proqramı sınamaq üçün onu nümunə müştərilər, hesab-fakturalar və ödənişlərlə doldurmaq istəyirsiniz? Təmiz bazanı sonra yarada bilərsiniz.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Nümunə məlumatlar</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Nümunə məlumatlar yaradılır…</translation>
    </message>
    <message>
        <source>Demo data could not be created</source>
        <translation>Nümunə məlumatları yaratmaq mümkün olmadı</translation>
    </message>
    <message>
        <source>Creating demo data was cancelled.</source>
        <translation>Nümunə məlumatların yaradılması ləğv edildi.</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Service from the price list</source>
        <translation>Qiymət siyahısından xidmət</translation>
    </message>
    <message>
        <source>&amp;Add service</source>
        <translation>Xidmət əl&amp;avə et</translation>
    </message>
    <message>
        <source>Add &amp;free line</source>
        <translation>&amp;Sərbəst sətir əlavə et</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Sətri &amp;sil</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Vahid qiyməti</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Endirim</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>ƏDV %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Qaralamanı &amp;saxla</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Təqdim et…</translation>
    </message>
    <message>
        <source>Cancel &amp;invoice…</source>
        <translation>Hesab-fakturanı &amp;ləğv et…</translation>
    </message>
    <message>
        <source>Cre&amp;dit note…</source>
        <translation>Kre&amp;dit qeydi…</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>Ö&amp;dəniş qəbul et…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Önizləmə</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Çap et…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF kimi saxla…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Ö&amp;nizləmə</translation>
    </message>
    <message>
        <source>Patient: {name} ({number})</source>
        <translation>Pasiyent: {name} ({number})</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Yeni hesab-faktura</translation>
    </message>
    <message>
        <source>Draft (not saved)</source>
        <translation>Qaralama (saxlanmayıb)</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Qaralama hesab-faktura</translation>
    </message>
    <message>
        <source>No service on the price list matches “{text}”.</source>
        <translation>Qiymət siyahısında «{text}» ilə uyğun xidmət yoxdur.</translation>
    </message>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>Sətir {n}: {problem}</translation>
    </message>
    <message>
        <source>Lines {lines} · Discount {discount} · Without VAT {untaxed} · VAT {tax} · Total {total}</source>
        <translation>Sətirlər {lines} · Endirim {discount} · ƏDV-siz {untaxed} · ƏDV {tax} · Cəmi {total}</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>Hesab-fakturanı saxla</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Hesab-fakturanı təqdim et</translation>
    </message>
    <message>
        <source>Issue this invoice for {total}? It gets its number and cannot be changed afterwards; a mistake is then corrected by a credit note.</source>
        <translation>Bu hesab-faktura {total} məbləğinə təqdim edilsin? O, nömrə alacaq və sonra dəyişdirilə bilməz; səhv kredit qeydi ilə düzəldilir.</translation>
    </message>
    <message>
        <source>{credit} of the patient&apos;s credit was used on {number}.</source>
        <translation>Pasiyentin kreditindən {credit} {number} üçün istifadə olundu.</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Hesab-fakturanı ləğv et</translation>
    </message>
    <message>
        <source>Why is {number} cancelled?</source>
        <translation>{number} niyə ləğv edilir?</translation>
    </message>
    <message>
        <source>Credit note {number} was made. What was paid on the invoice is now the patient&apos;s credit.</source>
        <translation>{number} kredit qeydi yaradıldı. Hesab-faktura üzrə ödənilən məbləğ indi pasiyentin kreditidir.</translation>
    </message>
</context>
<context>
    <name>InvoiceList</name>
    <message>
        <source>Due</source>
        <translation>Ödəniş tarixi</translation>
    </message>
    <message>
        <source>Due amount</source>
        <translation>Ödəniləcək</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Verilib</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ödənilib</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasiyent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Search: invoice number, patient name or number</source>
        <translation>Axtarış: hesab-faktura nömrəsi, pasiyentin adı və ya nömrəsi</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Bütün hesab-fakturalar</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Təqdim tarixi: başlanğıc</translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation>Yeni &amp;hesab-faktura</translation>
    </message>
    <message>
        <source>to</source>
        <translation>son</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Önizləmə</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Çap et…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF kimi saxla…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Seçilənləri ixrac et…</translation>
    </message>
    <message>
        <source>Export all shown…</source>
        <translation>Göstərilənlərin hamısını ixrac et…</translation>
    </message>
    <message>
        <source>Preview current state (with paid stamp)</source>
        <translation>Cari vəziyyətin önizləməsi (ödəniş möhürü ilə)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Yeni hesab-faktura</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Ödəniş qəbul et</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenilə</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Sayılır…</translation>
    </message>
    <message>
        <source>{count} invoices · Total {total} · Paid {paid} · Due {due}</source>
        <translation>Hesab-fakturalar: {count} · Cəmi {total} · Ödənilib {paid} · Ödənilməli {due}</translation>
    </message>
    <message>
        <source>Print all shown…</source>
        <translation>Göstərilənlərin hamısını çap et…</translation>
    </message>
    <message>
        <source>Print invoices</source>
        <translation>Hesab-fakturaların çapı</translation>
    </message>
    <message>
        <source>There are no issued invoices to print.</source>
        <translation>Çap üçün təqdim edilmiş hesab-faktura yoxdur.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Payment link paid: {title} ({amount})</source>
        <translation>Ödəniş linki ödənildi: {title} ({amount})</translation>
    </message>
    <message>
        <source>Payment link partly paid: {title} ({amount} so far)</source>
        <translation>Ödəniş linki qismən ödənildi: {title} (hələlik {amount})</translation>
    </message>
    <message>
        <source>Payment link expired: {title}</source>
        <translation>Ödəniş linkinin müddəti bitdi: {title}</translation>
    </message>
    <message>
        <source>Payment link changed: {title}</source>
        <translation>Ödəniş linki dəyişdi: {title}</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>Ödəniş linkləri</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Qismən ödənilib</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ödənilib</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Müddəti bitib</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Göndərildi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Alınmadı</translation>
    </message>
    <message>
        <source>Skipped: paid meanwhile</source>
        <translation>Buraxıldı: artıq ödənilib</translation>
    </message>
    <message>
        <source>Skipped: client credit covers the debt</source>
        <translation>Buraxıldı: borc pasiyentin krediti ilə örtülür</translation>
    </message>
    <message>
        <source>Skipped: reminded recently</source>
        <translation>Buraxıldı: bu yaxınlarda xatırladılıb</translation>
    </message>
    <message>
        <source>Skipped: no e-mail or phone</source>
        <translation>Buraxıldı: e-poçt və ya telefon yoxdur</translation>
    </message>
    <message>
        <source>Would be sent</source>
        <translation>Göndəriləcək</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-poçt</translation>
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
        <translation>Ödəniş linkləri</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Linklər</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Göndərmə</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Yaradılıb</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasiyent</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Təyinat</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ödənilib</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Etibarlıdır</translation>
    </message>
    <message>
        <source>No payment links yet. Make one with “New link…”.</source>
        <translation>Hələ ödəniş linki yoxdur. «Yeni link…» ilə yaradın.</translation>
    </message>
    <message>
        <source>New link…</source>
        <translation>Yeni link…</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>E-poçtla göndər</translation>
    </message>
    <message>
        <source>Send by SMS</source>
        <translation>SMS ilə göndər</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Ünvanı kopyala</translation>
    </message>
    <message>
        <source>Cancel link</source>
        <translation>Linki ləğv et</translation>
    </message>
    <message>
        <source>Update statuses</source>
        <translation>Statusları yenilə</translation>
    </message>
    <message>
        <source>payer chooses</source>
        <translation>ödəyən seçir</translation>
    </message>
    <message>
        <source>New payment link</source>
        <translation>Yeni ödəniş linki</translation>
    </message>
    <message>
        <source>Payment link made: {url}</source>
        <translation>Ödəniş linki yaradıldı: {url}</translation>
    </message>
    <message>
        <source>Send payment link</source>
        <translation>Ödəniş linkinin göndərilməsi</translation>
    </message>
    <message>
        <source>Sent by {channel}</source>
        <translation>Göndərildi: {channel}</translation>
    </message>
    <message>
        <source>Not sent: {reason}
The message is in the log and can be sent again.</source>
        <translation>Göndərilmədi: {reason}
Mesaj jurnaldadır və yenidən göndərilə bilər.</translation>
    </message>
    <message>
        <source>Cancel this payment link? It will refuse payment from now on.</source>
        <translation>Bu ödəniş linki ləğv edilsin? Bundan sonra onunla ödəniş qəbul edilməyəcək.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kimə</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Cəhdlər</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>No messages sent yet.</source>
        <translation>Hələ heç bir mesaj göndərilməyib.</translation>
    </message>
    <message>
        <source>Send failed messages again</source>
        <translation>Alınmayan mesajları yenidən göndər</translation>
    </message>
    <message>
        <source>{sent} of {count} messages sent</source>
        <translation>{count} mesajdan {sent} göndərildi</translation>
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
        <translation>Yoxdur (yalnız bu kompüter)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>dəyişməz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saxla</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>E-poçt (SMTP)</translation>
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
        <translation>Şifrələmə</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Göndərənin ünvanı</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>SMS şlüzü</translation>
    </message>
    <message>
        <source>Address template</source>
        <translation>Ünvan şablonu</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Göndərənin adı</translation>
    </message>
    <message>
        <source>Sending settings saved</source>
        <translation>Göndərmə parametrləri saxlanıldı</translation>
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
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Parametrlər…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>İstifadəçini də&amp;yiş…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Parolu dəyiş…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Axtar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Keçid</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>&amp;About USU Desktop</source>
        <translation>USU Desktop &amp;haqqında</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Verilənlər bazası: {name}</translation>
    </message>
    <message>
        <source>Clinic name not set</source>
        <translation>Klinikanın adı təyin edilməyib</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Hələ sinxronlaşdırılmayıb</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Daxil olub: {name} ({role})</translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation>Keçid: {page}</translation>
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
        <translation>Yeni ödəniş linki</translation>
    </message>
    <message>
        <source>For an invoice (what is still owed)</source>
        <translation>Hesab-faktura üzrə (ödənilməmiş qalıq)</translation>
    </message>
    <message>
        <source>For a patient (everything owed)</source>
        <translation>Pasiyent üçün (bütün borc)</translation>
    </message>
    <message>
        <source>Free amount (the payer chooses)</source>
        <translation>Sərbəst məbləğ (ödəyən seçir)</translation>
    </message>
    <message>
        <source>The payer may pay part of it</source>
        <translation>Ödəyən bir hissəsini ödəyə bilər</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>istəyə görə</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Məbləğ ({currency})</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Ən kiçik məbləğ</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Ən böyük məbləğ</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Nə üçündür</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Etibarlıdır</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Hesab-faktura nömrəsi</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Müştəri nömrəsi</translation>
    </message>
    <message>
        <source>Client number (optional)</source>
        <translation>Müştəri nömrəsi (istəyə görə)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Clients</source>
        <translation>Müştərilər</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Hesab-fakturalar</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Ödənişlər</translation>
    </message>
    <message>
        <source>Bank sync</source>
        <translation>Bankla sinxronlaşma</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Qiymət siyahısı</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>Bank çıxarışları</translation>
    </message>
    <message>
        <source>Debtors</source>
        <translation>Borclular</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>Ödəniş linkləri</translation>
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
        <translation>Məbləğ</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Uyğunlaşdırılıb</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <source>On invoices</source>
        <translation>Hesab-fakturalara</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Ödəniş vaxtı</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasiyent</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>İstinad</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Geri qaytarma</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Geri qaytarılıb</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To credit</source>
        <translation>Kreditə</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Uyğunlaşdırılmayıb</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Search: payer, text, RF code or transaction id</source>
        <translation>Axtarış: ödəyici, mətn, RF kodu və ya əməliyyat identifikatoru</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Bütün mənbələr</translation>
    </message>
    <message>
        <source>Unmatched only</source>
        <translation>Yalnız uyğunlaşdırılmayanlar</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Ödəniş tarixi: başlanğıc</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>Ö&amp;dəniş qəbul et…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>son</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Hesab-faktura</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Niyə</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <source>&amp;Undo allocation…</source>
        <translation>Bölgünü &amp;geri qaytar…</translation>
    </message>
    <message>
        <source>&amp;Reverse payment…</source>
        <translation>Ödənişi &amp;geri qaytar…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Qəbz</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Qəbzi çap et…</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Qəbzi PDF kimi saxla…</translation>
    </message>
    <message>
        <source>Reverse payment…</source>
        <translation>Ödənişi geri qaytar…</translation>
    </message>
    <message>
        <source>{count} payments</source>
        <translation>Ödənişlər: {count}</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Ödəniş qəbul et</translation>
    </message>
    <message>
        <source>undo of an earlier allocation</source>
        <translation>əvvəlki bölgünün geri qaytarılması</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>geri qaytarılıb</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Select a payment to see where its money went.</source>
        <translation>Pulun hara getdiyini görmək üçün ödəniş seçin.</translation>
    </message>
    <message>
        <source>{amount} from {who}: on invoices {allocated}, to credit {credit}</source>
        <translation>{amount}, ödəyici {who}: hesab-fakturalara {allocated}, kreditə {credit}</translation>
    </message>
    <message>
        <source>Undo allocation</source>
        <translation>Bölgünü geri qaytar</translation>
    </message>
    <message>
        <source>Select an active allocation first.</source>
        <translation>Əvvəlcə aktiv bölgü seçin.</translation>
    </message>
    <message>
        <source>Why is {amount} taken off {number}? The money stays with the patient as credit.</source>
        <translation>{amount} niyə {number} hesabından çıxarılır? Pul pasiyentdə kredit kimi qalır.</translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation>Ödənişi geri qaytar</translation>
    </message>
    <message>
        <source>Why is the payment of {amount} reversed? Its allocations are taken back.</source>
        <translation>{amount} məbləğində ödəniş niyə geri qaytarılır? Onun bölgüləri ləğv olunur.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Zoom out</source>
        <translation>Kiçilt</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Böyüt</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Enə görə</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Çap et…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF kimi saxla…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>Səhifələr: {count}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Çap</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Çap alınmadı</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF kimi saxla</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>PDF-i saxlamaq mümkün olmadı</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saxlanıldı: {path}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Çap edilir…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Statement period</source>
        <translation>Çıxarış dövrü</translation>
    </message>
    <message>
        <source>Show statement</source>
        <translation>Çıxarışı göstər</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>İlk gün son gündən sonra ola bilməz.</translation>
    </message>
</context>
<context>
    <name>PriceListPage</name>
    <message>
        <source>Search: code or name</source>
        <translation>Axtarış: kod və ya ad</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Deaktivləri göstər</translation>
    </message>
    <message>
        <source>&amp;New service</source>
        <translation>&amp;Yeni xidmət</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redaktə et…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktiv et</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Yeni xidmət</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivləşdir</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>Draft</source>
        <translation>Qaralama</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Təqdim edilib</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Qismən ödənilib</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ödənilib</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vaxtı keçib</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Hesab-faktura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kredit qeydi</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Kassa</translation>
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
        <translation>Ödəniş keçidi</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Nağd</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank köçürməsi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <source>paid at the desk</source>
        <translation>kassada ödənilib</translation>
    </message>
    <message>
        <source>allocated by hand</source>
        <translation>əl ilə bölüşdürülüb</translation>
    </message>
    <message>
        <source>from client credit</source>
        <translation>müştərinin kreditindən</translation>
    </message>
    <message>
        <source>invoice RF reference</source>
        <translation>hesab-fakturanın RF kodu</translation>
    </message>
    <message>
        <source>client RF reference, oldest due first</source>
        <translation>müştərinin RF kodu, ən köhnə borc əvvəl</translation>
    </message>
    <message>
        <source>client number, oldest due first</source>
        <translation>müştəri nömrəsi, ən köhnə borc əvvəl</translation>
    </message>
    <message>
        <source>invoice number in the text</source>
        <translation>mətndə hesab-faktura nömrəsi</translation>
    </message>
    <message>
        <source>undone by hand</source>
        <translation>əl ilə geri qaytarılıb</translation>
    </message>
    <message>
        <source>payment reversed</source>
        <translation>ödəniş geri qaytarılıb</translation>
    </message>
    <message>
        <source>invoice cancelled</source>
        <translation>hesab-faktura ləğv edilib</translation>
    </message>
    <message>
        <source>credit taken back</source>
        <translation>kredit geri alınıb</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund credit</source>
        <translation>Kreditin geri qaytarılması</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>Print a receipt to sign</source>
        <translation>İmza üçün qəbz çap et</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasiyent</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Alıcı</translation>
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
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Geri qaytar</translation>
    </message>
    <message>
        <source>{amount} refunded; {left} of credit is left.</source>
        <translation>{amount} geri qaytarıldı; {left} kredit qalıb.</translation>
    </message>
</context>
<context>
    <name>RegistryOptionsDialog</name>
    <message>
        <source>Export charge registry</source>
        <translation>Borc reyestrinin ixracı</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Column separator:</source>
        <translation>Sütun ayırıcısı:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Mətn kodlaşdırması:</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Receptionist</source>
        <translation>Qeydiyyatçı</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Menecer</translation>
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
        <translation>Xidməti redaktə et</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Yeni xidmət</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Price ({currency})</source>
        <translation>Qiymət ({currency})</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>ƏDV %</translation>
    </message>
    <message>
        <source>The code “{code}” is already used by another service.</source>
        <translation>“{code}” kodu artıq başqa xidmət tərəfindən istifadə olunur.</translation>
    </message>
</context>
<context>
    <name>ServiceModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Xidmət</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Qiymət</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>ƏDV %</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <source>no</source>
        <translation>xeyr</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <source>As printed on invoices</source>
        <translation>Hesab-fakturalarda çap olunduğu kimi</translation>
    </message>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>The window is redrawn in the new language when you press OK.</source>
        <translation>OK düyməsini basdıqda pəncərə yeni dildə yenidən çəkiləcək.</translation>
    </message>
    <message>
        <source>As each language dates (Persian: Solar Hijri)</source>
        <translation>Dilə uyğun (fars: Şəmsi hicri)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Qriqorian</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>Şəmsi hicri (Cəlali)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Clinic name:</source>
        <translation>Klinikanın adı:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Ünvan:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>VÖEN:</translation>
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
        <translation>Valyuta:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Ödəniş müddəti:</translation>
    </message>
    <message>
        <source>Invoice series:</source>
        <translation>Hesab-faktura seriyası:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Loqo:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Təqvim:</translation>
    </message>
    <message>
        <source>Please enter the clinic&apos;s name.</source>
        <translation>Klinikanın adını daxil edin.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Loqo yoxdur</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Loqo seçin</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
        <translation>Şəkillər (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The settings could not be saved</source>
        <translation>Parametrləri saxlamaq mümkün olmadı</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <source>Edit settings…</source>
        <translation>Parametrləri dəyiş…</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Klinikanın adı</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Ünvan</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>VÖEN</translation>
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
        <translation>Valyuta</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Ödəniş müddəti</translation>
    </message>
    <message>
        <source>Invoice series</source>
        <translation>Hesab-faktura seriyası</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Verilənlər bazası</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Təqvim</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Loqo</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>təyin edilməyib</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} gün</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Qriqorian</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>Şəmsi hicri (Cəlali)</translation>
    </message>
    <message>
        <source>As each language dates (Persian: Solar Hijri)</source>
        <translation>Dilə uyğun (fars: Şəmsi hicri)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>From a search field into its list (first row)</source>
        <translation>Axtarış sahəsindən onun siyahısına (ilk sətir)</translation>
    </message>
    <message>
        <source>Clear the search field</source>
        <translation>Axtarış sahəsini təmizlə</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Seçilmiş sətri aç</translation>
    </message>
    <message>
        <source>New patient or new service (on its page)</source>
        <translation>Yeni pasiyent və ya yeni xidmət (öz səhifəsində)</translation>
    </message>
    <message>
        <source>New invoice for the selected patient</source>
        <translation>Seçilmiş pasiyent üçün yeni faktura</translation>
    </message>
    <message>
        <source>Take a payment</source>
        <translation>Ödəniş qəbul et</translation>
    </message>
    <message>
        <source>Preview the document</source>
        <translation>Sənədə öncədən bax</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Sənədi çap et</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Sənədi PDF kimi saxla</translation>
    </message>
    <message>
        <source>Invoice editor: add the highlighted service</source>
        <translation>Faktura redaktoru: seçilmiş xidməti əlavə et</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Everything at the desk works from the keyboard. The page keys follow the order of the side menu.</source>
        <translation>Qəbulda hər şey klaviaturadan işləyir. Səhifə düymələri yan menyunun sırası ilədir.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Düymələr</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Daxil ol</translation>
    </message>
    <message>
        <source>Sign in automatically on this PC</source>
        <translation>Bu kompüterdə avtomatik daxil ol</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>İstifadəçi adı:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parol:</translation>
    </message>
</context>
<context>
    <name>Statements</name>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Nöqtəli vergül ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Vergül ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulyasiya</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Şaquli xətt ( | )</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>BOM ilə UTF-8 (Excel)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (kiril)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Qərbi Avropa)</translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation>Windows-1253 (yunan)</translation>
    </message>
    <message>
        <source>CSV (text table)</source>
        <translation>CSV (mətn cədvəli)</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>Mədaxil/məxaric</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Allocated to</source>
        <translation>Hesablandığı yer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Ödəyici</translation>
    </message>
    <message>
        <source>Reference / text</source>
        <translation>Kod / ödənişin təyinatı</translation>
    </message>
    <message>
        <source>Bank id</source>
        <translation>Bank identifikatoru</translation>
    </message>
    <message>
        <source>credit {amount}</source>
        <translation>avans {amount}</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Qeydə alınıb</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Uyğunlaşdırılmayıb</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <source>Already booked</source>
        <translation>Artıq qeydə alınıb</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ötürülüb</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Xəta</translation>
    </message>
    <message>
        <source>RF reference of the invoice</source>
        <translation>Hesab-fakturanın RF kodu</translation>
    </message>
    <message>
        <source>the patient&apos;s RF reference, oldest invoices first</source>
        <translation>pasiyentin RF kodu, əvvəlcə ən köhnə hesablar</translation>
    </message>
    <message>
        <source>client number, oldest invoices first</source>
        <translation>müştəri nömrəsi, əvvəlcə ən köhnə hesablar</translation>
    </message>
    <message>
        <source>invoice number in the payment text</source>
        <translation>ödənişin təyinatında hesab nömrəsi</translation>
    </message>
    <message>
        <source>no reference found: waiting in the unmatched queue</source>
        <translation>kod tapılmadı: uyğunlaşdırılmamışlar növbəsində gözləyir</translation>
    </message>
    <message>
        <source>money going out (debit)</source>
        <translation>hesabdan silinmə (debet)</translation>
    </message>
    <message>
        <source>not booked by the bank yet (pending)</source>
        <translation>bank hələ qeydə almayıb (gözləmədə)</translation>
    </message>
    <message>
        <source>reversal of a debit</source>
        <translation>debetin ləğvi</translation>
    </message>
    <message>
        <source>booked before, from this or an earlier statement</source>
        <translation>bu və ya əvvəlki çıxarışdan artıq qeydə alınıb</translation>
    </message>
    <message>
        <source>the payment was already taken back</source>
        <translation>ödəniş artıq geri alınıb</translation>
    </message>
    <message>
        <source>takes back payment {original}</source>
        <translation>{original} ödənişini geri alır</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Mədaxil</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Məxaric</translation>
    </message>
    <message>
        <source>a day past the end of its month, read as the last day</source>
        <translation>ayın sonundan sonrakı gün, ayın son günü kimi oxundu</translation>
    </message>
    <message>
        <source>statements of other accounts in the file, skipped</source>
        <translation>fayldakı digər hesabların çıxarışları buraxıldı</translation>
    </message>
    <message>
        <source>an intraday report: its entries are not booked by the bank yet and are only listed</source>
        <translation>gün ərzindəki hesabat: bu əməliyyatlar bank tərəfindən hələ qeydə alınmayıb, yalnız göstərilir</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} oxunur…</translation>
    </message>
    <message>
        <source>Booking {file}: {done} of {total}</source>
        <translation>{file} qeydə alınır: {done} / {total}</translation>
    </message>
    <message>
        <source>Finished {file}</source>
        <translation>Tamamlandı: {file}</translation>
    </message>
    <message>
        <source>entry {index}</source>
        <translation>qeyd {index}</translation>
    </message>
    <message>
        <source>field {field}</source>
        <translation>sahə {field}</translation>
    </message>
    <message>
        <source>suggested: {who}</source>
        <translation>təklif: {who}</translation>
    </message>
    <message>
        <source>over-payment kept as credit</source>
        <translation>artıq ödəniş avans kimi saxlanılıb</translation>
    </message>
    <message>
        <source>the balances in the file do not add up</source>
        <translation>fayldakı qalıqlar üst-üstə düşmür</translation>
    </message>
    <message>
        <source>the file does not follow the bank format exactly</source>
        <translation>fayl bank formatına tam uyğun deyil</translation>
    </message>
    <message>
        <source>a batch entry without its single payments</source>
        <translation>ayrı ödənişləri olmayan toplu qeyd</translation>
    </message>
    <message>
        <source>a batch entry whose parts do not add up</source>
        <translation>hissələri cəmə uyğun gəlməyən toplu qeyd</translation>
    </message>
    <message>
        <source>an entry with an unknown status</source>
        <translation>naməlum statuslu qeyd</translation>
    </message>
    <message>
        <source>an unreadable amount</source>
        <translation>oxunmayan məbləğ</translation>
    </message>
    <message>
        <source>an unreadable date</source>
        <translation>oxunmayan tarix</translation>
    </message>
    <message>
        <source>an RF reference with wrong check digits</source>
        <translation>yoxlama rəqəmləri səhv olan RF kodu</translation>
    </message>
    <message>
        <source>a payment naming several RF references</source>
        <translation>bir neçə RF kodu göstərilən ödəniş</translation>
    </message>
    <message>
        <source>an entry that cannot be read</source>
        <translation>oxuna bilməyən qeyd</translation>
    </message>
    <message>
        <source>a required field is missing</source>
        <translation>məcburi sahə yoxdur</translation>
    </message>
    <message>
        <source>an entry in another currency</source>
        <translation>başqa valyutada qeyd</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>Bank statements</source>
        <translation>Bank çıxarışları</translation>
    </message>
</context>
<context>
    <name>StatementsWidget</name>
    <message>
        <source>Import statement…</source>
        <translation>Çıxarışı idxal et…</translation>
    </message>
    <message>
        <source>Import camt.053, camt.054 or MT940 files from your bank. You can also drop files onto this page.</source>
        <translation>Bankınızdan camt.053, camt.054 və ya MT940 fayllarını idxal edin. Faylları bu səhifəyə də ata bilərsiniz.</translation>
    </message>
    <message>
        <source>Export charge registry…</source>
        <translation>Borc reyestrini ixrac et…</translation>
    </message>
    <message>
        <source>Save the list of open charges for the bank (CSV or XML).</source>
        <translation>Bank üçün açıq borcların siyahısını saxla (CSV və ya XML).</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>İzlənən qovluq</translation>
    </message>
    <message>
        <source>No folder: statements are imported by hand</source>
        <translation>Qovluq yoxdur: çıxarışlar əl ilə idxal edilir</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Qovluq seç…</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>İzləməni dayandır</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dəq</translation>
    </message>
    <message>
        <source>How often new files in the folder are imported</source>
        <translation>Qovluqdakı yeni faylların nə qədər tez-tez idxal ediləcəyi</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>İndi yoxla</translation>
    </message>
    <message>
        <source>every</source>
        <translation>hər</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Drop bank statement files here, or use “Import statement…”.</source>
        <translation>Çıxarış fayllarını bura atın və ya «Çıxarışı idxal et…» düyməsini basın.</translation>
    </message>
    <message>
        <source>Import bank statements</source>
        <translation>Bank çıxarışlarının idxalı</translation>
    </message>
    <message>
        <source>Bank statements ({patterns});;All files (*)</source>
        <translation>Bank çıxarışları ({patterns});;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>Bank çıxarışları</translation>
    </message>
    <message>
        <source>An import is already running; please wait for it to finish.</source>
        <translation>İdxal artıq gedir; zəhmət olmasa bitməsini gözləyin.</translation>
    </message>
    <message>
        <source>Import cancelled; what was booked stays booked.</source>
        <translation>İdxal ləğv edildi; qeydə alınanlar qalır.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>İdxal alınmadı</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Bəzi fayllar idxal edilmədi</translation>
    </message>
    <message>
        <source>{file}: not imported</source>
        <translation>{file}: idxal edilmədi</translation>
    </message>
    <message>
        <source>{file}: {booked} booked, {unmatched} unmatched</source>
        <translation>{file}: {booked} qeydə alınıb, {unmatched} uyğunlaşdırılmayıb</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} idxal edilmədi: {reason}</translation>
    </message>
    <message>
        <source>{file}: statement {id}, account {account}</source>
        <translation>{file}: çıxarış {id}, hesab {account}</translation>
    </message>
    <message>
        <source>Opening balance {opening}, closing balance {closing}</source>
        <translation>İlkin qalıq {opening}, son qalıq {closing}</translation>
    </message>
    <message>
        <source>This file was imported before ({date}); nothing new was booked.</source>
        <translation>Bu fayl əvvəl idxal edilib ({date}); yeni heç nə qeydə alınmadı.</translation>
    </message>
    <message>
        <source>This file was imported before ({date}).</source>
        <translation>Bu fayl əvvəl idxal edilib ({date}).</translation>
    </message>
    <message>
        <source>The import was cancelled; the entries below were booked, the rest were not.</source>
        <translation>İdxal ləğv edildi; aşağıdakı qeydlər qeydə alınıb, qalanları yox.</translation>
    </message>
    <message>
        <source>Warnings: {list}</source>
        <translation>Xəbərdarlıqlar: {list}</translation>
    </message>
    <message>
        <source>Folder the bank&apos;s statements are saved to</source>
        <translation>Bank çıxarışlarının saxlandığı qovluq</translation>
    </message>
    <message>
        <source>Imported {count} new statement file(s) from the watched folder</source>
        <translation>İzlənən qovluqdan {count} yeni çıxarış faylı idxal edildi</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML faylları (*.xml)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV faylları (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Save charge registry</source>
        <translation>Borc reyestrini saxla</translation>
    </message>
    <message>
        <source>The registry was not saved</source>
        <translation>Reyestr saxlanılmadı</translation>
    </message>
    <message>
        <source>Charge registry saved</source>
        <translation>Borc reyestri saxlanıldı</translation>
    </message>
    <message>
        <source>{count} open charges, total {sum}, saved to {path}.</source>
        <translation>{count} açıq borc, cəmi {sum}, {path} faylına saxlanıldı.</translation>
    </message>
</context>
</TS>

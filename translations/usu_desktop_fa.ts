<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Bank sync is failing: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(last successful sync {time})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank sync: not synchronised yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No successful bank sync since {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last bank sync: {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} new payment(s) arrived from the exchange.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} need(s) a person to match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New payments</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About USU Desktop</source>
            <translation>درباره USU Desktop</translation>
        </message>
        <message>
            <source>USU Desktop {version}</source>
            <translation>USU Desktop {version}</translation>
        </message>
        <message>
            <source>Accounting for small clinics: invoices, payment codes, terminal and bank payments.</source>
            <translation>حسابداری برای درمانگاه‌های کوچک: صورتحساب‌ها، کدهای پرداخت، پرداخت از پایانه و بانک.</translation>
        </message>
        <message>
            <source>Free software under the GNU General Public License, version 3 or later.</source>
            <translation>نرم‌افزار آزاد تحت مجوز عمومی همگانی گنو (GPL)، نسخهٔ ۳ یا بالاتر.</translation>
        </message>
        <message>
            <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
            <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>پایگاه داده: {name}</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>The database cannot be opened</source>
            <translation>پایگاه داده باز نمی‌شود</translation>
        </message>
    </context>
    <context>
        <name>BankSync</name>
        <message>
            <source>Client number typed at the terminal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment code of the invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client's payment code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice number in the payment text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not matched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allocated by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From client credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reversal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>amount equals the invoice balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>amount equals all the client owes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>payer's name matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>payer's name is similar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paid around the invoice date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>client number in the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Terminal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the exchange…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending the charge list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetching payments… {count} so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Booking payments… {count} so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The exchange address is not set. Enter it on the Connection tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No access token is saved for this desk. Enter the token on the Connection tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The interval must be between 1 and 1440 minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The exchange {url} cannot be reached. Check the address and the internet connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The exchange {url} did not answer in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The exchange refused the access token. Enter the token again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The exchange had an internal error (HTTP {status}). It will be tried again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The exchange answered something unexpected. Check the address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The exchange refused the request ({server_code}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use an https:// address; plain http is only allowed to this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{url}” is not a web address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system keyring cannot be used, so the token cannot be kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BankSyncPage</name>
        <message>
            <source>Bank sync</source>
            <translation>همگام‌سازی بانک</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation>لغو</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unmatched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment code history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync automatically in the background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exchange address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Access token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matched by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo allocation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the selected payment went, and why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account or payer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allocate to the suggestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggestions, best first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment code (RF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On this code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saved in the system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paste the token from the exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings could not be saved</source>
            <translation>تنظیمات ذخیره نشد</translation>
        </message>
        <message>
            <source>Bank sync settings saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected: the exchange answers (version {version}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A bank sync is already running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: {booked} booked, {unmatched} unmatched, {duplicates} already known.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no client)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take this amount off the invoice? The money stays with the client as credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone on the bank-sync screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The allocation could not be undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>oldest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The payment could not be allocated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment allocated to {client}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No invoice or client has the code {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>client's open code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} ({kind}): {count} payment(s), {paid} in total.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClientCard</name>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RF code for open amounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take &amp;payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoices</source>
            <translation>صورتحساب‌ها</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>پرداخت‌ها</translation>
        </message>
        <message>
            <source>Copied {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No patient selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(archived)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Born {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClientDialog</name>
        <message>
            <source>Edit patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birth date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <source>“{phone}” is not a phone number: use digits, spaces, + ( ) - and at least 6 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This may be a patient who is already registered:
{names}

Save anyway?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClientPicker</name>
        <message>
            <source>Choose a patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name, client number, phone or e-mail</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClientsPage</name>
        <message>
            <source>Search: name, client number, phone or e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debtors only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} patients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive {name}? The patient disappears from the everyday list; the books keep every invoice and payment.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComingSoonPage</name>
        <message>
            <source>This screen is coming soon. It is being built and will appear in a future version.</source>
            <translation>این بخش به‌زودی می‌آید: در حال ساخت است و در نسخه‌ای آینده اضافه می‌شود.</translation>
        </message>
    </context>
    <context>
        <name>DeskPaymentDialog</name>
        <message>
            <source>Take payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({number})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oldest due first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(credit {credit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} is more than the {owed} owed. Keep the rest, {rest}, as the patient's credit for later invoices?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Then hand back {rest} as change and book {owed}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was recorded. Say what happens to the {rest} over the amount owed: credit or change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} on {number} ({why})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} kept as credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give back {amount} as change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment recorded.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Something went wrong</source>
            <translation>مشکلی پیش آمد</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>“{value}” is not a valid amount.</source>
            <translation>«{value}» مبلغ معتبری نیست.</translation>
        </message>
        <message>
            <source>An amount must be exact; {value} is not accepted.</source>
            <translation>مبلغ باید دقیق باشد؛ {value} پذیرفته نیست.</translation>
        </message>
        <message>
            <source>{value} has too many decimals: {currency} allows {digits}.</source>
            <translation>{value} بیش از حد رقم اعشار دارد: {currency} فقط {digits} رقم را می‌پذیرد.</translation>
        </message>
        <message>
            <source>Unknown currency “{currency}”.</source>
            <translation>واحد پول ناشناخته: «{currency}».</translation>
        </message>
        <message>
            <source>Amounts in {left} and {right} cannot be combined.</source>
            <translation>مبالغ به {left} و {right} را نمی‌توان با هم جمع کرد.</translation>
        </message>
        <message>
            <source>There is nothing to split the amount over.</source>
            <translation>چیزی برای تقسیم مبلغ میان آن وجود ندارد.</translation>
        </message>
        <message>
            <source>The amount cannot be split in these proportions.</source>
            <translation>مبلغ را نمی‌توان به این نسبت‌ها تقسیم کرد.</translation>
        </message>
        <message>
            <source>“{body}” cannot be used in a payment reference (letters and digits only, up to 21).</source>
            <translation>«{body}» را نمی‌توان در شناسهٔ پرداخت به کار برد (فقط حرف و رقم، حداکثر ۲۱).</translation>
        </message>
        <message>
            <source>{sequence} cannot be turned into a client number.</source>
            <translation>{sequence} را نمی‌توان به شمارهٔ مشتری تبدیل کرد.</translation>
        </message>
        <message>
            <source>“{value}” is not a client number (digits only).</source>
            <translation>«{value}» شمارهٔ مشتری نیست (فقط رقم).</translation>
        </message>
        <message>
            <source>Client number “{value}” has a wrong check digit; please check it for typos.</source>
            <translation>رقم کنترلی شمارهٔ مشتری «{value}» نادرست است؛ لطفاً از نظر اشتباه تایپی بررسی کنید.</translation>
        </message>
        <message>
            <source>Every invoice line needs a description.</source>
            <translation>هر ردیف صورتحساب باید شرح داشته باشد.</translation>
        </message>
        <message>
            <source>The quantity {quantity} is not valid.</source>
            <translation>مقدار {quantity} معتبر نیست.</translation>
        </message>
        <message>
            <source>The price {unit_price} cannot be negative.</source>
            <translation>قیمت {unit_price} نمی‌تواند منفی باشد.</translation>
        </message>
        <message>
            <source>The discount {discount} must be between zero and the line amount {gross}.</source>
            <translation>تخفیف {discount} باید بین صفر و مبلغ ردیف {gross} باشد.</translation>
        </message>
        <message>
            <source>The VAT rate must be between 0 and 100%.</source>
            <translation>نرخ مالیات بر ارزش افزوده باید بین ۰ تا ۱۰۰٪ باشد.</translation>
        </message>
        <message>
            <source>This invoice cannot be changed that way now.</source>
            <translation>این صورتحساب اکنون این‌گونه قابل تغییر نیست.</translation>
        </message>
        <message>
            <source>The paid amount does not fit this invoice.</source>
            <translation>مبلغ پرداخت‌شده با این صورتحساب جور درنمی‌آید.</translation>
        </message>
        <message>
            <source>This allocation has already been undone.</source>
            <translation>این تخصیص قبلاً برگردانده شده است.</translation>
        </message>
        <message>
            <source>The amount to allocate is not valid.</source>
            <translation>مبلغ تخصیص معتبر نیست.</translation>
        </message>
        <message>
            <source>An undo cannot itself be undone; make a new allocation instead.</source>
            <translation>برگرداندن را نمی‌توان برگرداند؛ به‌جای آن تخصیص تازه‌ای انجام دهید.</translation>
        </message>
        <message>
            <source>This allocation no longer exists.</source>
            <translation>این تخصیص دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>Please give a reason for cancelling.</source>
            <translation>لطفاً دلیل لغو را بنویسید.</translation>
        </message>
        <message>
            <source>This client is archived; restore the client first.</source>
            <translation>این مشتری بایگانی شده است؛ ابتدا او را بازگردانید.</translation>
        </message>
        <message>
            <source>The birth date {birth_date} is not possible.</source>
            <translation>تاریخ تولد {birth_date} ممکن نیست.</translation>
        </message>
        <message>
            <source>“{email}” is not a valid e-mail address.</source>
            <translation>«{email}» نشانی رایانامهٔ معتبری نیست.</translation>
        </message>
        <message>
            <source>Please enter the client's name.</source>
            <translation>لطفاً نام مشتری را وارد کنید.</translation>
        </message>
        <message>
            <source>This client no longer exists.</source>
            <translation>این مشتری دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>Demo data needs at least one client.</source>
            <translation>داده‌های نمونه دست‌کم به یک مشتری نیاز دارند.</translation>
        </message>
        <message>
            <source>This invoice is cancelled.</source>
            <translation>این صورتحساب لغو شده است.</translation>
        </message>
        <message>
            <source>An invoice needs at least one line.</source>
            <translation>صورتحساب دست‌کم به یک ردیف نیاز دارد.</translation>
        </message>
        <message>
            <source>Only a draft invoice can be changed; an issued one needs a credit note.</source>
            <translation>فقط پیش‌نویس صورتحساب تغییرپذیر است؛ برای صورتحساب صادرشده اعلامیهٔ بستانکاری لازم است.</translation>
        </message>
        <message>
            <source>This invoice no longer exists.</source>
            <translation>این صورتحساب دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>Invoice {number} is not open for payment.</source>
            <translation>صورتحساب {number} برای پرداخت باز نیست.</translation>
        </message>
        <message>
            <source>This invoice belongs to another client.</source>
            <translation>این صورتحساب متعلق به مشتری دیگری است.</translation>
        </message>
        <message>
            <source>Paying {paid} would exceed the invoice total {total}.</source>
            <translation>پرداخت {paid} از جمع صورتحساب ({total}) بیشتر می‌شود.</translation>
        </message>
        <message>
            <source>The payment amount {amount} cannot be matched.</source>
            <translation>مبلغ پرداخت {amount} قابل تطبیق نیست.</translation>
        </message>
        <message>
            <source>This client owes nothing at the moment.</source>
            <translation>این مشتری در حال حاضر بدهی ندارد.</translation>
        </message>
        <message>
            <source>This payment has already been reversed.</source>
            <translation>این پرداخت قبلاً برگشت خورده است.</translation>
        </message>
        <message>
            <source>Only {available} of this payment is still free to allocate.</source>
            <translation>از این پرداخت فقط {available} برای تخصیص باقی مانده است.</translation>
        </message>
        <message>
            <source>The payment amount {amount} is not valid.</source>
            <translation>مبلغ پرداخت {amount} معتبر نیست.</translation>
        </message>
        <message>
            <source>“{method}” is not a known payment method.</source>
            <translation>«{method}» روش پرداخت شناخته‌شده‌ای نیست.</translation>
        </message>
        <message>
            <source>Choose what to do with the overpayment.</source>
            <translation>انتخاب کنید با اضافه‌پرداخت چه شود.</translation>
        </message>
        <message>
            <source>“{source}” is not a known payment source.</source>
            <translation>«{source}» منبع پرداخت شناخته‌شده‌ای نیست.</translation>
        </message>
        <message>
            <source>A payment from {source} needs its transaction id.</source>
            <translation>پرداخت از {source} به شناسهٔ تراکنش نیاز دارد.</translation>
        </message>
        <message>
            <source>A reversal cannot itself be reversed.</source>
            <translation>برگشت پرداخت را نمی‌توان دوباره برگرداند.</translation>
        </message>
        <message>
            <source>This payment no longer exists.</source>
            <translation>این پرداخت دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>This payment has been reversed and cannot be used.</source>
            <translation>این پرداخت برگشت خورده است و قابل استفاده نیست.</translation>
        </message>
        <message>
            <source>Please give a reason.</source>
            <translation>لطفاً دلیل را بنویسید.</translation>
        </message>
        <message>
            <source>The reversal amount {amount} does not match the original payment.</source>
            <translation>مبلغ برگشت {amount} با پرداخت اصلی یکسان نیست.</translation>
        </message>
        <message>
            <source>The reversed payment {external_id} from {source} is not in the books.</source>
            <translation>پرداخت برگشتی {external_id} از {source} در دفاتر نیست.</translation>
        </message>
        <message>
            <source>A service needs a code and a name.</source>
            <translation>هر خدمت به کد و نام نیاز دارد.</translation>
        </message>
        <message>
            <source>This service no longer exists.</source>
            <translation>این خدمت دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>The backup {path} does not exist.</source>
            <translation>نسخهٔ پشتیبان {path} وجود ندارد.</translation>
        </message>
        <message>
            <source>A backup cannot be written over the database itself ({path}).</source>
            <translation>نسخهٔ پشتیبان را نمی‌توان روی خود پایگاه داده نوشت ({path}).</translation>
        </message>
        <message>
            <source>Backups from here work for a database file only; back up the server {url} with its own tools.</source>
            <translation>از این‌جا فقط از پروندهٔ پایگاه داده پشتیبان گرفته می‌شود؛ از کارساز {url} با ابزارهای خودش پشتیبان بگیرید.</translation>
        </message>
        <message>
            <source>{path} already exists; choose a new file to restore into.</source>
            <translation>{path} از قبل وجود دارد؛ برای بازیابی پروندهٔ تازه‌ای انتخاب کنید.</translation>
        </message>
        <message>
            <source>The service code {code} is already in use.</source>
            <translation>کد خدمت {code} قبلاً به کار رفته است.</translation>
        </message>
        <message>
            <source>The sync interval must be between 1 and 1440 minutes.</source>
            <translation>فاصلهٔ همگام‌سازی باید بین ۱ تا ۱۴۴۰ دقیقه باشد.</translation>
        </message>
        <message>
            <source>No access token is saved for the exchange profile {profile}.</source>
            <translation>برای نمایهٔ تبادل {profile} هیچ توکن دسترسی ذخیره نشده است.</translation>
        </message>
        <message>
            <source>Bank sync is not set up yet: enter the exchange address first.</source>
            <translation>همگام‌سازی بانک هنوز تنظیم نشده است: ابتدا نشانی سرویس تبادل را وارد کنید.</translation>
        </message>
        <message>
            <source>“{iban}” is not a valid IBAN; please check it for typos.</source>
            <translation>«{iban}» شماره IBAN معتبری نیست؛ لطفاً از نظر اشتباه تایپی بررسی کنید.</translation>
        </message>
        <message>
            <source>“{bic}” is not a valid BIC (8 or 11 letters and digits).</source>
            <translation>«{bic}» کد BIC معتبر نیست (۸ یا ۱۱ حرف و رقم).</translation>
        </message>
        <message>
            <source>Payment terms must be between 0 and 365 days.</source>
            <translation>مهلت پرداخت باید بین ۰ تا ۳۶۵ روز باشد.</translation>
        </message>
        <message>
            <source>The invoice series must be 1 to 10 Latin letters or digits.</source>
            <translation>سری صورتحساب باید ۱ تا ۱۰ حرف لاتین یا رقم باشد.</translation>
        </message>
        <message>
            <source>“{path}” is not an image file.</source>
            <translation>«{path}» پروندهٔ تصویری نیست.</translation>
        </message>
        <message>
            <source>The database {path} is locked by another program. Close it and try again.</source>
            <translation>پایگاه داده {path} توسط برنامهٔ دیگری قفل شده است. آن را ببندید و دوباره تلاش کنید.</translation>
        </message>
        <message>
            <source>The database {path} is read-only. Check the file's permissions.</source>
            <translation>پایگاه داده {path} فقط‌خواندنی است. مجوزهای پرونده را بررسی کنید.</translation>
        </message>
        <message>
            <source>The database {path} was made by a newer version of USU Desktop. Please update the program.</source>
            <translation>پایگاه داده {path} با نسخهٔ جدیدتری از USU Desktop ساخته شده است. لطفاً برنامه را به‌روز کنید.</translation>
        </message>
        <message>
            <source>The database {path} is damaged and cannot be opened. Restore it from a backup.</source>
            <translation>پایگاه داده {path} آسیب دیده است و باز نمی‌شود. آن را از نسخهٔ پشتیبان بازیابی کنید.</translation>
        </message>
        <message>
            <source>The database server {path} cannot be reached. Check the network and try again.</source>
            <translation>دسترسی به کارساز پایگاه داده {path} ممکن نیست. شبکه را بررسی کنید و دوباره تلاش کنید.</translation>
        </message>
        <message>
            <source>The database {path} needs the driver “{driver}”, which is not installed.</source>
            <translation>پایگاه داده {path} به راه‌انداز «{driver}» نیاز دارد که نصب نشده است.</translation>
        </message>
        <message>
            <source>The file {path} is not a USU Desktop database.</source>
            <translation>پرونده {path} پایگاه دادهٔ USU Desktop نیست.</translation>
        </message>
        <message>
            <source>A backup named {path} already exists.</source>
            <translation>نسخهٔ پشتیبانی با نام {path} از قبل وجود دارد.</translation>
        </message>
        <message>
            <source>The file {path} is not a USU Desktop backup.</source>
            <translation>پرونده {path} نسخهٔ پشتیبان USU Desktop نیست.</translation>
        </message>
        <message>
            <source>The backup {path} could not be written.</source>
            <translation>نسخهٔ پشتیبان {path} نوشته نشد.</translation>
        </message>
        <message>
            <source>The operation was refused ({code}).</source>
            <translation>این عملیات رد شد ({code}).</translation>
        </message>
        <message>
            <source>An unexpected error occurred: {detail}</source>
            <translation>خطای پیش‌بینی‌نشده‌ای رخ داد: {detail}</translation>
        </message>
        <message>
            <source>The file {path} could not be used: {detail}</source>
            <translation>استفاده از پرونده {path} ممکن نشد: {detail}</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Creating patients…</source>
            <translation>در حال ساخت بیماران…</translation>
        </message>
        <message>
            <source>Creating invoices and payments…</source>
            <translation>در حال ساخت صورتحساب‌ها و پرداخت‌ها…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>در حال ذخیره…</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>انجام شد.</translation>
        </message>
        <message>
            <source>Welcome to USU Desktop</source>
            <translation>به USU Desktop خوش آمدید</translation>
        </message>
        <message>
            <source>A new, empty database has been created.

Would you like to fill it with demo clients, invoices and payments to try the program? You can start a clean database later.</source>
            <translation>یک پایگاه دادهٔ تازه و خالی ساخته شد.

می‌خواهید برای آزمودن برنامه آن را با مشتریان، صورتحساب‌ها و پرداخت‌های نمونه پر کنید؟ بعداً می‌توانید با پایگاه داده‌ای خالی شروع کنید.</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>داده‌های نمونه</translation>
        </message>
        <message>
            <source>Creating demo data…</source>
            <translation>در حال ساخت داده‌های نمونه…</translation>
        </message>
        <message>
            <source>Demo data could not be created</source>
            <translation>ساخت داده‌های نمونه ممکن نشد</translation>
        </message>
        <message>
            <source>Creating demo data was cancelled.</source>
            <translation>ساخت داده‌های نمونه لغو شد.</translation>
        </message>
    </context>
    <context>
        <name>InvoiceEditor</name>
        <message>
            <source>Service from the price list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;free line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Issue…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel &amp;invoice…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take &amp;payment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient: {name} ({number})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft (not saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {n}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines {lines} · Discount {discount} · Without VAT {untaxed} · VAT {tax} · Total {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue this invoice for {total}? It gets its number and cannot be changed afterwards; a mistake is then corrected by a credit note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{credit} of the patient's credit was used on {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is {number} cancelled?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credit note {number} was made. What was paid on the invoice is now the patient's credit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InvoicesPage</name>
        <message>
            <source>Search: invoice number, patient name or number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} invoices · Total {total} · Paid {paid} · Due {due}</source>
            <translation type="unfinished" />
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
            <translation>&amp;پرونده</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;تنظیمات…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;ویرایش</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;جستجو</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;برو</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;راهنما</translation>
        </message>
        <message>
            <source>&amp;About USU Desktop</source>
            <translation>&amp;درباره USU Desktop</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>پایگاه داده: {name}</translation>
        </message>
        <message>
            <source>Clinic name not set</source>
            <translation>نام درمانگاه تعیین نشده است</translation>
        </message>
        <message>
            <source>Not synchronised yet</source>
            <translation>هنوز همگام‌سازی نشده است</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Clients</source>
            <translation>مشتریان</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>صورتحساب‌ها</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>پرداخت‌ها</translation>
        </message>
        <message>
            <source>Bank sync</source>
            <translation>همگام‌سازی بانک</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>گزارش‌ها</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>تنظیمات</translation>
        </message>
        <message>
            <source>Price list</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaymentsPage</name>
        <message>
            <source>Search: payer, text, RF code or transaction id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unmatched only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take &amp;payment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo allocation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reverse payment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>undo of an earlier allocation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a payment to see where its money went.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} from {who}: on invoices {allocated}, to credit {credit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo allocation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an active allocation first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is {amount} taken off {number}? The money stays with the patient as credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reverse payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is the payment of {amount} reversed? Its allocations are taken back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PriceListPage</name>
        <message>
            <source>Search: code or name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show inactive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Cancel</source>
            <translation>لغو</translation>
        </message>
    </context>
    <context>
        <name>Reception</name>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partly paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Terminal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paid at the desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>allocated by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from client credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invoice RF reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>client RF reference, oldest due first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>client number, oldest due first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invoice number in the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>undone by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>payment reversed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invoice cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>credit taken back</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <source>Edit service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The code “{code}” is already used by another service.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceModel</name>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>تنظیمات</translation>
        </message>
        <message>
            <source>As printed on invoices</source>
            <translation>همان‌طور که روی صورتحساب چاپ می‌شود</translation>
        </message>
        <message>
            <source> days</source>
            <translation> روز</translation>
        </message>
        <message>
            <source>A new language is used after the program restarts.</source>
            <translation>زبان جدید پس از راه‌اندازی دوبارهٔ برنامه اعمال می‌شود.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>انتخاب…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Clinic name:</source>
            <translation>نام درمانگاه:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>نشانی:</translation>
        </message>
        <message>
            <source>Tax ID:</source>
            <translation>شناسهٔ مالیاتی:</translation>
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
            <translation>واحد پول:</translation>
        </message>
        <message>
            <source>Payment terms:</source>
            <translation>مهلت پرداخت:</translation>
        </message>
        <message>
            <source>Invoice series:</source>
            <translation>سری صورتحساب:</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>نشان‌واره:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>زبان:</translation>
        </message>
        <message>
            <source>Please enter the clinic's name.</source>
            <translation>لطفاً نام درمانگاه را وارد کنید.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>بدون نشان‌واره</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>انتخاب نشان‌واره</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
            <translation>تصویرها (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>The settings could not be saved</source>
            <translation>تنظیمات ذخیره نشد</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <source>The new language will be used the next time you start USU Desktop.</source>
            <translation>زبان جدید از دفعهٔ بعد که USU Desktop را اجرا کنید به کار می‌رود.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>تنظیمات</translation>
        </message>
        <message>
            <source>Edit settings…</source>
            <translation>ویرایش تنظیمات…</translation>
        </message>
        <message>
            <source>Clinic name</source>
            <translation>نام درمانگاه</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>نشانی</translation>
        </message>
        <message>
            <source>Tax ID</source>
            <translation>شناسهٔ مالیاتی</translation>
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
            <translation>واحد پول</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>مهلت پرداخت</translation>
        </message>
        <message>
            <source>Invoice series</source>
            <translation>سری صورتحساب</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>پایگاه داده</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>نشان‌واره</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>تعیین نشده</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>{days} روز</translation>
        </message>
    </context>
</TS>

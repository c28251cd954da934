<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
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
    <name>AuditList</name>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>میز کار</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه کاری</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>All users</source>
        <translation>همهٔ کاربران</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>همهٔ میزها</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>همه چیز</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>همهٔ موارد</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;خروجی CSV…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} مورد</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>خروجی گرفتن از گزارش ممیزی</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>{count} entries written to {path}</source>
        <translation>{count} مورد در {path} نوشته شد</translation>
    </message>
</context>
<context>
    <name>BankSync</name>
    <message>
        <source>Bank sync is failing: {error}</source>
        <translation>همگام‌سازی بانک ناموفق است: {error}</translation>
    </message>
    <message>
        <source>(last successful sync {time})</source>
        <translation>(آخرین همگام‌سازی موفق {time})</translation>
    </message>
    <message>
        <source>Bank sync: not synchronised yet</source>
        <translation>همگام‌سازی بانک: هنوز انجام نشده</translation>
    </message>
    <message>
        <source>No successful bank sync since {time}</source>
        <translation>از {time} هیچ همگام‌سازی موفقی با بانک نشده است</translation>
    </message>
    <message>
        <source>Last bank sync: {time}</source>
        <translation>آخرین همگام‌سازی بانک: {time}</translation>
    </message>
    <message>
        <source>{count} new payment(s) arrived from the exchange.</source>
        <translation>پرداخت‌های تازه از سرویس تبادل: {count}.</translation>
    </message>
    <message>
        <source>{count} need(s) a person to match.</source>
        <translation>نیازمند تطبیق دستی: {count}.</translation>
    </message>
    <message>
        <source>New payments</source>
        <translation>پرداخت‌های تازه</translation>
    </message>
    <message>
        <source>Client number typed at the terminal</source>
        <translation>شمارهٔ مشتری واردشده در پایانه</translation>
    </message>
    <message>
        <source>Payment code of the invoice</source>
        <translation>کد پرداخت صورتحساب</translation>
    </message>
    <message>
        <source>Client&apos;s payment code</source>
        <translation>کد پرداخت مشتری</translation>
    </message>
    <message>
        <source>Invoice number in the payment text</source>
        <translation>شمارهٔ صورتحساب در متن پرداخت</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>تطبیق‌نشده</translation>
    </message>
    <message>
        <source>Allocated by hand</source>
        <translation>تخصیص دستی</translation>
    </message>
    <message>
        <source>From client credit</source>
        <translation>از اعتبار مشتری</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <source>amount equals the invoice balance</source>
        <translation>مبلغ برابر ماندهٔ صورتحساب است</translation>
    </message>
    <message>
        <source>amount equals all the client owes</source>
        <translation>مبلغ برابر کل بدهی مشتری است</translation>
    </message>
    <message>
        <source>payer&apos;s name matches</source>
        <translation>نام پرداخت‌کننده یکسان است</translation>
    </message>
    <message>
        <source>payer&apos;s name is similar</source>
        <translation>نام پرداخت‌کننده شبیه است</translation>
    </message>
    <message>
        <source>paid around the invoice date</source>
        <translation>نزدیک به تاریخ صورتحساب پرداخت شده</translation>
    </message>
    <message>
        <source>client number in the text</source>
        <translation>شمارهٔ مشتری در متن</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>پایانه</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>پیوند پرداخت</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <source>Checking the exchange…</source>
        <translation>در حال بررسی سرویس تبادل…</translation>
    </message>
    <message>
        <source>Sending the charge list…</source>
        <translation>در حال ارسال فهرست بدهی‌ها…</translation>
    </message>
    <message>
        <source>Fetching payments… {count} so far</source>
        <translation>دریافت پرداخت‌ها… تاکنون {count}</translation>
    </message>
    <message>
        <source>Booking payments… {count} so far</source>
        <translation>ثبت پرداخت‌ها… تاکنون {count}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>نیمه‌کاره قطع شد</translation>
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
        <translation>همگام‌سازی اکنون</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Received payments</source>
        <translation>پرداخت‌های دریافتی</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>تطبیق‌نشده</translation>
    </message>
    <message>
        <source>Payment code history</source>
        <translation>تاریخچهٔ کد پرداخت</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>گزارش همگام‌سازی</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Sync automatically in the background</source>
        <translation>همگام‌سازی خودکار در پس‌زمینه</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>آزمایش اتصال</translation>
    </message>
    <message>
        <source>Exchange address</source>
        <translation>نشانی سرویس تبادل</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>توکن دسترسی</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>همگام‌سازی هر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>تراکنش</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>تطبیق بر اساس</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <source>Terminals take deposits from clients who owe nothing</source>
        <translation>پایانه‌ها از مراجعانی که بدهی ندارند پیش‌پرداخت می‌پذیرند</translation>
    </message>
    <message>
        <source>Every client&apos;s number and masked name is sent to the exchange, so a client with nothing to pay can pay in advance; the money becomes the client&apos;s credit.</source>
        <translation>شماره و نام کوتاه‌شدهٔ هر مراجع به سرویس تبادل فرستاده می‌شود تا مراجعی که بدهی ندارد بتواند پیش‌پرداخت کند؛ این پول اعتبار مراجع می‌شود.</translation>
    </message>
    <message>
        <source>No payments have come in yet. They appear here after a sync.</source>
        <translation>هنوز پرداختی نرسیده است. پس از همگام‌سازی اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>صورتحساب</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Undo allocation</source>
        <translation>برگرداندن تخصیص</translation>
    </message>
    <message>
        <source>Where the selected payment went, and why</source>
        <translation>پرداخت انتخاب‌شده کجا رفت و چرا</translation>
    </message>
    <message>
        <source>Account or payer</source>
        <translation>حساب یا پرداخت‌کننده</translation>
    </message>
    <message>
        <source>Nothing waits to be matched.</source>
        <translation>چیزی در انتظار تطبیق نیست.</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>شمارهٔ مشتری</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>بدهی</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>چرا</translation>
    </message>
    <message>
        <source>Allocate to the suggestion</source>
        <translation>تخصیص به پیشنهاد</translation>
    </message>
    <message>
        <source>Suggestions, best first</source>
        <translation>پیشنهادها، بهترین نخست</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>به‌روزرسانی وضعیت</translation>
    </message>
    <message>
        <source>Payment code (RF)</source>
        <translation>کد پرداخت (RF)</translation>
    </message>
    <message>
        <source>On this code</source>
        <translation>روی این کد</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافت‌شده</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>ثبت‌شده</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>تکراری‌ها</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>هنوز همگام‌سازی انجام نشده است.</translation>
    </message>
    <message>
        <source>saved in the system keyring</source>
        <translation>در کلیدبان سیستم ذخیره شده</translation>
    </message>
    <message>
        <source>saved in a file only you can read (this PC has no system keyring)</source>
        <translation>در پرونده‌ای ذخیره شد که فقط شما می‌توانید بخوانید (این رایانه جاکلیدی سیستم ندارد)</translation>
    </message>
    <message>
        <source>kept until the program closes</source>
        <translation>تا بسته شدن برنامه نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>paste the token from the exchange</source>
        <translation>توکن را از سرویس تبادل بچسبانید</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>تنظیمات ذخیره نشد</translation>
    </message>
    <message>
        <source>Bank sync settings saved.</source>
        <translation>تنظیمات همگام‌سازی بانک ذخیره شد.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
    <message>
        <source>Connected: the exchange answers (version {version}).</source>
        <translation>متصل شد: سرویس تبادل پاسخ می‌دهد (نسخهٔ {version}).</translation>
    </message>
    <message>
        <source>A bank sync is already running.</source>
        <translation>همگام‌سازی بانک از قبل در حال اجراست.</translation>
    </message>
    <message>
        <source>Done: {booked} booked, {unmatched} unmatched, {duplicates} already known.</source>
        <translation>انجام شد: {booked} ثبت‌شده، {unmatched} تطبیق‌نشده، {duplicates} از قبل شناخته‌شده.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>تمام‌نشده</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(بدون مشتری)</translation>
    </message>
    <message>
        <source>Take this amount off the invoice? The money stays with the client as credit.</source>
        <translation>این مبلغ از صورتحساب برداشته شود؟ پول به‌صورت اعتبار نزد مشتری می‌ماند.</translation>
    </message>
    <message>
        <source>Undone on the bank-sync screen</source>
        <translation>در صفحهٔ همگام‌سازی بانک برگردانده شد</translation>
    </message>
    <message>
        <source>The allocation could not be undone</source>
        <translation>تخصیص برگردانده نشد</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>قدیمی‌ترین نخست</translation>
    </message>
    <message>
        <source>The payment could not be allocated</source>
        <translation>پرداخت تخصیص نیافت</translation>
    </message>
    <message>
        <source>Payment allocated to {client}.</source>
        <translation>پرداخت به {client} تخصیص یافت.</translation>
    </message>
    <message>
        <source>No invoice or client has the code {code}.</source>
        <translation>هیچ صورتحساب یا مشتری‌ای کد {code} را ندارد.</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>صورتحساب</translation>
    </message>
    <message>
        <source>client&apos;s open code</source>
        <translation>کد باز مشتری</translation>
    </message>
    <message>
        <source>{code} ({kind}): {count} payment(s), {paid} in total.</source>
        <translation>{code} ({kind}): {count} پرداخت، در مجموع {paid}.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Export invoices</source>
        <translation>برون‌بری صورتحساب‌ها</translation>
    </message>
    <message>
        <source>{count} invoices selected.</source>
        <translation>صورتحساب‌های انتخاب‌شده: {count}.</translation>
    </message>
    <message>
        <source>One PDF file with all invoices (for printing)</source>
        <translation>یک پروندهٔ PDF با همهٔ صورتحساب‌ها (برای چاپ)</translation>
    </message>
    <message>
        <source>One PDF file per invoice, named by number</source>
        <translation>یک پروندهٔ PDF برای هر صورتحساب، به نام شمارهٔ آن</translation>
    </message>
    <message>
        <source>Current state with paid/cancelled stamps (not the originals)</source>
        <translation>وضعیت کنونی با مهر پرداخت‌شده/لغوشده (نه نسخه‌های اصلی)</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>پرونده یا پوشه</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>برون‌بری</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>برون‌بری به پرونده</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>برون‌بری به پوشه</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>تغییر گذرواژه</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;تغییر</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>گذرواژهٔ کنونی:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>گذرواژهٔ تازه:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>دوباره گذرواژهٔ تازه:</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>شمارهٔ مشتری</translation>
    </message>
    <message>
        <source>RF code for open amounts</source>
        <translation>کد RF برای مبالغ باز</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>ماندهٔ باز</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation>&amp;صورتحساب تازه</translation>
    </message>
    <message>
        <source>Take &amp;payment</source>
        <translation>&amp;دریافت پرداخت</translation>
    </message>
    <message>
        <source>Refund credit…</source>
        <translation>بازپرداخت اعتبار…</translation>
    </message>
    <message>
        <source>S&amp;tatement…</source>
        <translation>صورت‌&amp;حساب…</translation>
    </message>
    <message>
        <source>Payment s&amp;lip</source>
        <translation>&amp;برگهٔ پرداخت</translation>
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
        <translation>کپی شد: {text}</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>بیماری انتخاب نشده است</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(بایگانی‌شده)</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>متولد {date}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Preview invoice</source>
        <translation>پیش‌نمایش صورتحساب</translation>
    </message>
    <message>
        <source>Print invoice…</source>
        <translation>چاپ صورتحساب…</translation>
    </message>
    <message>
        <source>Save invoice as PDF…</source>
        <translation>ذخیرهٔ صورتحساب به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Preview receipt</source>
        <translation>پیش‌نمایش رسید</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>چاپ رسید…</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>ذخیرهٔ رسید به‌صورت PDF…</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation>ویرایش بیمار</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>بیمار تازه</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>معلوم</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number: use digits, spaces, + ( ) - and at least 6 digits.</source>
        <translation>«{phone}» شمارهٔ تلفن نیست: از رقم، فاصله، + ( ) - و دست‌کم ۶ رقم استفاده کنید.</translation>
    </message>
    <message>
        <source>This may be a patient who is already registered:
{names}

Save anyway?</source>
        <translation>شاید این بیمار از قبل ثبت شده باشد:
{names}

با این حال ذخیره شود؟</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>Born</source>
        <translation>تولد</translation>
    </message>
    <message>
        <source>Client no.</source>
        <translation>شمارهٔ مشتری</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>بدهی</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Choose a patient</source>
        <translation>انتخاب بیمار</translation>
    </message>
    <message>
        <source>Name, client number, phone or e-mail</source>
        <translation>نام، شمارهٔ مشتری، تلفن یا رایانامه</translation>
    </message>
    <message>
        <source>Choose a patient in the list first (Down or Enter from the search).</source>
        <translation>ابتدا یک بیمار را در فهرست انتخاب کنید (کلید پایین یا Enter از جست‌وجو).</translation>
    </message>
    <message>
        <source>Enter or OK chooses the selected patient.</source>
        <translation>Enter یا «تأیید» بیمار انتخاب‌شده را برمی‌گزیند.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search: name, client number, phone or e-mail</source>
        <translation>جستجو: نام، شمارهٔ مشتری، تلفن یا رایانامه</translation>
    </message>
    <message>
        <source>Debtors only</source>
        <translation>فقط بدهکاران</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>نمایش بایگانی‌شده‌ها</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;بیمار تازه</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>بیمار تازه</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>صورتحساب تازه</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>دریافت پرداخت</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>صورت‌حساب…</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>چاپ صورت‌حساب…</translation>
    </message>
    <message>
        <source>Save statement as PDF…</source>
        <translation>ذخیرهٔ صورت‌حساب به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>برگهٔ پرداخت</translation>
    </message>
    <message>
        <source>Print payment slip…</source>
        <translation>چاپ برگهٔ پرداخت…</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translation>بیماران: {count}</translation>
    </message>
    <message>
        <source>New patient saved</source>
        <translation>بیمار جدید ذخیره شد</translation>
    </message>
    <message>
        <source>{name} is saved with client number {number}.</source>
        <translation>{name} با شمارهٔ مشتری {number} ذخیره شد.</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>بایگانی بیمار</translation>
    </message>
    <message>
        <source>Archive {name}? The patient disappears from the everyday list; the books keep every invoice and payment.</source>
        <translation>{name} بایگانی شود؟ بیمار از فهرست روزانه حذف می‌شود؛ دفاتر همهٔ صورتحساب‌ها و پرداخت‌ها را نگه می‌دارند.</translation>
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
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for {number}</source>
        <translation>برگشت از فروش برای {number}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>صورتحساب‌شده</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>باقی‌مانده</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>بستانکار</translation>
    </message>
    <message>
        <source>or an amount, tax included</source>
        <translation>یا یک مبلغ، با احتساب مالیات</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>هنوز بدهکار</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Make credit note</source>
        <translation>صدور برگشت از فروش</translation>
    </message>
    <message>
        <source>How many of each line to credit:</source>
        <translation>از هر ردیف چه مقدار بستانکار شود:</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>برگشت از فروش</translation>
    </message>
    <message>
        <source>Credit note {number} credits {amount}.</source>
        <translation>برگشت از فروش {number} مبلغ {amount} را بستانکار می‌کند.</translation>
    </message>
    <message>
        <source>{amount} already paid is now the patient&apos;s credit.</source>
        <translation>{amount} که قبلاً پرداخت شده بود اکنون اعتبار بیمار است.</translation>
    </message>
</context>
<context>
    <name>DebtorsList</name>
    <message>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>بیمار</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>شمارهٔ مشتری</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>سررسیدگذشته</translation>
    </message>
    <message>
        <source>Oldest due date</source>
        <translation>قدیمی‌ترین سررسید</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>0–30</source>
        <translation>۰–۳۰</translation>
    </message>
    <message>
        <source>31–60</source>
        <translation>۳۱–۶۰</translation>
    </message>
    <message>
        <source>61–90</source>
        <translation>۶۱–۹۰</translation>
    </message>
    <message>
        <source>90+</source>
        <translation>+۹۰</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>آخرین یادآوری</translation>
    </message>
</context>
<context>
    <name>DebtorsPage</name>
    <message>
        <source>Debtors</source>
        <translation>بدهکاران</translation>
    </message>
    <message>
        <source>Search name or client number</source>
        <translation>جستجوی نام یا شمارهٔ مشتری</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>همه مدت‌ها</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>۰ تا ۳۰ روز</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>۳۱ تا ۶۰ روز</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>۶۱ تا ۹۰ روز</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>بیش از ۹۰ روز</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>Days overdue, at least</source>
        <translation>روزهای دیرکرد، دست‌کم</translation>
    </message>
    <message>
        <source>No overdue balances to show.</source>
        <translation>بدهی سررسیدگذشته‌ای برای نمایش نیست.</translation>
    </message>
    <message>
        <source>E-mail, else SMS</source>
        <translation>ایمیل، وگرنه پیامک</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <source>With a payment link</source>
        <translation>همراه با لینک پرداخت</translation>
    </message>
    <message>
        <source>Send payment link / reminder</source>
        <translation>ارسال لینک پرداخت / یادآوری</translation>
    </message>
    <message>
        <source>Days between reminders, at least</source>
        <translation>فاصلهٔ یادآوری‌ها، دست‌کم (روز)</translation>
    </message>
    <message>
        <source>Partly paid: reminders say what remains</source>
        <translation>بخشی پرداخت شده: یادآوری مبلغ باقی‌مانده را می‌گوید</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>در حال جمع‌زدن…</translation>
    </message>
    <message>
        <source>{count} patients, {amount} overdue</source>
        <translation>{count} بیمار، {amount} سررسیدگذشته</translation>
    </message>
    <message>
        <source>{action} ({count})</source>
        <translation>{action} ({count})</translation>
    </message>
    <message>
        <source>Send a payment reminder to {count} patients now?</source>
        <translation>اکنون برای {count} بیمار یادآوری پرداخت فرستاده شود؟</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>ارسال یادآوری‌ها</translation>
    </message>
    <message>
        <source>Sending reminders…</source>
        <translation>در حال ارسال یادآوری‌ها…</translation>
    </message>
    <message>
        <source>Failed messages stay in the message log and can be sent again.</source>
        <translation>پیام‌های ناموفق در گزارش پیام‌ها می‌مانند و می‌توان دوباره فرستاد.</translation>
    </message>
    <message>
        <source>Cancelled: the rest were not reminded.</source>
        <translation>لغو شد: برای بقیه یادآوری فرستاده نشد.</translation>
    </message>
</context>
<context>
    <name>DeskPaymentDialog</name>
    <message>
        <source>Take payment</source>
        <translation>دریافت پرداخت</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>Oldest due first</source>
        <translation>قدیمی‌ترین سررسید نخست</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>بیمار</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>بدهی</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>ثبت پرداخت</translation>
    </message>
    <message>
        <source>(credit {credit})</source>
        <translation>(اعتبار {credit})</translation>
    </message>
    <message>
        <source>{amount} is more than the {owed} owed. Keep the rest, {rest}, as the patient&apos;s credit for later invoices?</source>
        <translation>{amount} بیش از بدهی {owed} است. باقی‌مانده، {rest}، به‌عنوان اعتبار بیمار برای صورتحساب‌های بعدی نگه داشته شود؟</translation>
    </message>
    <message>
        <source>Then hand back {rest} as change and book {owed}?</source>
        <translation>پس {rest} به‌عنوان باقی پول پس داده و {owed} ثبت شود؟</translation>
    </message>
    <message>
        <source>Nothing was recorded. Say what happens to the {rest} over the amount owed: credit or change.</source>
        <translation>چیزی ثبت نشد. بگویید با {rest} اضافه بر بدهی چه شود: اعتبار یا باقی پول.</translation>
    </message>
    <message>
        <source>{amount} on {number} ({why})</source>
        <translation>{amount} روی {number} ({why})</translation>
    </message>
    <message>
        <source>{amount} kept as credit</source>
        <translation>{amount} به‌عنوان اعتبار نگه داشته شد</translation>
    </message>
    <message>
        <source>Give back {amount} as change</source>
        <translation>{amount} به‌عنوان باقی پول پس داده شود</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>پرداخت ثبت شد.</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation>چاپ رسید</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>مشکلی پیش آمد</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>The file {path} cannot be written: {reason}. Please choose another folder.</source>
        <translation>پرونده {path} نوشته نمی‌شود: {reason}. لطفاً پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The file {path} already exists. Choose an empty folder; nothing was exported.</source>
        <translation>پرونده {path} از قبل وجود دارد. پوشهٔ خالی انتخاب کنید؛ چیزی برون‌بری نشد.</translation>
    </message>
    <message>
        <source>This invoice is a draft. Issue it first, then print it.</source>
        <translation>این صورتحساب پیش‌نویس است. ابتدا آن را صادر و سپس چاپ کنید.</translation>
    </message>
    <message>
        <source>There is no invoice number {number}.</source>
        <translation>صورتحساب با شمارهٔ {number} وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no client number {client_number}.</source>
        <translation>شمارهٔ مشتری {client_number} وجود ندارد.</translation>
    </message>
    <message>
        <source>This payment is not assigned to a client yet, so it has no receipt.</source>
        <translation>این پرداخت هنوز به مشتری‌ای نسبت داده نشده، پس رسیدی ندارد.</translation>
    </message>
    <message>
        <source>The first day of the period must not be after the last day.</source>
        <translation>روز نخست بازه نباید پس از روز پایانی باشد.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>چاپگر راه‌اندازی نشد.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The document cannot be shown</source>
        <translation>سند نمایش داده نمی‌شود</translation>
    </message>
    <message>
        <source>Invoice {number} (current state)</source>
        <translation>صورتحساب {number} (وضعیت کنونی)</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>صورتحساب {number}</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>رسید {number}</translation>
    </message>
    <message>
        <source>Refund receipt {number}</source>
        <translation>رسید بازپرداخت {number}</translation>
    </message>
    <message>
        <source>Statement {start} – {end}</source>
        <translation>صورت‌حساب {start} – {end}</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>برگهٔ پرداخت</translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation>برون‌بری صورتحساب‌ها</translation>
    </message>
    <message>
        <source>There are no issued invoices to export.</source>
        <translation>هیچ صورتحساب صادرشده‌ای برای برون‌بری نیست.</translation>
    </message>
    <message>
        <source>Exporting {count} invoices…</source>
        <translation>در حال برون‌بری صورتحساب‌ها: {count}…</translation>
    </message>
    <message>
        <source>{count} invoices exported to {path}.</source>
        <translation>{count} صورتحساب به {path} برون‌بری شد.</translation>
    </message>
    <message>
        <source>Export cancelled. No files were written.</source>
        <translation>برون‌بری لغو شد. هیچ پرونده‌ای نوشته نشد.</translation>
    </message>
    <message>
        <source>Print invoices</source>
        <translation>چاپ صورتحساب‌ها</translation>
    </message>
    <message>
        <source>Preparing {count} invoices for printing…</source>
        <translation>آماده‌سازی {count} صورتحساب برای چاپ…</translation>
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
        <source>Please enter the client&apos;s name.</source>
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
        <source>Choose where the documents should go.</source>
        <translation>انتخاب کنید اسناد به کجا بروند.</translation>
    </message>
    <message>
        <source>No client has the number {client_number}.</source>
        <translation>هیچ مشتری‌ای شمارهٔ {client_number} را ندارد.</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}</source>
        <translation>پرونده {file} خوانده نشد: {reason}</translation>
    </message>
    <message>
        <source>Reading the file {file} stopped part way. What was booked is kept; import the file again to book the rest.</source>
        <translation>خواندن پرونده {file} در میانه متوقف شد. آنچه ثبت شده باقی می‌ماند؛ برای ثبت بقیه، پرونده را دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>This invoice has not been issued yet.</source>
        <translation>این صورتحساب هنوز صادر نشده است.</translation>
    </message>
    <message>
        <source>There is no invoice {number}.</source>
        <translation>صورتحساب {number} وجود ندارد.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>This payment is not matched to a client yet.</source>
        <translation>این پرداخت هنوز با مشتری‌ای تطبیق نیافته است.</translation>
    </message>
    <message>
        <source>The statement reverses a payment that is not in the books.</source>
        <translation>صورت‌حساب بانکی پرداختی را برمی‌گرداند که در دفاتر نیست.</translation>
    </message>
    <message>
        <source>The report period from {date_from} to {date_to} ends before it starts.</source>
        <translation>بازه‌ی گزارش از {date_from} تا {date_to} پیش از آغازش به پایان می‌رسد.</translation>
    </message>
    <message>
        <source>“{time_zone}” is not a known time zone.</source>
        <translation>«{time_zone}» منطقه‌ی زمانی شناخته‌شده‌ای نیست.</translation>
    </message>
    <message>
        <source>The period from {date_from} to {date_to} is not valid.</source>
        <translation>بازهٔ {date_from} تا {date_to} معتبر نیست.</translation>
    </message>
    <message>
        <source>The statement folder {folder} does not exist.</source>
        <translation>پوشهٔ صورت‌حساب‌ها {folder} وجود ندارد.</translation>
    </message>
    <message>
        <source>The file {file} uses XML features that are not allowed (line {line}).</source>
        <translation>پرونده {file} از امکانات غیرمجاز XML استفاده می‌کند (سطر {line}).</translation>
    </message>
    <message>
        <source>The file {file} is not valid XML.</source>
        <translation>پرونده {file} XML معتبری نیست.</translation>
    </message>
    <message>
        <source>The file {file} is cut off; download it from the bank again.</source>
        <translation>پرونده {file} ناقص است؛ آن را دوباره از بانک بگیرید.</translation>
    </message>
    <message>
        <source>The file {file} has an unreadable amount (line {line}).</source>
        <translation>پرونده {file} مبلغ ناخوانا دارد (سطر {line}).</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>پرونده {file} خالی است.</translation>
    </message>
    <message>
        <source>The file {file} is too large to import.</source>
        <translation>پرونده {file} برای درون‌ریزی بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <source>The statement {file} is in {found}, but the clinic works in {expected}.</source>
        <translation>صورت‌حساب {file} به {found} است، ولی درمانگاه با {expected} کار می‌کند.</translation>
    </message>
    <message>
        <source>“{format}” is not a known registry format.</source>
        <translation>«{format}» قالب شناخته‌شده‌ای برای فهرست نیست.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a known text encoding.</source>
        <translation>«{encoding}» رمزگذاری متنی شناخته‌شده‌ای نیست.</translation>
    </message>
    <message>
        <source>There are no open charges to export.</source>
        <translation>هیچ بدهی بازی برای برون‌بری نیست.</translation>
    </message>
    <message>
        <source>The charges are in several currencies ({currencies}); export one currency at a time.</source>
        <translation>بدهی‌ها به چند واحد پول است ({currencies})؛ هر بار یک واحد پول را برون‌بری کنید.</translation>
    </message>
    <message>
        <source>The charge for account {account} is negative and cannot be sent to the bank.</source>
        <translation>بدهی حساب {account} منفی است و به بانک فرستاده نمی‌شود.</translation>
    </message>
    <message>
        <source>The {field} of account {account} contains a character the bank cannot accept.</source>
        <translation>فیلد {field} حساب {account} نویسه‌ای دارد که بانک نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>Account {account} has text that cannot be written in {encoding}.</source>
        <translation>حساب {account} متنی دارد که با رمزگذاری {encoding} نوشته نمی‌شود.</translation>
    </message>
    <message>
        <source>“{delimiter}” cannot be used as the column separator.</source>
        <translation>«{delimiter}» را نمی‌توان جداکنندهٔ ستون‌ها قرار داد.</translation>
    </message>
    <message>
        <source>The link amount {amount} is not valid.</source>
        <translation>مبلغ پیوند {amount} معتبر نیست.</translation>
    </message>
    <message>
        <source>The patient for this link no longer exists.</source>
        <translation>بیمار این پیوند دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The expiry date {expires} is already in the past.</source>
        <translation>تاریخ انقضای {expires} گذشته است.</translation>
    </message>
    <message>
        <source>The invoice for this link no longer exists.</source>
        <translation>صورتحساب این پیوند دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>A payment link can only be made for an open invoice.</source>
        <translation>پیوند پرداخت فقط برای صورتحساب باز ساخته می‌شود.</translation>
    </message>
    <message>
        <source>The patient has no address to send this link to.</source>
        <translation>بیمار نشانی‌ای برای ارسال این پیوند ندارد.</translation>
    </message>
    <message>
        <source>This payment link no longer exists.</source>
        <translation>این پیوند پرداخت دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This link has not reached the exchange yet; sync first.</source>
        <translation>این پیوند هنوز به سرویس تبادل نرسیده است؛ ابتدا همگام‌سازی کنید.</translation>
    </message>
    <message>
        <source>Nothing is due on this invoice.</source>
        <translation>بابت این صورتحساب بدهی‌ای نیست.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid sender e-mail address.</source>
        <translation>«{address}» نشانی رایانامهٔ فرستندهٔ معتبری نیست.</translation>
    </message>
    <message>
        <source>“{channel}” is not a known way to send messages.</source>
        <translation>«{channel}» روش شناخته‌شده‌ای برای ارسال پیام نیست.</translation>
    </message>
    <message>
        <source>“{security}” is not a known mail connection security.</source>
        <translation>«{security}» نوع امنیت شناخته‌شده‌ای برای اتصال رایانامه نیست.</translation>
    </message>
    <message>
        <source>The patient has no {channel} address.</source>
        <translation>بیمار نشانی {channel} ندارد.</translation>
    </message>
    <message>
        <source>This message cannot be sent again.</source>
        <translation>این پیام را نمی‌توان دوباره فرستاد.</translation>
    </message>
    <message>
        <source>“{channel}” is not a known way to send reminders.</source>
        <translation>«{channel}» روش شناخته‌شده‌ای برای ارسال یادآوری نیست.</translation>
    </message>
    <message>
        <source>Reminders must be at least {days} day(s) apart; choose a valid interval.</source>
        <translation>فاصلهٔ یادآوری‌ها باید دست‌کم {days} روز باشد؛ فاصلهٔ معتبری انتخاب کنید.</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number an SMS can go to.</source>
        <translation>«{phone}» شماره‌ای نیست که بتوان به آن پیامک فرستاد.</translation>
    </message>
    <message>
        <source>Invoice {number} is already credited by {credited}; credit what is left by lines or an amount.</source>
        <translation>صورتحساب {number} قبلاً به مبلغ {credited} بستانکار شده است؛ باقی‌مانده را بر اساس ردیف‌ها یا مبلغ بستانکار کنید.</translation>
    </message>
    <message>
        <source>Choose the lines to credit, or an amount.</source>
        <translation>ردیف‌هایی را که باید بستانکار شوند یا یک مبلغ را انتخاب کنید.</translation>
    </message>
    <message>
        <source>There is nothing to credit on invoice {number}.</source>
        <translation>در صورتحساب {number} چیزی برای بستانکار کردن وجود ندارد.</translation>
    </message>
    <message>
        <source>A credit of {amount} is more than the {left} left on invoice {number}; nothing was credited.</source>
        <translation>بستانکاری {amount} بیشتر از {left} باقی‌مانده در صورتحساب {number} است؛ چیزی بستانکار نشد.</translation>
    </message>
    <message>
        <source>Invoice {number} has no line {line}.</source>
        <translation>صورتحساب {number} ردیف {line} ندارد.</translation>
    </message>
    <message>
        <source>Line {line} ({description}) of invoice {number} has only {left} left to credit, not {quantity}; nothing was credited.</source>
        <translation>در ردیف {line} ({description}) صورتحساب {number} فقط {left} برای بستانکاری باقی مانده است، نه {quantity}؛ چیزی بستانکار نشد.</translation>
    </message>
    <message>
        <source>{amount} cannot be credited to the cent at the VAT rate {rate}; please adjust it by a cent.</source>
        <translation>مبلغ {amount} را نمی‌توان با نرخ مالیات بر ارزش افزوده {rate} دقیقاً تا سنت بستانکار کرد؛ لطفاً آن را یک سنت تغییر دهید.</translation>
    </message>
    <message>
        <source>{amount} of this payment was already refunded to the patient; it cannot be reversed.</source>
        <translation>{amount} از این پرداخت قبلاً به بیمار بازپرداخت شده است؛ نمی‌توان آن را برگشت زد.</translation>
    </message>
    <message>
        <source>This refund no longer exists.</source>
        <translation>این بازپرداخت دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>A refund is paid in cash or by bank transfer.</source>
        <translation>بازپرداخت به‌صورت نقدی یا با انتقال بانکی انجام می‌شود.</translation>
    </message>
    <message>
        <source>The refund amount {amount} must be more than zero.</source>
        <translation>مبلغ بازپرداخت {amount} باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>A refund of {amount} is more than the patient&apos;s credit of {credit}; nothing was refunded.</source>
        <translation>بازپرداخت {amount} بیشتر از اعتبار بیمار ({credit}) است؛ چیزی بازپرداخت نشد.</translation>
    </message>
    <message>
        <source>A refund by bank transfer needs the payee&apos;s IBAN.</source>
        <translation>بازپرداخت با انتقال بانکی به IBAN گیرنده نیاز دارد.</translation>
    </message>
    <message>
        <source>“{bic}” is not a valid BIC.</source>
        <translation>«{bic}» یک BIC معتبر نیست.</translation>
    </message>
    <message>
        <source>A refund by bank transfer needs the payee&apos;s name.</source>
        <translation>بازپرداخت با انتقال بانکی به نام گیرنده نیاز دارد.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s IBAN in the settings before exporting bank transfers.</source>
        <translation>پیش از خروجی گرفتن از انتقال‌های بانکی، IBAN کلینیک را در تنظیمات وارد کنید.</translation>
    </message>
    <message>
        <source>There are no bank-transfer refunds on {day}.</source>
        <translation>در تاریخ {day} هیچ بازپرداختی با انتقال بانکی وجود ندارد.</translation>
    </message>
    <message>
        <source>A SEPA transfer file needs at least one transfer.</source>
        <translation>فایل انتقال SEPA دست‌کم به یک انتقال نیاز دارد.</translation>
    </message>
    <message>
        <source>SEPA transfers are in euro only, not {currency}.</source>
        <translation>انتقال‌های SEPA فقط به یورو است، نه {currency}.</translation>
    </message>
    <message>
        <source>A SEPA transfer of {amount} is not possible.</source>
        <translation>انتقال SEPA به مبلغ {amount} امکان‌پذیر نیست.</translation>
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
        <source>“{calendar}” is not a calendar USU Desktop knows.</source>
        <translation>«{calendar}» تقویمی نیست که USU Desktop بشناسد.</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program. Close it and try again.</source>
        <translation>پایگاه داده {path} توسط برنامهٔ دیگری قفل شده است. آن را ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Check the file&apos;s permissions.</source>
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
        <source>The token cannot be kept: the system keyring refused it, or the file that holds it cannot be read or written.</source>
        <translation>توکن را نمی‌توان نگه داشت: جاکلیدی سیستم آن را نپذیرفت، یا پرونده‌ای که آن را نگه می‌دارد خواندنی یا نوشتنی نیست.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a user name (up to 80 characters, not starting with “admin:”).</source>
        <translation>«{name}» نمی‌تواند نام کاربری باشد (حداکثر ۸۰ نویسه و بدون آغاز با «admin:»).</translation>
    </message>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>گذرواژه باید دست‌کم {min} نویسه داشته باشد.</translation>
    </message>
    <message>
        <source>The first user of the clinic must be an administrator.</source>
        <translation>نخستین کاربر درمانگاه باید مدیر سامانه باشد.</translation>
    </message>
    <message>
        <source>There is already a user called “{name}”.</source>
        <translation>کاربری با نام «{name}» از پیش هست.</translation>
    </message>
    <message>
        <source>There is no user called “{name}”.</source>
        <translation>کاربری با نام «{name}» نیست.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>گذرواژهٔ کنونی درست نیست.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>دو گذرواژه یکسان نیستند.</translation>
    </message>
    <message>
        <source>Signing in automatically is off now that this clinic has more than one user.</source>
        <translation>اکنون که درمانگاه بیش از یک کاربر دارد، ورود خودکار خاموش است.</translation>
    </message>
    <message>
        <source>{name} is the only administrator left and cannot be disabled; make another one first.</source>
        <translation>{name} تنها مدیر سامانه است و نمی‌توان غیرفعالش کرد؛ نخست مدیر دیگری بسازید.</translation>
    </message>
    <message>
        <source>The user name or the password is not right. Please try again.</source>
        <translation>نام کاربری یا گذرواژه درست نیست. لطفاً دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The user {name} has been disabled; please ask an administrator.</source>
        <translation>کاربر {name} غیرفعال شده است؛ لطفاً از مدیر سامانه بپرسید.</translation>
    </message>
    <message>
        <source>“{role}” is not a role; use receptionist, manager or administrator.</source>
        <translation>«{role}» نقش نیست؛ یکی از receptionist، manager یا administrator را به کار ببرید.</translation>
    </message>
    <message>
        <source>Your role may not change patients.</source>
        <translation>نقش شما اجازهٔ تغییر بیماران را ندارد.</translation>
    </message>
    <message>
        <source>Your role may not make invoices.</source>
        <translation>نقش شما اجازهٔ صدور صورت‌حساب را ندارد.</translation>
    </message>
    <message>
        <source>Your role may not take payments at the desk.</source>
        <translation>نقش شما اجازهٔ دریافت پرداخت در پذیرش را ندارد.</translation>
    </message>
    <message>
        <source>Your role may not print receipts.</source>
        <translation>نقش شما اجازهٔ چاپ رسید را ندارد.</translation>
    </message>
    <message>
        <source>Your role may not make payment links.</source>
        <translation>نقش شما اجازهٔ ساخت پیوند پرداخت را ندارد.</translation>
    </message>
    <message>
        <source>Your role may not send reminders.</source>
        <translation>نقش شما اجازهٔ فرستادن یادآوری را ندارد.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may cancel an invoice or issue a credit note.</source>
        <translation>تنها سرپرست یا مدیر سامانه می‌تواند صورت‌حساب را باطل یا یادداشت بستانکاری صادر کند.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may reverse a payment or refund it.</source>
        <translation>تنها سرپرست یا مدیر سامانه می‌تواند پرداخت را برگرداند یا بازپرداخت کند.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may undo a match or match a payment by hand.</source>
        <translation>تنها سرپرست یا مدیر سامانه می‌تواند تطبیق را برگرداند یا پرداختی را دستی تطبیق دهد.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may see the reports.</source>
        <translation>تنها سرپرست یا مدیر سامانه می‌تواند گزارش‌ها را ببیند.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may close the day.</source>
        <translation>تنها سرپرست یا مدیر سامانه می‌تواند روز را ببندد.</translation>
    </message>
    <message>
        <source>Only an administrator may change the clinic settings.</source>
        <translation>تنها مدیر سامانه می‌تواند تنظیمات درمانگاه را تغییر دهد.</translation>
    </message>
    <message>
        <source>Only an administrator may change the bank or exchange connection.</source>
        <translation>تنها مدیر سامانه می‌تواند اتصال بانک یا مبادله را تغییر دهد.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>تنها مدیر سامانه می‌تواند کاربران را مدیریت کند.</translation>
    </message>
    <message>
        <source>Only an administrator may back up or restore the books.</source>
        <translation>تنها مدیر سامانه می‌تواند از دفاتر پشتیبان بگیرد یا آن را بازگرداند.</translation>
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
    <message>
        <source>The exchange address is not set. Enter it on the Connection tab.</source>
        <translation>نشانی سرویس تبادل تعیین نشده است. آن را در زبانهٔ «اتصال» وارد کنید.</translation>
    </message>
    <message>
        <source>The file {file} is not a bank statement in a known format (camt.052, camt.053, camt.054, MT940, MT942).</source>
        <translation>پرونده‌ی {file} صورت‌حساب بانکی در قالبی شناخته‌شده نیست (camt.052، camt.053، camt.054، MT940، MT942).</translation>
    </message>
    <message>
        <source>The file {file} lacks the required field {field} (line {line}).</source>
        <translation>در پرونده‌ی {file} فیلد الزامی {field} نیست (سطر {line}).</translation>
    </message>
    <message>
        <source>The file {file} holds several accounts and none of them is the clinic&apos;s. Enter the clinic&apos;s IBAN in Settings, or import a file of the clinic&apos;s account.</source>
        <translation>پرونده‌ی {file} چند حساب دارد و هیچ‌کدام حساب درمانگاه نیست. IBAN درمانگاه را در تنظیمات وارد کنید یا پرونده‌ی حساب درمانگاه را وارد کنید.</translation>
    </message>
    <message>
        <source>No access token is saved for this desk. Enter the token on the Connection tab.</source>
        <translation>برای این میز هیچ توکن دسترسی ذخیره نشده است. توکن را در زبانهٔ «اتصال» وارد کنید.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 1440 minutes.</source>
        <translation>فاصله باید بین ۱ تا ۱۴۴۰ دقیقه باشد.</translation>
    </message>
    <message>
        <source>The exchange {url} cannot be reached. Check the address and the internet connection.</source>
        <translation>دسترسی به سرویس تبادل {url} ممکن نیست. نشانی و اتصال اینترنت را بررسی کنید.</translation>
    </message>
    <message>
        <source>The exchange {url} did not answer in time.</source>
        <translation>سرویس تبادل {url} به‌موقع پاسخ نداد.</translation>
    </message>
    <message>
        <source>The exchange refused the access token. Enter the token again.</source>
        <translation>سرویس تبادل توکن دسترسی را نپذیرفت. توکن را دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>The exchange had an internal error (HTTP {status}). It will be tried again later.</source>
        <translation>سرویس تبادل خطای داخلی داشت (HTTP {status}). بعداً دوباره تلاش می‌شود.</translation>
    </message>
    <message>
        <source>The exchange answered something unexpected. Check the address.</source>
        <translation>سرویس تبادل پاسخ غیرمنتظره‌ای داد. نشانی را بررسی کنید.</translation>
    </message>
    <message>
        <source>The exchange refused the request ({server_code}).</source>
        <translation>سرویس تبادل درخواست را رد کرد ({server_code}).</translation>
    </message>
    <message>
        <source>Use an https:// address; plain http is only allowed to this computer.</source>
        <translation>از نشانی https:// استفاده کنید؛ http ساده فقط برای همین رایانه مجاز است.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>«{url}» نشانی وب نیست.</translation>
    </message>
    <message>
        <source>E-mail sending is not set up. Enter the mail server on the Sending tab of Payment links.</source>
        <translation>ارسال ایمیل تنظیم نشده است. کارساز ایمیل را در زبانهٔ «ارسال» بخش پیوندهای پرداخت وارد کنید.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer an encrypted connection, so nothing was sent.</source>
        <translation>کارساز ایمیل {host} اتصال رمزنگاری‌شده ارائه نمی‌دهد، بنابراین چیزی ارسال نشد.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the user name or password.</source>
        <translation>کارساز ایمیل {host} نام کاربری یا گذرواژه را نپذیرفت.</translation>
    </message>
    <message>
        <source>The mail server {host} cannot be reached. Check the address, the port and the internet connection.</source>
        <translation>دسترسی به کارساز ایمیل {host} ممکن نیست. نشانی، درگاه و اتصال اینترنت را بررسی کنید.</translation>
    </message>
    <message>
        <source>The mail server refused the message (code {status}).</source>
        <translation>کارساز ایمیل پیام را نپذیرفت (کد {status}).</translation>
    </message>
    <message>
        <source>SMS sending is not set up. Enter the SMS gateway on the Sending tab of Payment links.</source>
        <translation>ارسال پیامک تنظیم نشده است. درگاه پیامک را در زبانهٔ «ارسال» بخش پیوندهای پرداخت وارد کنید.</translation>
    </message>
    <message>
        <source>Use an https:// address for the SMS gateway {host}.</source>
        <translation>برای درگاه پیامک {host} از نشانی https://‎ استفاده کنید.</translation>
    </message>
    <message>
        <source>The SMS gateway cannot be reached. Check the address and the internet connection.</source>
        <translation>دسترسی به درگاه پیامک ممکن نیست. نشانی و اتصال اینترنت را بررسی کنید.</translation>
    </message>
    <message>
        <source>The SMS gateway refused the message (HTTP {status}).</source>
        <translation>درگاه پیامک پیام را نپذیرفت (HTTP {status}).</translation>
    </message>
    <message>
        <source>The bank QR code is for euro payments only; this amount is in {currency}.</source>
        <translation>کد QR بانکی فقط برای پرداخت به یورو است؛ این مبلغ به {currency} است.</translation>
    </message>
    <message>
        <source>The amount {amount} cannot go into a bank QR code (0.01 to 999,999,999.99 EUR).</source>
        <translation>مبلغ {amount} را نمی‌توان در کد QR بانکی گذاشت (۰٫۰۱ تا ۹۹۹٬۹۹۹٬۹۹۹٫۹۹ یورو).</translation>
    </message>
    <message>
        <source>The clinic name “{name}” cannot go into a bank QR code; correct it in Settings.</source>
        <translation>نام درمانگاه «{name}» را نمی‌توان در کد QR بانکی گذاشت؛ آن را در تنظیمات اصلاح کنید.</translation>
    </message>
    <message>
        <source>The payment details are too long for a bank QR code.</source>
        <translation>اطلاعات پرداخت برای کد QR بانکی بیش از حد طولانی است.</translation>
    </message>
    <message>
        <source>“{rf}” is not a valid RF payment code.</source>
        <translation>«{rf}» کد پرداخت RF معتبری نیست.</translation>
    </message>
    <message>
        <source>A font the documents need is missing: {path}. Please reinstall USU Desktop.</source>
        <translation>قلمی که اسناد به آن نیاز دارند موجود نیست: {path}. لطفاً USU Desktop را دوباره نصب کنید.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}. Please choose another folder.</source>
        <translation>پرونده {path} نوشته نمی‌شود: {reason}. لطفاً پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Welcome: the administrator</source>
        <translation>خوش آمدید: مدیر سامانه</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;ساختن</translation>
    </message>
    <message>
        <source>Choose the name and password of the clinic&apos;s administrator. The administrator adds the other users and may change every setting.</source>
        <translation>نام و گذرواژهٔ مدیر سامانهٔ درمانگاه را برگزینید. مدیر سامانه کاربران دیگر را می‌افزاید و می‌تواند همهٔ تنظیمات را تغییر دهد.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>گذرواژه:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>دوباره گذرواژه:</translation>
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
        <translation>خدمت از فهرست قیمت</translation>
    </message>
    <message>
        <source>&amp;Add service</source>
        <translation>&amp;افزودن خدمت</translation>
    </message>
    <message>
        <source>Add &amp;free line</source>
        <translation>افزودن ردیف &amp;آزاد</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;حذف ردیف</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>مالیات ٪</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;ذخیرهٔ پیش‌نویس</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;صدور…</translation>
    </message>
    <message>
        <source>Cancel &amp;invoice…</source>
        <translation>لغو &amp;صورتحساب…</translation>
    </message>
    <message>
        <source>Cre&amp;dit note…</source>
        <translation>برگشت از &amp;فروش…</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>&amp;دریافت پرداخت…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;پیش‌نمایش</translation>
    </message>
    <message>
        <source>Patient: {name} ({number})</source>
        <translation>بیمار: {name} ({number})</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>صورتحساب تازه</translation>
    </message>
    <message>
        <source>Draft (not saved)</source>
        <translation>پیش‌نویس (ذخیره‌نشده)</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>پیش‌نویس صورتحساب</translation>
    </message>
    <message>
        <source>No service on the price list matches “{text}”.</source>
        <translation>هیچ خدمتی در فهرست قیمت با «{text}» جور نیست.</translation>
    </message>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>ردیف {n}: {problem}</translation>
    </message>
    <message>
        <source>Lines {lines} · Discount {discount} · Without VAT {untaxed} · VAT {tax} · Total {total}</source>
        <translation>ردیف‌ها {lines} · تخفیف {discount} · بدون مالیات {untaxed} · مالیات {tax} · جمع {total}</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>ذخیرهٔ صورتحساب</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>صدور صورتحساب</translation>
    </message>
    <message>
        <source>Issue this invoice for {total}? It gets its number and cannot be changed afterwards; a mistake is then corrected by a credit note.</source>
        <translation>این صورتحساب به مبلغ {total} صادر شود؟ شماره می‌گیرد و پس از آن تغییرپذیر نیست؛ اشتباه با اعلامیهٔ بستانکاری اصلاح می‌شود.</translation>
    </message>
    <message>
        <source>{credit} of the patient&apos;s credit was used on {number}.</source>
        <translation>{credit} از اعتبار بیمار برای {number} به کار رفت.</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>لغو صورتحساب</translation>
    </message>
    <message>
        <source>Why is {number} cancelled?</source>
        <translation>چرا {number} لغو می‌شود؟</translation>
    </message>
    <message>
        <source>Credit note {number} was made. What was paid on the invoice is now the patient&apos;s credit.</source>
        <translation>اعلامیهٔ بستانکاری {number} ساخته شد. آنچه بابت صورتحساب پرداخت شده بود اکنون اعتبار بیمار است.</translation>
    </message>
</context>
<context>
    <name>InvoiceList</name>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Due amount</source>
        <translation>مانده</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صدور</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>بیمار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Search: invoice number, patient name or number</source>
        <translation>جستجو: شمارهٔ صورتحساب، نام یا شمارهٔ بیمار</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>همهٔ صورتحساب‌ها</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>صادرشده از</translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation>&amp;صورتحساب تازه</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>برون‌بری انتخاب‌شده‌ها…</translation>
    </message>
    <message>
        <source>Export all shown…</source>
        <translation>برون‌بری همهٔ موارد نمایش‌داده‌شده…</translation>
    </message>
    <message>
        <source>Preview current state (with paid stamp)</source>
        <translation>پیش‌نمایش وضعیت کنونی (با مهر پرداخت)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>صورتحساب تازه</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>دریافت پرداخت</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <source>{count} invoices · Total {total} · Paid {paid} · Due {due}</source>
        <translation>صورتحساب‌ها: {count} · جمع {total} · پرداخت‌شده {paid} · مانده {due}</translation>
    </message>
    <message>
        <source>Print all shown…</source>
        <translation>چاپ همهٔ موارد نمایش‌داده‌شده…</translation>
    </message>
    <message>
        <source>Print invoices</source>
        <translation>چاپ صورتحساب‌ها</translation>
    </message>
    <message>
        <source>There are no issued invoices to print.</source>
        <translation>هیچ صورتحساب صادرشده‌ای برای چاپ نیست.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Payment link paid: {title} ({amount})</source>
        <translation>لینک پرداخت پرداخت شد: {title} ({amount})</translation>
    </message>
    <message>
        <source>Payment link partly paid: {title} ({amount} so far)</source>
        <translation>لینک پرداخت بخشی پرداخت شد: {title} (تاکنون {amount})</translation>
    </message>
    <message>
        <source>Payment link expired: {title}</source>
        <translation>مهلت لینک پرداخت تمام شد: {title}</translation>
    </message>
    <message>
        <source>Payment link changed: {title}</source>
        <translation>لینک پرداخت تغییر کرد: {title}</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>لینک‌های پرداخت</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>بخشی پرداخت‌شده</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Skipped: paid meanwhile</source>
        <translation>رد شد: در این فاصله پرداخت شده</translation>
    </message>
    <message>
        <source>Skipped: client credit covers the debt</source>
        <translation>رد شد: اعتبار بیمار بدهی را پوشش می‌دهد</translation>
    </message>
    <message>
        <source>Skipped: reminded recently</source>
        <translation>رد شد: به‌تازگی یادآوری شده</translation>
    </message>
    <message>
        <source>Skipped: no e-mail or phone</source>
        <translation>رد شد: ایمیل یا تلفن ندارد</translation>
    </message>
    <message>
        <source>Would be sent</source>
        <translation>ارسال خواهد شد</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <source>Payment links</source>
        <translation>لینک‌های پرداخت</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>لینک‌ها</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>پیام‌ها</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>بیمار</translation>
    </message>
    <message>
        <source>For</source>
        <translation>بابت</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>No payment links yet. Make one with “New link…”.</source>
        <translation>هنوز لینک پرداختی نیست. با «لینک تازه…» یکی بسازید.</translation>
    </message>
    <message>
        <source>New link…</source>
        <translation>لینک تازه…</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>ارسال با ایمیل</translation>
    </message>
    <message>
        <source>Send by SMS</source>
        <translation>ارسال با پیامک</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>کپی نشانی</translation>
    </message>
    <message>
        <source>Cancel link</source>
        <translation>لغو لینک</translation>
    </message>
    <message>
        <source>Update statuses</source>
        <translation>به‌روزرسانی وضعیت‌ها</translation>
    </message>
    <message>
        <source>payer chooses</source>
        <translation>پرداخت‌کننده تعیین می‌کند</translation>
    </message>
    <message>
        <source>New payment link</source>
        <translation>لینک پرداخت تازه</translation>
    </message>
    <message>
        <source>Payment link made: {url}</source>
        <translation>لینک پرداخت ساخته شد: {url}</translation>
    </message>
    <message>
        <source>Send payment link</source>
        <translation>ارسال لینک پرداخت</translation>
    </message>
    <message>
        <source>Sent by {channel}</source>
        <translation>با {channel} فرستاده شد</translation>
    </message>
    <message>
        <source>Not sent: {reason}
The message is in the log and can be sent again.</source>
        <translation>فرستاده نشد: {reason}
پیام در گزارش است و می‌توان دوباره فرستاد.</translation>
    </message>
    <message>
        <source>Cancel this payment link? It will refuse payment from now on.</source>
        <translation>این لینک پرداخت لغو شود؟ از این پس پرداختی نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>To</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>تلاش‌ها</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <source>No messages sent yet.</source>
        <translation>هنوز پیامی فرستاده نشده است.</translation>
    </message>
    <message>
        <source>Send failed messages again</source>
        <translation>ارسال دوبارهٔ پیام‌های ناموفق</translation>
    </message>
    <message>
        <source>{sent} of {count} messages sent</source>
        <translation>{sent} از {count} پیام فرستاده شد</translation>
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
        <translation>هیچ (فقط همین رایانه)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>بدون تغییر</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>ایمیل (SMTP)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>رمزگذاری</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>نشانی فرستنده</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>درگاه پیامک</translation>
    </message>
    <message>
        <source>Address template</source>
        <translation>الگوی نشانی</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>نام فرستنده</translation>
    </message>
    <message>
        <source>Sending settings saved</source>
        <translation>تنظیمات ارسال ذخیره شد</translation>
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
        <source>S&amp;witch user…</source>
        <translation>ت&amp;عویض کاربر…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>تغییر &amp;گذرواژه…</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;میان‌برهای صفحه‌کلید</translation>
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
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>واردشده: {name} ({role})</translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation>رفتن به {page}</translation>
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
        <translation>لینک پرداخت تازه</translation>
    </message>
    <message>
        <source>For an invoice (what is still owed)</source>
        <translation>برای صورتحساب (آنچه هنوز بدهکار است)</translation>
    </message>
    <message>
        <source>For a patient (everything owed)</source>
        <translation>برای بیمار (کل بدهی)</translation>
    </message>
    <message>
        <source>Free amount (the payer chooses)</source>
        <translation>مبلغ آزاد (پرداخت‌کننده تعیین می‌کند)</translation>
    </message>
    <message>
        <source>The payer may pay part of it</source>
        <translation>پرداخت‌کننده می‌تواند بخشی را بپردازد</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>مبلغ ({currency})</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>کمترین مبلغ</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>بیشترین مبلغ</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>بابت چه</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>شمارهٔ صورتحساب</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>شمارهٔ مشتری</translation>
    </message>
    <message>
        <source>Client number (optional)</source>
        <translation>شمارهٔ مشتری (اختیاری)</translation>
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
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>فهرست قیمت</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>صورت‌حساب‌های بانکی</translation>
    </message>
    <message>
        <source>Debtors</source>
        <translation>بدهکاران</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>لینک‌های پرداخت</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>ممیزی</translation>
    </message>
</context>
<context>
    <name>PaymentList</name>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>تطبیق‌شده</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>On invoices</source>
        <translation>روی صورتحساب‌ها</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>زمان پرداخت</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>بیمار</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>مرجع</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>برگشت‌خورده</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>To credit</source>
        <translation>به اعتبار</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>تطبیق‌نشده</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Search: payer, text, RF code or transaction id</source>
        <translation>جستجو: پرداخت‌کننده، متن، کد RF یا شناسهٔ تراکنش</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>همهٔ منابع</translation>
    </message>
    <message>
        <source>Unmatched only</source>
        <translation>فقط تطبیق‌نشده‌ها</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>پرداخت‌شده از</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>&amp;دریافت پرداخت…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>صورتحساب</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>چرا</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>&amp;Undo allocation…</source>
        <translation>&amp;برگرداندن تخصیص…</translation>
    </message>
    <message>
        <source>&amp;Reverse payment…</source>
        <translation>&amp;برگشت پرداخت…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>چاپ رسید…</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>ذخیرهٔ رسید به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Reverse payment…</source>
        <translation>برگشت پرداخت…</translation>
    </message>
    <message>
        <source>{count} payments</source>
        <translation>پرداخت‌ها: {count}</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>دریافت پرداخت</translation>
    </message>
    <message>
        <source>undo of an earlier allocation</source>
        <translation>برگرداندن تخصیص پیشین</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>برگردانده‌شده</translation>
    </message>
    <message>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Select a payment to see where its money went.</source>
        <translation>یک پرداخت را انتخاب کنید تا ببینید پولش کجا رفت.</translation>
    </message>
    <message>
        <source>{amount} from {who}: on invoices {allocated}, to credit {credit}</source>
        <translation>{amount} از {who}: روی صورتحساب‌ها {allocated}، به اعتبار {credit}</translation>
    </message>
    <message>
        <source>Undo allocation</source>
        <translation>برگرداندن تخصیص</translation>
    </message>
    <message>
        <source>Select an active allocation first.</source>
        <translation>ابتدا یک تخصیص فعال انتخاب کنید.</translation>
    </message>
    <message>
        <source>Why is {amount} taken off {number}? The money stays with the patient as credit.</source>
        <translation>چرا {amount} از {number} برداشته می‌شود؟ پول به‌صورت اعتبار نزد بیمار می‌ماند.</translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation>برگشت پرداخت</translation>
    </message>
    <message>
        <source>Why is the payment of {amount} reversed? Its allocations are taken back.</source>
        <translation>چرا پرداخت {amount} برگشت می‌خورد؟ تخصیص‌های آن پس گرفته می‌شود.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>هم‌عرض</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>صفحه‌ها: {count}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>چاپ ناموفق بود</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به‌صورت PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>PDF ذخیره نشد</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>ذخیره شد: {path}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>در حال چاپ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Statement period</source>
        <translation>بازهٔ صورت‌حساب</translation>
    </message>
    <message>
        <source>Show statement</source>
        <translation>نمایش صورت‌حساب</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>روز نخست نباید پس از روز پایانی باشد.</translation>
    </message>
</context>
<context>
    <name>PriceListPage</name>
    <message>
        <source>Search: code or name</source>
        <translation>جستجو: کد یا نام</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>نمایش غیرفعال‌ها</translation>
    </message>
    <message>
        <source>&amp;New service</source>
        <translation>&amp;خدمت تازه</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;غیرفعال‌سازی</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>خدمت تازه</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;فعال‌سازی</translation>
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
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صادرشده</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>بخشی پرداخت‌شده</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>سررسیدگذشته</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>صورتحساب</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>اعلامیهٔ بستانکاری</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>پایانه</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>پیوند پرداخت</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقد</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>انتقال بانکی</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>paid at the desk</source>
        <translation>در پذیرش پرداخت شد</translation>
    </message>
    <message>
        <source>allocated by hand</source>
        <translation>تخصیص دستی</translation>
    </message>
    <message>
        <source>from client credit</source>
        <translation>از اعتبار مشتری</translation>
    </message>
    <message>
        <source>invoice RF reference</source>
        <translation>کد RF صورتحساب</translation>
    </message>
    <message>
        <source>client RF reference, oldest due first</source>
        <translation>کد RF مشتری، قدیمی‌ترین سررسید نخست</translation>
    </message>
    <message>
        <source>client number, oldest due first</source>
        <translation>شمارهٔ مشتری، قدیمی‌ترین سررسید نخست</translation>
    </message>
    <message>
        <source>invoice number in the text</source>
        <translation>شمارهٔ صورتحساب در متن</translation>
    </message>
    <message>
        <source>undone by hand</source>
        <translation>برگرداندن دستی</translation>
    </message>
    <message>
        <source>payment reversed</source>
        <translation>پرداخت برگشت خورد</translation>
    </message>
    <message>
        <source>invoice cancelled</source>
        <translation>صورتحساب لغو شد</translation>
    </message>
    <message>
        <source>credit taken back</source>
        <translation>اعتبار پس گرفته شد</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund credit</source>
        <translation>بازپرداخت اعتبار</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>Print a receipt to sign</source>
        <translation>چاپ رسید برای امضا</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>بیمار</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>گیرنده</translation>
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
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <source>{amount} refunded; {left} of credit is left.</source>
        <translation>{amount} بازپرداخت شد؛ {left} اعتبار باقی مانده است.</translation>
    </message>
</context>
<context>
    <name>RegistryOptionsDialog</name>
    <message>
        <source>Export charge registry</source>
        <translation>خروجی فهرست بدهی‌ها</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>قالب:</translation>
    </message>
    <message>
        <source>Column separator:</source>
        <translation>جداکننده ستون‌ها:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>رمزگذاری متن:</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Receptionist</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مدیر سامانه</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Edit service</source>
        <translation>ویرایش خدمت</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>خدمت تازه</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Price ({currency})</source>
        <translation>قیمت ({currency})</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>مالیات ٪</translation>
    </message>
    <message>
        <source>The code “{code}” is already used by another service.</source>
        <translation>کد «{code}» را خدمت دیگری به کار برده است.</translation>
    </message>
</context>
<context>
    <name>ServiceModel</name>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>مالیات ٪</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
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
        <source>The window is redrawn in the new language when you press OK.</source>
        <translation>با زدن «تأیید» پنجره به زبان تازه دوباره نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>As each language dates (Persian: Solar Hijri)</source>
        <translation>مطابق هر زبان (فارسی: هجری شمسی)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>هجری شمسی (جلالی)</translation>
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
        <source>Calendar:</source>
        <translation>تقویم:</translation>
    </message>
    <message>
        <source>Please enter the clinic&apos;s name.</source>
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
        <source>Calendar</source>
        <translation>تقویم</translation>
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
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>هجری شمسی (جلالی)</translation>
    </message>
    <message>
        <source>As each language dates (Persian: Solar Hijri)</source>
        <translation>مطابق هر زبان (فارسی: هجری شمسی)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>From a search field into its list (first row)</source>
        <translation>از کادر جست‌وجو به فهرست آن (ردیف اول)</translation>
    </message>
    <message>
        <source>Clear the search field</source>
        <translation>پاک کردن کادر جست‌وجو</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>باز کردن ردیف انتخاب‌شده</translation>
    </message>
    <message>
        <source>New patient or new service (on its page)</source>
        <translation>بیمار جدید یا خدمت جدید (در صفحهٔ خودش)</translation>
    </message>
    <message>
        <source>New invoice for the selected patient</source>
        <translation>صورت‌حساب جدید برای بیمار انتخاب‌شده</translation>
    </message>
    <message>
        <source>Take a payment</source>
        <translation>دریافت پرداخت</translation>
    </message>
    <message>
        <source>Preview the document</source>
        <translation>پیش‌نمایش سند</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>چاپ سند</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>ذخیرهٔ سند به‌صورت PDF</translation>
    </message>
    <message>
        <source>Invoice editor: add the highlighted service</source>
        <translation>ویرایشگر صورت‌حساب: افزودن خدمت برجسته‌شده</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Everything at the desk works from the keyboard. The page keys follow the order of the side menu.</source>
        <translation>در پذیرش همه‌چیز با صفحه‌کلید انجام می‌شود. کلیدهای صفحه‌ها به ترتیب منوی کناری‌اند.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;ورود</translation>
    </message>
    <message>
        <source>Sign in automatically on this PC</source>
        <translation>ورود خودکار در این رایانه</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>گذرواژه:</translation>
    </message>
</context>
<context>
    <name>Statements</name>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>نقطه‌ویرگول ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>ویرگول ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>خط عمودی ( | )</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (یونیکد)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8 با BOM (اکسل)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (سیریلیک)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (غربی)</translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation>Windows-1253 (یونانی)</translation>
    </message>
    <message>
        <source>CSV (text table)</source>
        <translation>CSV (جدول متنی)</translation>
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
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>واریز/برداشت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Allocated to</source>
        <translation>تخصیص به</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>پرداخت‌کننده</translation>
    </message>
    <message>
        <source>Reference / text</source>
        <translation>کد / شرح پرداخت</translation>
    </message>
    <message>
        <source>Bank id</source>
        <translation>شناسه بانک</translation>
    </message>
    <message>
        <source>credit {amount}</source>
        <translation>اعتبار {amount}</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>ثبت شد</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>تطبیق‌نیافته</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>برگشت خورد</translation>
    </message>
    <message>
        <source>Already booked</source>
        <translation>قبلاً ثبت شده</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>RF reference of the invoice</source>
        <translation>کد RF صورت‌حساب</translation>
    </message>
    <message>
        <source>the patient&apos;s RF reference, oldest invoices first</source>
        <translation>کد RF بیمار، ابتدا قدیمی‌ترین صورت‌حساب‌ها</translation>
    </message>
    <message>
        <source>client number, oldest invoices first</source>
        <translation>شماره بیمار، ابتدا قدیمی‌ترین صورت‌حساب‌ها</translation>
    </message>
    <message>
        <source>invoice number in the payment text</source>
        <translation>شماره صورت‌حساب در شرح پرداخت</translation>
    </message>
    <message>
        <source>no reference found: waiting in the unmatched queue</source>
        <translation>کدی یافت نشد: در صف تطبیق‌نیافته‌ها منتظر است</translation>
    </message>
    <message>
        <source>money going out (debit)</source>
        <translation>برداشت از حساب (بدهکار)</translation>
    </message>
    <message>
        <source>not booked by the bank yet (pending)</source>
        <translation>هنوز توسط بانک ثبت نشده (در انتظار)</translation>
    </message>
    <message>
        <source>reversal of a debit</source>
        <translation>برگشت یک برداشت</translation>
    </message>
    <message>
        <source>booked before, from this or an earlier statement</source>
        <translation>پیش‌تر از همین صورت‌حساب یا صورت‌حساب قبلی ثبت شده است</translation>
    </message>
    <message>
        <source>the payment was already taken back</source>
        <translation>این پرداخت قبلاً برگشت خورده است</translation>
    </message>
    <message>
        <source>takes back payment {original}</source>
        <translation>پرداخت {original} را برمی‌گرداند</translation>
    </message>
    <message>
        <source>In</source>
        <translation>واریز</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>برداشت</translation>
    </message>
    <message>
        <source>a day past the end of its month, read as the last day</source>
        <translation>روزی پس از پایان ماه، به‌عنوان روز آخر ماه خوانده شد</translation>
    </message>
    <message>
        <source>statements of other accounts in the file, skipped</source>
        <translation>صورت‌حساب‌های حساب‌های دیگرِ این پرونده نادیده گرفته شد</translation>
    </message>
    <message>
        <source>an intraday report: its entries are not booked by the bank yet and are only listed</source>
        <translation>گزارش درون‌روزی: این تراکنش‌ها هنوز در بانک ثبت نشده‌اند و فقط نمایش داده می‌شوند</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>در حال خواندن {file}…</translation>
    </message>
    <message>
        <source>Booking {file}: {done} of {total}</source>
        <translation>ثبت {file}: {done} از {total}</translation>
    </message>
    <message>
        <source>Finished {file}</source>
        <translation>پایان یافت: {file}</translation>
    </message>
    <message>
        <source>entry {index}</source>
        <translation>ردیف {index}</translation>
    </message>
    <message>
        <source>field {field}</source>
        <translation>فیلد {field}</translation>
    </message>
    <message>
        <source>suggested: {who}</source>
        <translation>پیشنهاد: {who}</translation>
    </message>
    <message>
        <source>over-payment kept as credit</source>
        <translation>اضافه‌پرداخت به‌عنوان اعتبار نگه داشته شد</translation>
    </message>
    <message>
        <source>the balances in the file do not add up</source>
        <translation>مانده‌های پرونده با هم جور نیستند</translation>
    </message>
    <message>
        <source>the file does not follow the bank format exactly</source>
        <translation>پرونده دقیقاً از قالب بانکی پیروی نمی‌کند</translation>
    </message>
    <message>
        <source>a batch entry without its single payments</source>
        <translation>ردیف گروهی بدون پرداخت‌های جداگانه</translation>
    </message>
    <message>
        <source>a batch entry whose parts do not add up</source>
        <translation>ردیف گروهی که جمع اجزایش درست نیست</translation>
    </message>
    <message>
        <source>an entry with an unknown status</source>
        <translation>ردیفی با وضعیت ناشناخته</translation>
    </message>
    <message>
        <source>an unreadable amount</source>
        <translation>مبلغ ناخوانا</translation>
    </message>
    <message>
        <source>an unreadable date</source>
        <translation>تاریخ ناخوانا</translation>
    </message>
    <message>
        <source>an RF reference with wrong check digits</source>
        <translation>کد RF با رقم‌های کنترلی نادرست</translation>
    </message>
    <message>
        <source>a payment naming several RF references</source>
        <translation>پرداختی که چند کد RF را نام می‌برد</translation>
    </message>
    <message>
        <source>an entry that cannot be read</source>
        <translation>ردیفی که خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>a required field is missing</source>
        <translation>یک فیلد الزامی وجود ندارد</translation>
    </message>
    <message>
        <source>an entry in another currency</source>
        <translation>ردیفی با ارز دیگر</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>Bank statements</source>
        <translation>صورت‌حساب‌های بانکی</translation>
    </message>
</context>
<context>
    <name>StatementsWidget</name>
    <message>
        <source>Import statement…</source>
        <translation>ورود صورت‌حساب…</translation>
    </message>
    <message>
        <source>Import camt.053, camt.054 or MT940 files from your bank. You can also drop files onto this page.</source>
        <translation>پرونده‌های camt.053، camt.054 یا MT940 بانک خود را وارد کنید. می‌توانید پرونده‌ها را روی این صفحه هم رها کنید.</translation>
    </message>
    <message>
        <source>Export charge registry…</source>
        <translation>خروجی فهرست بدهی‌ها…</translation>
    </message>
    <message>
        <source>Save the list of open charges for the bank (CSV or XML).</source>
        <translation>فهرست بدهی‌های باز را برای بانک ذخیره کنید (CSV یا XML).</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>پوشه پایش‌شده</translation>
    </message>
    <message>
        <source>No folder: statements are imported by hand</source>
        <translation>بدون پوشه: صورت‌حساب‌ها دستی وارد می‌شوند</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>انتخاب پوشه…</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>توقف پایش</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>How often new files in the folder are imported</source>
        <translation>هر چند وقت یک‌بار پرونده‌های تازه پوشه وارد شوند</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>همین حالا بررسی کن</translation>
    </message>
    <message>
        <source>every</source>
        <translation>هر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Drop bank statement files here, or use “Import statement…”.</source>
        <translation>پرونده‌های صورت‌حساب را اینجا رها کنید یا «ورود صورت‌حساب…» را بزنید.</translation>
    </message>
    <message>
        <source>Import bank statements</source>
        <translation>ورود صورت‌حساب‌های بانکی</translation>
    </message>
    <message>
        <source>Bank statements ({patterns});;All files (*)</source>
        <translation>صورت‌حساب‌های بانکی ({patterns});;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>صورت‌حساب‌های بانکی</translation>
    </message>
    <message>
        <source>An import is already running; please wait for it to finish.</source>
        <translation>یک ورود در حال اجراست؛ لطفاً تا پایان آن صبر کنید.</translation>
    </message>
    <message>
        <source>Import cancelled; what was booked stays booked.</source>
        <translation>ورود لغو شد؛ آنچه ثبت شده، ثبت‌شده می‌ماند.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>ورود ناموفق بود</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>برخی پرونده‌ها وارد نشدند</translation>
    </message>
    <message>
        <source>{file}: not imported</source>
        <translation>{file}: وارد نشد</translation>
    </message>
    <message>
        <source>{file}: {booked} booked, {unmatched} unmatched</source>
        <translation>{file}: {booked} ثبت شد، {unmatched} تطبیق‌نیافته</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} وارد نشد: {reason}</translation>
    </message>
    <message>
        <source>{file}: statement {id}, account {account}</source>
        <translation>{file}: صورت‌حساب {id}، حساب {account}</translation>
    </message>
    <message>
        <source>Opening balance {opening}, closing balance {closing}</source>
        <translation>مانده اول دوره {opening}، مانده پایان دوره {closing}</translation>
    </message>
    <message>
        <source>This file was imported before ({date}); nothing new was booked.</source>
        <translation>این پرونده پیش‌تر وارد شده است ({date})؛ چیز تازه‌ای ثبت نشد.</translation>
    </message>
    <message>
        <source>This file was imported before ({date}).</source>
        <translation>این پرونده پیش‌تر وارد شده است ({date}).</translation>
    </message>
    <message>
        <source>The import was cancelled; the entries below were booked, the rest were not.</source>
        <translation>ورود لغو شد؛ ردیف‌های زیر ثبت شدند و بقیه نه.</translation>
    </message>
    <message>
        <source>Warnings: {list}</source>
        <translation>هشدارها: {list}</translation>
    </message>
    <message>
        <source>Folder the bank&apos;s statements are saved to</source>
        <translation>پوشه‌ای که صورت‌حساب‌های بانک در آن ذخیره می‌شوند</translation>
    </message>
    <message>
        <source>Imported {count} new statement file(s) from the watched folder</source>
        <translation>{count} پرونده صورت‌حساب تازه از پوشه پایش‌شده وارد شد</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>پرونده‌های XML (*.xml)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>پرونده‌های CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Save charge registry</source>
        <translation>ذخیره فهرست بدهی‌ها</translation>
    </message>
    <message>
        <source>The registry was not saved</source>
        <translation>فهرست ذخیره نشد</translation>
    </message>
    <message>
        <source>Charge registry saved</source>
        <translation>فهرست بدهی‌ها ذخیره شد</translation>
    </message>
    <message>
        <source>{count} open charges, total {sum}, saved to {path}.</source>
        <translation>{count} بدهی باز به مبلغ کل {sum} در {path} ذخیره شد.</translation>
    </message>
</context>
</TS>

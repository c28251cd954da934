<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About USU Desktop</source>
        <translation>О программе USU Desktop</translation>
    </message>
    <message>
        <source>USU Desktop {version}</source>
        <translation>USU Desktop {version}</translation>
    </message>
    <message>
        <source>Accounting for small clinics: invoices, payment codes, terminal and bank payments.</source>
        <translation>Учёт для небольших клиник: счета, коды оплаты, платежи через терминалы и банк.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Свободная программа под лицензией GNU General Public License версии 3 или более поздней.</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>База данных: {name}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
</context>
<context>
    <name>AuditList</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>All users</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Все рабочие места</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>Все объекты</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>Записей: {count}</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>{count} entries written to {path}</source>
        <translation>Записей: {count}, сохранено в {path}</translation>
    </message>
</context>
<context>
    <name>BankSync</name>
    <message>
        <source>Bank sync is failing: {error}</source>
        <translation>Синхронизация с банком не удаётся: {error}</translation>
    </message>
    <message>
        <source>(last successful sync {time})</source>
        <translation>(последняя успешная синхронизация {time})</translation>
    </message>
    <message>
        <source>Bank sync: not synchronised yet</source>
        <translation>Синхронизация с банком: ещё не было</translation>
    </message>
    <message>
        <source>No successful bank sync since {time}</source>
        <translation>Нет успешной синхронизации с банком с {time}</translation>
    </message>
    <message>
        <source>Last bank sync: {time}</source>
        <translation>Последняя синхронизация с банком: {time}</translation>
    </message>
    <message>
        <source>{count} new payment(s) arrived from the exchange.</source>
        <translation>Новых платежей от сервиса обмена: {count}.</translation>
    </message>
    <message>
        <source>{count} need(s) a person to match.</source>
        <translation>Требуют ручного сопоставления: {count}.</translation>
    </message>
    <message>
        <source>New payments</source>
        <translation>Новые платежи</translation>
    </message>
    <message>
        <source>Client number typed at the terminal</source>
        <translation>Номер клиента, введённый в терминале</translation>
    </message>
    <message>
        <source>Payment code of the invoice</source>
        <translation>Код оплаты счёта</translation>
    </message>
    <message>
        <source>Client&apos;s payment code</source>
        <translation>Код оплаты клиента</translation>
    </message>
    <message>
        <source>Invoice number in the payment text</source>
        <translation>Номер счёта в тексте платежа</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Не сопоставлено</translation>
    </message>
    <message>
        <source>Allocated by hand</source>
        <translation>Распределено вручную</translation>
    </message>
    <message>
        <source>From client credit</source>
        <translation>Из кредита клиента</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Сторно</translation>
    </message>
    <message>
        <source>amount equals the invoice balance</source>
        <translation>сумма равна остатку по счёту</translation>
    </message>
    <message>
        <source>amount equals all the client owes</source>
        <translation>сумма равна всему долгу клиента</translation>
    </message>
    <message>
        <source>payer&apos;s name matches</source>
        <translation>имя плательщика совпадает</translation>
    </message>
    <message>
        <source>payer&apos;s name is similar</source>
        <translation>имя плательщика похоже</translation>
    </message>
    <message>
        <source>paid around the invoice date</source>
        <translation>оплачено около даты счёта</translation>
    </message>
    <message>
        <source>client number in the text</source>
        <translation>номер клиента в тексте</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Ссылка на оплату</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Checking the exchange…</source>
        <translation>Проверка сервиса обмена…</translation>
    </message>
    <message>
        <source>Sending the charge list…</source>
        <translation>Отправка списка начислений…</translation>
    </message>
    <message>
        <source>Fetching payments… {count} so far</source>
        <translation>Загрузка платежей… пока {count}</translation>
    </message>
    <message>
        <source>Booking payments… {count} so far</source>
        <translation>Проводка платежей… пока {count}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Прервано</translation>
    </message>
</context>
<context>
    <name>BankSyncPage</name>
    <message>
        <source>Bank sync</source>
        <translation>Синхронизация с банком</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Received payments</source>
        <translation>Полученные платежи</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Не сопоставлено</translation>
    </message>
    <message>
        <source>Payment code history</source>
        <translation>История кода оплаты</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Журнал синхронизации</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Sync automatically in the background</source>
        <translation>Синхронизировать автоматически в фоне</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Exchange address</source>
        <translation>Адрес сервиса обмена</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Синхронизировать каждые</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Транзакция</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Сопоставлено по</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source>Terminals take deposits from clients who owe nothing</source>
        <translation>Терминалы принимают авансы от клиентов без задолженности</translation>
    </message>
    <message>
        <source>Every client&apos;s number and masked name is sent to the exchange, so a client with nothing to pay can pay in advance; the money becomes the client&apos;s credit.</source>
        <translation>Номер и сокращённое имя каждого клиента передаются на сервер обмена, чтобы клиент без задолженности мог внести аванс; деньги зачисляются на счёт клиента.</translation>
    </message>
    <message>
        <source>No payments have come in yet. They appear here after a sync.</source>
        <translation>Платежей пока не поступало. Они появятся здесь после синхронизации.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Undo allocation</source>
        <translation>Отменить распределение</translation>
    </message>
    <message>
        <source>Where the selected payment went, and why</source>
        <translation>Куда пошёл выбранный платёж и почему</translation>
    </message>
    <message>
        <source>Account or payer</source>
        <translation>Счёт или плательщик</translation>
    </message>
    <message>
        <source>Nothing waits to be matched.</source>
        <translation>Нет платежей, ожидающих сопоставления.</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Долг</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Allocate to the suggestion</source>
        <translation>Распределить по предложению</translation>
    </message>
    <message>
        <source>Suggestions, best first</source>
        <translation>Предложения, лучшие сначала</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>Обновить статус</translation>
    </message>
    <message>
        <source>Payment code (RF)</source>
        <translation>Код оплаты (RF)</translation>
    </message>
    <message>
        <source>On this code</source>
        <translation>По этому коду</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Синхронизация ещё не запускалась.</translation>
    </message>
    <message>
        <source>saved in the system keyring</source>
        <translation>сохранён в системном хранилище ключей</translation>
    </message>
    <message>
        <source>saved in a file only you can read (this PC has no system keyring)</source>
        <translation>сохранён в файле, доступном только вам (на этом компьютере нет системного хранилища паролей)</translation>
    </message>
    <message>
        <source>kept until the program closes</source>
        <translation>хранится до закрытия программы</translation>
    </message>
    <message>
        <source>paste the token from the exchange</source>
        <translation>вставьте токен из сервиса обмена</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>Не удалось сохранить настройки</translation>
    </message>
    <message>
        <source>Bank sync settings saved.</source>
        <translation>Настройки синхронизации с банком сохранены.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected: the exchange answers (version {version}).</source>
        <translation>Подключено: сервис обмена отвечает (версия {version}).</translation>
    </message>
    <message>
        <source>A bank sync is already running.</source>
        <translation>Синхронизация с банком уже идёт.</translation>
    </message>
    <message>
        <source>Done: {booked} booked, {unmatched} unmatched, {duplicates} already known.</source>
        <translation>Готово: проведено {booked}, не сопоставлено {unmatched}, уже известно {duplicates}.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Не завершено</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(без клиента)</translation>
    </message>
    <message>
        <source>Take this amount off the invoice? The money stays with the client as credit.</source>
        <translation>Снять эту сумму со счёта? Деньги останутся у клиента как кредит.</translation>
    </message>
    <message>
        <source>Undone on the bank-sync screen</source>
        <translation>Отменено на экране синхронизации с банком</translation>
    </message>
    <message>
        <source>The allocation could not be undone</source>
        <translation>Не удалось отменить распределение</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>сначала старые</translation>
    </message>
    <message>
        <source>The payment could not be allocated</source>
        <translation>Не удалось распределить платёж</translation>
    </message>
    <message>
        <source>Payment allocated to {client}.</source>
        <translation>Платёж распределён клиенту {client}.</translation>
    </message>
    <message>
        <source>No invoice or client has the code {code}.</source>
        <translation>Ни у одного счёта или клиента нет кода {code}.</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>счёт</translation>
    </message>
    <message>
        <source>client&apos;s open code</source>
        <translation>открытый код клиента</translation>
    </message>
    <message>
        <source>{code} ({kind}): {count} payment(s), {paid} in total.</source>
        <translation>{code} ({kind}): платежей — {count}, всего {paid}.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Export invoices</source>
        <translation>Экспорт счетов</translation>
    </message>
    <message>
        <source>{count} invoices selected.</source>
        <translation>Выбрано счетов: {count}.</translation>
    </message>
    <message>
        <source>One PDF file with all invoices (for printing)</source>
        <translation>Один PDF со всеми счетами (для печати)</translation>
    </message>
    <message>
        <source>One PDF file per invoice, named by number</source>
        <translation>Отдельный PDF на каждый счёт, по номеру</translation>
    </message>
    <message>
        <source>Current state with paid/cancelled stamps (not the originals)</source>
        <translation>Текущее состояние с отметками «оплачен»/«аннулирован» (не оригиналы)</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Файл или папка</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Экспорт в файл</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Экспорт в папку</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Новый пароль ещё раз:</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>RF code for open amounts</source>
        <translation>RF-код для открытых сумм</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Остаток долга</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation>Новый &amp;счёт</translation>
    </message>
    <message>
        <source>Take &amp;payment</source>
        <translation>Принять &amp;оплату</translation>
    </message>
    <message>
        <source>Refund credit…</source>
        <translation>Вернуть аванс…</translation>
    </message>
    <message>
        <source>S&amp;tatement…</source>
        <translation>&amp;Выписка…</translation>
    </message>
    <message>
        <source>Payment s&amp;lip</source>
        <translation>&amp;Квитанция на оплату</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translation>Скопировано: {text}</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Пациент не выбран</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(в архиве)</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Дата рождения {date}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Preview invoice</source>
        <translation>Просмотр счёта</translation>
    </message>
    <message>
        <source>Print invoice…</source>
        <translation>Печать счёта…</translation>
    </message>
    <message>
        <source>Save invoice as PDF…</source>
        <translation>Сохранить счёт как PDF…</translation>
    </message>
    <message>
        <source>Preview receipt</source>
        <translation>Просмотр квитанции</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Печать квитанции…</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Сохранить квитанцию как PDF…</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation>Изменить пациента</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Новый пациент</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Известна</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number: use digits, spaces, + ( ) - and at least 6 digits.</source>
        <translation>«{phone}» не является номером телефона: используйте цифры, пробелы, + ( ) - и не менее 6 цифр.</translation>
    </message>
    <message>
        <source>This may be a patient who is already registered:
{names}

Save anyway?</source>
        <translation>Возможно, этот пациент уже зарегистрирован:
{names}

Всё равно сохранить?</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Client no.</source>
        <translation>№ клиента</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Аванс</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Долг</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Choose a patient</source>
        <translation>Выберите пациента</translation>
    </message>
    <message>
        <source>Name, client number, phone or e-mail</source>
        <translation>Имя, номер клиента, телефон или эл. почта</translation>
    </message>
    <message>
        <source>Choose a patient in the list first (Down or Enter from the search).</source>
        <translation>Сначала выберите пациента в списке (стрелка вниз или Enter из поиска).</translation>
    </message>
    <message>
        <source>Enter or OK chooses the selected patient.</source>
        <translation>Enter или «ОК» выбирает выделенного пациента.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search: name, client number, phone or e-mail</source>
        <translation>Поиск: имя, номер клиента, телефон или эл. почта</translation>
    </message>
    <message>
        <source>Debtors only</source>
        <translation>Только должники</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показывать архивных</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Новый пациент</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Новый пациент</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Новый счёт</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Принять оплату</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>Выписка…</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>Печать выписки…</translation>
    </message>
    <message>
        <source>Save statement as PDF…</source>
        <translation>Сохранить выписку как PDF…</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Квитанция на оплату</translation>
    </message>
    <message>
        <source>Print payment slip…</source>
        <translation>Печать квитанции на оплату…</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translation>Пациентов: {count}</translation>
    </message>
    <message>
        <source>New patient saved</source>
        <translation>Новый пациент сохранён</translation>
    </message>
    <message>
        <source>{name} is saved with client number {number}.</source>
        <translation>{name} сохранён(а) с номером клиента {number}.</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Архивировать пациента</translation>
    </message>
    <message>
        <source>Archive {name}? The patient disappears from the everyday list; the books keep every invoice and payment.</source>
        <translation>Отправить {name} в архив? Пациент исчезнет из повседневного списка; в учёте останутся все счета и платежи.</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This screen is coming soon. It is being built and will appear in a future version.</source>
        <translation>Этот раздел скоро появится: он в разработке и войдёт в одну из следующих версий.</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for {number}</source>
        <translation>Кредит-нота к счёту {number}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>В счёте</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Сторно</translation>
    </message>
    <message>
        <source>or an amount, tax included</source>
        <translation>или сумма с налогом</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Ещё к оплате</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Make credit note</source>
        <translation>Создать кредит-ноту</translation>
    </message>
    <message>
        <source>How many of each line to credit:</source>
        <translation>Сколько по каждой строке сторнировать:</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Кредит-нота</translation>
    </message>
    <message>
        <source>Credit note {number} credits {amount}.</source>
        <translation>Кредит-нота {number} на сумму {amount}.</translation>
    </message>
    <message>
        <source>{amount} already paid is now the patient&apos;s credit.</source>
        <translation>Уже оплаченные {amount} теперь аванс пациента.</translation>
    </message>
</context>
<context>
    <name>DebtorsList</name>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Oldest due date</source>
        <translation>Самый ранний срок</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
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
        <translation>Последнее напоминание</translation>
    </message>
</context>
<context>
    <name>DebtorsPage</name>
    <message>
        <source>Debtors</source>
        <translation>Должники</translation>
    </message>
    <message>
        <source>Search name or client number</source>
        <translation>Поиск по имени или номеру клиента</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 дней</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 дней</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 дней</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>более 90 дней</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Days overdue, at least</source>
        <translation>Дней просрочки, не менее</translation>
    </message>
    <message>
        <source>No overdue balances to show.</source>
        <translation>Просроченных долгов нет.</translation>
    </message>
    <message>
        <source>E-mail, else SMS</source>
        <translation>Эл. почта, иначе SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>With a payment link</source>
        <translation>Со ссылкой на оплату</translation>
    </message>
    <message>
        <source>Send payment link / reminder</source>
        <translation>Отправить ссылку / напоминание</translation>
    </message>
    <message>
        <source>Days between reminders, at least</source>
        <translation>Дней между напоминаниями, не менее</translation>
    </message>
    <message>
        <source>Partly paid: reminders say what remains</source>
        <translation>Частично оплачено: в напоминании указан остаток</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>{count} patients, {amount} overdue</source>
        <translation>Пациентов: {count}, просрочено {amount}</translation>
    </message>
    <message>
        <source>{action} ({count})</source>
        <translation>{action} ({count})</translation>
    </message>
    <message>
        <source>Send a payment reminder to {count} patients now?</source>
        <translation>Отправить напоминание об оплате пациентам ({count}) сейчас?</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>Отправка напоминаний</translation>
    </message>
    <message>
        <source>Sending reminders…</source>
        <translation>Отправка напоминаний…</translation>
    </message>
    <message>
        <source>Failed messages stay in the message log and can be sent again.</source>
        <translation>Неотправленные сообщения остаются в журнале, их можно отправить повторно.</translation>
    </message>
    <message>
        <source>Cancelled: the rest were not reminded.</source>
        <translation>Отменено: остальным напоминания не отправлены.</translation>
    </message>
</context>
<context>
    <name>DeskPaymentDialog</name>
    <message>
        <source>Take payment</source>
        <translation>Принять оплату</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>Oldest due first</source>
        <translation>Сначала самые старые</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Долг</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Оплатить</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Записать платёж</translation>
    </message>
    <message>
        <source>(credit {credit})</source>
        <translation>(кредит {credit})</translation>
    </message>
    <message>
        <source>{amount} is more than the {owed} owed. Keep the rest, {rest}, as the patient&apos;s credit for later invoices?</source>
        <translation>{amount} больше долга {owed}. Оставить остаток {rest} как кредит пациента для будущих счетов?</translation>
    </message>
    <message>
        <source>Then hand back {rest} as change and book {owed}?</source>
        <translation>Тогда выдать {rest} сдачи и провести {owed}?</translation>
    </message>
    <message>
        <source>Nothing was recorded. Say what happens to the {rest} over the amount owed: credit or change.</source>
        <translation>Ничего не записано. Укажите, что делать с {rest} сверх долга: кредит или сдача.</translation>
    </message>
    <message>
        <source>{amount} on {number} ({why})</source>
        <translation>{amount} на {number} ({why})</translation>
    </message>
    <message>
        <source>{amount} kept as credit</source>
        <translation>{amount} оставлено как кредит</translation>
    </message>
    <message>
        <source>Give back {amount} as change</source>
        <translation>Выдать {amount} сдачи</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Платёж записан.</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation>Напечатать квитанцию</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>The file {path} cannot be written: {reason}. Please choose another folder.</source>
        <translation>Не удаётся записать файл {path}: {reason}. Выберите другую папку.</translation>
    </message>
    <message>
        <source>The file {path} already exists. Choose an empty folder; nothing was exported.</source>
        <translation>Файл {path} уже существует. Выберите пустую папку; ничего не экспортировано.</translation>
    </message>
    <message>
        <source>This invoice is a draft. Issue it first, then print it.</source>
        <translation>Этот счёт — черновик. Сначала выставьте его, затем печатайте.</translation>
    </message>
    <message>
        <source>There is no invoice number {number}.</source>
        <translation>Счёта с номером {number} нет.</translation>
    </message>
    <message>
        <source>There is no client number {client_number}.</source>
        <translation>Клиента с номером {client_number} нет.</translation>
    </message>
    <message>
        <source>This payment is not assigned to a client yet, so it has no receipt.</source>
        <translation>Этот платёж ещё не привязан к клиенту, поэтому квитанции нет.</translation>
    </message>
    <message>
        <source>The first day of the period must not be after the last day.</source>
        <translation>Первый день периода не может быть позже последнего.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The document cannot be shown</source>
        <translation>Не удаётся показать документ</translation>
    </message>
    <message>
        <source>Invoice {number} (current state)</source>
        <translation>Счёт {number} (текущее состояние)</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Счёт {number}</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Квитанция {number}</translation>
    </message>
    <message>
        <source>Refund receipt {number}</source>
        <translation>Квитанция о возврате {number}</translation>
    </message>
    <message>
        <source>Statement {start} – {end}</source>
        <translation>Выписка {start} – {end}</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Квитанция на оплату</translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation>Экспорт счетов</translation>
    </message>
    <message>
        <source>There are no issued invoices to export.</source>
        <translation>Нет выставленных счетов для экспорта.</translation>
    </message>
    <message>
        <source>Exporting {count} invoices…</source>
        <translation>Экспорт счетов: {count}…</translation>
    </message>
    <message>
        <source>{count} invoices exported to {path}.</source>
        <translation>Счетов экспортировано: {count}, в {path}.</translation>
    </message>
    <message>
        <source>Export cancelled. No files were written.</source>
        <translation>Экспорт отменён. Файлы не записаны.</translation>
    </message>
    <message>
        <source>Print invoices</source>
        <translation>Печать счетов</translation>
    </message>
    <message>
        <source>Preparing {count} invoices for printing…</source>
        <translation>Подготовка счетов к печати ({count})…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{value}” is not a valid amount.</source>
        <translation>«{value}» — недопустимая сумма.</translation>
    </message>
    <message>
        <source>An amount must be exact; {value} is not accepted.</source>
        <translation>Сумма должна быть точной; {value} не принимается.</translation>
    </message>
    <message>
        <source>{value} has too many decimals: {currency} allows {digits}.</source>
        <translation>В {value} слишком много знаков после запятой: для {currency} допустимо {digits}.</translation>
    </message>
    <message>
        <source>Unknown currency “{currency}”.</source>
        <translation>Неизвестная валюта «{currency}».</translation>
    </message>
    <message>
        <source>Amounts in {left} and {right} cannot be combined.</source>
        <translation>Суммы в {left} и {right} нельзя складывать.</translation>
    </message>
    <message>
        <source>There is nothing to split the amount over.</source>
        <translation>Не на что распределить сумму.</translation>
    </message>
    <message>
        <source>The amount cannot be split in these proportions.</source>
        <translation>Сумму нельзя разделить в таких пропорциях.</translation>
    </message>
    <message>
        <source>“{body}” cannot be used in a payment reference (letters and digits only, up to 21).</source>
        <translation>«{body}» нельзя использовать в коде платежа (только буквы и цифры, не более 21).</translation>
    </message>
    <message>
        <source>{sequence} cannot be turned into a client number.</source>
        <translation>Из {sequence} нельзя получить номер клиента.</translation>
    </message>
    <message>
        <source>“{value}” is not a client number (digits only).</source>
        <translation>«{value}» не является номером клиента (только цифры).</translation>
    </message>
    <message>
        <source>Client number “{value}” has a wrong check digit; please check it for typos.</source>
        <translation>В номере клиента «{value}» неверная контрольная цифра; проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <source>Every invoice line needs a description.</source>
        <translation>У каждой строки счёта должно быть описание.</translation>
    </message>
    <message>
        <source>The quantity {quantity} is not valid.</source>
        <translation>Количество {quantity} недопустимо.</translation>
    </message>
    <message>
        <source>The price {unit_price} cannot be negative.</source>
        <translation>Цена {unit_price} не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The discount {discount} must be between zero and the line amount {gross}.</source>
        <translation>Скидка {discount} должна быть от нуля до суммы строки {gross}.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 and 100%.</source>
        <translation>Ставка НДС должна быть от 0 до 100%.</translation>
    </message>
    <message>
        <source>This invoice cannot be changed that way now.</source>
        <translation>Сейчас этот счёт нельзя изменить таким образом.</translation>
    </message>
    <message>
        <source>The paid amount does not fit this invoice.</source>
        <translation>Оплаченная сумма не соответствует этому счёту.</translation>
    </message>
    <message>
        <source>This allocation has already been undone.</source>
        <translation>Это распределение уже отменено.</translation>
    </message>
    <message>
        <source>The amount to allocate is not valid.</source>
        <translation>Сумма распределения недопустима.</translation>
    </message>
    <message>
        <source>An undo cannot itself be undone; make a new allocation instead.</source>
        <translation>Отмену нельзя отменить; создайте новое распределение.</translation>
    </message>
    <message>
        <source>This allocation no longer exists.</source>
        <translation>Это распределение больше не существует.</translation>
    </message>
    <message>
        <source>Please give a reason for cancelling.</source>
        <translation>Укажите причину отмены.</translation>
    </message>
    <message>
        <source>This client is archived; restore the client first.</source>
        <translation>Этот клиент в архиве; сначала восстановите его.</translation>
    </message>
    <message>
        <source>The birth date {birth_date} is not possible.</source>
        <translation>Дата рождения {birth_date} невозможна.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>«{email}» — недопустимый адрес электронной почты.</translation>
    </message>
    <message>
        <source>Please enter the client&apos;s name.</source>
        <translation>Введите имя клиента.</translation>
    </message>
    <message>
        <source>This client no longer exists.</source>
        <translation>Этот клиент больше не существует.</translation>
    </message>
    <message>
        <source>Demo data needs at least one client.</source>
        <translation>Для демонстрационных данных нужен хотя бы один клиент.</translation>
    </message>
    <message>
        <source>This invoice is cancelled.</source>
        <translation>Этот счёт аннулирован.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>В счёте должна быть хотя бы одна строка.</translation>
    </message>
    <message>
        <source>Only a draft invoice can be changed; an issued one needs a credit note.</source>
        <translation>Изменить можно только черновик счёта; для выставленного нужен кредит-счёт.</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>Этот счёт больше не существует.</translation>
    </message>
    <message>
        <source>Invoice {number} is not open for payment.</source>
        <translation>Счёт {number} не ожидает оплаты.</translation>
    </message>
    <message>
        <source>This invoice belongs to another client.</source>
        <translation>Этот счёт принадлежит другому клиенту.</translation>
    </message>
    <message>
        <source>Paying {paid} would exceed the invoice total {total}.</source>
        <translation>Оплата {paid} превысит сумму счёта {total}.</translation>
    </message>
    <message>
        <source>The payment amount {amount} cannot be matched.</source>
        <translation>Сумму платежа {amount} нельзя сопоставить.</translation>
    </message>
    <message>
        <source>This client owes nothing at the moment.</source>
        <translation>Сейчас этот клиент ничего не должен.</translation>
    </message>
    <message>
        <source>This payment has already been reversed.</source>
        <translation>Этот платёж уже сторнирован.</translation>
    </message>
    <message>
        <source>Only {available} of this payment is still free to allocate.</source>
        <translation>Из этого платежа для распределения свободно только {available}.</translation>
    </message>
    <message>
        <source>The payment amount {amount} is not valid.</source>
        <translation>Сумма платежа {amount} недопустима.</translation>
    </message>
    <message>
        <source>“{method}” is not a known payment method.</source>
        <translation>«{method}» — неизвестный способ оплаты.</translation>
    </message>
    <message>
        <source>Choose what to do with the overpayment.</source>
        <translation>Выберите, что сделать с переплатой.</translation>
    </message>
    <message>
        <source>“{source}” is not a known payment source.</source>
        <translation>«{source}» — неизвестный источник платежа.</translation>
    </message>
    <message>
        <source>A payment from {source} needs its transaction id.</source>
        <translation>Платежу из {source} нужен идентификатор транзакции.</translation>
    </message>
    <message>
        <source>A reversal cannot itself be reversed.</source>
        <translation>Сторно нельзя сторнировать.</translation>
    </message>
    <message>
        <source>This payment no longer exists.</source>
        <translation>Этот платёж больше не существует.</translation>
    </message>
    <message>
        <source>This payment has been reversed and cannot be used.</source>
        <translation>Этот платёж сторнирован и не может быть использован.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Укажите причину.</translation>
    </message>
    <message>
        <source>The reversal amount {amount} does not match the original payment.</source>
        <translation>Сумма сторно {amount} не совпадает с исходным платежом.</translation>
    </message>
    <message>
        <source>The reversed payment {external_id} from {source} is not in the books.</source>
        <translation>Сторнируемого платежа {external_id} из {source} нет в учёте.</translation>
    </message>
    <message>
        <source>A service needs a code and a name.</source>
        <translation>У услуги должны быть код и название.</translation>
    </message>
    <message>
        <source>This service no longer exists.</source>
        <translation>Эта услуга больше не существует.</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>Резервной копии {path} не существует.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself ({path}).</source>
        <translation>Нельзя записать резервную копию поверх самой базы данных ({path}).</translation>
    </message>
    <message>
        <source>Backups from here work for a database file only; back up the server {url} with its own tools.</source>
        <translation>Отсюда можно сохранить только файл базы данных; сервер {url} копируйте его собственными средствами.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file to restore into.</source>
        <translation>{path} уже существует; выберите новый файл для восстановления.</translation>
    </message>
    <message>
        <source>The service code {code} is already in use.</source>
        <translation>Код услуги {code} уже используется.</translation>
    </message>
    <message>
        <source>Choose where the documents should go.</source>
        <translation>Выберите, куда направить документы.</translation>
    </message>
    <message>
        <source>No client has the number {client_number}.</source>
        <translation>Нет клиента с номером {client_number}.</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}</source>
        <translation>Не удалось прочитать файл {file}: {reason}</translation>
    </message>
    <message>
        <source>Reading the file {file} stopped part way. What was booked is kept; import the file again to book the rest.</source>
        <translation>Чтение файла {file} прервалось на середине. Уже проведённое сохранено; импортируйте файл ещё раз, чтобы провести остальное.</translation>
    </message>
    <message>
        <source>This invoice has not been issued yet.</source>
        <translation>Этот счёт ещё не выставлен.</translation>
    </message>
    <message>
        <source>There is no invoice {number}.</source>
        <translation>Счёта {number} нет.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} уже существует.</translation>
    </message>
    <message>
        <source>This payment is not matched to a client yet.</source>
        <translation>Этот платёж ещё не сопоставлен с клиентом.</translation>
    </message>
    <message>
        <source>The statement reverses a payment that is not in the books.</source>
        <translation>Выписка сторнирует платёж, которого нет в учёте.</translation>
    </message>
    <message>
        <source>The report period from {date_from} to {date_to} ends before it starts.</source>
        <translation>Период отчёта с {date_from} по {date_to} заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>“{time_zone}” is not a known time zone.</source>
        <translation>«{time_zone}» — неизвестный часовой пояс.</translation>
    </message>
    <message>
        <source>The period from {date_from} to {date_to} is not valid.</source>
        <translation>Период с {date_from} по {date_to} недопустим.</translation>
    </message>
    <message>
        <source>The statement folder {folder} does not exist.</source>
        <translation>Папки выписок {folder} не существует.</translation>
    </message>
    <message>
        <source>The file {file} uses XML features that are not allowed (line {line}).</source>
        <translation>Файл {file} использует недопустимые возможности XML (строка {line}).</translation>
    </message>
    <message>
        <source>The file {file} is not valid XML.</source>
        <translation>Файл {file} не является корректным XML.</translation>
    </message>
    <message>
        <source>The file {file} is cut off; download it from the bank again.</source>
        <translation>Файл {file} обрезан; загрузите его из банка ещё раз.</translation>
    </message>
    <message>
        <source>The file {file} has an unreadable amount (line {line}).</source>
        <translation>В файле {file} нечитаемая сумма (строка {line}).</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>Файл {file} пуст.</translation>
    </message>
    <message>
        <source>The file {file} is too large to import.</source>
        <translation>Файл {file} слишком велик для импорта.</translation>
    </message>
    <message>
        <source>The statement {file} is in {found}, but the clinic works in {expected}.</source>
        <translation>Выписка {file} в валюте {found}, а клиника работает в {expected}.</translation>
    </message>
    <message>
        <source>“{format}” is not a known registry format.</source>
        <translation>«{format}» — неизвестный формат реестра.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a known text encoding.</source>
        <translation>«{encoding}» — неизвестная кодировка.</translation>
    </message>
    <message>
        <source>There are no open charges to export.</source>
        <translation>Нет открытых начислений для выгрузки.</translation>
    </message>
    <message>
        <source>The charges are in several currencies ({currencies}); export one currency at a time.</source>
        <translation>Начисления в нескольких валютах ({currencies}); выгружайте по одной валюте.</translation>
    </message>
    <message>
        <source>The charge for account {account} is negative and cannot be sent to the bank.</source>
        <translation>Начисление по счёту {account} отрицательное и не может быть отправлено в банк.</translation>
    </message>
    <message>
        <source>The {field} of account {account} contains a character the bank cannot accept.</source>
        <translation>Поле {field} счёта {account} содержит символ, который банк не принимает.</translation>
    </message>
    <message>
        <source>Account {account} has text that cannot be written in {encoding}.</source>
        <translation>В данных счёта {account} есть текст, который нельзя записать в кодировке {encoding}.</translation>
    </message>
    <message>
        <source>“{delimiter}” cannot be used as the column separator.</source>
        <translation>«{delimiter}» нельзя использовать как разделитель столбцов.</translation>
    </message>
    <message>
        <source>The link amount {amount} is not valid.</source>
        <translation>Сумма ссылки {amount} недопустима.</translation>
    </message>
    <message>
        <source>The patient for this link no longer exists.</source>
        <translation>Пациента для этой ссылки больше не существует.</translation>
    </message>
    <message>
        <source>The expiry date {expires} is already in the past.</source>
        <translation>Срок действия {expires} уже прошёл.</translation>
    </message>
    <message>
        <source>The invoice for this link no longer exists.</source>
        <translation>Счёта для этой ссылки больше не существует.</translation>
    </message>
    <message>
        <source>A payment link can only be made for an open invoice.</source>
        <translation>Ссылку на оплату можно создать только для неоплаченного счёта.</translation>
    </message>
    <message>
        <source>The patient has no address to send this link to.</source>
        <translation>У пациента нет адреса для отправки этой ссылки.</translation>
    </message>
    <message>
        <source>This payment link no longer exists.</source>
        <translation>Этой ссылки на оплату больше не существует.</translation>
    </message>
    <message>
        <source>This link has not reached the exchange yet; sync first.</source>
        <translation>Эта ссылка ещё не передана на сервис обмена; сначала выполните синхронизацию.</translation>
    </message>
    <message>
        <source>Nothing is due on this invoice.</source>
        <translation>По этому счёту ничего не причитается.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid sender e-mail address.</source>
        <translation>«{address}» — недопустимый адрес отправителя.</translation>
    </message>
    <message>
        <source>“{channel}” is not a known way to send messages.</source>
        <translation>«{channel}» — неизвестный способ отправки сообщений.</translation>
    </message>
    <message>
        <source>“{security}” is not a known mail connection security.</source>
        <translation>«{security}» — неизвестный тип защиты почтового соединения.</translation>
    </message>
    <message>
        <source>The patient has no {channel} address.</source>
        <translation>У пациента нет адреса для канала {channel}.</translation>
    </message>
    <message>
        <source>This message cannot be sent again.</source>
        <translation>Это сообщение нельзя отправить повторно.</translation>
    </message>
    <message>
        <source>“{channel}” is not a known way to send reminders.</source>
        <translation>«{channel}» — неизвестный способ отправки напоминаний.</translation>
    </message>
    <message>
        <source>Reminders must be at least {days} day(s) apart; choose a valid interval.</source>
        <translation>Напоминания должны отправляться с интервалом не менее {days} дн.; выберите допустимый интервал.</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number an SMS can go to.</source>
        <translation>«{phone}» — не номер телефона, на который можно отправить SMS.</translation>
    </message>
    <message>
        <source>Invoice {number} is already credited by {credited}; credit what is left by lines or an amount.</source>
        <translation>По счёту {number} уже выставлен кредит на {credited}; оставшееся сторнируйте по строкам или суммой.</translation>
    </message>
    <message>
        <source>Choose the lines to credit, or an amount.</source>
        <translation>Выберите строки для кредит-ноты или укажите сумму.</translation>
    </message>
    <message>
        <source>There is nothing to credit on invoice {number}.</source>
        <translation>По счёту {number} нечего сторнировать.</translation>
    </message>
    <message>
        <source>A credit of {amount} is more than the {left} left on invoice {number}; nothing was credited.</source>
        <translation>Кредит на {amount} больше остатка {left} по счёту {number}; ничего не сторнировано.</translation>
    </message>
    <message>
        <source>Invoice {number} has no line {line}.</source>
        <translation>В счёте {number} нет строки {line}.</translation>
    </message>
    <message>
        <source>Line {line} ({description}) of invoice {number} has only {left} left to credit, not {quantity}; nothing was credited.</source>
        <translation>В строке {line} ({description}) счёта {number} для сторно осталось только {left}, а не {quantity}; ничего не сторнировано.</translation>
    </message>
    <message>
        <source>{amount} cannot be credited to the cent at the VAT rate {rate}; please adjust it by a cent.</source>
        <translation>{amount} нельзя сторнировать с точностью до цента при ставке НДС {rate}; измените сумму на один цент.</translation>
    </message>
    <message>
        <source>{amount} of this payment was already refunded to the patient; it cannot be reversed.</source>
        <translation>{amount} из этого платежа уже возвращено пациенту; его нельзя сторнировать.</translation>
    </message>
    <message>
        <source>This refund no longer exists.</source>
        <translation>Этот возврат больше не существует.</translation>
    </message>
    <message>
        <source>A refund is paid in cash or by bank transfer.</source>
        <translation>Возврат выплачивается наличными или банковским переводом.</translation>
    </message>
    <message>
        <source>The refund amount {amount} must be more than zero.</source>
        <translation>Сумма возврата {amount} должна быть больше нуля.</translation>
    </message>
    <message>
        <source>A refund of {amount} is more than the patient&apos;s credit of {credit}; nothing was refunded.</source>
        <translation>Возврат {amount} больше аванса пациента {credit}; ничего не возвращено.</translation>
    </message>
    <message>
        <source>A refund by bank transfer needs the payee&apos;s IBAN.</source>
        <translation>Для возврата банковским переводом нужен IBAN получателя.</translation>
    </message>
    <message>
        <source>“{bic}” is not a valid BIC.</source>
        <translation>«{bic}» — недействительный BIC.</translation>
    </message>
    <message>
        <source>A refund by bank transfer needs the payee&apos;s name.</source>
        <translation>Для возврата банковским переводом нужно имя получателя.</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s IBAN in the settings before exporting bank transfers.</source>
        <translation>Перед выгрузкой банковских переводов укажите IBAN клиники в настройках.</translation>
    </message>
    <message>
        <source>There are no bank-transfer refunds on {day}.</source>
        <translation>За {day} нет возвратов банковским переводом.</translation>
    </message>
    <message>
        <source>A SEPA transfer file needs at least one transfer.</source>
        <translation>Файл переводов SEPA должен содержать хотя бы один перевод.</translation>
    </message>
    <message>
        <source>SEPA transfers are in euro only, not {currency}.</source>
        <translation>Переводы SEPA возможны только в евро, не в {currency}.</translation>
    </message>
    <message>
        <source>A SEPA transfer of {amount} is not possible.</source>
        <translation>Перевод SEPA на сумму {amount} невозможен.</translation>
    </message>
    <message>
        <source>“{iban}” is not a valid IBAN; please check it for typos.</source>
        <translation>«{iban}» — недопустимый IBAN; проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <source>“{bic}” is not a valid BIC (8 or 11 letters and digits).</source>
        <translation>«{bic}» — недопустимый BIC (8 или 11 букв и цифр).</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Срок оплаты должен быть от 0 до 365 дней.</translation>
    </message>
    <message>
        <source>The invoice series must be 1 to 10 Latin letters or digits.</source>
        <translation>Серия счетов должна состоять из 1–10 латинских букв или цифр.</translation>
    </message>
    <message>
        <source>“{path}” is not an image file.</source>
        <translation>«{path}» не является изображением.</translation>
    </message>
    <message>
        <source>“{calendar}” is not a calendar USU Desktop knows.</source>
        <translation>«{calendar}» — неизвестный USU Desktop календарь.</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program. Close it and try again.</source>
        <translation>База данных {path} заблокирована другой программой. Закройте её и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Check the file&apos;s permissions.</source>
        <translation>База данных {path} доступна только для чтения. Проверьте права доступа к файлу.</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer version of USU Desktop. Please update the program.</source>
        <translation>База данных {path} создана более новой версией USU Desktop. Обновите программу.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>База данных {path} повреждена и не может быть открыта. Восстановите её из резервной копии.</translation>
    </message>
    <message>
        <source>The database server {path} cannot be reached. Check the network and try again.</source>
        <translation>Сервер базы данных {path} недоступен. Проверьте сеть и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The database {path} needs the driver “{driver}”, which is not installed.</source>
        <translation>Для базы данных {path} нужен драйвер «{driver}», но он не установлен.</translation>
    </message>
    <message>
        <source>The file {path} is not a USU Desktop database.</source>
        <translation>Файл {path} не является базой данных USU Desktop.</translation>
    </message>
    <message>
        <source>A backup named {path} already exists.</source>
        <translation>Резервная копия {path} уже существует.</translation>
    </message>
    <message>
        <source>The file {path} is not a USU Desktop backup.</source>
        <translation>Файл {path} не является резервной копией USU Desktop.</translation>
    </message>
    <message>
        <source>The backup {path} could not be written.</source>
        <translation>Не удалось записать резервную копию {path}.</translation>
    </message>
    <message>
        <source>The token cannot be kept: the system keyring refused it, or the file that holds it cannot be read or written.</source>
        <translation>Токен нельзя сохранить: системное хранилище паролей отказало, или файл с ним нельзя прочитать или записать.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a user name (up to 80 characters, not starting with “admin:”).</source>
        <translation>«{name}» не может быть именем пользователя (до 80 символов, не начиная с «admin:»).</translation>
    </message>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>Пароль должен содержать не менее {min} символов.</translation>
    </message>
    <message>
        <source>The first user of the clinic must be an administrator.</source>
        <translation>Первый пользователь клиники должен быть администратором.</translation>
    </message>
    <message>
        <source>There is already a user called “{name}”.</source>
        <translation>Пользователь «{name}» уже есть.</translation>
    </message>
    <message>
        <source>There is no user called “{name}”.</source>
        <translation>Пользователя «{name}» нет.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Signing in automatically is off now that this clinic has more than one user.</source>
        <translation>Автоматический вход отключён: в клинике теперь больше одного пользователя.</translation>
    </message>
    <message>
        <source>{name} is the only administrator left and cannot be disabled; make another one first.</source>
        <translation>{name} — единственный администратор, его нельзя отключить; сначала назначьте другого.</translation>
    </message>
    <message>
        <source>The user name or the password is not right. Please try again.</source>
        <translation>Имя пользователя или пароль неверны. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The user {name} has been disabled; please ask an administrator.</source>
        <translation>Пользователь {name} отключён; обратитесь к администратору.</translation>
    </message>
    <message>
        <source>“{role}” is not a role; use receptionist, manager or administrator.</source>
        <translation>«{role}» — не роль; используйте receptionist, manager или administrator.</translation>
    </message>
    <message>
        <source>Your role may not change patients.</source>
        <translation>Вашей роли нельзя изменять пациентов.</translation>
    </message>
    <message>
        <source>Your role may not make invoices.</source>
        <translation>Вашей роли нельзя выставлять счета.</translation>
    </message>
    <message>
        <source>Your role may not take payments at the desk.</source>
        <translation>Вашей роли нельзя принимать оплату на стойке.</translation>
    </message>
    <message>
        <source>Your role may not print receipts.</source>
        <translation>Вашей роли нельзя печатать квитанции.</translation>
    </message>
    <message>
        <source>Your role may not make payment links.</source>
        <translation>Вашей роли нельзя создавать ссылки на оплату.</translation>
    </message>
    <message>
        <source>Your role may not send reminders.</source>
        <translation>Вашей роли нельзя отправлять напоминания.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may cancel an invoice or issue a credit note.</source>
        <translation>Отменить счёт или выставить кредит-ноту может только менеджер или администратор.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may reverse a payment or refund it.</source>
        <translation>Сторнировать или вернуть оплату может только менеджер или администратор.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may undo a match or match a payment by hand.</source>
        <translation>Отменить сопоставление или сопоставить оплату вручную может только менеджер или администратор.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may see the reports.</source>
        <translation>Отчёты доступны только менеджеру или администратору.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may close the day.</source>
        <translation>Закрыть день может только менеджер или администратор.</translation>
    </message>
    <message>
        <source>Only an administrator may change the clinic settings.</source>
        <translation>Изменять настройки клиники может только администратор.</translation>
    </message>
    <message>
        <source>Only an administrator may change the bank or exchange connection.</source>
        <translation>Изменять подключение к банку или шлюзу может только администратор.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>Управлять пользователями может только администратор.</translation>
    </message>
    <message>
        <source>Only an administrator may back up or restore the books.</source>
        <translation>Создавать и восстанавливать резервные копии может только администратор.</translation>
    </message>
    <message>
        <source>The operation was refused ({code}).</source>
        <translation>Операция отклонена ({code}).</translation>
    </message>
    <message>
        <source>An unexpected error occurred: {detail}</source>
        <translation>Произошла непредвиденная ошибка: {detail}</translation>
    </message>
    <message>
        <source>The file {path} could not be used: {detail}</source>
        <translation>Не удалось использовать файл {path}: {detail}</translation>
    </message>
    <message>
        <source>The exchange address is not set. Enter it on the Connection tab.</source>
        <translation>Адрес сервиса обмена не задан. Укажите его на вкладке «Подключение».</translation>
    </message>
    <message>
        <source>The file {file} is not a bank statement in a known format (camt.052, camt.053, camt.054, MT940, MT942).</source>
        <translation>Файл {file} не является банковской выпиской известного формата (camt.052, camt.053, camt.054, MT940, MT942).</translation>
    </message>
    <message>
        <source>The file {file} lacks the required field {field} (line {line}).</source>
        <translation>В файле {file} нет обязательного поля {field} (строка {line}).</translation>
    </message>
    <message>
        <source>The file {file} holds several accounts and none of them is the clinic&apos;s. Enter the clinic&apos;s IBAN in Settings, or import a file of the clinic&apos;s account.</source>
        <translation>В файле {file} несколько счетов, и ни один из них не счёт клиники. Укажите IBAN клиники в настройках или импортируйте файл счёта клиники.</translation>
    </message>
    <message>
        <source>No access token is saved for this desk. Enter the token on the Connection tab.</source>
        <translation>Для этого рабочего места не сохранён токен доступа. Введите его на вкладке «Подключение».</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 1440 minutes.</source>
        <translation>Интервал должен быть от 1 до 1440 минут.</translation>
    </message>
    <message>
        <source>The exchange {url} cannot be reached. Check the address and the internet connection.</source>
        <translation>Сервис обмена {url} недоступен. Проверьте адрес и подключение к интернету.</translation>
    </message>
    <message>
        <source>The exchange {url} did not answer in time.</source>
        <translation>Сервис обмена {url} не ответил вовремя.</translation>
    </message>
    <message>
        <source>The exchange refused the access token. Enter the token again.</source>
        <translation>Сервис обмена отклонил токен доступа. Введите токен заново.</translation>
    </message>
    <message>
        <source>The exchange had an internal error (HTTP {status}). It will be tried again later.</source>
        <translation>Внутренняя ошибка сервиса обмена (HTTP {status}). Попытка будет повторена позже.</translation>
    </message>
    <message>
        <source>The exchange answered something unexpected. Check the address.</source>
        <translation>Сервис обмена ответил неожиданно. Проверьте адрес.</translation>
    </message>
    <message>
        <source>The exchange refused the request ({server_code}).</source>
        <translation>Сервис обмена отклонил запрос ({server_code}).</translation>
    </message>
    <message>
        <source>Use an https:// address; plain http is only allowed to this computer.</source>
        <translation>Используйте адрес https://; обычный http допустим только для этого компьютера.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>«{url}» не является веб-адресом.</translation>
    </message>
    <message>
        <source>E-mail sending is not set up. Enter the mail server on the Sending tab of Payment links.</source>
        <translation>Отправка электронной почты не настроена. Укажите почтовый сервер на вкладке «Отправка» раздела «Ссылки на оплату».</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer an encrypted connection, so nothing was sent.</source>
        <translation>Почтовый сервер {host} не поддерживает шифрованное соединение, поэтому ничего не отправлено.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the user name or password.</source>
        <translation>Почтовый сервер {host} отклонил имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The mail server {host} cannot be reached. Check the address, the port and the internet connection.</source>
        <translation>Почтовый сервер {host} недоступен. Проверьте адрес, порт и подключение к интернету.</translation>
    </message>
    <message>
        <source>The mail server refused the message (code {status}).</source>
        <translation>Почтовый сервер отклонил сообщение (код {status}).</translation>
    </message>
    <message>
        <source>SMS sending is not set up. Enter the SMS gateway on the Sending tab of Payment links.</source>
        <translation>Отправка SMS не настроена. Укажите SMS-шлюз на вкладке «Отправка» раздела «Ссылки на оплату».</translation>
    </message>
    <message>
        <source>Use an https:// address for the SMS gateway {host}.</source>
        <translation>Используйте адрес https:// для SMS-шлюза {host}.</translation>
    </message>
    <message>
        <source>The SMS gateway cannot be reached. Check the address and the internet connection.</source>
        <translation>SMS-шлюз недоступен. Проверьте адрес и подключение к интернету.</translation>
    </message>
    <message>
        <source>The SMS gateway refused the message (HTTP {status}).</source>
        <translation>SMS-шлюз отклонил сообщение (HTTP {status}).</translation>
    </message>
    <message>
        <source>The bank QR code is for euro payments only; this amount is in {currency}.</source>
        <translation>Банковский QR-код подходит только для платежей в евро; эта сумма в {currency}.</translation>
    </message>
    <message>
        <source>The amount {amount} cannot go into a bank QR code (0.01 to 999,999,999.99 EUR).</source>
        <translation>Сумму {amount} нельзя поместить в банковский QR-код (от 0,01 до 999 999 999,99 EUR).</translation>
    </message>
    <message>
        <source>The clinic name “{name}” cannot go into a bank QR code; correct it in Settings.</source>
        <translation>Название клиники «{name}» нельзя поместить в банковский QR-код; исправьте его в настройках.</translation>
    </message>
    <message>
        <source>The payment details are too long for a bank QR code.</source>
        <translation>Платёжные реквизиты слишком длинные для банковского QR-кода.</translation>
    </message>
    <message>
        <source>“{rf}” is not a valid RF payment code.</source>
        <translation>«{rf}» — недействительный платёжный код RF.</translation>
    </message>
    <message>
        <source>A font the documents need is missing: {path}. Please reinstall USU Desktop.</source>
        <translation>Отсутствует шрифт, нужный для документов: {path}. Переустановите USU Desktop.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}. Please choose another folder.</source>
        <translation>Не удаётся записать файл {path}: {reason}. Выберите другую папку.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Welcome: the administrator</source>
        <translation>Добро пожаловать: администратор</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Choose the name and password of the clinic&apos;s administrator. The administrator adds the other users and may change every setting.</source>
        <translation>Выберите имя и пароль администратора клиники. Администратор добавляет остальных пользователей и может менять любые настройки.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Creating patients…</source>
        <translation>Создание пациентов…</translation>
    </message>
    <message>
        <source>Creating invoices and payments…</source>
        <translation>Создание счетов и платежей…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Welcome to USU Desktop</source>
        <translation>Добро пожаловать в USU Desktop</translation>
    </message>
    <message>
        <source>A new, empty database has been created.

Would you like to fill it with demo clients, invoices and payments to try the program? You can start a clean database later.</source>
        <translation>Создана новая пустая база данных.

Заполнить её демонстрационными клиентами, счетами и платежами, чтобы попробовать программу? Чистую базу можно создать позже.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Создание демонстрационных данных…</translation>
    </message>
    <message>
        <source>Demo data could not be created</source>
        <translation>Не удалось создать демонстрационные данные</translation>
    </message>
    <message>
        <source>Creating demo data was cancelled.</source>
        <translation>Создание демонстрационных данных отменено.</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Service from the price list</source>
        <translation>Услуга из прейскуранта</translation>
    </message>
    <message>
        <source>&amp;Add service</source>
        <translation>&amp;Добавить услугу</translation>
    </message>
    <message>
        <source>Add &amp;free line</source>
        <translation>Добавить &amp;произвольную строку</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Выставить…</translation>
    </message>
    <message>
        <source>Cancel &amp;invoice…</source>
        <translation>Аннулировать &amp;счёт…</translation>
    </message>
    <message>
        <source>Cre&amp;dit note…</source>
        <translation>Кре&amp;дит-нота…</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>Принять &amp;оплату…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>П&amp;росмотр</translation>
    </message>
    <message>
        <source>Patient: {name} ({number})</source>
        <translation>Пациент: {name} ({number})</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Новый счёт</translation>
    </message>
    <message>
        <source>Draft (not saved)</source>
        <translation>Черновик (не сохранён)</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Черновик счёта</translation>
    </message>
    <message>
        <source>No service on the price list matches “{text}”.</source>
        <translation>В прейскуранте нет услуги, подходящей под «{text}».</translation>
    </message>
    <message>
        <source>Line {n}: {problem}</source>
        <translation>Строка {n}: {problem}</translation>
    </message>
    <message>
        <source>Lines {lines} · Discount {discount} · Without VAT {untaxed} · VAT {tax} · Total {total}</source>
        <translation>Строки {lines} · Скидка {discount} · Без НДС {untaxed} · НДС {tax} · Итого {total}</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>Сохранить счёт</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Выставить счёт</translation>
    </message>
    <message>
        <source>Issue this invoice for {total}? It gets its number and cannot be changed afterwards; a mistake is then corrected by a credit note.</source>
        <translation>Выставить этот счёт на {total}? Он получит номер и больше не изменится; ошибку потом исправляют кредит-счётом.</translation>
    </message>
    <message>
        <source>{credit} of the patient&apos;s credit was used on {number}.</source>
        <translation>На счёт {number} использовано {credit} из кредита пациента.</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Аннулировать счёт</translation>
    </message>
    <message>
        <source>Why is {number} cancelled?</source>
        <translation>Почему счёт {number} аннулируется?</translation>
    </message>
    <message>
        <source>Credit note {number} was made. What was paid on the invoice is now the patient&apos;s credit.</source>
        <translation>Создан кредит-счёт {number}. Оплаченное по счёту теперь является кредитом пациента.</translation>
    </message>
</context>
<context>
    <name>InvoiceList</name>
    <message>
        <source>Due</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Due amount</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Search: invoice number, patient name or number</source>
        <translation>Поиск: номер счёта, имя или номер пациента</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Все счета</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Выставлены с</translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation>Новый &amp;счёт</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Экспорт выбранных…</translation>
    </message>
    <message>
        <source>Export all shown…</source>
        <translation>Экспорт всех показанных…</translation>
    </message>
    <message>
        <source>Preview current state (with paid stamp)</source>
        <translation>Просмотр текущего состояния (с отметкой об оплате)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Новый счёт</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Принять оплату</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>{count} invoices · Total {total} · Paid {paid} · Due {due}</source>
        <translation>Счетов: {count} · Итого {total} · Оплачено {paid} · К оплате {due}</translation>
    </message>
    <message>
        <source>Print all shown…</source>
        <translation>Печать всех показанных…</translation>
    </message>
    <message>
        <source>Print invoices</source>
        <translation>Печать счетов</translation>
    </message>
    <message>
        <source>There are no issued invoices to print.</source>
        <translation>Нет выставленных счетов для печати.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Payment link paid: {title} ({amount})</source>
        <translation>Оплачено по ссылке: {title} ({amount})</translation>
    </message>
    <message>
        <source>Payment link partly paid: {title} ({amount} so far)</source>
        <translation>Частичная оплата по ссылке: {title} (пока {amount})</translation>
    </message>
    <message>
        <source>Payment link expired: {title}</source>
        <translation>Срок ссылки на оплату истёк: {title}</translation>
    </message>
    <message>
        <source>Payment link changed: {title}</source>
        <translation>Ссылка на оплату изменилась: {title}</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>Ссылки на оплату</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Частично оплачена</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекла</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Skipped: paid meanwhile</source>
        <translation>Пропущено: уже оплачено</translation>
    </message>
    <message>
        <source>Skipped: client credit covers the debt</source>
        <translation>Пропущено: долг покрыт авансом пациента</translation>
    </message>
    <message>
        <source>Skipped: reminded recently</source>
        <translation>Пропущено: недавно напоминали</translation>
    </message>
    <message>
        <source>Skipped: no e-mail or phone</source>
        <translation>Пропущено: нет почты и телефона</translation>
    </message>
    <message>
        <source>Would be sent</source>
        <translation>Будет отправлено</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
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
        <translation>Ссылки на оплату</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>No payment links yet. Make one with “New link…”.</source>
        <translation>Ссылок на оплату пока нет. Создайте ссылку кнопкой «Новая ссылка…».</translation>
    </message>
    <message>
        <source>New link…</source>
        <translation>Новая ссылка…</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Отправить по почте</translation>
    </message>
    <message>
        <source>Send by SMS</source>
        <translation>Отправить SMS</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Копировать адрес</translation>
    </message>
    <message>
        <source>Cancel link</source>
        <translation>Отменить ссылку</translation>
    </message>
    <message>
        <source>Update statuses</source>
        <translation>Обновить статусы</translation>
    </message>
    <message>
        <source>payer chooses</source>
        <translation>выбирает плательщик</translation>
    </message>
    <message>
        <source>New payment link</source>
        <translation>Новая ссылка на оплату</translation>
    </message>
    <message>
        <source>Payment link made: {url}</source>
        <translation>Ссылка на оплату создана: {url}</translation>
    </message>
    <message>
        <source>Send payment link</source>
        <translation>Отправка ссылки на оплату</translation>
    </message>
    <message>
        <source>Sent by {channel}</source>
        <translation>Отправлено: {channel}</translation>
    </message>
    <message>
        <source>Not sent: {reason}
The message is in the log and can be sent again.</source>
        <translation>Не отправлено: {reason}
Сообщение сохранено в журнале, его можно отправить повторно.</translation>
    </message>
    <message>
        <source>Cancel this payment link? It will refuse payment from now on.</source>
        <translation>Отменить эту ссылку на оплату? С этого момента оплата по ней будет невозможна.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>No messages sent yet.</source>
        <translation>Сообщения ещё не отправлялись.</translation>
    </message>
    <message>
        <source>Send failed messages again</source>
        <translation>Повторить неотправленные</translation>
    </message>
    <message>
        <source>{sent} of {count} messages sent</source>
        <translation>Отправлено {sent} из {count} сообщений</translation>
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
        <translation>Нет (только этот компьютер)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>Эл. почта (SMTP)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>SMS-шлюз</translation>
    </message>
    <message>
        <source>Address template</source>
        <translation>Шаблон адреса</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Имя отправителя</translation>
    </message>
    <message>
        <source>Sending settings saved</source>
        <translation>Настройки отправки сохранены</translation>
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
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>С&amp;менить пользователя…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About USU Desktop</source>
        <translation>&amp;О программе USU Desktop</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>База данных: {name}</translation>
    </message>
    <message>
        <source>Clinic name not set</source>
        <translation>Название клиники не задано</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Синхронизации ещё не было</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Вход выполнен: {name} ({role})</translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation>Перейти: {page}</translation>
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
        <translation>Новая ссылка на оплату</translation>
    </message>
    <message>
        <source>For an invoice (what is still owed)</source>
        <translation>По счёту (неоплаченный остаток)</translation>
    </message>
    <message>
        <source>For a patient (everything owed)</source>
        <translation>Для пациента (весь долг)</translation>
    </message>
    <message>
        <source>Free amount (the payer chooses)</source>
        <translation>Свободная сумма (выбирает плательщик)</translation>
    </message>
    <message>
        <source>The payer may pay part of it</source>
        <translation>Можно оплатить частично</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Сумма ({currency})</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Наименьшая сумма</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Наибольшая сумма</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Номер счёта</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>Client number (optional)</source>
        <translation>Номер клиента (необязательно)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Bank sync</source>
        <translation>Синхронизация с банком</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прейскурант</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>Банковские выписки</translation>
    </message>
    <message>
        <source>Debtors</source>
        <translation>Должники</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>Ссылки на оплату</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
</context>
<context>
    <name>PaymentList</name>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Сопоставлен</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>On invoices</source>
        <translation>На счета</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Время оплаты</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Сторно</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Сторнирован</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>To credit</source>
        <translation>В аванс</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Не сопоставлен</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Search: payer, text, RF code or transaction id</source>
        <translation>Поиск: плательщик, текст, RF-код или номер транзакции</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>Unmatched only</source>
        <translation>Только несопоставленные</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Оплачено с</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>Принять &amp;оплату…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Undo allocation…</source>
        <translation>&amp;Отменить распределение…</translation>
    </message>
    <message>
        <source>&amp;Reverse payment…</source>
        <translation>&amp;Сторнировать платёж…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Печать квитанции…</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Сохранить квитанцию как PDF…</translation>
    </message>
    <message>
        <source>Reverse payment…</source>
        <translation>Сторнировать платёж…</translation>
    </message>
    <message>
        <source>{count} payments</source>
        <translation>Платежей: {count}</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Принять оплату</translation>
    </message>
    <message>
        <source>undo of an earlier allocation</source>
        <translation>отмена прежнего распределения</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>Select a payment to see where its money went.</source>
        <translation>Выберите платёж, чтобы увидеть, куда пошли деньги.</translation>
    </message>
    <message>
        <source>{amount} from {who}: on invoices {allocated}, to credit {credit}</source>
        <translation>{amount} от {who}: на счета {allocated}, в кредит {credit}</translation>
    </message>
    <message>
        <source>Undo allocation</source>
        <translation>Отменить распределение</translation>
    </message>
    <message>
        <source>Select an active allocation first.</source>
        <translation>Сначала выберите действующее распределение.</translation>
    </message>
    <message>
        <source>Why is {amount} taken off {number}? The money stays with the patient as credit.</source>
        <translation>Почему {amount} снимается со счёта {number}? Деньги останутся у пациента как кредит.</translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation>Сторнировать платёж</translation>
    </message>
    <message>
        <source>Why is the payment of {amount} reversed? Its allocations are taken back.</source>
        <translation>Почему платёж на {amount} сторнируется? Его распределения будут отменены.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>Страниц: {count}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Печать не удалась</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>Не удалось сохранить PDF</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Statement period</source>
        <translation>Период выписки</translation>
    </message>
    <message>
        <source>Show statement</source>
        <translation>Показать выписку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>Первый день не может быть позже последнего.</translation>
    </message>
</context>
<context>
    <name>PriceListPage</name>
    <message>
        <source>Search: code or name</source>
        <translation>Поиск: код или название</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Показывать отключённые</translation>
    </message>
    <message>
        <source>&amp;New service</source>
        <translation>&amp;Новая услуга</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Новая услуга</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Включить</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Частично оплачен</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Кредит-счёт</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Ссылка на оплату</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>paid at the desk</source>
        <translation>оплачено в кассе</translation>
    </message>
    <message>
        <source>allocated by hand</source>
        <translation>распределено вручную</translation>
    </message>
    <message>
        <source>from client credit</source>
        <translation>из кредита клиента</translation>
    </message>
    <message>
        <source>invoice RF reference</source>
        <translation>RF-код счёта</translation>
    </message>
    <message>
        <source>client RF reference, oldest due first</source>
        <translation>RF-код клиента, сначала самые старые</translation>
    </message>
    <message>
        <source>client number, oldest due first</source>
        <translation>номер клиента, сначала самые старые</translation>
    </message>
    <message>
        <source>invoice number in the text</source>
        <translation>номер счёта в тексте</translation>
    </message>
    <message>
        <source>undone by hand</source>
        <translation>отменено вручную</translation>
    </message>
    <message>
        <source>payment reversed</source>
        <translation>платёж сторнирован</translation>
    </message>
    <message>
        <source>invoice cancelled</source>
        <translation>счёт аннулирован</translation>
    </message>
    <message>
        <source>credit taken back</source>
        <translation>кредит возвращён</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund credit</source>
        <translation>Возврат аванса</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>Print a receipt to sign</source>
        <translation>Напечатать квитанцию для подписи</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Аванс</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Получатель</translation>
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
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>{amount} refunded; {left} of credit is left.</source>
        <translation>Возвращено {amount}; осталось аванса {left}.</translation>
    </message>
</context>
<context>
    <name>RegistryOptionsDialog</name>
    <message>
        <source>Export charge registry</source>
        <translation>Выгрузка реестра начислений</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Column separator:</source>
        <translation>Разделитель столбцов:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Кодировка текста:</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Receptionist</source>
        <translation>Регистратор</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Edit service</source>
        <translation>Изменить услугу</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Новая услуга</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Price ({currency})</source>
        <translation>Цена ({currency})</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <source>The code “{code}” is already used by another service.</source>
        <translation>Код «{code}» уже используется другой услугой.</translation>
    </message>
</context>
<context>
    <name>ServiceModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>As printed on invoices</source>
        <translation>Как в счетах</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>The window is redrawn in the new language when you press OK.</source>
        <translation>После нажатия OK окно будет перерисовано на новом языке.</translation>
    </message>
    <message>
        <source>As each language dates (Persian: Solar Hijri)</source>
        <translation>Как принято в языке (персидский: солнечная хиджра)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Григорианский</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>Солнечная хиджра (джалали)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Clinic name:</source>
        <translation>Название клиники:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>ИНН:</translation>
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
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Срок оплаты:</translation>
    </message>
    <message>
        <source>Invoice series:</source>
        <translation>Серия счетов:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Календарь:</translation>
    </message>
    <message>
        <source>Please enter the clinic&apos;s name.</source>
        <translation>Введите название клиники.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Выберите логотип</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The settings could not be saved</source>
        <translation>Не удалось сохранить настройки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Edit settings…</source>
        <translation>Изменить настройки…</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Название клиники</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
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
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Invoice series</source>
        <translation>Серия счетов</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Григорианский</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>Солнечная хиджра (джалали)</translation>
    </message>
    <message>
        <source>As each language dates (Persian: Solar Hijri)</source>
        <translation>Как принято в языке (персидский: солнечная хиджра)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>From a search field into its list (first row)</source>
        <translation>Из поля поиска в его список (первая строка)</translation>
    </message>
    <message>
        <source>Clear the search field</source>
        <translation>Очистить поле поиска</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Открыть выбранную строку</translation>
    </message>
    <message>
        <source>New patient or new service (on its page)</source>
        <translation>Новый пациент или новая услуга (на своей странице)</translation>
    </message>
    <message>
        <source>New invoice for the selected patient</source>
        <translation>Новый счёт для выбранного пациента</translation>
    </message>
    <message>
        <source>Take a payment</source>
        <translation>Принять оплату</translation>
    </message>
    <message>
        <source>Preview the document</source>
        <translation>Предпросмотр документа</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Печать документа</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Сохранить документ в PDF</translation>
    </message>
    <message>
        <source>Invoice editor: add the highlighted service</source>
        <translation>Редактор счёта: добавить выделенную услугу</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Everything at the desk works from the keyboard. The page keys follow the order of the side menu.</source>
        <translation>На стойке всё делается с клавиатуры. Клавиши страниц идут в порядке бокового меню.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Sign in automatically on this PC</source>
        <translation>Входить автоматически на этом компьютере</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
</context>
<context>
    <name>Statements</name>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Вертикальная черта ( | )</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Юникод)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8 с BOM (для Excel)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (западноевропейская)</translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation>Windows-1253 (греческая)</translation>
    </message>
    <message>
        <source>CSV (text table)</source>
        <translation>CSV (текстовая таблица)</translation>
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
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>Приход/расход</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Allocated to</source>
        <translation>Зачислено на</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Плательщик</translation>
    </message>
    <message>
        <source>Reference / text</source>
        <translation>Код / назначение платежа</translation>
    </message>
    <message>
        <source>Bank id</source>
        <translation>Код банка</translation>
    </message>
    <message>
        <source>credit {amount}</source>
        <translation>аванс {amount}</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Не сопоставлено</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Сторнировано</translation>
    </message>
    <message>
        <source>Already booked</source>
        <translation>Уже проведено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>RF reference of the invoice</source>
        <translation>RF-код счёта</translation>
    </message>
    <message>
        <source>the patient&apos;s RF reference, oldest invoices first</source>
        <translation>RF-код пациента, сначала самые старые счета</translation>
    </message>
    <message>
        <source>client number, oldest invoices first</source>
        <translation>номер клиента, сначала самые старые счета</translation>
    </message>
    <message>
        <source>invoice number in the payment text</source>
        <translation>номер счёта в назначении платежа</translation>
    </message>
    <message>
        <source>no reference found: waiting in the unmatched queue</source>
        <translation>код не найден: ожидает в очереди несопоставленных</translation>
    </message>
    <message>
        <source>money going out (debit)</source>
        <translation>списание со счёта</translation>
    </message>
    <message>
        <source>not booked by the bank yet (pending)</source>
        <translation>банк ещё не провёл (в обработке)</translation>
    </message>
    <message>
        <source>reversal of a debit</source>
        <translation>сторно списания</translation>
    </message>
    <message>
        <source>booked before, from this or an earlier statement</source>
        <translation>уже проведено ранее из этой или более ранней выписки</translation>
    </message>
    <message>
        <source>the payment was already taken back</source>
        <translation>платёж уже был отменён</translation>
    </message>
    <message>
        <source>takes back payment {original}</source>
        <translation>отменяет платёж {original}</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Приход</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>a day past the end of its month, read as the last day</source>
        <translation>день после конца месяца, прочитан как последний день месяца</translation>
    </message>
    <message>
        <source>statements of other accounts in the file, skipped</source>
        <translation>выписки по другим счетам в файле пропущены</translation>
    </message>
    <message>
        <source>an intraday report: its entries are not booked by the bank yet and are only listed</source>
        <translation>внутридневной отчёт: банк ещё не провёл эти операции, они только показаны</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <source>Booking {file}: {done} of {total}</source>
        <translation>Проведение {file}: {done} из {total}</translation>
    </message>
    <message>
        <source>Finished {file}</source>
        <translation>Готово: {file}</translation>
    </message>
    <message>
        <source>entry {index}</source>
        <translation>запись {index}</translation>
    </message>
    <message>
        <source>field {field}</source>
        <translation>поле {field}</translation>
    </message>
    <message>
        <source>suggested: {who}</source>
        <translation>предложение: {who}</translation>
    </message>
    <message>
        <source>over-payment kept as credit</source>
        <translation>переплата сохранена как аванс</translation>
    </message>
    <message>
        <source>the balances in the file do not add up</source>
        <translation>остатки в файле не сходятся</translation>
    </message>
    <message>
        <source>the file does not follow the bank format exactly</source>
        <translation>файл не совсем соответствует банковскому формату</translation>
    </message>
    <message>
        <source>a batch entry without its single payments</source>
        <translation>сводная запись без отдельных платежей</translation>
    </message>
    <message>
        <source>a batch entry whose parts do not add up</source>
        <translation>сводная запись, части которой не сходятся с суммой</translation>
    </message>
    <message>
        <source>an entry with an unknown status</source>
        <translation>запись с неизвестным статусом</translation>
    </message>
    <message>
        <source>an unreadable amount</source>
        <translation>нечитаемая сумма</translation>
    </message>
    <message>
        <source>an unreadable date</source>
        <translation>нечитаемая дата</translation>
    </message>
    <message>
        <source>an RF reference with wrong check digits</source>
        <translation>RF-код с неверными контрольными цифрами</translation>
    </message>
    <message>
        <source>a payment naming several RF references</source>
        <translation>платёж с несколькими RF-кодами</translation>
    </message>
    <message>
        <source>an entry that cannot be read</source>
        <translation>запись не удаётся прочитать</translation>
    </message>
    <message>
        <source>a required field is missing</source>
        <translation>отсутствует обязательное поле</translation>
    </message>
    <message>
        <source>an entry in another currency</source>
        <translation>запись в другой валюте</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>Bank statements</source>
        <translation>Банковские выписки</translation>
    </message>
</context>
<context>
    <name>StatementsWidget</name>
    <message>
        <source>Import statement…</source>
        <translation>Импорт выписки…</translation>
    </message>
    <message>
        <source>Import camt.053, camt.054 or MT940 files from your bank. You can also drop files onto this page.</source>
        <translation>Импорт файлов camt.053, camt.054 или MT940 из вашего банка. Файлы можно также перетащить на эту страницу.</translation>
    </message>
    <message>
        <source>Export charge registry…</source>
        <translation>Выгрузить реестр начислений…</translation>
    </message>
    <message>
        <source>Save the list of open charges for the bank (CSV or XML).</source>
        <translation>Сохранить список открытых начислений для банка (CSV или XML).</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Отслеживаемая папка</translation>
    </message>
    <message>
        <source>No folder: statements are imported by hand</source>
        <translation>Папка не выбрана: выписки импортируются вручную</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Не отслеживать</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>How often new files in the folder are imported</source>
        <translation>Как часто импортировать новые файлы из папки</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Проверить сейчас</translation>
    </message>
    <message>
        <source>every</source>
        <translation>каждые</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Drop bank statement files here, or use “Import statement…”.</source>
        <translation>Перетащите сюда файлы выписок или нажмите «Импорт выписки…».</translation>
    </message>
    <message>
        <source>Import bank statements</source>
        <translation>Импорт банковских выписок</translation>
    </message>
    <message>
        <source>Bank statements ({patterns});;All files (*)</source>
        <translation>Банковские выписки ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>Банковские выписки</translation>
    </message>
    <message>
        <source>An import is already running; please wait for it to finish.</source>
        <translation>Импорт уже идёт; дождитесь его завершения.</translation>
    </message>
    <message>
        <source>Import cancelled; what was booked stays booked.</source>
        <translation>Импорт отменён; проведённое остаётся проведённым.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Некоторые файлы не импортированы</translation>
    </message>
    <message>
        <source>{file}: not imported</source>
        <translation>{file}: не импортирован</translation>
    </message>
    <message>
        <source>{file}: {booked} booked, {unmatched} unmatched</source>
        <translation>{file}: проведено {booked}, не сопоставлено {unmatched}</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} не импортирован: {reason}</translation>
    </message>
    <message>
        <source>{file}: statement {id}, account {account}</source>
        <translation>{file}: выписка {id}, счёт {account}</translation>
    </message>
    <message>
        <source>Opening balance {opening}, closing balance {closing}</source>
        <translation>Входящий остаток {opening}, исходящий остаток {closing}</translation>
    </message>
    <message>
        <source>This file was imported before ({date}); nothing new was booked.</source>
        <translation>Этот файл уже импортировался ({date}); ничего нового не проведено.</translation>
    </message>
    <message>
        <source>This file was imported before ({date}).</source>
        <translation>Этот файл уже импортировался ({date}).</translation>
    </message>
    <message>
        <source>The import was cancelled; the entries below were booked, the rest were not.</source>
        <translation>Импорт отменён; записи ниже проведены, остальные — нет.</translation>
    </message>
    <message>
        <source>Warnings: {list}</source>
        <translation>Предупреждения: {list}</translation>
    </message>
    <message>
        <source>Folder the bank&apos;s statements are saved to</source>
        <translation>Папка, куда сохраняются выписки банка</translation>
    </message>
    <message>
        <source>Imported {count} new statement file(s) from the watched folder</source>
        <translation>Из отслеживаемой папки импортировано новых выписок: {count}</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>Файлы XML (*.xml)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Save charge registry</source>
        <translation>Сохранить реестр начислений</translation>
    </message>
    <message>
        <source>The registry was not saved</source>
        <translation>Реестр не сохранён</translation>
    </message>
    <message>
        <source>Charge registry saved</source>
        <translation>Реестр начислений сохранён</translation>
    </message>
    <message>
        <source>{count} open charges, total {sum}, saved to {path}.</source>
        <translation>Открытых начислений: {count}, на сумму {sum}; сохранено в {path}.</translation>
    </message>
</context>
</TS>

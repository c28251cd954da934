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
        <name>ComingSoonPage</name>
        <message>
            <source>This screen is coming soon. It is being built and will appear in a future version.</source>
            <translation>This screen is coming soon. It is being built and will appear in a future version.</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
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
            <source>Please enter the client's name.</source>
            <translation>Please enter the client's name.</translation>
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
            <source>The sync interval must be between 1 and 1440 minutes.</source>
            <translation>The sync interval must be between 1 and 1440 minutes.</translation>
        </message>
        <message>
            <source>No access token is saved for the exchange profile {profile}.</source>
            <translation>No access token is saved for the exchange profile {profile}.</translation>
        </message>
        <message>
            <source>Bank sync is not set up yet: enter the exchange address first.</source>
            <translation>Bank sync is not set up yet: enter the exchange address first.</translation>
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
            <source>The database {path} is locked by another program. Close it and try again.</source>
            <translation>The database {path} is locked by another program. Close it and try again.</translation>
        </message>
        <message>
            <source>The database {path} is read-only. Check the file's permissions.</source>
            <translation>The database {path} is read-only. Check the file's permissions.</translation>
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
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
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
            <source>A new language is used after the program restarts.</source>
            <translation>A new language is used after the program restarts.</translation>
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
            <source>Please enter the clinic's name.</source>
            <translation>Please enter the clinic's name.</translation>
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
            <source>The new language will be used the next time you start USU Desktop.</source>
            <translation>The new language will be used the next time you start USU Desktop.</translation>
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
    </context>
</TS>

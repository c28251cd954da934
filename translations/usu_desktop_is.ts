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
        <name>ComingSoonPage</name>
        <message>
            <source>This screen is coming soon. It is being built and will appear in a future version.</source>
            <translation>Þessi skjár kemur bráðum: hann er í smíðum og birtist í næstu útgáfu.</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Something went wrong</source>
            <translation>Eitthvað fór úrskeiðis</translation>
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
            <source>Please enter the client's name.</source>
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
            <source>The sync interval must be between 1 and 1440 minutes.</source>
            <translation>Samstillingarbilið verður að vera 1 til 1440 mínútur.</translation>
        </message>
        <message>
            <source>No access token is saved for the exchange profile {profile}.</source>
            <translation>Enginn aðgangslykill er vistaður fyrir skiptiprófílinn {profile}.</translation>
        </message>
        <message>
            <source>Bank sync is not set up yet: enter the exchange address first.</source>
            <translation>Bankasamstilling er ekki uppsett: sláðu fyrst inn slóð skiptiþjónustunnar.</translation>
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
            <source>The database {path} is locked by another program. Close it and try again.</source>
            <translation>Annað forrit hefur læst gagnagrunninum {path}. Lokaðu því og reyndu aftur.</translation>
        </message>
        <message>
            <source>The database {path} is read-only. Check the file's permissions.</source>
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
            <source>Reports</source>
            <translation>Skýrslur</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Stillingar</translation>
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
            <source>A new language is used after the program restarts.</source>
            <translation>Nýja tungumálið tekur gildi þegar forritið er endurræst.</translation>
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
            <source>Please enter the clinic's name.</source>
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
            <source>The new language will be used the next time you start USU Desktop.</source>
            <translation>Nýja tungumálið verður notað næst þegar þú ræsir USU Desktop.</translation>
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
    </context>
</TS>

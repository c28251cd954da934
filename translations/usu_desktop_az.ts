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
        <name>ComingSoonPage</name>
        <message>
            <source>This screen is coming soon. It is being built and will appear in a future version.</source>
            <translation>Bu bölmə tezliklə hazır olacaq: hazırda üzərində işlənilir və növbəti versiyalardan birində çıxacaq.</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Something went wrong</source>
            <translation>Nə isə səhv getdi</translation>
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
            <source>Please enter the client's name.</source>
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
            <source>The sync interval must be between 1 and 1440 minutes.</source>
            <translation>Sinxronlaşma intervalı 1 ilə 1440 dəqiqə arasında olmalıdır.</translation>
        </message>
        <message>
            <source>No access token is saved for the exchange profile {profile}.</source>
            <translation>{profile} mübadilə profili üçün giriş tokeni saxlanmayıb.</translation>
        </message>
        <message>
            <source>Bank sync is not set up yet: enter the exchange address first.</source>
            <translation>Bankla sinxronlaşma hələ qurulmayıb: əvvəlcə mübadilə ünvanını daxil edin.</translation>
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
            <source>The database {path} is locked by another program. Close it and try again.</source>
            <translation>{path} verilənlər bazası başqa proqram tərəfindən kilidlənib. Həmin proqramı bağlayıb yenidən cəhd edin.</translation>
        </message>
        <message>
            <source>The database {path} is read-only. Check the file's permissions.</source>
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
            <source>Reports</source>
            <translation>Hesabatlar</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Parametrlər</translation>
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
            <source>A new language is used after the program restarts.</source>
            <translation>Yeni dil proqram yenidən başladıqdan sonra tətbiq olunur.</translation>
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
            <source>Please enter the clinic's name.</source>
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
            <source>The new language will be used the next time you start USU Desktop.</source>
            <translation>Yeni dil USU Desktop növbəti dəfə işə salındıqda istifadə olunacaq.</translation>
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
    </context>
</TS>

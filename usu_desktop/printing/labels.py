"""Printed labels per document language.

A document is printed in the patient's language, which may differ from the UI's,
and these PDFs are not Qt, so the labels live here as a small catalogue.
Unknown languages fall back to English; a missing key falls back to English too.
"""

from __future__ import annotations

from typing import Final

from usu_desktop.domain.languages import CODES, is_rtl, normalize

__all__ = ["CATALOGUE", "is_rtl", "label", "normalize_language"]

_EN: Final[dict[str, str]] = {
    "refund_receipt": "Refund receipt", "amount_paid_out": "Amount paid out",
    "credit_left": "Credit left",
    "received_by": "Received by (signature)",
    "credit_note_for": "For invoice",
    "invoice": "Invoice", "receipt": "Receipt", "statement": "Statement of account",
    "slip": "Payment slip", "number": "No.", "issue_date": "Issue date", "due_date": "Due date",
    "client": "Client", "client_number": "Client number", "tax_id": "Tax ID", "iban": "IBAN",
    "bic": "BIC", "description": "Description", "qty": "Qty", "unit_price": "Unit price",
    "discount": "Discount", "vat": "VAT", "net": "Net", "vat_rate": "VAT rate", "vat_base": "Base",
    "vat_amount": "VAT", "untaxed": "Subtotal", "total": "Total", "paid": "Paid",
    "amount_due": "Amount due", "reference": "Payment reference", "scan_to_pay": "Scan to pay",
    "page": "Page {page} of {pages}", "carried_forward": "Carried forward",
    "brought_forward": "Brought forward", "stamp_partly_paid": "PARTLY PAID", "stamp_paid": "PAID",
    "stamp_cancelled": "CANCELLED", "date": "Date", "amount_received": "Amount received",
    "method": "Payment method", "method_cash": "Cash", "method_card": "Card",
    "method_bank": "Bank transfer", "method_terminal": "Payment terminal",
    "method_link": "Payment link", "allocated_to": "Applied to invoices", "amount": "Amount",
    "credit_kept": "Kept as credit", "remaining": "Still owed", "period": "Period",
    "opening_balance": "Opening balance", "closing_balance": "Closing balance",
    "document": "Document", "debit": "Debit", "credit": "Credit", "balance": "Balance",
    "ageing": "Open amounts by days overdue", "age_0_30": "0–30 days", "age_31_60": "31–60 days",
    "age_61_90": "61–90 days", "age_90_plus": "over 90 days", "kind_invoice": "Invoice",
    "kind_payment": "Payment", "kind_credit": "Credit note", "name": "Name",
    "pay_hint": "Pay at a terminal or in your bank app with the client number or the reference.",
    "thank_you": "Thank you.",
}

_RU: Final[dict[str, str]] = {
    "refund_receipt": "Квитанция о возврате", "amount_paid_out": "Выплачено",
    "credit_left": "Остаток аванса",
    "received_by": "Получил (подпись)",
    "credit_note_for": "К счёту",
    "invoice": "Счёт", "receipt": "Квитанция", "statement": "Выписка по счёту",
    "slip": "Квитанция на оплату", "number": "№", "issue_date": "Дата выставления",
    "due_date": "Оплатить до", "client": "Клиент", "client_number": "Номер клиента",
    "tax_id": "ИНН", "iban": "IBAN", "bic": "BIC", "description": "Наименование", "qty": "Кол-во",
    "unit_price": "Цена", "discount": "Скидка", "vat": "НДС", "net": "Сумма", "vat_rate": "Ставка НДС",
    "vat_base": "База", "vat_amount": "НДС", "untaxed": "Без НДС", "total": "Итого",
    "paid": "Оплачено", "amount_due": "К оплате", "reference": "Код платежа",
    "scan_to_pay": "Отсканируйте для оплаты", "page": "Страница {page} из {pages}",
    "carried_forward": "Перенос на следующую страницу", "brought_forward": "Перенос с предыдущей страницы",
    "stamp_partly_paid": "ЧАСТИЧНО ОПЛАЧЕН", "stamp_paid": "ОПЛАЧЕН", "stamp_cancelled": "АННУЛИРОВАН",
    "date": "Дата", "amount_received": "Получено", "method": "Способ оплаты",
    "method_cash": "Наличные", "method_card": "Карта", "method_bank": "Банковский перевод",
    "method_terminal": "Платёжный терминал", "method_link": "Ссылка на оплату",
    "allocated_to": "Зачтено в счета", "amount": "Сумма", "credit_kept": "Оставлено в авансе",
    "remaining": "Остаток долга", "period": "Период", "opening_balance": "Сальдо на начало",
    "closing_balance": "Сальдо на конец", "document": "Документ", "debit": "Начислено",
    "credit": "Оплачено", "balance": "Сальдо", "ageing": "Задолженность по срокам просрочки",
    "age_0_30": "0–30 дней", "age_31_60": "31–60 дней", "age_61_90": "61–90 дней",
    "age_90_plus": "более 90 дней", "kind_invoice": "Счёт", "kind_payment": "Оплата",
    "kind_credit": "Кредит-нота", "name": "Имя",
    "pay_hint": "Оплатите в терминале или в приложении банка по номеру клиента или коду платежа.",
    "thank_you": "Спасибо.",
}

_AZ: Final[dict[str, str]] = {
    "refund_receipt": "Geri ödəmə qəbzi", "amount_paid_out": "Ödənilən məbləğ",
    "credit_left": "Qalan kredit",
    "received_by": "Aldı (imza)",
    "credit_note_for": "Hesab-faktura üzrə",
    "invoice": "Hesab-faktura", "receipt": "Qəbz", "statement": "Hesab üzrə çıxarış",
    "slip": "Ödəniş qəbzi", "number": "№", "issue_date": "Tarix", "due_date": "Ödəniş müddəti",
    "client": "Müştəri", "client_number": "Müştəri nömrəsi", "tax_id": "VÖEN", "iban": "IBAN",
    "bic": "BIC", "description": "Təsvir", "qty": "Miqdar", "unit_price": "Qiymət",
    "discount": "Endirim", "vat": "ƏDV", "net": "Məbləğ", "vat_rate": "ƏDV dərəcəsi",
    "vat_base": "Baza", "vat_amount": "ƏDV", "untaxed": "ƏDV-siz", "total": "Cəmi",
    "paid": "Ödənilib", "amount_due": "Ödəniləcək məbləğ", "reference": "Ödəniş kodu",
    "scan_to_pay": "Ödəmək üçün skan edin", "page": "Səhifə {page} / {pages}",
    "carried_forward": "Növbəti səhifəyə keçirilir", "brought_forward": "Əvvəlki səhifədən",
    "stamp_partly_paid": "QİSMƏN ÖDƏNİLİB", "stamp_paid": "ÖDƏNİLİB", "stamp_cancelled": "LƏĞV EDİLİB",
    "date": "Tarix", "amount_received": "Alınan məbləğ", "method": "Ödəniş üsulu",
    "method_cash": "Nağd", "method_card": "Kart", "method_bank": "Bank köçürməsi",
    "method_terminal": "Ödəniş terminalı", "method_link": "Ödəniş keçidi",
    "allocated_to": "Hesablara aid edilib", "amount": "Məbləğ", "credit_kept": "Avans kimi saxlanılıb",
    "remaining": "Qalıq borc", "period": "Dövr", "opening_balance": "İlkin qalıq",
    "closing_balance": "Son qalıq", "document": "Sənəd", "debit": "Debet", "credit": "Kredit",
    "balance": "Qalıq", "ageing": "Gecikmə günlərinə görə borc", "age_0_30": "0–30 gün",
    "age_31_60": "31–60 gün", "age_61_90": "61–90 gün", "age_90_plus": "90 gündən çox",
    "kind_invoice": "Hesab-faktura", "kind_payment": "Ödəniş", "kind_credit": "Kredit qeydi",
    "name": "Ad",
    "pay_hint": "Terminalda və ya bank tətbiqində müştəri nömrəsi və ya ödəniş kodu ilə ödəyin.",
    "thank_you": "Təşəkkür edirik.",
}

_EL: Final[dict[str, str]] = {
    "refund_receipt": "Απόδειξη επιστροφής", "amount_paid_out": "Ποσό που καταβλήθηκε",
    "credit_left": "Υπόλοιπο πίστωσης",
    "received_by": "Παρέλαβε (υπογραφή)",
    "credit_note_for": "Για το τιμολόγιο",
    "invoice": "Τιμολόγιο", "receipt": "Απόδειξη είσπραξης", "statement": "Κατάσταση λογαριασμού",
    "slip": "Απόκομμα πληρωμής", "number": "Αρ.", "issue_date": "Ημερομηνία έκδοσης",
    "due_date": "Λήξη πληρωμής", "client": "Πελάτης", "client_number": "Αριθμός πελάτη",
    "tax_id": "ΑΦΜ", "iban": "IBAN", "bic": "BIC", "description": "Περιγραφή", "qty": "Ποσ.",
    "unit_price": "Τιμή μονάδας", "discount": "Έκπτωση", "vat": "ΦΠΑ", "net": "Καθαρή αξία",
    "vat_rate": "Συντελεστής ΦΠΑ", "vat_base": "Αξία", "vat_amount": "ΦΠΑ",
    "untaxed": "Καθαρό σύνολο", "total": "Σύνολο", "paid": "Εξοφλήθηκε",
    "amount_due": "Πληρωτέο ποσό", "reference": "Κωδικός πληρωμής",
    "scan_to_pay": "Σαρώστε για πληρωμή", "page": "Σελίδα {page} από {pages}",
    "carried_forward": "Σε μεταφορά", "brought_forward": "Από μεταφορά",
    "stamp_partly_paid": "ΜΕΡΙΚΩΣ ΕΞΟΦΛΗΜΕΝΟ", "stamp_paid": "ΕΞΟΦΛΗΜΕΝΟ",
    "stamp_cancelled": "ΑΚΥΡΩΜΕΝΟ", "date": "Ημερομηνία", "amount_received": "Ποσό είσπραξης",
    "method": "Τρόπος πληρωμής", "method_cash": "Μετρητά", "method_card": "Κάρτα",
    "method_bank": "Τραπεζική μεταφορά", "method_terminal": "Τερματικό πληρωμών",
    "method_link": "Σύνδεσμος πληρωμής", "allocated_to": "Εξόφληση τιμολογίων", "amount": "Ποσό",
    "credit_kept": "Πίστωση πελάτη", "remaining": "Υπόλοιπο οφειλής", "period": "Περίοδος",
    "opening_balance": "Υπόλοιπο έναρξης", "closing_balance": "Υπόλοιπο λήξης",
    "document": "Παραστατικό", "debit": "Χρέωση", "credit": "Πίστωση", "balance": "Υπόλοιπο",
    "ageing": "Ανεξόφλητα ανά ημέρες καθυστέρησης", "age_0_30": "0–30 ημέρες",
    "age_31_60": "31–60 ημέρες", "age_61_90": "61–90 ημέρες", "age_90_plus": "άνω των 90 ημερών",
    "kind_invoice": "Τιμολόγιο", "kind_payment": "Πληρωμή", "kind_credit": "Πιστωτικό",
    "name": "Όνομα",
    "pay_hint": "Πληρώστε σε τερματικό ή στην εφαρμογή της τράπεζάς σας με τον αριθμό πελάτη ή τον κωδικό.",
    "thank_you": "Ευχαριστούμε.",
}

_IS: Final[dict[str, str]] = {
    "refund_receipt": "Kvittun fyrir endurgreiðslu", "amount_paid_out": "Útgreidd upphæð",
    "credit_left": "Eftirstandandi inneign",
    "received_by": "Móttekið af (undirskrift)",
    "credit_note_for": "Vegna reiknings",
    "invoice": "Reikningur", "receipt": "Kvittun", "statement": "Reikningsyfirlit",
    "slip": "Greiðsluseðill", "number": "Nr.", "issue_date": "Útgáfudagur", "due_date": "Eindagi",
    "client": "Viðskiptavinur", "client_number": "Viðskiptavinanúmer", "tax_id": "Kennitala",
    "iban": "IBAN", "bic": "BIC", "description": "Lýsing", "qty": "Magn", "unit_price": "Einingarverð",
    "discount": "Afsláttur", "vat": "VSK", "net": "Upphæð", "vat_rate": "VSK-hlutfall",
    "vat_base": "Stofn", "vat_amount": "VSK", "untaxed": "Án VSK", "total": "Samtals",
    "paid": "Greitt", "amount_due": "Til greiðslu", "reference": "Greiðslutilvísun",
    "scan_to_pay": "Skannaðu til að greiða", "page": "Síða {page} af {pages}",
    "carried_forward": "Flutt á næstu síðu", "brought_forward": "Flutt af fyrri síðu",
    "stamp_partly_paid": "GREITT AÐ HLUTA", "stamp_paid": "GREITT", "stamp_cancelled": "ÓGILT",
    "date": "Dagsetning", "amount_received": "Móttekin upphæð", "method": "Greiðslumáti",
    "method_cash": "Reiðufé", "method_card": "Kort", "method_bank": "Millifærsla",
    "method_terminal": "Greiðslustöð", "method_link": "Greiðslutengill",
    "allocated_to": "Ráðstafað á reikninga", "amount": "Upphæð", "credit_kept": "Geymt sem inneign",
    "remaining": "Eftirstöðvar", "period": "Tímabil", "opening_balance": "Upphafsstaða",
    "closing_balance": "Lokastaða", "document": "Skjal", "debit": "Debet", "credit": "Kredit",
    "balance": "Staða", "ageing": "Ógreitt eftir dögum í vanskilum", "age_0_30": "0–30 dagar",
    "age_31_60": "31–60 dagar", "age_61_90": "61–90 dagar", "age_90_plus": "yfir 90 daga",
    "kind_invoice": "Reikningur", "kind_payment": "Greiðsla", "kind_credit": "Kreditreikningur",
    "name": "Nafn",
    "pay_hint": "Greiddu í greiðslustöð eða í bankaappinu með viðskiptavinanúmeri eða tilvísun.",
    "thank_you": "Takk fyrir.",
}

_FA: Final[dict[str, str]] = {
    "refund_receipt": "رسید بازپرداخت", "amount_paid_out": "مبلغ پرداخت‌شده",
    "credit_left": "اعتبار باقی‌مانده",
    "received_by": "دریافت‌کننده (امضا)",
    "credit_note_for": "برای صورتحساب",
    "invoice": "صورتحساب", "receipt": "رسید پرداخت", "statement": "صورت وضعیت حساب",
    "slip": "برگه پرداخت", "number": "شماره", "issue_date": "تاریخ صدور", "due_date": "مهلت پرداخت",
    "client": "مراجع", "client_number": "شماره مشتری", "tax_id": "شناسه مالیاتی", "iban": "شبا",
    "bic": "BIC", "description": "شرح", "qty": "تعداد", "unit_price": "قیمت واحد",
    "discount": "تخفیف", "vat": "مالیات", "net": "مبلغ", "vat_rate": "نرخ مالیات",
    "vat_base": "مبنا", "vat_amount": "مالیات", "untaxed": "جمع بدون مالیات", "total": "جمع کل",
    "paid": "پرداخت‌شده", "amount_due": "مبلغ قابل پرداخت", "reference": "شناسه پرداخت",
    "scan_to_pay": "برای پرداخت اسکن کنید", "page": "صفحه {page} از {pages}",
    "carried_forward": "نقل به صفحه بعد", "brought_forward": "نقل از صفحه قبل",
    "stamp_partly_paid": "بخشی پرداخت شد", "stamp_paid": "پرداخت شد", "stamp_cancelled": "باطل شد",
    "date": "تاریخ", "amount_received": "مبلغ دریافتی", "method": "روش پرداخت",
    "method_cash": "نقدی", "method_card": "کارت", "method_bank": "انتقال بانکی",
    "method_terminal": "پایانه پرداخت", "method_link": "پیوند پرداخت",
    "allocated_to": "تخصیص به صورتحساب‌ها", "amount": "مبلغ", "credit_kept": "نگهداری به عنوان اعتبار",
    "remaining": "مانده بدهی", "period": "دوره", "opening_balance": "مانده ابتدای دوره",
    "closing_balance": "مانده پایان دوره", "document": "سند", "debit": "بدهکار", "credit": "بستانکار",
    "balance": "مانده", "ageing": "بدهی بر اساس روزهای تأخیر", "age_0_30": "۰ تا ۳۰ روز",
    "age_31_60": "۳۱ تا ۶۰ روز", "age_61_90": "۶۱ تا ۹۰ روز", "age_90_plus": "بیش از ۹۰ روز",
    "kind_invoice": "صورتحساب", "kind_payment": "پرداخت", "kind_credit": "برگشت از فروش",
    "name": "نام",
    "pay_hint": "در پایانه یا برنامه بانک با شماره مشتری یا شناسه پرداخت، پرداخت کنید.",
    "thank_you": "سپاسگزاریم.",
}

CATALOGUE: Final[dict[str, dict[str, str]]] = {
    "en": _EN, "ru": _RU, "az": _AZ, "el": _EL, "is": _IS, "fa": _FA,
}


def normalize_language(language: str) -> str:
    """'fa_IR' -> 'fa'; an unknown language -> 'en' (the registry's rule, domain.languages)."""
    return normalize(language)


def label(language: str, key: str, **params: object) -> str:
    """The printed label `key` in `language` (English if missing), with {params} filled in."""
    table = CATALOGUE[normalize_language(language)]
    text = table.get(key) or _EN[key]
    return text.format(**params) if params else text


assert set(CATALOGUE) == set(CODES), "a printed catalogue for each language of the registry"

"""Payment links: the desk's API to make, cancel and read them, and the payer's public page.

API (bearer token, JSON like the rest of /api/v1):
  POST /api/v1/links            make a link (the desk sends the token; the same token again = same link)
  GET  /api/v1/links?ids=1,2    status, paid amount and payments of the desk's links
  POST /api/v1/links/<id>/cancel
Public:
  GET  /pay/<token>             what it is for, the amount (or a field), the expiry; 404 unknown, 410 over
  POST /pay/<token>             amount -> a checkout -> the payment gateway (gateways/: the sandbox's,
                                Stripe Checkout or Zarinpal; gateways/routes.py takes the payer back)
The page is plain escaped HTML in the link's language (dir/lang set; Persian right-to-left).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_date, format_time, get_datetime_format, get_timezone_location
from flask import Blueprint, Response, current_app, jsonify, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from usu_desktop.domain.client_numbers import client_number_is_valid
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import CURRENCY_EXPONENTS, Money, decimal_from_text
from usu_desktop.domain.money_format import native_digits
from usu_desktop.domain.references import rf_is_valid, rf_normalize
from usu_desktop.exchange.api import (
    MAX_AMOUNT_MINOR,
    ApiError,
    authenticate,
    iso,
    json_object,
    limits,
    require,
)
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.link_store import Link, LinkConflict, LinkIn, LinkRefused, LinkStore
from usu_desktop.exchange.store import Store, utcnow

log = logging.getLogger("usu_exchange")

api_bp = Blueprint("links_api", __name__, url_prefix="/api/v1/links")
pay_bp = Blueprint("pay", __name__, url_prefix="/pay", template_folder="templates")
_CSS = Path(__file__).parent / "static" / "links.css"

TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")  # >= 96 bits from secrets.token_urlsafe
LANGUAGES = ("en", "ru", "az", "el", "is", "fa")
KINDS = ("invoice", "client", "free")

TEXTS: dict[str, dict[str, str]] = {
    "en": {"title": "Payment", "for": "For", "patient": "Patient", "amount": "Amount",
           "paid": "Already paid", "remaining": "Remaining", "your_amount": "Amount to pay",
           "between": "From {low} to {high}", "expires": "Valid until", "pay": "Pay",
           "not_found": "This payment link does not exist. Please check the address.",
           "expired": "This payment link has expired. Please ask the clinic for a new one.",
           "cancelled": "This payment link was cancelled. Please ask the clinic for a new one.",
           "done": "This payment link has been paid in full. Thank you.",
           "amount_too_small": "The amount is below the minimum.",
           "amount_too_large": "The amount is above the maximum.",
           "bad_amount": "Please enter an amount such as 25.00.",
           "no_gateway": "Online payment is not available right now. Please try again later.",
           "gateway_down": ("The payment service is not answering right now. Nothing was charged. Please "
                            "try again in a few minutes."),
           "pending": ("We could not confirm your payment with the payment service yet. Please do not pay "
                       "again: open this page again in a few minutes."),
           "processing": ("Thank you. Your payment is being confirmed; the clinic will see it as soon as "
                          "the payment service reports it."),
           "not_completed": ("The payment was not completed, and nothing was charged. You can pay with "
                             "the same link again."),
           "thanks": "Thank you! Your payment was accepted.", "receipt": "Receipt no."},
    "ru": {"title": "Оплата", "for": "Назначение", "patient": "Пациент", "amount": "Сумма",
           "paid": "Уже оплачено", "remaining": "Осталось", "your_amount": "Сумма к оплате",
           "between": "От {low} до {high}", "expires": "Действует до", "pay": "Оплатить",
           "not_found": "Такой ссылки на оплату нет. Проверьте адрес.",
           "expired": "Срок действия ссылки истёк. Попросите в клинике новую.",
           "cancelled": "Ссылка на оплату отменена. Попросите в клинике новую.",
           "done": "Эта ссылка уже полностью оплачена. Спасибо.",
           "amount_too_small": "Сумма меньше минимальной.",
           "amount_too_large": "Сумма больше максимальной.",
           "bad_amount": "Введите сумму, например 25,00.",
           "no_gateway": "Онлайн-оплата сейчас недоступна. Попробуйте позже.",
           "gateway_down": ("Платёжный сервис сейчас не отвечает. Деньги не списаны. Попробуйте через "
                            "несколько минут."),
           "pending": ("Мы пока не смогли подтвердить ваш платёж в платёжном сервисе. Не платите "
                       "повторно: откройте эту страницу снова через несколько минут."),
           "processing": ("Спасибо. Ваш платёж подтверждается; клиника увидит его, как только платёжный "
                          "сервис сообщит о нём."),
           "not_completed": ("Платёж не завершён, деньги не списаны. Вы можете оплатить по этой же ссылке "
                             "ещё раз."),
           "thanks": "Спасибо! Платёж принят.", "receipt": "Квитанция №"},
    "az": {"title": "Ödəniş", "for": "Təyinat", "patient": "Pasiyent", "amount": "Məbləğ",
           "paid": "Artıq ödənilib", "remaining": "Qalıq", "your_amount": "Ödəniləcək məbləğ",
           "between": "{low} ilə {high} arası", "expires": "Etibarlıdır", "pay": "Ödə",
           "not_found": "Belə ödəniş linki yoxdur. Ünvanı yoxlayın.",
           "expired": "Ödəniş linkinin müddəti bitib. Klinikadan yenisini istəyin.",
           "cancelled": "Ödəniş linki ləğv edilib. Klinikadan yenisini istəyin.",
           "done": "Bu link artıq tam ödənilib. Təşəkkür edirik.",
           "amount_too_small": "Məbləğ minimumdan azdır.",
           "amount_too_large": "Məbləğ maksimumdan çoxdur.",
           "bad_amount": "Məbləği daxil edin, məsələn 25,00.",
           "no_gateway": "Onlayn ödəniş hazırda mümkün deyil. Sonra yenidən cəhd edin.",
           "gateway_down": ("Ödəniş xidməti hazırda cavab vermir. Heç bir məbləğ tutulmayıb. Bir neçə "
                            "dəqiqədən sonra yenidən cəhd edin."),
           "pending": ("Ödənişinizi ödəniş xidmətində hələ təsdiq edə bilmədik. Yenidən ödəməyin: bir "
                       "neçə dəqiqədən sonra bu səhifəni yenidən açın."),
           "processing": ("Təşəkkür edirik. Ödənişiniz təsdiqlənir; ödəniş xidməti bildirən kimi klinika "
                          "onu görəcək."),
           "not_completed": ("Ödəniş tamamlanmadı və heç bir məbləğ tutulmadı. Eyni linklə yenidən ödəyə "
                             "bilərsiniz."),
           "thanks": "Təşəkkür edirik! Ödənişiniz qəbul edildi.", "receipt": "Qəbz №"},
    "el": {"title": "Πληρωμή", "for": "Για", "patient": "Ασθενής", "amount": "Ποσό",
           "paid": "Ήδη πληρωμένο", "remaining": "Υπόλοιπο", "your_amount": "Ποσό πληρωμής",
           "between": "Από {low} έως {high}", "expires": "Ισχύει έως", "pay": "Πληρωμή",
           "not_found": "Αυτός ο σύνδεσμος πληρωμής δεν υπάρχει. Ελέγξτε τη διεύθυνση.",
           "expired": "Ο σύνδεσμος πληρωμής έχει λήξει. Ζητήστε νέο από την κλινική.",
           "cancelled": "Ο σύνδεσμος πληρωμής ακυρώθηκε. Ζητήστε νέο από την κλινική.",
           "done": "Αυτός ο σύνδεσμος έχει εξοφληθεί. Ευχαριστούμε.",
           "amount_too_small": "Το ποσό είναι κάτω από το ελάχιστο.",
           "amount_too_large": "Το ποσό είναι πάνω από το μέγιστο.",
           "bad_amount": "Εισαγάγετε ποσό, π.χ. 25,00.",
           "no_gateway": "Η ηλεκτρονική πληρωμή δεν είναι διαθέσιμη τώρα. Δοκιμάστε αργότερα.",
           "gateway_down": ("Η υπηρεσία πληρωμών δεν απαντά αυτή τη στιγμή. Δεν έγινε καμία χρέωση. "
                            "Δοκιμάστε ξανά σε λίγα λεπτά."),
           "pending": ("Δεν μπορέσαμε ακόμη να επιβεβαιώσουμε την πληρωμή σας με την υπηρεσία πληρωμών. "
                       "Μην πληρώσετε ξανά: ανοίξτε ξανά αυτή τη σελίδα σε λίγα λεπτά."),
           "processing": ("Ευχαριστούμε. Η πληρωμή σας επιβεβαιώνεται· η κλινική θα τη δει μόλις την "
                          "αναφέρει η υπηρεσία πληρωμών."),
           "not_completed": ("Η πληρωμή δεν ολοκληρώθηκε και δεν έγινε καμία χρέωση. Μπορείτε να "
                             "πληρώσετε ξανά με τον ίδιο σύνδεσμο."),
           "thanks": "Ευχαριστούμε! Η πληρωμή σας έγινε δεκτή.", "receipt": "Αρ. απόδειξης"},
    "is": {"title": "Greiðsla", "for": "Fyrir", "patient": "Sjúklingur", "amount": "Upphæð",
           "paid": "Þegar greitt", "remaining": "Eftirstöðvar", "your_amount": "Upphæð til greiðslu",
           "between": "Frá {low} til {high}", "expires": "Gildir til", "pay": "Greiða",
           "not_found": "Þessi greiðsluhlekkur er ekki til. Athugaðu slóðina.",
           "expired": "Greiðsluhlekkurinn er útrunninn. Biddu stofuna um nýjan.",
           "cancelled": "Greiðsluhlekkurinn var felldur niður. Biddu stofuna um nýjan.",
           "done": "Þessi hlekkur hefur verið greiddur að fullu. Takk fyrir.",
           "amount_too_small": "Upphæðin er undir lágmarki.",
           "amount_too_large": "Upphæðin er yfir hámarki.",
           "bad_amount": "Sláðu inn upphæð, t.d. 25,00.",
           "no_gateway": "Netgreiðsla er ekki í boði núna. Reyndu aftur síðar.",
           "gateway_down": ("Greiðsluþjónustan svarar ekki núna. Ekkert var skuldfært. Reyndu aftur eftir "
                            "nokkrar mínútur."),
           "pending": ("Við gátum ekki enn staðfest greiðsluna hjá greiðsluþjónustunni. Ekki greiða "
                       "aftur: opnaðu þessa síðu aftur eftir nokkrar mínútur."),
           "processing": ("Takk fyrir. Verið er að staðfesta greiðsluna; stofan sér hana um leið og "
                          "greiðsluþjónustan tilkynnir hana."),
           "not_completed": ("Greiðslunni var ekki lokið og ekkert var skuldfært. Þú getur greitt aftur "
                             "með sama hlekk."),
           "thanks": "Takk fyrir! Greiðslan þín var móttekin.", "receipt": "Kvittun nr."},
    "fa": {"title": "پرداخت", "for": "بابت", "patient": "بیمار", "amount": "مبلغ",
           "paid": "پرداخت‌شده", "remaining": "باقی‌مانده", "your_amount": "مبلغ پرداخت",
           "between": "از {low} تا {high}", "expires": "معتبر تا", "pay": "پرداخت",
           "not_found": "این لینک پرداخت وجود ندارد. لطفاً نشانی را بررسی کنید.",
           "expired": "مهلت این لینک پرداخت به پایان رسیده است. لطفاً از کلینیک لینک جدید بخواهید.",
           "cancelled": "این لینک پرداخت لغو شده است. لطفاً از کلینیک لینک جدید بخواهید.",
           "done": "این لینک به‌طور کامل پرداخت شده است. سپاسگزاریم.",
           "amount_too_small": "مبلغ کمتر از حداقل است.",
           "amount_too_large": "مبلغ بیشتر از حداکثر است.",
           "bad_amount": "لطفاً مبلغ را وارد کنید، مثلاً ۲۵٫۰۰.",
           "no_gateway": "پرداخت اینترنتی اکنون در دسترس نیست. لطفاً بعداً دوباره تلاش کنید.",
           "gateway_down": ("سرویس پرداخت اکنون پاسخ نمی‌دهد. مبلغی کسر نشده است. لطفاً چند دقیقه دیگر "
                            "دوباره تلاش کنید."),
           "pending": ("هنوز نتوانستیم پرداخت شما را نزد سرویس پرداخت تأیید کنیم. لطفاً دوباره پرداخت "
                       "نکنید: چند دقیقه دیگر این صفحه را دوباره باز کنید."),
           "processing": ("سپاسگزاریم. پرداخت شما در حال تأیید است؛ به محض گزارش سرویس پرداخت، کلینیک آن "
                          "را خواهد دید."),
           "not_completed": ("پرداخت انجام نشد و مبلغی کسر نشده است. می‌توانید با همین لینک دوباره پرداخت "
                             "کنید."),
           "thanks": "سپاسگزاریم! پرداخت شما پذیرفته شد.", "receipt": "شماره رسید"},
}
RTL = frozenset({"fa"})


def _store() -> Store:
    return current_app.extensions["usu_exchange_store"]  # type: ignore[no-any-return]


def link_store() -> LinkStore:
    """The app's LinkStore (create_app makes it, with its tables, before the first request)."""
    found: LinkStore = current_app.extensions["usu_exchange_links"]
    return found


def _config() -> ExchangeConfig:
    return current_app.extensions["usu_exchange_config"]  # type: ignore[no-any-return]


# --- desk API ---------------------------------------------------------------------------
def _desk() -> str:
    return authenticate()


def _opt_amount(body: dict[str, Any], name: str) -> int | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_AMOUNT_MINOR:
        raise ApiError(422, "invalid_field", field=name)
    return value


def _text(body: dict[str, Any], name: str, limit: int, required: bool = True) -> str:
    value = body.get(name, "")
    if not isinstance(value, str) or len(value) > limit or any(
            not ch.isprintable() for ch in value) or (required and not value.strip()):
        raise ApiError(422, "invalid_field", field=name)
    return value.strip()


def parse_link(body: dict[str, Any], desk: str) -> LinkIn:
    token = require(body, "token", str)
    if not TOKEN.match(token):
        raise ApiError(422, "invalid_field", field="token")
    kind = require(body, "kind", str)
    if kind not in KINDS:
        raise ApiError(422, "invalid_field", field="kind")
    account = _text(body, "account", 12, required=kind != "free")
    if account and not client_number_is_valid(account):
        raise ApiError(422, "bad_account_format", field="account")
    rf = _text(body, "rf", 40, required=kind == "invoice")
    if rf:
        if not rf_is_valid(rf):
            raise ApiError(422, "bad_rf", field="rf")
        rf = rf_normalize(rf)
    currency = require(body, "currency", str)
    if currency not in CURRENCY_EXPONENTS:
        raise ApiError(422, "unknown_currency", field="currency")
    amount = _opt_amount(body, "amount_minor")
    low, high = _opt_amount(body, "min_minor"), _opt_amount(body, "max_minor")
    open_amount = body.get("open_amount", amount is None)
    if not isinstance(open_amount, bool) or (amount is None and not open_amount):
        raise ApiError(422, "invalid_field", field="open_amount")
    if low is not None and high is not None and low > high:
        raise ApiError(422, "min_above_max", field="min_minor")
    language = body.get("language", "en")
    if language not in LANGUAGES:
        language = "en"
    try:
        expires = datetime.fromisoformat(require(body, "expires_at", str))
    except ValueError:
        raise ApiError(422, "invalid_field", field="expires_at") from None
    if expires.tzinfo is None:
        raise ApiError(422, "invalid_field", field="expires_at", reason="timezone_required")
    expires = expires.astimezone(UTC).replace(tzinfo=None)
    if expires <= utcnow():
        raise ApiError(422, "expiry_in_past", field="expires_at")
    return LinkIn(token, desk, kind, account, rf, _text(body, "title", 200),
                  _text(body, "clinic_name", 200), _text(body, "payer_name", 64, required=False), currency,
                  amount, open_amount, low, high, language, expires, _time_zone(body))


def _time_zone(body: dict[str, Any]) -> str:
    """The clinic's IANA time zone (optional); a name this server cannot load is refused."""
    name = _text(body, "time_zone", 64, required=False)
    if name and zone(name) is None:
        raise ApiError(422, "invalid_field", field="time_zone")
    return name


def zone(name: str) -> ZoneInfo | None:
    """The zone called `name`, or None (unknown here, or not a zone name at all)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # "../x", "Europe" (a folder)
        return None


def link_json(link: Link, payments: list[Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": link.id, "status": link.status(utcnow()), "kind": link.kind, "account": link.account,
        "rf": link.rf, "currency": link.currency, "amount_minor": link.amount_minor,
        "paid_minor": link.paid_minor, "expires_at": iso(link.expires_at), "created_at": iso(link.created_at),
        "cancelled_at": iso(link.cancelled_at) if link.cancelled_at else None}
    if payments is not None:
        out["payments"] = [{"external_id": p.external_id, "amount_minor": p.amount_minor,
                            "paid_at": iso(p.paid_at), "cursor": p.cursor,
                            **({"refund_due": p.refund_due} if p.refund_due else {}),
                            **({"refund_id": p.refund_id} if p.refund_id else {})} for p in payments]
    return out


@api_bp.post("")
def create_link() -> tuple[Response, int]:
    desk = _desk()
    link_in = parse_link(json_object(), desk)
    try:
        link, new = link_store().create(link_in)
    except LinkConflict:
        raise ApiError(409, "token_conflict") from None
    body = link_json(link)
    body["url"] = url_for("pay.page", token=link_in.token, _external=True)
    return jsonify(body), 201 if new else 200


@api_bp.get("")
def list_links() -> Response:
    desk = _desk()
    text = request.args.get("ids", "")
    parts = [p for p in text.split(",") if p]
    if len(parts) > 500 or not all(p.isascii() and p.isdigit() and len(p) < 12 for p in parts):
        raise ApiError(422, "invalid_parameter", field="ids")
    links = link_store().by_ids(desk, [int(p) for p in parts])
    paid = link_store().payments_of([link.id for link in links])
    return jsonify({"links": [link_json(link, paid[link.id]) for link in links]})


@api_bp.post("/<int:link_id>/cancel")
def cancel_link(link_id: int) -> Response:
    link = link_store().cancel(_desk(), link_id)
    if link is None:
        raise ApiError(404, "link_not_found")
    return jsonify(link_json(link))


@api_bp.post("/refunds")
def refund_payment() -> tuple[Response, int]:
    """Give a link payment back in full through the gateway that took it (the desk does this for
    the payments flagged refund_due). The same external_id again answers the first refund."""
    from usu_desktop.exchange.gateways import GatewayRefused, GatewayUnavailable
    from usu_desktop.exchange.gateways.routes import gateway

    desk = _desk()
    external_id = require(json_object(), "external_id", str)
    found = link_store().paid_checkout(desk, external_id)
    if found is None:
        raise ApiError(404, "payment_not_found", external_id=external_id[:20])
    checkout_id, name, payment, amount, currency, refunded = found
    if refunded:
        return jsonify({"external_id": external_id, "refund_id": refunded, "amount_minor": amount}), 200
    active = gateway()
    if not payment or active is None or active.name != name:
        raise ApiError(409, "gateway_not_configured", gateway=name or None)
    try:
        refund_id = active.refund(payment, amount, currency)
    except GatewayUnavailable as err:
        log.warning("gateway %s: refund of %s not answered: %s", name, external_id, err)
        raise ApiError(503, "gateway_unavailable") from None
    except GatewayRefused as err:
        log.warning("gateway %s: refund of %s refused: %s", name, external_id, err)
        raise ApiError(422, "refund_refused", reason=err.code) from None
    link_store().record_refund(checkout_id, refund_id)
    log.info("gateway %s: %s refunded (%s)", name, external_id, refund_id)
    return jsonify({"external_id": external_id, "refund_id": refund_id, "amount_minor": amount}), 201


# --- the payer's page ---------------------------------------------------------------------
def _money(minor: int, link: Link) -> str:
    return Money.from_minor(minor, link.currency).format(link.language)


_UTC_NAMES = {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu", "GMT",
              "Etc/GMT", "Etc/Greenwich", "Greenwich"}  # shown as "UTC", not as a city


def _expiry(link: Link) -> str:
    """Date and minutes (no seconds) in the link's language and its digits, in the clinic's time
    zone with its city ("7 Dec 2026, 23:59 (Athens)"), or marked UTC when the desk sent none."""
    tz = zone(link.time_zone) if link.time_zone else None
    local = tz is not None and link.time_zone not in _UTC_NAMES
    when = link.expires_at.replace(tzinfo=UTC).astimezone(tz if local else UTC)
    lang = link.language
    # str(): babel annotates a DateTimePattern, but this one is the plain "{1}, {0}" text
    text = str(get_datetime_format("medium", locale=lang)).replace(
        "{1}", format_date(when, "medium", locale=lang)).replace(
        "{0}", format_time(when, "short", tzinfo=when.tzinfo, locale=lang))
    place = get_timezone_location(link.time_zone, locale=lang, return_city=True) if local else ""
    return native_digits(f"{text} ({place})" if place else f"{text} UTC", lang)


def _page(link: Link | None, status: int, message: str = "", error: str = "",
          receipt: str = "") -> tuple[str, int]:
    language = link.language if link is not None else _browser_language()
    t = TEXTS[language]
    ctx: dict[str, Any] = {"t": t, "lang": language, "dir": "rtl" if language in RTL else "ltr",
                           "message": t.get(message, ""), "error": t.get(error, ""), "link": None,
                           "receipt": receipt}
    if link is not None and not message:
        low, high = link.payable_limits()
        ctx["link"] = link
        ctx["amount"] = _money(link.amount_minor, link) if link.amount_minor is not None else ""
        ctx["paid"] = _money(link.paid_minor, link) if link.paid_minor else ""
        ctx["remaining"] = (_money(link.amount_minor - link.paid_minor, link)
                            if link.amount_minor is not None and link.paid_minor else "")
        ctx["open"] = link.open_amount
        ctx["prefill"] = (str(Money.from_minor(high, link.currency).amount)
                          if link.amount_minor is not None else "")
        ctx["limits"] = t["between"].format(low=_money(low, link), high=_money(high, link)) if (
            link.open_amount and (link.min_minor or link.max_minor or link.amount_minor)) else ""
        ctx["expires"] = _expiry(link)
    elif link is not None:
        ctx["clinic_name"] = link.clinic_name
    return render_template("link_pay.html", **ctx), status


def page_for(link: Link | None, status: int, message: str = "", error: str = "") -> tuple[str, int]:
    """The payer's page for `link` with a notice (message) or an error over the form (gateways)."""
    return _page(link, status, message, error)


def payer_amount(text: str) -> str:
    """What people type ('1 500,50', Persian digits) to the dot-decimal form."""
    digits = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text)
    return "".join(digits.split()).replace(",", ".").replace("\u066b", ".")


def _browser_language() -> str:
    best = request.accept_languages.best_match(LANGUAGES)
    return best or "en"


@pay_bp.get("/links.css")
def css() -> Response:
    return Response(_CSS.read_bytes(), mimetype="text/css", headers={"Cache-Control": "max-age=3600"})


_REFUSED_STATUS = {"expired": 410, "cancelled": 410, "paid": 410, "not_found": 404}


@pay_bp.route("/<token>", methods=["GET", "POST"])
def page(token: str) -> tuple[str, int] | BaseResponse:
    # An unknown and a tampered token look the same: 404, no hint of what exists; a caller who
    # keeps guessing gets 429 before the next look-up.
    wait = limits().links.retry_after(request.remote_addr)
    if wait:
        return Response(f"429 Too Many Requests\nRetry after {wait} s.\n", status=429,
                        mimetype="text/plain", headers={"Retry-After": str(wait)})
    link = link_store().by_token(token) if TOKEN.match(token) else None
    if link is None:
        limits().links.failed(request.remote_addr)
        return _page(None, 404, "not_found")
    status = link.status(utcnow())
    if status in ("expired", "cancelled", "paid"):
        return _page(link, 410, "done" if status == "paid" else status)
    if request.method == "GET":
        return _page(link, 200)
    low, _high = link.payable_limits()
    if link.open_amount:
        try:
            amount = Money(decimal_from_text(payer_amount(request.form.get("amount", "")[:32])),
                           link.currency).minor
        except (DomainError, ValueError, ArithmeticError):
            return _page(link, 422, error="bad_amount")
    else:
        amount = low
    try:
        checkout = link_store().start_checkout(token, amount)
    except LinkRefused as refused:
        if refused.code in ("amount_too_small", "amount_too_large"):
            return _page(link, 422, error=refused.code)
        return _page(link, _REFUSED_STATUS.get(refused.code, 410),
                     "done" if refused.code == "paid" else refused.code)
    from usu_desktop.exchange.gateways import routes

    if routes.gateway() is not None:  # the sandbox's, Stripe, Zarinpal (gateways/)
        return routes.begin(checkout, link)
    gateway = _config().link_gateway_url
    if not gateway:
        return _page(link, 503, error="no_gateway")
    return redirect(gateway.format(session=checkout.session, amount_minor=amount,
                                   currency=link.currency), code=303)


def receipt_page(session: str) -> tuple[str, int]:
    """After the gateway: thank the payer (used by the sandbox gateway)."""
    found = link_store().checkout(session)
    if found is None:
        return _page(None, 404, "not_found")
    checkout, link = found
    t = TEXTS[link.language]
    ctx = {"t": t, "lang": link.language, "dir": "rtl" if link.language in RTL else "ltr", "message": "",
           "error": "", "link": None, "thanks": t["thanks"], "clinic_name": link.clinic_name,
           "paid_amount": _money(checkout.amount_minor, link), "receipt": f"L{checkout.id}"}
    return render_template("link_pay.html", **ctx), 200

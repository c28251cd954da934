"""E-mail and SMS to patients: templates per language, the message log, retries that never send twice.

Every message is first written to `messages` as "pending" with the Message-ID it will carry; after
the server accepts it, status "sent" and the provider's id are written in one transaction. A
refused send is "failed" with the error code. `retry()` takes only failed messages (claiming one
under a row lock), so a message already accepted is never sent again. A message left "pending" by
a crash is not retried automatically: whether the server got it is unknown (the desk decides).

SMTP/SMS settings live in the settings table (`messaging.*`); their passwords in the OS keyring
(bank.credentials, profiles "smtp:<host>" / "sms:<user>").
Error codes: message_no_address, message_bad_channel, message_not_retryable, plus bank.mail/sms codes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from email.utils import make_msgid

from usu_desktop.bank import credentials
from usu_desktop.bank.errors import BankError
from usu_desktop.bank.mail import Attachment, SmtpConfig, is_email, send_mail
from usu_desktop.bank.sms import SmsConfig, normalize_phone, send_sms
from usu_desktop.domain.calendars import day_text
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.languages import CODES
from usu_desktop.domain.money import Money
from usu_desktop.domain.permissions import Actor, Permission, actor_of
from usu_desktop.storage import links as q
from usu_desktop.storage.db import Database
from usu_desktop.storage.link_models import Message
from usu_desktop.storage.records import add_audit, read_settings, utcnow, write_settings

LANGUAGES = CODES  # the one registry (domain.languages)
CHANNELS = ("email", "sms")

# {clinic} {name} {what} {amount} {url} {expires}
LINK_TEMPLATES: dict[str, tuple[str, str, str]] = {
    "en": ("{clinic}: payment link",
           "Dear {name},\n\nyou can pay {amount} for {what} online:\n{url}\n\nThe link is valid until "
           "{expires}.\n\nKind regards,\n{clinic}",
           "{clinic}: pay {amount} for {what}: {url} (valid until {expires})"),
    "ru": ("{clinic}: ссылка на оплату",
           "Здравствуйте, {name}!\n\nОплатить {amount} ({what}) можно онлайн:\n{url}\n\nСсылка действует до "
           "{expires}.\n\nС уважением,\n{clinic}",
           "{clinic}: оплата {amount} ({what}): {url} (до {expires})"),
    "az": ("{clinic}: ödəniş linki",
           "Hörmətli {name},\n\n{what} üçün {amount} məbləğini onlayn ödəyə bilərsiniz:\n{url}\n\nLink "
           "{expires} tarixinədək etibarlıdır.\n\nHörmətlə,\n{clinic}",
           "{clinic}: {what} üçün {amount} ödəyin: {url} ({expires} tarixinədək)"),
    "el": ("{clinic}: σύνδεσμος πληρωμής",
           "Αγαπητέ/ή {name},\n\nμπορείτε να πληρώσετε {amount} για {what} ηλεκτρονικά:\n{url}\n\n"
           "Ο σύνδεσμος ισχύει έως {expires}.\n\nΜε εκτίμηση,\n{clinic}",
           "{clinic}: πληρωμή {amount} για {what}: {url} (έως {expires})"),
    "is": ("{clinic}: greiðsluhlekkur",
           "Góðan dag {name},\n\nþú getur greitt {amount} fyrir {what} á netinu:\n{url}\n\nHlekkurinn gildir "
           "til {expires}.\n\nKveðja,\n{clinic}",
           "{clinic}: greiða {amount} fyrir {what}: {url} (gildir til {expires})"),
    "fa": ("{clinic}: لینک پرداخت",
           "{name} گرامی،\n\nمی‌توانید مبلغ {amount} بابت {what} را به‌صورت اینترنتی پرداخت کنید:\n{url}\n\n"
           "این لینک تا {expires} معتبر است.\n\nبا احترام،\n{clinic}",
           "{clinic}: پرداخت {amount} بابت {what}: {url} (معتبر تا {expires})"),
}

# Reminder: {clinic} {name} {amount} {since} {pay}; "due" and "remaining" (partly paid) variants.
REMINDER_TEMPLATES: dict[str, dict[str, str]] = {
    "en": {"subject": "{clinic}: payment reminder",
           "due": "Dear {name},\n\nour records show {amount} overdue since {since}.",
           "remaining": "Dear {name},\n\nthank you for your payment. {amount} remains overdue since {since}.",
           "pay": "\n\nYou can pay online: {url}", "end": "\n\nIf you have already paid, please ignore this "
           "message.\n\nKind regards,\n{clinic}",
           "sms_due": "{clinic}: {amount} overdue since {since}.", "sms_remaining":
           "{clinic}: {amount} remaining, overdue since {since}.", "sms_pay": " Pay: {url}"},
    "ru": {"subject": "{clinic}: напоминание об оплате",
           "due": "Здравствуйте, {name}!\n\nПо нашим данным, с {since} не оплачено {amount}.",
           "remaining": "Здравствуйте, {name}!\n\nСпасибо за оплату. Осталось оплатить {amount} "
           "(срок истёк {since}).",
           "pay": "\n\nОплатить можно онлайн: {url}", "end": "\n\nЕсли вы уже оплатили, не обращайте "
           "внимания на это письмо.\n\nС уважением,\n{clinic}",
           "sms_due": "{clinic}: не оплачено {amount} с {since}.", "sms_remaining":
           "{clinic}: осталось оплатить {amount} (срок {since}).", "sms_pay": " Оплата: {url}"},
    "az": {"subject": "{clinic}: ödəniş xatırlatması",
           "due": "Hörmətli {name},\n\nqeydlərimizə görə {since} tarixindən {amount} ödənilməyib.",
           "remaining": "Hörmətli {name},\n\nödənişiniz üçün təşəkkür edirik. {since} tarixindən qalıq "
           "{amount} ödənilməyib.",
           "pay": "\n\nOnlayn ödəyə bilərsiniz: {url}", "end": "\n\nArtıq ödəmisinizsə, bu məktuba "
           "fikir verməyin.\n\nHörmətlə,\n{clinic}",
           "sms_due": "{clinic}: {since} tarixindən {amount} ödənilməyib.", "sms_remaining":
           "{clinic}: qalıq {amount}, müddət {since}.", "sms_pay": " Ödəniş: {url}"},
    "el": {"subject": "{clinic}: υπενθύμιση πληρωμής",
           "due": "Αγαπητέ/ή {name},\n\nσύμφωνα με τα αρχεία μας οφείλεται {amount} από {since}.",
           "remaining": "Αγαπητέ/ή {name},\n\nευχαριστούμε για την πληρωμή. Απομένει {amount}, "
           "ληξιπρόθεσμο από {since}.",
           "pay": "\n\nΜπορείτε να πληρώσετε ηλεκτρονικά: {url}", "end": "\n\nΑν έχετε ήδη πληρώσει, "
           "αγνοήστε αυτό το μήνυμα.\n\nΜε εκτίμηση,\n{clinic}",
           "sms_due": "{clinic}: οφειλή {amount} από {since}.", "sms_remaining":
           "{clinic}: απομένει {amount} από {since}.", "sms_pay": " Πληρωμή: {url}"},
    "is": {"subject": "{clinic}: greiðsluáminning",
           "due": "Góðan dag {name},\n\nsamkvæmt okkar skrám eru {amount} í vanskilum frá {since}.",
           "remaining": "Góðan dag {name},\n\ntakk fyrir greiðsluna. Eftirstöðvar {amount} eru í vanskilum "
           "frá {since}.",
           "pay": "\n\nÞú getur greitt á netinu: {url}", "end": "\n\nEf þú hefur þegar greitt skaltu "
           "hunsa þessi skilaboð.\n\nKveðja,\n{clinic}",
           "sms_due": "{clinic}: {amount} í vanskilum frá {since}.", "sms_remaining":
           "{clinic}: eftirstöðvar {amount} frá {since}.", "sms_pay": " Greiða: {url}"},
    "fa": {"subject": "{clinic}: یادآوری پرداخت",
           "due": "{name} گرامی،\n\nطبق سوابق ما مبلغ {amount} از تاریخ {since} پرداخت نشده است.",
           "remaining": "{name} گرامی،\n\nاز پرداخت شما سپاسگزاریم. مبلغ باقی‌مانده {amount} از تاریخ "
           "{since} پرداخت نشده است.",
           "pay": "\n\nمی‌توانید به‌صورت اینترنتی پرداخت کنید: {url}", "end": "\n\nاگر قبلاً پرداخت "
           "کرده‌اید، این پیام را نادیده بگیرید.\n\nبا احترام،\n{clinic}",
           "sms_due": "{clinic}: مبلغ {amount} از {since} پرداخت نشده است.", "sms_remaining":
           "{clinic}: باقی‌مانده {amount} از {since}.", "sms_pay": " پرداخت: {url}"},
}


def language_of(code: str | None) -> str:
    return code if code in LANGUAGES else "en"


def money_text(minor: int, currency: str, language: str) -> str:
    return Money.from_minor(minor, currency).format(language_of(language))


def date_text(day: date, language: str, calendar: str = "") -> str:
    """A day as a message says it, in the patient's language and its calendar (Persian: Jalali)."""
    return day_text(day, language_of(language), "long", calendar or None)


@dataclass(frozen=True)
class Composed:
    subject: str
    body: str


def link_message(language: str, channel: str, *, clinic: str, name: str, what: str, amount: str, url: str,
                 expires: str) -> Composed:
    subject, body, sms = LINK_TEMPLATES[language_of(language)]
    values = {"clinic": clinic, "name": name, "what": what, "amount": amount, "url": url, "expires": expires}
    if channel == "sms":
        return Composed("", sms.format(**values))
    return Composed(subject.format(**values), body.format(**values))


def reminder_message(language: str, channel: str, *, clinic: str, name: str, amount: str, since: str,
                     url: str, remaining: bool) -> Composed:
    t = REMINDER_TEMPLATES[language_of(language)]
    values = {"clinic": clinic, "name": name, "amount": amount, "since": since, "url": url}
    if channel == "sms":
        text = t["sms_remaining" if remaining else "sms_due"] + (t["sms_pay"] if url else "")
        return Composed("", text.format(**values))
    body = t["remaining" if remaining else "due"] + (t["pay"] if url else "") + t["end"]
    return Composed(t["subject"].format(**values), body.format(**values))


@dataclass(frozen=True)
class MessagingConfig:
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    sms: SmsConfig = field(default_factory=SmsConfig)


@dataclass(frozen=True)
class SendResult:
    message_id: int
    status: str  # sent | failed
    error: str


Mailer = Callable[[SmtpConfig, "str | None", str, str, str, Sequence[Attachment], "str | None"], str]
SmsSender = Callable[[SmsConfig, "str | None", str, str], str]


def _mail(config: SmtpConfig, password: str | None, to: str, subject: str, body: str,
          attachments: Sequence[Attachment], message_id: str | None) -> str:
    return send_mail(config, password, to, subject, body, attachments, message_id)


def _sms(config: SmsConfig, password: str | None, to: str, text: str) -> str:
    return send_sms(config, password, to, text)


class MessagingService:
    """Sends and logs messages; `mailer`/`sms_sender` are the real senders unless a caller swaps them."""

    def __init__(self, db: Database, user: str | Actor = "system", mailer: Mailer = _mail,
                 sms_sender: SmsSender = _sms) -> None:
        self.db = db
        self.actor = actor_of(user)
        self.user = self.actor.name
        self.mailer = mailer
        self.sms_sender = sms_sender

    # --- settings -------------------------------------------------------------------------
    def config(self) -> MessagingConfig:
        with self.db.reading() as session:
            s = read_settings(session)
        try:
            port = int(s.get("messaging.smtp.port", "587"))
        except ValueError:
            port = 587
        smtp = SmtpConfig(s.get("messaging.smtp.host", ""), port,
                          s.get("messaging.smtp.security", "starttls"), s.get("messaging.smtp.username", ""),
                          s.get("messaging.smtp.sender", ""), cafile=s.get("messaging.smtp.cafile", ""))
        sms = SmsConfig(s.get("messaging.sms.url", ""), s.get("messaging.sms.method", "GET"),
                        s.get("messaging.sms.user", ""), s.get("messaging.sms.sender", ""))
        return MessagingConfig(smtp, sms)

    def save_config(self, config: MessagingConfig, smtp_password: str | None = None,
                    sms_password: str | None = None) -> None:
        self.actor.require(Permission.SETTINGS)  # the clinic's mail and SMS accounts
        if config.smtp.security not in ("ssl", "starttls", "none"):
            raise DomainError("message_bad_security", security=config.smtp.security)
        if config.smtp.sender and not is_email(config.smtp.sender):
            raise BankError("mail_bad_address", address=config.smtp.sender)
        if smtp_password:
            credentials.set_token(_smtp_profile(config.smtp), smtp_password)
        if sms_password:
            credentials.set_token(_sms_profile(config.sms), sms_password)
        with self.db.session() as session:
            write_settings(session, {
                "messaging.smtp.host": config.smtp.host.strip(), "messaging.smtp.port": str(config.smtp.port),
                "messaging.smtp.security": config.smtp.security,
                "messaging.smtp.username": config.smtp.username.strip(),
                "messaging.smtp.sender": config.smtp.sender.strip(),
                "messaging.smtp.cafile": config.smtp.cafile.strip(),
                "messaging.sms.url": config.sms.url_template,
                "messaging.sms.method": config.sms.method, "messaging.sms.user": config.sms.user,
                "messaging.sms.sender": config.sms.sender})
            add_audit(session, self.user, "messaging_settings_saved", "settings", None,
                      smtp_host=config.smtp.host, sms=bool(config.sms.url_template))

    # --- sending --------------------------------------------------------------------------
    def send(self, *, channel: str, recipient: str, language: str, subject: str, body: str, purpose: str,
             client_id: int | None = None, link_id: int | None = None, amount: Money | None = None,
             attachments: Sequence[Attachment] = ()) -> SendResult:
        """Log, send, and record the outcome. A refused send is logged as failed (not raised)."""
        if channel not in CHANNELS:
            raise DomainError("message_bad_channel", channel=channel)
        recipient = recipient.strip()
        if not recipient:
            raise DomainError("message_no_address", channel=channel, client_id=client_id)
        if channel == "email" and not is_email(recipient):
            raise BankError("mail_bad_address", address=recipient[:200])
        if channel == "sms":
            phone = normalize_phone(recipient)
            if phone is None:
                raise BankError("sms_bad_phone", phone=recipient[:40])
            recipient = phone
        config = self.config()
        provider_id = (make_msgid(domain=config.smtp.sender.rpartition("@")[2] or None)
                       if channel == "email" else "")
        with self.db.session() as session:
            msg = Message(client_id=client_id, link_id=link_id, purpose=purpose, channel=channel,
                          recipient=recipient, language=language_of(language), subject=subject, body=body,
                          amount_minor=amount.minor if amount else None,
                          currency=amount.currency if amount else "", status="pending", error="", attempts=0,
                          provider_id=provider_id, created_at=utcnow(), created_by=self.user)
            session.add(msg)
            session.flush()
            message_id = msg.id
        return self._deliver(message_id, config, attachments)

    def retry(self, message_id: int, attachments: Sequence[Attachment] = ()) -> SendResult:
        """Send a failed message again (same Message-ID); anything not failed is refused."""
        with self.db.session() as session:
            msg = q.lock_message(session, message_id)
            if msg is None or msg.status != "failed":
                raise DomainError("message_not_retryable", message_id=message_id,
                                  status=msg.status if msg else "")
            msg.status = "pending"  # claimed: a second retry now finds it not failed
        return self._deliver(message_id, self.config(), attachments)

    def retry_failed(self, attachments_for: Callable[[Message], Sequence[Attachment]] | None = None
                     ) -> list[SendResult]:
        with self.db.reading() as session:
            failed = q.messages(session, status="failed", limit=1000)
            pairs = [(m.id, list(attachments_for(m)) if attachments_for else []) for m in failed]
        return [self.retry(mid, atts) for mid, atts in pairs]

    def _deliver(self, message_id: int, config: MessagingConfig,
                 attachments: Sequence[Attachment]) -> SendResult:
        with self.db.reading() as session:
            msg = session.get(Message, message_id)
            assert msg is not None
            channel, recipient, subject, body, provider_id = (msg.channel, msg.recipient, msg.subject,
                                                              msg.body, msg.provider_id)
        error = ""
        try:
            if channel == "email":
                password = credentials.get_token(_smtp_profile(config.smtp)) if config.smtp.username else None
                provider_id = self.mailer(config.smtp, password, recipient, subject, body, attachments,
                                          provider_id or None)
            else:
                password = credentials.get_token(_sms_profile(config.sms))
                provider_id = self.sms_sender(config.sms, password, recipient, body)
        except BankError as err:
            error = err.code
        with self.db.session() as session:
            msg = q.lock_message(session, message_id)
            assert msg is not None
            msg.attempts += 1
            if error:
                msg.status, msg.error = "failed", error
            else:
                msg.status, msg.error, msg.provider_id, msg.sent_at = "sent", "", provider_id[:200], utcnow()
            add_audit(session, self.user, "message_" + msg.status, "client", msg.client_id, message_id=msg.id,
                      channel=channel, purpose=msg.purpose, error=error)
        return SendResult(message_id, "failed" if error else "sent", error)

    def log(self, client_id: int | None = None, status: str | None = None, limit: int = 500) -> list[Message]:
        with self.db.reading() as session:
            rows = q.messages(session, client_id, status, limit)
            session.expunge_all()
            return rows


def _smtp_profile(config: SmtpConfig) -> str:
    return f"smtp:{config.username}@{config.host}"


def _sms_profile(config: SmsConfig) -> str:
    return f"sms:{config.user}"

"""E-mail over SMTP (implicit TLS, STARTTLS, or plain on this computer only), with login and attachments.

`send_mail` returns the Message-ID the server accepted; failures are BankError codes:
  mail_not_configured   no host or sender
  mail_bad_address      the recipient (or sender) is not an e-mail address; params: address
  mail_unreachable      no connection / TLS failure; params: host, reason
  mail_login_refused    the server refused the user name or password
  mail_refused          the server refused the message or recipient; params: status
  mail_insecure         plain SMTP to a host other than this computer
Certificates are verified (default SSL context).
"""

from __future__ import annotations

import re
import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid

from usu_desktop.bank.errors import BankError

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
_ADDRESS = re.compile(r"^[^@\s<>\"(),;:]+@[^@\s<>\"(),;:]+\.[^@\s<>\"(),;:.]{2,}$")


def is_email(text: str) -> bool:
    return bool(_ADDRESS.match(text.strip())) and len(text) <= 200


@dataclass(frozen=True)
class SmtpConfig:
    host: str = ""
    port: int = 587
    security: str = "starttls"  # ssl | starttls | none (none: this computer only)
    username: str = ""
    sender: str = ""
    timeout: float = 20.0
    cafile: str = ""  # a clinic's own certificate authority (PEM); empty: the system's


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str = "application/pdf"


def build_message(config: SmtpConfig, to: str, subject: str, body: str,
                  attachments: Sequence[Attachment] = (), message_id: str | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = config.sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = message_id or make_msgid(domain=config.sender.rpartition("@")[2] or None)
    msg.set_content(body)
    for a in attachments:
        main, _, sub = a.mime_type.partition("/")
        msg.add_attachment(a.content, maintype=main, subtype=sub, filename=a.filename)
    return msg


def send_mail(config: SmtpConfig, password: str | None, to: str, subject: str, body: str,
              attachments: Sequence[Attachment] = (), message_id: str | None = None) -> str:
    """Send one message; returns its Message-ID once the server has accepted it."""
    if not config.host or not config.sender:
        raise BankError("mail_not_configured")
    for address in (to, config.sender):
        if not is_email(address):
            raise BankError("mail_bad_address", address=address[:200])
    if config.security == "none" and config.host not in LOCAL_HOSTS:
        raise BankError("mail_insecure", host=config.host)
    msg = build_message(config, to, subject, body, attachments, message_id)
    try:
        context = ssl.create_default_context(cafile=config.cafile or None)
        if config.security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout,
                                                  context=context)
        else:
            smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
        try:
            if config.security == "starttls":
                smtp.starttls(context=context)
            if config.username:
                smtp.login(config.username, password or "")
            smtp.send_message(msg)
        finally:
            _close(smtp)  # a failure after the server took the message must not read as "not sent"
    except smtplib.SMTPAuthenticationError:
        raise BankError("mail_login_refused", host=config.host) from None
    except ssl.SSLError as err:
        raise BankError("mail_unreachable", host=config.host, reason="tls", detail=str(err)[:200]) from None
    except smtplib.SMTPNotSupportedError:
        raise BankError("mail_unreachable", host=config.host, reason="not_supported") from None
    except smtplib.SMTPRecipientsRefused as err:
        codes = [code for code, _ in err.recipients.values()]
        raise BankError("mail_refused", status=codes[0] if codes else 0) from None
    except smtplib.SMTPResponseException as err:
        raise BankError("mail_refused", status=err.smtp_code) from None
    except (smtplib.SMTPException, OSError) as err:
        raise BankError("mail_unreachable", host=config.host, reason=type(err).__name__) from None
    return str(msg["Message-ID"])


def _close(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()

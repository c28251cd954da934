"""SMS through an HTTP gateway described by a URL template (most gateways take a GET or a form POST).

The template names the parts, e.g. `https://sms.example/send?user={user}&pass={password}&to={to}&text={text}`;
every value is URL-encoded. The password comes from the keyring (never from settings files). A 2xx
answer means accepted; the answer's text (first 200 characters) is kept as the provider's id.
Failures are BankError codes:
  sms_not_configured   no URL template
  sms_bad_phone        not an international phone number; params: phone
  sms_unreachable      no connection / timeout; params: reason
  sms_refused          the gateway answered an error; params: status
  sms_insecure         plain http to a host other than this computer
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

import requests

from usu_desktop.bank.errors import BankError

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
_PHONE = re.compile(r"^\+?[0-9]{7,15}$")


def normalize_phone(text: str) -> str | None:
    """'+994 (50) 123-45-67' -> '+994501234567'; None when it cannot be a phone number."""
    digits = re.sub(r"[\s().\-]", "", text.strip())
    return digits if _PHONE.match(digits) else None


@dataclass(frozen=True)
class SmsConfig:
    url_template: str = ""
    method: str = "GET"  # GET | POST (form)
    user: str = ""
    sender: str = ""
    timeout: float = 15.0


def send_sms(config: SmsConfig, password: str | None, to: str, text: str,
             session: requests.Session | None = None) -> str:
    """Send one SMS; returns the gateway's answer (its message id, when it gives one)."""
    if not config.url_template:
        raise BankError("sms_not_configured")
    phone = normalize_phone(to)
    if phone is None:
        raise BankError("sms_bad_phone", phone=to[:40])
    values = {"to": phone, "text": text, "user": config.user, "password": password or "",
              "sender": config.sender}
    try:
        url = config.url_template.format(**{k: quote(v, safe="") for k, v in values.items()})
    except (KeyError, IndexError, ValueError):
        raise BankError("sms_not_configured", reason="bad_template") from None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BankError("sms_not_configured", reason="bad_template")
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        raise BankError("sms_insecure", host=parts.hostname)
    http = session or requests.Session()
    try:
        if config.method.upper() == "POST":
            base, _, query = url.partition("?")
            resp = http.post(base, data=query, timeout=config.timeout, allow_redirects=False,
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
        else:
            resp = http.get(url, timeout=config.timeout, allow_redirects=False)
    except requests.exceptions.RequestException as err:
        raise BankError("sms_unreachable", reason=type(err).__name__) from None
    finally:
        if session is None:
            http.close()
    if not 200 <= resp.status_code < 300:
        raise BankError("sms_refused", status=resp.status_code)
    return resp.text.strip()[:200] or "accepted"

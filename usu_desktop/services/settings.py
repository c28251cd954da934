"""Clinic settings: what goes on every invoice and how invoices are numbered and due."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.languages import CALENDARS
from usu_desktop.domain.money import CURRENCY_EXPONENTS
from usu_desktop.domain.permissions import Actor, Permission, actor_of
from usu_desktop.storage.db import Database
from usu_desktop.storage.records import add_audit, read_settings, write_settings

_PREFIX = "clinic."


@dataclass(frozen=True)
class ClinicSettings:
    name: str = ""
    address: str = ""
    tax_id: str = ""
    iban: str = ""
    bic: str = ""
    currency: str = "EUR"
    logo_path: str = ""
    payment_terms_days: int = 14
    invoice_series: str = "INV"
    language: str = "en"
    calendar: str = ""  # "" = as each language dates (Persian: Solar Hijri); or gregorian / jalali

    def validated(self) -> ClinicSettings:
        """A normalized copy, or DomainError naming the bad field."""
        iban = self.iban.strip()
        if iban:
            from schwifty import IBAN  # its registry loads in ~40 ms: only when there is an IBAN
            from schwifty.exceptions import SchwiftyException

            try:
                iban = IBAN(iban).compact
            except SchwiftyException:
                raise DomainError("bad_iban", iban=self.iban) from None
        if self.currency not in CURRENCY_EXPONENTS:
            raise DomainError("unknown_currency", currency=self.currency)
        if isinstance(self.payment_terms_days, bool) or not isinstance(self.payment_terms_days, int) \
                or not 0 <= self.payment_terms_days <= 365:
            raise DomainError("bad_payment_terms", days=self.payment_terms_days)
        if self.calendar not in ("", *CALENDARS):
            raise DomainError("bad_calendar", calendar=self.calendar)
        series = self.invoice_series.strip().upper()
        if not series or not series.isascii() or not series.isalnum() or len(series) > 10:
            raise DomainError("bad_invoice_series", series=self.invoice_series)
        return replace(self, iban=iban, bic=self.bic.strip().upper(), invoice_series=series)


class SettingsService:
    """Loads and saves `ClinicSettings` (key/value rows), one transaction each."""

    def __init__(self, db: Database, user: str | Actor = "system") -> None:
        self.db = db
        self.actor = actor_of(user)
        self.user = self.actor.name

    def load(self) -> ClinicSettings:
        with self.db.reading() as session:
            stored = read_settings(session)
        values: dict[str, object] = {}
        for f in fields(ClinicSettings):
            raw = stored.get(_PREFIX + f.name)
            if raw is None:
                continue
            values[f.name] = int(raw) if f.name == "payment_terms_days" else raw
        return ClinicSettings(**values)  # type: ignore[arg-type]

    def save(self, settings: ClinicSettings) -> ClinicSettings:
        self.actor.require(Permission.SETTINGS)
        clean = settings.validated()
        with self.db.session() as session:
            write_settings(session, {_PREFIX + k: str(v) for k, v in asdict(clean).items()})
            add_audit(session, self.user, "settings_saved", "settings", None)
        return clean

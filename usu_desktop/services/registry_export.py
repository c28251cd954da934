"""The open-charge registry a bank or terminal network loads: CSV or XML, with count and control sum.

Built from the same charge list the exchange gets (`services.charges`: one line per client number,
amount due = open balances − credit, masked name, client RF first), so the two never disagree. Lines
with nothing due are left out. The file is written atomically by `bank.registry.export_registry`; its
refusals (registry_unencodable naming account and field, registry_bad_delimiter, ...) come back as
`DomainError` and leave no file behind.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from usu_desktop.bank.registry import RegistryCharge, export_registry
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money, total
from usu_desktop.domain.permissions import Actor, actor_of
from usu_desktop.services.charges import build_snapshot
from usu_desktop.services.settings import SettingsService
from usu_desktop.storage.db import Database
from usu_desktop.storage.records import add_audit

FORMATS = ("csv", "xml")
ENCODINGS = ("utf-8", "utf-8-sig", "cp1251", "cp1252", "iso-8859-7", "cp1253")


@dataclass(frozen=True)
class RegistryExport:
    path: Path
    format: str
    count: int
    control_sum: Money


class RegistryExportService:
    def __init__(self, db: Database, user: str | Actor = "system") -> None:
        self.db = db
        self.actor = actor_of(user)
        self.user = self.actor.name

    def charges(self, period: str | None = None) -> list[RegistryCharge]:
        """The open charges now, in client-number order (what the file will hold)."""
        currency = SettingsService(self.db).load().currency
        snapshot = build_snapshot(self.db, currency, None)
        return [RegistryCharge(line.account, line.amount, line.masked_name,
                               line.rf[0] if line.rf else None, period)
                for line in snapshot.charges if line.active and line.amount.is_positive()]

    def export(self, path: str | Path, format: str = "csv", *, delimiter: str = ";", encoding: str = "utf-8",
               header: bool = True, period: str | None = None) -> RegistryExport:
        """Write the registry to `path` (atomically); DomainError on refusal, nothing written then."""
        if format not in FORMATS:
            raise DomainError("registry_unknown_format", format=format)
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise DomainError("registry_unknown_encoding", encoding=encoding) from None
        if period is None:
            period = date.today().strftime("%Y-%m")
        currency = SettingsService(self.db).load().currency
        charges = self.charges(period)
        opts: dict[str, object] = {"currency": currency}
        if format == "csv":
            opts.update(delimiter=delimiter, encoding=encoding, header=header)
        target = export_registry(path, charges, format, **opts)
        control = total((c.amount for c in charges), currency)
        with self.db.session() as session:
            add_audit(session, self.user, "registry_exported", "registry", None, path=str(target),
                      format=format, encoding=encoding if format == "csv" else "utf-8", count=len(charges),
                      control_minor=control.minor)
        return RegistryExport(target, format, len(charges), control)

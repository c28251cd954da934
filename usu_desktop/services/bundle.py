"""Services: every use-case service of the desktop app, built on its one database when first used.

The composition root (app.py) builds the set and screens take the ones they need
(`ctx.services.clients`). Each service (and the modules behind it: printing, the bank
clients) is imported and built the first time a screen asks for it, so start-up does not
pay for what the first screen does not use. The set cannot be changed behind a screen's
back; a test that needs one service with fakes swaps that one with
`services.replace(sync=SyncService(db, user, client_factory=...))`.

Every service acts as one `Actor` (the signed-in user and role) and checks its permissions
itself; `as_user` builds the set again for another user after a sign-in or a switch.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from usu_desktop.domain.permissions import Actor, actor_of
from usu_desktop.storage.db import Database

if TYPE_CHECKING:
    from usu_desktop.services.audit import AuditService
    from usu_desktop.services.clients import ClientService
    from usu_desktop.services.documents import DocumentService
    from usu_desktop.services.invoicing import InvoicingService
    from usu_desktop.services.links import LinkService
    from usu_desktop.services.messaging import MessagingService
    from usu_desktop.services.payments import PaymentService
    from usu_desktop.services.reception import ReceptionService
    from usu_desktop.services.refunds import RefundService
    from usu_desktop.services.registry_export import RegistryExportService
    from usu_desktop.services.reminders import ReminderService
    from usu_desktop.services.settings import SettingsService
    from usu_desktop.services.statements import StatementImportService
    from usu_desktop.services.sync import SyncService
    from usu_desktop.services.users import UserService

# name -> (module, class); built as Class(database, actor) unless _build says otherwise
_CLASSES = {
    "settings": ("settings", "SettingsService"),
    "clients": ("clients", "ClientService"),
    "invoicing": ("invoicing", "InvoicingService"),
    "payments": ("payments", "PaymentService"),
    "refunds": ("refunds", "RefundService"),
    "reception": ("reception", "ReceptionService"),
    "documents": ("documents", "DocumentService"),
    "sync": ("sync", "SyncService"),
    "statements": ("statements", "StatementImportService"),
    "registry_export": ("registry_export", "RegistryExportService"),
    "messaging": ("messaging", "MessagingService"),
    "links": ("links", "LinkService"),
    "reminders": ("reminders", "ReminderService"),
    "users": ("users", "UserService"),
    "audit": ("audit", "AuditService"),
}
NAMES = tuple(_CLASSES)


class Services:
    __slots__ = ("_made", "actor", "db", "time_zone")
    db: Database
    actor: Actor
    time_zone: str | None
    _made: dict[str, Any]

    def __init__(self, database: Database, actor: Actor, time_zone: str | None = None,
                 given: dict[str, Any] | None = None) -> None:
        unknown = set(given or ()) - set(_CLASSES)
        if unknown:
            raise TypeError(f"no such services: {', '.join(sorted(unknown))}")
        object.__setattr__(self, "db", database)
        object.__setattr__(self, "actor", actor)
        object.__setattr__(self, "time_zone", time_zone)
        object.__setattr__(self, "_made", dict(given or {}))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Services cannot be changed; use replace()")

    @classmethod
    def build(cls, database: Database, user: str | Actor = "desk", *,
              time_zone: str | None = None) -> Services:
        """All of them for `user` (a bare name acts as an administrator: scripts, tests and the
        desk before sign-in existed); `time_zone` is the desk's IANA zone for link expiries
        (None: `links.local_time_zone()`, which cannot tell it on Windows; app.py asks Qt).

        Messaging is shared, so links and reminders log to the same message journal.
        """
        return cls(database, actor_of(user), time_zone)

    def replace(self, **services: Any) -> Services:
        """The same set with the services named swapped (those already built are kept)."""
        return Services(self.db, self.actor, self.time_zone, {**self._made, **services})

    def as_user(self, user: Actor) -> Services:
        """The same services on the same database, acting as `user`."""
        return Services.build(self.db, user, time_zone=self.time_zone)

    def built(self) -> tuple[str, ...]:
        """The services made so far (start-up measures what it paid for)."""
        return tuple(self._made)

    def _get(self, name: str) -> Any:
        made = self._made.get(name)
        if made is None:
            made = self._made[name] = self._build(name)
        return made

    def _build(self, name: str) -> Any:
        module, cls = _CLASSES[name]
        factory = getattr(importlib.import_module(f"usu_desktop.services.{module}"), cls)
        if name == "audit":
            return factory(self.db)
        if name == "links":
            return factory(self.db, self.actor, messaging=self.messaging, time_zone=self.time_zone)
        if name == "reminders":
            return factory(self.db, self.actor, messaging=self.messaging, links=self.links)
        return factory(self.db, self.actor)

    @property
    def settings(self) -> SettingsService:
        return self._get("settings")  # type: ignore[no-any-return]

    @property
    def clients(self) -> ClientService:
        return self._get("clients")  # type: ignore[no-any-return]

    @property
    def invoicing(self) -> InvoicingService:
        return self._get("invoicing")  # type: ignore[no-any-return]

    @property
    def payments(self) -> PaymentService:
        return self._get("payments")  # type: ignore[no-any-return]

    @property
    def refunds(self) -> RefundService:
        return self._get("refunds")  # type: ignore[no-any-return]

    @property
    def reception(self) -> ReceptionService:
        return self._get("reception")  # type: ignore[no-any-return]

    @property
    def documents(self) -> DocumentService:
        return self._get("documents")  # type: ignore[no-any-return]

    @property
    def sync(self) -> SyncService:
        return self._get("sync")  # type: ignore[no-any-return]

    @property
    def statements(self) -> StatementImportService:
        return self._get("statements")  # type: ignore[no-any-return]

    @property
    def registry_export(self) -> RegistryExportService:
        return self._get("registry_export")  # type: ignore[no-any-return]

    @property
    def messaging(self) -> MessagingService:
        return self._get("messaging")  # type: ignore[no-any-return]

    @property
    def links(self) -> LinkService:
        return self._get("links")  # type: ignore[no-any-return]

    @property
    def reminders(self) -> ReminderService:
        return self._get("reminders")  # type: ignore[no-any-return]

    @property
    def users(self) -> UserService:
        return self._get("users")  # type: ignore[no-any-return]

    @property
    def audit(self) -> AuditService:
        return self._get("audit")  # type: ignore[no-any-return]

"""Services: every use-case service of the desktop app, built once on its one database.

The composition root (app.py) builds it and screens take the ones they need
(`ctx.services.clients`). It is frozen, so no screen swaps a service behind another's
back; a test that needs one service with fakes builds the real set and swaps that one
with `dataclasses.replace(services, sync=SyncService(db, user, client_factory=...))`.

Every service acts as one `Actor` (the signed-in user and role) and checks its permissions
itself; `as_user` builds the set again for another user after a sign-in or a switch.
"""

from __future__ import annotations

from dataclasses import dataclass

from usu_desktop.domain.permissions import Actor, actor_of
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
from usu_desktop.storage.db import Database


@dataclass(frozen=True, slots=True)
class Services:
    settings: SettingsService
    clients: ClientService
    invoicing: InvoicingService
    payments: PaymentService
    refunds: RefundService
    reception: ReceptionService
    documents: DocumentService
    sync: SyncService
    statements: StatementImportService
    registry_export: RegistryExportService
    messaging: MessagingService
    links: LinkService
    reminders: ReminderService
    users: UserService
    audit: AuditService
    actor: Actor
    time_zone: str | None = None

    @classmethod
    def build(cls, database: Database, user: str | Actor = "desk", *,
              time_zone: str | None = None) -> Services:
        """All of them for `user` (a bare name acts as an administrator: scripts, tests and the
        desk before sign-in existed); `time_zone` is the desk's IANA zone for link expiries
        (None: `links.local_time_zone()`, which cannot tell it on Windows; app.py asks Qt).

        Messaging is shared, so links and reminders log to the same message journal.
        """
        user = actor_of(user)
        messaging = MessagingService(database, user)
        links = LinkService(database, user, messaging=messaging, time_zone=time_zone)
        return cls(
            settings=SettingsService(database, user),
            clients=ClientService(database, user),
            invoicing=InvoicingService(database, user),
            payments=PaymentService(database, user),
            refunds=RefundService(database, user),
            reception=ReceptionService(database, user),
            documents=DocumentService(database, user),
            sync=SyncService(database, user),
            statements=StatementImportService(database, user),
            registry_export=RegistryExportService(database, user),
            messaging=messaging,
            links=links,
            reminders=ReminderService(database, user, messaging=messaging, links=links),
            users=UserService(database, user),
            audit=AuditService(database),
            actor=user,
            time_zone=time_zone,
        )

    def as_user(self, user: Actor) -> Services:
        """The same services on the same database, acting as `user`."""
        return Services.build(self.settings.db, user, time_zone=self.time_zone)

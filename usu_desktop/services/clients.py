"""Registering and editing patients: numbers, open-amount RF codes, duplicate warnings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from usu_desktop.domain.client_numbers import FIRST_SEQUENCE, client_number_create
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.languages import normalize as normalize_language
from usu_desktop.domain.permissions import Actor, actor_of
from usu_desktop.domain.references import rf_create
from usu_desktop.storage.db import Database
from usu_desktop.storage.ledger import lock_client
from usu_desktop.storage.models import Client
from usu_desktop.storage.queries import ClientRow, client_rows, find_duplicate_clients
from usu_desktop.storage.records import add_audit, next_sequence, utcnow
from usu_desktop.storage.search import client_search_text

_EDITABLE = ("first_name", "last_name", "birth_date", "phone", "email", "language")


@dataclass(frozen=True)
class ClientInput:
    first_name: str
    last_name: str
    birth_date: date | None = None
    phone: str = ""
    email: str = ""
    language: str = "en"

    def cleaned(self) -> ClientInput:
        first, last = self.first_name.strip(), self.last_name.strip()
        if not first and not last:
            raise DomainError("client_name_required")
        email = self.email.strip()
        if email and ("@" not in email or " " in email):
            raise DomainError("client_bad_email", email=email)
        if self.birth_date is not None and self.birth_date > date.today():
            raise DomainError("client_bad_birth_date", birth_date=self.birth_date.isoformat())
        return ClientInput(first, last, self.birth_date, self.phone.strip(), email,
                           normalize_language(self.language))  # one of the registry's, else English


@dataclass(frozen=True)
class ClientCreated:
    """`client_id` is None when possible duplicates stopped the creation (see `duplicates`)."""

    client_id: int | None
    client_number: str | None
    rf_code: str | None
    duplicates: tuple[ClientRow, ...]


class ClientService:
    def __init__(self, db: Database, user: str | Actor = "system") -> None:
        self.db = db
        self.actor = actor_of(user)
        self.user = self.actor.name

    def find_duplicates(self, data: ClientInput, exclude_id: int | None = None) -> list[ClientRow]:
        with self.db.reading() as session:
            return find_duplicate_clients(session, data.first_name, data.last_name, data.birth_date,
                                          data.phone, exclude_id)

    def create(self, data: ClientInput, confirm_duplicates: bool = False) -> ClientCreated:
        """Register a patient; without `confirm_duplicates`, look-alikes are returned instead."""
        data = data.cleaned()
        with self.db.session() as session:
            dups = tuple(find_duplicate_clients(session, data.first_name, data.last_name,
                                                data.birth_date, data.phone))
            if dups and not confirm_duplicates:
                return ClientCreated(None, None, None, dups)
            seq = next_sequence(session, "client", FIRST_SEQUENCE)
            number = client_number_create(seq)
            client = Client(sequence=seq, client_number=number, rf_code=rf_create(number),
                            first_name=data.first_name, last_name=data.last_name, birth_date=data.birth_date,
                            phone=data.phone, email=data.email, language=data.language, archived=False,
                            search_text=client_search_text(data.first_name, data.last_name, number,
                                                           data.phone, data.email),
                            created_at=utcnow())
            session.add(client)
            session.flush()
            add_audit(session, self.user, "client_created", "client", client.id, client_number=number,
                      duplicates=[d.id for d in dups])
            return ClientCreated(client.id, number, client.rf_code, dups)

    def update(self, client_id: int, data: ClientInput) -> ClientRow:
        data = data.cleaned()
        with self.db.session() as session:
            client = lock_client(session, client_id)
            changed = {}
            for name in _EDITABLE:
                old, new = getattr(client, name), getattr(data, name)
                if old != new:
                    changed[name] = [old, new]
                    setattr(client, name, new)
            client.search_text = client_search_text(client.first_name, client.last_name,
                                                    client.client_number, client.phone, client.email)
            add_audit(session, self.user, "client_updated", "client", client_id, changed=changed)
            session.flush()
            return client_rows(session, [client_id])[0]

    def archive(self, client_id: int, archived: bool = True) -> None:
        """Hide from the everyday list; the books keep every row."""
        with self.db.session() as session:
            client = lock_client(session, client_id)
            client.archived = archived
            add_audit(session, self.user, "client_archived" if archived else "client_restored", "client",
                      client_id)

    def get(self, client_id: int) -> ClientRow:
        with self.db.reading() as session:
            rows = client_rows(session, [client_id])
        if not rows:
            raise DomainError("client_not_found", client_id=client_id)
        return rows[0]

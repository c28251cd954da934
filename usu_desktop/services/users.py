"""People who sign in: add, list, change password, disable (never delete), authenticate.

Passwords are kept as argon2id hashes (argon2-cffi). A wrong password is one calm code for an
unknown name too, so the dialog does not tell which names exist; after a few failures each
further try waits longer (`failure_delay`), and every attempt is in the audit log.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.permissions import Actor, Permission, Role, actor_of, parse_role
from usu_desktop.storage.db import Database
from usu_desktop.storage.models import User
from usu_desktop.storage.records import add_audit, utcnow
from usu_desktop.storage.users import all_users, count_users, user_by_name

MIN_PASSWORD = 8
FREE_TRIES = 3  # failures before the delay starts
MAX_DELAY = 30.0  # seconds


def failure_delay(failures: int) -> float:
    """Seconds to wait before checking a password after `failures` wrong ones in a row:
    none for the first few, then 1, 2, 4 … up to MAX_DELAY."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_DELAY, float(2 ** (failures - FREE_TRIES)))


@dataclass(frozen=True)
class UserView:
    id: int
    name: str
    role: Role
    disabled: bool
    created_at: datetime
    last_sign_in_at: datetime | None

    @property
    def actor(self) -> Actor:
        return Actor(self.name, self.role)

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "role": self.role.value, "disabled": self.disabled,
                "created_at": self.created_at.isoformat(),
                "last_sign_in_at": self.last_sign_in_at.isoformat() if self.last_sign_in_at else None}


def _view(u: User) -> UserView:
    return UserView(u.id, u.name, Role(u.role), u.disabled, u.created_at, u.last_sign_in_at)


def _clean_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean or len(clean) > 80 or not clean.isprintable() or clean.startswith("admin:"):
        raise DomainError("user_bad_name", name=name)
    return clean


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise DomainError("password_too_short", min=MIN_PASSWORD)


class UserService:
    """Users of one database, acting as `user` (who must be an administrator to manage others)."""

    def __init__(self, db: Database, user: str | Actor = "system",
                 sleep: Callable[[float], None] = time.sleep, hasher: PasswordHasher | None = None) -> None:
        self.db = db
        self.actor = actor_of(user)
        self.user = self.actor.name
        self.sleep = sleep
        self.hasher = hasher or PasswordHasher()

    # --- reading ------------------------------------------------------------
    def users(self) -> list[UserView]:
        with self.db.reading() as session:
            return [_view(u) for u in all_users(session)]

    def get(self, name: str) -> UserView:
        with self.db.reading() as session:
            u = user_by_name(session, name)
            if u is None:
                raise DomainError("user_not_found", name=name)
            return _view(u)

    def count(self, enabled_only: bool = True) -> int:
        with self.db.reading() as session:
            return count_users(session, enabled_only=enabled_only)

    # --- managing -----------------------------------------------------------
    def add(self, name: str, role: Role | str, password: str) -> UserView:
        """A new user. The very first one (the clinic's administrator) may be added by anyone."""
        clean = _clean_name(name)
        role = role if isinstance(role, Role) else parse_role(role)
        _check_password(password)
        hashed = self.hasher.hash(password)
        with self.db.session() as session:
            first = count_users(session) == 0
            if first and role is not Role.ADMINISTRATOR:
                raise DomainError("first_user_administrator")
            if not first:
                self.actor.require(Permission.USERS)
            if user_by_name(session, clean) is not None:
                raise DomainError("user_exists", name=clean)
            u = User(name=clean, role=role.value, password_hash=hashed, disabled=False,
                     created_at=utcnow(), failed_attempts=0)
            session.add(u)
            session.flush()
            add_audit(session, self.user, "user_added", "user", u.id, name=clean, role=role.value)
            return _view(u)

    def change_password(self, name: str, new_password: str, old_password: str | None = None) -> None:
        """Someone's own password (with the old one), or anyone's by an administrator."""
        _check_password(new_password)
        own = name.strip().lower() == self.user.lower()
        if not own or old_password is None:
            self.actor.require(Permission.USERS)
        hashed = self.hasher.hash(new_password)
        with self.db.session() as session:
            u = user_by_name(session, name, lock=True)
            if u is None:
                raise DomainError("user_not_found", name=name)
            if own and old_password is not None and not self._matches(u, old_password):
                raise DomainError("password_wrong")
            u.password_hash = hashed
            u.failed_attempts = 0
            add_audit(session, self.user, "user_password_changed", "user", u.id, name=u.name)

    def disable(self, name: str) -> UserView:
        """The user can no longer sign in; the name stays (the audit log refers to it)."""
        self.actor.require(Permission.USERS)
        with self.db.session() as session:
            u = user_by_name(session, name, lock=True)
            if u is None:
                raise DomainError("user_not_found", name=name)
            if not u.disabled:
                if u.role == Role.ADMINISTRATOR.value and count_users(
                        session, enabled_only=True, role=Role.ADMINISTRATOR.value) <= 1:
                    raise DomainError("last_administrator", name=u.name)
                u.disabled = True
                add_audit(session, self.user, "user_disabled", "user", u.id, name=u.name)
            return _view(u)

    # --- signing in ---------------------------------------------------------
    def authenticate(self, name: str, password: str) -> Actor:
        """The user as an Actor, or DomainError: `sign_in_refused` (unknown name or wrong password,
        after the growing delay), `user_disabled`. The attempt is audited either way."""
        with self.db.reading() as session:
            u = user_by_name(session, name)
            failures = u.failed_attempts if u is not None else 0
        delay = failure_delay(failures)
        if delay:
            self.sleep(delay)
        with self.db.session() as session:
            u = user_by_name(session, name, lock=True)
            if u is None or not self._matches(u, password):
                if u is not None:
                    u.failed_attempts += 1
                    u.last_failed_at = utcnow()
                add_audit(session, u.name if u else (name.strip()[:80] or "?"), "sign_in_failed", "user",
                          u.id if u else None, failures=u.failed_attempts if u else None)
                refused: DomainError = DomainError("sign_in_refused")
            elif u.disabled:
                add_audit(session, u.name, "sign_in_failed", "user", u.id, reason="disabled")
                refused = DomainError("user_disabled", name=u.name)
            else:
                u.failed_attempts = 0
                u.last_sign_in_at = utcnow()
                if self.hasher.check_needs_rehash(u.password_hash):
                    u.password_hash = self.hasher.hash(password)
                add_audit(session, u.name, "user_signed_in", "user", u.id)
                return Actor(u.name, Role(u.role))
        raise refused

    def sign_in_automatically(self, name: str) -> Actor:
        """A one-desk clinic's "sign in automatically on this PC": only while `name` is the one
        enabled user (a second user turns it off); audited like any sign-in."""
        with self.db.session() as session:
            u = user_by_name(session, name, lock=True)
            if u is None or u.disabled or count_users(session, enabled_only=True) != 1:
                raise DomainError("auto_sign_in_off")
            u.last_sign_in_at = utcnow()
            add_audit(session, u.name, "user_signed_in", "user", u.id, automatic=True)
            return Actor(u.name, Role(u.role))

    def _matches(self, u: User, password: str) -> bool:
        try:
            return bool(self.hasher.verify(u.password_hash, password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

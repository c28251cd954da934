"""Roles and what each may do, as one table.

`GRANTS` has one row per permission and one column per role (receptionist, manager,
administrator), like the invoice states' `TRANSITIONS`: reading a row says who may do it.
Services check an `Actor` against it themselves (`require`), so a screen that forgets to
grey out a button still cannot do what the role may not; the UI asks `Actor.can` to
disable and explain.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from usu_desktop.domain.errors import DomainError


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    MANAGER = "manager"
    ADMINISTRATOR = "administrator"


class Permission(StrEnum):
    PATIENTS = "patients"
    INVOICES = "invoices"
    DESK_PAYMENTS = "desk_payments"
    RECEIPTS = "receipts"
    LINKS = "links"
    REMINDERS = "reminders"
    CANCEL_INVOICES = "cancel_invoices"  # cancelling an issued invoice is a credit note
    REFUNDS = "refunds"
    MATCHES = "matches"  # undo an allocation, allocate by hand
    REPORTS = "reports"
    CLOSE_DAY = "close_day"
    SETTINGS = "settings"
    CONNECTIONS = "connections"  # bank and exchange connection
    USERS = "users"
    BACKUP = "backup"  # backup and restore


_P = Permission
ROLES: Final[tuple[Role, ...]] = (Role.RECEPTIONIST, Role.MANAGER, Role.ADMINISTRATOR)

GRANTS: Final[tuple[tuple[Permission, bool, bool, bool], ...]] = (
    # permission          receptionist  manager  administrator
    (_P.PATIENTS,         True,         True,    True),
    (_P.INVOICES,         True,         True,    True),
    (_P.DESK_PAYMENTS,    True,         True,    True),
    (_P.RECEIPTS,         True,         True,    True),
    (_P.LINKS,            True,         True,    True),
    (_P.REMINDERS,        True,         True,    True),
    (_P.CANCEL_INVOICES,  False,        True,    True),
    (_P.REFUNDS,          False,        True,    True),
    (_P.MATCHES,          False,        True,    True),
    (_P.REPORTS,          False,        True,    True),
    (_P.CLOSE_DAY,        False,        True,    True),
    (_P.SETTINGS,         False,        False,   True),
    (_P.CONNECTIONS,      False,        False,   True),
    (_P.USERS,            False,        False,   True),
    (_P.BACKUP,           False,        False,   True),
)

ALLOWED: Final[dict[Role, frozenset[Permission]]] = {
    role: frozenset(row[0] for row in GRANTS if row[1 + i]) for i, role in enumerate(ROLES)
}
if len({row[0] for row in GRANTS}) != len(GRANTS) or len(GRANTS) != len(Permission):  # pragma: no cover
    raise AssertionError("GRANTS must have exactly one row per permission")


class PermissionDenied(DomainError):
    """The signed-in user's role may not do this; `code` is `denial_code(permission)`."""


def denial_code(permission: Permission) -> str:
    """The error code for a refusal of `permission` (each has its own sentence in the UI)."""
    return f"not_permitted_{permission.value}"


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise DomainError("unknown_role", role=text) from None


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is doing it: a user's name and role. Scripts and legacy paths act as an administrator."""

    name: str
    role: Role = Role.ADMINISTRATOR

    def can(self, permission: Permission) -> bool:
        return permission in ALLOWED[self.role]

    def require(self, permission: Permission) -> None:
        """PermissionDenied unless this actor's role has `permission`."""
        if not self.can(permission):
            raise PermissionDenied(denial_code(permission), user=self.name, role=self.role.value)


def actor_of(user: str | Actor) -> Actor:
    """An Actor from what a service was given: a bare name (scripts, tests, the CLI) is trusted
    as an administrator, the way every path worked before there were users."""
    return user if isinstance(user, Actor) else Actor(user)

"""Users: the first is the administrator, others are managed by one; sign-in refuses calmly,
waits longer after repeated failures, audits every attempt; a disabled user cannot sign in."""

from __future__ import annotations

import pytest

from tests.people.conftest import FAST
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.permissions import Actor, Role
from usu_desktop.services.users import FREE_TRIES, UserService, failure_delay
from usu_desktop.storage.db import Database
from usu_desktop.storage.records import audit_entries


def _service(db: Database, user: str | Actor = "system", waits: list[float] | None = None) -> UserService:
    return UserService(db, user, sleep=(waits.append if waits is not None else lambda s: None), hasher=FAST)


def _audit(db: Database) -> list[dict]:
    with db.reading() as s:
        return list(reversed(audit_entries(s, entity="user")))


@pytest.fixture
def clinic(db: Database) -> Database:
    _service(db, "setup").add("Admin", Role.ADMINISTRATOR, "first-pass")
    boss = Actor("Admin", Role.ADMINISTRATOR)
    _service(db, boss).add("Rita", "receptionist", "rita-pass")
    _service(db, boss).add("Manos", Role.MANAGER, "manos-pass")
    return db


def test_first_user_must_be_the_administrator(db: Database) -> None:
    with pytest.raises(DomainError, match="first_user_administrator"):
        _service(db).add("Rita", Role.RECEPTIONIST, "rita-pass")
    admin = _service(db, "first start").add("Admin", Role.ADMINISTRATOR, "first-pass")
    assert admin.role is Role.ADMINISTRATOR and not admin.disabled
    assert _service(db).authenticate("admin", "first-pass") == Actor("Admin", Role.ADMINISTRATOR)


def test_only_an_administrator_manages_users(clinic: Database) -> None:
    manager = _service(clinic, Actor("Manos", Role.MANAGER))
    with pytest.raises(DomainError, match="not_permitted_users"):
        manager.add("Eve", Role.ADMINISTRATOR, "eve-passw")
    with pytest.raises(DomainError, match="not_permitted_users"):
        manager.disable("Rita")
    with pytest.raises(DomainError, match="not_permitted_users"):
        manager.change_password("Rita", "new-password")
    assert [u.name for u in _service(clinic).users()] == ["Admin", "Manos", "Rita"]


@pytest.mark.parametrize(("name", "password", "code"), [
    ("", "long-enough", "user_bad_name"),
    ("admin:root", "long-enough", "user_bad_name"),
    ("rita", "long-enough", "user_exists"),
    ("Nina", "short", "password_too_short"),
])
def test_bad_new_users_are_refused(clinic: Database, name: str, password: str, code: str) -> None:
    with pytest.raises(DomainError) as err:
        _service(clinic, Actor("Admin")).add(name, Role.RECEPTIONIST, password)
    assert err.value.code == code


def test_wrong_password_is_calm_waits_longer_and_is_audited(clinic: Database) -> None:
    waits: list[float] = []
    svc = _service(clinic, waits=waits)
    for _ in range(FREE_TRIES + 3):
        with pytest.raises(DomainError) as err:
            svc.authenticate("Rita", "guess")
        assert err.value.code == "sign_in_refused"
    assert waits == [failure_delay(n) for n in range(FREE_TRIES, FREE_TRIES + 3)] == [1.0, 2.0, 4.0]
    with pytest.raises(DomainError, match="sign_in_refused"):
        svc.authenticate("nobody", "guess")  # an unknown name reads the same
    assert svc.authenticate("Rita", "rita-pass") == Actor("Rita", Role.RECEPTIONIST)
    svc.authenticate("Rita", "rita-pass")
    assert waits == [1.0, 2.0, 4.0, 8.0]  # the last wait was before the right password; then reset
    failed = [a for a in _audit(clinic) if a["action"] == "sign_in_failed"]
    assert [a["user"] for a in failed] == ["Rita"] * (FREE_TRIES + 3) + ["nobody"]
    assert [a["action"] for a in _audit(clinic)][-2:] == ["user_signed_in", "user_signed_in"]
    assert failure_delay(100) == 30.0


def test_a_disabled_user_cannot_sign_in_and_stays_listed(clinic: Database) -> None:
    admin = _service(clinic, Actor("Admin"))
    assert admin.disable("Rita").disabled
    with pytest.raises(DomainError, match="user_disabled"):
        admin.authenticate("Rita", "rita-pass")
    assert [u.name for u in admin.users() if u.disabled] == ["Rita"]
    with pytest.raises(DomainError, match="last_administrator"):
        admin.disable("Admin")


def test_change_password_own_with_old_or_by_an_administrator(clinic: Database) -> None:
    rita = _service(clinic, Actor("Rita", Role.RECEPTIONIST))
    with pytest.raises(DomainError, match="password_wrong"):
        rita.change_password("Rita", "brand-new-1", old_password="nope")
    rita.change_password("Rita", "brand-new-1", old_password="rita-pass")
    assert rita.authenticate("Rita", "brand-new-1").name == "Rita"
    _service(clinic, Actor("Admin")).change_password("Rita", "reset-by-admin")
    with pytest.raises(DomainError, match="sign_in_refused"):
        rita.authenticate("Rita", "brand-new-1")
    assert rita.authenticate("rita", "reset-by-admin").role is Role.RECEPTIONIST


def test_automatic_sign_in_only_while_one_user_exists(db: Database) -> None:
    svc = _service(db, "first start")
    svc.add("Admin", Role.ADMINISTRATOR, "first-pass")
    assert svc.sign_in_automatically("admin") == Actor("Admin", Role.ADMINISTRATOR)
    _service(db, Actor("Admin")).add("Rita", Role.RECEPTIONIST, "rita-pass")
    with pytest.raises(DomainError, match="auto_sign_in_off"):
        svc.sign_in_automatically("Admin")
    assert [a["details"].get("automatic") for a in _audit(db) if a["action"] == "user_signed_in"] == [True]

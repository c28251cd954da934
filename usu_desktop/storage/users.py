"""Reads of the users table (the writes are plain ORM rows in services.users)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from usu_desktop.storage.models import User


def user_by_name(session: Session, name: str, lock: bool = False) -> User | None:
    """The user called `name` (case does not matter: "Ann" signs in as "ann")."""
    q = select(User).where(func.lower(User.name) == name.strip().lower())
    if lock:
        q = q.with_for_update()
    return session.scalars(q).first()


def all_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(func.lower(User.name))))


def count_users(session: Session, enabled_only: bool = False, role: str | None = None) -> int:
    q = select(func.count()).select_from(User)
    if enabled_only:
        q = q.where(User.disabled.is_(False))
    if role is not None:
        q = q.where(User.role == role)
    return int(session.execute(q).scalar_one())

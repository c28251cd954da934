"""The price list."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from usu_desktop.storage.models import Service


def all_services(session: Session, include_inactive: bool = False) -> list[Service]:
    q = select(Service).order_by(Service.code)
    if not include_inactive:
        q = q.where(Service.active.is_(True))
    return list(session.scalars(q))

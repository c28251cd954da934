"""Storage refusals as data: a stable code plus the file or URL concerned."""

from __future__ import annotations

from typing import Any

from usu_desktop.domain.errors import DomainError

# Codes: db_locked, db_read_only, db_too_new, db_corrupt, db_unreachable,
# backup_exists, backup_not_usu, backup_failed.


class StorageError(DomainError):
    """The database cannot be opened or used as asked; nothing was changed."""

    def __init__(self, code: str, path: str = "", **params: Any) -> None:
        super().__init__(code, path=path, **params)
        self.path = path

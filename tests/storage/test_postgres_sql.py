"""PostgreSQL without a server: the migration renders as PostgreSQL DDL, and a URL whose
driver is missing (or whose server is not there) is refused as data."""

from __future__ import annotations

import io

import pytest
from alembic import command
from sqlalchemy.engine import make_url

from usu_desktop.storage.db import Database, alembic_config
from usu_desktop.storage.errors import StorageError


def test_migration_renders_for_postgresql() -> None:
    buf = io.StringIO()
    cfg = alembic_config("postgresql://clinic@localhost/usu")
    cfg.output_buffer = buf
    command.upgrade(cfg, "head", sql=True)
    sql = buf.getvalue()
    assert "CREATE TABLE invoices" in sql and "total_minor BIGINT NOT NULL" in sql
    assert "CONSTRAINT uq_payments_source_external_id UNIQUE (source, external_id)" in sql


def _driver_installed(url: str) -> bool:
    try:
        make_url(url).get_dialect().import_dbapi()
    except ModuleNotFoundError:
        return False
    return True


def test_postgresql_url_without_server_or_driver_is_refused() -> None:
    url = "postgresql://clinic:secret@127.0.0.1:1/usu"
    with pytest.raises(StorageError) as err:
        Database.open(url)
    expected = "db_unreachable" if _driver_installed(url) else "db_driver_missing"
    assert err.value.code == expected and "secret" not in str(err.value)

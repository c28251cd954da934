"""Alembic environment: runs on the connection `Database.migrate` hands over.

Used programmatically (`config.attributes["connection"]`); with the `alembic`
command line it falls back to `sqlalchemy.url` from the config.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from usu_desktop.storage.models import load_all_models, modelled

config = context.config
target_metadata = load_all_models()


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
        include_name=modelled,  # not the FTS5 search index (migration 0004)
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as conn:
        _run(conn)


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()

"""Alembic migrations of the desktop database (run by `Database.open`)."""

"""A partial index of open invoice balances, so the Debtors list sums per patient from the index alone.

Revision ID: 0011_list_indexes
Revises: 0007_people
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011_list_indexes'
down_revision: str | None = '0007_people'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN_INVOICE = "state IN ('issued', 'partly_paid') AND kind = 'invoice'"  # as in models.OPEN_INVOICE


def upgrade() -> None:
    op.create_index("ix_invoices_open_balances", "invoices",
                    ["client_id", "due_date", "total_minor", "paid_minor", "credited_minor"],
                    sqlite_where=sa.text(OPEN_INVOICE), postgresql_where=sa.text(OPEN_INVOICE))


def downgrade() -> None:
    op.drop_index("ix_invoices_open_balances", table_name="invoices")

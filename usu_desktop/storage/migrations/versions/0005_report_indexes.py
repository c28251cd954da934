"""An index on when allocations were made, for reports as of a past day.

The ageing report starts from today's balances and adds back what was allocated after the day it ages
at (storage.report_queries.ageing_as_of); this index finds those few rows without reading every
allocation of the books.

Revision ID: 0005_report_indexes
Revises: 0004_client_search_index
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0005_report_indexes'
down_revision: str | None = '0004_client_search_index'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_allocations_created_at", "allocations", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_allocations_created_at", table_name="allocations")

"""Refunds (a patient's credit paid back in cash or by bank transfer, a row each, never changed)
and partial credit notes (each credit note line names the invoice line it credits).

Existing books have no refunds and their credit notes credit whole invoices: nothing is carried
over; the new column is NULL on existing lines and is added in place (no table rebuild).

Revision ID: 0012_refunds
Revises: 0011_list_indexes
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012_refunds'
down_revision: str | None = '0011_list_indexes'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('refunds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('payee_name', sa.String(length=140), nullable=False),
    sa.Column('iban', sa.String(length=34), nullable=False),
    sa.Column('bic', sa.String(length=11), nullable=False),
    sa.Column('text', sa.String(length=140), nullable=False),
    sa.Column('booked_on', sa.Date(), nullable=False),
    sa.Column('credit_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_refunds_client_id_clients')),
    sa.ForeignKeyConstraint(['credit_id'], ['client_credit.id'],
                            name=op.f('fk_refunds_credit_id_client_credit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refunds')),
    sa.UniqueConstraint('credit_id', name=op.f('uq_refunds_credit_id'))
    )
    with op.batch_alter_table('refunds', schema=None) as batch_op:
        batch_op.create_index('ix_refunds_booked_on_method', ['booked_on', 'method'], unique=False)
        batch_op.create_index(batch_op.f('ix_refunds_client_id'), ['client_id'], unique=False)
    op.add_column('invoice_lines', sa.Column('credit_of_line', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('invoice_lines', schema=None) as batch_op:
        batch_op.drop_column('credit_of_line')
    with op.batch_alter_table('refunds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_refunds_client_id'))
        batch_op.drop_index('ix_refunds_booked_on_method')
    op.drop_table('refunds')

"""Payment links, their events, and the message log (e-mail/SMS).

Revision ID: 0003_links
Revises: 0002_documents
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# Registers the tables on Base.metadata wherever migrations are loaded, so the schema check
# (models vs. migrations) sees them even in a process that never imported the link services.
import usu_desktop.storage.link_models  # noqa: F401

revision: str = '0003_links'
down_revision: str | None = '0002_documents'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('payment_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('remote_id', sa.BigInteger(), nullable=True),
    sa.Column('token', sa.String(length=64), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('invoice_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=True),
    sa.Column('open_amount', sa.Boolean(), nullable=False),
    sa.Column('min_minor', sa.BigInteger(), nullable=True),
    sa.Column('max_minor', sa.BigInteger(), nullable=True),
    sa.Column('paid_minor', sa.BigInteger(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_payment_links_client_id_clients')),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'],
                            name=op.f('fk_payment_links_invoice_id_invoices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_links')),
    sa.UniqueConstraint('token', name=op.f('uq_payment_links_token'))
    )
    op.create_index('ix_payment_links_client_id', 'payment_links', ['client_id'], unique=False)
    op.create_index('ix_payment_links_invoice_id', 'payment_links', ['invoice_id'], unique=False)
    op.create_index('ix_payment_links_status', 'payment_links', ['status'], unique=False)
    op.create_table('link_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('link_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=True),
    sa.Column('seen', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_link_events_client_id_clients')),
    sa.ForeignKeyConstraint(['link_id'], ['payment_links.id'],
                            name=op.f('fk_link_events_link_id_payment_links')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_link_events'))
    )
    op.create_index('ix_link_events_client_id_at', 'link_events', ['client_id', 'at'], unique=False)
    op.create_index('ix_link_events_link_id', 'link_events', ['link_id'], unique=False)
    op.create_index('ix_link_events_seen', 'link_events', ['seen'], unique=False)
    op.create_table('messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('link_id', sa.Integer(), nullable=True),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('recipient', sa.String(length=200), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('error', sa.String(length=80), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('provider_id', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_messages_client_id_clients')),
    sa.ForeignKeyConstraint(['link_id'], ['payment_links.id'],
                            name=op.f('fk_messages_link_id_payment_links')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_messages'))
    )
    op.create_index('ix_messages_client_id_created_at', 'messages', ['client_id', 'created_at'], unique=False)
    op.create_index('ix_messages_status', 'messages', ['status'], unique=False)


def downgrade() -> None:

    op.drop_index('ix_messages_status', table_name='messages')
    op.drop_index('ix_messages_client_id_created_at', table_name='messages')
    op.drop_table('messages')
    op.drop_index('ix_link_events_seen', table_name='link_events')
    op.drop_index('ix_link_events_link_id', table_name='link_events')
    op.drop_index('ix_link_events_client_id_at', table_name='link_events')
    op.drop_table('link_events')
    op.drop_index('ix_payment_links_status', table_name='payment_links')
    op.drop_index('ix_payment_links_invoice_id', table_name='payment_links')
    op.drop_index('ix_payment_links_client_id', table_name='payment_links')
    op.drop_table('payment_links')

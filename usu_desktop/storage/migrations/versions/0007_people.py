"""People: users who sign in, and an audit log that says who, on which desk, in a hash chain.

Existing audit rows keep their user name, get an empty desk, and are chained once here in id
order (domain.audit_chain); the head row then points at the last of them.

Revision ID: 0007_people
Revises: 0005_report_indexes
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from usu_desktop.domain.audit_chain import GENESIS, row_hash

revision: str = '0007_people'
down_revision: str | None = '0005_report_indexes'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 5000


def upgrade() -> None:
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_sign_in_at', sa.DateTime(), nullable=True),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('last_failed_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('name', name=op.f('uq_users_name'))
    )
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_id', sa.BigInteger(), nullable=True),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.Column('rows', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    for name in ('desk', 'prev_hash', 'hash'):
        length = 80 if name == 'desk' else 64
        op.add_column('audit_log', sa.Column(name, sa.String(length=length), nullable=False,
                                             server_default=''))
    op.create_index('ix_audit_log_user', 'audit_log', ['user'], unique=False)
    _chain_existing_rows()


def _chain_existing_rows() -> None:
    """Chain the rows there are, in id order (offline SQL cannot read them: an empty head only)."""
    conn = op.get_bind()
    audit = sa.table('audit_log', sa.column('id', sa.BigInteger()), sa.column('at', sa.DateTime()),
                     sa.column('user', sa.String()), sa.column('desk', sa.String()),
                     sa.column('action', sa.String()), sa.column('entity', sa.String()),
                     sa.column('entity_id', sa.BigInteger()), sa.column('details', sa.Text()),
                     sa.column('prev_hash', sa.String()), sa.column('hash', sa.String()))
    update = (sa.update(audit).where(audit.c.id == sa.bindparam('b_id'))
              .values(prev_hash=sa.bindparam('b_prev'), hash=sa.bindparam('b_hash')))
    prev, last_id, count = GENESIS, None, 0
    while not op.get_context().as_sql:
        query = sa.select(audit.c.id, audit.c.at, audit.c.user, audit.c.action, audit.c.entity,
                          audit.c.entity_id, audit.c.details).order_by(audit.c.id).limit(_BATCH)
        if last_id is not None:
            query = query.where(audit.c.id > last_id)
        rows = conn.execute(query).all()
        if not rows:
            break
        changes = []
        for row_id, at, user, action, entity, entity_id, details in rows:
            h = row_hash(prev, at, user, '', action, entity, entity_id, details)
            changes.append({'b_id': row_id, 'b_prev': prev, 'b_hash': h})
            prev, last_id = h, row_id
        conn.execute(update, changes)
        count += len(rows)
    head = sa.table('audit_head', sa.column('id', sa.Integer()), sa.column('last_id', sa.BigInteger()),
                    sa.column('last_hash', sa.String()), sa.column('rows', sa.BigInteger()))
    op.execute(sa.insert(head).values(id=1, last_id=last_id, last_hash=prev, rows=count))


def downgrade() -> None:
    op.drop_index('ix_audit_log_user', table_name='audit_log')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        for name in ('hash', 'prev_hash', 'desk'):
            batch_op.drop_column(name)
    op.drop_table('audit_head')
    op.drop_table('users')

"""support_group: groups that meet several times with the same members; an activity is
one meeting of a group (activity.group_id)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 19:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = '0017'
down_revision: str | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    uuid = app.models.base.UUIDBytes(length=16)
    op.create_table(
        'support_group',
        sa.Column('id', uuid, nullable=False),
        sa.Column('station_id', uuid, nullable=True),
        sa.Column('name', sa.String(length=100), nullable=True),
        sa.Column('void_reason', sa.String(length=200), nullable=True),
        sa.Column('sync_hlc', sa.BigInteger(), nullable=False),
        sa.Column('sync_dev', sa.Integer(), nullable=False),
        sa.Column('sync_seq', sa.Integer(), nullable=False),
        sa.Column('sync_clocks', sa.JSON(none_as_null=True), nullable=True),
        sa.Column('sync_station', uuid, nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_support_group')),
        sqlite_with_rowid=False)
    op.create_index(op.f('ix_support_group_station_id'), 'support_group', ['station_id'])
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.add_column(sa.Column('group_id', uuid, nullable=True))
        batch_op.create_index(batch_op.f('ix_activity_group_id'), ['group_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_group_id'))
        batch_op.drop_column('group_id')
    op.drop_table('support_group')

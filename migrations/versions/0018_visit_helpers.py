"""visit_helper: the volunteers and village cadres of the register who came along on a
visit

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 19:45:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = '0018'
down_revision: str | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    uuid = app.models.base.UUIDBytes(length=16)
    op.create_table(
        'visit_helper',
        sa.Column('id', uuid, nullable=False),
        sa.Column('visit_id', uuid, nullable=True),
        sa.Column('helper_id', uuid, nullable=True),
        sa.Column('void_reason', sa.String(length=200), nullable=True),
        sa.Column('sync_hlc', sa.BigInteger(), nullable=False),
        sa.Column('sync_dev', sa.Integer(), nullable=False),
        sa.Column('sync_seq', sa.Integer(), nullable=False),
        sa.Column('sync_clocks', sa.JSON(none_as_null=True), nullable=True),
        sa.Column('sync_station', uuid, nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_helper')),
        sqlite_with_rowid=False)
    op.create_index(op.f('ix_visit_helper_visit_id'), 'visit_helper', ['visit_id'])


def downgrade() -> None:
    op.drop_table('visit_helper')

"""helper: the station's register of volunteers and village cadres, reused across
activities

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 19:10:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    uuid = app.models.base.UUIDBytes(length=16)
    op.create_table(
        'helper',
        sa.Column('id', uuid, nullable=False),
        sa.Column('station_id', uuid, nullable=True),
        sa.Column('name', sa.String(length=50), nullable=True),
        sa.Column('kind', sa.String(length=32), nullable=True),
        sa.Column('village', sa.String(length=100), nullable=True),
        sa.Column('phone', sa.String(length=32), nullable=True),
        sa.Column('void_reason', sa.String(length=200), nullable=True),
        sa.Column('sync_hlc', sa.BigInteger(), nullable=False),
        sa.Column('sync_dev', sa.Integer(), nullable=False),
        sa.Column('sync_seq', sa.Integer(), nullable=False),
        sa.Column('sync_clocks', sa.JSON(none_as_null=True), nullable=True),
        sa.Column('sync_station', uuid, nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_helper')),
        sqlite_with_rowid=False)
    op.create_index(op.f('ix_helper_station_id'), 'helper', ['station_id'])


def downgrade() -> None:
    op.drop_table('helper')

"""device_grant and device_revocation: who may write what, as records that travel

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 08:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced(*columns: sa.Column) -> list[sa.Column]:
    uuid = app.models.base.UUIDBytes(length=16)
    return [
        sa.Column('id', uuid, nullable=False),
        *columns,
        sa.Column('void_reason', sa.String(length=200), nullable=True),
        sa.Column('sync_hlc', sa.BigInteger(), nullable=False),
        sa.Column('sync_dev', sa.Integer(), nullable=False),
        sa.Column('sync_seq', sa.Integer(), nullable=False),
        sa.Column('sync_clocks', sa.JSON(none_as_null=True), nullable=True),
        sa.Column('sync_station', uuid, nullable=True),
    ]


def upgrade() -> None:
    uuid = app.models.base.UUIDBytes(length=16)
    op.create_table('device_grant', *_synced(
        sa.Column('device_id', uuid, nullable=True),
        sa.Column('role', sa.String(length=32), nullable=True),
        sa.Column('station_id', uuid, nullable=True),
        sa.Column('worker_id', uuid, nullable=True),
        sa.Column('name', sa.String(length=100), nullable=True),
        sa.Column('sign_key', sa.String(length=64), nullable=True),
        sa.Column('age_recipient', sa.String(length=100), nullable=True)),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_device_grant')),
        sqlite_with_rowid=False)
    op.create_index(op.f('ix_device_grant_station_id'), 'device_grant', ['station_id'])
    op.create_index(op.f('ix_device_grant_worker_id'), 'device_grant', ['worker_id'])
    op.create_table('device_revocation', *_synced(
        sa.Column('device_id', uuid, nullable=True),
        sa.Column('cut', sa.Integer(), nullable=True),
        sa.Column('cut_station', uuid, nullable=True),
        sa.Column('cut_link', sa.String(length=64), nullable=True),
        sa.Column('cut_sig', sa.String(length=128), nullable=True),
        sa.Column('reason', sa.String(length=200), nullable=True)),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_device_revocation')),
        sqlite_with_rowid=False)


def downgrade() -> None:
    op.drop_table('device_revocation')
    op.drop_index(op.f('ix_device_grant_worker_id'), table_name='device_grant')
    op.drop_index(op.f('ix_device_grant_station_id'), table_name='device_grant')
    op.drop_table('device_grant')

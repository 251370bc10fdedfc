"""attachment: photos and scanned documents of a client, a case or a visit (the file is
stored by its SHA-256 beside the database)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 21:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = '0019'
down_revision: str | None = '0018'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    uuid = app.models.base.UUIDBytes(length=16)
    op.create_table(
        'attachment',
        sa.Column('id', uuid, nullable=False),
        sa.Column('client_id', uuid, nullable=True),
        sa.Column('case_id', uuid, nullable=True),
        sa.Column('visit_id', uuid, nullable=True),
        sa.Column('kind', sa.String(length=32), nullable=True),
        sa.Column('title', sa.String(length=100), nullable=True),
        sa.Column('media_type', sa.String(length=32), nullable=True),
        sa.Column('sha256', sa.String(length=64), nullable=True),
        sa.Column('size', sa.Integer(), nullable=True),
        sa.Column('added_on', sa.Date(), nullable=True),
        sa.Column('void_reason', sa.String(length=200), nullable=True),
        sa.Column('sync_hlc', sa.BigInteger(), nullable=False),
        sa.Column('sync_dev', sa.Integer(), nullable=False),
        sa.Column('sync_seq', sa.Integer(), nullable=False),
        sa.Column('sync_clocks', sa.JSON(none_as_null=True), nullable=True),
        sa.Column('sync_station', uuid, nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment')),
        sqlite_with_rowid=False)
    op.create_index(op.f('ix_attachment_client_id'), 'attachment', ['client_id'])
    op.create_index(op.f('ix_attachment_sha256'), 'attachment', ['sha256'])


def downgrade() -> None:
    op.drop_table('attachment')

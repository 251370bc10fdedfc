"""held_op: ops stamped more than 24 hours ahead of this computer's clock, kept aside
until their time comes (never applied, never in the change log)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 10:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('held_op',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('device_id', app.models.base.UUIDBytes(length=16), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('wire', sa.Text(), nullable=False),
    sa.Column('bundle_id', app.models.base.UUIDBytes(length=16), nullable=True),
    sa.Column('held_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_held_op'))
    )
    with op.batch_alter_table('held_op', schema=None) as batch_op:
        batch_op.create_index('ix_held_op_hlc', ['hlc'], unique=False)
        batch_op.create_index('uq_held_op_origin', ['device_id', 'seq'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('held_op', schema=None) as batch_op:
        batch_op.drop_index('uq_held_op_origin')
        batch_op.drop_index('ix_held_op_hlc')
    op.drop_table('held_op')

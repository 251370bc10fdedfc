"""Closure approvals (结案审批): the station's choice that closing a case needs the head's
or the supervisor's approval, the workers' requests and the approvers' decisions

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 19:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = '0014'
down_revision: str | None = '0013'
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
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closure_approval', sa.Boolean(), nullable=True))
    op.create_table('closure_request', *_synced(
        sa.Column('case_id', uuid, nullable=True),
        sa.Column('closure_reason', sa.String(length=32), nullable=True),
        sa.Column('closed_on', sa.Date(), nullable=True),
        sa.Column('note', sa.String(length=1000), nullable=True),
        sa.Column('requested_by', uuid, nullable=True),
        sa.Column('requested_on', sa.Date(), nullable=True)),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_closure_request')),
        sqlite_with_rowid=False)
    op.create_index(op.f('ix_closure_request_case_id'), 'closure_request', ['case_id'])
    op.create_table('closure_decision', *_synced(
        sa.Column('request_id', uuid, nullable=True),
        sa.Column('decision', sa.String(length=32), nullable=True),
        sa.Column('comment', sa.String(length=1000), nullable=True),
        sa.Column('decided_by', uuid, nullable=True),
        sa.Column('decided_on', sa.Date(), nullable=True)),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_closure_decision')),
        sqlite_with_rowid=False)
    op.create_index(op.f('ix_closure_decision_request_id'), 'closure_decision',
                    ['request_id'])


def downgrade() -> None:
    op.drop_table('closure_decision')
    op.drop_table('closure_request')
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.drop_column('closure_approval')

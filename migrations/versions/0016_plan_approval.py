"""Plan approvals: the station may also want a case's service plan approved before the
work starts, and a request says what it asks to approve (kind: closure or plan)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 19:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.add_column(sa.Column('plan_approval', sa.Boolean(), nullable=True))
    with op.batch_alter_table('closure_request', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('closure_request', schema=None) as batch_op:
        batch_op.drop_column('kind')
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.drop_column('plan_approval')

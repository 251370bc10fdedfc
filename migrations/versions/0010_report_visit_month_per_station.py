"""report_visit_month per station: a county's report counts each station's visits

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 13:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The table is a cache of counts: it is dropped and made again with its new key, and the
# next report counts the months again. The triggers of 0005 refer to it by name and
# delete whole months, which stays right: a month's rows are written together.


def upgrade() -> None:
    op.drop_table('report_visit_month')
    op.create_table('report_visit_month',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('station', sa.LargeBinary(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('clients', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('month', 'station', name=op.f('pk_report_visit_month'))
    )


def downgrade() -> None:
    op.drop_table('report_visit_month')
    op.create_table('report_visit_month',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('clients', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('month', name=op.f('pk_report_visit_month'))
    )

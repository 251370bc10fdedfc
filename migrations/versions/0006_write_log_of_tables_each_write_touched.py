"""write_log: the tables each committed write touched, so an open window notices what
another process (the command line) wrote to the same file

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 03:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('write_log',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('writer', sa.String(length=32), nullable=False),
    sa.Column('tables', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_write_log'))
    )


def downgrade() -> None:
    op.drop_table('write_log')

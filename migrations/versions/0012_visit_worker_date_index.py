"""ix_visit_worker_date: a worker's visits of a month, newest first, from the index alone
(the Visits list filtered by worker and month on a million visits)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 18:40:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index('ix_visit_worker_date', ['worker_id', 'void_reason', 'visit_date'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_worker_date')

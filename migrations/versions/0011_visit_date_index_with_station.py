"""ix_visit_date_live also holds the visit's station and client: a county counts each
station's live visits of a month from the index alone

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 13:30:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_date_live')
        batch_op.create_index('ix_visit_date_live',
                              ['visit_date', 'void_reason', 'sync_station', 'client_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_date_live')
        batch_op.create_index('ix_visit_date_live', ['visit_date', 'void_reason'], unique=False)

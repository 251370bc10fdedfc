"""Origin logs (format 2): the station every record belongs to, each op's place in its
device's hash-linked log of that station, the signed heads of those logs, and the
evidence of devices seen signing two histories

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 06:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOG_COLUMNS = ('prev_seq', 'link', 'prev_link', 'station')
SYNCED = ('activity', 'activity_participant', 'activity_volunteer', 'case_event',
          'case_goal', 'case_record', 'client', 'client_category', 'household_member',
          'referral', 'station', 'supervision_session', 'training_record', 'visit',
          'visit_worker', 'worker')
# The station of existing records, parents before the records that hang from them
# (app/models/scope.py): (table, SQL for it).
BACKFILL = [
    ('station', 'id'),
    *[(t, 'station_id') for t in ('client', 'activity', 'supervision_session', 'worker')],
    *[(t, '(SELECT p.sync_station FROM client p WHERE p.id = {t}.client_id)')
      for t in ('client_category', 'household_member', 'case_record', 'referral', 'visit')],
    *[(t, '(SELECT p.sync_station FROM case_record p WHERE p.id = {t}.case_id)')
      for t in ('case_event', 'case_goal')],
    *[(t, '(SELECT p.sync_station FROM activity p WHERE p.id = {t}.activity_id)')
      for t in ('activity_participant', 'activity_volunteer')],
    ('visit_worker', '(SELECT p.sync_station FROM visit p WHERE p.id = visit_worker.visit_id)'),
    ('training_record',
     '(SELECT p.sync_station FROM worker p WHERE p.id = training_record.worker_id)'),
]


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy): sync_op may hold millions of rows. Existing ops
    # stay unsealed; this device seals its own at its next export.
    for table in SYNCED:
        op.add_column(table, sa.Column('sync_station', app.models.base.UUIDBytes(length=16),
                                       nullable=True))
    # A bare boolean column as the condition: SQLite's 0/1 and PostgreSQL's boolean alike.
    own = '(SELECT station_id FROM device WHERE is_self)'
    for table, value in BACKFILL:
        op.execute(f'UPDATE {table} SET sync_station = coalesce({value.format(t=table)}, '
                   f'{own})')
    for table in ('sync_op', 'held_op'):
        op.add_column(table, sa.Column('prev_seq', sa.Integer(), nullable=True))
        op.add_column(table, sa.Column('link', sa.LargeBinary(length=32), nullable=True))
        op.add_column(table, sa.Column('prev_link', sa.LargeBinary(length=32), nullable=True))
        op.add_column(table, sa.Column('station', app.models.base.UUIDBytes(length=16),
                                       nullable=True))
    for table in SYNCED:
        op.execute(f"UPDATE sync_op SET station = (SELECT r.sync_station FROM {table} r "
                   f"WHERE r.id = sync_op.row_id) WHERE table_name = '{table}'")
    op.create_table('origin_head',
    sa.Column('dev', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('station', app.models.base.UUIDBytes(length=16), nullable=True),
    sa.Column('link', sa.LargeBinary(length=32), nullable=False),
    sa.Column('sig', sa.LargeBinary(length=64), nullable=False),
    sa.ForeignKeyConstraint(['dev'], ['device.devno'], name=op.f('fk_origin_head_dev_device')),
    sa.PrimaryKeyConstraint('dev', 'seq', name=op.f('pk_origin_head')),
    sqlite_with_rowid=False
    )
    op.create_table('equivocation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('device_id', app.models.base.UUIDBytes(length=16), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('detected_at', sa.String(length=40), nullable=False),
    sa.Column('bundle_file', sa.String(length=260), nullable=False),
    sa.Column('sender_id', app.models.base.UUIDBytes(length=16), nullable=True),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equivocation'))
    )


def downgrade() -> None:
    op.drop_table('equivocation')
    op.drop_table('origin_head')
    for table in ('sync_op', 'held_op'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in reversed(LOG_COLUMNS):
                batch_op.drop_column(column)
    for table in SYNCED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('sync_station')

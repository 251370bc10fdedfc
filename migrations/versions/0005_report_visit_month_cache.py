"""the monthly report's per-month visit counts, and live visits by client from one index

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 23:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.migrations.triggers import PgTrigger, is_postgres

# A month's counts go as soon as one of its visits is written (any write path: use
# cases, the bulk demo, the merge); a client voided or restored changes every month.
MONTH = "substr({row}.visit_date, 1, 7)"
TRIGGERS = {
    "report_visit_month_on_visit_insert": f"""
        CREATE TRIGGER report_visit_month_on_visit_insert AFTER INSERT ON visit BEGIN
          DELETE FROM report_visit_month WHERE month = {MONTH.format(row="NEW")};
        END""",
    "report_visit_month_on_visit_update": f"""
        CREATE TRIGGER report_visit_month_on_visit_update AFTER UPDATE ON visit BEGIN
          DELETE FROM report_visit_month
          WHERE month IN ({MONTH.format(row="OLD")}, {MONTH.format(row="NEW")});
        END""",
    "report_visit_month_on_visit_delete": f"""
        CREATE TRIGGER report_visit_month_on_visit_delete AFTER DELETE ON visit BEGIN
          DELETE FROM report_visit_month WHERE month = {MONTH.format(row="OLD")};
        END""",
    "report_visit_month_on_client_void": """
        CREATE TRIGGER report_visit_month_on_client_void AFTER UPDATE OF void_reason ON client
        WHEN OLD.void_reason IS NOT NEW.void_reason BEGIN
          DELETE FROM report_visit_month;
        END""",
}
# On PostgreSQL a visit_date is a date, not ISO text: its month is to_char's; and a
# condition on the row goes in the trigger's WHEN, compared with IS DISTINCT FROM.
PG_MONTH = "to_char({row}.visit_date, 'YYYY-MM')"
PG_TRIGGERS = [
    PgTrigger("report_visit_month_on_visit_insert", "INSERT", "visit", f"""
          DELETE FROM report_visit_month WHERE month = {PG_MONTH.format(row="NEW")};"""),
    PgTrigger("report_visit_month_on_visit_update", "UPDATE", "visit", f"""
          DELETE FROM report_visit_month
          WHERE month IN ({PG_MONTH.format(row="OLD")}, {PG_MONTH.format(row="NEW")});"""),
    PgTrigger("report_visit_month_on_visit_delete", "DELETE", "visit", f"""
          DELETE FROM report_visit_month WHERE month = {PG_MONTH.format(row="OLD")};"""),
    PgTrigger("report_visit_month_on_client_void", "UPDATE OF void_reason", "client", """
          DELETE FROM report_visit_month;""",
              when="OLD.void_reason IS DISTINCT FROM NEW.void_reason"),
]
assert [t.name for t in PG_TRIGGERS] == list(TRIGGERS)

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('report_visit_month',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('clients', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('month', name=op.f('pk_report_visit_month'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_client_date')
        batch_op.create_index('ix_visit_client_date', ['client_id', 'visit_date', 'void_reason'],
                              unique=False)
    if is_postgres():
        for trigger in PG_TRIGGERS:
            trigger.create()
    else:
        for sql in TRIGGERS.values():
            op.execute(sql)


def downgrade() -> None:
    if is_postgres():
        for trigger in PG_TRIGGERS:
            trigger.drop()
    else:
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_client_date')
        batch_op.create_index('ix_visit_client_date', ['client_id', 'visit_date'], unique=False)
    op.drop_table('report_visit_month')

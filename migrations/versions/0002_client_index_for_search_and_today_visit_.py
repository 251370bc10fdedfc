"""client index for search and today, visit drafts

The client index is derived data kept by triggers, so the use cases, the bulk writer and
the merge all maintain it without knowing it exists.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 20:42:29.208230
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base
from app.migrations.triggers import PgTrigger, is_postgres

HAY = (
    "lower(coalesce(NEW.name, '') || ' ' || coalesce(NEW.name_pinyin, '') || ' ' || "
    "coalesce(NEW.name_initials, '') || ' ' || coalesce(NEW.id_number, '') || ' ' || "
    "coalesce(NEW.phone, '') || ' ' || coalesce(NEW.village, ''))"
)
ACTIVE = "(NEW.void_reason IS NULL AND coalesce(NEW.status, 'active') = 'active')"
LATEST = (
    "SELECT visit_date, id, next_followup FROM visit "
    "WHERE client_id = {client} AND void_reason IS NULL "
    "ORDER BY visit_date DESC, id DESC LIMIT 1"
)
TRIGGERS = {
    "client_index_on_client_insert": f"""
        CREATE TRIGGER client_index_on_client_insert AFTER INSERT ON client BEGIN
          INSERT OR REPLACE INTO client_index
            (client_id, live, active, name, village, sort_key, hay,
             last_visit, last_visit_id, next_followup)
          SELECT NEW.id, NEW.void_reason IS NULL, {ACTIVE}, coalesce(NEW.name, ''),
                 NEW.village, coalesce(NEW.name_pinyin, NEW.name, ''), {HAY},
                 latest.visit_date, latest.id, latest.next_followup
          FROM (SELECT 1) LEFT JOIN ({LATEST.format(client="NEW.id")}) AS latest;
        END""",
    "client_index_on_client_update": f"""
        CREATE TRIGGER client_index_on_client_update
        AFTER UPDATE OF name, name_pinyin, name_initials, id_number, phone, village,
                        status, void_reason ON client BEGIN
          UPDATE client_index SET live = NEW.void_reason IS NULL, active = {ACTIVE},
                 name = coalesce(NEW.name, ''), village = NEW.village,
                 sort_key = coalesce(NEW.name_pinyin, NEW.name, ''), hay = {HAY}
          WHERE client_id = NEW.id;
        END""",
    # A new live visit becomes the latest when it is newer (date, then id) than the latest.
    "client_index_on_visit_insert": """
        CREATE TRIGGER client_index_on_visit_insert AFTER INSERT ON visit
        WHEN NEW.void_reason IS NULL BEGIN
          UPDATE client_index SET last_visit = NEW.visit_date, last_visit_id = NEW.id,
                 next_followup = NEW.next_followup
          WHERE client_id = NEW.client_id
            AND (last_visit IS NULL OR NEW.visit_date > last_visit
                 OR (NEW.visit_date = last_visit AND NEW.id > last_visit_id));
        END""",
    # Any change that can demote the latest visit: look it up again.
    "client_index_on_visit_update": f"""
        CREATE TRIGGER client_index_on_visit_update
        AFTER UPDATE OF client_id, visit_date, next_followup, void_reason ON visit BEGIN
          UPDATE client_index SET (last_visit, last_visit_id, next_followup) =
                 ({LATEST.format(client="client_index.client_id")})
          WHERE client_id IN (NEW.client_id, OLD.client_id);
        END""",
}

# The same four triggers on PostgreSQL: INSERT OR REPLACE is an upsert on the key, and
# a join needs its ON. Everything else reads the same in both dialects.
CLIENT_INDEX_COLUMNS = ("live", "active", "name", "village", "sort_key", "hay",
                        "last_visit", "last_visit_id", "next_followup")
PG_TRIGGERS = [
    PgTrigger("client_index_on_client_insert", "INSERT", "client", f"""
          INSERT INTO client_index
            (client_id, live, active, name, village, sort_key, hay,
             last_visit, last_visit_id, next_followup)
          SELECT NEW.id, NEW.void_reason IS NULL, {ACTIVE}, coalesce(NEW.name, ''),
                 NEW.village, coalesce(NEW.name_pinyin, NEW.name, ''), {HAY},
                 latest.visit_date, latest.id, latest.next_followup
          FROM (SELECT 1) AS one
          LEFT JOIN ({LATEST.format(client="NEW.id")}) AS latest ON true
          ON CONFLICT (client_id) DO UPDATE SET {", ".join(
              f"{c} = EXCLUDED.{c}" for c in CLIENT_INDEX_COLUMNS)};"""),
    PgTrigger("client_index_on_client_update",
              "UPDATE OF name, name_pinyin, name_initials, id_number, phone, village, "
              "status, void_reason", "client", f"""
          UPDATE client_index SET live = NEW.void_reason IS NULL, active = {ACTIVE},
                 name = coalesce(NEW.name, ''), village = NEW.village,
                 sort_key = coalesce(NEW.name_pinyin, NEW.name, ''), hay = {HAY}
          WHERE client_id = NEW.id;"""),
    PgTrigger("client_index_on_visit_insert", "INSERT", "visit", """
          UPDATE client_index SET last_visit = NEW.visit_date, last_visit_id = NEW.id,
                 next_followup = NEW.next_followup
          WHERE client_id = NEW.client_id
            AND (last_visit IS NULL OR NEW.visit_date > last_visit
                 OR (NEW.visit_date = last_visit AND NEW.id > last_visit_id));""",
              when="NEW.void_reason IS NULL"),
    PgTrigger("client_index_on_visit_update",
              "UPDATE OF client_id, visit_date, next_followup, void_reason", "visit", f"""
          UPDATE client_index SET (last_visit, last_visit_id, next_followup) =
                 ({LATEST.format(client="client_index.client_id")})
          WHERE client_id IN (NEW.client_id, OLD.client_id);"""),
]
assert [t.name for t in PG_TRIGGERS] == list(TRIGGERS)


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table('client_index',
    sa.Column('client_id', app.models.base.UUIDBytes(length=16), nullable=False),
    sa.Column('live', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('village', sa.String(length=100), nullable=True),
    sa.Column('sort_key', sa.String(length=200), nullable=False),
    sa.Column('hay', sa.Text(), nullable=False),
    sa.Column('last_visit', sa.Date(), nullable=True),
    sa.Column('last_visit_id', app.models.base.UUIDBytes(length=16), nullable=True),
    sa.Column('next_followup', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_client_index')),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('client_index', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_index_next_followup'), ['next_followup'], unique=False)

    op.create_table('visit_draft',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', app.models.base.UUIDBytes(length=16), nullable=True),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('updated_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_draft'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_client_id'))
        batch_op.create_index('ix_visit_client_date', ['client_id', 'visit_date'], unique=False)

    # ### end Alembic commands ###
    if is_postgres():
        for trigger in PG_TRIGGERS:
            trigger.create()
    else:
        for sql in TRIGGERS.values():
            op.execute(sql)
    # Existing clients: the insert trigger's statement, run once over the table.
    op.execute(f"""
        INSERT INTO client_index
          (client_id, live, active, name, village, sort_key, hay,
           last_visit, last_visit_id, next_followup)
        SELECT c.id, c.void_reason IS NULL, {ACTIVE.replace("NEW.", "c.")},
               coalesce(c.name, ''), c.village, coalesce(c.name_pinyin, c.name, ''),
               {HAY.replace("NEW.", "c.")}, latest.visit_date, latest.id,
               latest.next_followup
        FROM client AS c LEFT JOIN visit AS latest ON latest.id = (
            SELECT v.id FROM visit AS v WHERE v.client_id = c.id AND v.void_reason IS NULL
            ORDER BY v.visit_date DESC, v.id DESC LIMIT 1)""")


def downgrade() -> None:
    if is_postgres():
        for trigger in PG_TRIGGERS:
            trigger.drop()
    else:
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_client_date')
        batch_op.create_index(batch_op.f('ix_visit_client_id'), ['client_id'], unique=False)

    op.drop_table('visit_draft')
    with op.batch_alter_table('client_index', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_index_next_followup'))

    op.drop_table('client_index')
    # ### end Alembic commands ###

"""grievance: a short reference the person can quote (STATION-YYYYMMDD-G001)

A grievance's only identifier was its 36-character id, printed as the slip's "Reference":
nobody reads that out on the telephone, and the counter had no way to find it. Each grievance
now has a reference in the style of the receipt numbers: the station, the office's day of
intake and ``G`` with the day's sequence (from 1, at least three digits), unique in the
registry. Grievances already on file are numbered here by the time they were received, per
station and day.

Revision ID: grv01
Revises: pay02
Create Date: 2026-11-24 08:30:00
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import sqlalchemy as sa
from alembic import context, op

revision = "grv01"
down_revision = "pay02"
branch_labels = None
depends_on = None

TABLE = "grievance"
INDEX = "ix_grievance_reference"
#: The station id of a grievance whose intake is not in the audit trail and of a migration
#: run without a station (the intake is always audited with it: a fallback only).
NO_STATION = "STATION"


def _table(*, reference: bool) -> sa.Table:
    """The table with or without its reference: what SQLite's batch mode copies the rows
    into (it reflects no CHECK constraint by itself)."""
    meta = sa.MetaData()
    sa.Table("person", meta, sa.Column("id", sa.String(36), primary_key=True))
    extra: list[sa.Column[str] | sa.Index] = (
        [sa.Column("reference", sa.String(96), nullable=False),
         sa.Index(INDEX, "reference", unique=True)] if reference else [])
    return sa.Table(
        TABLE, meta,
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("person_id", sa.String(36),
                  sa.ForeignKey("person.id", name="fk_grievance_person_id_person"),
                  nullable=True),
        sa.Column("channel", sa.String(8), nullable=False),
        sa.Column("card_serial", sa.String(64), nullable=True),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("responsible_service", sa.String(64), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("referred_to", sa.String(64), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("appeals", sa.Integer(), nullable=False),
        sa.Column("appeal_reason", sa.Text(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("operator_id", sa.String(36), nullable=True),
        sa.CheckConstraint("channel IN ('counter', 'card')", name="ck_grievance_channel"),
        sa.CheckConstraint("status IN ('received', 'referred', 'resolved', 'appealed', "
                           "'closed')", name="ck_grievance_status"),
        sa.PrimaryKeyConstraint("id", name="pk_grievance"),
        sa.Index("ix_grievance_person_id", "person_id"),
        sa.Index("ix_grievance_status", "status"),
        *extra,
    )


def _office_zone() -> dt.tzinfo:
    """The office's zone, when the station that migrates passes it (``Station`` does, from
    its settings). A bare ``alembic upgrade`` knows none: the days are then UTC's, and a
    grievance taken before 07:00 in Phnom Penh is numbered on the day before."""
    zone = context.config.attributes.get("office_zone")
    return zone if isinstance(zone, dt.tzinfo) else dt.UTC


def _references(bind: sa.Connection) -> dict[str, str]:
    """grievance id -> its reference: per station (the one its intake's audit event names)
    and office day, numbered from 1 in the order received (the id breaks a tie)."""
    zone = _office_zone()
    fallback = str(context.config.attributes.get("station_id") or NO_STATION)
    stations: dict[str, str] = dict(bind.execute(sa.text(
        "SELECT subject_id, station_id FROM audit_event "
        "WHERE subject_type = 'grievance' AND action = 'grievance.intake'")).all())
    taken: dict[tuple[str, dt.date], int] = defaultdict(int)
    out: dict[str, str] = {}
    for grievance_id, received_at in bind.execute(sa.text(
            f"SELECT id, received_at FROM {TABLE} ORDER BY received_at, id")).all():
        at = (received_at if isinstance(received_at, dt.datetime)
              else dt.datetime.fromisoformat(str(received_at)))  # SQLite's text
        day = at.replace(tzinfo=dt.UTC).astimezone(zone).date()  # stored UTC, naive
        station_id = str(stations.get(grievance_id) or fallback)
        taken[station_id, day] += 1
        # the format frozen here: intake's own (station.services.grievances) may change later
        out[grievance_id] = f"{station_id}-{day:%Y%m%d}-G{taken[station_id, day]:03d}"
    return out


def _recreate(*, reference: bool) -> None:
    """SQLite: copy the table into its new form. Its steps are set aside meanwhile and put
    back unchanged: dropping the old table refused while steps pointed at it (foreign keys
    are on, and cannot be turned off inside the migration's transaction)."""
    op.execute("CREATE TEMP TABLE grv01_steps AS SELECT * FROM grievance_step")
    op.execute("DELETE FROM grievance_step")
    with op.batch_alter_table(TABLE, copy_from=_table(reference=reference), recreate="always"):
        pass
    op.execute("INSERT INTO grievance_step SELECT * FROM grv01_steps")
    op.execute("DROP TABLE grv01_steps")


def upgrade() -> None:
    op.add_column(TABLE, sa.Column("reference", sa.String(96), nullable=True))
    bind = op.get_bind()
    update = sa.text(f"UPDATE {TABLE} SET reference = :reference WHERE id = :id")
    for grievance_id, reference in _references(bind).items():
        bind.execute(update, {"id": grievance_id, "reference": reference})
    if bind.dialect.name == "sqlite":
        _recreate(reference=True)
        return
    op.alter_column(TABLE, "reference", existing_type=sa.String(96), nullable=False)
    op.create_index(INDEX, TABLE, ["reference"], unique=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _recreate(reference=False)
        return
    op.drop_index(INDEX, table_name=TABLE)
    op.drop_column(TABLE, "reference")

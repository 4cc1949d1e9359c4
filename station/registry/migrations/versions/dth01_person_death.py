"""person: date of death, its source, who recorded it and when

A registry that cannot record a death keeps paying and trusting the dead. The person row is
never deleted (the 1:N gallery keeps their fingers, and a later enrolment matching them is a
fraud signal); these columns say that, and since when, the person is deceased.

Revision ID: dth01
Revises: ob02
Create Date: 2026-11-23 03:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "dth01"
down_revision = "ob02"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("died_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("death_source", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("death_recorded_by", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("death_recorded_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    # plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+ and PostgreSQL): a batch copy of the
    # person table would have to drop it, which the foreign keys pointing at it refuse
    for column in ("death_recorded_at", "death_recorded_by", "death_source", "died_on"):
        op.drop_column("person", column)

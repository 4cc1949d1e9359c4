"""programme_membership: one open membership per person and programme, held by the database

The services refuse a membership whose dates meet one the person already holds in the same
programme, but only in Python: two desks confirming the same package at once (PostgreSQL's
transactions do not wait for each other's reads) both found nothing and both wrote, so one
person held the programme twice (paid twice, counted twice). Two unique indexes hold the part
of the rule such a race breaks, on SQLite and PostgreSQL alike: at most one open-ended
membership (``end_date IS NULL``) per person and programme, and never two that start on the
same day. A registry that already holds such a pair is named, not changed: which one to end
is a clerk's decision.

Revision ID: mem01
Revises: ops01
Create Date: 2026-11-23 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from station.errors import IntegrityFailure

revision = "mem01"
down_revision = "ops01"
branch_labels = None
depends_on = None

OPEN = "end_date IS NULL"


def upgrade() -> None:
    _refuse_pairs()
    op.create_index("uq_programme_membership_open", "programme_membership",
                    ["person_id", "programme_code"], unique=True,
                    sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN))
    op.create_index("uq_programme_membership_start", "programme_membership",
                    ["person_id", "programme_code", "start_date"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_programme_membership_start", table_name="programme_membership")
    op.drop_index("uq_programme_membership_open", table_name="programme_membership")


def _refuse_pairs() -> None:
    """Name the people who hold one programme twice (open twice, or from the same day)."""
    rows = op.get_bind().execute(sa.text(
        "SELECT person_id, programme_code FROM programme_membership WHERE end_date IS NULL "
        "GROUP BY person_id, programme_code HAVING COUNT(*) > 1 "
        "UNION SELECT person_id, programme_code FROM programme_membership "
        "GROUP BY person_id, programme_code, start_date HAVING COUNT(*) > 1")).all()
    if rows:
        pairs = ", ".join(f"{person} in {programme}" for person, programme in rows[:10])
        raise IntegrityFailure(
            f"the registry holds {len(rows)} programme membership(s) twice ({pairs}): which "
            "to end is a clerk's decision; end the extra ones with the station's previous "
            "version, then open it with this one")

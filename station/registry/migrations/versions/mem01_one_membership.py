"""programme_membership: one open membership per person and programme, held by the database

The services refuse a membership whose dates meet one the person already holds in the same
programme, but only in Python: two desks confirming the same package at once (PostgreSQL's
transactions do not wait for each other's reads) both found nothing and both wrote, so one
person held the programme twice (paid twice, counted twice). Two unique indexes hold the part
of the rule such a race breaks, on SQLite and PostgreSQL alike: at most one open-ended
membership (``end_date IS NULL``) per person and programme, and never two that start on the
same day. What the race wrote is the same membership twice (one person, one programme, the
same dates): those are made one again, keeping the first by id, its eligibility decisions and
contribution payments moved onto it (nothing else refers to a membership), so no payment is
lost and the station opens. A registry that holds two memberships whose dates differ but meet
is named, not changed: which one to end is a clerk's decision, and no command ends a
membership yet.

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
    _merge_copies()
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
    """Name the people who still hold one programme twice (open twice, or from the same
    day, with other dates)."""
    rows = op.get_bind().execute(sa.text(
        "SELECT person_id, programme_code FROM programme_membership WHERE end_date IS NULL "
        "GROUP BY person_id, programme_code HAVING COUNT(*) > 1 "
        "UNION SELECT person_id, programme_code FROM programme_membership "
        "GROUP BY person_id, programme_code, start_date HAVING COUNT(*) > 1")).all()
    if rows:
        pairs = ", ".join(f"{person} in {programme}" for person, programme in rows[:10])
        raise IntegrityFailure(
            f"the registry holds {len(rows)} programme membership(s) twice with other dates "
            f"({pairs}): which to end is a clerk's decision; set the end date of the extra "
            "ones in the database with your support team, then open the station again (the "
            "station's previous version still opens this registry meanwhile)")


def _merge_copies() -> None:
    """Make one membership of each set the race wrote twice (same person, programme, start
    and end): the first by id stays, what referred to the others refers to it."""
    bind = op.get_bind()
    groups = bind.execute(sa.text(
        "SELECT person_id, programme_code, start_date, end_date FROM programme_membership "
        "GROUP BY person_id, programme_code, start_date, end_date "
        "HAVING COUNT(*) > 1")).all()
    for person, programme, start, end in groups:
        ids = bind.execute(sa.text(
            "SELECT id FROM programme_membership WHERE person_id = :person AND "
            "programme_code = :programme AND start_date = :start AND "
            + ("end_date IS NULL" if end is None else "end_date = :end")
            + " ORDER BY id"),
            {"person": person, "programme": programme, "start": start, "end": end}
        ).scalars().all()
        keep, copies = ids[0], ids[1:]
        for copy in copies:
            for table in ("eligibility_decision", "contribution_payment"):
                bind.execute(sa.text(f"UPDATE {table} SET membership_id = :keep "
                                     "WHERE membership_id = :copy"),
                             {"keep": keep, "copy": copy})
            bind.execute(sa.text("DELETE FROM programme_membership WHERE id = :copy"),
                         {"copy": copy})

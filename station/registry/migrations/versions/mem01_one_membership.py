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
is named, not changed: which one to end is a clerk's decision. The refusal names, for each
pair, the end that resolves it as a ``sws household end-membership`` command (the command
works on the registry as it stands, before this migration): the earlier of two open ones ends
the day before the later starts; of two from the same day, the longer ends on the shorter's
end, and the two copies are then made one here.

Revision ID: mem01
Revises: ops01
Create Date: 2026-11-23 14:30:00
"""

from __future__ import annotations

import datetime as dt
import itertools

import sqlalchemy as sa
from alembic import op

from station.errors import MembershipsMeet

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
    """Stop at the pairs of memberships the indexes forbid (one person, one programme, both
    open-ended, or from the same day with other ends), each named with the end that resolves
    it (:class:`~station.errors.MembershipsMeet`)."""
    bind = op.get_bind()
    groups = bind.execute(sa.text(
        "SELECT person_id, programme_code FROM programme_membership WHERE end_date IS NULL "
        "GROUP BY person_id, programme_code HAVING COUNT(*) > 1 "
        "UNION SELECT person_id, programme_code FROM programme_membership "
        "GROUP BY person_id, programme_code, start_date HAVING COUNT(*) > 1 "
        "ORDER BY 1, 2")).all()
    # each membership named once, with the earliest of its ends: three open ones are three
    # pairs, and the first ends before the second starts (which also parts it from the third)
    endings: dict[str, tuple[str, str, str, dt.date]] = {}
    pairs = 0
    for person, programme in groups:
        rows = bind.execute(sa.text(
            "SELECT id, start_date, end_date FROM programme_membership WHERE person_id = "
            ":person AND programme_code = :programme ORDER BY start_date, id"),
            {"person": person, "programme": programme}).all()
        held = [(str(i), _day(start), _day(end) if end is not None else None)
                for i, start, end in rows]
        for a, b in itertools.combinations(held, 2):
            ending = _ending(a, b)
            if ending is not None:
                pairs += 1
                mid, on = ending
                if mid not in endings or on < endings[mid][3]:
                    endings[mid] = (str(person), str(programme), mid, on)
    if endings:
        raise MembershipsMeet(list(endings.values()), stays_at=str(down_revision), pairs=pairs)


Held = tuple[str, dt.date, dt.date | None]


def _ending(a: Held, b: Held) -> tuple[str, dt.date] | None:
    """The membership to end, and on which day, for the pair ``a`` (starting first) and
    ``b`` to stop breaking an index; None when they do not (other starts, not both open)."""
    (a_id, a_start, a_end), (b_id, b_start, b_end) = a, b
    if a_start != b_start:
        if a_end is None and b_end is None:  # the earlier ends the day before the later
            return a_id, b_start - dt.timedelta(days=1)
        return None
    if a_end is None or (b_end is not None and a_end > b_end):  # the longer, on the
        assert b_end is not None  # shorter's end (two copies: made one by the migration)
        return a_id, b_end
    if b_end is None or b_end > a_end:
        return b_id, a_end
    return None  # copies: merged before this runs


def _day(value: object) -> dt.date:
    """A DATE column as SQLite (text) or PostgreSQL (date) returns it."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


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

"""Desk 9: a death before a membership begins leaves it held on no day. It ended on its own
start date, so the desk and the centre (which count a membership up to and including its
last day) counted the dead person one day in it; after the death was withdrawn (undo) the
membership still stood for that day, and the programme could not be proposed again."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from station.model.deaths import record_death, undo_death
from station.model.operators import OperatorInfo
from station.model.persons import get_person
from station.model.station import Station
from station.registry.models import AuditEvent
from station.services.memberships import active_memberships
from tests.station.helpers import (
    join_programme,
    sqlite_registry,  # noqa: F401 - SQLite only
)
from tests.station.test_deaths import DIED, _outbox
from tests.station.test_deaths import NOW as _NOW

BEGINS = dt.date(2026, 12, 1)  # after the death (and after the desk's today)


def test_a_membership_not_begun_at_the_death_is_held_on_no_day(
        station: Station, person_id: str, supervisor: OperatorInfo) -> None:
    running = join_programme(station, person_id, "OLD_AGE", dt.date(2025, 1, 1))
    later = join_programme(station, person_id, "WORKS", BEGINS, dt.date(2027, 11, 30))

    done = record_death(station, person_id, died_on=DIED, source="certificate 7",
                        by=supervisor, now=_NOW)

    assert sorted(done.memberships_ended) == sorted([running, later])
    held = {p["programme"]: p["end_date"] for p in get_person(station, person_id)["programmes"]}
    assert held == {"OLD_AGE": "2026-11-20"}  # no day in WORKS, not even its first
    told = [p for k, rid, p in _outbox(station) if k == "programme_registration"
            and rid == later]
    assert len(told) == 1 and told[0]["withdrawn"] is True
    assert told[0]["decision"] == "ended" and told[0]["reason"] == "holder deceased"
    assert told[0]["end_date"] == (BEGINS - dt.timedelta(days=1)).isoformat()  # no day
    assert told[0]["start_date"] == BEGINS.isoformat()
    with station.reading() as s:  # the history: when it was to run, and why it did not
        actions = list(s.scalars(sa.select(AuditEvent.action)
                                 .where(AuditEvent.subject_id == later)))
    assert actions == ["programme.withdraw"]


def test_after_the_death_is_withdrawn_the_programme_can_be_proposed_again(
        station: Station, person_id: str, supervisor: OperatorInfo) -> None:
    join_programme(station, person_id, "WORKS", BEGINS, dt.date(2027, 11, 30))
    record_death(station, person_id, died_on=DIED, source="certificate 8", by=supervisor,
                 now=_NOW)
    undo_death(station, person_id, reason="another Sok Dara", by=supervisor, now=_NOW)
    with station.reading() as s:
        # nothing of it still runs or is to begin: the clerk proposes the programme again
        assert active_memberships(s, [person_id], _NOW.date()) == []


def test_one_paid_towards_keeps_its_row_with_its_payments(
        station: Station, person_id: str, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    """Contributions paid in advance point at the membership: it stays (ending on its first
    day, as the registry allows) and the payments with it, to settle."""
    from station.services.payments import record_payment

    paid = join_programme(station, person_id, "HEALTH_VOLUNTARY", BEGINS)
    receipt = record_payment(station, paid, 1500, operator=clerk, now=_NOW)

    done = record_death(station, person_id, died_on=DIED, source="certificate 9",
                        by=supervisor, now=_NOW)

    assert done.memberships_ended == (paid,)
    held = {p["programme"]: p["end_date"] for p in get_person(station, person_id)["programmes"]}
    assert held == {"HEALTH_VOLUNTARY": BEGINS.isoformat()}
    with station.reading() as s:
        assert s.scalar(sa.text("SELECT count(*) FROM contribution_payment WHERE id = :i"),
                        {"i": receipt.payment_id}) == 1

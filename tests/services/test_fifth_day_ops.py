"""Fifth day at the counter: refusals the services now type (so a translated desk says them
from their data), a follow-up date in the past, one open membership held by the database."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from station.model.operators import OperatorInfo, create_operator, login
from station.model.station import Station
from station.registry.models import ProgrammeMembership
from station.registry.models_services import CaseItem, EligibilityDecision
from station.services import cases, memberships
from station.services.catalogue import load_catalogue
from station.services.errors import AlreadyMember, FollowUpInPast
from tests.services.conftest import NOW, PASSWORD, TODAY, Family, make_family

DAY = dt.timedelta(days=1)


# -- a follow-up date in the past -----------------------------------------------------------


def test_a_follow_up_date_in_the_past_is_refused(station: Station, family: Family,
                                                 clerk: OperatorInfo) -> None:
    """A plan item (or its progress) with a follow-up date already gone was accepted: it
    showed at once as overdue on the supervisor's list, for a date nobody can keep. Now one
    line names the date and today; nothing is written; today itself is allowed."""
    case_id = cases.open_case(station, family.mother, manager="clerk1", summary="work",
                              operator=clerk, now=NOW)
    with pytest.raises(FollowUpInPast) as refused:
        cases.add_item(station, case_id, kind="goal", description="stable job",
                       operator=clerk, now=NOW, follow_up_date=TODAY - DAY)
    assert refused.value.follow_up_date == TODAY - DAY and refused.value.today == TODAY
    assert str(refused.value) == (f"the follow-up date {TODAY - DAY} is in the past: "
                                  f"choose today ({TODAY}) or a later day")
    with station.reading() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(CaseItem)) == 0
    item = cases.add_item(station, case_id, kind="goal", description="stable job",
                          operator=clerk, now=NOW, follow_up_date=TODAY)
    with pytest.raises(FollowUpInPast):
        cases.update_item(station, item, follow_up_date=TODAY + DAY, operator=clerk,
                          now=NOW + 3 * DAY)
    cases.update_item(station, item, follow_up_date=TODAY + 3 * DAY, operator=clerk,
                      now=NOW + 3 * DAY)
    assert cases.case_file(station, case_id)["items"][0]["follow_up_date"] == TODAY + 3 * DAY


# -- one membership per person and programme, held by the database --------------------------


def test_a_concurrent_double_confirm_ends_with_one_membership(any_station: Station) -> None:
    """Two desks confirmed the same package at once: on PostgreSQL both checks found nothing
    and both wrote, so the grandfather held his pension twice. Both desks are held here right
    after their check (before either writes) where the backend lets them be; now the
    database's unique index refuses the second: one membership, and the other desk gets the
    same one-line refusal as a confirmation made after the first."""
    station = any_station
    family = make_family(station)
    boss = login(station, "super", PASSWORD, now=NOW)
    desks = [create_operator(station, username=name, full_name=name, role="clerk",
                             password=PASSWORD, now=NOW, by=boss) for name in ("desk1", "desk2")]
    with station.transaction() as session:  # the programmes' rows, as any earlier day left
        memberships.sync_catalogue(session, load_catalogue())
    package = memberships.propose(station, family.household_id, today=TODAY)
    pension = (family.grandfather, "OLD_AGE_PENSION")
    assert pension in {(p.person_id, p.programme_code) for p in package.proposals}

    racing = not station.settings.is_sqlite  # SQLite's writers queue at BEGIN IMMEDIATE
    both_checked = threading.Barrier(2, timeout=60)
    checked: set[int] = set()

    def hold_after_the_check(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        me = threading.get_ident()
        if racing and me not in checked and statement.lstrip().upper().startswith("SELECT") \
                and "FROM programme_membership" in statement:
            checked.add(me)
            both_checked.wait()

    outcomes: list[object] = []

    def confirm(desk: OperatorInfo) -> None:
        try:
            outcomes.append(memberships.confirm(station, package, accepted=[pension],
                                                operator=desk, now=NOW))
        except Exception as error:  # the outcome is what the test reads
            outcomes.append(error)

    event.listen(station.engine, "after_cursor_execute", hold_after_the_check)
    try:
        threads = [threading.Thread(target=confirm, args=(desk,)) for desk in desks]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        event.remove(station.engine, "after_cursor_execute", hold_after_the_check)
    assert not both_checked.broken
    done = [o for o in outcomes if isinstance(o, memberships.Confirmed)]
    refused = [o for o in outcomes if not isinstance(o, memberships.Confirmed)]
    assert len(done) == 1 and len(refused) == 1, outcomes
    held = done[0].memberships[pension]
    assert isinstance(refused[0], AlreadyMember), refused[0]
    assert refused[0].membership_id == held
    assert str(refused[0]) == (f"person {family.grandfather} already holds OLD_AGE_PENSION "
                               f"(membership {held}, from {TODAY}); propose again")
    with station.reading() as session:
        rows = session.scalars(sa.select(ProgrammeMembership.id).where(
            ProgrammeMembership.person_id == family.grandfather)).all()
        decisions = session.scalar(sa.select(sa.func.count()).select_from(EligibilityDecision))
    assert rows == [held]
    assert decisions == len(package.proposals)  # the refused desk wrote nothing


def test_the_database_refuses_a_second_open_membership(station: Station,
                                                       family: Family) -> None:
    """Written past the services (a script, a later bug): the registry itself refuses a
    second open membership of one programme, or a second one from the same day."""
    with station.transaction() as session:
        memberships.sync_catalogue(session, load_catalogue())
        session.add(ProgrammeMembership(id="m1", person_id=family.girl,
                                        programme_code="CHILD_BENEFIT",
                                        start_date=TODAY - 30 * DAY, end_date=None))
    for start, end in [(TODAY, None), (TODAY - 30 * DAY, TODAY)]:
        with pytest.raises(sa.exc.IntegrityError), station.transaction() as session:
            session.add(ProgrammeMembership(id="m2", person_id=family.girl,
                                            programme_code="CHILD_BENEFIT",
                                            start_date=start, end_date=end))
    with station.transaction() as session:  # an ended one before it stays possible
        session.add(ProgrammeMembership(id="m0", person_id=family.girl,
                                        programme_code="CHILD_BENEFIT",
                                        start_date=TODAY - 90 * DAY,
                                        end_date=TODAY - 60 * DAY))


# -- the demo population pays as the counter would let it ----------------------------------


def test_the_demo_takes_no_payment_after_a_membership_ended(station: Station,
                                                            supervisor: OperatorInfo) -> None:
    """`sws demo populate` kept paying a one-year voluntary health membership every month
    after it ended: `sws payment arrears` then said "status active ... paid until" a date
    after the end, with a credit, for a membership the counter would have refused to take
    one payment on. Now the demo pays only the periods that start before the end."""
    from station.services import payments
    from station.services.demo import populate

    populate(station, households_count=120, seed=3, now=NOW, operator=supervisor)
    catalogue = load_catalogue()
    contributory = [p.code for p in catalogue.programmes if p.contribution is not None]
    with station.reading() as session:
        ended = session.scalars(sa.select(ProgrammeMembership.id).where(
            ProgrammeMembership.programme_code.in_(contributory),
            ProgrammeMembership.end_date < TODAY)).all()
    assert ended  # the demo has some (one-year terms started more than a year ago)
    for membership_id in ended:
        owed = payments.contribution_statement(station, membership_id, today=TODAY)
        assert owed.credit_minor == 0, membership_id

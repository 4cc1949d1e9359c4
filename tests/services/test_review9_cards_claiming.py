"""Review 9: a card is named to issue again only for days no membership covers."""

from __future__ import annotations

import uuid

from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.models import ProgrammeMembership
from station.services import memberships
from tests.services.conftest import TODAY, Family
from tests.services.test_review8_cards_claiming import DAY, NOW, _card
from tests.services.test_sixth_day_ops import _pension


def test_ending_the_extra_one_of_a_pair_does_not_ask_for_a_new_card(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    """The grandfather's pension was recorded twice: one from today, its copy from
    tomorrow. Ending the extra one today ('held twice') said 'Card 0C09 still claims it:
    issue again', though the copy covers every day the card claims: a new card for
    nothing, and a clerk who learns to ignore the line. Nothing is named now; a day the
    card claims that no membership covers still names it."""
    pension = _pension(station, family, clerk)
    with station.transaction() as session:
        session.add(ProgrammeMembership(
            id=str(uuid.uuid4()), person_id=family.grandfather,
            programme_code="OLD_AGE_PENSION", start_date=TODAY + DAY,
            end_date=TODAY + 400 * DAY))
    _card(station, family.grandfather, "0C09", (("OLD_AGE_PENSION", TODAY, TODAY + 365 * DAY),),
          clerk)
    ended = memberships.end_membership(station, pension, reason="recorded_twice",
                                       end_date=TODAY, operator=clerk, now=NOW)
    assert ended.cards_claiming == ()


def test_a_claimed_day_past_the_other_membership_still_names_the_card(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    pension = _pension(station, family, clerk)
    with station.transaction() as session:
        session.add(ProgrammeMembership(
            id=str(uuid.uuid4()), person_id=family.grandfather,
            programme_code="OLD_AGE_PENSION", start_date=TODAY + DAY,
            end_date=TODAY + 100 * DAY))
    _card(station, family.grandfather, "0C10", (("OLD_AGE_PENSION", TODAY, TODAY + 365 * DAY),),
          clerk)
    ended = memberships.end_membership(station, pension, reason="recorded_twice",
                                       end_date=TODAY, operator=clerk, now=NOW)
    assert ended.cards_claiming == ("0C10",)

"""Review 9: a card is named to issue again only for days no membership covers."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.models import ProgrammeMembership
from station.services import memberships
from tests.services.conftest import TODAY, Family
from tests.services.test_review8_cards_claiming import DAY, NOW, _card
from tests.services.test_sixth_day_ops import _pension


@pytest.mark.parametrize(("copy_until", "named"), [
    (TODAY + 400 * DAY, ()),
    (TODAY + 100 * DAY, ("0C09",)),
])
def test_ending_the_extra_one_of_a_pair_names_a_card_only_for_days_left_uncovered(
        station: Station, family: Family, clerk: OperatorInfo, copy_until: dt.date,
        named: tuple[str, ...]) -> None:
    """The grandfather's pension was recorded twice: one from today, its copy from
    tomorrow. Ending the extra one today ('held twice') said 'Card 0C09 still claims it:
    issue again', though the copy covers every day the card claims: a new card for
    nothing, and a clerk who learns to ignore the line. Nothing is named now; a day the
    card claims past the copy's last day still names it."""
    pension = _pension(station, family, clerk)
    with station.transaction() as session:
        session.add(ProgrammeMembership(
            id=str(uuid.uuid4()), person_id=family.grandfather,
            programme_code="OLD_AGE_PENSION", start_date=TODAY + DAY, end_date=copy_until))
    _card(station, family.grandfather, "0C09", (("OLD_AGE_PENSION", TODAY, TODAY + 365 * DAY),),
          clerk)
    ended = memberships.end_membership(station, pension, reason="recorded_twice",
                                       end_date=TODAY, operator=clerk, now=NOW)
    assert ended.cards_claiming == named

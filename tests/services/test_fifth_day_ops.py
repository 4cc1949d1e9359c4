"""Fifth day at the counter: refusals the services now type (so a translated desk says them
from their data), a follow-up date in the past, one open membership held by the database."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.models_services import CaseItem
from station.services import cases
from station.services.errors import FollowUpInPast
from tests.services.conftest import NOW, TODAY, Family

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

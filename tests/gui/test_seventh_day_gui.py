"""Seventh day at the desk: the window's last English refusals, stale lists and dead ends."""

from __future__ import annotations

import re
from typing import Any

import pytest

from station.i18n import apply_language
from station.model.operators import login
from station.views.workers import plain_message
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_refusals_language import _raised

pytestmark = pytest.mark.gui

LATIN = re.compile("[A-Za-z]{3,}")


# -- a supervisor's approval refused: the household is gone -----------------------------------

def _approval_of_a_gone_household(station: Any) -> BaseException:
    """A case whose applicant was to join household hh-gone, decided "not a duplicate", and
    the household removed while the case waited: the supervisor's approval is refused."""
    from station.model.adjudication import approve, decide
    from station.model.enrolment import Enrolled, NeedsAdjudication, enrol
    from station.registry.models import Household
    from tests.station.helpers import POLICY, demographics, person_fingers

    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    boss = login(station, "super", PASSWORD, now=FIXED_NOW)
    with station.transaction() as session:
        session.add(Household(id="hh-gone", created_at=FIXED_NOW.replace(tzinfo=None),
                              province_code="12", district_code="1204",
                              commune_code="120401", village_code="12040103"))
    first = enrol(station, demographics(), person_fingers(1), operator=clerk, now=FIXED_NOW,
                  policy=POLICY, new_household=True)
    assert isinstance(first, Enrolled)
    opened = enrol(station, demographics("Sok Dara Twin", household_id="hh-gone"),
                   person_fingers(1), operator=clerk, now=FIXED_NOW, policy=POLICY)
    assert isinstance(opened, NeedsAdjudication)
    decide(station, opened.adjudication_id, "not_duplicate", by=clerk, now=FIXED_NOW)
    with station.transaction() as session:
        session.delete(session.get(Household, "hh-gone"))
    return _raised(lambda: approve(station, opened.adjudication_id, by=boss, approved=True,
                                   now=FIXED_NOW))


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_an_approval_refused_because_the_household_is_gone_is_said_in_the_desks_language(
        qapp: Any, station: Any, language: str) -> None:
    """The supervisor read "no household with id hh-gone" in English at a Khmer, Urdu or
    Indonesian desk. The refusal is now typed (HouseholdGone, with the case and the
    household) and said from its type: which household, and that the case goes back."""
    from station.errors import HouseholdGone, InvalidDemographics

    refused = _approval_of_a_gone_household(station)
    assert isinstance(refused, HouseholdGone) and isinstance(refused, InvalidDemographics)
    assert refused.household_id == "hh-gone"
    english = plain_message(refused)
    assert "hh-gone" in english and "send" in english.lower()
    apply_language(language)
    try:
        said = plain_message(refused)
        assert "hh-gone" in said and said != english
        bare = said.replace("hh-gone", "")
        if language != "id":
            assert LATIN.search(bare) is None, said
        else:
            assert "household" not in bare.lower() and "no longer" not in bare, said
    finally:
        apply_language("en")

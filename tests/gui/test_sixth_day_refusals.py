"""The services' last plain refusals at a Khmer, Urdu or Indonesian desk: a membership over or
not begun on the day it is confirmed, a case manager whose role manages no cases, a value
outside its list, and a membership ended on a day it cannot end. They reached the clerk in the
model's English; each is now typed and said from its type and data."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from station.i18n import apply_language
from station.model.operators import create_operator, login
from station.services import cases, households, memberships
from station.services.errors import (
    AlreadyEnds,
    AlreadyOver,
    EndBeforeStart,
    EndInFuture,
    NotACaseManager,
    NotBegunYet,
    NotInList,
    NotProposed,
    ServiceError,
)
from station.views.workers import plain_message
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_refusals_language import _raised

pytestmark = pytest.mark.gui

DAY = dt.date(2026, 11, 22)
LATIN = re.compile("[A-Za-z]{3,}")
ENGLISH = {"the", "is", "not", "with", "this", "was", "cannot", "be", "membership", "person",
           "choose", "list", "today", "after", "before", "ends", "start", "manage", "cases"}
VALUES = ("astronaut", "wish", "space", "maybe", "bored", "audit1", "OLD_AGE_PENSION")


def _refusals(station: Any) -> list[BaseException]:
    """Raised by the real services where a registry can raise them, made otherwise."""
    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    boss = login(station, "super", PASSWORD, now=FIXED_NOW)
    create_operator(station, username="audit1", full_name="Auditor", role="auditor",
                    password=PASSWORD, now=FIXED_NOW, by=boss)
    return [
        _raised(lambda: households.record_situation(station, "p-1", disability=None,
                                                    employment="astronaut", operator=clerk,
                                                    now=FIXED_NOW)),
        _raised(lambda: cases.add_item(station, "c-1", kind="wish", description="x",
                                       operator=clerk, now=FIXED_NOW)),
        _raised(lambda: cases.add_item(station, "c-1", kind="referral", service="space",
                                       description="x", operator=clerk, now=FIXED_NOW)),
        NotInList("item status", "maybe", ("planned", "done")),
        _raised(lambda: memberships.end_membership(station, "m-1", reason="bored",
                                                   end_date=DAY, operator=clerk,
                                                   now=FIXED_NOW)),
        _raised(lambda: cases.open_case(station, _person(station), manager="audit1",
                                        summary="work", operator=clerk, now=FIXED_NOW)),
        NotProposed("p-1", "OLD_AGE_PENSION"),
        NotBegunYet("p-1", "OLD_AGE_PENSION", dt.date(2031, 1, 1), None, DAY),
        AlreadyOver("p-1", "CHILD_BENEFIT", dt.date(2020, 1, 1), dt.date(2021, 1, 1), DAY),
        EndBeforeStart("m-1", DAY, None, DAY - dt.timedelta(days=1)),
        EndInFuture("m-1", DAY, None, DAY + dt.timedelta(days=1), DAY),
        AlreadyEnds("m-1", DAY, DAY, DAY),
    ]


def _person(station: Any) -> str:
    from station.registry.models import Household, Person

    at = FIXED_NOW.replace(tzinfo=None)
    place = {"province_code": "12", "district_code": "1203", "commune_code": "120301",
             "village_code": "12030101"}
    with station.transaction() as session:
        session.add(Household(id="hh-1", created_at=at, **place))
        session.add(Person(id="p-1", household_id="hh-1", relation_to_head="head",
                           local_name="p", latin_name="p", sex="F",
                           birth_date=dt.date(1960, 1, 1), birth_date_estimated=False,
                           other_ids={}, created_at=at, **place))
    return "p-1"


def test_they_are_typed(station: Any) -> None:
    kinds = [type(e) for e in _refusals(station)]
    assert kinds == [NotInList, NotInList, NotInList, NotInList, NotInList, NotACaseManager,
                     NotProposed, NotBegunYet, AlreadyOver, EndBeforeStart, EndInFuture,
                     AlreadyEnds]


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_they_are_said_in_the_desks_language(qapp: Any, station: Any,
                                             language: str) -> None:
    refusals = _refusals(station)
    english = [plain_message(exc) for exc in refusals]
    apply_language(language)
    try:
        said_all = [plain_message(exc) for exc in refusals]
        for exc, said, words in zip(refusals, said_all, english, strict=True):
            assert said and said != words, (type(exc).__name__, said)
            bare = said
            for value in VALUES:  # the value given stays as given
                bare = bare.replace(value, "")
            assert not set(re.findall(r"[a-z]+", bare.lower())) & ENGLISH, said
            if language != "id":
                assert LATIN.search(bare) is None, said
            assert "2026-" not in said and "2031-" not in said  # the desk's dates
        assert len(set(said_all)) == len(said_all)
        # the same English without the type is an unforeseen refusal: it keeps its English
        untyped = ServiceError(str(refusals[0]))
        assert plain_message(untyped) == english[0]
    finally:
        apply_language("en")

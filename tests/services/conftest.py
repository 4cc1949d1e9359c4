"""Fixtures for the Single Window services: a real registry (SQLite, or PostgreSQL where asked),
operators, and a small hand-made household whose numbers the tests know by heart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from station.config import Settings, load_settings
from station.model.operators import OperatorInfo, create_operator, login
from station.model.setup import initialise
from station.model.station import Station
from station.registry.models import Household, Person
from station.services.questionnaire import Answer
from tests._premigrated import premigrated

NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)
TODAY = NOW.date()
PASSWORD = "correct horse battery"


def make_station(settings: Settings) -> Station:
    """Open (and migrate) a registry and create the supervisor ``super``."""
    station = Station(premigrated(settings), gallery_factory=lambda: None)
    initialise(station, username="super", full_name="Sok Supervisor", password=PASSWORD,
               now=NOW)
    return station


STATION_ID = "station-demo-1"  # receipt numbers in the tests start with it


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    """A fresh SQLite registry with a supervisor ``super``."""
    st = make_station(load_settings({"SWS_HOME": str(tmp_path), "SWS_STATION_ID": STATION_ID}))
    yield st
    st.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_station(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Station]:
    """The same registry on SQLite and on a real PostgreSQL server."""
    env = {"SWS_HOME": str(tmp_path), "SWS_STATION_ID": STATION_ID}
    if request.param == "postgresql":
        factory: Callable[[], str] = request.getfixturevalue("new_database_url")
        env["SWS_DATABASE_URL"] = factory()
    st = make_station(load_settings(env))
    yield st
    st.close()


@pytest.fixture
def supervisor(station: Station) -> OperatorInfo:
    return login(station, "super", PASSWORD, now=NOW)


@pytest.fixture
def clerk(station: Station, supervisor: OperatorInfo) -> OperatorInfo:
    return create_operator(station, username="clerk1", full_name="Chan Clerk", role="clerk",
                           password=PASSWORD, now=NOW, by=supervisor)


@dataclass(frozen=True)
class Family:
    """The Sok household: grandfather 67, mother 36 (unemployed), girl 8 with a disability."""

    household_id: str
    grandfather: str
    mother: str
    girl: str


ADDRESS = {"province_code": "12", "district_code": "1203", "commune_code": "120301",
           "village_code": "12030101"}


def add_household(station: Station, household_id: str,
                  people: list[tuple[str, str, dt.date, str]],
                  address: dict[str, str] | None = None) -> None:
    """Write a household and its people straight into the registry (no enrolment needed)."""
    at = NOW.replace(tzinfo=None)
    where = address or ADDRESS
    with station.transaction() as session:
        session.add(Household(id=household_id, created_at=at, **where))
        for person_id, sex, birth, relation in people:
            session.add(Person(id=person_id, household_id=household_id, relation_to_head=relation,
                               local_name=person_id, latin_name=person_id, sex=sex,
                               birth_date=birth, birth_date_estimated=False, other_ids={},
                               created_at=at, **where))


def make_family(station: Station) -> Family:
    add_household(station, "hh-sok", [
        ("p-grandfather", "M", dt.date(1959, 3, 1), "head"),
        ("p-mother", "F", dt.date(1990, 5, 1), "child"),
        ("p-girl", "F", dt.date(2018, 5, 1), "grandchild"),
    ])
    return Family("hh-sok", "p-grandfather", "p-mother", "p-girl")


@pytest.fixture
def family(station: Station) -> Family:
    return make_family(station)


#: Answers that score as "poor" under the bundled questionnaire (PMT-2026.1): 38 points.
POOR_ANSWERS: dict[str, Answer] = {
    "members": 6, "roof": "thatch", "walls": "wood", "water": "unprotected_well",
    "toilet": "pit", "electricity": True, "cooking_fuel": "wood", "land": "under_half_ha",
    "motorbike": False, "television": False, "wage_earner": False, "chronic_illness": False}

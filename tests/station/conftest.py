"""Fixtures for the station's registry and services, run on SQLite and on real PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from station.config import Settings, load_settings
from station.model.operators import OperatorInfo, create_operator
from station.model.setup import initialise
from station.model.station import Station
from tests._premigrated import premigrated
from tests.station.helpers import (
    NOW,
    PASSWORD,
    POLICY,
    ExactGallery,
    demographics,
    person_fingers,
)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same registry tests on the embedded SQLite default and on a real PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'registry.sqlite3'}"
    factory: Callable[[], str] = request.getfixturevalue("new_database_url")
    return factory()


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return load_settings({"SWS_HOME": str(tmp_path), "SWS_DATABASE_URL": database_url,
                          "SWS_BUSY_TIMEOUT_MS": "300"})


@pytest.fixture
def station(settings: Settings) -> Iterator[Station]:
    st = Station(premigrated(settings), gallery_factory=ExactGallery)
    initialise(st, username="super", full_name="Sok Supervisor", password=PASSWORD, now=NOW)
    yield st
    st.close()


@pytest.fixture
def supervisor(station: Station) -> OperatorInfo:
    from station.model.operators import login

    return login(station, "super", PASSWORD, now=NOW)


@pytest.fixture
def clerk(station: Station, supervisor: OperatorInfo) -> OperatorInfo:
    return create_operator(station, username="clerk1", full_name="Chan Clerk", role="clerk",
                           password=PASSWORD, now=NOW, by=supervisor)


@pytest.fixture
def person_id(station: Station, clerk: OperatorInfo) -> str:
    """One person enrolled by the clerk (``demographics()``, fingers of seed 3): their id."""
    from station.model.enrolment import Enrolled, enrol

    out = enrol(station, demographics(), person_fingers(3), operator=clerk, now=NOW,
                policy=POLICY)
    assert isinstance(out, Enrolled)
    return out.person_id

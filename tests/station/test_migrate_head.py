"""The fast schema check: the head read from the revision files is Alembic's own head, and a
database at head opens without migrating while one behind is still brought up to date."""

from __future__ import annotations

from alembic import command
from alembic.script import ScriptDirectory

from station.config import Settings
from station.model.station import Station
from station.registry.migrate import (
    MIGRATIONS,
    alembic_config,
    at_head,
    current_revision,
    head_revision,
)


def test_scanned_head_is_alembics_head() -> None:
    assert head_revision() == ScriptDirectory(str(MIGRATIONS)).get_current_head()


def test_a_database_at_head_is_recognised(station: Station) -> None:
    assert at_head(station.engine)


def test_a_database_one_revision_behind_is_upgraded_on_open(settings: Settings,
                                                            station: Station) -> None:
    command.downgrade(alembic_config(station.engine), "-1")
    assert not at_head(station.engine)
    again = Station(settings)
    assert at_head(again.engine)
    assert current_revision(again.engine) == head_revision()
    again.close()

"""A busy or full registry: one clear error, and nothing half-written."""

from __future__ import annotations

import dataclasses

import pytest
import sqlalchemy as sa

from station.errors import DatabaseBusy, StorageFull
from station.model.enrolment import Enrolled, enrol
from station.model.integrity import check
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.db import make_engine, safe_url
from tests.station.helpers import NOW, POLICY, ExactGallery, demographics, person_fingers
from tests.station.test_enrolment import counts


def test_a_locked_registry_gives_a_clear_error_and_writes_nothing(
        station: Station, clerk: OperatorInfo, caplog: pytest.LogCaptureFixture) -> None:
    enrol(station, demographics(), person_fingers(1), operator=clerk, now=NOW, policy=POLICY)
    station.gallery  # noqa: B018  (loaded before the lock, as a running station has it)
    before = counts(station)
    other = make_engine(station.url)
    with other.connect() as conn:
        if station.settings.is_sqlite:
            # the registry's engine opens every transaction with BEGIN IMMEDIATE: this
            # connection now holds the write lock, as another program would
            conn.exec_driver_sql("SELECT 1")
        else:
            conn.exec_driver_sql("BEGIN")
            conn.exec_driver_sql("LOCK TABLE person IN ACCESS EXCLUSIVE MODE")
        with pytest.raises(DatabaseBusy, match="busy") as err:
            enrol(station, demographics("Second"), person_fingers(2), operator=clerk,
                  now=NOW, policy=POLICY)
        assert err.value.exit_code == 4
        # the desk reads a plain sentence (a file path or server address is noise there and
        # shows the file layout); support finds the registry's address in the log
        where = safe_url(station.url)
        assert where not in str(err.value) and "://" not in str(err.value)
        assert any(where in r.getMessage() for r in caplog.records)
        conn.rollback()
    other.dispose()
    assert counts(station) == before
    assert check(station).audit_events == before["audit"]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_full_disk_gives_a_clear_error_and_writes_nothing(
        station: Station, clerk: OperatorInfo) -> None:
    # the full disk is simulated with SQLite's max_page_count (SQLite only)
    with station.engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
    station.close()
    full = Station(dataclasses.replace(station.settings, max_page_count=pages + 2),
                   gallery_factory=ExactGallery)
    enrolled = 0
    with pytest.raises(StorageFull, match="full"):
        for seed in range(1, 200):
            out = enrol(full, demographics(f"P{seed}"), person_fingers(seed), operator=clerk,
                        now=NOW, policy=POLICY)
            assert isinstance(out, Enrolled)
            enrolled += 1
    after = counts(full)
    assert after["person"] == after["enrolment"] == after["outbox"] == enrolled
    assert after["fingerprint"] == 2 * enrolled
    assert check(full).audit_events == after["audit"]
    with full.reading() as s:
        orphans = s.execute(sa.text(
            "SELECT count(*) FROM fingerprint f LEFT JOIN person p ON p.id = f.person_id "
            "WHERE p.id IS NULL")).scalar()
    assert orphans == 0


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_reading_does_not_wait_for_a_writer(station: Station, clerk: OperatorInfo) -> None:
    """A clerk can look people up while another program holds the write lock."""
    from station.model.persons import get_person

    out = enrol(station, demographics(), person_fingers(1), operator=clerk, now=NOW,
                policy=POLICY)
    assert isinstance(out, Enrolled)
    other = make_engine(station.url)
    with other.connect() as conn:
        conn.exec_driver_sql("SELECT 1")  # holds the write lock (BEGIN IMMEDIATE)
        assert get_person(station, out.person_id)["latin_name"] == "Sok Dara"
        conn.rollback()
    other.dispose()

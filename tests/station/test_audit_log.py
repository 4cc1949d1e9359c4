"""Reading the audit log: filters, newest first, who may read it, CSV that spreadsheets
cannot run, and `sws audit log`."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from station.errors import BadInput, PermissionDenied
from station.model.audit_log import AuditFilter, read_events, to_csv
from station.model.cards import record_issued
from station.model.enrolment import Enrolled, enrol
from station.model.operators import OperatorInfo
from station.model.station import Station
from tests.station.helpers import NOW, POLICY, demographics, person_fingers


@pytest.fixture
def history(station: Station, clerk: OperatorInfo) -> list[str]:
    """Two enrolments by the clerk and a card issued a day later; returns the person ids."""
    people = []
    for seed in (1, 2):
        outcome = enrol(station, demographics(f"Person {seed}"), person_fingers(seed),
                        operator=clerk, now=NOW, policy=POLICY)
        assert isinstance(outcome, Enrolled)
        people.append(outcome.person_id)
    record_issued(station, person_id=people[0], serial="0A01", credential=b"x", by=clerk,
                  now=NOW + dt.timedelta(days=1))
    return people


def test_newest_first_and_every_filter(station: Station, supervisor: OperatorInfo,
                                       history: list[str]) -> None:
    rows = read_events(station, AuditFilter(), by=supervisor)
    assert [r.seq for r in rows] == sorted((r.seq for r in rows), reverse=True)
    assert rows[0].action == "card.issue" and rows[0].operator == "clerk1"
    assert rows[-1].operator == ""  # `init` created the first supervisor: the station itself

    enrols = read_events(station, AuditFilter(action="person"), by=supervisor)
    assert {r.action for r in enrols} == {"person.enrol"} and len(enrols) == 2
    assert read_events(station, AuditFilter(action="person.enrol."), by=supervisor) == enrols
    assert read_events(station, AuditFilter(action="pers"), by=supervisor) == []  # no prefix
    assert [r.subject_id for r in read_events(station, AuditFilter(subject=history[0]),
                                              by=supervisor)] == [history[0]]
    assert {r.operator for r in read_events(station, AuditFilter(operator="clerk1"),
                                            by=supervisor)} == {"clerk1"}
    day = NOW.date()
    same_day = read_events(station, AuditFilter(since=day, until=day), by=supervisor)
    assert "card.issue" not in {r.action for r in same_day}
    later = read_events(station, AuditFilter(since=day + dt.timedelta(days=1)), by=supervisor)
    assert [r.action for r in later] == ["card.issue"]
    assert len(read_events(station, AuditFilter(limit=2), by=supervisor)) == 2


def test_only_auditors_and_supervisors_read_it(station: Station, clerk: OperatorInfo) -> None:
    with pytest.raises(PermissionDenied, match="clerk may not read the audit log"):
        read_events(station, AuditFilter(), by=clerk)
    auditor = OperatorInfo("a1", "aud", "An Auditor", "auditor")
    assert read_events(station, AuditFilter(), by=auditor)
    with pytest.raises(BadInput, match="period is empty"):
        AuditFilter(since=NOW.date(), until=NOW.date() - dt.timedelta(days=1))


def test_csv_has_every_event(station: Station, supervisor: OperatorInfo,
                              history: list[str]) -> None:
    rows = read_events(station, AuditFilter(), by=supervisor)
    table = list(csv.reader(io.StringIO(to_csv(rows))))
    assert table[0][:5] == ["seq", "at_utc", "operator", "station", "action"]
    assert [int(r[0]) for r in table[1:]] == [r.seq for r in rows]
    enrol_row = next(r for r in table[1:] if r[6] == history[0])
    assert enrol_row[4] == "person.enrol" and '"fingers": [' in enrol_row[7]

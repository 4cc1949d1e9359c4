"""Enrolment writes everything in one transaction, or opens an adjudication case."""

from __future__ import annotations

import datetime as dt
from typing import Any

import cbor2
import pytest
import sqlalchemy as sa

from station.errors import ImageRejected, InvalidDemographics, UnknownFinger
from station.model.demographics import Address, parse_birth
from station.model.enrolment import Enrolled, NeedsAdjudication, enrol
from station.model.integrity import check
from station.model.operators import OperatorInfo
from station.model.persons import get_person
from station.model.station import Station
from station.registry.base import OUTBOX
from station.registry.models import (
    Adjudication,
    AuditEvent,
    Enrolment,
    Fingerprint,
    Household,
    Person,
)
from tests.station.helpers import NOW, POLICY, demographics, make_template, person_fingers


def counts(station: Station) -> dict[str, int]:
    tables: dict[str, Any] = {"person": Person, "fingerprint": Fingerprint,
                              "enrolment": Enrolment, "adjudication": Adjudication,
                              "audit": AuditEvent, "household": Household}
    with station.reading() as s:
        out = {k: int(s.scalar(sa.select(sa.func.count()).select_from(v)) or 0)
               for k, v in tables.items()}
        out["outbox"] = int(s.scalar(sa.select(sa.func.count()).select_from(OUTBOX)) or 0)
    return out


def test_enrolment_writes_person_fingers_enrolment_audit_and_outbox(
        station: Station, clerk: OperatorInfo) -> None:
    before = counts(station)
    out = enrol(station, demographics(), person_fingers(1), operator=clerk, now=NOW,
                policy=POLICY, new_household=True)
    assert isinstance(out, Enrolled)
    after = counts(station)
    assert {k: after[k] - before[k] for k in after} == {
        "person": 1, "fingerprint": 2, "enrolment": 1, "adjudication": 0, "audit": 1,
        "household": 1, "outbox": 1}
    person = get_person(station, out.person_id)
    assert person["latin_name"] == "Sok Dara" and person["local_name"] == "សុខ ដារា"
    assert [f["finger"] for f in person["fingers"]] == ["right-index", "left-index"]
    assert person["relation_to_head"] == "head"
    with station.reading() as s:
        item = s.execute(sa.select(OUTBOX)).one()
    assert item.kind == "enrolment" and item.record_id == out.person_id
    payload = cbor2.loads(item.payload)
    assert payload["demographics"]["latin_name"] == "Sok Dara"
    biometrics = cbor2.loads(station.unseal_outbox(item.sealed_biometrics))
    assert set(biometrics) == {2, 7}
    assert check(station, deep=True).ciphertexts_checked == 2


def test_the_same_fingers_again_open_an_adjudication_and_write_no_person(
        station: Station, clerk: OperatorInfo) -> None:
    first = enrol(station, demographics(), person_fingers(1), operator=clerk, now=NOW,
                  policy=POLICY)
    assert isinstance(first, Enrolled)
    before = counts(station)
    again = enrol(station, demographics("Another Name"), person_fingers(1), operator=clerk,
                  now=NOW, policy=POLICY)
    assert isinstance(again, NeedsAdjudication)
    assert [c.person_id for c in again.candidates] == [first.person_id]
    after = counts(station)
    assert after["person"] == before["person"] and after["outbox"] == before["outbox"]
    assert after["adjudication"] == before["adjudication"] + 1
    with station.reading() as s:
        case = s.get(Adjudication, again.adjudication_id)
        assert case is not None
        assert case.applicant["latin_name"] == "Another Name"
        assert case.candidates[0]["person_id"] == first.person_id


def test_a_restarted_station_still_finds_enrolled_people(
        station: Station, clerk: OperatorInfo) -> None:
    first = enrol(station, demographics(), person_fingers(5), operator=clerk, now=NOW,
                  policy=POLICY)
    assert isinstance(first, Enrolled)
    restarted = Station(station.settings, gallery_factory=type(station.gallery))
    again = enrol(restarted, demographics(), {"left-index": make_template(1005)},
                  operator=clerk, now=NOW, policy=POLICY)
    assert isinstance(again, NeedsAdjudication)
    assert again.candidates[0].person_id == first.person_id


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(("change", "message"), [
    ({"birth_date": dt.date(2031, 1, 1)}, "future"),
    ({"birth_date": dt.date(1850, 1, 1)}, "130 years"),
])
def test_impossible_dates_are_refused_and_nothing_is_written(
        station: Station, clerk: OperatorInfo, change: dict[str, Any], message: str) -> None:
    before = counts(station)
    with pytest.raises(InvalidDemographics, match=message):
        enrol(station, demographics(**change), person_fingers(1), operator=clerk, now=NOW,
              policy=POLICY)
    assert counts(station) == before


def test_bad_demographics_fail_with_a_plain_message() -> None:
    with pytest.raises(InvalidDemographics, match="not a real date"):
        parse_birth("2023-02-30", None, today=NOW.date())
    with pytest.raises(InvalidDemographics, match="either"):
        parse_birth("2001-01-01", "30", today=NOW.date())
    assert parse_birth(None, "30", today=NOW.date()) == (dt.date(1996, 7, 1), True)
    with pytest.raises(InvalidDemographics, match="village"):
        Address("12", "1204", "120401", "")
    with pytest.raises(InvalidDemographics, match="sex"):
        demographics(sex="Q")


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_unknown_finger_and_low_quality_are_refused(station: Station,
                                                     clerk: OperatorInfo) -> None:
    before = counts(station)
    with pytest.raises(UnknownFinger, match="right-pinky"):
        enrol(station, demographics(), {"right-pinky": make_template(1)}, operator=clerk,
              now=NOW, policy=POLICY)
    with pytest.raises(ImageRejected, match="quality 5"):
        enrol(station, demographics(), {"right-index": make_template(1, quality=5)},
              operator=clerk, now=NOW, policy=POLICY)
    assert counts(station) == before

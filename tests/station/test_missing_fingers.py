"""Fingers declared not available keep their reason: audit event, outbox payload, and
through an adjudication until a supervisor approves the applicant."""

from __future__ import annotations

import json

import cbor2
import pytest
import sqlalchemy as sa

from station.errors import BadInput
from station.model.adjudication import approve, decide
from station.model.enrolment import Enrolled, NeedsAdjudication, enrol
from station.model.fingers import Finger
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.base import OUTBOX
from station.registry.models import AuditEvent
from tests.station.helpers import (
    NOW,
    POLICY,
    demographics,
    person_fingers,
    sqlite_registry,  # noqa: F401 - SQLite only
)
from tests.station.test_enrolment import counts


def _enrol_details(station: Station, person_id: str) -> dict[str, object]:
    with station.reading() as s:
        text = s.scalar(sa.select(AuditEvent.details).where(
            AuditEvent.action == "person.enrol", AuditEvent.subject_id == person_id))
    assert text is not None
    return dict(json.loads(text))


def _payload(station: Station, person_id: str) -> dict[str, object]:
    with station.reading() as s:
        item = s.execute(sa.select(OUTBOX).where(OUTBOX.c.record_id == person_id)).one()
    return dict(cbor2.loads(item.payload))


def test_reasons_are_saved_in_the_audit_event_and_the_outbox(
        station: Station, clerk: OperatorInfo) -> None:
    missing = {Finger.RIGHT_THUMB: "amputated", "left-thumb": "bandaged (injury)"}
    out = enrol(station, demographics(), person_fingers(1), operator=clerk, now=NOW,
                policy=POLICY, missing=missing)
    assert isinstance(out, Enrolled)
    expected = {str(int(Finger.RIGHT_THUMB)): "amputated",
                str(int(Finger.LEFT_THUMB)): "bandaged (injury)"}
    assert _enrol_details(station, out.person_id)["missing_fingers"] == expected
    assert _payload(station, out.person_id)["missing_fingers"] == expected


def test_no_missing_finger_records_an_empty_list(station: Station,
                                                 clerk: OperatorInfo) -> None:
    out = enrol(station, demographics(), person_fingers(2), operator=clerk, now=NOW,
                policy=POLICY)
    assert isinstance(out, Enrolled)
    assert _payload(station, out.person_id)["missing_fingers"] == {}


@pytest.mark.parametrize(("missing", "message"), [
    ({"right-index": "injured"}, "captured and declared not available"),
    ({"left-ring": "  "}, "a reason is required"),
])
def test_contradictory_or_unexplained_missing_fingers_write_nothing(
        station: Station, clerk: OperatorInfo, missing: dict[str, str], message: str) -> None:
    before = counts(station)
    with pytest.raises(BadInput, match=message):
        enrol(station, demographics(), person_fingers(3), operator=clerk, now=NOW,
              policy=POLICY, missing=missing)
    assert counts(station) == before


def test_reasons_survive_an_adjudication_to_the_approved_enrolment(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo) -> None:
    first = enrol(station, demographics(), person_fingers(1), operator=clerk, now=NOW,
                  policy=POLICY)
    assert isinstance(first, Enrolled)
    again = enrol(station, demographics("Sok Dara Twin"), person_fingers(1), operator=clerk,
                  now=NOW, policy=POLICY, missing={"right-middle": "scarred"})
    assert isinstance(again, NeedsAdjudication)
    decide(station, again.adjudication_id, "not_duplicate", by=clerk, now=NOW)
    enrolled = approve(station, again.adjudication_id, by=supervisor, approved=True, now=NOW)
    assert enrolled is not None
    expected = {str(int(Finger.RIGHT_MIDDLE)): "scarred"}
    assert _enrol_details(station, enrolled.person_id)["missing_fingers"] == expected
    assert _payload(station, enrolled.person_id)["missing_fingers"] == expected

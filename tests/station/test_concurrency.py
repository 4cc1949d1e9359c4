"""Several clerks enrolling at once: every record lands, the audit chain stays one chain."""

from __future__ import annotations

import dataclasses
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import sqlalchemy as sa

import station.model.enrolment as enrolment_module
from station.model.enrolment import Enrolled, NeedsAdjudication, enrol
from station.model.integrity import check
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.models import Person
from tests.station.helpers import NOW, POLICY, ExactGallery, demographics, person_fingers
from tests.station.test_enrolment import counts


def test_concurrent_enrolments_keep_one_unbroken_audit_chain(
        station: Station, clerk: OperatorInfo) -> None:
    patient = Station(dataclasses.replace(station.settings, busy_timeout_ms=30000),
                      gallery_factory=ExactGallery)
    before = counts(patient)

    def one(seed: int) -> str:
        out = enrol(patient, demographics(f"P{seed}"), person_fingers(seed), operator=clerk,
                    now=NOW, policy=POLICY)
        assert isinstance(out, Enrolled)
        return out.person_id

    patient.gallery  # noqa: B018  (built once, before the clerks start)
    with ThreadPoolExecutor(max_workers=4) as pool:
        ids = list(pool.map(one, range(1, 13)))
    assert len(set(ids)) == 12
    after = counts(patient)
    assert after["person"] - before["person"] == 12
    assert after["outbox"] - before["outbox"] == 12
    assert check(patient).audit_events == after["audit"]
    patient.close()


def test_two_counters_enrolling_one_person_at_once_do_not_both_succeed(
        station: Station, clerk: OperatorInfo, monkeypatch: pytest.MonkeyPatch) -> None:
    """The other counter commits the same person between this counter's 1:N search (which
    found nobody) and its write: the write, once it holds the registry's write lock, looks
    again and opens an adjudication instead of registering the person twice."""
    other = Station(station.settings, gallery_factory=ExactGallery)
    real_search = enrolment_module.search_person
    committed: list[str] = []
    calls: list[int] = []

    def search_then_the_other_counter_commits(*args: Any, **kwargs: Any) -> Any:
        found = real_search(*args, **kwargs)
        calls.append(1)
        if len(calls) == 1:  # this counter's first search: the other one enrols right after
            done = enrol(other, demographics("Sok Dara"), person_fingers(23), operator=clerk,
                         now=NOW, policy=POLICY, new_household=True)
            assert isinstance(done, Enrolled)
            committed.append(done.person_id)
        return found

    try:
        station.gallery  # noqa: B018  (both counters loaded their galleries before)
        other.gallery  # noqa: B018
        monkeypatch.setattr(enrolment_module, "search_person",
                            search_then_the_other_counter_commits)
        here = enrol(station, demographics("Sok Dara"), person_fingers(23), operator=clerk,
                     now=NOW, policy=POLICY, new_household=True)
    finally:
        other.close()
    assert isinstance(here, NeedsAdjudication)
    assert [c.person_id for c in here.candidates] == committed
    with station.reading() as session:
        people = session.execute(sa.select(sa.func.count()).select_from(Person)).scalar_one()
    assert people == 1  # registered once, by the other counter

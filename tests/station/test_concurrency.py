"""Several clerks enrolling at once: every record lands, the audit chain stays one chain."""

from __future__ import annotations

import dataclasses
from concurrent.futures import ThreadPoolExecutor

from station.model.enrolment import Enrolled, enrol
from station.model.integrity import check
from station.model.operators import OperatorInfo
from station.model.station import Station
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

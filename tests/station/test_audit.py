"""The audit chain: `db check` notices an edited, deleted or forged event."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from station.errors import AuditChainBroken
from station.model.enrolment import enrol
from station.model.integrity import check
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry import audit
from station.registry.models import AuditEvent, AuditHead
from tests.station.helpers import NOW, POLICY, demographics, person_fingers


@pytest.fixture
def busy_station(station: Station, clerk: OperatorInfo) -> Station:
    for seed in (1, 2, 3):
        enrol(station, demographics(f"Person {seed}"), person_fingers(seed), operator=clerk,
              now=NOW, policy=POLICY)
    return station


def _events(station: Station) -> int:
    return check(station).audit_events


def test_an_untouched_chain_verifies(busy_station: Station) -> None:
    # init's supervisor, the clerk's creation, the clerk's login is not audited, 3 enrolments
    assert _events(busy_station) == 5


def test_an_edited_event_is_detected(busy_station: Station) -> None:
    with busy_station.engine.begin() as conn:
        conn.execute(sa.update(AuditEvent).where(AuditEvent.seq == 3)
                     .values(subject_id="someone-else"))
    with pytest.raises(AuditChainBroken, match="event 3") as err:
        check(busy_station)
    assert err.value.seq == 3
    assert err.value.exit_code == 5


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_deleted_event_is_detected(busy_station: Station) -> None:
    with busy_station.engine.begin() as conn:
        conn.execute(sa.delete(AuditEvent).where(AuditEvent.seq == 2))
    with pytest.raises(AuditChainBroken, match="missing"):
        check(busy_station)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_deleting_the_newest_events_is_detected(busy_station: Station) -> None:
    with busy_station.engine.begin() as conn:
        conn.execute(sa.delete(AuditEvent).where(AuditEvent.seq >= 4))
    with pytest.raises(AuditChainBroken, match="deleted"):
        check(busy_station)


def test_a_rewritten_chain_without_the_key_is_detected(busy_station: Station) -> None:
    """A forger who edits an event and recomputes every hash still cannot make the MACs."""
    with busy_station.engine.begin() as conn:
        rows = conn.execute(sa.select(AuditEvent).order_by(AuditEvent.seq)).all()
        prev = audit.GENESIS
        for row in rows:
            subject = "someone-else" if row.seq == 3 else row.subject_id
            digest = audit._row_hash(prev, row.seq, row.at, row.operator_id, row.station_id,
                                     row.action, row.subject_type, subject, row.details)
            conn.execute(sa.update(AuditEvent).where(AuditEvent.seq == row.seq)
                         .values(subject_id=subject, prev_hash=prev, hash=digest))
            prev = digest
        conn.execute(sa.update(AuditHead).values(hash=prev))
    with pytest.raises(AuditChainBroken, match="MAC"):
        check(busy_station)

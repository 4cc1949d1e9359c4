"""Grievance life-cycle: intake (counter or card), referral, resolution, appeal, closure; every
step in the audit chain and the outbox, written in the same transaction as the grievance."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from station.model.integrity import check
from station.model.operators import OperatorInfo, login
from station.model.station import Station
from station.registry.models import Card
from station.registry.models_services import Grievance
from station.services import grievances
from station.services.errors import InvalidTransition, RulesError, UnknownRecord
from station.services.grievance_rules import load_policy
from tests.services._db import audit_actions, outbox_items
from tests.services.conftest import NOW, PASSWORD, make_family

DAY = dt.timedelta(days=1)


def test_full_life_with_appeal_on_both_backends(any_station: Station) -> None:
    station = any_station
    family = make_family(station)
    clerk = login(station, "super", PASSWORD, now=NOW)
    gid = grievances.intake(station, category="payment", description="pension not paid in May",
                            person_id=family.grandfather, operator=clerk, now=NOW)
    g = grievances.refer(station, gid, operator=clerk, now=NOW + DAY)
    assert (g["status"], g["referred_to"]) == ("referred", "payments")
    assert g["deadline"] == "2026-12-07"  # 15 days for payments
    g = grievances.resolve(station, gid, "paid on 1 December", operator=clerk, now=NOW + 5 * DAY)
    assert g["status"] == "resolved"
    g = grievances.appeal(station, gid, "only half was paid", operator=clerk, now=NOW + 9 * DAY)
    assert (g["status"], g["appeals"], g["deadline"]) == ("appealed", 1, "2026-12-21")
    grievances.refer(station, gid, to="appeal committee", operator=clerk, now=NOW + 10 * DAY)
    grievances.resolve(station, gid, "balance paid", operator=clerk, now=NOW + 12 * DAY)
    g = grievances.close(station, gid, operator=clerk, now=NOW + 13 * DAY)
    assert g["status"] == "closed"

    steps = grievances.history(station, gid)
    assert [(s["action"], s["to"]) for s in steps] == [
        ("intake", "received"), ("refer", "referred"), ("resolve", "resolved"),
        ("appeal", "appealed"), ("refer", "referred"), ("resolve", "resolved"),
        ("close", "closed")]
    assert audit_actions(station, gid) == [f"grievance.{s['action']}" for s in steps]
    items = outbox_items(station, gid)
    assert [i["kind"] for i in items] == ["grievance"] * 7
    assert [i["payload"]["grievance"]["status"] for i in items] == [s["to"] for s in steps]
    assert all(i["sealed"] is None for i in items)
    assert check(station).audit_events >= 7  # the chain still verifies


def test_a_refused_step_writes_nothing(station: Station, supervisor: OperatorInfo) -> None:
    gid = grievances.intake(station, category="card", description="card does not read",
                            operator=supervisor, now=NOW)
    before = (audit_actions(station), outbox_items(station))
    with pytest.raises(InvalidTransition, match="is received and cannot be appealed"):
        grievances.appeal(station, gid, "why", operator=supervisor, now=NOW)
    with pytest.raises(InvalidTransition, match="allowed now: refer, resolve, withdraw"):
        grievances.close(station, gid, operator=supervisor, now=NOW)
    assert (audit_actions(station), outbox_items(station)) == before
    assert grievances.history(station, gid)[-1]["to"] == "received"


def test_appeal_window_and_single_appeal(station: Station, supervisor: OperatorInfo) -> None:
    policy = load_policy()
    gid = grievances.intake(station, category="exclusion", description="not in child benefit",
                            operator=supervisor, now=NOW)
    grievances.resolve(station, gid, "registered", operator=supervisor, now=NOW)
    late = NOW + (policy.appeal_window_days + 1) * DAY
    with pytest.raises(InvalidTransition, match="appeal window closed on 2026-12-22"):
        grievances.appeal(station, gid, "still not paid", operator=supervisor, now=late)
    grievances.appeal(station, gid, "still not paid", operator=supervisor, now=NOW + DAY)
    grievances.resolve(station, gid, "paid", operator=supervisor, now=NOW + 2 * DAY)
    with pytest.raises(InvalidTransition, match="already appealed 1 time"):
        grievances.appeal(station, gid, "again", operator=supervisor, now=NOW + 3 * DAY)


def test_intake_by_tapping_the_card(station: Station, supervisor: OperatorInfo) -> None:
    family = make_family(station)
    with station.transaction() as session:
        session.add(Card(serial="CARD-1", person_id=family.mother, credential=b"x",
                         status="issued", issued_at=NOW.replace(tzinfo=None)))
    gid = grievances.intake(station, category="health_access", description="charged at clinic",
                            card_serial="CARD-1", operator=supervisor, now=NOW)
    with station.reading() as session:
        g = session.get(Grievance, gid)
        assert g is not None
        assert (g.channel, g.person_id, g.responsible_service) == ("card", family.mother, "health")
        assert g.deadline == dt.date(2026, 12, 2)
    with pytest.raises(UnknownRecord, match="no card with id 'CARD-404'"):
        grievances.intake(station, category="card", description="x", card_serial="CARD-404",
                          operator=supervisor, now=NOW)


def test_bad_intake_is_refused_before_anything_is_written(station: Station,
                                                          supervisor: OperatorInfo) -> None:
    with pytest.raises(RulesError, match="unknown grievance category 'weather'"):
        grievances.intake(station, category="weather", description="rain", operator=supervisor,
                          now=NOW)
    with pytest.raises(UnknownRecord, match="no person"):
        grievances.intake(station, category="other", description="x", person_id="nobody",
                          operator=supervisor, now=NOW)
    with station.reading() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Grievance)) == 0
    assert outbox_items(station) == []

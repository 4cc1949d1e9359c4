"""From assessment to confirmed memberships, payments with receipts, case plans: in the registry."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import sqlalchemy as sa

from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.models import ProgrammeMembership
from station.registry.models_services import (
    EligibilityDecision,
    VulnerabilityAssessment,
)
from station.services import cases, households, memberships, payments
from station.services.errors import AnswerError, PaymentError, ServiceError
from tests.services._db import audit_actions, outbox_items
from tests.services.conftest import NOW, POOR_ANSWERS, TODAY, Family

DAY = dt.timedelta(days=1)


def _situations(station: Station, family: Family, clerk: OperatorInfo) -> None:
    households.record_situation(station, family.grandfather, disability=False,
                                employment="retired", operator=clerk, now=NOW)
    households.record_situation(station, family.mother, disability=False,
                                employment="unemployed", operator=clerk, now=NOW)
    households.record_situation(station, family.girl, disability=True, employment="child",
                                operator=clerk, now=NOW)


def test_assess_propose_confirm(station: Station, family: Family, clerk: OperatorInfo) -> None:
    _situations(station, family, clerk)
    assessment_id, result = households.assess_household(station, family.household_id,
                                                        POOR_ANSWERS, operator=clerk, now=NOW)
    assert (result.score, result.poverty_level) == (38.0, "poor")
    package = memberships.propose(station, family.household_id, today=TODAY)
    assert {(p.person_id, p.programme_code) for p in package.proposals} == {
        (family.grandfather, "HEALTH_SUBSIDY"), (family.grandfather, "OLD_AGE_PENSION"),
        (family.mother, "HEALTH_SUBSIDY"), (family.mother, "PUBLIC_WORKS"),
        (family.mother, "JOB_PLACEMENT"), (family.girl, "HEALTH_SUBSIDY"),
        (family.girl, "CHILD_BENEFIT"), (family.girl, "DISABILITY_ALLOWANCE")}
    declined = (family.mother, "PUBLIC_WORKS")
    accepted = {(p.person_id, p.programme_code) for p in package.proposals} - {declined}
    done = memberships.confirm(station, package, accepted=accepted, operator=clerk, now=NOW)
    assert done.declined == (declined,)
    assert set(done.memberships) == accepted

    with station.reading() as session:
        stored = session.execute(sa.select(
            ProgrammeMembership.person_id, ProgrammeMembership.programme_code,
            ProgrammeMembership.start_date, ProgrammeMembership.end_date)).all()
        decisions = session.execute(sa.select(
            EligibilityDecision.programme_code, EligibilityDecision.decision,
            EligibilityDecision.reason, EligibilityDecision.rules_version)
            .where(EligibilityDecision.person_id == family.grandfather)).all()
        version = session.scalar(sa.select(VulnerabilityAssessment.questionnaire_version)
                                 .where(VulnerabilityAssessment.id == assessment_id))
    assert version == "PMT-2026.1"
    assert len(stored) == 7
    pension = next(r for r in stored if r[1] == "OLD_AGE_PENSION")
    assert (pension[2], pension[3]) == (TODAY, None)
    assert ("OLD_AGE_PENSION", "confirmed", "eligible because age 67 >= 65", "2026.11-1") \
        in decisions

    kinds = [i["kind"] for i in outbox_items(station)]
    assert kinds.count("programme_registration") == 8  # 7 joined + 1 declined
    assert kinds.count("household") == 4  # 3 situations + 1 assessment
    assert audit_actions(station).count("programme.join") == 7
    # proposing again offers nothing already held; the declined programme is offered again
    again = memberships.propose(station, family.household_id, today=TODAY)
    assert {(p.person_id, p.programme_code) for p in again.proposals} == {declined}


def test_confirming_something_not_proposed_is_refused(station: Station, family: Family,
                                                      clerk: OperatorInfo) -> None:
    package = memberships.propose(station, family.household_id, today=TODAY)
    with pytest.raises(ServiceError, match="CHILD_BENEFIT was not proposed"):
        memberships.confirm(station, package, accepted={(family.girl, "CHILD_BENEFIT")},
                            operator=clerk, now=NOW)
    with station.reading() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(ProgrammeMembership)) == 0


def test_a_wrong_answer_writes_no_assessment(station: Station, family: Family,
                                             clerk: OperatorInfo) -> None:
    with pytest.raises(AnswerError):
        households.assess_household(station, family.household_id,
                                    {**POOR_ANSWERS, "roof": "gold"}, operator=clerk, now=NOW)
    assert outbox_items(station) == []


def _voluntary_membership(station: Station, family: Family, clerk: OperatorInfo) -> str:
    households.record_situation(station, family.mother, disability=False,
                                employment="informal", operator=clerk, now=NOW)
    households.assess_household(station, family.household_id,
                                {**POOR_ANSWERS, "roof": "concrete", "wage_earner": True},
                                operator=clerk, now=NOW)  # 56: near poor
    package = memberships.propose(station, family.household_id, today=TODAY)
    wanted = {(family.mother, "HEALTH_VOLUNTARY")}
    assert wanted <= {(p.person_id, p.programme_code) for p in package.proposals}
    done = memberships.confirm(station, package, accepted=None, operator=clerk, now=NOW)
    return done.memberships[(family.mother, "HEALTH_VOLUNTARY")]


def test_payments_receipts_and_status(station: Station, family: Family,
                                      clerk: OperatorInfo) -> None:
    membership = _voluntary_membership(station, family, clerk)
    later = TODAY + 70 * DAY  # three periods started; two past their grace days
    s = payments.contribution_statement(station, membership, today=later)
    assert (s.periods_due, s.arrears_minor, s.periods_overdue, s.status) == (
        3, 4500, 2, "in_arrears")
    first = payments.record_payment(station, membership, 1500, operator=clerk, now=NOW + DAY)
    second = payments.record_payment(station, membership, 3000, operator=clerk, now=NOW + DAY)
    assert first.receipt_no == "station-demo-1-20261123-00001"
    assert second.receipt_no == "station-demo-1-20261123-00002"
    assert second.statement.credit_minor == 3000  # paid ahead on the day
    s = payments.contribution_statement(station, membership, today=later)
    assert (s.arrears_minor, s.status) == (0, "active")
    paid = [i for i in outbox_items(station) if i["payload"]["record_type"]
            == "contribution_payment"]
    assert [i["payload"]["receipt_no"] for i in paid] == [first.receipt_no, second.receipt_no]
    # the centre counts contributions apart from visits at a facility (kind service_use)
    assert {i["kind"] for i in paid} == {"contribution"}


def test_payments_are_refused_when_they_make_no_sense(station: Station, family: Family,
                                                      clerk: OperatorInfo) -> None:
    membership = _voluntary_membership(station, family, clerk)
    with pytest.raises(PaymentError, match="positive whole amount"):
        payments.record_payment(station, membership, 0, operator=clerk, now=NOW)
    with station.reading() as session:
        other = session.scalar(sa.select(ProgrammeMembership.id).where(
            ProgrammeMembership.programme_code != "HEALTH_VOLUNTARY"))
    assert other is not None
    with pytest.raises(PaymentError, match="does not collect contributions"):
        payments.record_payment(station, other, 1500, operator=clerk, now=NOW)


def test_case_plan_and_overdue_follow_ups(station: Station, family: Family,
                                          clerk: OperatorInfo,
                                          supervisor: OperatorInfo) -> None:
    case_id = cases.open_case(station, family.mother, manager="clerk1",
                              summary="back to work", operator=clerk, now=NOW)
    goal = cases.add_item(station, case_id, kind="goal", description="stable job in a year",
                          operator=clerk, now=NOW, follow_up_date=TODAY + 30 * DAY)
    ref = cases.add_item(station, case_id, kind="referral", description="job centre",
                         service="employment", operator=clerk, now=NOW,
                         follow_up_date=TODAY + 7 * DAY)
    training = cases.add_item(station, case_id, kind="referral", description="sewing course",
                              service="training", operator=clerk, now=NOW,
                              follow_up_date=TODAY + 3 * DAY)
    cases.update_item(station, training, status="done", operator=clerk, now=NOW + DAY)
    overdue = cases.overdue_follow_ups(station, today=TODAY + 10 * DAY)
    assert [(o.item_id, o.days_overdue, o.manager) for o in overdue] == [(ref, 3, "clerk1")]
    cases.update_item(station, ref, status="in_progress", follow_up_date=TODAY + 20 * DAY,
                      note="interview booked", operator=clerk, now=NOW + 10 * DAY)
    assert cases.overdue_follow_ups(station, today=TODAY + 10 * DAY) == []
    assert [o.item_id for o in cases.overdue_follow_ups(station, today=TODAY + 31 * DAY)] == [
        ref, goal]
    assert cases.overdue_follow_ups(station, today=TODAY + 31 * DAY, manager="super") == []
    with pytest.raises(ServiceError, match="a referral must name the service"):
        cases.add_item(station, case_id, kind="referral", description="x", operator=clerk,
                       now=NOW)
    with pytest.raises(Exception, match="a clerk may not reassign a case"):
        cases.assign_manager(station, case_id, manager="super", operator=clerk, now=NOW)
    cases.assign_manager(station, case_id, manager="super", operator=supervisor, now=NOW)
    assert cases.overdue_follow_ups(station, today=TODAY + 31 * DAY, manager="super") != []
    cases.close_case(station, case_id, operator=supervisor, now=NOW + 40 * DAY)
    assert cases.overdue_follow_ups(station, today=TODAY + 60 * DAY) == []
    assert audit_actions(station, case_id) == ["case.open", "case.assign", "case.close"]
    assert [i["payload"]["action"] for i in outbox_items(station, ref)] == [
        "case.plan", "case.progress"]


def test_a_taken_receipt_number_is_refused_cleanly(station: Station, family: Family,
                                                   clerk: OperatorInfo) -> None:
    """Another desk takes the number this one read, every try (a trigger writes its row just
    before ours: the database refuses ours as PostgreSQL does two desks' at once)."""
    membership = _voluntary_membership(station, family, clerk)
    with station.transaction() as session:
        session.execute(sa.text(
            "CREATE TRIGGER other_desk BEFORE INSERT ON contribution_payment "
            "WHEN NEW.id NOT LIKE 'other-%' BEGIN INSERT INTO contribution_payment "
            "(id, membership_id, amount_minor, currency, receipt_no, paid_at, operator_id, "
            "station_id) VALUES ('other-' || NEW.id, NEW.membership_id, NEW.amount_minor, "
            "NEW.currency, NEW.receipt_no, NEW.paid_at, NULL, NEW.station_id); END"))
    outbox_before = len(outbox_items(station))
    with pytest.raises(PaymentError, match="no free receipt number"):
        payments.record_payment(station, membership, 1500, operator=clerk, now=NOW)
    assert len(outbox_items(station)) == outbox_before
    assert "contribution.pay" not in audit_actions(station)


def test_a_package_from_older_rules_must_be_proposed_again(station: Station, family: Family,
                                                           clerk: OperatorInfo) -> None:
    import dataclasses

    from station.services.catalogue import load_catalogue

    package = memberships.propose(station, family.household_id, today=TODAY)
    newer = dataclasses.replace(load_catalogue(), rules_version="2027.01-1")
    with pytest.raises(ServiceError, match=re.escape(
            "proposed under rules 2026.11-1 but the station now has 2027.01-1; propose again")):
        memberships.confirm(station, package, accepted=None, operator=clerk, now=NOW,
                            catalogue=newer)


def test_an_unknown_employment_status_is_refused(station: Station, family: Family,
                                                 clerk: OperatorInfo) -> None:
    with pytest.raises(ServiceError, match="employment must be one of employed"):
        households.record_situation(station, family.mother, disability=None,
                                    employment="astronaut", operator=clerk, now=NOW)
    assert outbox_items(station) == []

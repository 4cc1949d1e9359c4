"""Report numbers on a small hand-made registry equal the counts worked out by hand."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import sqlalchemy as sa

from station.model.operators import login
from station.model.station import Station
from station.registry.models import Adjudication, Card, Operator, ProgrammeMembership
from station.registry.models_services import ContributionPayment, VulnerabilityAssessment
from station.services import cases, grievances, memberships, report_render, reports
from station.services.catalogue import load_catalogue
from station.services.report_model import Area, Report
from tests.services.conftest import ADDRESS, NOW, PASSWORD, TODAY, add_household

DAY = dt.timedelta(days=1)
AT = NOW.replace(tzinfo=None)


def _registry(station: Station) -> None:
    """Two households in two communes; memberships, assessments, cards, adjudications."""
    add_household(station, "hh-a", [("a-g", "M", dt.date(1959, 3, 1), "head"),
                                     ("a-m", "F", dt.date(1990, 5, 1), "child"),
                                     ("a-c", "F", dt.date(2018, 5, 1), "grandchild")])
    add_household(station, "hh-b", [("b-h", "F", dt.date(1956, 1, 1), "head"),
                                     ("b-s", "M", dt.date(1996, 1, 1), "child")],
                  {**ADDRESS, "commune_code": "120302", "village_code": "12030201"})
    held = [("a-g", "HEALTH_SUBSIDY", None), ("a-g", "OLD_AGE_PENSION", None),
            ("a-m", "HEALTH_SUBSIDY", None), ("a-c", "CHILD_BENEFIT", None),
            ("b-h", "OLD_AGE_PENSION", None), ("b-s", "JOB_PLACEMENT", TODAY - DAY)]
    with station.transaction() as session:
        memberships.sync_catalogue(session, load_catalogue())
        clerk = session.scalars(sa.select(Operator)).one()
        for i, (person, code, end) in enumerate(held):
            session.add(ProgrammeMembership(id=f"m{i}", person_id=person, programme_code=code,
                                            start_date=TODAY - 200 * DAY, end_date=end))
        for i, (household, level, days_ago) in enumerate(
                [("hh-a", "extreme_poor", 300), ("hh-a", "poor", 10), ("hh-b", "non_poor", 5)]):
            session.add(VulnerabilityAssessment(
                id=f"v{i}", household_id=household, questionnaire_version="t", score=1.0,
                poverty_level=level, answers={}, assessed_at=AT - days_ago * DAY))
        for serial, person, status in [("c1", "a-g", "issued"), ("c2", "a-m", "issued"),
                                       ("c3", "b-h", "lost")]:
            session.add(Card(serial=serial, person_id=person, credential=b"", status=status,
                             issued_at=AT))
        for i, (decision, status) in enumerate([("duplicate", "approved"),
                                                ("duplicate", "rejected"),
                                                ("not_duplicate", "approved")]):
            session.add(Adjudication(id=f"adj{i}", created_at=AT, operator_id=clerk.id,
                                     station_id="s", applicant={}, candidates=[],
                                     status=status, clerk_decision=decision))


def _rows(report: Report, name: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in report.table(name).rows]


def _summary(report: Report) -> dict[str, Any]:
    return {str(r[0]): r[1] for r in report.table("summary").rows}


def test_coverage_numbers(any_station: Station) -> None:
    _registry(any_station)
    with any_station.reading() as session:
        report = reports.coverage(session, as_of=TODAY, area=Area(), station_id="s")
        commune = reports.coverage(session, as_of=TODAY, area=Area(commune="120301"),
                                   station_id="s")
    summary = _summary(report)
    assert summary == {
        "population (registered people)": 5,
        "registered people deceased by the report date (left out)": 0,
        "households": 2, "households assessed": 2,
        "people covered by at least one programme": 4, "coverage of the population (%)": 80.0,
        "households with a combined package (2+ programmes)": 1,
        "duplicates prevented (station-wide)": 1, "cards issued and valid": 2,
        "cards ever issued": 3,
        # the rows above were written without an enrolment, so without a consent kept
        "people to ask for their consent again": 5}
    assert _rows(report, "consent_due") == [
        (reports.CONSENT_REASONS["not_recorded"], 5),
        (reports.CONSENT_REASONS["notice_changed"], 0),
        (reports.CONSENT_REASONS["came_of_age"], 0)]
    assert sorted(_rows(report, "coverage_by_programme")) == [
        ("CHILD_BENEFIT", "Child benefit", 1, 1, 0, 20.0),
        ("HEALTH_SUBSIDY", "Subsidised health insurance", 2, 1, 1, 40.0),
        ("OLD_AGE_PENSION", "Old-age social pension", 2, 1, 1, 40.0)]
    ages = {r[0]: r[1:] for r in _rows(report, "coverage_by_programme_age")}
    assert ages["HEALTH_SUBSIDY"] == (0, 0, 0, 1, 1)  # 0-5 6-17 18-24 25-59 60+
    assert ages["CHILD_BENEFIT"] == (0, 1, 0, 0, 0)
    assert _rows(report, "coverage_by_sex_age") == [
        ("women", "6-17", 1, 1, 100.0), ("women", "25-59", 1, 1, 100.0),
        ("women", "60+", 1, 1, 100.0), ("men", "25-59", 1, 0, 0.0), ("men", "60+", 1, 1, 100.0)]
    assert _rows(report, "programmes_per_household") == [
        ("0", 0), ("1", 1), ("2", 0), ("3", 1), ("4+", 0)]
    assert _rows(report, "poverty_levels") == [
        ("extreme_poor", 0), ("poor", 1), ("near_poor", 0), ("non_poor", 1)]
    assert _rows(report, "cards_by_status") == [("issued", 2), ("lost", 1)]
    local = _summary(commune)
    assert (local["population (registered people)"], local["households assessed"],
            local["cards ever issued"], local["people to ask for their consent again"]) == \
        (3, 1, 2, 3)
    assert commune.area.label == "commune 120301"


def test_grievance_numbers(any_station: Station) -> None:
    station = any_station
    _registry(station)
    op = login(station, "super", PASSWORD, now=NOW)
    g1 = grievances.intake(station, category="payment", description="late", person_id="a-g",
                           operator=op, now=NOW - 40 * DAY)
    grievances.refer(station, g1, operator=op, now=NOW - 39 * DAY)
    grievances.intake(station, category="card", description="lost", person_id="b-h",
                      operator=op, now=NOW - 2 * DAY)
    g3 = grievances.intake(station, category="payment", description="wrong amount",
                           person_id="a-m", operator=op, now=NOW - 20 * DAY)
    grievances.resolve(station, g3, "corrected", operator=op, now=NOW - 18 * DAY)
    g4 = grievances.intake(station, category="card", description="wrong name", operator=op,
                           person_id="b-s", now=NOW - 100 * DAY)
    grievances.resolve(station, g4, "reprinted", operator=op, now=NOW - 85 * DAY)
    grievances.appeal(station, g4, "still wrong", operator=op, now=NOW - 80 * DAY)
    with station.reading() as session:
        report = reports.grievances(session, as_of=TODAY, area=Area(), station_id="s")
        commune = reports.grievances(session, as_of=TODAY, area=Area(commune="120302"),
                                     station_id="s")
    assert _summary(report) == {
        "grievances received": 4, "open": 3, "open and past their deadline": 2,
        "resolved or closed after a resolution": 1, "resolved within deadline (%)": 100.0,
        "appeals": 1}
    assert _rows(report, "grievances_by_status") == [
        ("received", 1), ("referred", 1), ("resolved", 1), ("appealed", 1), ("closed", 0)]
    assert _rows(report, "grievances_by_category") == [
        ("card", 1, 0, 0, 1, 0, 2), ("payment", 0, 1, 1, 0, 0, 2)]
    assert _rows(report, "open_grievances_by_age") == [
        ("0-7 days", 1, 0), ("8-30 days", 0, 0), ("31-90 days", 1, 1), ("91+ days", 1, 1)]
    assert _summary(commune)["grievances received"] == 2
    # the office's work list: each open grievance past its deadline by the reference on the
    # person's slip (no names in a report), the longest overdue first
    listed = grievances.listing(station)
    reference = {g["id"]: g["reference"] for g in listed}
    deadline = {g["id"]: g["deadline"] for g in listed}
    overdue = _rows(report, "overdue_grievances")
    late = {g: (TODAY - dt.date.fromisoformat(deadline[g])).days for g in (g1, g4)}
    expected = [(reference[g1], "payment", "referred", deadline[g1], late[g1]),
                (reference[g4], "card", "appealed", deadline[g4], late[g4])]
    assert [(r[0], r[1], r[2], r[5], r[6]) for r in overdue] == sorted(
        expected, key=lambda row: -row[4])
    assert late[g4] > late[g1] > 0  # the appeal's deadline passed long before g1's
    assert not any("a-g" in map(str, r) or "b-s" in map(str, r) for r in overdue)


def test_case_numbers(station: Station) -> None:
    _registry(station)
    op = login(station, "super", PASSWORD, now=NOW)
    open_case = cases.open_case(station, "a-m", manager="super", summary="work", operator=op,
                                now=NOW - 30 * DAY)
    cases.add_item(station, open_case, kind="referral", description="job centre",
                          service="employment", follow_up_date=TODAY - 5 * DAY, operator=op,
                          now=NOW - 30 * DAY)
    done = cases.add_item(station, open_case, kind="referral", description="course",
                          service="training", follow_up_date=TODAY - 9 * DAY, operator=op,
                          now=NOW - 30 * DAY)
    cases.update_item(station, done, status="done", operator=op, now=NOW - 10 * DAY)
    cases.add_item(station, open_case, kind="goal", description="a job",
                   follow_up_date=TODAY + 10 * DAY, operator=op, now=NOW - 30 * DAY)
    closed = cases.open_case(station, "b-s", manager="super", summary="health", operator=op,
                             now=NOW - 60 * DAY)
    item = cases.add_item(station, closed, kind="referral", description="clinic",
                          service="health", follow_up_date=TODAY - 40 * DAY, operator=op,
                          now=NOW - 60 * DAY)
    cases.update_item(station, item, status="in_progress", operator=op, now=NOW - 50 * DAY)
    cases.close_case(station, closed, operator=op, now=NOW - 45 * DAY)
    with station.reading() as session:
        report = reports.cases(session, as_of=TODAY, area=Area(), station_id="s")
    assert _summary(report) == {
        "case files": 2, "open": 1, "closed": 1, "open plan items": 2, "overdue follow-ups": 1}
    assert _rows(report, "cases_by_manager") == [("super", 1, 1, 2, 1)]
    assert _rows(report, "referrals_by_service") == [
        ("employment", 1, 0, 0, 0), ("health", 0, 1, 0, 0), ("training", 0, 0, 1, 0)]
    overdue = _rows(report, "overdue_follow_ups")
    assert [(r[1], r[2], r[3], r[5], r[6]) for r in overdue] == [
        (5, "super", open_case, "employment", "job centre")]


def test_sql_age_groups_agree_with_completed_years_at_every_boundary(station: Station) -> None:
    from station.registry.models import Person
    from station.services.eligibility import age_on

    def expected(age: int) -> str:
        return next(label for label, low, high in reports.AGE_GROUPS if low <= age <= high)

    for as_of in (dt.date(2026, 11, 22), dt.date(2028, 2, 29), dt.date(2027, 3, 1)):
        births = {as_of + dt.timedelta(days=3)}  # not born yet: counted with the youngest
        for _, low, _ in reports.AGE_GROUPS[1:]:
            cut = reports.born_by(as_of, low)
            births |= {cut - DAY, cut, cut + DAY}
        births |= {dt.date(2012, 2, 29), dt.date(1966, 2, 28), dt.date(1966, 3, 1)}
        people = [(f"{as_of}-{b}", "F", b, "head") for b in sorted(births)]
        add_household(station, f"hh-{as_of}", people)
        with station.reading() as session:
            got = {birth: band for birth, band in session.execute(
                sa.select(Person.birth_date, reports.age_group_sql(as_of))
                .where(Person.household_id == f"hh-{as_of}"))}
        assert got == {b: expected(max(0, age_on(b, as_of))) for b in births}, as_of


def test_contribution_status_in_the_coverage_report(station: Station) -> None:
    _registry(station)
    with station.transaction() as session:
        for mid, person, days_ago in [("v-late", "b-s", 100), ("v-ok", "a-g", 10)]:
            session.add(ProgrammeMembership(id=mid, person_id=person,
                                            programme_code="HEALTH_VOLUNTARY",
                                            start_date=TODAY - days_ago * DAY, end_date=None))
        session.flush()
        for pid, mid, amount in [("p1", "v-late", 1500), ("p2", "v-late", 1500),
                                 ("p3", "v-ok", 1500)]:
            session.add(ContributionPayment(id=pid, membership_id=mid, amount_minor=amount,
                                            currency="XSP", receipt_no=pid, paid_at=AT,
                                            operator_id=None, station_id="s"))
    with station.reading() as session:
        report = reports.coverage(session, as_of=TODAY, area=Area(), station_id="s")
    # v-late: 4 months due from 14 August, 2 paid, October past its 15 days' grace,
    # November still within it -> in arrears by 3,000; v-ok: its one month paid -> active
    assert _rows(report, "contribution_status") == [("HEALTH_VOLUNTARY", 1, 1, 0, 3000)]


def test_coverage_leaves_out_the_dead_as_of_the_report_date(station: Station) -> None:
    """A death recorded on or before the report date takes the person out of the population
    and out of the covered; a report dated before the death still counts them; the summary
    says how many were left out, so registered = population + deceased."""
    from station.model.deaths import record_death

    _registry(station)
    supervisor = login(station, "super", PASSWORD, now=NOW)
    record_death(station, "a-g", died_on=TODAY - 10 * DAY, source="certificate 1/2026",
                 by=supervisor, now=NOW)
    with station.reading() as session:
        after = reports.coverage(session, as_of=TODAY, area=Area(), station_id="s")
        on_the_day = reports.coverage(session, as_of=TODAY - 10 * DAY, area=Area(),
                                      station_id="s")
        before = reports.coverage(session, as_of=TODAY - 11 * DAY, area=Area(),
                                  station_id="s")
    summary = _summary(after)
    assert summary["population (registered people)"] == 4
    assert summary["registered people deceased by the report date (left out)"] == 1
    assert summary["people covered by at least one programme"] == 3
    assert summary["coverage of the population (%)"] == 75.0
    assert all(r[0] != "men" or r[1] != "60+" for r in _rows(after, "coverage_by_sex_age"))
    assert sorted(_rows(after, "coverage_by_programme")) == [
        ("CHILD_BENEFIT", "Child benefit", 1, 1, 0, 25.0),
        ("HEALTH_SUBSIDY", "Subsidised health insurance", 1, 1, 0, 25.0),
        ("OLD_AGE_PENSION", "Old-age social pension", 1, 1, 0, 25.0)]
    assert _summary(on_the_day)["population (registered people)"] == 4
    assert _summary(before)["population (registered people)"] == 5
    assert _summary(before)["registered people deceased by the report date (left out)"] == 0
    assert any("deceased" in note for note in after.notes)
    data = json.loads(report_render.to_json(after))
    assert data["notes"] == list(after.notes)
    assert after.notes[0] in report_render.to_csv(after)


def test_a_household_with_nobody_living_is_not_counted_as_assessed(station: Station) -> None:
    """Household b's two members died (or, since households can change, moved out): it left
    the households figure but still counted among those assessed and in the poverty table,
    so "households assessed" (2) read more than "households" (1)."""
    from station.model.deaths import record_death

    _registry(station)
    supervisor = login(station, "super", PASSWORD, now=NOW)
    for person in ("b-h", "b-s"):
        record_death(station, person, died_on=TODAY - 10 * DAY, source="certificate 2/2026",
                     by=supervisor, now=NOW)
    with station.reading() as session:
        after = reports.coverage(session, as_of=TODAY, area=Area(), station_id="s")
        before = reports.coverage(session, as_of=TODAY - 11 * DAY, area=Area(),
                                  station_id="s")
    assert (_summary(after)["households"], _summary(after)["households assessed"]) == (1, 1)
    assert _rows(after, "poverty_levels") == [
        ("extreme_poor", 0), ("poor", 1), ("near_poor", 0), ("non_poor", 0)]
    assert (_summary(before)["households"], _summary(before)["households assessed"]) == (2, 2)

"""The sixth day at the counter: adjudication approvals a supervisor met, each asserted as
they see it (nobody registered twice, nobody registered where they may not be)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from station.errors import InvalidDemographics
from station.model.adjudication import NewCandidatesSinceOpened, approve, decide, list_cases
from station.model.enrolment import Enrolled, NeedsAdjudication, enrol
from station.model.operators import OperatorInfo
from station.model.station import Station
from tests.station.helpers import (
    NOW,
    POLICY,
    demographics,
    make_template,
    person_fingers,
    sqlite_registry,  # noqa: F401 - SQLite only
)
from tests.station.test_enrolment import counts


def _not_duplicate_case(station: Station, clerk: OperatorInfo, name: str,
                        fingers: dict[str, object], **kw: object) -> str:
    opened = enrol(station, demographics(name, **kw), fingers, operator=clerk, now=NOW,
                   policy=POLICY)
    assert isinstance(opened, NeedsAdjudication)
    decide(station, opened.adjudication_id, "not_duplicate", by=clerk, now=NOW)
    return opened.adjudication_id


# -- the re-search at approval ----------------------------------------------------------------


def test_approval_searches_everyone_the_first_search_could_not_have_seen(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo) -> None:
    """The re-search at approval kept only people whose record says they were enrolled after
    the case was opened. The next counter's enrolment of the same applicant carries the time
    its own desk began (a slower desk, or one whose clock is two minutes behind): it was
    written after the case's search, yet dated before the case, so the approval ignored it
    and registered the applicant a second time. Every match the case does not already list
    now sends it back, whatever the date on the record."""
    first = enrol(station, demographics("Sok Dara"), person_fingers(1), operator=clerk,
                  now=NOW, policy=POLICY)
    assert isinstance(first, Enrolled)
    applicant = {"right-index": make_template(1), "left-index": make_template(5000)}
    case_id = _not_duplicate_case(station, clerk, "Sok Dara Twin", applicant)
    behind = NOW - timedelta(minutes=2)  # the next counter's clock (or when it began)
    next_counter = enrol(station, demographics("Sok Dara Twin", phone="+855 99 000 000"),
                         {"right-index": make_template(7), "left-index": make_template(5000)},
                         operator=clerk, now=behind, policy=POLICY)
    assert isinstance(next_counter, Enrolled)
    before = counts(station)
    later = NOW + timedelta(minutes=5)
    with pytest.raises(NewCandidatesSinceOpened) as refused:
        approve(station, case_id, by=supervisor, approved=True, now=later, policy=POLICY)
    assert refused.value.exit_code == 3
    assert [c.person_id for c in refused.value.candidates] == [next_counter.person_id]
    assert counts(station)["person"] == before["person"]
    (view,) = list_cases(station)
    assert (view.status, [c["person_id"] for c in view.candidates]) == (
        "open", [first.person_id, next_counter.person_id])
    # the candidates the clerk already compared do not send it back again
    decide(station, case_id, "not_duplicate", by=clerk, now=later)
    assert approve(station, case_id, by=supervisor, approved=True, now=later,
                   policy=POLICY) is not None


# -- a commune retired while the case waited --------------------------------------------------


def _retire(station: Station, commune: str) -> None:
    """The station's list of places with ``commune`` marked retired (the centre merged it)."""
    from station.model.locations import default_path, station_path

    data = json.loads(default_path().read_text(encoding="utf-8"))
    for area in data["areas"]:
        if area["code"] == commune:
            area["retired"] = True
    station_path(station.settings.config_dir).write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("new_household", [True, False], ids=["new-household", "on-their-own"])
def test_approval_refuses_a_commune_retired_since_the_case_opened(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo,
        new_household: bool) -> None:
    """A case waited while the centre merged the applicant's commune into another. Approving
    "different people" registered the applicant (and a new household) in the retired commune,
    which the registration itself refuses. The approval now refuses it the same way (one
    line, the place named); nothing is written and the case stays decided."""
    from station.model.locations import RetiredPlace

    enrol(station, demographics("Sok Dara"), person_fingers(1), operator=clerk, now=NOW,
          policy=POLICY)
    opened = enrol(station, demographics("Sok Dara Twin"), person_fingers(1), operator=clerk,
                   now=NOW, policy=POLICY, new_household=new_household)
    assert isinstance(opened, NeedsAdjudication)
    decide(station, opened.adjudication_id, "not_duplicate", by=clerk, now=NOW)
    _retire(station, "120401")
    before = counts(station)
    with pytest.raises(RetiredPlace) as refused:
        approve(station, opened.adjudication_id, by=supervisor, approved=True, now=NOW,
                policy=POLICY)
    assert isinstance(refused.value, InvalidDemographics) and refused.value.code == "120401"
    assert counts(station) == before
    (view,) = list_cases(station, status="decided")
    assert view.id == opened.adjudication_id


# -- memberships that meet, left by migration mem01 to support -------------------------------


def test_support_ends_one_of_each_pair_and_the_station_opens(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Migration mem01 stops at two memberships of one programme whose dates meet and said
    "set the end date of the extra ones in the database with your support team": no command
    ended a membership, so support edited the database by hand (no audit event, the centre
    never told), and it counted "1 programme membership(s)" for a pair. It now counts pairs
    and names, for each, the `sws household end-membership` that resolves it; the command
    works on the registry as it stands, and the station then opens (two open ones: the
    earlier ends the day before the later starts; two from one day: the longer ends on the
    shorter's end, and the copies are made one)."""
    import sqlalchemy as sa

    from station.config import load_settings
    from station.registry.migrate import current_revision, head_revision
    from station.registry.models import Programme, ProgrammeMembership
    from tests._cli import sws
    from tests.station.helpers import ExactGallery, init_home
    from tests.station.test_fifth_day_ops import _before_mem01

    init_home(monkeypatch, tmp_path / "station")
    day = date.today() - timedelta(days=30)
    registry = Station(load_settings(), gallery_factory=ExactGallery)
    with _before_mem01(registry, "OLD_AGE_PENSION") as session:
        session.add(Programme(code="HEALTH", name="Health"))
        for mid, programme, start, end in (
                ("m-1", "OLD_AGE_PENSION", day, None),
                ("m-2", "OLD_AGE_PENSION", day + timedelta(days=3), None),
                ("m-3", "HEALTH", day, None),
                ("m-4", "HEALTH", day, day + timedelta(days=10))):
            session.add(ProgrammeMembership(id=mid, person_id="p-1", programme_code=programme,
                                            start_date=start, end_date=end))
    stopped_at = current_revision(registry.engine)
    registry.close()
    first = f"`sws household end-membership m-3 --reason recorded_twice --on " \
            f"{(day + timedelta(days=10)).isoformat()}`"
    second = f"`sws household end-membership m-1 --reason recorded_twice --on " \
             f"{(day + timedelta(days=2)).isoformat()}`"
    code, _, err = sws(capsys, "household", "show", "hh-1")
    assert code == 5
    assert err == (
        "sws: error: the registry holds 2 pairs of programme memberships whose dates meet: "
        f"end one of each pair (p-1 in HEALTH: {first}; p-1 in OLD_AGE_PENSION: {second}), "
        "then open the station again (the command works on the registry as it stands; the "
        "station's previous version still opens it meanwhile)\n")
    for command in (first, second):
        code, out, err = sws(capsys, *command.strip("`").split()[1:])
        assert code == 0, err
    code, out, err = sws(capsys, "household", "show", "hh-1", "--json")
    assert code == 0, err
    held = {(m["membership_id"], m["start_date"], m["end_date"])
            for m in json.loads(out)["memberships"]}
    assert held == {("m-1", day.isoformat(), (day + timedelta(days=2)).isoformat()),
                    ("m-2", (day + timedelta(days=3)).isoformat(), None),
                    ("m-3", day.isoformat(), (day + timedelta(days=10)).isoformat())}
    registry = Station(load_settings(), gallery_factory=ExactGallery)
    assert stopped_at != head_revision() == current_revision(registry.engine)
    with registry.reading() as session:  # both ends are on the audit trail
        from station.registry.models import AuditEvent

        assert session.scalars(sa.select(AuditEvent.subject_id).where(
            AuditEvent.action == "programme.end").order_by(AuditEvent.seq)).all() == [
            "m-3", "m-1"]
    registry.close()


# -- a baby born today, registered before 07:00 ------------------------------------------------


def test_a_baby_born_today_at_the_office_is_not_born_in_the_future(
        tmp_path: Path, clerk: OperatorInfo, database_url: str) -> None:
    """At 06:30 in Phnom Penh the UTC date is still yesterday: a baby born today was refused
    as "born in the future". The office's date decides (SWS_TIME_ZONE)."""
    from datetime import UTC, datetime

    from station.config import load_settings
    from tests.station.helpers import ExactGallery

    settings = load_settings({"SWS_HOME": str(tmp_path), "SWS_DATABASE_URL": database_url,
                              "SWS_TIME_ZONE": "Asia/Phnom_Penh"})
    dawn = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)  # 06:30 on the 23rd there
    office = Station(settings, gallery_factory=ExactGallery)
    try:
        born = enrol(office, demographics("Baby Sok", birth_date=date(2026, 11, 23)),
                     person_fingers(3), operator=clerk, now=dawn, policy=POLICY)
        assert isinstance(born, Enrolled)
        # a death this morning is not "in the future" either (supervisors record it)
        from station.model.deaths import record_death
        from station.model.operators import login
        from tests.station.helpers import PASSWORD

        boss = login(office, "super", PASSWORD, now=dawn)
        died = record_death(office, born.person_id, died_on=date(2026, 11, 23),
                            source="hospital record 7/2026", by=boss, now=dawn)
        assert died.died_on == date(2026, 11, 23)
    finally:
        office.close()

"""The sixth day at the counter: the services and `sws` commands a clerk, a supervisor or
support met on a busy day, each asserted as they see it (one plain line, the documented exit
code, nothing lost)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from station.errors import PermissionDenied
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.models import ProgrammeMembership
from station.services import households, memberships
from station.services.errors import (
    AlreadyEnds,
    EndBeforeStart,
    EndInFuture,
    NotInList,
    UnknownRecord,
)
from tests.services._db import audit_actions, outbox_items
from tests.services.conftest import NOW, PASSWORD, POOR_ANSWERS, TODAY, Family
from tests.services.test_cli_counter import LOGIN, answers_file, home, run, run_json

DAY = dt.timedelta(days=1)

__all__ = ["home"]  # the fixture, shared with the counter's CLI tests


# -- an appeal of a grievance that does not exist --------------------------------------------


def test_an_appeal_of_an_unknown_grievance_says_so_before_asking_why(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws grievance appeal WRONG-ID` asked for the reason first (--reason was required,
    and an empty one was refused before the grievance was looked up): the clerk wrote the
    person's reason, ran it again and only then learnt the id was mistyped. The id is now
    checked first; the reason is asked for only of a grievance that can be appealed."""
    assert run(["grievance", "appeal", "no-such-grievance", *LOGIN]) == 4
    assert capsys.readouterr().err == ("sws: error: no grievance with reference or id "
                                       "'no-such-grievance'\n")
    assert run(["grievance", "appeal", "no-such-grievance", "--reason", " ", *LOGIN]) == 4
    assert capsys.readouterr().err == ("sws: error: no grievance with reference or id "
                                       "'no-such-grievance'\n")
    g = run_json(["grievance", "open", "--category", "payment", "--person", "p-mother",
                  "--description", "benefit paid late", *LOGIN], capsys)["id"]
    # not resolved yet: that is what the clerk needs to hear, not "say why"
    assert run(["grievance", "appeal", g, *LOGIN]) == 4
    assert "is received and cannot be appealed" in capsys.readouterr().err
    run_json(["grievance", "resolve", g, "--resolution", "paid on 20 November", *LOGIN],
             capsys)
    assert run(["grievance", "appeal", g, *LOGIN]) == 4
    assert capsys.readouterr().err == "sws: error: say why the resolution is appealed\n"
    assert run_json(["grievance", "show", g], capsys)["status"] == "resolved"


# -- ending a membership ------------------------------------------------------------------------


def _pension(station: Station, family: Family, clerk: OperatorInfo) -> str:
    """The grandfather's old-age pension, confirmed on TODAY (open-ended)."""
    households.record_situation(station, family.grandfather, disability=False,
                                employment="retired", operator=clerk, now=NOW)
    households.assess_household(station, family.household_id, POOR_ANSWERS, operator=clerk,
                                now=NOW)
    package = memberships.propose(station, family.household_id, today=TODAY)
    done = memberships.confirm(station, package,
                               accepted={(family.grandfather, "OLD_AGE_PENSION")},
                               operator=clerk, now=NOW)
    return done.memberships[(family.grandfather, "OLD_AGE_PENSION")]


def _end(station: Station, membership_id: str) -> dt.date | None:
    with station.reading() as session:
        row = session.get(ProgrammeMembership, membership_id)
        assert row is not None
        return row.end_date


def test_a_membership_ends_with_a_reason_audited_and_sent(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    """Nothing ended a membership but a death: a grandfather who moved to another province
    stayed in the pension here, paid and counted twice. The clerk now ends it on its last
    day with a reason from the list; the row stays with its end date, the audit trail and
    the centre (a ``programme_registration`` item, decision ``ended``, as a death's ends
    travel) are told in the same transaction, and the programme is offered again after it."""
    pension = _pension(station, family, clerk)
    later = NOW + 10 * DAY
    ended = memberships.end_membership(station, pension, reason="moved",
                                       end_date=TODAY + 5 * DAY, operator=clerk, now=later)
    assert (ended.person_id, ended.programme_code, ended.start_date, ended.end_date,
            ended.previous_end_date, ended.reason) == (
        family.grandfather, "OLD_AGE_PENSION", TODAY, TODAY + 5 * DAY, None, "moved")
    assert _end(station, pension) == TODAY + 5 * DAY
    assert audit_actions(station, pension)[-1] == "programme.end"
    item = outbox_items(station, pension)[-1]
    assert item["kind"] == "programme_registration" and item["sealed"] is None
    assert {k: item["payload"][k] for k in ("action", "decision", "reason", "person_id",
                                            "programme", "start_date", "end_date")} == {
        "action": "programme.end", "decision": "ended", "reason": "moved",
        "person_id": family.grandfather, "programme": "OLD_AGE_PENSION",
        "start_date": TODAY.isoformat(), "end_date": (TODAY + 5 * DAY).isoformat()}
    assert [h.membership_id for h in memberships.held(station, family.household_id,
                                                      today=TODAY)] == [pension]
    assert memberships.held(station, family.household_id, today=later.date()) == []
    offered = memberships.propose(station, family.household_id, today=later.date())
    assert (family.grandfather, "OLD_AGE_PENSION") in {
        (p.person_id, p.programme_code) for p in offered.proposals}


def test_an_end_that_makes_no_sense_is_refused_and_writes_nothing(
        station: Station, family: Family, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    """Each refusal is typed (the window says it in the desk's language from its data) and
    one line; nothing is written."""
    from station.model.operators import create_operator

    pension = _pension(station, family, clerk)
    before = len(outbox_items(station))
    with pytest.raises(NotInList) as listed:
        memberships.end_membership(station, pension, reason="bored", end_date=TODAY,
                                   operator=clerk, now=NOW)
    assert (listed.value.what, listed.value.value, listed.value.allowed) == (
        "end reason", "bored", memberships.END_REASONS)
    assert str(listed.value) == ("the end reason must be one of moved, not_eligible, "
                                 "own_request, recorded_twice, not 'bored'")
    with pytest.raises(EndBeforeStart) as early:
        memberships.end_membership(station, pension, reason="moved",
                                   end_date=TODAY - DAY, operator=clerk, now=NOW)
    assert (early.value.start_date, early.value.asked) == (TODAY, TODAY - DAY)
    with pytest.raises(EndInFuture) as future:
        memberships.end_membership(station, pension, reason="moved",
                                   end_date=TODAY + DAY, operator=clerk, now=NOW)
    assert str(future.value) == (f"the end date {(TODAY + DAY).isoformat()} is after today "
                                 f"({TODAY.isoformat()}): end the membership on or after "
                                 "its last day")
    with pytest.raises(UnknownRecord, match="no membership with id 'nope'"):
        memberships.end_membership(station, "nope", reason="moved", end_date=TODAY,
                                   operator=clerk, now=NOW)
    auditor = create_operator(station, username="audit1", full_name="Auditor",
                              role="auditor", password=PASSWORD, now=NOW, by=supervisor)
    with pytest.raises(PermissionDenied):
        memberships.end_membership(station, pension, reason="moved", end_date=TODAY,
                                   operator=auditor, now=NOW)
    assert len(outbox_items(station)) == before and _end(station, pension) is None
    memberships.end_membership(station, pension, reason="own_request", end_date=TODAY,
                               operator=clerk, now=NOW)
    with pytest.raises(AlreadyEnds) as again:
        memberships.end_membership(station, pension, reason="own_request",
                                   end_date=TODAY, operator=clerk, now=NOW)
    assert again.value.end_date == TODAY
    assert str(again.value) == (f"membership {pension} already ends on "
                                f"{TODAY.isoformat()}: nothing changed")


def test_sws_household_end_membership(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same from the command line: the membership id from `sws household show`, the
    reason from the list, the last day (today by default); a mistake is one line, exit 4."""
    run_json(["household", "situation", "p-grandfather", "--employment", "retired",
              "--disability", "no", *LOGIN], capsys)
    run_json(["household", "assess", "hh-sok", "--answers",
              answers_file(home, dict(POOR_ANSWERS)), *LOGIN], capsys)
    done = run_json(["household", "confirm", "hh-sok", "--programme", "OLD_AGE_PENSION",
                     *LOGIN], capsys)
    (pension,) = done["memberships"]
    mid = pension["membership_id"]
    assert run(["household", "end-membership", mid, "--reason", "gone", *LOGIN]) == 4
    assert capsys.readouterr().err == (
        "sws: error: the end reason must be one of moved, not_eligible, own_request, "
        "recorded_twice, not 'gone'\n")
    assert run(["household", "end-membership", mid, "--reason", "moved", "--on",
                "22/11/2026", *LOGIN]) == 4
    assert capsys.readouterr().err == ("sws: error: --on must be a date YYYY-MM-DD, not "
                                       "'22/11/2026'\n")
    assert run(["household", "end-membership", mid, "--reason", "not_eligible",
                *LOGIN]) == 0
    assert capsys.readouterr().out == (f"membership {mid} (p-grandfather in "
                                       f"OLD_AGE_PENSION) ends on {TODAY.isoformat()}: "
                                       "not eligible\n")
    shown = run_json(["household", "show", "hh-sok"], capsys)["memberships"]
    assert [(m["membership_id"], m["end_date"]) for m in shown] == [(mid,
                                                                     TODAY.isoformat())]


@pytest.fixture
def central_app(tmp_path: Path) -> Iterator[Any]:
    """The centre (SQLite) on the day after the counter's (its coverage counts the
    memberships running on its own day; ``until`` asks about the counter's day)."""
    from fastapi.testclient import TestClient

    from sync.central.app import CentralConfig, create_app

    app = create_app(CentralConfig(db_url=f"sqlite:///{tmp_path / 'central.sqlite3'}",
                                   key_path=tmp_path / "central.pem", admin_token="secret",
                                   dedup="exact"), clock=lambda: NOW + dt.timedelta(days=1))
    with TestClient(app) as http:
        yield http


def test_the_centre_takes_the_end_and_stops_counting_the_membership(
        station: Station, family: Family, clerk: OperatorInfo,
        central_app: Any, tmp_path: Path) -> None:
    """The outbox items the station writes for a membership, confirmed then ended, as the
    centre ingests them (their payloads as written, delivered by the uploader): the join is
    counted in the coverage, the end is acknowledged as ``membership_ended`` and the
    programme leaves the count."""
    pension = _pension(station, family, clerk)
    memberships.end_membership(station, pension, reason="moved", end_date=TODAY,
                               operator=clerk, now=NOW)
    joined, ended = (i["payload"] for i in outbox_items(station, pension))
    assert (joined["decision"], ended["decision"]) == ("confirmed", "ended")
    counted_then_dropped(central_app, tmp_path / "st.sqlite3", family.grandfather, pension,
                         joined, ended, last_day=TODAY)


def counted_then_dropped(central_app: Any, path: Path, person: str, membership: str,
                         joined: dict[str, Any], ended: dict[str, Any], *,
                         last_day: dt.date | None) -> None:
    """Deliver ``person``'s enrolment and the membership's ``joined`` payload from a station
    at ``path`` (the pension counted at the centre), then ``ended``: acknowledged as
    ``membership_ended``, and the programme leaves the coverage of the centre's day (the day
    after the counter's). A report as of ``last_day`` still counts it (the station's last
    day); None: withdrawn, it counts on no day."""
    import random

    from sync.packets import encode_biometrics
    from tests.sync._support import fake_templates, make_station
    from tests.sync.test_person_death import _coverage, _queue, _states, _sync

    upward = make_station(path, "st-end")
    place = {"province": "12", "district": "1203", "commune": "120301"}
    _queue(upward, "enrolment", person,
           {"person_id": person, "location": place, "programmes": []},
           encode_biometrics(fake_templates(random.Random(6))))
    _queue(upward, "programme_registration", membership, joined)
    _sync(central_app, upward)
    assert _coverage(central_app) == {"(enrolled)": 1, "OLD_AGE_PENSION": 1}
    end = _queue(upward, "programme_registration", membership, ended)
    _sync(central_app, upward)
    assert _states(upward)[end] == ("acked", "membership_ended")
    assert _coverage(central_app) == {"(enrolled)": 1}
    rows = central_app.get("/v1/reports/coverage",
                           params={"until": (last_day or TODAY).isoformat()}).json()["rows"]
    assert {r["programme"]: r["persons"] for r in rows} == (
        {"(enrolled)": 1, "OLD_AGE_PENSION": 1} if last_day else {"(enrolled)": 1})


# -- "today" at the office ---------------------------------------------------------------------

#: 06:30 on 23 November in Phnom Penh (UTC+7): still 22 November in UTC.
DAWN = dt.datetime(2026, 11, 22, 23, 30, tzinfo=dt.UTC)


def test_today_is_the_offices_date_not_utcs(tmp_path: Path) -> None:
    """A desk in Phnom Penh opening at 06:30 was still on yesterday: a follow-up set for
    yesterday was taken (and showed as overdue at once), and a membership could not be ended
    today ("after today"). Today is now the office's date (SWS_TIME_ZONE, else the machine's
    own zone); the same instant in a UTC office stays on the 22nd."""
    from station.config import load_settings, today_at
    from station.model.operators import create_operator, login
    from station.services import cases
    from station.services.errors import FollowUpInPast
    from tests.services.conftest import STATION_ID, add_household, make_station

    station = make_station(load_settings({"SWS_HOME": str(tmp_path), "SWS_STATION_ID": STATION_ID,
                                          "SWS_TIME_ZONE": "Asia/Phnom_Penh"}))
    try:
        assert today_at(DAWN, station.settings.office_zone) == dt.date(2026, 11, 23)
        boss = login(station, "super", PASSWORD, now=NOW)
        clerk = create_operator(station, username="clerk1", full_name="Chan Clerk",
                                role="clerk", password=PASSWORD, now=NOW, by=boss)
        add_household(station, "hh-1", [("p-1", "F", dt.date(1990, 5, 1), "head")])
        case_id = cases.open_case(station, "p-1", manager="clerk1", summary="work",
                                  operator=clerk, now=DAWN)
        with pytest.raises(FollowUpInPast) as past:
            cases.add_item(station, case_id, kind="goal", description="a job",
                           follow_up_date=dt.date(2026, 11, 22), operator=clerk, now=DAWN)
        assert past.value.today == dt.date(2026, 11, 23)
        cases.add_item(station, case_id, kind="goal", description="a job",
                       follow_up_date=dt.date(2026, 11, 23), operator=clerk, now=DAWN)
    finally:
        station.close()
    utc = make_station(load_settings({"SWS_HOME": str(tmp_path / "utc"),
                                      "SWS_TIME_ZONE": "UTC"}))
    try:
        assert today_at(DAWN, utc.settings.office_zone) == dt.date(2026, 11, 22)
    finally:
        utc.close()


def test_a_membership_ends_on_the_offices_today(
        home: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`sws household end-membership` without --on ends it on the office's today, and the
    service takes that day (it said "after today" before 07:00 in Phnom Penh)."""
    from station.cli import household

    run_json(["household", "situation", "p-grandfather", "--employment", "retired",
              "--disability", "no", *LOGIN], capsys)
    run_json(["household", "assess", "hh-sok", "--answers",
              answers_file(home, dict(POOR_ANSWERS)), *LOGIN], capsys)
    (pension,) = run_json(["household", "confirm", "hh-sok", "--programme",
                           "OLD_AGE_PENSION", *LOGIN], capsys)["memberships"]
    monkeypatch.setenv("SWS_TIME_ZONE", "Asia/Phnom_Penh")
    monkeypatch.setattr(household, "now_utc", lambda: DAWN + DAY)
    ended = run_json(["household", "end-membership", pension["membership_id"], "--reason",
                      "moved", *LOGIN], capsys)
    assert ended["end_date"] == "2026-11-24"


def test_a_time_zone_the_station_does_not_know_is_one_line(
        home: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SWS_TIME_ZONE", "Asia/Phnom Penh")
    assert run(["household", "show", "hh-sok"]) == 4
    assert capsys.readouterr().err == (
        "sws: error: SWS_TIME_ZONE must name a time zone such as Asia/Phnom_Penh, not "
        "'Asia/Phnom Penh'\n")

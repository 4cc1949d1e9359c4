"""What a tester found being the clerk on `sws household|payment|case|grievance ...`.

Each test replays the commands that went wrong (a fresh registry in a tmp SWS_HOME, the clock
fixed at NOW = 2026-11-22) and asserts what the clerk should have seen instead.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from station.model.deaths import record_death
from station.model.operators import login
from station.services.errors import InvalidTransition, UnknownRecord
from tests._cli import sws
from tests.services import test_cli_counter as counter
from tests.services._db import audit_actions
from tests.services.conftest import NOW, PASSWORD, POOR_ANSWERS, add_household
from tests.services.test_cli_counter import LOGIN, answers_file, open_home

home = counter.home  # the fixture: a registry with clerk1, clerk2 and the Sok household

BOSS = ["--operator", "super", "--password", PASSWORD]


def ok(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = sws(capsys, *argv, "--json")
    assert code == 0, err or out
    return json.loads(out)


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """The one line a refused command prints (exit 4, bad input)."""
    code, out, err = sws(capsys, *argv)
    assert code == 4, (code, out, err)
    assert err.startswith("sws: error: ") and err.count("\n") == 1, err
    return err


def _assessed(home: Path, capsys: pytest.CaptureFixture[str], **answers: Any) -> None:
    ok(capsys, "household", "situation", "p-grandfather", "--employment", "retired", *LOGIN)
    ok(capsys, "household", "situation", "p-mother", "--employment", "informal", *LOGIN)
    ok(capsys, "household", "assess", "hh-sok", "--answers",
       answers_file(home, dict(POOR_ANSWERS, **answers)), *LOGIN)


def _memberships(home: Path) -> list[tuple[str, str, dt.date, dt.date | None]]:
    import sqlalchemy as sa

    from station.registry.models import ProgrammeMembership as M

    registry = open_home(home)
    with registry.reading() as session:
        rows = session.execute(sa.select(M.person_id, M.programme_code, M.start_date,
                                         M.end_date)).all()
    registry.close()
    return sorted((r[0], r[1], r[2], r[3]) for r in rows)


# 1. a back-dated confirmation recorded a programme a second time, and memberships long over

def test_a_back_dated_confirmation_does_not_record_a_programme_twice(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _assessed(home, capsys)
    ok(capsys, "household", "confirm", "hh-sok", "--programme", "OLD_AGE_PENSION", *LOGIN)
    assert [m[1] for m in _memberships(home)] == ["OLD_AGE_PENSION"]

    # the same pension again, "from 2025-01-01": it overlaps the one just recorded
    err = refused(capsys, "household", "confirm", "hh-sok", "--programme", "OLD_AGE_PENSION",
                  "--start", "2025-01-01", *LOGIN)
    assert "OLD_AGE_PENSION was not proposed" in err
    package = ok(capsys, "household", "propose", "hh-sok", "--date", "2025-01-01", "--all")
    assert "OLD_AGE_PENSION" not in {p["programme"] for p in package["proposals"]}
    assert [m[1] for m in _memberships(home)] == ["OLD_AGE_PENSION"]


def test_a_membership_over_before_today_is_refused(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _assessed(home, capsys)
    # the mother's six-month public works from 2020-01-01 would have ended in 2020
    err = refused(capsys, "household", "confirm", "hh-sok", "--start", "2020-01-01", *LOGIN)
    assert "2020-" in err and "already over" in err
    assert _memberships(home) == []
    registry = open_home(home)
    assert "programme.join" not in audit_actions(registry)  # nothing half-written
    registry.close()


def test_a_membership_starting_after_today_is_refused(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Rules judged on a day not come (ages of 2031, today's poverty level) decide nothing."""
    _assessed(home, capsys)
    err = refused(capsys, "household", "confirm", "hh-sok", "--start", "2031-01-01", *LOGIN)
    assert "would start on 2031-01-01, after today (2026-11-22)" in err
    assert _memberships(home) == []


def test_the_same_confirmation_twice_records_nothing_more(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _assessed(home, capsys)
    first = ok(capsys, "household", "confirm", "hh-sok", *LOGIN)
    assert first["memberships"]
    before = _memberships(home)
    refused(capsys, "household", "confirm", "hh-sok", "--programme", "OLD_AGE_PENSION", *LOGIN)
    assert _memberships(home) == before


def test_a_stale_package_cannot_double_a_membership(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two desks proposed the same package; the second confirmation must not double it."""
    from station.services.errors import ServiceError
    from station.services.memberships import confirm, propose

    _assessed(home, capsys)
    registry = open_home(home)
    clerk = login(registry, "clerk1", PASSWORD, now=NOW)
    package = propose(registry, "hh-sok", today=NOW.date())
    confirm(registry, package, accepted=None, operator=clerk, now=NOW)
    with pytest.raises(ServiceError, match="already holds"):
        confirm(registry, package, accepted=None, operator=clerk, now=NOW)
    registry.close()


# 2. a payment on a membership that has ended

def _ended_voluntary(home: Path, capsys: pytest.CaptureFixture[str]) -> str:
    _assessed(home, capsys, roof="concrete", water="piped")
    done = ok(capsys, "household", "confirm", "hh-sok", "--programme", "HEALTH_VOLUNTARY",
              "--start", "2026-06-22", *LOGIN)
    membership = str(done["memberships"][0]["membership_id"])
    # the mother died on 2026-10-01: her membership ended that day (four periods charged)
    registry = open_home(home)
    record_death(registry, "p-mother", died_on=dt.date(2026, 10, 1), source="certificate 1",
                 by=login(registry, "super", PASSWORD, now=NOW), now=NOW)
    registry.close()
    return membership


def test_an_ended_membership_takes_its_arrears_and_no_more(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    membership = _ended_voluntary(home, capsys)
    owed = ok(capsys, "payment", "arrears", membership)["arrears_minor"]
    assert owed == 4 * 1500
    err = refused(capsys, "payment", "record", membership, "--amount", str(owed + 1), *LOGIN)
    assert membership in err and "ended on 2026-10-01" in err and str(owed) in err
    paid = ok(capsys, "payment", "record", membership, "--amount", str(owed), *LOGIN)
    assert (paid["statement"]["arrears_minor"], paid["statement"]["credit_minor"]) == (0, 0)
    err = refused(capsys, "payment", "record", membership, "--amount", "1500", *LOGIN)
    assert "ended on 2026-10-01" in err and "nothing is owed" in err


# 3. facts, cases and reassignments for the dead and the closed

def test_the_dead_get_no_new_situation_and_no_case(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    registry = open_home(home)
    record_death(registry, "p-grandfather", died_on=dt.date(2026, 11, 1), source="cert 2",
                 by=login(registry, "super", PASSWORD, now=NOW), now=NOW)
    registry.close()
    err = refused(capsys, "household", "situation", "p-grandfather", "--employment",
                  "employed", *LOGIN)
    assert "p-grandfather died on 2026-11-01" in err
    err = refused(capsys, "case", "open", "p-grandfather", "--summary", "x", *LOGIN)
    assert "p-grandfather died on 2026-11-01" in err
    registry = open_home(home)
    actions = audit_actions(registry)
    registry.close()
    assert "person.situation" not in actions and "case.open" not in actions


def test_a_closed_case_is_not_reassigned(home: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    case_id = ok(capsys, "case", "open", "p-mother", *LOGIN)["case_id"]
    ok(capsys, "case", "close", case_id, *LOGIN)
    err = refused(capsys, "case", "assign", case_id, "--manager", "clerk2", *BOSS)
    assert "the case is closed" in err
    assert ok(capsys, "case", "show", case_id)["manager"] == "clerk1"


# 4. an unknown case manager is named by the user name typed

def test_an_unknown_manager_is_named_by_user_name(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(capsys, "case", "open", "p-mother", "--manager", "nobody", *LOGIN)
    assert "no operator with user name 'nobody'" in err and "with id" not in err
    error = UnknownRecord("operator", "nobody", key="user name")
    assert (error.kind, error.record_id) == ("operator", "nobody")


# 5. a refused step reads as a sentence, with its data kept for the window

@pytest.mark.parametrize(("error", "said"), [
    (InvalidTransition("the grievance", "received", "close",
                       why="allowed now: refer, resolve, withdraw"),
     "the grievance is received and cannot be closed (allowed now: refer, resolve, "
     "withdraw)"),
    (InvalidTransition("the case", "closed", "closed"),
     "the case is closed and cannot be closed"),
    (InvalidTransition("the plan item", "in_progress", "changed"),
     "the plan item is in progress and cannot be changed"),
])
def test_a_refused_step_reads_as_a_sentence(error: InvalidTransition, said: str) -> None:
    assert str(error) == said
    assert "become" not in str(error) and "'" not in str(error)


def test_a_refused_grievance_step_keeps_its_data(home: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    g = ok(capsys, "grievance", "open", "--category", "payment", "--description", "late",
           *LOGIN)
    err = refused(capsys, "grievance", "close", g["id"], *LOGIN)
    assert "the grievance is received and cannot be closed" in err


# edge cases met while being the clerk

def test_a_household_without_living_members_says_so(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"Assess it and record its members' situation" sent the clerk to do the impossible."""
    registry = open_home(home)
    add_household(registry, "hh-empty", [])
    registry.close()
    err = refused(capsys, "household", "confirm", "hh-empty", *LOGIN)
    assert "household hh-empty has no living members" in err
    code, out, _ = sws(capsys, "household", "propose", "hh-empty")
    assert code == 0 and "no living members" in out


def test_a_plan_item_of_a_closed_case_is_not_updated(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case_id = ok(capsys, "case", "open", "p-mother", *LOGIN)["case_id"]
    item = ok(capsys, "case", "plan", case_id, "--kind", "goal", "--description", "work",
              *LOGIN)["item_id"]
    ok(capsys, "case", "close", case_id, *LOGIN)
    err = refused(capsys, "case", "follow-up", item, "--status", "done", *LOGIN)
    assert "the case is closed" in err
    assert ok(capsys, "case", "show", case_id)["items"][0]["status"] == "planned"

"""The counter steps from the command line: `sws household|payment|grievance|case ...`.

Each test runs the commands as a clerk types them (parsed by argparse, errors turned into one
line and an exit code) on a fresh registry in a tmp SWS_HOME, with the clock fixed at NOW.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import station.cli
from station.cli import _common, case, grievance, household, payment
from station.config import load_settings
from station.model.operators import create_operator, login
from station.model.station import Station
from station.services import cases
from tests.services._db import audit_actions
from tests.services.conftest import NOW, PASSWORD, POOR_ANSWERS, add_household, make_station

MODULES = (household, payment, grievance, case)
LOGIN = ["--operator", "clerk1", "--password", PASSWORD]
DAY = dt.timedelta(days=1)


def run(argv: Sequence[str]) -> int:
    """`sws ARGV` through the real entry point, :func:`station.cli.main`."""
    return station.cli.main(list(argv))


def run_json(argv: Sequence[str], capsys: pytest.CaptureFixture[str]) -> Any:
    assert run([*argv, "--json"]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A registry with a supervisor, clerks ``clerk1``/``clerk2`` and the Sok household."""
    monkeypatch.setenv("SWS_HOME", str(tmp_path))
    monkeypatch.delenv("SWS_DATABASE_URL", raising=False)
    monkeypatch.delenv("SWS_OPERATOR", raising=False)
    monkeypatch.delenv("SWS_PASSWORD", raising=False)
    assert {m.__name__ for m in MODULES} <= set(station.cli._COMMAND_MODULES)
    # every command module imported first: one imported while _common.now_utc is patched
    # would keep the frozen clock after the test (`from _common import now_utc`), and a
    # later `sws sync` then read its own clock as a day behind the centre's
    for name in station.cli._COMMAND_MODULES:
        importlib.import_module(name)
    for module in (_common, *MODULES):
        if hasattr(module, "now_utc"):
            monkeypatch.setattr(module, "now_utc", lambda: NOW)
    registry = make_station(load_settings({"SWS_HOME": str(tmp_path)}))
    boss = login(registry, "super", PASSWORD, now=NOW)
    for name in ("clerk1", "clerk2"):
        create_operator(registry, username=name, full_name=name, role="clerk",
                        password=PASSWORD, now=NOW, by=boss)
    add_household(registry, "hh-sok", [
        ("p-grandfather", "M", NOW.date().replace(year=1959, month=3, day=1), "head"),
        ("p-mother", "F", NOW.date().replace(year=1990, month=5, day=1), "child"),
        ("p-girl", "F", NOW.date().replace(year=2018, month=5, day=1), "grandchild"),
    ])
    registry.close()
    return tmp_path


def open_home(home: Path) -> Station:
    return Station(load_settings({"SWS_HOME": str(home)}), gallery_factory=lambda: None)


def answers_file(home: Path, answers: dict[str, Any]) -> str:
    path = home / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    return str(path)


def test_assess_propose_confirm(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for person, employment, disability in (("p-grandfather", "retired", "no"),
                                           ("p-mother", "unemployed", "no"),
                                           ("p-girl", "child", "yes")):
        assert run(["household", "situation", person, "--employment", employment,
                    "--disability", disability, *LOGIN]) == 0
    assert run(["household", "assess", "hh-sok", "--answers",
                answers_file(home, dict(POOR_ANSWERS)), *LOGIN]) == 0
    assert "score 38, poor (questionnaire PMT-2026.1" in capsys.readouterr().out

    assert run(["household", "propose", "hh-sok"]) == 0
    text = capsys.readouterr().out
    assert "8 proposal(s)" in text
    assert "OLD_AGE_PENSION" in text and "eligible because" in text

    package = run_json(["household", "propose", "hh-sok", "--all"], capsys)
    pension = [p for p in package["proposals"] if p["programme"] == "OLD_AGE_PENSION"]
    assert pension[0]["person_id"] == "p-grandfather"
    assert any(not c["proposed"] for c in package["considered"])

    done = run_json(["household", "confirm", "hh-sok", "--programme", "CHILD_BENEFIT",
                     "--programme", "HEALTH_SUBSIDY", "--person", "p-girl", *LOGIN], capsys)
    assert {(m["person_id"], m["programme"]) for m in done["memberships"]} == {
        ("p-girl", "CHILD_BENEFIT"), ("p-girl", "HEALTH_SUBSIDY")}
    assert len(done["declined"]) == 6
    assert all(m["start_date"] == NOW.date().isoformat() for m in done["memberships"])

    shown = run_json(["household", "show", "hh-sok"], capsys)
    assert shown["assessment"]["poverty_level"] == "poor"
    assert {(m["membership_id"], m["programme"]) for m in shown["memberships"]} == {
        (m["membership_id"], m["programme"]) for m in done["memberships"]}
    girl = next(m for m in shown["members"] if m["person_id"] == "p-girl")
    assert (girl["disability"], girl["employment"]) == (True, "child")

    registry = open_home(home)
    actions = audit_actions(registry)
    registry.close()
    assert actions.count("programme.join") == 2 and actions.count("programme.decline") == 6
    assert "household.assess" in actions


def test_household_bad_input_is_one_line(home: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    bad = dict(POOR_ANSWERS, roof="gold")
    assert run(["household", "assess", "hh-sok", "--answers", answers_file(home, bad),
                *LOGIN]) == 4
    err = capsys.readouterr().err
    assert err.startswith("sws: error: question 'roof'") and err.count("\n") == 1

    (home / "broken.json").write_text("{not json", encoding="utf-8")
    assert run(["household", "assess", "hh-sok", "--answers", str(home / "broken.json"),
                *LOGIN]) == 4
    assert "is not JSON" in capsys.readouterr().err

    assert run(["household", "assess", "hh-none", "--answers",
                answers_file(home, dict(POOR_ANSWERS)), *LOGIN]) == 4
    assert "no household with id 'hh-none'" in capsys.readouterr().err

    assert run(["household", "confirm", "hh-none", *LOGIN]) == 4
    assert "no household with id 'hh-none'" in capsys.readouterr().err
    assert run(["household", "propose", "hh-sok", "--date", "2026-13-01"]) == 4
    assert "--date must be a date" in capsys.readouterr().err

    registry = open_home(home)
    actions = audit_actions(registry)
    registry.close()
    assert "household.assess" not in actions  # nothing half-written


def test_confirm_refuses_a_programme_not_proposed(home: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    run_json(["household", "situation", "p-grandfather", "--employment", "retired", *LOGIN],
             capsys)
    run_json(["household", "assess", "hh-sok", "--answers",
              answers_file(home, dict(POOR_ANSWERS)), *LOGIN], capsys)
    capsys.readouterr()
    assert run(["household", "confirm", "hh-sok", "--programme", "OLD_AGE_PENSION",
                "--person", "p-girl", *LOGIN]) == 4
    assert "OLD_AGE_PENSION was not proposed for person p-girl" in capsys.readouterr().err


def _voluntary_membership(home: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Near-poor household, informal mother: voluntary health insurance, confirmed."""
    near_poor = dict(POOR_ANSWERS, roof="concrete", water="piped")
    run_json(["household", "situation", "p-mother", "--employment", "informal", *LOGIN], capsys)
    run_json(["household", "assess", "hh-sok", "--answers", answers_file(home, near_poor),
              *LOGIN], capsys)
    done = run_json(["household", "confirm", "hh-sok", "--programme", "HEALTH_VOLUNTARY",
                     *LOGIN], capsys)
    (membership,) = done["memberships"]
    assert membership["programme"] == "HEALTH_VOLUNTARY"
    return str(membership["membership_id"])


def test_payment_receipt_and_arrears(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    membership = _voluntary_membership(home, capsys)
    assert run(["payment", "record", membership, "--amount", "1500", *LOGIN]) == 0
    text = capsys.readouterr().out
    assert "receipt " in text and "1500 XSP received" in text and "status active" in text
    second = run_json(["payment", "record", membership, "--amount", "1500", *LOGIN], capsys)
    assert second["receipt_no"].endswith("-00002")
    assert second["statement"]["credit_minor"] == 1500

    later = run_json(["payment", "arrears", membership, "--date", "2027-04-01"], capsys)
    # periods start on the 22nd, Nov..Mar charged (5 x 1500), 2 paid; the January and
    # February periods are past their 15 days of grace, March's is not yet
    assert later["arrears_minor"] == 4500
    assert later["periods_overdue"] == 2
    assert later["status"] == "in_arrears"

    assert run(["payment", "record", membership, "--amount", "-5", *LOGIN]) == 4
    assert "must be positive" in capsys.readouterr().err
    assert run(["payment", "record", membership, "--amount", "12.5", *LOGIN]) == 4
    assert "whole number" in capsys.readouterr().err
    assert run(["payment", "arrears", "no-such-membership"]) == 4
    assert "no membership with id" in capsys.readouterr().err


def test_payment_refused_for_a_programme_without_contributions(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_json(["household", "situation", "p-grandfather", "--employment", "retired", *LOGIN],
             capsys)
    run_json(["household", "assess", "hh-sok", "--answers",
              answers_file(home, dict(POOR_ANSWERS)), *LOGIN], capsys)
    done = run_json(["household", "confirm", "hh-sok", "--programme", "OLD_AGE_PENSION",
                     *LOGIN], capsys)
    membership = done["memberships"][0]["membership_id"]
    assert run(["payment", "record", membership, "--amount", "100", *LOGIN]) == 4
    assert ("Old-age social pension (OLD_AGE_PENSION) does not collect contributions: there "
            "is nothing to pay") in capsys.readouterr().err


def test_grievance_life_cycle(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    g = run_json(["grievance", "open", "--category", "payment", "--person", "p-mother",
                  "--description", "benefit paid late", *LOGIN], capsys)
    assert (g["status"], g["responsible_service"], g["deadline"]) == (
        "received", "payments", "2026-12-07")
    anonymous = run_json(["grievance", "open", "--category", "fraud",
                          "--description", "someone sells cards", *LOGIN], capsys)
    assert anonymous["person_id"] is None

    assert run(["grievance", "refer", g["id"], *LOGIN]) == 0
    assert "is now referred" in capsys.readouterr().out
    assert run(["grievance", "close", g["id"], *LOGIN]) == 4  # referred cannot be closed
    assert "allowed now: resolve, withdraw" in capsys.readouterr().err
    run_json(["grievance", "resolve", g["id"], "--resolution", "paid on 25 Nov", *LOGIN],
             capsys)
    appealed = run_json(["grievance", "appeal", g["id"], "--reason", "amount still wrong",
                         *LOGIN], capsys)
    assert appealed["status"] == "appealed" and appealed["appeals"] == 1

    listed = run_json(["grievance", "list", "--open"], capsys)["grievances"]
    assert {x["id"] for x in listed} == {g["id"], anonymous["id"]}
    assert run(["grievance", "list", "--status", "closed"]) == 0
    assert capsys.readouterr().out.strip() == "no grievances"

    shown = run_json(["grievance", "show", g["id"]], capsys)
    assert [s["action"] for s in shown["steps"]] == ["intake", "refer", "resolve", "appeal"]
    assert run(["grievance", "show", "nope"]) == 4
    assert run(["grievance", "open", "--category", "weather", "--description", "x",
                *LOGIN]) == 4
    assert "unknown grievance category 'weather'" in capsys.readouterr().err


def test_case_plan_and_overdue(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    opened = run_json(["case", "open", "p-mother", "--summary", "looking for work", *LOGIN],
                      capsys)
    assert opened["manager"] == "clerk1"
    case_id = opened["case_id"]
    plan = ["case", "plan", case_id, "--kind", "referral", "--service", "employment",
            "--description", "register at the job centre", "--follow-up", "2026-11-15",
            *LOGIN]
    assert run(plan) == 4  # a week gone: refused
    assert "the follow-up date 2026-11-15 is in the past" in capsys.readouterr().err
    # planned on 10 November for the 15th: overdue by the 22nd
    registry = open_home(home)
    early = {"item_id": cases.add_item(
        registry, case_id, kind="referral", service="employment",
        description="register at the job centre", follow_up_date=NOW.date() - 7 * DAY,
        operator=login(registry, "clerk1", PASSWORD, now=NOW), now=NOW - 12 * DAY)}
    registry.close()
    run_json(["case", "plan", case_id, "--kind", "goal", "--description", "stable work",
              "--follow-up", "2027-02-01", *LOGIN], capsys)

    overdue = run_json(["case", "overdue"], capsys)["overdue"]
    assert [(o["item_id"], o["days_overdue"]) for o in overdue] == [(early["item_id"], 7)]
    assert run(["case", "overdue", "--manager", "clerk2"]) == 0
    assert "no follow-up overdue" in capsys.readouterr().out

    assert run(["case", "follow-up", early["item_id"], "--status", "in_progress",
                "--next", "2026-12-01", *LOGIN]) == 0
    capsys.readouterr()
    assert run_json(["case", "overdue"], capsys)["overdue"] == []

    assert run(["case", "assign", case_id, "--manager", "clerk2", *LOGIN]) == 4
    assert "a clerk may not reassign a case" in capsys.readouterr().err
    assert run(["case", "plan", case_id, "--kind", "referral", "--description", "x",
                *LOGIN]) == 4
    assert "must name the service" in capsys.readouterr().err
    assert run(["case", "plan", case_id, "--kind", "goal", "--description", "x",
                "--due", "tomorrow", *LOGIN]) == 4
    assert "--due must be a date" in capsys.readouterr().err

    shown = run_json(["case", "show", case_id], capsys)
    statuses = {i["item_id"]: i["status"] for i in shown["items"]}
    assert statuses[early["item_id"]] == "in_progress"
    assert sorted(statuses.values()) == ["in_progress", "planned"]
    run_json(["case", "close", case_id, *LOGIN], capsys)
    assert run(["case", "plan", case_id, "--kind", "goal", "--description", "more",
                *LOGIN]) == 4
    assert "the case is closed" in capsys.readouterr().err


def test_writing_needs_a_login(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["grievance", "open", "--category", "other", "--description", "x"]) == 4
    assert "no operator given" in capsys.readouterr().err
    assert run(["case", "open", "p-mother", "--operator", "clerk1", "--password", "wrong"]) == 4


def test_confirming_a_household_again_says_what_it_holds(home: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    """A household confirmed at one desk and confirmed again at another (or the command run
    twice) was told "nothing is proposed ...; assess it and record its members' situation
    first": the clerk assessed it again, for nothing. Now the sentence says why nothing is
    proposed: its members already hold what they are eligible for (or are eligible for
    nothing); "assess it first" only where the assessment or a situation is missing."""
    for person, employment, disability in (("p-grandfather", "retired", "no"),
                                           ("p-mother", "unemployed", "no"),
                                           ("p-girl", "child", "yes")):
        assert run(["household", "situation", person, "--employment", employment,
                    "--disability", disability, *LOGIN]) == 0
    assert run(["household", "assess", "hh-sok", "--answers",
                answers_file(home, dict(POOR_ANSWERS)), *LOGIN]) == 0
    capsys.readouterr()
    assert len(run_json(["household", "confirm", "hh-sok", *LOGIN], capsys)
               ["memberships"]) == 8
    assert run(["household", "confirm", "hh-sok", *LOGIN]) == 4
    err = capsys.readouterr().err
    assert err == ("sws: error: nothing is proposed for household hh-sok: its members "
                   "already hold every programme they are eligible for (`sws household "
                   "propose hh-sok --all` says why for each)\n")


def test_recording_one_fact_of_a_situation_keeps_the_other(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws household situation P --employment student` (the girl started school) wiped her
    recorded disability to "unknown", because --disability defaulted to unknown: the next
    proposal dropped her disability allowance. An option not given now keeps what is
    recorded; "--disability unknown" still clears it on purpose; no option at all is a
    one-line refusal that writes nothing."""
    assert run(["household", "situation", "p-girl", "--disability", "yes", "--employment",
                "child", *LOGIN]) == 0
    capsys.readouterr()
    said = run_json(["household", "situation", "p-girl", "--employment", "student", *LOGIN],
                    capsys)
    assert (said["disability"], said["employment"]) == (True, "student")
    said = run_json(["household", "situation", "p-girl", "--disability", "no", *LOGIN], capsys)
    assert (said["disability"], said["employment"]) == (False, "student")
    girl = next(m for m in run_json(["household", "show", "hh-sok"], capsys)["members"]
                if m["person_id"] == "p-girl")
    assert (girl["disability"], girl["employment"]) == (False, "student")
    assert run(["household", "situation", "p-girl", *LOGIN]) == 4
    assert capsys.readouterr().err == ("sws: error: say what to record: --disability, "
                                       "--employment or both\n")
    said = run_json(["household", "situation", "p-girl", "--disability", "unknown", *LOGIN],
                    capsys)
    assert (said["disability"], said["employment"]) == (None, "student")
    registry = open_home(home)
    actions = audit_actions(registry)
    registry.close()
    assert actions.count("person.situation") == 4


def test_an_appeal_says_why(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws grievance appeal ID --reason ""` reopened a resolved grievance with no reason:
    whoever handles the appeal could not tell what the person contests. It is now refused in
    one line and the grievance stays resolved."""
    g = run_json(["grievance", "open", "--category", "payment", "--person", "p-mother",
                  "--description", "benefit paid late", *LOGIN], capsys)["id"]
    run_json(["grievance", "resolve", g, "--resolution", "paid on 20 November", *LOGIN],
             capsys)
    assert run(["grievance", "appeal", g, "--reason", "  ", *LOGIN]) == 4
    assert capsys.readouterr().err == ("sws: error: say why the resolution is appealed\n")
    assert run_json(["grievance", "show", g], capsys)["status"] == "resolved"
    assert run_json(["grievance", "appeal", g, "--reason", "only half was paid", *LOGIN],
                    capsys)["status"] == "appealed"


def test_person_show_names_the_household_and_programmes(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws person show` (text) left out the person's household and programmes, though its
    --json had them: a clerk asked "is she on child benefit?" read a record without any
    programme and proposed it again. The text now lists both (an ended programme says so)."""
    run_json(["household", "situation", "p-girl", "--employment", "child", "--disability",
              "yes", *LOGIN], capsys)
    run_json(["household", "assess", "hh-sok", "--answers",
              answers_file(home, dict(POOR_ANSWERS)), *LOGIN], capsys)
    done = run_json(["household", "confirm", "hh-sok", "--programme", "CHILD_BENEFIT",
                     "--person", "p-girl", *LOGIN], capsys)
    (benefit,) = done["memberships"]
    assert run(["person", "show", "p-girl"]) == 0
    text = capsys.readouterr().out
    assert "  household: hh-sok (grandchild)\n" in text
    assert (f"  programmes: CHILD_BENEFIT from {benefit['start_date']} until "
            f"{benefit['end_date']}\n") in text
    assert run(["person", "show", "p-grandfather"]) == 0
    assert "  programmes: none\n" in capsys.readouterr().out


def test_a_follow_up_with_nothing_to_record_is_refused(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws case follow-up ITEM` with no option said "plan item ... updated" (exit 0) and
    audited an empty progress step: the clerk believed the follow-up was recorded. Now one
    line says what to give, and nothing is written."""
    case_id = run_json(["case", "open", "p-mother", "--summary", "work", *LOGIN],
                       capsys)["case_id"]
    item = run_json(["case", "plan", case_id, "--kind", "goal", "--description", "a job",
                     *LOGIN], capsys)["item_id"]
    assert run(["case", "follow-up", item, *LOGIN]) == 4
    assert capsys.readouterr().err == ("sws: error: say what to record: --status, --next, "
                                       "--note or several\n")
    registry = open_home(home)
    actions = audit_actions(registry)
    registry.close()
    assert "case.progress" not in actions
    assert run(["case", "follow-up", item, "--note", "called the job centre", *LOGIN]) == 0


def test_the_statement_of_an_ended_membership_says_it_ended(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws payment arrears` on a one-year voluntary membership read a year later said
    "status active: arrears 0 ...": the member was told they were covered. It now says when
    the membership ended (text and JSON); a running one reads as before."""
    membership = _voluntary_membership(home, capsys)
    running = run_json(["payment", "arrears", membership, "--date", "2027-01-01"], capsys)
    assert running["ended_on"] is None
    assert run(["payment", "arrears", membership, "--date", "2028-01-10"]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"membership {membership} on 2028-01-10 (p-mother, "
                           "HEALTH_VOLUNTARY): ended on 2027-11-21: arrears 18000")
    later = run_json(["payment", "arrears", membership, "--date", "2028-01-10"], capsys)
    assert later["ended_on"] == "2027-11-21" and later["periods_due"] == 12


def test_a_listing_for_someone_who_does_not_exist_says_so(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A mistyped name or id read as an empty list: `sws case overdue --manager clerck1` said
    "no follow-up overdue" and `sws grievance list --person p-mothr` "no grievances", so the
    supervisor believed nothing was late; `--limit 0` listed nothing though grievances
    existed. Each is now a one-line refusal (exit 4); the right name lists as before."""
    run_json(["grievance", "open", "--category", "payment", "--person", "p-mother",
              "--description", "late", *LOGIN], capsys)
    for argv, said in (
            (["case", "overdue", "--manager", "clerck1"],
             "no operator with user name 'clerck1'"),
            (["grievance", "list", "--person", "p-mothr"], "no person with id 'p-mothr'"),
            (["grievance", "list", "--limit", "0"], "--limit must be at least 1, not 0")):
        assert run(argv) == 4, argv
        assert capsys.readouterr().err == f"sws: error: {said}\n"
    assert len(run_json(["grievance", "list", "--person", "p-mother"], capsys)
               ["grievances"]) == 1
    assert run_json(["case", "overdue", "--manager", "clerk2"], capsys)["overdue"] == []

"""The eighth day at the counter: a membership withdrawn before it begins, and the reason an
end was recorded for, read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.models import ProgrammeMembership
from station.registry.models_services import EligibilityDecision
from station.services import memberships
from station.services.errors import AlreadyBegun, BeginsLater, NotInList
from tests.services._db import audit_actions, outbox_items
from tests.services.conftest import NOW, POOR_ANSWERS, TODAY, Family
from tests.services.test_cli_counter import LOGIN, answers_file, home, open_home, run, run_json
from tests.services.test_sixth_day_ops import _pension, central_app

DAY = dt.timedelta(days=1)

__all__ = ["central_app", "home"]  # the fixtures, shared with the earlier days' tests


def _begins_later(station: Station, membership_id: str, start: dt.date) -> None:
    """The membership begins on ``start`` (a day after today), as one confirmed for a term
    that starts later does."""
    with station.transaction() as session:
        row = session.get(ProgrammeMembership, membership_id)
        assert row is not None
        row.start_date = start


def test_a_membership_not_begun_is_withdrawn_audited_and_sent(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    """A grandfather who moved away before his pension began could have it neither ended
    (refused: no last day is on or after its start and not after today) nor withdrawn: the
    office counted him, and so did the centre. It is now withdrawn: the row goes, the audit
    event keeps its dates and the reason, and the centre gets an end it reads (decision
    ``ended``, withdrawn, the day before it starts) in the same transaction."""
    pension = _pension(station, family, clerk)
    start = TODAY + 10 * DAY
    _begins_later(station, pension, start)
    with pytest.raises(BeginsLater) as refused:
        memberships.end_membership(station, pension, reason="moved", end_date=TODAY,
                                   operator=clerk, now=NOW)
    assert (refused.value.membership_id, refused.value.start_date) == (pension, start)
    assert "withdraw it instead" in str(refused.value)
    with pytest.raises(NotInList):
        memberships.withdraw_membership(station, pension, reason="bored", operator=clerk,
                                        now=NOW)
    before = len(outbox_items(station))
    done = memberships.withdraw_membership(station, pension, reason="moved", operator=clerk,
                                           now=NOW)
    assert (done.membership_id, done.person_id, done.programme_code, done.start_date,
            done.previous_end_date, done.reason) == (
        pension, family.grandfather, "OLD_AGE_PENSION", start, None, "moved")
    assert memberships.held(station, family.household_id, today=TODAY) == []
    with station.reading() as session:
        assert session.get(ProgrammeMembership, pension) is None
        decision = session.scalars(sa.select(EligibilityDecision).where(
            EligibilityDecision.person_id == family.grandfather,
            EligibilityDecision.programme_code == "OLD_AGE_PENSION")).one()
        assert decision.membership_id is None and decision.decision == "confirmed"
    assert audit_actions(station, pension)[-1] == "programme.withdraw"
    items = outbox_items(station)
    assert len(items) == before + 1
    item = items[-1]
    assert item["kind"] == "programme_registration" and item["record_id"] == pension
    assert {k: item["payload"][k] for k in ("action", "decision", "withdrawn", "reason",
                                            "person_id", "programme", "start_date",
                                            "end_date")} == {
        "action": "programme.withdraw", "decision": "ended", "withdrawn": True,
        "reason": "moved", "person_id": family.grandfather, "programme": "OLD_AGE_PENSION",
        "start_date": start.isoformat(), "end_date": (start - DAY).isoformat()}
    # the programme can be offered again: nothing of the withdrawn one stands in the way
    offered = memberships.propose(station, family.household_id, today=TODAY)
    assert (family.grandfather, "OLD_AGE_PENSION") in {
        (p.person_id, p.programme_code) for p in offered.proposals}


def test_a_membership_begun_is_not_withdrawn_and_nothing_is_written(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    """A membership that ran is ended on its last day; a withdrawal of it is refused (typed,
    one line naming the command that ends it) and writes nothing."""
    pension = _pension(station, family, clerk)
    before = (len(outbox_items(station)), len(audit_actions(station)))
    with pytest.raises(AlreadyBegun) as refused:
        memberships.withdraw_membership(station, pension, reason="moved", operator=clerk,
                                        now=NOW)
    assert refused.value.start_date == TODAY
    assert "end-membership" in str(refused.value) and "\n" not in str(refused.value)
    assert (len(outbox_items(station)), len(audit_actions(station))) == before
    assert [h.membership_id for h in memberships.held(station, family.household_id,
                                                      today=TODAY)] == [pension]


def test_the_reason_an_end_was_recorded_for_is_read_back(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    """The reason the clerk chose went into the audit event and the centre's item, but
    nothing read it back: the memberships held said "until 30/11" and not why. The reason
    now comes with the membership wherever it is listed."""
    pension = _pension(station, family, clerk)
    memberships.end_membership(station, pension, reason="own_request", end_date=TODAY,
                               operator=clerk, now=NOW)
    (held,) = memberships.held(station, family.household_id, today=TODAY)
    assert (held.membership_id, held.end_date, held.end_reason) == (pension, TODAY,
                                                                    "own_request")
    with station.reading() as session:
        assert memberships.end_reasons(session, [pension, "other"]) == {
            pension: "own_request"}


def pension_confirmed(home: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The grandfather's old-age pension confirmed through `sws household` (his situation,
    the household's assessment, the confirmation): its membership id."""
    run_json(["household", "situation", "p-grandfather", "--employment", "retired",
              "--disability", "no", *LOGIN], capsys)
    run_json(["household", "assess", "hh-sok", "--answers",
              answers_file(home, dict(POOR_ANSWERS)), *LOGIN], capsys)
    done = run_json(["household", "confirm", "hh-sok", "--programme", "OLD_AGE_PENSION",
                     *LOGIN], capsys)
    return str(done["memberships"][0]["membership_id"])


def test_sws_household_withdraw_membership_and_the_reason_shown(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws household withdraw-membership` withdraws one not begun (end-membership points
    to it), refuses one that has begun in one line (exit 4), and `sws household show` says
    why a membership ended."""
    mid = pension_confirmed(home, capsys)
    assert run(["household", "withdraw-membership", mid, "--reason", "moved", *LOGIN]) == 4
    err = capsys.readouterr().err
    assert err.startswith(f"sws: error: membership {mid} began on {TODAY.isoformat()}")
    assert err.count("\n") == 1 and "end-membership" in err
    registry = open_home(home)
    _begins_later(registry, mid, TODAY + 3 * DAY)
    registry.close()
    assert run(["household", "end-membership", mid, "--reason", "moved", *LOGIN]) == 4
    assert "withdraw-membership" in capsys.readouterr().err
    assert run(["household", "withdraw-membership", mid, "--reason", "moved", *LOGIN]) == 0
    assert capsys.readouterr().out == (
        f"membership {mid} (p-grandfather in OLD_AGE_PENSION, to begin on "
        f"{(TODAY + 3 * DAY).isoformat()}) withdrawn: moved\n")
    assert run_json(["household", "show", "hh-sok"], capsys)["memberships"] == []
    again = run_json(["household", "confirm", "hh-sok", "--programme", "OLD_AGE_PENSION",
                      *LOGIN], capsys)["memberships"][0]["membership_id"]
    assert run(["household", "end-membership", again, "--reason", "not_eligible",
                *LOGIN]) == 0
    capsys.readouterr()
    (shown,) = run_json(["household", "show", "hh-sok"], capsys)["memberships"]
    assert (shown["membership_id"], shown["end_reason"]) == (again, "not_eligible")
    assert run(["household", "show", "hh-sok"]) == 0
    assert f"until {TODAY.isoformat()} (ended: not eligible)" in capsys.readouterr().out


def test_the_centre_takes_the_withdrawal_and_stops_counting_the_membership(
        station: Station, family: Family, clerk: OperatorInfo,
        central_app: Any, tmp_path: Path) -> None:
    """The withdrawal's item as the centre ingests it (its payload as written): acknowledged
    as ``membership_ended``, and the programme leaves the coverage, on the day it was to
    begin too."""
    from tests.services.test_sixth_day_ops import counted_then_dropped

    pension = _pension(station, family, clerk)
    start = TODAY + 10 * DAY
    _begins_later(station, pension, start)
    memberships.withdraw_membership(station, pension, reason="own_request", operator=clerk,
                                    now=NOW)
    joined, withdrawn = (i["payload"] for i in outbox_items(station, pension))
    counted_then_dropped(central_app, tmp_path / "st.sqlite3", family.grandfather, pension,
                         joined, withdrawn, last_day=None)

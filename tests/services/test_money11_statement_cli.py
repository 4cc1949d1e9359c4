"""`sws payment arrears` on a membership that is over (money11): "ended on 2027-11-21,
status active: arrears 0 ..., credit 1500 XSP": "status active" beside the end was read as
still running. The line now says what is true: when it ended, what it still owes and the
credit to give back; one a death before its start kept, that it never ran and the refund
owed to the family. ``--json`` has the same keys and one more, ``standing``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from station.model.deaths import record_death
from station.model.operators import login
from tests.services.conftest import NOW, PASSWORD
from tests.services.test_cli_counter import (
    LOGIN,
    _voluntary_membership,
    home,
    open_home,
    run,
    run_json,
)
from tests.services.test_eighth_day_ops import _begins_later

__all__ = ["home"]  # the fixture, shared with the counter's tests


def _arrears(capsys: pytest.CaptureFixture[str], membership: str, day: str) -> str:
    assert run(["payment", "arrears", membership, "--date", day]) == 0
    return capsys.readouterr().out.strip()


def test_an_ended_membership_paid_ahead_says_its_end_and_the_credit_to_give_back(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    membership = _voluntary_membership(home, capsys)  # a year from 2026-11-22, 1500 a month
    run_json(["payment", "record", membership, "--amount", "19500", *LOGIN], capsys)
    text = _arrears(capsys, membership, "2028-01-10")
    assert text == (f"membership {membership} on 2028-01-10 (p-mother, HEALTH_VOLUNTARY): "
                    "ended on 2027-11-21: arrears 0 XSP, 0 period(s) overdue of 12 charged, "
                    "paid until 2027-11-21, credit 1500 XSP to give back"), text
    data = run_json(["payment", "arrears", membership, "--date", "2028-01-10"], capsys)
    assert (data["standing"], data["ended_on"], data["credit_minor"]) == (
        "ended", "2027-11-21", 1500)
    running = run_json(["payment", "arrears", membership, "--date", "2027-01-10"], capsys)
    assert running["standing"] == "active"
    assert "status active" in _arrears(capsys, membership, "2027-01-10")


def test_an_ended_membership_in_arrears_says_what_it_still_owes(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    membership = _voluntary_membership(home, capsys)
    text = _arrears(capsys, membership, "2028-01-10")
    assert text.endswith("ended on 2027-11-21: arrears 18000 XSP, 12 period(s) overdue of "
                         "12 charged, nothing paid"), text
    assert "status" not in text


def test_one_a_death_before_its_start_kept_says_the_refund_owed_to_the_family(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    membership = _voluntary_membership(home, capsys)
    registry = open_home(home)
    try:
        _begins_later(registry, membership, NOW.date() + dt.timedelta(days=10))
        run_json(["payment", "record", membership, "--amount", "4500", *LOGIN], capsys)
        boss = login(registry, "super", PASSWORD, now=NOW)
        record_death(registry, "p-mother", died_on=NOW.date(), source="certificate 1/2026",
                     by=boss, now=NOW)
    finally:
        registry.close()
    text = _arrears(capsys, membership, "2026-11-22")
    assert text.endswith(": never ran: the holder died before it began; 4500 XSP to refund "
                         "to the family"), text
    data = run_json(["payment", "arrears", membership, "--date", "2026-11-22"], capsys)
    assert data["standing"] == "never_ran" and data["credit_minor"] == 4500

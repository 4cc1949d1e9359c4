"""`sws payment refund-credit` and `sws household show` for the unused credit of an ended
membership: before, the household showed nothing owed and no command gave it back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from station.registry.models import ProgrammeMembership
from station.services import memberships
from tests.services.test_cli_counter import (
    LOGIN,
    _voluntary_membership,
    home,
    open_home,
    run,
    run_json,
)

TODAY = dt.date(2026, 11, 22)
DAY = dt.timedelta(days=1)

__all__ = ["home"]  # the fixture, shared with the counter's command-line tests


def _paid_ahead_then_moved(home: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The mother's insurance began 40 days ago (two periods charged), 18,000 (a year)
    paid; she moved away and it ended yesterday: a credit of 15,000."""
    from station.model.operators import login
    from tests.services.conftest import NOW, PASSWORD

    mid = _voluntary_membership(home, capsys)
    registry = open_home(home)
    with registry.transaction() as session:
        row = session.get(ProgrammeMembership, mid)
        assert row is not None
        row.start_date = TODAY - 40 * DAY
    registry.close()
    assert run(["payment", "record", mid, "--amount", "18000", *LOGIN]) == 0
    registry = open_home(home)
    memberships.end_membership(registry, mid, reason="moved", end_date=TODAY - DAY,
                               operator=login(registry, "clerk1", PASSWORD, now=NOW), now=NOW)
    registry.close()
    capsys.readouterr()
    return mid


def test_household_show_lists_the_credit_and_refund_credit_gives_it_back(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mid = _paid_ahead_then_moved(home, capsys)
    shown = run_json(["household", "show", "hh-sok"], capsys)
    assert [(c["membership_id"], c["credit_minor"], c["currency"], c["to_family"])
            for c in shown["credits_refundable"]] == [(mid, 15000, "XSP", False)]
    assert run(["household", "show", "hh-sok"]) == 0
    out = capsys.readouterr().out
    assert "refundable credit: 15000 XSP" in out and f"refund-credit {mid}" in out, out
    assert run(["payment", "refund-credit", mid, "--reason", "moved to Kampot",
                "--amount", "14000", *LOGIN]) == 4  # not what is owed: nothing given back
    err = capsys.readouterr().err
    assert "nothing was refunded" in err and "\n" not in err.strip(), err
    assert run(["payment", "refund-credit", mid, "--reason", "moved to Kampot", *LOGIN]) == 0
    out = capsys.readouterr().out
    assert "-R00001: 15000 XSP refunded to p-mother" in out, out
    assert run_json(["household", "show", "hh-sok"], capsys)["credits_refundable"] == []
    after = run_json(["payment", "arrears", mid], capsys)
    assert (after["credit_minor"], after["arrears_minor"]) == (0, 0)
    assert run(["payment", "refund-credit", mid, "--reason", "again", *LOGIN]) == 4
    assert "has no credit" in capsys.readouterr().err


def test_a_running_memberships_credit_is_refused_in_one_line(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    running = _voluntary_membership(home, capsys)
    assert run(["payment", "record", running, "--amount", "3000", *LOGIN]) == 0
    capsys.readouterr()
    assert run(["payment", "refund-credit", running, "--reason", "asked", *LOGIN]) == 4
    err = capsys.readouterr().err
    assert "credit pays its next periods" in err and "\n" not in err.strip(), err


def test_refund_credit_json(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mid = _paid_ahead_then_moved(home, capsys)
    done = run_json(["payment", "refund-credit", mid, "--reason", "moved",
                     "--amount", "15000", *LOGIN], capsys)
    assert (done["membership_id"], done["amount_minor"], done["currency"],
            done["to_family"], done["withdrawn"]) == (mid, 15000, "XSP", False, False)
    assert done["receipt_no"].endswith("-R00001")
    assert done["statement"]["credit_minor"] == 0

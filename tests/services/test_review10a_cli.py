"""`sws household withdraw-membership --refund` for a holder who died before the membership
began: the money goes to the family, and the receipt line says so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.services.test_cli_counter import (
    LOGIN,
    _voluntary_membership,
    home,
    open_home,
    run,
    run_json,
)
from tests.services.test_eighth_day_ops import _begins_later

TODAY = dt.date(2026, 11, 22)

__all__ = ["home"]  # the fixture, shared with the counter's command-line tests


def _deceased_paid(home: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The mother's insurance, to begin in five days, 1,500 paid; she died today."""
    from station.model.deaths import record_death
    from station.model.operators import login
    from tests.services.conftest import NOW, PASSWORD

    mid = _voluntary_membership(home, capsys)
    registry = open_home(home)
    _begins_later(registry, mid, TODAY + dt.timedelta(days=5))
    registry.close()
    assert run(["payment", "record", mid, "--amount", "1500", *LOGIN]) == 0
    registry = open_home(home)
    record_death(registry, "p-mother", died_on=TODAY, source="certificate 3",
                 by=login(registry, "super", PASSWORD, now=NOW), now=NOW)
    registry.close()
    capsys.readouterr()
    return mid


def test_a_deceased_holders_refund_is_printed_as_the_familys(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The refund line said "1500 XSP refunded to p-mother", a person recorded dead, on
    the receipt the clerk reads out to the family. It now says the family of p-mother."""
    mid = _deceased_paid(home, capsys)
    assert run(["household", "withdraw-membership", mid, "--reason", "holder deceased",
                "--refund", *LOGIN]) == 0
    out = capsys.readouterr().out
    assert "1500 XSP refunded to the family of p-mother" in out, out


def test_the_json_says_the_refund_went_to_the_family(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json says to_family true for a deceased holder's refund."""
    mid = _deceased_paid(home, capsys)
    done = run_json(["household", "withdraw-membership", mid, "--reason", "holder deceased",
                     "--refund", *LOGIN], capsys)
    assert done["refund"]["to_family"] is True

"""`sws household withdraw-membership --refund`: the refund receipt printed, the membership
withdrawn; `sws payment history` says a refund is a refund."""

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

DAY = dt.timedelta(days=1)
TODAY = dt.date(2026, 11, 22)

__all__ = ["home"]  # the fixture, shared with the counter's command-line tests


def test_withdraw_with_refund_prints_the_refund_receipt(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A paid membership not begun: withdraw-membership alone is refused in one line that
    names --refund (exit 4); with --refund the refund receipt is printed and the membership
    is withdrawn; the history lists the payment and the refund apart."""
    mid = _voluntary_membership(home, capsys)
    registry = open_home(home)
    _begins_later(registry, mid, TODAY + 5 * DAY)
    registry.close()
    assert run(["payment", "record", mid, "--amount", "1500", *LOGIN]) == 0
    capsys.readouterr()
    assert run(["household", "withdraw-membership", mid, "--reason", "moved", *LOGIN]) == 4
    err = capsys.readouterr().err
    assert "--refund" in err and err.count("\n") == 1
    assert run(["household", "withdraw-membership", mid, "--reason", "moved", "--refund",
                *LOGIN]) == 0
    out = capsys.readouterr().out
    assert out.startswith("refund receipt station-") or "refund receipt " in out
    assert "-R00001: 1500 XSP refunded to p-mother" in out
    assert f"membership {mid} (p-mother in HEALTH_VOLUNTARY" in out and "withdrawn" in out
    history = run_json(["payment", "history", mid], capsys)
    assert [(h["receipt_no"][-6:], h["amount_minor"], h["refund"])
            for h in history["payments"]] == [("-00001", 1500, False),
                                              ("R00001", 1500, True)]
    assert run(["payment", "history", mid]) == 0
    text = capsys.readouterr().out
    assert "1500 XSP paid" in text and "1500 XSP refunded" in text
    assert run(["payment", "arrears", mid]) == 4
    assert "withdrawn before it began" in capsys.readouterr().err


def test_refund_json_and_refusal(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json gives the receipt and the withdrawal; begun cover is refused in one line."""
    mid = _voluntary_membership(home, capsys)
    assert run(["payment", "record", mid, "--amount", "3000", *LOGIN]) == 0
    capsys.readouterr()
    assert run(["household", "withdraw-membership", mid, "--reason", "moved", "--refund",
                *LOGIN]) == 4
    err = capsys.readouterr().err
    assert "only contributions towards a membership not begun yet" in err
    assert err.count("\n") == 1
    registry = open_home(home)
    _begins_later(registry, mid, TODAY + 5 * DAY)
    registry.close()
    done = run_json(["household", "withdraw-membership", mid, "--reason", "own_request",
                     "--refund", *LOGIN], capsys)
    assert done["refund"]["receipt_no"].endswith("-R00001")
    assert (done["refund"]["amount_minor"], done["refund"]["currency"],
            done["refund"]["to_family"]) == (3000, "XSP", False)
    assert (done["membership_id"], done["withdrawn"], done["reason"]) == (
        mid, True, "own_request")


def test_household_show_names_the_refund_owed_to_a_deceased_members_family(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The mother died before her insurance began, 1,500 paid: `sws household show` says
    the refund is owed to the family and the command that gives it back, which works."""
    from station.model.deaths import record_death
    from station.model.operators import login
    from tests.services.conftest import NOW, PASSWORD

    mid = _voluntary_membership(home, capsys)
    registry = open_home(home)
    _begins_later(registry, mid, TODAY + 5 * DAY)
    registry.close()
    assert run(["payment", "record", mid, "--amount", "1500", *LOGIN]) == 0
    registry = open_home(home)
    record_death(registry, "p-mother", died_on=TODAY, source="certificate 3",
                 by=login(registry, "super", PASSWORD, now=NOW), now=NOW)
    registry.close()
    capsys.readouterr()
    (owed,) = run_json(["household", "show", "hh-sok"], capsys)["refunds_owed"]
    assert (owed["membership_id"], owed["paid_minor"]) == (mid, 1500)
    assert run(["household", "show", "hh-sok"]) == 0
    assert (f"refund owed to the family: 1500 paid towards {mid}"
            in capsys.readouterr().out)
    assert run(["household", "withdraw-membership", mid, "--reason", "holder deceased",
                "--refund", *LOGIN]) == 0
    assert "1500 XSP refunded to the family of p-mother" in capsys.readouterr().out
    assert run_json(["household", "show", "hh-sok"], capsys)["refunds_owed"] == []

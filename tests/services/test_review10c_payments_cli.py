"""Review of the counter's payment lines: every amount a clerk reads out says its currency."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.test_cli_counter import LOGIN, _voluntary_membership, home, run, run_json
from tests.services.test_credit10_cli import _paid_ahead_then_moved

__all__ = ["home"]  # the fixture, shared with the counter's command-line tests


def test_the_statement_after_a_payment_and_the_arrears_say_their_currency(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'arrears 3000, ... credit 1500' was read out without its currency (riel? dollars?)
    while the receipt's line above it said XSP."""
    mid = _voluntary_membership(home, capsys)
    assert run(["payment", "record", mid, "--amount", "100", *LOGIN]) == 0
    out = capsys.readouterr().out
    assert "100 XSP received" in out
    statement = out.splitlines()[1]
    assert "arrears" in statement and "XSP" in statement, out
    assert run(["payment", "arrears", mid]) == 0
    assert "XSP" in capsys.readouterr().out
    assert run_json(["payment", "arrears", mid], capsys)["currency"] == "XSP"


def test_the_credit_on_an_ended_statement_says_its_currency(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mid = _paid_ahead_then_moved(home, capsys)
    assert run(["payment", "arrears", mid]) == 0
    out = capsys.readouterr().out
    assert "credit 15000 XSP" in out, out

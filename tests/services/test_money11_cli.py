"""`sws payment record` and amounts past 2^31-1 minor units (money11): the command refused
3,000,000,000 as "more than one payment can be" (the registry's 32-bit column); since
pay02 it takes any amount a 64-bit column holds and refuses only what none can."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.test_cli_counter import LOGIN, _voluntary_membership, home, run, run_json

__all__ = ["home"]  # the fixture, shared with the counter's tests


def test_a_payment_of_three_billion_from_the_command_line(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    membership = _voluntary_membership(home, capsys)
    paid = run_json(["payment", "record", membership, "--amount", "3000000000", *LOGIN],
                    capsys)
    assert paid["amount_minor"] == 3_000_000_000
    assert paid["statement"]["paid_minor"] == 3_000_000_000
    history = run_json(["payment", "history", membership], capsys)
    assert [p["amount_minor"] for p in history["payments"]] == [3_000_000_000]
    assert run(["payment", "record", membership, "--amount", str(2**63), *LOGIN]) == 4
    err = capsys.readouterr().err
    assert "more than one payment can be" in err and len(err.strip().splitlines()) == 1

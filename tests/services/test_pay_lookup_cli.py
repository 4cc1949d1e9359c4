"""`sws payment` takes what the member brings (a receipt number, a card serial) wherever it
took a membership id, through the same service as the counter's Payments tab."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from station.registry.models import Card, ProgrammeMembership
from tests.services.test_cli_counter import (
    LOGIN,
    _voluntary_membership,
    home,
    open_home,
    run,
    run_json,
)

__all__ = ["home"]  # the fixture, shared with the counter's command-line tests


def test_a_receipt_or_a_card_names_the_membership_and_several_are_listed(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mid = _voluntary_membership(home, capsys)
    first = run_json(["payment", "record", mid, "--amount", "100", *LOGIN], capsys)
    # the old receipt brought back: the next payment, the arrears and the history
    paid = run_json(["payment", "record", first["receipt_no"], "--amount", "200", *LOGIN],
                    capsys)
    assert paid["membership_id"] == mid
    station = open_home(home)
    try:
        with station.transaction() as session:
            at = dt.datetime(2026, 1, 1)
            session.add(Card(serial="0A0B0C0D", person_id="p-mother", credential=b"x",
                             status="lost", issued_at=at))
    finally:
        station.close()
    assert run_json(["payment", "arrears", "0a0b0c0d"], capsys)["membership_id"] == mid
    history = run_json(["payment", "history", paid["receipt_no"]], capsys)
    assert [p["amount_minor"] for p in history["payments"]] == [100, 200]

    earlier = str(uuid.uuid4())  # an ended one that still owes: the card finds both
    station = open_home(home)
    try:
        with station.transaction() as session:
            session.add(ProgrammeMembership(
                id=earlier, person_id="p-mother", programme_code="HEALTH_VOLUNTARY",
                start_date=dt.date(2025, 1, 1), end_date=dt.date(2025, 6, 30)))
    finally:
        station.close()
    assert run(["payment", "record", "0A0B0C0D", "--amount", "100", *LOGIN]) == 4
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert f"HEALTH_VOLUNTARY (p-mother): {earlier}" in err
    assert f"HEALTH_VOLUNTARY (p-mother): {mid}" in err

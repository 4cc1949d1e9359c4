"""`sws case open` takes the card serial the person brings where it took a person id, through
the same service as the Case plan tab (:func:`station.services.cases.find_person`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from station.registry.models import Card
from tests.services.test_cli_counter import LOGIN, home, open_home, run, run_json

__all__ = ["home"]  # the fixture, shared with the counter's command-line tests


def test_a_card_serial_opens_its_holders_case(home: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    station = open_home(home)
    try:
        with station.transaction() as session:
            session.add(Card(serial="0A0B0C0D", person_id="p-mother", credential=b"x",
                             status="lost", issued_at=dt.datetime(2026, 1, 1)))
    finally:
        station.close()
    opened = run_json(["case", "open", "0a0b0c0d", "--summary", "looking for work", *LOGIN],
                      capsys)
    assert (opened["person_id"], opened["card_serial"]) == ("p-mother", "0A0B0C0D")
    assert run_json(["case", "show", opened["case_id"]], capsys)["person_id"] == "p-mother"
    assert run(["case", "open", "Sok Dara", *LOGIN]) == 4
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no person with id or card serial 'Sok Dara'" in err, err

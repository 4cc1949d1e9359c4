"""`sws init --demo`: what ./run does on a first start, so a demonstration needs no set-up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from station.cli import main
from station.model.setup import DEMO_OPERATORS, DEMO_PASSWORD


def test_demo_init_makes_one_operator_per_role_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SWS_HOME", str(tmp_path))
    monkeypatch.delenv("SWS_DATABASE_URL", raising=False)
    assert main(["init", "--demo"]) == 0
    out = capsys.readouterr().out
    assert "DEMO operators" in out and DEMO_PASSWORD in out and "DEMO keys" in out

    # every demo operator can sign in with the printed password, in the role it was given
    from station.config import load_settings
    from station.model.operators import login
    from station.model.station import Station
    from tests.station.helpers import NOW, ExactGallery

    station = Station(load_settings({"SWS_HOME": str(tmp_path)}), gallery_factory=ExactGallery)
    try:
        roles = {login(station, u, DEMO_PASSWORD, now=NOW).role for u, _, _ in DEMO_OPERATORS}
    finally:
        station.close()
    assert roles == {"supervisor", "clerk", "auditor"}

    # a second start changes nothing
    assert main(["init", "--demo", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["demo_operators"] == []


def test_demo_init_refuses_a_named_supervisor_rather_than_ignoring_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SWS_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("SWS_DATABASE_URL", raising=False)
    assert main(["init", "--demo", "--username", "supA"]) == 4
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "without --demo" in err
    assert not (tmp_path / "home").exists()  # nothing made

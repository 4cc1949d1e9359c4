"""`sws sync` says, in its own text, a list of places from the centre that this station keeps
not using: a refusal first met by the window's background sync was said only in
``--json`` and on the supervisor's page, so an IT contact running `sws sync` in a terminal
saw nothing of it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests._cli import sws as _sws
from tests.station.helpers import PASSWORD, use_home
from tests.station.test_places_refused import (  # noqa: F401 (the fixture)
    GOOD,
    NEWER,
    _centre_holds,
    _window_round,
    central,
)


def test_sws_sync_says_a_standing_refusal_in_its_text(
        central: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    url, db = central
    home = tmp_path / "station"
    use_home(monkeypatch, home)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", url)[0] == 0
    _centre_holds(db, NEWER)
    _window_round(home, dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC))
    code, out, err = _sws(capsys, "sync")
    assert code == 0, err
    line = next((x for x in out.splitlines() if x.startswith("list of places")), None)
    assert line is not None, out
    assert line.startswith("list of places from the centre (version 2026.12-1) not used "
                           "since 2026-11-24 08:00 UTC: "), line
    assert "format_version 2" in line
    assert line.endswith("; this station keeps its list (version demo-2026-11): update "
                         "the station"), line

    _centre_holds(db, GOOD)  # adopted: the text says so, and the refusal is gone
    code, out, err = _sws(capsys, "sync")
    assert code == 0, err
    assert "list of places updated from the centre (version 2026.12-3)" in out
    assert "not used since" not in out

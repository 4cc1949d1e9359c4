"""`sws central ... --json`: README says every subcommand takes --json; these refused it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sync.central.database import serving_engine
from tests._cli import sws as _sws


@pytest.fixture
def central_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    serving_engine(url).dispose()
    return url


def test_the_centres_database_commands_take_json(
        central_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _sws(capsys, "central", "operator", "add", "ana", "--role", "admin",
                          "--db", central_db, "--json")
    assert code == 0, err
    code, out, err = _sws(capsys, "central", "operator", "revoke", "ana", "--db", central_db,
                          "--json")
    assert (code, json.loads(out)) == (0, {"name": "ana", "role": "admin", "dry_run": False,
                                           "revoked": True}), err
    code, out, err = _sws(capsys, "central", "operator", "trail", "--db", central_db, "--json")
    assert code == 0, err
    assert [a["action"] for a in json.loads(out)["actions"]][-1].endswith("revoke")

    target = tmp_path / "cards.csv"
    code, out, err = _sws(capsys, "central", "report", "cards", "--db", central_db,
                          "--format", "csv", "--output", str(target), "--json")
    assert code == 0, err
    written = json.loads(out)
    assert (written["report"], written["format"], written["output"]) == \
        ("cards", "csv", str(target))
    code, out, err = _sws(capsys, "central", "report", "cards", "--db", central_db, "--json")
    assert (code, json.loads(out)["report"]) == (0, "cards"), err


def test_the_centres_service_commands_take_json(capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Their errors come back as JSON too (no service runs here: one line, exit 4)."""
    monkeypatch.setenv("SWS_CENTRAL_ADMIN_TOKEN", "not-used")
    for argv in (["approve", "station-1234abcd"], ["renew", "station-1234abcd"],
                 ["revoke", "station-1234abcd", "--reason", "stolen laptop"]):
        code, out, err = _sws(capsys, "central", *argv, "--central", "http://127.0.0.1:9",
                              "--json")
        assert code == 4, err
        assert json.loads(out)["exit_code"] == 4

"""`sws demo populate` and `sws report ...` as a user runs them: output, files, one-line errors."""

from __future__ import annotations

import argparse
import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from station.cli import demo, report
from station.cli._common import report_error
from station.config import load_settings
from tests.services.conftest import PASSWORD, make_station


def run(argv: Sequence[str]) -> int:
    """Parse and dispatch like `sws` does, with just the two service command modules."""
    parser = argparse.ArgumentParser(prog="sws")
    sub = parser.add_subparsers(dest="command", required=True)
    report.register(sub)
    demo.register(sub)
    args = parser.parse_args(list(argv))
    try:
        return int(args.handler(args))
    except Exception as err:
        return report_error(err, as_json=getattr(args, "json", False))


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SWS_HOME", str(tmp_path))
    monkeypatch.delenv("SWS_DATABASE_URL", raising=False)
    make_station(load_settings({"SWS_HOME": str(tmp_path)})).close()
    return tmp_path


def test_populate_then_report_in_every_format(home: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(["demo", "populate", "--households", "25", "--seed", "3", "--operator", "super",
                "--password", PASSWORD, "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["households"] == 25

    assert run(["report", "coverage", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    summary = {r["measure"]: r["value"] for r in data["tables"]["summary"]}
    assert summary["population (registered people)"] == counts["persons"]

    assert run(["report", "grievances", "--format", "csv", "--commune", "120301"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][1] == "commune Batheay (120301)"  # the report names its area
    assert ["status", "grievances"] in rows

    monkeypatch.chdir(home)
    assert run(["report", "cases", "--format", "pdf", "--as-of", "2026-12-31"]) == 0
    out = capsys.readouterr().out
    pdf = home / "sws-report-cases-2026-12-31.pdf"
    assert str(pdf.name) in out
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("argv", "message"), [
    (["report", "coverage", "--as-of", "31/12/2026"], "--as-of must be a date YYYY-MM-DD"),
    (["demo", "populate", "--households", "0", "--operator", "super", "--password", PASSWORD],
     "households must be between 1 and"),
    (["demo", "populate", "--operator", "super", "--password", "wrong"],
     "wrong user name or password"),
])
def test_mistakes_are_one_line_with_exit_4(home: Path, capsys: pytest.CaptureFixture[str],
                                           argv: list[str], message: str) -> None:
    assert run(argv) == 4
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err

"""`sws adjudication list` as a supervisor reads the queue: when each case was opened, in
which zone, and by whom."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.station.test_cli import PERSON, home, sws  # noqa: F401 - the CLI fixture

SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "fingerprints" / "sample"


def test_the_list_says_when_and_by_whom_a_case_was_opened(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    finger = f"right-index={SAMPLE / '101_1.png'}"
    assert sws(capsys, "enrol", *PERSON, "--new-household", "--finger", finger)[0] == 0
    code, out, err = sws(capsys, "enrol", *PERSON, "--new-household", "--finger", finger)
    assert code == 3, err
    code, out, err = sws(capsys, "adjudication", "list")
    assert code == 0, err
    (line,) = out.splitlines()
    assert re.search(r"opened \d{4}-\d\d-\d\d \d\d:\d\d UTC by super", line), line

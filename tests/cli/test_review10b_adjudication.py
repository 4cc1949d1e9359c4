"""A possible duplicate as the clerk and a script read it: the candidate by name, not a bare
person id, and when each case was opened with its zone."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.station.test_cli import PERSON, home, sws  # noqa: F401 - the CLI fixture

SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "fingerprints" / "sample"
OTHER = ["--local-name", "ចាន់ សុភា", "--latin-name", "Chan Sophea", "--sex", "F",
         *PERSON[6:]]


def _duplicate(capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """Enrol Sok Dara, then the same finger under another name; the first person's id and
    the second enrolment's output."""
    finger = f"right-index={SAMPLE / '101_1.png'}"
    code, out, err = sws(capsys, "enrol", *PERSON, "--new-household", "--finger", finger)
    assert code == 0, err
    first = out.strip()
    code, out, err = sws(capsys, "enrol", *OTHER, "--new-household", "--finger", finger)
    assert code == 3, err
    return first, out


def test_adjudication_list_json_says_created_at_is_utc(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    _duplicate(capsys)
    code, out, err = sws(capsys, "adjudication", "list", "--json")
    assert code == 0, err
    (case,) = json.loads(out)
    opened = datetime.fromisoformat(case["created_at"])
    # a script reads it as UTC, not as the computer's local time
    assert opened.utcoffset() == timedelta(0), case
    assert case["created_at"].endswith("Z")  # as the centre's JSON writes UTC
    assert abs((datetime.now(UTC) - opened).total_seconds()) < 24 * 3600
    code, out, err = sws(capsys, "adjudication", "list")
    assert code == 0 and " UTC by super" in out, out


def test_enrol_names_the_possible_duplicate(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    first, out = _duplicate(capsys)
    (_, line) = out.splitlines()
    # the clerk recognises a name and a birth date; the id stays beside them
    assert "Sok Dara" in line and "សុខ ដារា" in line and "1990-04-12" in line, line
    assert first in line
    code, out, err = sws(capsys, "enrol", *OTHER, "--new-household", "--json",
                         "--finger", f"right-index={SAMPLE / '101_1.png'}")
    assert code == 3, err
    (candidate, *_) = json.loads(out)["candidates"]
    assert (candidate["latin_name"], candidate["local_name"], candidate["birth_date"]) == \
        ("Sok Dara", "សុខ ដារា", "1990-04-12")

"""`sws operator add` with a name already taken says so before the first password is asked
for: the supervisor typed a password twice, then learned the name was taken."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.station.test_cli import home, sws  # noqa: F401 - the CLI fixture


def test_a_taken_name_is_refused_before_the_password_is_asked(
        home: Path, capsys: pytest.CaptureFixture[str],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SWS_NEW_PASSWORD", raising=False)  # it would be asked for
    code, out, err = sws(capsys, "operator", "add", "SUPER", "--role", "clerk", "--json")
    assert code == 4, err
    assert json.loads(out)["kind"] == "OperatorExists", out


def test_operator_list_says_its_times_are_utc(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    code, out, err = sws(capsys, "operator", "list", "--json")
    assert code == 0, err
    (me,) = json.loads(out)
    # a script reads them as UTC, not as the computer's local time (as adjudication list)
    assert me["created_at"].endswith("Z") and me["last_login_at"].endswith("Z"), me
    assert me["disabled_at"] is None
    code, out, err = sws(capsys, "operator", "list")
    assert code == 0, err
    assert " UTC" in out.splitlines()[1], out

"""The third day at the counter, on the command line: defects the testers noted, each found by
running `sws` from a fresh home as a clerk, a supervisor or an auditor would. Each test asserts
what they see: one plain line, the exit code `sws --help` documents, nothing half-written.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests._cli import sws as _sws
from tests.station.helpers import PASSWORD


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh station home (``sws init``), the supervisor ``super`` signed in by environment."""
    home = tmp_path / "home"
    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE", "SWS_REVOCATION_LIST",
                 "SWS_TRUST_ANCHORS", "SWS_STATION_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SWS_HOME", str(home))
    monkeypatch.setenv("SWS_OPERATOR", "super")
    monkeypatch.setenv("SWS_PASSWORD", PASSWORD)
    monkeypatch.setenv("SWS_BUSY_TIMEOUT_MS", "300")
    from station.cli import main

    assert main(["init", "--username", "super", "--password", PASSWORD]) == 0
    return home


def _sql(home: Path, statement: str) -> None:
    with sqlite3.connect(home / "registry.sqlite3") as db:
        db.execute(statement)


# -- the audit log listing a tampered chain ------------------------------------------------------


def test_the_audit_log_says_when_its_chain_is_broken(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws audit log` listed an altered log as if it were whole (exit 0): an auditor reading
    the listing, not running `sws db check`, took it as evidence. Now the first and the last
    line name the first broken event, the exit code is 5 (integrity failure) and the JSON
    says so in its fields; an intact log lists as before."""
    assert _sws(capsys, "operator", "add", "clerk2", "--full-name", "Chan Clerk",
                "--role", "clerk", "--new-password", "longenough-pass2")[0] == 0
    code, out, _ = _sws(capsys, "audit", "log")
    assert code == 0 and "BROKEN" not in out
    code, out, _ = _sws(capsys, "audit", "log", "--json")
    assert code == 0 and len(json.loads(out)) == 2

    _sql(home, "UPDATE audit_event SET subject_id = 'someone else' WHERE seq = 1")
    code, out, err = _sws(capsys, "audit", "log")
    lines = out.splitlines()
    assert code == 5, out
    assert lines[0] == lines[-1] == ("AUDIT CHAIN BROKEN: audit chain broken at event 1: its "
                                     "content was altered")
    assert len(lines) == 4  # the warning, both events (still shown: evidence), the warning
    assert err.strip() == "sws: error: audit chain broken at event 1: its content was altered"
    code, out, _ = _sws(capsys, "audit", "log", "--json")
    data = json.loads(out)
    assert code == 5
    assert (data["exit_code"], data["kind"], data["broken_at"]) == (5, "AuditChainBroken", 1)
    assert data["error"] == "audit chain broken at event 1: its content was altered"
    assert [e["seq"] for e in data["events"]] == [2, 1]
    code, out, err = _sws(capsys, "audit", "log", "--format", "csv")
    assert code == 5 and out.startswith("seq,at_utc")  # the CSV stays a CSV; stderr says it
    assert "audit chain broken at event 1" in err

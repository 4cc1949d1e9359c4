"""`sws operator add`: a new account's first password need not be typed on the command line,
where every user of the computer reads it (ps, shell history)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery staple 42"
FIRST = "first words 0042"


def _sws(home: Path, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    keep = {k: v for k, v in os.environ.items()
            if not k.startswith("SWS_") or k == "SWS_BUSY_TIMEOUT_MS"}
    return subprocess.run([sys.executable, "-m", "station.cli", *argv], cwd=REPO,
                          env={**keep, "PYTHONPATH": str(REPO), "SWS_HOME": str(home), **env},
                          capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def test_add_takes_the_first_password_from_the_environment(tmp_path: Path) -> None:
    made = _sws(tmp_path, "init", "--username", "super", "--password", PASSWORD)
    assert made.returncode == 0, made.stderr
    boss = {"SWS_OPERATOR": "super", "SWS_PASSWORD": PASSWORD}
    added = _sws(tmp_path, "operator", "add", "clerk2", "--role", "clerk", **boss,
                 SWS_NEW_PASSWORD=FIRST)
    assert added.returncode == 0, added.stderr
    assert FIRST not in added.stdout + added.stderr
    # the password works, and its owner must choose their own
    first = _sws(tmp_path, "audit", "log", SWS_OPERATOR="clerk2", SWS_PASSWORD=FIRST)
    assert "change your password first" in first.stderr, first.stderr
    # neither given nor a terminal to ask in: one line, exit 4, no account made
    none = _sws(tmp_path, "operator", "add", "clerk3", **boss)
    assert none.returncode == 4
    (line,) = none.stderr.splitlines()
    assert "SWS_NEW_PASSWORD" in line
    listed = _sws(tmp_path, "operator", "list", **boss)
    assert "clerk3" not in listed.stdout

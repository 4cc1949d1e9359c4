"""The fifth day at the counter, on the command line: what a clerk, a supervisor or an office
manager met running `sws` on a busy day, each asserted as they see it (one plain line, the
exit code `sws --help` documents, nothing lost)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.station.test_third_day_ops import _in_read_only, _snapshot, read_only

__all__ = ["read_only"]  # the fixture, shared with the third day's tests


# -- signing in to a read-only home ---------------------------------------------------------


def test_signing_in_to_a_read_only_home_reads_and_says_so_once(read_only: Path) -> None:
    """A backup mounted read-only for an audit: every command that signs in failed with "the
    station's home is read-only" because the sign-in writes the operator's last sign-in time,
    so nobody could even list the accounts. Now the sign-in reads only: the command works and
    one note (after its output) says the home is read-only; a write is still refused in one
    line (no note beside it); a wrong password is still refused; nothing is written."""
    home = read_only
    before = _snapshot(home)
    listed = _in_read_only(home, "operator", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [row["username"] for row in json.loads(listed.stdout)] == ["super"]
    assert listed.stderr == (f"sws: note: the station's home is read-only: {home}; signed in "
                             "to read only (nothing can be recorded here)\n")
    log = _in_read_only(home, "audit", "log")
    assert log.returncode == 0, log.stderr
    assert log.stderr.count("read-only") == 1
    write = _in_read_only(home, "operator", "add", "clerk2", "--full-name", "Chan Clerk",
                          "--role", "clerk", "--new-password", "longenough-pass2")
    assert write.returncode == 4
    assert write.stderr.startswith(f"sws: error: the station's home is read-only: {home} ")
    assert len(write.stderr.splitlines()) == 1
    wrong = _in_read_only(home, "operator", "list", "--password", "not-the-password")
    assert wrong.returncode == 4
    assert wrong.stderr == "sws: error: wrong user name or password\n"
    assert _snapshot(home) == before

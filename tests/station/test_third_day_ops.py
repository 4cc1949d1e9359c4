"""The third day at the counter, on the command line: defects the testers noted, each found by
running `sws` from a fresh home as a clerk, a supervisor or an auditor would. Each test asserts
what they see: one plain line, the exit code `sws --help` documents, nothing half-written.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fixtures.fingerprints import sample_images
from tests._cli import sws as _sws
from tests._shared import REPO
from tests.station.helpers import PASSWORD, init_home

PERSON = ["--local-name", "សុខ ដារា", "--latin-name", "Sok Dara", "--sex", "F",
          "--born", "1990-04-12", "--province", "12", "--district", "1204",
          "--commune", "120401", "--village", "12040103",
          "--consent", "self"]
#: Root ignores file modes: a read-only bind mount in a private mount namespace stands in for
#: `chmod -R a-w` (both make open(2) and access(2) refuse to write).
READ_ONLY_MOUNT = ('mount --bind -o ro "$1" "$1" && mount -o remount,bind,ro "$1" && shift '
                   '&& exec "$@"')


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh station home (``sws init``), the supervisor ``super`` signed in by environment."""
    return init_home(monkeypatch, tmp_path / "home")


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


# -- a read-only home ----------------------------------------------------------------------------


def _in_read_only(home: Path, *argv: str, mount: bool = True
                  ) -> subprocess.CompletedProcess[str]:
    """``sws ARGV`` in a fresh process; for root (whom file modes do not stop) ``home`` is
    mounted read-only in the process's own mount namespace unless ``mount`` is false."""
    env = {**os.environ, "SWS_HOME": str(home), "PYTHONPATH": os.pathsep.join(
        [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])])}
    command = [sys.executable, "-m", "station.cli", *argv]
    if os.geteuid() == 0 and mount:
        command = ["unshare", "-m", "sh", "-c", READ_ONLY_MOUNT, "sh", str(home), *command]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120,
                          check=False)


@pytest.fixture
def read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A home made by `sws init` in its own process (closed as a clerk's would be: no SQLite
    -wal/-shm files left), then made read-only: chmod, or for root a read-only mount that
    :func:`_in_read_only` makes in the command's own mount namespace."""
    home = tmp_path / "home"
    monkeypatch.setenv("SWS_OPERATOR", "super")
    monkeypatch.setenv("SWS_PASSWORD", PASSWORD)
    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE", "SWS_STATION_ID"):
        monkeypatch.delenv(name, raising=False)
    made = _in_read_only(home, "init", "--username", "super", "--password", PASSWORD,
                         mount=False)
    assert made.returncode == 0, made.stderr
    if os.geteuid() == 0:
        probe = _in_read_only(home, "--help")
        if probe.returncode != 0:
            pytest.skip("root without mount namespaces: cannot make the home read-only")
        yield home
        return
    modes = {p: p.stat().st_mode for p in [home, *home.rglob("*")]}
    for path in modes:
        path.chmod(modes[path] & ~0o222)
    try:
        yield home
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def _snapshot(home: Path) -> dict[str, str]:
    return {str(p.relative_to(home)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(home.rglob("*")) if p.is_file()}


def test_a_read_only_home_is_named_in_one_line(read_only: Path, tmp_path: Path) -> None:
    """With the home made read-only, `sws enrol` and the other commands failed with "cannot
    open the registry at sqlite:///..." (or SQLite's "attempt to write a readonly database"):
    neither the cause nor what to do. Now one line names the read-only home, exit 4 (a
    read-only registry, as `sws --help` lists), JSON with --json, and nothing is written;
    what only reads (a report written elsewhere, `sws db check`) works from there."""
    home = read_only
    before = _snapshot(home)
    finger = f"right-index={sample_images()[(101, 1)]}"
    expected = f"sws: error: the station's home is read-only: {home} "
    runs = [_in_read_only(home, "enrol", *PERSON, "--new-household", "--finger", finger),
            _in_read_only(home, "operator", "add", "clerk2", "--full-name", "Chan Clerk",
                          "--role", "clerk", "--new-password", "longenough-pass2")]
    for run in runs:
        assert run.returncode == 4, run.stderr
        assert run.stderr.startswith(expected), run.stderr
        assert len(run.stderr.splitlines()) == 1 and "Traceback" not in run.stderr
    as_json = _in_read_only(home, "operator", "add", "clerk3", "--full-name", "Chan Clerk",
                            "--role", "clerk", "--new-password", "longenough-pass2", "--json")
    assert as_json.returncode == 4
    assert json.loads(as_json.stdout)["kind"] == "ReadOnlyHome"
    report = _in_read_only(home, "report", "coverage", "-o", str(tmp_path / "coverage.json"))
    assert report.returncode == 0, report.stderr
    assert json.loads((tmp_path / "coverage.json").read_text())["report"] == "coverage"
    check = _in_read_only(home, "db", "check", "--json")
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout)["audit_events"] == 1
    assert _snapshot(home) == before


# -- operators ----------------------------------------------------------------------------------


def test_an_operator_name_differing_only_in_capitals_is_the_same_name(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws operator add Sokha` beside an existing `sokha` made a second account: the list
    showed two "sokha"s, each with its own password and role, and the audit trail two people
    an auditor cannot tell apart. The name is refused like an exact repeat."""
    add = ("--full-name", "Sok Ha", "--role", "clerk", "--new-password", "longenough-pass2")
    assert _sws(capsys, "operator", "add", "sokha", *add)[0] == 0
    code, out, _ = _sws(capsys, "operator", "add", "Sokha", *add, "--json")
    assert code == 4, out
    assert json.loads(out)["error"] == "an operator named 'sokha' already exists"
    code, out, _ = _sws(capsys, "operator", "list", "--json")
    assert sorted(row["username"] for row in json.loads(out)) == ["sokha", "super"]


# -- reports for an area --------------------------------------------------------------------------


def test_a_report_for_an_area_nobody_knows_is_refused_not_a_report_of_zeros(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws report coverage --district 9999` (a typo) or `--district 120301` (a commune's code
    given as a district) printed a report of zeros, exit 0: a commune's coverage reported as
    nil. A code that neither the list of places nor the registry knows is refused, and a code
    of another level says which option it belongs to."""
    code, out, _ = _sws(capsys, "report", "coverage", "--district", "9999", "--json")
    assert code == 4, out
    assert json.loads(out)["error"] == (
        "no district has the code 9999: neither the list of places nor the registry knows it "
        "(find codes with `sws places NAME`)")
    code, out, _ = _sws(capsys, "report", "coverage", "--district", "120301", "--json")
    assert code == 4, out
    assert json.loads(out)["error"] == (
        "120301 is the commune Batheay, not a district: use --commune 120301")
    code, out, _ = _sws(capsys, "report", "coverage", "--district", "1203", "--json")
    assert code == 0 and json.loads(out)["area"] == "district Batheay (1203)"


# -- a home that was never initialised ------------------------------------------------------------


def test_a_home_never_initialised_says_run_sws_init(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """On a home where `sws init` never ran (a mistyped SWS_HOME), `sws audit log` printed a
    traceback ("no such table") and `sws operator list` said "wrong user name or password":
    the clerk retyped the password, then got locked out of nothing. Both say what to do."""
    monkeypatch.setenv("SWS_HOME", str(tmp_path / "typo"))
    monkeypatch.setenv("SWS_OPERATOR", "super")
    monkeypatch.setenv("SWS_PASSWORD", PASSWORD)
    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE", "SWS_STATION_ID"):
        monkeypatch.delenv(name, raising=False)
    for argv in (("audit", "log"), ("operator", "list"), ("grievance", "open", "--category",
                 "card", "--description", "lost")):
        code, out, err = _sws(capsys, *argv, "--json")
        assert code == 4, (argv, out, err)
        assert json.loads(out)["kind"] == "NotInitialised", argv
        assert err.strip().endswith("run `sws init` first"), argv
        assert "Traceback" not in err


# -- enrolment ----------------------------------------------------------------------------------


def test_two_numbers_for_one_id_scheme_are_refused_not_one_dropped(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws enrol ... --other-id nid=1 --other-id nid=2` kept only "nid=2": the first number
    the clerk typed was lost without a word. Both are shown back and nothing is written; the
    same number given twice is harmless."""
    finger = f"right-index={sample_images()[(101, 1)]}"
    code, out, err = _sws(capsys, "enrol", *PERSON, "--new-household", "--finger", finger,
                          "--other-id", "nid=1", "--other-id", "nid=2", "--json")
    assert code == 4, out
    assert json.loads(out)["error"] == (
        "--other-id nid is given twice, with different numbers (1, 2): give each kind of "
        "id once")
    with sqlite3.connect(home / "registry.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM person").fetchone() == (0,)
    code, out, err = _sws(capsys, "enrol", *PERSON, "--new-household", "--finger", finger,
                          "--other-id", "nid=7", "--other-id", "nid=7")
    assert code == 0, err
    code, out, _ = _sws(capsys, "person", "show", out.strip(), "--json")
    assert json.loads(out)["other_ids"] == {"nid": "7"}


# -- households ---------------------------------------------------------------------------------


def test_a_household_shows_its_deceased_member_and_their_history(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """After a member's death was recorded, `sws household show` listed the household as if
    that person had never been in it: the member and every membership they held (ended on
    the date of death) were gone from the clerk's screen. They are shown, marked deceased."""
    assert _sws(capsys, "demo", "populate", "--households", "3", "--seed", "4")[0] == 0
    with sqlite3.connect(home / "registry.sqlite3") as db:
        household, person = db.execute(
            "SELECT p.household_id, p.id FROM person p JOIN programme_membership m "
            "ON m.person_id = p.id WHERE p.relation_to_head != 'head' "
            "ORDER BY p.id LIMIT 1").fetchone()
        held = db.execute("SELECT count(*) FROM programme_membership WHERE person_id = ?",
                          (person,)).fetchone()[0]
    code, _, err = _sws(capsys, "person", "death", person, "--on", "2026-11-01",
                        "--source", "death certificate 12/2026")
    assert code == 0, err
    code, out, _ = _sws(capsys, "household", "show", household, "--json")
    data = json.loads(out)
    assert code == 0
    assert person not in [m["person_id"] for m in data["members"]]  # the living, as before
    assert [(m["person_id"], m["died_on"]) for m in data["deceased_members"]] == [
        (person, "2026-11-01")]
    assert len([h for h in data["memberships"] if h["person_id"] == person]) == held
    code, out, _ = _sws(capsys, "household", "show", household)
    assert f"  {person}  " in out and "DECEASED on 2026-11-01" in out


def test_init_in_a_read_only_home_names_it(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """`sws init` in an empty read-only folder said "cannot use .../registry.sqlite3:
    Read-only file system" (or "Permission denied"): the same one line as every other
    command now, and nothing is made there."""
    home = tmp_path / "empty"
    home.mkdir()
    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE", "SWS_STATION_ID"):
        monkeypatch.delenv(name, raising=False)
    if os.geteuid() == 0 and _in_read_only(home, "--help").returncode != 0:
        pytest.skip("root without mount namespaces: cannot make the home read-only")
    if os.geteuid() != 0:
        home.chmod(0o555)
    try:
        run = _in_read_only(home, "init", "--username", "super", "--password", PASSWORD)
    finally:
        home.chmod(0o755)
    assert run.returncode == 4, run.stderr
    assert run.stderr.startswith(f"sws: error: the station's home is read-only: {home} ")
    assert list(home.iterdir()) == []


# -- adjudication -------------------------------------------------------------------------------


def test_the_same_applicant_sent_again_reopens_their_pending_case(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws enrol` run again for the same applicant and the same captures (a retry after the
    answer scrolled away, a double click) opened a second adjudication case; a supervisor
    approving both as "not a duplicate" registered the person twice. While a case for that
    applicant and those images waits, it is the answer again; a new capture is a new case."""
    images = sample_images()
    first = _sws(capsys, "enrol", *PERSON, "--new-household", "--finger",
                 f"right-index={images[(101, 1)]}", "--json")
    assert first[0] == 0, first[2]
    applicant = ["--local-name", "ដារា", "--latin-name", "Dara Sok", "--sex", "M",
                 "--born", "1988-01-02", "--province", "12", "--district", "1204",
                 "--commune", "120401", "--village", "12040103", "--new-household"]
    again = [_sws(capsys, "enrol", "--consent", "self",
                  *applicant, "--finger", f"right-index={images[(101, 2)]}",
                  "--json") for _ in range(2)]
    assert [code for code, _, _ in again] == [3, 3]
    cases = {json.loads(out)["adjudication_id"] for _, out, _ in again}
    assert len(cases) == 1
    code, out, _ = _sws(capsys, "adjudication", "list", "--json")
    assert code == 0
    assert len(json.loads(out)) == 1
    other = _sws(capsys, "enrol", "--consent", "self",
                 *applicant, "--finger", f"right-index={images[(101, 3)]}",
                 "--json")
    assert other[0] == 3 and json.loads(other[1])["adjudication_id"] not in cases

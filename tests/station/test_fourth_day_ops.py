"""The fourth day at the counter: defects the testers noted, each reproduced with `sws` from a
fresh home (``sws init``) and asserted as the user sees it: one plain line, the documented exit
code, nothing replaced or made behind their back.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from station.config import load_settings
from station.model.backup import restore_backup
from tests._cli import sws as _sws
from tests.station.helpers import NOW, PASSWORD, init_home


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh station home (``sws init``), the supervisor ``super`` signed in by environment."""
    return init_home(monkeypatch, tmp_path / "home")


# -- 1. two backups within one minute ------------------------------------------------------------


def test_two_backups_into_one_folder_in_the_same_minute_are_two_files(
        home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Two `sws db backup USB` within one minute shared one name (minutes only) and the
    second, under another passphrase, silently replaced the first: the first passphrase no
    longer opened anything. Now each backup gets a name of its own and both restore."""
    usb = tmp_path / "usb"
    usb.mkdir()
    made = []
    for passphrase in ("first long passphrase", "second long passphrase"):
        monkeypatch.setenv("SWS_BACKUP_PASSPHRASE", passphrase)
        code, out, err = _sws(capsys, "db", "backup", str(usb), "--json")
        assert code == 0, err
        made.append(Path(json.loads(out)["path"]))
    assert made[0] != made[1]
    assert sorted(usb.glob("sws-backup-*.swsbak")) == sorted(made)
    for n, (path, passphrase) in enumerate(zip(made, ("first long passphrase",
                                                      "second long passphrase"), strict=True)):
        place = load_settings({"SWS_HOME": str(tmp_path / f"laptop-{n}")})
        assert restore_backup(place, path, passphrase, now=NOW).station_id


def test_a_named_backup_file_that_exists_is_refused_unless_forced(
        home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`sws db backup FILE` replaced an existing backup FILE without a word. Now it is
    refused (exit 4, one line naming --force) and left as it was; --force replaces it."""
    monkeypatch.setenv("SWS_BACKUP_PASSPHRASE", "first long passphrase")
    target = tmp_path / "monday.swsbak"
    assert _sws(capsys, "db", "backup", str(target))[0] == 0
    first = target.read_bytes()
    monkeypatch.setenv("SWS_BACKUP_PASSPHRASE", "second long passphrase")
    code, out, err = _sws(capsys, "db", "backup", str(target))
    assert code == 4 and out == ""
    assert err == (f"sws: error: {target} exists already; choose another name, or pass "
                   "--force to replace that backup\n")
    assert target.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    code, _, err = _sws(capsys, "db", "backup", str(target), "--force")
    assert code == 0, err
    assert target.read_bytes() != first
    place = load_settings({"SWS_HOME": str(tmp_path / "laptop")})
    assert restore_backup(place, target, "second long passphrase", now=NOW).station_id


# -- 3. a mistyped SWS_HOME ----------------------------------------------------------------------


def test_a_mistyped_home_is_refused_by_every_command_and_nothing_is_made(
        home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """With SWS_HOME mistyped, `sws person show ID` said "not found" and `sws adjudication
    list` "no cases" (exit 0): the clerk took the station for empty, and a new folder with an
    empty registry appeared. Now every command that uses the station says to run `sws init`
    (exit 4) and makes nothing; `sws init` itself still makes the station there."""
    typo = tmp_path / "hme"
    monkeypatch.setenv("SWS_HOME", str(typo))
    someone = "0f8fad5b-d9cb-469f-a165-70867728950e"
    for argv in (("person", "show", someone), ("adjudication", "list"), ("db", "check"),
                 ("audit", "log"), ("places", "kang"), ("report", "coverage"),
                 ("sync",), ("operator", "list"), ("db", "backup", str(tmp_path))):
        code, out, err = _sws(capsys, *argv, "--json")
        assert code == 4, (argv, out, err)
        assert json.loads(out)["kind"] == "NotInitialised", argv
        init = "sws init --central URL" if argv == ("sync",) else "sws init"
        assert err == (f"sws: error: no station at {typo} (SWS_HOME={typo}): check SWS_HOME, "
                       f"or run `{init}` first\n"), argv
        assert not typo.exists(), argv
    # the station that was initialised answers as before
    monkeypatch.setenv("SWS_HOME", str(home))
    code, out, _ = _sws(capsys, "adjudication", "list")
    assert (code, out) == (0, "no cases\n")
    monkeypatch.setenv("SWS_HOME", str(typo))
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD)[0] == 0
    assert _sws(capsys, "adjudication", "list")[:2] == (0, "no cases\n")


def test_an_empty_registry_file_is_not_taken_for_a_station(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A registry file left empty (made by an older `sws` on a mistyped home) answered "no
    cases" too; it now says to run `sws init`, and is left as it was."""
    typo = tmp_path / "typo"
    typo.mkdir()
    (typo / "registry.sqlite3").write_bytes(b"")
    monkeypatch.setenv("SWS_HOME", str(typo))
    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE", "SWS_STATION_ID"):
        monkeypatch.delenv(name, raising=False)
    code, _, err = _sws(capsys, "adjudication", "list")
    assert code == 4
    assert err == (f"sws: error: the registry at {typo / 'registry.sqlite3'} is empty: check "
                   "SWS_HOME, or run `sws init` first\n")
    assert sorted(p.name for p in typo.iterdir()) == ["registry.sqlite3"]
    assert (typo / "registry.sqlite3").read_bytes() == b""

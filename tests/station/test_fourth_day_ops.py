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
from tests.station.helpers import NOW, PASSWORD


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

"""`sws central serve --key` where a new key would be wrong: stations registered with the
centre hold its public key (they seal every record to it), so a missing key is not made anew
for them; and a key file other users of the computer can read is refused, as ssh refuses one.
Both used to start the service: with a fresh key no station's records would open, with an
open key file anybody on the computer could open every template delivered."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.central.database import serving_engine
from sync.keys import load_or_create_central_key
from tests.sync._support import central_with_station
from tests.sync.conftest import REPO, free_port


def _serve(db_url: str, key: Path) -> subprocess.CompletedProcess[str]:
    """`sws central serve` as an operator starts it; one that starts serving is stopped and
    fails the test (a refusal ends at once)."""
    env = {k: v for k, v in os.environ.items() if k != "SWS_CENTRAL_ADMIN_TOKEN"}
    argv = [sys.executable, "-m", "station.cli", "central", "serve", "--db", db_url,
            "--port", str(free_port()), "--key", str(key)]
    with subprocess.Popen(argv, cwd=REPO, env={**env, "PYTHONPATH": str(REPO)},
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as run:
        try:
            out, err = run.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            run.kill()
            out, err = run.communicate()
            pytest.fail(f"serve started instead of refusing: {err}")
    return subprocess.CompletedProcess(argv, run.returncode, out, err)


def test_a_missing_key_is_not_made_for_a_registry_that_has_stations(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    engine = serving_engine(db_url)
    central_with_station(engine, Ed25519PrivateKey.generate(), "st-only")  # no record yet
    engine.dispose()
    mistyped = tmp_path / "elsewhere" / "central-key.pem"
    served = _serve(db_url, mistyped)
    assert served.returncode == 4, served.stderr
    (line,) = served.stderr.splitlines()
    assert str(mistyped) in line and "--key" in line and "station" in line, line
    assert not mistyped.exists() and not mistyped.parent.exists()


def test_a_key_file_other_users_can_read_is_refused(tmp_path: Path) -> None:
    key = tmp_path / "central-key.pem"
    load_or_create_central_key(key)
    key.chmod(0o644)
    served = _serve(f"sqlite:///{tmp_path / 'central.sqlite3'}", key)
    assert served.returncode == 4, served.stderr
    (line,) = served.stderr.splitlines()
    assert str(key) in line and "chmod 600" in line, line
    assert not (tmp_path / "central.sqlite3").exists()  # refused before anything was made


def test_a_new_registry_still_gets_its_key(tmp_path: Path) -> None:
    """The check refuses only what would be wrong: a registry with no station yet (its
    operators set up first) takes a key made now."""
    db_url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    engine = serving_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(sa.text("select count(*) from stations")).scalar() == 0
    engine.dispose()
    from sync.central.cli import _in_use

    assert not _in_use(db_url)
    assert not _in_use(f"sqlite:///{tmp_path / 'none.sqlite3'}")


def test_import_superseded_refuses_an_open_key_file_too(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from sync.central.cli import main

    monkeypatch.setenv("SWS_CENTRAL_ADMIN_TOKEN", "swsop_" + "t" * 40)
    key = tmp_path / "central-key.pem"
    load_or_create_central_key(key)
    key.chmod(0o640)
    undelivered = tmp_path / "old-laptop.sws"
    undelivered.write_bytes(b"not read: the key is refused first")
    code = main(["import-superseded", str(undelivered), "--key", str(key), "--db",
                 f"sqlite:///{tmp_path / 'central.sqlite3'}", "--operator", "ana",
                 "--reason", "stolen laptop found"])
    (line,) = capsys.readouterr().err.splitlines()
    assert code == 4 and "chmod 600" in line, line


def test_a_key_path_that_is_a_folder_is_said_as_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sync.central.cli import main

    folder = tmp_path / "keys"
    folder.mkdir(mode=0o755)
    code = main(["serve", "--key", str(folder), "--port", str(free_port()), "--db",
                 f"sqlite:///{tmp_path / 'central.sqlite3'}"])
    (line,) = capsys.readouterr().err.splitlines()
    assert code == 4 and "folder" in line and "chmod" not in line, line

"""A station restored from a backup older than what it had delivered goes on syncing: it
announces the restore and records past what the centre holds, instead of being suspended as
a clone; the installation it replaced, if it comes back, is suspended at once.

Real processes: the central server on a real PostgreSQL, the station's own `sws` commands
(init, grievances, sync, a real encrypted backup and restore).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests._cli import sws as _sws
from tests.station.helpers import PASSWORD, use_home
from tests.sync.conftest import REPO, CentralProcess

PASSPHRASE = "a long backup passphrase"


def _grievances(capsys: pytest.CaptureFixture[str], n: int) -> None:
    """``n`` records at the station in use, each queued for the centre (real `sws`)."""
    for number in range(n):
        code, _, err = _sws(capsys, "grievance", "open", "--category", "fraud",
                            "--description", f"someone sells cards ({number})")
        assert code == 0, err


def _stats(db_url: str, *, as_json: bool = True) -> Any:
    done = subprocess.run([sys.executable, "-m", "sync.central", "stats", "--db", db_url,
                           *(["--json"] if as_json else [])], cwd=REPO, capture_output=True,
                          text=True, timeout=120, check=True)
    return json.loads(done.stdout) if as_json else done.stdout


def _home(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    use_home(monkeypatch, home)
    monkeypatch.setenv("SWS_BACKUP_PASSPHRASE", PASSPHRASE)


@pytest.mark.postgres
def test_a_station_restored_from_an_older_backup_announces_itself_and_is_not_a_clone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    new_database_url: Callable[[], str], central_factory: Callable[..., CentralProcess],
) -> None:
    db_url = new_database_url()
    central = central_factory(db_url)
    old, new, usb = tmp_path / "old-laptop", tmp_path / "new-laptop", tmp_path / "usb"
    usb.mkdir()
    _home(monkeypatch, old)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", central.url)[0] == 0
    _grievances(capsys, 2)
    assert _sws(capsys, "sync")[0] == 0
    code, _, err = _sws(capsys, "db", "backup", f"{usb}/")
    assert code == 0, err
    (backup,) = usb.glob("*.swsbak")
    _grievances(capsys, 3)  # recorded and delivered after the backup: positions 3 to 5
    assert _sws(capsys, "sync")[0] == 0

    # The old laptop's disk dies; a new one is restored from the (older) backup and records
    # two things before its first sync.
    _home(monkeypatch, new)
    code, out, err = _sws(capsys, "db", "restore", str(backup))
    assert code == 0, err
    assert "after telling the centre of this restore" in out
    _grievances(capsys, 2)
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 0, err
    answer = json.loads(out)
    assert answer["station_status"] == "active" and answer["pending"] == 0

    figures = _stats(db_url)
    assert figures["clones_suspected"] == 0 and figures["stations_suspended"] == []
    # every record of both laptops once (2 + 3 before the restore, 2 after) and the restore
    assert figures["packets"] == 2 + 3 + 1 + 2
    (restore,) = figures["stations_restored"]
    assert (restore["backup_position"], restore["floor"]) == (2, 5)
    text = _stats(db_url, as_json=False)
    assert f"station {restore['station_id']} restored from a backup" in text
    # the station's own audit trail says so, under the same epoch
    code, out, _ = _sws(capsys, "audit", "log", "--action", "registry.restore", "--json")
    assert code == 0 and restore["epoch"] in out
    # a second sync sends nothing again, and the station goes on as usual
    _grievances(capsys, 1)
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 0, err
    assert json.loads(out)["sent"] == 1
    assert _stats(db_url)["stations_suspended"] == []

    # The old laptop comes back to life (or was copied) and records: two live installations.
    _home(monkeypatch, old)
    _grievances(capsys, 1)
    _sws(capsys, "sync")
    (held,) = _stats(db_url)["stations_suspended"]
    assert held["station_id"] == restore["station_id"]
    assert f"before restore {restore['epoch']}" in held["reason"]
    # both installations are told their records wait
    for home in (old, new):
        _home(monkeypatch, home)
        _grievances(capsys, 1)
        code, _, err = _sws(capsys, "sync")
        assert code == 4 and "suspended this station" in err


def _window_round(home: Path) -> Any:
    """One round of the window's background sync worker at ``home`` (as the window wires it:
    ``station.model.ui_services.start_sync_worker``, without its thread)."""
    import random
    from datetime import UTC, datetime

    from station.config import load_settings
    from station.model.central_link import load_link, station_key
    from station.model.station import Station
    from station.registry.base import OUTBOX
    from sync.client import CentralClient
    from sync.keys import central_public_key, unb64
    from sync.revocations import FILE_NAME
    from sync.uploader import StationIdentity, Uploader
    from sync.worker import SyncWorker

    station = Station(load_settings({"SWS_HOME": str(home)}))
    try:
        link = load_link(station.settings)
        identity = StationIdentity(link.station_id, station_key(station.settings),
                                   central_public_key(unb64(link.central_public_key_b64)))
        uploader = Uploader(station.engine, OUTBOX, identity, CentralClient(link.url),
                            station.unseal_outbox, rng=random.Random(3))
        worker = SyncWorker(uploader, lambda: datetime.now(UTC),
                            revocations_file=station.settings.config_dir / FILE_NAME)
        return worker.run_round()
    finally:
        station.close()


@pytest.mark.slow
def test_one_backup_restored_on_two_laptops_is_two_installations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    central_factory: Callable[..., CentralProcess],
) -> None:
    """A copied home cannot hide behind the restore mechanism: the same backup restored on
    the office's new laptop and on another one (a copy taken away) both announce a restore;
    the later announcement supersedes the earlier, whose next record suspends the station."""
    db_url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    central = central_factory(db_url)
    old, office, copy = (tmp_path / name for name in ("old-laptop", "office", "copy"))
    usb = tmp_path / "usb"
    usb.mkdir()
    _home(monkeypatch, old)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", central.url)[0] == 0
    _grievances(capsys, 2)
    assert _sws(capsys, "sync")[0] == 0
    assert _sws(capsys, "db", "backup", f"{usb}/")[0] == 0
    (backup,) = usb.glob("*.swsbak")
    for home in (office, copy):
        _home(monkeypatch, home)
        code, _, err = _sws(capsys, "db", "restore", str(backup))
        assert code == 0, err

    # the office's window syncs first: its worker announces the restore, then delivers
    _home(monkeypatch, office)
    _grievances(capsys, 1)
    report = _window_round(office)
    assert (report.failed_batches, report.acknowledged, report.pending) == (0, 1, 0), report
    # the copy announces a restore of its own later: accepted, it supersedes the office's
    _home(monkeypatch, copy)
    _grievances(capsys, 1)
    code, _, err = _sws(capsys, "sync")
    assert code == 0, err
    figures = _stats(db_url)
    first, second = figures["stations_restored"]
    assert (first["floor"], second["floor"]) == (2, 4)
    assert figures["stations_suspended"] == []

    # the office records again: its epoch is not the current one, two live installations
    _home(monkeypatch, office)
    _grievances(capsys, 1)
    _window_round(office)
    (held,) = _stats(db_url)["stations_suspended"]
    assert f"before restore {second['epoch']} (its epoch: {first['epoch']})" in held["reason"]
    assert _stats(db_url)["clones_suspected"] == 1


@pytest.mark.slow
def test_a_restore_announced_below_what_another_installation_delivered_since_is_suspended(
    tmp_path: Path, central_factory: Callable[..., CentralProcess],
) -> None:
    """The restored station asked where to resume; before its announcement arrived, the
    installation it replaces delivered more: that one is alive, so the centre suspends.
    (The centre's earlier answer is replayed to the restored station after the other
    delivery: the race, made to happen every time.)"""
    import random
    import shutil
    from datetime import UTC, datetime

    from cryptography.hazmat.primitives import serialization

    from sync import restored
    from sync.client import CentralClient, register_station
    from sync.outbox import enqueue
    from sync.uploader import StationIdentity, Uploader
    from tests.sync._support import T0, make_station

    db_url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    central = central_factory(db_url)
    home = tmp_path / "station.sqlite3"
    station = make_station(home, "st-1")
    registered = register_station(central.url, station.key, "st-1",
                                  client=CentralClient(central.url))

    def queue(target: Any, *records: str) -> None:
        with target.engine.begin() as conn:
            for record in records:
                enqueue(conn, target.table, kind="service_use", record_id=record, now=T0,
                        sealed_biometrics=None, payload={"facility": "Hospital A",
                                                         "card_id": record})

    def uploader(target: Any, client: CentralClient) -> Uploader:
        return Uploader(target.engine, target.table,
                        StationIdentity("st-1", target.key, registered.central_key), client,
                        target.at_rest.unseal, rng=random.Random(1))

    clock = lambda: datetime.now(UTC)  # noqa: E731
    queue(station, "use-1", "use-2")
    assert uploader(station, CentralClient(central.url)).sync(clock).acknowledged == 2
    backup = tmp_path / "backup.sqlite3"
    shutil.copy(home, backup)
    queue(station, "use-3")
    assert uploader(station, CentralClient(central.url)).sync(clock).acknowledged == 1

    copy = make_station(backup, "st-1", key_bytes=station.key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption()))
    marker = tmp_path / "config" / restored.FILE_NAME
    marker.parent.mkdir()
    restored.save(marker, restored.mark(backup, None, backup_created_at="", now=T0))
    asked = CentralClient(central.url).position("st-1")
    assert asked is not None and asked["position"] == 3

    queue(station, "use-4")  # the old installation, alive, delivers after that answer
    assert uploader(station, CentralClient(central.url)).sync(clock).acknowledged == 1

    class Late(CentralClient):
        def position(self, station_id: str) -> dict[str, Any] | None:
            return asked

    held = restored.resume(uploader(copy, Late(central.url)), marker, clock)
    assert held is None  # the centre took the announcement, and kept it
    (suspended,) = _stats(db_url)["stations_suspended"]
    assert "announced after position 3, but the centre holds position 4: another " \
        "installation delivered since" in suspended["reason"]


def test_a_restore_of_a_backup_taken_before_its_own_restore_was_announced_keeps_moving(
    tmp_path: Path,
) -> None:
    """Restored, recorded offline, backed up, restored again: what was recorded after the
    first restore was never announced, so it must still move past the centre's position;
    once a restore was announced, everything the backup gave out is the station's own."""
    from datetime import UTC, datetime

    from sync import restored
    from sync.outbox import enqueue
    from tests.sync._support import T0, make_station

    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    station = make_station(tmp_path / "registry.sqlite3", "st-1")
    with station.engine.begin() as conn:
        for n in range(5):
            enqueue(conn, station.table, kind="service_use", record_id=f"use-{n}", now=T0,
                    sealed_biometrics=None, payload={"card_id": f"c{n}"})
    first = restored.Restore(epoch="epoch-1", restored_at="", backup_created_at="",
                             backup_position=2)
    again = restored.mark(tmp_path / "registry.sqlite3", first, backup_created_at="",
                          now=now)
    assert (again.backup_position, again.previous) == (2, "epoch-1")
    assert again.epoch not in ("", "epoch-1")
    with station.engine.begin() as conn:  # the first restore's announcement went out
        conn.execute(station.table.insert().values(
            seq=6, id="announce-1", kind=restored.KIND, record_id="epoch-1", payload=b"\xa0",
            created_at=T0.replace(tzinfo=None), state="acked", attempts=1))
    assert restored.mark(tmp_path / "registry.sqlite3", first, backup_created_at="",
                         now=now).backup_position == 6
    assert restored.mark(tmp_path / "registry.sqlite3", None, backup_created_at="",
                         now=now).backup_position == 6
    station.engine.dispose()


@pytest.mark.slow
def test_an_epoch_the_centre_never_heard_of_is_not_taken_for_a_clone(
    tmp_path: Path, central_factory: Callable[..., CentralProcess],
) -> None:
    """The centre's own database restored from before a station's announcement: that
    station's packets carry an epoch the centre does not know. That proves nothing (the
    position checks still apply): they are taken, not suspended."""
    import random
    from datetime import UTC, datetime

    from sync.client import CentralClient, register_station
    from sync.outbox import enqueue
    from sync.uploader import StationIdentity, Uploader
    from tests.sync._support import T0, make_station

    db_url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    central = central_factory(db_url)
    station = make_station(tmp_path / "station.sqlite3", "st-1")
    registered = register_station(central.url, station.key, "st-1",
                                  client=CentralClient(central.url))
    with station.engine.begin() as conn:
        for record in ("use-1", "use-2"):
            enqueue(conn, station.table, kind="service_use", record_id=record, now=T0,
                    sealed_biometrics=None, payload={"card_id": record})
    uploader = Uploader(station.engine, station.table,
                        StationIdentity("st-1", station.key, registered.central_key),
                        CentralClient(central.url), station.at_rest.unseal,
                        rng=random.Random(1))
    uploader.epoch = "an-announcement-the-centre-lost"
    assert uploader.sync(lambda: datetime.now(UTC)).acknowledged == 2
    figures = _stats(db_url)
    assert figures["stations_suspended"] == [] and figures["clones_suspected"] == 0

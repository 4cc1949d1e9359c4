"""A cloned station (a copied home: same key, same id) is noticed by the centre, flagged and held
until an operator decides, with every record of both copies kept; a station restored from a
backup that sends the same packets again is not a clone.

Real processes: the central server, and each copy's uploader in a process of its own
(``tests.sync._station_proc``) over its own copy of the outbox database.
"""

from __future__ import annotations

import ast
import json
import random
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives import serialization

from sync.central import schema as t
from sync.client import CentralClient, register_station
from sync.keys import b64, public_bytes
from sync.outbox import enqueue
from sync.uploader import StationIdentity, Uploader
from tests.sync._support import T0, Station, make_station
from tests.sync.conftest import ADMIN_TOKEN, REPO, CentralProcess


def _queue(station: Station, *records: str) -> None:
    with station.engine.begin() as conn:
        for record in records:
            enqueue(conn, station.table, kind="service_use", record_id=record, now=T0,
                    sealed_biometrics=None, payload={"facility": "Hospital A",
                                                     "card_id": record})


def _sync(station: Station, db: Path, url: str, central_key: str) -> dict[str, Any]:
    """One `sync` by an uploader process working on the outbox file ``db``."""
    key = station.key.private_bytes(serialization.Encoding.Raw,
                                    serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption()).hex()
    done = subprocess.run([sys.executable, "-m", "tests.sync._station_proc", str(db),
                           station.station_id, key, central_key, url, T0.isoformat()],
                          cwd=REPO, capture_output=True, text=True, timeout=120, check=True)
    report: dict[str, Any] = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    return report


def _stats(db_url: str, *, as_json: bool = True) -> Any:
    done = subprocess.run([sys.executable, "-m", "sync.central", "stats", "--db", db_url,
                           *(["--json"] if as_json else [])], cwd=REPO, capture_output=True,
                          text=True, timeout=120, check=True)
    return json.loads(done.stdout) if as_json else done.stdout


@pytest.mark.slow
def test_a_copied_station_is_suspended_and_both_copies_records_are_kept(
    tmp_path: Path, central_factory: Callable[..., CentralProcess],
) -> None:
    db_url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    central = central_factory(db_url)
    home = tmp_path / "station.sqlite3"
    station = make_station(home, "st-1")
    registered = register_station(central.url, station.key, "st-1",
                                  client=CentralClient(central.url))
    central_key = b64(public_bytes(registered.central_key))
    _queue(station, *(f"use-{n}" for n in range(5)))
    backup = tmp_path / "backup.sqlite3"
    shutil.copy(home, backup)  # a backup taken before those five were delivered
    assert _sync(station, home, central.url, central_key)["acknowledged"] == 5

    # Restored from that backup, the station sends the same five again: replays, no clone.
    restored = tmp_path / "restored.sqlite3"
    shutil.copy(backup, restored)
    assert _sync(station, restored, central.url, central_key)["acknowledged"] == 5
    figures = _stats(db_url)
    assert (figures["packets"], figures["replays"]) == (5, 5)
    assert figures["stations_suspended"] == [] and figures["clones_suspected"] == 0

    # The home is copied to a second laptop; both go on recording and syncing.
    clone_home = tmp_path / "clone.sqlite3"
    shutil.copy(home, clone_home)
    clone = make_station(clone_home, "st-1", key_bytes=station.key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption()))
    _queue(station, "use-orig-1", "use-orig-2", "use-orig-3")
    _queue(clone, "use-copy-1", "use-copy-2")
    assert _sync(station, home, central.url, central_key)["acknowledged"] == 3
    assert _sync(clone, clone_home, central.url, central_key)["acknowledged"] == 2

    # The centre kept every record of both copies and says what it saw.
    figures = _stats(db_url)
    assert figures["packets"] == 10
    assert figures["clones_suspected"] == 2  # positions 6 and 7 claimed twice
    (held,) = figures["stations_suspended"]
    assert held["station_id"] == "st-1" and "clone suspected" in held["reason"]
    text = _stats(db_url, as_json=False)
    assert "station st-1 SUSPENDED since" in text and "sws central approve st-1" in text
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        events = conn.execute(sa.select(t.events.c.event, t.events.c.station_id)
                              .where(t.events.c.event == "clone_suspected")).all()
        records = set(conn.execute(sa.select(t.packets.c.record_id)).scalars())
    engine.dispose()
    assert events == [("clone_suspected", "st-1")] * 2
    assert {"use-orig-3", "use-copy-1", "use-copy-2"} <= records

    # Further packets from either copy wait at the station until the operator decides.
    _queue(station, "use-orig-4")
    answer = _sync(station, home, central.url, central_key)
    assert (answer["acknowledged"], answer["rejected"], answer["pending"]) == (0, 0, 1)
    master = httpx.get(f"{central.url}/v1/master-data").json()
    assert [s["status"] for s in master["stations"]] == ["suspended"]
    # The operator found the copy and wiped it: approved again, the waiting record goes.
    assert httpx.post(f"{central.url}/v1/stations/st-1/approve",
                      headers={"X-Admin-Token": ADMIN_TOKEN}).status_code == 200
    # (as `sws sync` and the window's worker do once the centre says it is active again)
    uploader = Uploader(station.engine, station.table,
                        StationIdentity("st-1", station.key, registered.central_key),
                        CentralClient(central.url), station.at_rest.unseal,
                        rng=random.Random(1))
    assert uploader.release_station_holds(T0) == 1
    assert _sync(station, home, central.url, central_key)["acknowledged"] == 1
    assert _stats(db_url)["stations_suspended"] == []


@pytest.mark.slow
def test_a_suspended_station_is_told_why_its_records_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    central_factory: Callable[..., CentralProcess],
) -> None:
    from tests._cli import sws as _sws

    db_url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    central = central_factory(db_url)
    password = "correct horse battery staple 42"
    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SWS_HOME", str(tmp_path / "station"))
    assert _sws(capsys, "init", "--username", "super", "--password", password,
                "--central", central.url)[0] == 0
    engine = sa.create_engine(db_url)  # as a clash at the centre leaves it
    with engine.begin() as conn:
        conn.execute(t.stations.update().values(status="suspended"))
    engine.dispose()
    code, out, err = _sws(capsys, "sync")
    assert code == 4 and len(err.strip().splitlines()) == 1
    assert "the central registry suspended this station" in err
    assert "two installations using this station's identity" in err
    assert "registration: suspended by the central registry" in out
    code, out, _ = _sws(capsys, "sync", "--json")
    assert code == 4 and json.loads(out)["station_status"] == "suspended"

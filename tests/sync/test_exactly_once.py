"""Exactly-once delivery under faults, with real processes: PostgreSQL, the central server
(uvicorn subprocess), a misbehaving proxy, a station uploader killed mid-batch, a skewed clock.
"""

from __future__ import annotations

import functools
import random
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import cbor2
import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives import serialization

from sync.backoff import Backoff
from sync.central import schema as t
from sync.client import CentralClient, register_station
from sync.keys import b64, load_or_create_central_key
from sync.outbox import ACKED
from sync.packets import Packet, open_biometrics
from sync.uploader import StationIdentity, Uploader
from tests.sync._proxy import FaultyProxy, running
from tests.sync._support import T0, fill, make_station, settle
from tests.sync.conftest import REPO, CentralProcess

ITEMS = 200
ROUNDS = 14


def _raw_key(station) -> str:  # type: ignore[no-untyped-def]
    return station.key.private_bytes(serialization.Encoding.Raw,
                                     serialization.PrivateFormat.Raw,
                                     serialization.NoEncryption()).hex()


@pytest.mark.postgres
@pytest.mark.slow
def test_every_record_arrives_exactly_once_despite_faults(
    new_database_url: Callable[[], str],
    central_factory: Callable[..., CentralProcess],
    tmp_path: Path,
) -> None:
    rng = random.Random(20261122)
    db_url = new_database_url()
    central = central_factory(db_url)
    station = make_station(tmp_path / "station.sqlite3", "st-A")
    fill(station, ITEMS, rng)
    reg = register_station(central.url, station.key, "st-A")
    identity = StationIdentity("st-A", station.key, reg.central_key)
    every_fault = ("drop_request", "pass", "drop_response", "duplicate", "delay", "pass")
    proxy = FaultyProxy(central.url, rng, {"drop_request": 1, "drop_response": 1,
                                           "duplicate": 1, "delay": 1, "pass": 3},
                        script=every_fault * 2)
    with running(proxy):
        actions = []
        for round_ in range(ROUNDS):
            skew = rng.choice([timedelta(0), timedelta(days=-3), timedelta(days=5)])
            now = T0 + timedelta(hours=2 * round_ + 2) + skew
            action = rng.choice(["upload", "kill_server", "kill_station"])
            actions.append(action)
            if action == "kill_station":
                proc = subprocess.Popen(
                    [sys.executable, "-m", "tests.sync._station_proc",
                     str(tmp_path / "station.sqlite3"), "st-A", _raw_key(station),
                     b64(reg.central_key_bytes), proxy.url, now.isoformat()],
                    cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                try:
                    proc.wait(rng.uniform(0.8, 2.5))
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
                continue
            killer = None
            if action == "kill_server":
                killer = threading.Timer(rng.uniform(0.05, 0.6), central.kill9)
                killer.start()
            uploader = Uploader(station.engine, station.table, identity,
                                CentralClient(proxy.url), station.at_rest.unseal,
                                rng=random.Random(round_), batch_size=20,
                                backoff=Backoff(base_s=1.0, cap_s=600.0))
            uploader.sync(functools.partial(lambda at: at, now),
                          max_batches=rng.randint(1, 4))
            if killer is not None:
                killer.join()
                central.kill9()
                central.start()
        proxy.enabled = False
        proxy.flush()
        final = Uploader(station.engine, station.table, identity, CentralClient(central.url),
                         station.at_rest.unseal, rng=random.Random(99), batch_size=50)
        report = final.sync(lambda: T0 + timedelta(days=60))
        settle(final, T0 + timedelta(days=60))  # the centre's dedup stage decides the rest
    assert report.pending == 0, report
    assert {"kill_server", "kill_station"} <= set(actions)
    assert proxy.seen["duplicate"] and proxy.seen["drop_response"] and proxy.seen["delay"]
    with station.engine.connect() as conn:
        states = conn.execute(sa.select(station.table.c.state).distinct()).scalars().all()
    assert states == [ACKED]

    central_key = load_or_create_central_key(central.key_path)
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        rows = conn.execute(sa.select(t.packets)).all()
        persons = conn.execute(sa.select(sa.func.count()).select_from(t.persons)).scalar()
        replays: int = conn.execute(sa.select(sa.func.count()).where(
            t.events.c.event == "replay")).scalar_one()
        refusals = conn.execute(sa.select(sa.func.count()).where(
            t.events.c.event != "replay")).scalar()
    engine.dispose()
    assert len(rows) == ITEMS
    assert {r.id for r in rows} == set(station.items)
    with station.engine.connect() as conn:
        payloads = {i: p for i, p in conn.execute(
            sa.select(station.table.c.id, station.table.c.payload))}
    for row in rows:
        expected = station.items[row.id]
        assert (row.kind, row.record_id, row.payload) == (
            expected["kind"], expected["record_id"], payloads[row.id])
        envelope = cbor2.loads(row.envelope) if row.envelope else None
        packet = Packet(row.id, row.station_id, row.seq, row.kind, row.record_id,
                        row.created_at, row.payload, envelope)
        assert open_biometrics(packet, central_key) == expected["bio"]
    assert persons == sum(1 for i in station.items.values() if i["kind"] == "enrolment")
    assert replays > 0  # duplicates did reach the centre and were answered idempotently
    assert refusals == 0

"""A station's approval expires and is renewed: refused uploads wait at the station, nothing is
lost, records dated before the expiry pass during the grace period, and the station is told.

Time is skewed through the centre's clock (``create_app(clock=...)``) and the stations'
``now``; against the real server process the expiry itself is moved (the row an operator's
approval wrote), never by sleeping.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import cbor2
import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi.testclient import TestClient

from sync import registration
from sync.central import expiry
from sync.central import schema as t
from sync.central.app import CentralConfig, create_app, make_engine
from sync.client import CentralClient, register_station
from sync.keys import b64
from sync.packets import build_packet
from sync.uploader import StationIdentity, Uploader
from tests.sync._support import T0, fill, make_station, settle
from tests.sync.conftest import ADMIN_TOKEN, REPO, CentralProcess

ADMIN = {"X-Admin-Token": "secret"}


# -- the rule -----------------------------------------------------------------------------------

def test_the_grace_rule_is_measured_on_the_centres_clock() -> None:
    ends = datetime(2026, 6, 1)
    before, after = ends - timedelta(days=3), ends + timedelta(hours=1)
    assert not expiry.refuses(ends, ends - timedelta(seconds=1), after)  # valid: anything
    assert not expiry.refuses(None, ends + timedelta(days=999), after)  # no expiry given
    inside = ends + timedelta(days=expiry.GRACE_DAYS - 1)
    assert not expiry.refuses(ends, inside, before)  # made while valid, late: taken
    assert expiry.refuses(ends, inside, after)  # dated after the expiry: waits
    # before the date is read (and its signature checked) only the grace period decides
    assert not expiry.refuses(ends, inside, None)
    late = ends + timedelta(days=expiry.GRACE_DAYS, seconds=1)
    assert expiry.refuses(ends, late, before)  # a backdated packet gains the grace, no more
    assert expiry.state(ends, ends - timedelta(days=31)) == expiry.VALID
    assert expiry.state(ends, ends - timedelta(days=30)) == expiry.EXPIRING
    assert expiry.state(ends, ends) == expiry.EXPIRED


# -- in one process, the centre's clock skewed ---------------------------------------------------

class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def central(tmp_path: Path) -> Iterator[tuple[TestClient, Clock, str]]:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    clock = Clock(T0)
    app = create_app(CentralConfig(db_url=url, key_path=tmp_path / "central.pem",
                                   admin_token="secret", dedup="exact", auto_approve=False),
                     clock=clock)
    with TestClient(app) as http:
        yield http, clock, url


def _seq(packet_id: str) -> int:
    """An outbox position of its own for each packet, as a station gives (the centre takes
    two different packets at one position for a cloned station)."""
    return zlib.crc32(packet_id.encode())


def _signed(key: Ed25519PrivateKey, central_key: object, packet_id: str, made: datetime) -> str:
    return b64(build_packet(
        packet_id=packet_id, station_id="st-1", seq=_seq(packet_id), kind="card_issue",
        record_id=f"r-{packet_id}", created_at=made.isoformat().replace("+00:00", "Z"),
        payload_bytes=cbor2.dumps({"card_id": packet_id}), biometrics=None, station_key=key,
        central_key=central_key))  # type: ignore[arg-type]


def test_approval_expires_and_renewal_lets_the_station_in_again(central) -> None:
    http, clock, _ = central
    key = Ed25519PrivateKey.generate()
    api = CentralClient("http://testserver", http=http)
    reg = register_station("http://testserver", key, "st-1", client=api)
    assert reg.status == "pending"
    approved = http.post("/v1/stations/st-1/approve", params={"valid_days": 10}, headers=ADMIN)
    ends = T0 + timedelta(days=10)
    assert approved.json() == {"station_id": "st-1", "status": "active",
                               "expires_at": expiry.iso(ends)}
    assert http.post("/v1/stations/st-1/approve", params={"valid_days": 0},
                     headers=ADMIN).status_code == 422
    entry = http.get("/v1/master-data").json()["stations"][0]
    assert (entry["expires_at"], entry["expired"]) == (expiry.iso(ends), False)

    def put(packet_id: str, made: datetime, protocol: str = "3") -> dict[str, object]:
        answer = http.put(f"/v1/packets/{packet_id}",
                          json={"packet": _signed(key, reg.central_key, packet_id, made)},
                          headers={"X-SWS-Sync-Protocol": protocol})
        return {"code": answer.status_code, **answer.json()}

    clock.now = ends - timedelta(minutes=1)
    assert put("pk-1", clock.now)["status"] == "accepted"
    # past the expiry, within the grace period: what was made before it still arrives
    clock.now = ends + timedelta(days=7)
    assert put("pk-2", ends - timedelta(hours=2))["status"] == "accepted"
    refused = put("pk-3", ends + timedelta(days=1))
    assert (refused["code"], refused["status"], refused["reason"]) == (
        403, "rejected", "station_expired")
    # a station from before protocol 3 would drop an unknown reason: told one it retries
    assert put("pk-3", ends + timedelta(days=1), "2")["reason"] == "station_not_approved"
    entry = http.get("/v1/master-data").json()["stations"][0]
    assert entry["expired"] is True
    # after the grace period: nothing, however it is dated (the station's clock is not proof)
    clock.now = ends + timedelta(days=expiry.GRACE_DAYS + 1)
    assert put("pk-4", ends - timedelta(days=1))["reason"] == "station_expired"
    report = http.get("/v1/reports/stations").json()["rows"]
    assert (report[0]["registration"], report[0]["expires_at"]) == ("expired",
                                                                     expiry.iso(ends))

    assert http.post("/v1/stations/st-1/renew", headers={"X-Admin-Token": "x"}
                     ).status_code == 403
    renewed = http.post("/v1/stations/st-1/renew", params={"valid_days": 20}, headers=ADMIN)
    assert renewed.json()["expires_at"] == expiry.iso(clock.now + timedelta(days=20))
    assert put("pk-3", ends + timedelta(days=1))["status"] == "accepted"
    assert put("pk-4", ends - timedelta(days=1))["status"] == "accepted"
    stats = http.get("/v1/stats").json()
    assert stats["packets"] == 4 and stats["refusals"] == 3  # each refusal logged
    # a renewal is an operator's act, in the trail like an approval
    assert http.post("/v1/stations/st-2/renew", headers=ADMIN).status_code == 404
    http.post("/v1/stations/st-1/revoke", json={"reason": "office closed"}, headers=ADMIN)
    assert "revoked" in http.post("/v1/stations/st-1/renew", headers=ADMIN).json()["detail"]


def test_the_stations_report_puts_expired_and_expiring_first(central, tmp_path: Path) -> None:
    http, clock, url = central
    api = CentralClient("http://testserver", http=http)
    for name, days in (("st-a", 300), ("st-b", 20), ("st-c", 5), ("st-d", 100)):
        register_station("http://testserver", Ed25519PrivateKey.generate(), name, client=api)
        http.post(f"/v1/stations/{name}/approve", params={"valid_days": days}, headers=ADMIN)
    register_station("http://testserver", Ed25519PrivateKey.generate(), "st-e", client=api)
    clock.now = T0 + timedelta(days=10)  # st-c expired 5 days ago, st-b ends in 10 days
    rows = http.get("/v1/reports/stations").json()["rows"]
    assert [(r["station_id"], r["registration"]) for r in rows][:2] == [
        ("st-c", "expired"), ("st-b", "expiring")]
    assert {r["station_id"]: r["registration"] for r in rows[2:]} == {
        "st-a": "valid", "st-d": "valid", "st-e": "open"}
    csv = http.get("/v1/reports/stations/csv").content.decode("utf-8-sig")
    assert csv.splitlines()[0].endswith("packets,expires_at,registration")
    trail = sa.create_engine(url)
    with trail.connect() as conn:
        acts = conn.execute(sa.select(t.operator_actions.c.action, t.operator_actions.c.detail)
                            .where(t.operator_actions.c.subject == "st-c")).all()
    trail.dispose()
    assert acts == [("station_approve", f"valid until {expiry.iso(T0 + timedelta(days=5))}")]


def test_the_station_keeps_what_the_centre_says_of_its_expiry(central, tmp_path: Path) -> None:
    http, clock, _ = central
    station = make_station(tmp_path / "station.sqlite3", "st-1")
    api = CentralClient("http://testserver", http=http)
    reg = register_station("http://testserver", station.key, "st-1", client=api)
    http.post("/v1/stations/st-1/approve", params={"valid_days": 40}, headers=ADMIN)
    uploader = Uploader(station.engine, station.table,
                        StationIdentity("st-1", station.key, reg.central_key), api,
                        station.at_rest.unseal, rng=random.Random(2))
    from sync.worker import SyncWorker

    kept = tmp_path / "config" / "central-revocations.json"
    kept.parent.mkdir()  # the station's config folder
    worker = SyncWorker(uploader, lambda: T0 + timedelta(days=15), revocations_file=kept)
    worker.run_round()
    standing = registration.load(kept.with_name(registration.FILE_NAME))
    assert standing is not None and standing.expires_at == T0 + timedelta(days=40)
    assert standing.state(T0 + timedelta(days=15)) == registration.EXPIRING
    assert standing.days_left(T0 + timedelta(days=15)) == 25
    clock.now = T0 + timedelta(days=41)
    worker.run_round()
    standing = registration.load(kept.with_name(registration.FILE_NAME))
    # the centre's verdict wins over the station's clock (still day 15 there)
    assert standing is not None and standing.expired
    assert standing.state(T0 + timedelta(days=15)) == registration.EXPIRED


def test_the_worker_delivers_at_the_round_after_a_renewal_not_after_its_backoff(
        central, tmp_path: Path) -> None:
    http, clock, _ = central
    station = make_station(tmp_path / "station.sqlite3", "st-r")
    api = CentralClient("http://testserver", http=http)
    reg = register_station("http://testserver", station.key, "st-r", client=api)
    http.post("/v1/stations/st-r/approve", params={"valid_days": 10}, headers=ADMIN)
    fill(station, 6, random.Random(5))
    uploader = Uploader(station.engine, station.table,
                        StationIdentity("st-r", station.key, reg.central_key), api,
                        station.at_rest.unseal, rng=random.Random(3))
    from sync.worker import SyncWorker

    late = T0 + timedelta(days=10 + expiry.GRACE_DAYS + 1)  # past the grace: all refused
    clock.now = late
    worker = SyncWorker(uploader, lambda: late)  # the station's clock stands still
    report = worker.run_round()
    assert report.acknowledged == 0 and uploader.counts()["sent"] == 6
    assert uploader.due(late, 100) == []  # held back by the backoff
    worker.run_round()  # the centre still says expired: nothing is released or sent
    assert uploader.counts()["sent"] == 6 and uploader.due(late, 100) == []
    assert http.post("/v1/stations/st-r/renew", params={"valid_days": 365},
                     headers=ADMIN).status_code == 200
    report = worker.run_round()  # same instant: only the release makes them due
    assert uploader.counts()["sent"] == 0 and report.acknowledged == 6


# -- migration --------------------------------------------------------------------------------

def _version_4_database_is_migrated(url: str) -> None:
    engine = sa.create_engine(url)
    t.metadata.create_all(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE stations DROP COLUMN expires_at")
        for column in ("signers", "suspended_at", "suspend_reason",  # schema 6's
                       "time_zone"):  # and 7's
            conn.exec_driver_sql(f"ALTER TABLE stations DROP COLUMN {column}")
        conn.exec_driver_sql("DROP INDEX ix_packets_station_seq")
        conn.execute(t.schema_version.insert().values(version=4))
    plain = sa.MetaData()
    old = sa.Table("stations", plain, autoload_with=engine)  # the table as version 4 had it
    with engine.begin() as conn:
        for name, status in (("st-on", "active"), ("st-wait", "pending")):
            conn.execute(old.insert().values(id=name, public_key=b"k" * 32, name="", office="",
                                             status=status, registered_at=datetime(2024, 1, 1)))
    engine.dispose()
    upgraded = T0 + timedelta(days=3)
    engine = make_engine(url, now=upgraded)
    with engine.connect() as conn:
        found = dict(conn.execute(sa.select(t.stations.c.id, t.stations.c.expires_at)).all())
        # and on to 6: the columns and the index are there, nothing is filled in
        assert conn.execute(sa.select(t.stations.c.signers, t.stations.c.suspended_at)
                            .distinct()).all() == [(None, None)]
        assert "ix_packets_station_seq" in {
            i["name"] for i in sa.inspect(conn).get_indexes("packets")}
        version = conn.execute(sa.select(t.schema_version.c.version)).scalar_one()
    engine.dispose()
    assert version == t.SCHEMA_VERSION == 8
    # approved in 2024: counted from the upgrade, not from then (it would be cut off today)
    assert found == {"st-on": (upgraded + timedelta(days=365)).replace(tzinfo=None),
                     "st-wait": None}


def test_a_version_4_database_gives_active_stations_a_full_period(tmp_path: Path) -> None:
    _version_4_database_is_migrated(f"sqlite:///{tmp_path / 'central.sqlite3'}")


@pytest.mark.postgres
def test_a_version_4_postgresql_database_is_migrated_the_same_way(
        new_database_url: Callable[[], str]) -> None:
    _version_4_database_is_migrated(new_database_url())


# -- the real server and PostgreSQL ------------------------------------------------------------

def _expire(db_url: str, station_id: str, ago: timedelta) -> None:
    """Move the station's expiry into the past, as time passing at the centre would."""
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(t.stations.update().where(t.stations.c.id == station_id)
                     .values(expires_at=datetime.now(UTC).replace(tzinfo=None) - ago))
    engine.dispose()


@pytest.mark.postgres
def test_expired_station_keeps_its_records_and_delivers_them_once_renewed(
    tmp_path: Path, new_database_url: Callable[[], str],
    central_factory: Callable[..., CentralProcess],
) -> None:
    db_url = new_database_url()
    central = central_factory(db_url)
    station = make_station(tmp_path / "station.sqlite3", "st-1")
    fill(station, 30, random.Random(5))
    api = CentralClient(central.url)
    reg = register_station(central.url, station.key, "st-1", client=api)
    uploader = Uploader(station.engine, station.table,
                        StationIdentity("st-1", station.key, reg.central_key), api,
                        station.at_rest.unseal, rng=random.Random(2), batch_size=8)
    _expire(db_url, "st-1", timedelta(days=expiry.GRACE_DAYS + 1))
    now = datetime.now(UTC)

    refused = uploader.sync(lambda: now, ignore_backoff=True)
    assert (refused.sent, refused.acknowledged, refused.rejected) == (30, 0, 0)
    assert uploader.counts()["sent"] == 30 and uploader.counts()["rejected"] == 0
    with station.engine.connect() as conn:
        reasons = set(conn.execute(sa.select(station.table.c.last_error)).scalars())
    assert reasons == {"station_expired"}
    stats = json.loads(subprocess.run(
        [sys.executable, "-m", "sync.central", "stats", "--db", db_url, "--json"],
        cwd=REPO, capture_output=True, text=True, check=True).stdout)
    assert (stats["packets"], stats["rejected"], stats["refusals"]) == (0, 30, 30)

    shown = subprocess.run([sys.executable, "-m", "sync.central", "stations", "--central",
                            central.url], cwd=REPO, capture_output=True, text=True, check=True)
    assert "st-1" in shown.stdout and "EXPIRED" in shown.stdout
    env = {**os.environ, "SWS_CENTRAL_ADMIN_TOKEN": ADMIN_TOKEN}
    renewed = subprocess.run([sys.executable, "-m", "sync.central", "renew", "st-1",
                              "--valid-days", "90", "--central", central.url],
                             cwd=REPO, env=env, capture_output=True, text=True)
    assert renewed.returncode == 0, renewed.stderr
    assert "renewed until" in renewed.stdout
    trail = subprocess.run([sys.executable, "-m", "sync.central", "operator", "trail", "--db",
                            db_url, "--format", "json"], cwd=REPO, capture_output=True,
                           text=True, check=True)
    assert [a["action"] for a in json.loads(trail.stdout)["actions"]] == ["station_renew"]

    delivered = uploader.sync(lambda: now, ignore_backoff=True)
    assert (delivered.sent, delivered.pending) == (30, 0)
    assert uploader.sync(lambda: now, ignore_backoff=True).sent == 0  # nothing twice
    settle(uploader, now)
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        ids = list(conn.execute(sa.select(t.packets.c.id)).scalars())
    engine.dispose()
    assert sorted(ids) == sorted(station.items)  # every record, once
    assert uploader.counts()["acked"] == 30


@pytest.mark.postgres
def test_sws_sync_prints_the_expiry_and_says_when_it_has_passed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    new_database_url: Callable[[], str], central_factory: Callable[..., CentralProcess],
) -> None:
    from station.cli import main

    db_url = new_database_url()
    central = central_factory(db_url)
    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SWS_HOME", str(tmp_path / "station"))
    monkeypatch.setenv("SWS_OPERATOR", "super")
    password = "correct horse battery staple 42"
    monkeypatch.setenv("SWS_PASSWORD", password)
    assert main(["init", "--username", "super", "--password", password,
                 "--central", central.url]) == 0
    capsys.readouterr()

    assert main(["sync", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)["registration"]
    assert first["state"] == "valid" and first["expired"] is False
    assert 364 <= first["days_left"] <= 365  # the demo centre's default period
    assert main(["sync"]) == 0
    assert f"registration valid until {first['expires_at'][:10]}" in capsys.readouterr().out

    _expire(db_url, first["station_id"], timedelta(days=1))  # within the grace period
    assert main(["sync"]) == 4
    out, err = capsys.readouterr()
    day = (datetime.now(UTC) - timedelta(days=1)).date().isoformat()
    assert f"registration expired on {day}: records are kept here until the centre " \
        "renews it" in out
    assert f"expired on {day}" in err and "nothing is lost" in err and "\n" not in err.strip()
    kept = registration.load(tmp_path / "station" / registration.FILE_NAME)
    assert kept is not None and kept.expired

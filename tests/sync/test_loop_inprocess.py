"""The whole loop in one process (FastAPI TestClient, SQLite): fast checks of the semantics."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from sync.central import schema as t
from sync.central.app import CentralConfig, create_app
from sync.client import CentralClient, register_station
from sync.outbox import enqueue
from sync.uploader import StationIdentity, Uploader
from sync.worker import SyncWorker
from tests.sync._support import T0, Station, fill, make_station, settle


@pytest.fixture
def central(tmp_path: Path) -> Iterator[tuple[TestClient, str]]:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    app = create_app(CentralConfig(db_url=url, key_path=tmp_path / "central.pem",
                                   admin_token="secret", dedup="exact"), clock=lambda: T0)
    with TestClient(app) as http:
        yield http, url


def test_everything_queued_arrives_once_with_its_content(central, tmp_path: Path) -> None:
    http, url = central
    station = make_station(tmp_path / "station.sqlite3", "st-1")
    fill(station, 60, random.Random(1))
    client = CentralClient("http://testserver", http=http)
    reg = register_station("http://testserver", station.key, "st-1", client=client)
    assert reg.status == "active"
    uploader = Uploader(station.engine, station.table,
                        StationIdentity("st-1", station.key, reg.central_key), client,
                        station.at_rest.unseal, rng=random.Random(2), batch_size=16)
    report = uploader.sync(lambda: T0 + timedelta(days=3))
    assert (report.sent, report.pending, report.rejected) == (60, 0, 0)
    again = uploader.sync(lambda: T0 + timedelta(days=3))
    assert again.sent == 0
    settle(uploader, T0 + timedelta(days=3))  # the centre's dedup stage decides enrolments
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        ids = set(conn.execute(sa.select(t.packets.c.id)).scalars())
        persons = conn.execute(sa.select(sa.func.count()).select_from(t.persons)).scalar()
    assert ids == set(station.items)
    assert persons == sum(1 for i in station.items.values() if i["kind"] == "enrolment")
    stats = http.get("/v1/stats").json()
    assert stats["packets"] == 60
    assert stats["rejected"] == 0


def _uploader(http: TestClient, station: Station) -> Uploader:
    api = CentralClient("http://testserver", http=http)
    reg = register_station("http://testserver", station.key, station.station_id, client=api)
    return Uploader(station.engine, station.table,
                    StationIdentity(station.station_id, station.key, reg.central_key),
                    api, station.at_rest.unseal, rng=random.Random(2),
                    batch_size=16)


def test_reports_count_coverage_cards_and_service_uses(central, tmp_path: Path) -> None:
    http, _ = central
    station = make_station(tmp_path / "station.sqlite3", "st-1")
    fill(station, 100, random.Random(1))
    with station.engine.begin() as conn:  # one person joins SP, another is declined
        for n, decision in ((0, "confirmed"), (1, "declined")):
            enqueue(conn, station.table, kind="programme_registration",
                    record_id=f"m-{n}", now=T0, sealed_biometrics=None,
                    payload={"person_id": f"st-1-r00000{n}", "programme": "SP",
                             "decision": decision})
    uploader = _uploader(http, station)
    assert uploader.sync(lambda: T0).pending == 0
    settle(uploader, T0)
    kinds = [i["kind"] for i in station.items.values()]
    coverage = http.get("/v1/reports/coverage").json()["rows"]
    enrolled = sum(r["persons"] for r in coverage if r["programme"] == "(enrolled)")
    on_ct = sum(r["persons"] for r in coverage if r["programme"] == "CT")
    assert enrolled == on_ct == kinds.count("enrolment")  # everyone is in CT
    assert [(r["commune"], r["persons"]) for r in coverage if r["programme"] == "SP"] == [
        ("Abu", 1)]  # where person r000000 was enrolled
    assert {r["province"] for r in coverage} == {"North", "South"}
    cards = http.get("/v1/reports/cards").json()["rows"][0]
    assert cards == {"cards_issued": kinds.count("card_issue"),
                     "cards_revoked": kinds.count("revocation"), "cards_lost": 0}
    uses = http.get("/v1/reports/service-uses").json()["rows"]
    assert sum(r["service_uses"] for r in uses) == kinds.count("service_use")
    csv_text = http.get("/v1/reports/service-uses/csv").content.decode("utf-8-sig")
    assert csv_text.splitlines()[0] == "facility,service_uses,days"
    assert len(csv_text.splitlines()) == len(uses) + 1
    assert http.get("/v1/reports/nonsense").status_code == 404
    revoked = http.get("/v1/revocations").json()["cards"]
    assert len(revoked) == kinds.count("revocation")
    newer = http.get("/v1/revocations", params={"since": revoked[1]["seq"]}).json()
    assert len(newer["cards"]) == len(revoked) - 2


def test_offline_items_back_off_survive_a_clock_jump_and_then_arrive(
    central, tmp_path: Path
) -> None:
    http, _ = central
    station = make_station(tmp_path / "station.sqlite3", "st-1")
    fill(station, 10, random.Random(1))
    online = _uploader(http, station)
    offline = Uploader(station.engine, station.table, online.identity,
                       CentralClient("http://127.0.0.1:9", timeout_s=2),
                       station.at_rest.unseal, rng=random.Random(3))
    down = offline.sync(lambda: T0)
    assert (down.failed_batches, down.pending, down.sent) == (1, 10, 0)
    assert "did not answer" in (down.last_error or "")
    assert offline.due(T0, 100) == []  # backing off: nothing due at the same instant
    assert len(offline.due(T0 - timedelta(days=30), 100)) == 10  # clock set back a month
    up = online.sync(lambda: T0 + timedelta(minutes=5))
    assert (up.acknowledged, up.pending) == (10, 0)


def test_worker_delivers_in_the_background_and_pulls_revocations(
    central, tmp_path: Path
) -> None:
    http, _ = central
    station = make_station(tmp_path / "station.sqlite3", "st-1")
    fill(station, 30, random.Random(1))
    seen: list[dict] = []
    master: list[dict] = []
    done = threading.Event()
    worker = SyncWorker(_uploader(http, station), lambda: T0, interval_s=0.05,
                        on_revocations=seen.append, on_master_data=master.append,
                        on_report=lambda r: done.set() if r.pending == 0 else None)
    worker.start()
    try:
        assert done.wait(60)
    finally:
        worker.stop()
    assert worker.last_report is not None and worker.last_report.pending == 0
    assert seen and len(seen[0]["cards"]) == 1  # item 24 of 30 is a revocation
    assert worker.revocations_since == seen[0]["cards"][0]["seq"]
    assert [s["station_id"] for s in master[0]["stations"]] == ["st-1"]


def test_a_signed_batch_refuses_exactly_the_bodies_it_does_not_cover(central, tmp_path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from sync.batch import sign_batch
    from sync.envelope import Sealer
    from sync.keys import b64
    from sync.packets import build_body

    http, _ = central
    station = make_station(tmp_path / "s.sqlite3", "st-1")
    reg = register_station("http://testserver", station.key, "st-1",
                           client=CentralClient("http://testserver", http=http))
    sealer = Sealer(reg.central_key)
    bodies = [build_body(packet_id=f"b-{i}", station_id="st-1", seq=i, kind="grievance",
                         record_id=f"g-{i}", created_at="2026-11-01T08:00:00Z",
                         payload_bytes=b"\xa0", biometrics=b"secret" if i else None,
                         sealer=sealer) for i in range(4)]
    manifest, signature = sign_batch(bodies, "st-1", station.key)

    def post(bodies_sent: list[bytes], sig: bytes = signature) -> list[tuple[str, object]]:
        answer = http.post("/v1/batches", json={"manifest": b64(manifest),
                                                "signature": b64(sig),
                                                "bodies": [b64(b) for b in bodies_sent]})
        return [(r["status"], r["reason"]) for r in answer.json()["results"]]

    forged = Ed25519PrivateKey.generate().sign(b"sws-batch-v1\x00" + manifest)
    assert post(bodies, forged) == [("rejected", "bad_signature")] * 4
    swapped = [bodies[0], bodies[2], bodies[1], bodies[3]]
    assert post(swapped) == [("accepted", None), ("rejected", "bad_signature"),
                             ("rejected", "bad_signature"), ("accepted", None)]
    assert post(bodies) == [("accepted", None)] * 4  # the 2 stored ones answer as replays
    assert post(bodies[:3]) == [("rejected", "malformed")] * 3  # manifest lists 4
    stats = http.get("/v1/stats").json()
    assert (stats["packets"], stats["replays"]) == (4, 2)


def test_master_data_is_set_by_an_admin_and_served_to_stations(central) -> None:
    http, _ = central
    data = {"programmes": [{"code": "CT", "name": "Cash transfer"}],
            "locations": [{"code": "120401", "province": "12", "district": "1204",
                           "commune": "120401"}]}
    assert http.put("/v1/master-data", json=data).status_code == 403
    assert http.put("/v1/master-data", json=data,
                    headers={"X-Admin-Token": "secret"}).status_code == 200
    served = http.get("/v1/master-data").json()
    assert served["programmes"] == data["programmes"]
    assert served["locations"] == data["locations"]
    assert len(served["central_public_key"]) == 43  # raw X25519 key, base64url


def test_a_packet_put_under_another_id_is_refused_and_not_stored(central, tmp_path) -> None:
    import cbor2

    from sync.keys import b64
    from sync.packets import build_packet

    http, _ = central
    station = make_station(tmp_path / "s.sqlite3", "st-1")
    reg = register_station("http://testserver", station.key, "st-1",
                           client=CentralClient("http://testserver", http=http))
    blob = build_packet(packet_id="pk-1", station_id="st-1", seq=1, kind="grievance",
                        record_id="g-1", created_at="2026-11-01T08:00:00Z",
                        payload_bytes=cbor2.dumps({}), biometrics=None,
                        station_key=station.key, central_key=reg.central_key)
    wrong = http.put("/v1/packets/pk-2", json={"packet": b64(blob)})
    assert wrong.status_code == 400
    assert http.get("/v1/stats").json()["packets"] == 0
    assert http.put("/v1/packets/pk-1", json={"packet": b64(blob)}).status_code == 200


def test_one_item_the_centre_refuses_is_isolated_and_the_rest_arrive(
    central, tmp_path: Path
) -> None:
    from sync.errors import CentralRefused

    http, _ = central
    station = make_station(tmp_path / "station.sqlite3", "st-1")
    fill(station, 12, random.Random(1))
    uploader = _uploader(http, station)
    poison = next(iter(station.items))  # the first item queued
    real_post = uploader.client.post_batch

    def picky(manifest: bytes, signature: bytes, bodies: list[bytes]) -> list[dict]:
        if any(poison.encode() in body for body in bodies):
            raise CentralRefused("the central registry refused the request: too large",
                                 status_code=413, detail="too large")
        return real_post(manifest, signature, bodies)

    uploader.client.post_batch = picky  # type: ignore[method-assign]
    for _ in range(6):  # a few rounds, as the worker would run them
        uploader.sync(lambda: T0)
    settle(uploader, T0)
    states = uploader.counts()
    assert (states["acked"], states["rejected"], states["pending"] + states["sent"]) == (
        11, 1, 0)
    with station.engine.connect() as conn:
        row = conn.execute(station.table.select().where(station.table.c.id == poison)).one()
    assert row.state == "rejected" and row.central_reason == "too large"
    assert uploader.batch_size == uploader.max_batch_size  # back to full batches

"""The staged centre: uploads are stored and acknowledged as ``received`` without any 1:N
search; the dedup stage decides them later, once, even when the centre is killed mid-way."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import cbor2
import httpx
import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi.testclient import TestClient

from sync.batch import sign_batch
from sync.central import schema as t
from sync.central.app import CentralConfig, create_app
from sync.central.dedup import ExactDeduplicator, Hit
from sync.central.ingest import Ingest
from sync.client import CentralClient, register_station
from sync.envelope import Sealer
from sync.keys import b64, load_or_create_central_key
from sync.packets import build_body, encode_biometrics
from sync.uploader import StationIdentity, Uploader
from tests.sync._support import T0, central_with_station, fake_templates, fill, make_station
from tests.sync.conftest import REPO, CentralProcess

STATION = Ed25519PrivateKey.generate()


class CountingDedup(ExactDeduplicator):
    """Byte-identity 1:N that counts its searches (class-wide: the gallery is rebuilt)."""

    searches = 0

    def search(self, templates: list[tuple[int, bytes]]) -> list[Hit]:
        CountingDedup.searches += 1
        return super().search(templates)


def _enrolments(central: X25519PrivateKey, people: list[tuple[str, list[tuple[int, bytes]]]],
                first_seq: int = 1) -> tuple[bytes, bytes, list[bytes]]:
    """A signed batch of enrolments: (manifest, signature, bodies); packet id = pk-<person>."""
    sealer = Sealer(central.public_key())
    bodies = [build_body(packet_id=f"pk-{person}", station_id="st-1", seq=first_seq + i,
                         kind="enrolment", record_id=person,
                         created_at="2026-11-01T08:00:00Z",
                         payload_bytes=cbor2.dumps({"location": {"province": "North"}}),
                         biometrics=encode_biometrics(fingers), sealer=sealer)
              for i, (person, fingers) in enumerate(people)]
    manifest, signature = sign_batch(bodies, "st-1", STATION)
    return manifest, signature, bodies


def _statuses(engine: sa.Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return {str(k): str(v) for k, v in conn.execute(
            sa.select(t.packets.c.id, t.packets.c.status))}


def test_uploads_are_received_without_a_search_whatever_the_gallery_holds(
    tmp_path: Path,
) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    central_with_station(engine, STATION)
    central = X25519PrivateKey.generate()
    ingest = Ingest(engine, central, CountingDedup, clock=lambda: T0)
    rng = random.Random(8)
    first = [(f"p{i}", fake_templates(rng)) for i in range(5)]
    CountingDedup.searches = 0
    answers = ingest.ingest_batch(*_enrolments(central, first))
    assert {a.status for a in answers} == {"received"}
    assert CountingDedup.searches == 0 and ingest.backlog() == 5
    assert ingest.process_pending() == 5
    assert CountingDedup.searches == 5 and len(ingest.dedup) == 5
    # the gallery is no longer empty: an upload still searches nothing and answers at once
    later = [(f"q{i}", fake_templates(rng)) for i in range(3)] + [("p0-again", first[0][1])]
    searched = CountingDedup.searches
    answers = ingest.ingest_batch(*_enrolments(central, later, first_seq=6))
    assert [a.status for a in answers] == ["received"] * 4
    assert CountingDedup.searches == searched
    assert ingest.process_pending() == 4 and ingest.process_pending() == 0
    statuses = _statuses(engine)
    assert statuses.pop("pk-p0-again") == "duplicate_suspected"
    assert set(statuses.values()) == {"accepted"}
    with engine.connect() as conn:
        cases = conn.execute(sa.select(t.adjudications.c.packet_id,
                                       t.adjudications.c.candidate_person_id)).all()
    assert [tuple(c) for c in cases] == [("pk-p0-again", "p0")]
    # a replay of a decided packet gets its final answer, of an undecided one `received`
    replay = ingest.ingest_batch(*_enrolments(central, later, first_seq=6))
    assert [a.status for a in replay] == ["accepted"] * 3 + ["duplicate_suspected"]
    assert replay[3].candidates == ("p0",)


def test_a_station_is_told_received_and_pulls_the_decision_later(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    app = create_app(CentralConfig(db_url=url, key_path=tmp_path / "central.pem",
                                   dedup="exact", dedup_worker=False), clock=lambda: T0)
    station = make_station(tmp_path / "station.sqlite3", "st-1")
    fill(station, 20, random.Random(3))
    enrolments = sum(1 for i in station.items.values() if i["kind"] == "enrolment")
    with TestClient(app) as http:
        client = CentralClient("http://testserver", http=http)
        reg = register_station("http://testserver", station.key, "st-1", client=client)
        uploader = Uploader(station.engine, station.table,
                            StationIdentity("st-1", station.key, reg.central_key), client,
                            station.at_rest.unseal, rng=random.Random(2), batch_size=8)
        report = uploader.sync(lambda: T0)
        assert (report.sent, report.acknowledged, report.pending) == (20, 20, 0)
        assert (report.received, report.awaiting_decision) == (enrolments, enrolments)
        stats = http.get("/v1/stats").json()
        assert (stats["awaiting_decision"], stats["persons"]) == (enrolments, 0)
        assert uploader.sync(lambda: T0).sent == 0  # received items are not sent again
        assert uploader.pull_statuses(T0) == 0  # nothing decided yet
        assert app.state.ingest.process_pending(1000) == enrolments
        assert uploader.pull_statuses(T0) == enrolments
        states = uploader.counts()
        assert (states["acked"], states["received"]) == (20, 0)
        assert http.get("/v1/stats").json()["persons"] == enrolments


def test_a_received_item_the_centre_lost_is_sent_again(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    app = create_app(CentralConfig(db_url=url, key_path=tmp_path / "central.pem",
                                   dedup="exact", dedup_worker=False), clock=lambda: T0)
    station = make_station(tmp_path / "station.sqlite3", "st-1")
    fill(station, 4, random.Random(6))  # items 0 and 1 are enrolments
    with TestClient(app) as http:
        client = CentralClient("http://testserver", http=http)
        reg = register_station("http://testserver", station.key, "st-1", client=client)
        uploader = Uploader(station.engine, station.table,
                            StationIdentity("st-1", station.key, reg.central_key), client,
                            station.at_rest.unseal, rng=random.Random(2))
        assert uploader.sync(lambda: T0).received == 2
        lost = next(i for i, item in station.items.items() if item["kind"] == "enrolment")
        engine = sa.create_engine(url)  # the centre's database restored from an old backup
        with engine.begin() as conn:
            conn.execute(t.packets.delete().where(t.packets.c.id == lost))
        engine.dispose()
        assert uploader.pull_statuses(T0) == 1  # unknown there: due again, not lost
        again = uploader.sync(lambda: T0)
        assert (again.sent, again.received) == (1, 1)
        assert app.state.ingest.process_pending() == 2
        uploader.pull_statuses(T0)
        assert uploader.counts()["acked"] == 4


def test_a_station_of_protocol_1_still_gets_final_answers(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    central_key = load_or_create_central_key(tmp_path / "central.pem")
    app = create_app(CentralConfig(db_url=url, key_path=tmp_path / "central.pem",
                                   dedup="exact", dedup_worker=False), clock=lambda: T0)
    with TestClient(app) as http:
        register_station("http://testserver", STATION, "st-1",
                         client=CentralClient("http://testserver", http=http))
        rng = random.Random(4)
        manifest, signature, bodies = _enrolments(central_key, [
            ("a", fake_templates(rng)), ("b", fake_templates(rng))])
        batch = {"manifest": b64(manifest), "signature": b64(signature),
                 "bodies": [b64(b) for b in bodies]}
        future = http.post("/v1/batches", json=batch, headers={"X-SWS-Sync-Protocol": "99"})
        assert future.status_code == 400 and "protocol" in future.json()["detail"]
        assert http.get("/v1/stats").json()["packets"] == 0  # refused before storing
        old = http.post("/v1/batches", json=batch)  # no header: a station of protocol 1
        assert [r["status"] for r in old.json()["results"]] == ["accepted", "accepted"]
        assert http.get("/v1/stats").json()["awaiting_decision"] == 0


@pytest.mark.postgres
@pytest.mark.parametrize("where", ["search", "commit"])
def test_kill_9_during_the_dedup_stage_leaves_no_packet_half_decided(
    where: str, new_database_url: Callable[[], str], tmp_path: Path,
) -> None:
    db_url = new_database_url()
    engine = sa.create_engine(db_url)
    central_with_station(engine, STATION)
    key_path = tmp_path / "central.pem"
    central = load_or_create_central_key(key_path)
    rng = random.Random(11)
    people = [(f"p{i:03d}", fake_templates(rng)) for i in range(30)]
    people += [(f"p{i:03d}-again", people[i][1]) for i in (3, 17, 25)]  # three duplicates
    receiver = Ingest(engine, central, ExactDeduplicator, clock=lambda: T0)
    assert {a.status for a in receiver.ingest_batch(*_enrolments(central, people))} == {
        "received"}
    # chunks of 10: die at the 15th search (mid second chunk) or in the second chunk's
    # transaction, after its rows were written and before they were committed
    killed = subprocess.run(
        [sys.executable, "-m", "tests.sync._dedup_proc", db_url, str(key_path), "10", where,
         "15" if where == "search" else "2"],
        cwd=REPO, capture_output=True, timeout=120)
    assert killed.returncode == -9, killed.stderr.decode()[-2000:]
    statuses = _statuses(engine)
    decided = {k for k, v in statuses.items() if v != "received"}
    assert decided == {f"pk-{person}" for person, _ in people[:10]}  # the first chunk only
    with engine.connect() as conn:
        persons = set(conn.execute(sa.select(t.persons.c.packet_id)).scalars())
    assert persons == decided  # no person without its status, no status without its person
    # the centre starts again: the gallery is rebuilt from the committed persons, the rest
    # is decided once
    restarted = Ingest(engine, central, ExactDeduplicator, clock=lambda: T0)
    assert restarted.load_gallery() == 10
    while restarted.process_pending(10):
        pass
    statuses = _statuses(engine)
    with engine.connect() as conn:
        persons_rows = conn.execute(sa.select(t.persons.c.id, t.persons.c.packet_id)).all()
        cases = conn.execute(sa.select(t.adjudications.c.packet_id,
                                       t.adjudications.c.candidate_person_id)).all()
    engine.dispose()
    again = {f"pk-p{i:03d}-again" for i in (3, 17, 25)}
    assert {k for k, v in statuses.items() if v == "duplicate_suspected"} == again
    assert {k for k, v in statuses.items() if v == "accepted"} == {
        f"pk-p{i:03d}" for i in range(30)}
    assert sorted(p.id for p in persons_rows) == [f"p{i:03d}" for i in range(30)]
    assert sorted(tuple(c) for c in cases) == sorted(
        (f"pk-p{i:03d}-again", f"p{i:03d}") for i in (3, 17, 25))


@pytest.mark.postgres
def test_a_restarted_centre_decides_what_a_killed_one_left_received(
    new_database_url: Callable[[], str], tmp_path: Path,
) -> None:
    """The real server: packets a killed centre had only received are decided by the worker
    thread of the next one, without any station resending them."""
    db_url = new_database_url()
    engine = sa.create_engine(db_url)
    central_with_station(engine, STATION)
    key_path = tmp_path / "central.pem"
    central_key = load_or_create_central_key(key_path)
    rng = random.Random(12)
    people = [(f"p{i}", fake_templates(rng)) for i in range(12)]
    people.append(("p4-again", people[4][1]))  # the same fingers as p4
    receiver = Ingest(engine, central_key, ExactDeduplicator, clock=lambda: T0)
    assert {a.status for a in receiver.ingest_batch(*_enrolments(central_key, people))} == {
        "received"}
    engine.dispose()
    server = CentralProcess(db_url, key_path, tmp_path / "server.log")
    server.start()
    try:
        deadline = time.monotonic() + 60  # a wait for the worker, not a timing assertion
        while httpx.get(f"{server.url}/v1/stats").json()["awaiting_decision"]:
            assert time.monotonic() < deadline, "the worker did not decide the packets"
            time.sleep(0.05)
        stats = httpx.get(f"{server.url}/v1/stats").json()
        statuses = httpx.post(f"{server.url}/v1/statuses",
                              json={"ids": [f"pk-{p}" for p, _ in people]}).json()["statuses"]
    finally:
        server.stop()
    assert (stats["persons"], stats["duplicates_suspected"]) == (12, 1)
    assert {s["id"]: s["status"] for s in statuses}["pk-p4-again"] == "duplicate_suspected"

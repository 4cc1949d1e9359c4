"""Refusals at the centre, against the real server process and PostgreSQL: tampered packets,
replays, conflicting resubmissions, unknown, pending and revoked stations."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import cbor2
import httpx
import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.central import schema as t
from sync.client import CentralClient, Registration, register_station
from sync.errors import RegistrationError
from sync.keys import b64
from sync.packets import build_packet, encode_biometrics
from sync.uploader import StationIdentity, Uploader
from tests.sync._support import T0, fake_templates, fill, make_station, settle
from tests.sync.conftest import ADMIN_TOKEN, REPO, CentralProcess

pytestmark = pytest.mark.postgres


def _seq(packet_id: str) -> int:
    """An outbox position of its own for each packet, as a station gives (the centre takes
    two different packets at one position for a cloned station)."""
    return zlib.crc32(packet_id.encode())


def _packet(reg: Registration, key: Ed25519PrivateKey, station_id: str, packet_id: str,
            payload: dict, bio: bytes | None = None) -> bytes:
    return build_packet(packet_id=packet_id, station_id=station_id, seq=_seq(packet_id),
                        kind="enrolment",
                        record_id=f"p-{packet_id}", created_at="2026-11-01T08:00:00Z",
                        payload_bytes=cbor2.dumps(payload), biometrics=bio, station_key=key,
                        central_key=reg.central_key)


def _put(url: str, packet_id: str, blob: bytes) -> httpx.Response:
    return httpx.put(f"{url}/v1/packets/{packet_id}", json={"packet": b64(blob)})


def test_tampered_replayed_unknown_and_revoked_are_refused_and_logged(
    new_database_url: Callable[[], str], central_factory: Callable[..., CentralProcess],
) -> None:
    db_url = new_database_url()
    central = central_factory(db_url)
    key = Ed25519PrivateKey.generate()
    reg = register_station(central.url, key, "st-1", name="Office 1")
    # Another station that claims the same id with its own key: refused, and said so.
    with pytest.raises(RegistrationError, match="already registered with another key"):
        register_station(central.url, Ed25519PrivateKey.generate(), "st-1")
    bio = encode_biometrics(fake_templates(random.Random(3)))
    good = _packet(reg, key, "st-1", "pk-1", {"n": 1}, bio)

    first = _put(central.url, "pk-1", good)
    assert first.status_code == 200 and first.json()["status"] == "accepted"
    # A replay, byte for byte or rebuilt (new envelope, same content), gets the same answer.
    assert _put(central.url, "pk-1", good).json() == first.json()
    rebuilt = _packet(reg, key, "st-1", "pk-1", {"n": 1}, bio)
    assert rebuilt != good and _put(central.url, "pk-1", rebuilt).json() == first.json()
    # Same id, other content: 409.
    other = _put(central.url, "pk-1", _packet(reg, key, "st-1", "pk-1", {"n": 2}, bio))
    assert other.status_code == 409 and other.json()["status"] == "conflict"
    # One byte changed inside the signed payload.
    blob = bytearray(_packet(reg, key, "st-1", "pk-2", {"name": "Amina"}))
    where = bytes(blob).index(b"Amina")
    blob[where] ^= 0x01
    tampered = _put(central.url, "pk-2", bytes(blob))
    assert tampered.status_code == 400 and tampered.json()["reason"] == "bad_signature"
    # Signed by a key that is not the station's, and by a station nobody registered.
    forged = _put(central.url, "pk-3",
                  _packet(reg, Ed25519PrivateKey.generate(), "st-1", "pk-3", {}))
    assert forged.json()["reason"] == "bad_signature"
    stranger = _put(central.url, "pk-4",
                    _packet(reg, Ed25519PrivateKey.generate(), "st-x", "pk-4", {}))
    assert stranger.status_code == 403 and stranger.json()["reason"] == "unknown_station"
    # Garbage is refused per packet, in a batch, without failing the others.
    batch = httpx.post(f"{central.url}/v1/packets", json={"packets": [
        b64(b"not cbor"), b64(_packet(reg, key, "st-1", "pk-5", {}))]}).json()["results"]
    assert [r["status"] for r in batch] == ["rejected", "accepted"]
    # Revocation needs the admin token; afterwards the station's packets are refused.
    url = f"{central.url}/v1/stations/st-1/revoke"
    assert httpx.post(url, json={"reason": "stolen"}).status_code == 403
    assert httpx.post(url, json={"reason": "stolen"},
                      headers={"X-Admin-Token": ADMIN_TOKEN}).status_code == 200
    revoked = _put(central.url, "pk-6", _packet(reg, key, "st-1", "pk-6", {}))
    assert revoked.status_code == 403 and revoked.json()["reason"] == "station_revoked"
    # a revoked station retries until someone approves it again: every try is logged, the
    # packet is counted as rejected once
    for _ in range(2):
        assert _put(central.url, "pk-6", _packet(reg, key, "st-1", "pk-6", {})).status_code == 403
    listing = httpx.get(f"{central.url}/v1/revocations").json()
    assert [s["station_id"] for s in listing["stations"]] == ["st-1"]

    stats = httpx.get(f"{central.url}/v1/stats").json()
    assert (stats["packets"], stats["persons"]) == (2, 2)
    assert (stats["rejected"], stats["conflicts"], stats["replays"]) == (5, 1, 2)
    assert stats["refusals"] == 7
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        logged = conn.execute(sa.select(t.events.c.reason).where(
            t.events.c.event == "rejected")).scalars().all()
    engine.dispose()
    assert sorted(logged) == sorted(["bad_signature", "bad_signature", "unknown_station",
                                     "malformed"] + ["station_revoked"] * 3)
    # The same figures from the command line, straight from the database.
    out = subprocess.run([sys.executable, "-m", "sync.central", "stats", "--db", db_url,
                          "--json"], cwd=REPO, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == stats


def test_duplicate_person_from_another_station_goes_to_adjudication(
    new_database_url: Callable[[], str], central_factory: Callable[..., CentralProcess],
    tmp_path: Path,
) -> None:
    central = central_factory(new_database_url())
    rng = random.Random(5)
    same = [fake_templates(rng) for _ in range(4)]
    stations = []
    for name in ("st-a", "st-b"):
        station = make_station(tmp_path / f"{name}.sqlite3", name)
        fill(station, 2, rng, templates=same)  # items 0 and 1: enrolments, same fingers
        reg = register_station(central.url, station.key, name)
        uploader = Uploader(station.engine, station.table,
                            StationIdentity(name, station.key, reg.central_key),
                            CentralClient(central.url), station.at_rest.unseal,
                            rng=random.Random(1))
        assert uploader.sync(lambda: T0).received == 2  # stored, decision to come
        settle(uploader, T0)  # the centre's dedup stage decides, the station pulls it
        stations.append(uploader.counts())
        last = uploader
    assert (stations[0]["acked"], stations[0]["duplicate"]) == (2, 0)
    assert (stations[1]["acked"], stations[1]["duplicate"]) == (0, 2)
    assert last.counts()["duplicate"] == 2
    stats = httpx.get(f"{central.url}/v1/stats").json()
    assert (stats["persons"], stats["duplicates_suspected"]) == (2, 2)
    report = httpx.get(f"{central.url}/v1/reports/duplicates").json()["rows"]
    assert sum(r["duplicates_prevented"] for r in report) == 2

    # A supervisor at the centre decides; the station learns it when it pulls statuses.
    admin = {"X-Admin-Token": ADMIN_TOKEN}
    assert httpx.get(f"{central.url}/v1/adjudications").status_code == 403
    cases = httpx.get(f"{central.url}/v1/adjudications", headers=admin).json()["cases"]
    assert sorted(c["record_id"] for c in cases) == ["st-b-r000000", "st-b-r000001"]
    held = {c["record_id"]: c["packet_id"] for c in cases}
    for record, decision in (("st-b-r000000", "different"), ("st-b-r000001", "same_person")):
        done = httpx.post(f"{central.url}/v1/adjudications/{held[record]}", headers=admin,
                          json={"decision": decision, "by": "Amara"})
        assert done.status_code == 200, done.text
    again = httpx.post(f"{central.url}/v1/adjudications/{held['st-b-r000000']}",
                       headers=admin, json={"decision": "same_person", "by": "Amara"})
    assert again.status_code == 404  # decided once, for good
    assert last.pull_statuses(T0) == 2
    assert (last.counts()["acked"], last.counts()["rejected"]) == (1, 1)
    assert httpx.get(f"{central.url}/v1/stats").json()["persons"] == 3


def test_a_pending_station_waits_for_approval_then_delivers(
    new_database_url: Callable[[], str], central_factory: Callable[..., CentralProcess],
    tmp_path: Path,
) -> None:
    central = central_factory(new_database_url(), "--require-approval")
    station = make_station(tmp_path / "s.sqlite3", "st-p")
    fill(station, 5, random.Random(2))
    reg = register_station(central.url, station.key, "st-p")
    assert reg.status == "pending"
    uploader = Uploader(station.engine, station.table,
                        StationIdentity("st-p", station.key, reg.central_key),
                        CentralClient(central.url), station.at_rest.unseal,
                        rng=random.Random(1))
    waiting = uploader.sync(lambda: T0)
    assert (waiting.acknowledged, waiting.pending) == (0, 5)
    approve = httpx.post(f"{central.url}/v1/stations/st-p/approve",
                         headers={"X-Admin-Token": ADMIN_TOKEN})
    assert approve.status_code == 200
    later = uploader.sync(lambda: T0.replace(day=20))
    assert (later.acknowledged, later.pending) == (5, 0)
    # refused while the station waited, stored since: none of them counts as rejected
    stats = httpx.get(f"{central.url}/v1/stats").json()
    assert (stats["packets"], stats["rejected"], stats["refusals"]) == (5, 0, 5)

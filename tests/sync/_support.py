"""Test helpers for sync: a station outbox with realistic items, an at-rest cipher, keys."""

from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sync.central import schema as central_schema
from sync.client import CentralClient, register_station
from sync.keys import public_bytes
from sync.outbox import enqueue, outbox_table
from sync.packets import encode_biometrics
from sync.uploader import StationIdentity, Uploader

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
PLACES = [("North", "Lake", "Abu"), ("North", "Hill", "Bel"), ("South", "Coast", "Cam")]


def central_with_station(engine: sa.Engine, key: Ed25519PrivateKey,
                         station_id: str = "st-1") -> None:
    """A central database (schema made) that knows one active station with ``key``."""
    central_schema.create_schema(engine)
    with engine.begin() as conn:
        conn.execute(central_schema.stations.insert().values(
            id=station_id, public_key=public_bytes(key.public_key()), name="", office="",
            status="active", registered_at=T0.replace(tzinfo=None)))


class AtRest:
    """Stands in for the station's at-rest cipher (AES-GCM with a local key)."""

    def __init__(self, key: bytes | None = None) -> None:
        self.aead = AESGCM(key or AESGCM.generate_key(bit_length=256))

    def seal(self, data: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + self.aead.encrypt(nonce, data, b"at-rest")

    def unseal(self, data: bytes) -> bytes:
        return self.aead.decrypt(data[:12], data[12:], b"at-rest")


@dataclass
class Station:
    """A station's outbox database and what the centre must end up holding."""

    engine: sa.Engine
    table: sa.Table
    key: Ed25519PrivateKey
    at_rest: AtRest
    station_id: str
    items: dict[str, dict[str, object]] = field(default_factory=dict)


def registered_uploader(central_url: str, station: Station, *, name: str = "") -> Uploader:
    """``station`` registered with the central service at ``central_url`` (the demo way: active
    at once) and an uploader for its outbox, on a client of its own."""
    client = CentralClient(central_url)
    registered = register_station(central_url, station.key, station.station_id, name=name,
                                  client=client)
    return Uploader(station.engine, station.table,
                    StationIdentity(station.station_id, station.key, registered.central_key),
                    client, station.at_rest.unseal, rng=random.Random(1))


def fake_templates(rng: random.Random, n: int = 2) -> list[tuple[int, bytes]]:
    """Two (finger, record) pairs of random bytes; unique per person with near certainty."""
    return [(finger, rng.randbytes(rng.randint(200, 600))) for finger in (2, 7)[:n]]


def make_station(path: Path, station_id: str, *, key_bytes: bytes | None = None) -> Station:
    engine = sa.create_engine(f"sqlite:///{path}")
    metadata = sa.MetaData()
    table = outbox_table(metadata)
    metadata.create_all(engine)
    key = (Ed25519PrivateKey.from_private_bytes(key_bytes) if key_bytes
           else Ed25519PrivateKey.generate())
    return Station(engine, table, key, AtRest(b"k" * 32), station_id)


def fill(station: Station, count: int, rng: random.Random,
         templates: list[list[tuple[int, bytes]]] | None = None) -> None:
    """Queue ``count`` records: mostly enrolments (two templates), some card and service items."""
    with station.engine.begin() as conn:
        for i in range(count):
            now = T0 + timedelta(minutes=i)
            province, district, commune = PLACES[i % len(PLACES)]
            record = f"{station.station_id}-r{i:06d}"
            kind = ("enrolment", "enrolment", "card_issue", "service_use")[i % 4]
            if i % 25 == 24:
                kind = "revocation"
            payload: dict[str, object] = {"seq": i}
            bio = None
            if kind == "enrolment":
                payload.update(location={"province": province, "district": district,
                                         "commune": commune},
                               programmes=["CT", "HI"] if i % 2 else ["CT"])
                fingers = templates[i] if templates else fake_templates(rng)
                bio = encode_biometrics(fingers)
            elif kind == "service_use":
                payload.update(facility=f"Hospital {i % 3}", card_id=f"C{i:06d}")
            else:
                payload.update(card_id=f"C{i:06d}", reason="lost")
            packet_id = enqueue(conn, station.table, kind=kind, record_id=record,
                                payload=payload,
                                sealed_biometrics=station.at_rest.seal(bio) if bio else None,
                                now=now)
            station.items[packet_id] = {"kind": kind, "record_id": record, "bio": bio}


def settle(uploader: Uploader, now: datetime, *, limit_s: float = 120.0) -> int:
    """Pull statuses until the centre's dedup stage has decided every item this station
    holds as ``received`` (the worker thread runs at the centre); return the pulls made.

    Waits, never asserts on time: ``limit_s`` only stops a test whose centre is broken.
    """
    deadline = time.monotonic() + limit_s
    pulls = 0
    while uploader.counts()["received"]:
        if time.monotonic() > deadline:
            raise TimeoutError("the centre's dedup stage did not decide the received items")
        uploader.pull_statuses(now)
        pulls += 1
        if uploader.counts()["received"]:
            time.sleep(0.05)
    return pulls

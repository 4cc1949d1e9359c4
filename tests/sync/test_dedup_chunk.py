"""How much the centre's dedup stage decides at a time: with the hash lookup (``exact``) a
whole upload batch of a station (up to 500) in one chunk once uploads pause, so a catch-up
pays the chunk's fixed work (lookups, statement, commit: 2-3 ms) once per batch, not five
times, and 100 while uploads keep coming, so that a station's upload never waits behind a
long chunk; with the Gallery a few at a time, so the gallery lock an adjudication decision
waits for is held seconds at most."""

from __future__ import annotations

import random
from pathlib import Path

import cbor2
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync.batch import sign_batch
from sync.central import schema as t
from sync.central.dedup import ExactDeduplicator
from sync.central.ingest import Ingest
from sync.central.processor import DedupWorker
from sync.envelope import Sealer
from sync.packets import build_body, encode_biometrics
from tests.sync._support import T0, central_with_station, fake_templates

STATION = Ed25519PrivateKey.generate()
CENTRAL = X25519PrivateKey.generate()


def test_the_exact_engine_decides_a_stations_whole_batch_in_one_chunk(
    postgres_url: str,
) -> None:
    engine = sa.create_engine(postgres_url)
    central_with_station(engine, STATION)
    ingest = Ingest(engine, CENTRAL, ExactDeduplicator, clock=lambda: T0)
    rng, sealer = random.Random(7), Sealer(CENTRAL.public_key())
    bodies = [build_body(packet_id=f"pk-{i}", station_id="st-1", seq=i + 1, kind="enrolment",
                         record_id=f"person-{i}", created_at="2026-11-01T08:00:00Z",
                         payload_bytes=cbor2.dumps({"location": {"province": "North"}}),
                         biometrics=encode_biometrics(fake_templates(rng)), sealer=sealer)
              for i in range(500)]
    ingest.ingest_batch(*sign_batch(bodies, "st-1", STATION), bodies)
    worker = DedupWorker.for_engine(ingest, "exact")
    assert ingest.process_pending(worker.next_chunk()) == 500
    with engine.connect() as conn:
        statuses = conn.execute(sa.select(t.packets.c.status, sa.func.count())
                                .group_by(t.packets.c.status)).all()
    assert [tuple(row) for row in statuses] == [("accepted", 500)]
    engine.dispose()


def test_while_uploads_keep_coming_the_chunks_stay_small(tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    central_with_station(engine, STATION)
    ingest = Ingest(engine, CENTRAL, ExactDeduplicator, clock=lambda: T0)
    worker = DedupWorker.for_engine(ingest, "exact")
    assert worker.next_chunk() == 500  # nothing uploaded since the worker started
    with ingest.uploading():
        pass
    assert worker.next_chunk() == 100  # one came and went since the last chunk
    # none since: growing back to full stride, not at once (a gap between two uploads)
    assert [worker.next_chunk() for _ in range(4)] == [200, 400, 500, 500]
    with ingest.uploading():
        assert worker.next_chunk() == 100  # one under way
        assert worker.next_chunk() == 100  # still
    engine.dispose()


def test_the_gallery_decides_a_few_at_a_time(tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    central_with_station(engine, STATION)
    worker = DedupWorker.for_engine(Ingest(engine, CENTRAL, ExactDeduplicator,
                                           clock=lambda: T0), "gallery")
    assert worker.next_chunk() == 10
    engine.dispose()

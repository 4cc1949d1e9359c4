"""The fast paths of a batch: one sealer per batch, decoding outside the ingest lock, binary
COPY at the centre, several batches on the wire at the station."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import cbor2
import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi.testclient import TestClient

from sync.batch import sign_batch
from sync.central import schema as t
from sync.central.app import CentralConfig, create_app
from sync.central.dedup import ExactDeduplicator
from sync.central.ingest import Ingest
from sync.central.store import copy_types
from sync.client import CentralClient, register_station
from sync.envelope import Opener, Sealer
from sync.errors import CentralUnreachable, PacketError
from sync.keys import public_bytes
from sync.packets import build_body, decode_biometrics, encode_biometrics, parse_body
from sync.uploader import StationIdentity, Uploader
from tests.sync._support import T0, central_with_station, fake_templates, fill, make_station

STATION = Ed25519PrivateKey.generate()
CENTRAL = X25519PrivateKey.generate()


def _bodies(count: int, sealer: Sealer, rng: random.Random, station_id: str = "st-1"
            ) -> tuple[list[bytes], list[list[tuple[int, bytes]]]]:
    templates = [fake_templates(rng) for _ in range(count)]
    bodies = [build_body(packet_id=f"pk-{i}", station_id=station_id, seq=i + 1,
                         kind="enrolment", record_id=f"person-{i}",
                         created_at="2026-11-01T08:00:00Z",
                         payload_bytes=cbor2.dumps({"location": {"province": "North"}}),
                         biometrics=encode_biometrics(templates[i]), sealer=sealer)
              for i in range(count)]
    return bodies, templates


def _ingest(engine: sa.Engine) -> Ingest:
    central_with_station(engine, STATION)
    return Ingest(engine, CENTRAL, ExactDeduplicator, clock=lambda: T0)


def test_every_packet_of_a_sealed_batch_opens_on_its_own() -> None:
    """One key agreement per batch, yet each stored envelope opens alone, in any order."""
    bodies, templates = _bodies(5, Sealer(CENTRAL.public_key()), random.Random(1))
    envelopes = [parse_body(b)["bio"] for b in bodies]
    assert len({e["epk"] for e in envelopes}) == 1  # one ephemeral key for the batch
    assert len({e["n"] for e in envelopes}) == 5  # never a nonce twice under it
    for index in reversed(range(5)):  # a fresh opener each time: nothing cached
        stored = cbor2.loads(cbor2.dumps(envelopes[index]))  # as the centre keeps it
        plaintext = Opener(CENTRAL).open(stored, packet_id=f"pk-{index}", station_id="st-1")
        assert plaintext is not None and decode_biometrics(plaintext)[1] == templates[index]


def test_a_tampered_batch_key_or_body_refuses_that_packet_only(tmp_path: Path) -> None:
    ingest = _ingest(sa.create_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}"))
    bodies, _ = _bodies(4, Sealer(CENTRAL.public_key()), random.Random(2))
    # The station signs a body whose envelope names another ephemeral key: signed, but the
    # templates cannot be opened.
    fields = cbor2.loads(bodies[1])
    other = public_bytes(X25519PrivateKey.generate().public_key())
    fields["bio"] = {**fields["bio"], "epk": other}
    bodies[1] = cbor2.dumps(fields, canonical=True)
    manifest, signature = sign_batch(bodies, "st-1", STATION)
    # One body changed after signing: its digest is no longer the manifest's.
    changed = bytearray(bodies[2])
    changed[-3] ^= 0x01
    bodies[2] = bytes(changed)
    answers = ingest.ingest_batch(manifest, signature, bodies)
    assert [(a.status, a.reason) for a in answers] == [
        ("received", None), ("rejected", "bad_envelope"), ("rejected", "bad_signature"),
        ("received", None)]
    assert ingest.process_pending() == 2  # the two stored enrolments, decided
    with ingest.engine.connect() as conn:
        assert dict(conn.execute(sa.select(t.packets.c.id, t.packets.c.status)).all()) == {
            "pk-0": "accepted", "pk-1": "rejected", "pk-3": "accepted"}
        reasons = dict(conn.execute(sa.select(t.events.c.packet_id, t.events.c.reason)).all())
    assert reasons == {"pk-1": "bad_envelope", "pk-2": "bad_signature"}


@pytest.mark.parametrize("seq", [-1, 2**63, True])
def test_a_sequence_number_outside_bigint_is_malformed(seq: object) -> None:
    body = cbor2.dumps({"p": b"", "at": "x", "id": "pk-1", "st": "st-1", "rid": "r",
                        "seq": seq, "kind": "enrolment"})
    with pytest.raises(PacketError) as caught:
        parse_body(body)
    assert caught.value.reason == "malformed"


def test_every_stored_column_has_a_binary_copy_type() -> None:
    for table in (t.packets, t.persons):
        assert len(copy_types(list(table.columns))) == len(table.columns)


@pytest.mark.postgres
def test_binary_copy_stores_what_the_packets_said(new_database_url: Callable[[], str]) -> None:
    ingest = _ingest(sa.create_engine(new_database_url()))
    bodies, templates = _bodies(6, Sealer(CENTRAL.public_key()), random.Random(3))
    manifest, signature = sign_batch(bodies, "st-1", STATION)
    assert {a.status for a in ingest.ingest_batch(manifest, signature, bodies)} == {"received"}
    assert ingest.process_pending() == 6
    with ingest.engine.connect() as conn:
        rows = conn.execute(sa.select(t.packets).order_by(t.packets.c.seq)).all()
        persons = conn.execute(sa.select(t.persons.c.id, t.persons.c.packet_id)).all()
    assert [(r.id, r.seq, r.record_id, r.province, r.person_id) for r in rows] == [
        (f"pk-{i}", i + 1, f"person-{i}", "North", f"person-{i}") for i in range(6)]
    assert all(r.received_at == T0.replace(tzinfo=None) and len(r.digest) == 32
               and r.signature is None and r.manifest_id for r in rows)
    assert [cbor2.loads(r.payload) for r in rows] == [{"location": {"province": "North"}}] * 6
    for row, expected in zip(rows, templates, strict=True):
        plaintext = Opener(CENTRAL).open(cbor2.loads(row.envelope), packet_id=row.id,
                                         station_id="st-1")
        assert plaintext is not None and decode_biometrics(plaintext)[1] == expected
    assert sorted(persons) == sorted((f"person-{i}", f"pk-{i}") for i in range(6))
    # the gallery rebuilt from what was stored finds every person again
    assert ingest.load_gallery() == 6


def test_batches_in_flight_each_keep_their_own_answers(tmp_path: Path) -> None:
    """Two batches on the wire: when one fails, the others' answers are still written, and
    each item counts one attempt per delivery that reached an end."""
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    app = create_app(CentralConfig(db_url=url, key_path=tmp_path / "central.pem",
                                   dedup="exact"), clock=lambda: T0)
    station = make_station(tmp_path / "station.sqlite3", "st-1")
    fill(station, 24, random.Random(4))
    with TestClient(app) as http:
        client = CentralClient("http://testserver", http=http)
        reg = register_station("http://testserver", station.key, "st-1", client=client)
        uploader = Uploader(station.engine, station.table,
                            StationIdentity("st-1", station.key, reg.central_key), client,
                            station.at_rest.unseal, rng=random.Random(5), batch_size=8,
                            in_flight=2)
        real_post, real_prepare, real_send = client.post_batch, uploader._prepare, uploader._post
        built: list[Any] = []  # the batches in the order the station built them
        sending = threading.local()  # which batch this sender thread is posting

        def prepare(*args: Any, **kwargs: Any) -> Any:
            prepared = real_prepare(*args, **kwargs)
            built.append(prepared)
            return prepared

        def send(prepared: Any, now: Any) -> Any:
            sending.number = next(n for n, b in enumerate(built, 1) if b is prepared)
            return real_send(prepared, now)

        def second_fails(manifest: bytes, signature: bytes,
                         bodies: list[bytes]) -> list[dict[str, Any]]:
            # the second batch built, whichever sender thread reaches the centre first (the
            # order of the calls is the threads', not the batches')
            if sending.number == 2:
                raise CentralUnreachable("the central registry did not answer (test)")
            return real_post(manifest, signature, bodies)

        uploader._prepare = prepare  # type: ignore[method-assign]
        uploader._post = send  # type: ignore[method-assign]
        client.post_batch = second_fails  # type: ignore[method-assign]
        first = uploader.sync(lambda: T0 + timedelta(days=1))
        assert (first.sent, first.acknowledged, first.failed_batches, first.pending) == (
            16, 16, 1, 8)  # batches 1 and 3 answered although batch 2 failed between them
        with station.engine.connect() as conn:
            c = station.table.c
            waiting = conn.execute(sa.select(c.state, c.attempts, c.next_attempt_at)
                                   .where(c.acked_at.is_(None))).all()
        assert len(waiting) == 8 and all(
            w.state == "sent" and w.attempts == 1 and w.next_attempt_at is not None
            for w in waiting)
        second = uploader.sync(lambda: T0 + timedelta(days=1), ignore_backoff=True)
        assert (second.sent, second.pending) == (8, 0)
    with station.engine.connect() as conn:
        attempts = sorted(conn.execute(sa.select(station.table.c.attempts)).scalars())
    assert attempts == [1] * 16 + [2] * 8

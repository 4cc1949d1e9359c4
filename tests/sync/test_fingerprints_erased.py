"""The centre takes a station's ``fingerprints_erased``: it deletes the stored envelope of
every enrolment of the person and takes them out of the national gallery, whether the
erasure comes after the enrolment was decided, before it was, or before it arrived at all.
A replay of the enrolment still gets its answer. On SQLite and a real PostgreSQL."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import cbor2
import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync.batch import sign_batch
from sync.central import schema as t
from sync.central.dedup import ExactDeduplicator
from sync.central.ingest import Ingest
from sync.envelope import Sealer
from sync.packets import build_body, encode_biometrics
from tests.sync._support import T0, central_with_station, fake_templates

STATION = Ed25519PrivateKey.generate()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> sa.Engine:
    if request.param == "sqlite":
        return sa.create_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    return sa.create_engine(request.getfixturevalue("postgres_url"))


class _Station:
    """Signed batches from one station, its outbox positions in order."""

    def __init__(self, central: X25519PrivateKey) -> None:
        self.sealer = Sealer(central.public_key())
        self.seq = itertools.count(1)

    def enrolment(self, person: str, fingers: list[tuple[int, bytes]] | None) -> bytes:
        """``fingers`` None: the station erased them before the item was ever sent."""
        return build_body(packet_id=f"pk-{person}", station_id="st-1", seq=next(self.seq),
                          kind="enrolment", record_id=person,
                          created_at="2026-11-01T08:00:00Z",
                          payload_bytes=cbor2.dumps({"person_id": person}),
                          biometrics=encode_biometrics(fingers) if fingers else None,
                          sealer=self.sealer)

    def erasure(self, person: str, named: str | None = None) -> bytes:
        return build_body(packet_id=f"er-{person}", station_id="st-1", seq=next(self.seq),
                          kind="fingerprints_erased", record_id=person,
                          created_at="2026-11-02T08:00:00Z",
                          payload_bytes=cbor2.dumps({"person_id": named or person,
                                                     "fingers": [2, 7], "asked_by": "self"}),
                          biometrics=None, sealer=self.sealer)


def _send(ingest: Ingest, *bodies: bytes) -> list[tuple[str | None, str, str | None]]:
    answers = ingest.ingest_batch(*sign_batch(list(bodies), "st-1", STATION), list(bodies))
    return [(a.id, a.status, a.reason) for a in answers]


def _envelopes(engine: sa.Engine) -> dict[str, bool]:
    p = t.packets.c
    with engine.connect() as conn:
        return {str(pid): env is not None for pid, env in conn.execute(
            sa.select(p.id, p.envelope).where(p.kind == "enrolment"))}


def _status(engine: sa.Engine, packet_id: str) -> tuple[str, str | None]:
    p = t.packets.c
    with engine.connect() as conn:
        row = conn.execute(sa.select(p.status, p.reason).where(p.id == packet_id)).one()
    return str(row.status), row.reason


def test_the_centre_erases_stored_templates_and_forgets_the_person(engine: sa.Engine) -> None:
    central_with_station(engine, STATION)
    central = X25519PrivateKey.generate()
    ingest = Ingest(engine, central, ExactDeduplicator, clock=lambda: T0)
    station = _Station(central)
    rng = random.Random(5)
    fingers = {p: fake_templates(rng) for p in ("a", "b", "c", "d", "e")}
    first = [station.enrolment(p, fingers[p]) for p in ("a", "b", "c")]
    assert {s for _, s, _ in _send(ingest, *first)} == {"received"}
    assert ingest.process_pending() == 3 and len(ingest.dedup) == 3

    # decided, then erased: the envelope goes and the gallery forgets a at once
    assert _send(ingest, station.erasure("a")) == [
        ("er-a", "accepted", "fingerprints_erased")]
    assert _envelopes(engine) == {"pk-a": False, "pk-b": True, "pk-c": True}
    assert len(ingest.dedup) == 2
    # so the same prints enrolled again are no duplicate of a (the person was told)
    _send(ingest, station.enrolment("a-again", fingers["a"]))
    assert ingest.process_pending() == 1
    assert _status(engine, "pk-a-again") == ("accepted", None)

    # received, not yet decided, then erased: decided without its prints
    _send(ingest, station.enrolment("d", fingers["d"]))
    _send(ingest, station.erasure("d"))
    # erased before the enrolment arrived (two batches on the wire, answered out of order)
    erased_first = station.erasure("e")
    late = station.enrolment("e", fingers["e"])
    _send(ingest, erased_first)
    _send(ingest, late)
    assert ingest.process_pending() == 2
    assert _status(engine, "pk-d") == _status(engine, "pk-e") == ("accepted", None)
    held = _envelopes(engine)
    assert (held["pk-d"], held["pk-e"], held["pk-b"]) == (False, False, True)
    _send(ingest, station.enrolment("d-again", fingers["d"]),
          station.enrolment("e-again", fingers["e"]),
          station.enrolment("b-again", fingers["b"]))
    assert ingest.process_pending() == 3
    assert _status(engine, "pk-d-again")[0] == _status(engine, "pk-e-again")[0] == "accepted"
    assert _status(engine, "pk-b-again")[0] == "duplicate_suspected"  # b kept its prints

    # erased at the station before its enrolment was ever sent: it comes without prints
    assert _send(ingest, station.enrolment("f", None), station.erasure("f"))[1][1] == "accepted"
    assert ingest.process_pending() == 1
    assert _status(engine, "pk-f") == ("accepted", None) and not _envelopes(engine)["pk-f"]

    # a restart builds the gallery from what is stored: the erased stay out
    assert ingest.load_gallery() == 5  # b, c, a-again, d-again, e-again (not a, d, e)
    assert ingest.forget_erased() == 0  # nothing of theirs was loaded to forget
    # a replay of the erased enrolment still gets its answer (its digest is kept)
    assert _send(ingest, first[0]) == [("pk-a", "accepted", None)]
    # an erasure naming another person than its record is refused
    assert _send(ingest, station.erasure("c", named="b")) == [
        ("er-c", "rejected", "malformed_erasure")]
    assert _envelopes(engine)["pk-c"] is True

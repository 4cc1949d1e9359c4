"""The hand-off from the upload to the dedup stage: enrolments an upload stored are decided
from the templates it already opened, in arrival order with anything the table holds from
before (a restart), nothing lost when too many wait; and the stage gives way to uploads
under way without ever stopping."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path

import cbor2
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync.batch import sign_batch
from sync.central import schema as t
from sync.central.dedup import ExactDeduplicator
from sync.central.ingest import Ingest, text_array
from sync.central.processor import DedupWorker
from sync.envelope import Sealer
from sync.packets import build_body, encode_biometrics
from tests.sync._support import T0, central_with_station, fake_templates

STATION = Ed25519PrivateKey.generate()
CENTRAL = X25519PrivateKey.generate()


def _batch(people: list[tuple[str, list[tuple[int, bytes]]]], first_seq: int
           ) -> tuple[bytes, bytes, list[bytes]]:
    sealer = Sealer(CENTRAL.public_key())
    bodies = [build_body(packet_id=f"pk-{person}", station_id="st-1", seq=first_seq + i,
                         kind="enrolment", record_id=person, created_at="2026-11-01T08:00:00Z",
                         payload_bytes=cbor2.dumps({"location": {"province": "North"}}),
                         biometrics=encode_biometrics(fingers), sealer=sealer)
              for i, (person, fingers) in enumerate(people)]
    return (*sign_batch(bodies, "st-1", STATION), bodies)


def _mixed(items: list[tuple[str, str, list[tuple[int, bytes]] | None]], first_seq: int
           ) -> tuple[bytes, bytes, list[bytes]]:
    """A signed batch of (kind, record id, fingers or None) packets; packet id = pk-<record>."""
    sealer = Sealer(CENTRAL.public_key())
    bodies = [build_body(packet_id=f"pk-{record}", station_id="st-1", seq=first_seq + i,
                         kind=kind, record_id=record, created_at="2026-11-01T08:00:00Z",
                         payload_bytes=cbor2.dumps({"status": "active", "card_id": record}),
                         biometrics=None if fingers is None else encode_biometrics(fingers),
                         sealer=sealer)
              for i, (kind, record, fingers) in enumerate(items)]
    return (*sign_batch(bodies, "st-1", STATION), bodies)


def _ingest(engine: sa.Engine) -> Ingest:
    return Ingest(engine, CENTRAL, ExactDeduplicator, clock=lambda: T0)


def _decisions(engine: sa.Engine) -> dict[str, tuple[str, str | None]]:
    p = t.packets.c
    with engine.connect() as conn:
        return {str(i): (str(s), r) for i, s, r in conn.execute(
            sa.select(p.id, p.status, p.person_id))}


def _until(condition: Callable[[], bool], limit_s: float = 60.0) -> None:
    """Wait for ``condition`` (a generous limit: the test fails only if it never holds)."""
    deadline = time.monotonic() + limit_s
    while not condition():
        assert time.monotonic() < deadline, "the dedup stage never got there"
        time.sleep(0.02)


def test_enrolments_from_before_a_restart_are_decided_before_later_uploads(
    postgres_url: str,
) -> None:
    """The same fingers enrolled before a restart (still ``received``) and after it: the
    first to arrive is the person, the later one the suspected duplicate, although only the
    later one was handed over in memory."""
    engine = sa.create_engine(postgres_url)
    central_with_station(engine, STATION)
    fingers = fake_templates(random.Random(1))
    before = _ingest(engine)
    assert [r.status for r in before.ingest_batch(*_batch([("early", fingers)], 1))] == [
        "received"]
    restarted = _ingest(engine)  # the server restarted: nothing held in memory
    restarted.ingest_batch(*_batch([("late", fingers)], 2))
    while restarted.process_pending(10):
        pass
    assert _decisions(engine) == {"pk-early": ("accepted", "early"),
                                  "pk-late": ("duplicate_suspected", "late")}
    engine.dispose()


def test_more_enrolments_waiting_than_held_are_all_decided_in_arrival_order(
    postgres_url: str,
) -> None:
    engine = sa.create_engine(postgres_url)
    central_with_station(engine, STATION)
    ingest = _ingest(engine)
    ingest.held.limit = 2
    rng = random.Random(2)
    people = [(f"a{i}", fake_templates(rng)) for i in range(5)]
    people[3] = ("a3", people[1][1])  # a1 is held, a3 is not: a1 arrived first
    people[4] = ("a4", people[2][1])  # neither is held: a2 arrived first
    ingest.ingest_batch(*_batch(people, 1))
    assert len(ingest.held) == 2
    assert ingest.process_pending(2) == 2  # the two held ones: none held any more
    # arrives after a2, which waits in the table: it must not overtake it
    ingest.ingest_batch(*_batch([("c0", people[2][1])], 6))
    while ingest.process_pending(2):
        pass
    decided = _decisions(engine)
    assert decided == {"pk-a0": ("accepted", "a0"), "pk-a1": ("accepted", "a1"),
                       "pk-a2": ("accepted", "a2"), "pk-a3": ("duplicate_suspected", "a3"),
                       "pk-a4": ("duplicate_suspected", "a4"),
                       "pk-c0": ("duplicate_suspected", "c0")}
    # caught up: the next upload is handed over again
    ingest.ingest_batch(*_batch([("b0", fake_templates(rng))], 7))
    assert len(ingest.held) == 1
    assert ingest.process_pending(10) == 1 and _decisions(engine)["pk-b0"] == ("accepted", "b0")
    engine.dispose()


def test_the_dedup_stage_waits_for_an_upload_under_way_then_decides_everything(
    tmp_path: Path,
) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    central_with_station(engine, STATION)
    ingest = _ingest(engine)
    rng = random.Random(3)
    ingest.ingest_batch(*_batch([(f"p{i}", fake_templates(rng)) for i in range(5)], 1))
    worker = DedupWorker(ingest, chunk=2, defer_s=600)
    try:
        with ingest.uploading():  # a station's upload is being handled
            worker.start()
            _until(lambda: worker.deferred == 1)
            assert ingest.backlog() == 5  # put off: the upload goes first
        _until(lambda: ingest.backlog() == 0)  # the upload is over: everything decided
    finally:
        worker.stop()
    assert worker.overtaken == 0
    assert {s for s, _ in _decisions(engine).values()} == {"accepted"}
    engine.dispose()


def test_uploads_that_never_pause_do_not_stop_decisions(tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    central_with_station(engine, STATION)
    ingest = _ingest(engine)
    rng = random.Random(4)
    ingest.ingest_batch(*_batch([(f"p{i}", fake_templates(rng)) for i in range(5)], 1))
    worker = DedupWorker(ingest, chunk=2, defer_s=0.01)
    try:
        with ingest.uploading():  # never over while the test looks
            worker.start()
            _until(lambda: ingest.backlog() == 0)
            assert worker.overtaken >= 3  # a chunk at a time, each after defer_s
    finally:
        worker.stop()
    engine.dispose()


def test_id_lists_reach_postgresql_unchanged_whatever_they_hold(postgres_url: str) -> None:
    """The array literal the centre builds for its id lists (``text_array``) means, to
    PostgreSQL, the very strings given: quotes, backslashes, braces, commas, spaces, the
    word NULL and non-Latin text included; ``None`` is SQL NULL."""
    values = ['plain', 'a "quoted" id', 'back\\slash\\', '{braces}', 'a,b', ' spaced ',
              'NULL', 'null', '', 'ស្រុក', None, '\\"', "it's"]
    engine = sa.create_engine(postgres_url)
    with engine.connect() as conn:
        got = conn.execute(sa.text("SELECT CAST(:v AS text[])"),
                           {"v": text_array(values)}).scalar_one()
    engine.dispose()
    assert got == values


def test_a_backlog_left_by_a_restart_is_decided_in_order_across_other_kinds(
    postgres_url: str,
) -> None:
    """Read back from the table a few arrival numbers at a time, enrolments far apart (other
    records arrived in between) are all decided, the earlier one first."""
    engine = sa.create_engine(postgres_url)
    central_with_station(engine, STATION)
    rng = random.Random(6)
    fingers = fake_templates(rng)
    items: list[tuple[str, str, list[tuple[int, bytes]] | None]] = [
        ("enrolment", "first", fingers)]
    items += [("card_status", f"card{i}", None) for i in range(9)]
    items += [("enrolment", "other", fake_templates(rng))]
    items += [("card_status", f"card{i}", None) for i in range(9, 20)]
    items += [("enrolment", "again", fingers)]
    _ingest(engine).ingest_batch(*_mixed(items, 1))
    restarted = _ingest(engine)  # nothing held: the backlog is read from the table
    chunks = []
    while decided := restarted.process_pending(2):
        chunks.append(decided)
    assert sum(chunks) == 3
    decisions = _decisions(engine)
    assert decisions["pk-first"] == ("accepted", "first")
    assert decisions["pk-other"] == ("accepted", "other")
    assert decisions["pk-again"] == ("duplicate_suspected", "again")
    assert restarted.backlog() == 0
    engine.dispose()

"""The centre takes a station's ``fingerprints_added`` (prints given to a registered person
after an erasure, or a finger available later): searched 1:N like an enrolment, the person's
own entry left out; a hit is held for adjudication; otherwise the person's gallery entry
takes them, now and after a restart. An erasure dated after them erases them too; one dated
before does not. On SQLite and a real PostgreSQL, and through the station's uploader."""

from __future__ import annotations

import random
from pathlib import Path

import cbor2
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi.testclient import TestClient

from sync.central import reports
from sync.central import schema as t
from sync.central.adjudication import decide_case
from sync.central.dedup import ExactDeduplicator
from sync.central.ingest import Ingest
from sync.packets import build_body, encode_biometrics
from tests.sync._support import T0, central_with_station, fake_templates, make_station
from tests.sync.test_fingerprints_erased import STATION, _send, _Station, _status, engine
from tests.sync.test_national_use import central_app  # noqa: F401 - the centre at T0
from tests.sync.test_person_death import _coverage, _queue, _states, _sync

__all__ = ["engine"]  # the fixture, on SQLite and PostgreSQL


class _Adding(_Station):
    def added(self, person: str, fingers: list[tuple[int, bytes]] | None, *,
              at: str = "2026-11-05T08:00:00Z", tag: str = "", prefix: str = "fa",
              **extra: object) -> bytes:
        return build_body(packet_id=f"{prefix}{tag}-{person}", station_id="st-1",
                          seq=next(self.seq), kind="fingerprints_added", record_id=person,
                          created_at=at,
                          payload_bytes=cbor2.dumps({"person_id": person, **extra}),
                          biometrics=encode_biometrics(fingers) if fingers else None,
                          sealer=self.sealer)

    def replaced(self, person: str, fingers: list[tuple[int, bytes]], tag: str) -> bytes:
        """Prints replaced at the station (``station.model.fingers_replaced``): the same kind,
        with the positions replaced."""
        return self.added(person, fingers, at="2026-11-07T08:00:00Z", tag=tag, prefix="fr",
                          replaced_fingers=[2], reason="a poor print")

    def erased_again(self, person: str, tag: str, at: str) -> bytes:
        return build_body(packet_id=f"er{tag}-{person}", station_id="st-1", seq=next(self.seq),
                          kind="fingerprints_erased", record_id=person, created_at=at,
                          payload_bytes=cbor2.dumps({"person_id": person, "fingers": [2],
                                                     "asked_by": "self"}),
                          biometrics=None, sealer=self.sealer)


def _envelope(engine: sa.Engine, packet_id: str) -> bool:
    p = t.packets.c
    with engine.connect() as conn:
        return conn.execute(sa.select(p.envelope).where(p.id == packet_id)).scalar_one() \
            is not None


def test_prints_added_are_searched_held_or_taken_and_erased_when_erased_after(
        engine: sa.Engine) -> None:
    central_with_station(engine, STATION)
    central = X25519PrivateKey.generate()
    ingest = Ingest(engine, central, ExactDeduplicator, clock=lambda: T0)
    station = _Adding(central)
    rng = random.Random(7)
    prints = {p: fake_templates(rng) for p in ("a", "a2", "b", "c", "g", "g2")}
    _send(ingest, *(station.enrolment(p, prints[p]) for p in ("a", "b", "c")))
    assert ingest.process_pending() == 3
    _send(ingest, station.erasure("a"))  # dated 2 Nov
    assert len(ingest.dedup) == 2

    # given again after the erasure: received, then taken into a's gallery entry
    assert _send(ingest, station.added("a", prints["a2"])) == [("fa-a", "received", None)]
    assert ingest.process_pending() == 1
    assert _status(engine, "fa-a") == ("accepted", None) and _envelope(engine, "fa-a")
    assert len(ingest.dedup) == 3
    _send(ingest, station.enrolment("x", prints["a2"]))  # the same prints under a new name
    assert ingest.process_pending() == 1
    assert _status(engine, "pk-x") == ("duplicate_suspected",
                                        "fingerprints_match_enrolled_person")
    assert ingest.load_gallery() == 3  # a (from the addition alone), b, c

    # prints added to b that are c's: held for adjudication with c as the candidate
    _send(ingest, station.added("b", prints["c"]))
    assert ingest.process_pending() == 1
    assert _status(engine, "fa-b") == ("duplicate_suspected",
                                        "fingerprints_match_enrolled_person")
    with engine.connect() as conn:
        assert conn.execute(sa.select(t.adjudications.c.candidate_person_id).where(
            t.adjudications.c.packet_id == "fa-b")).scalar_one() == "c"
    assert decide_case(ingest, "fa-b", "same_person", T0)["status"] == "rejected"
    with engine.connect() as conn:  # b is c: registered twice, counted apart (both databases)
        assert {r["programme"]: r["persons"] for r in reports.coverage(conn)} == {
            "(enrolled)": 2, "(same person)": 1}  # a and c; b
        assert [(r["awaiting_adjudication"], r["confirmed_same_person"])
                for r in reports.duplicates(conn)] == [(1, 1)]  # x (held), b
    _send(ingest, station.added("c", prints["b"], tag="1"))
    assert ingest.process_pending() == 1
    assert decide_case(ingest, "fa1-c", "different", T0)["status"] == "accepted"

    # a second erasure of a (after the addition) takes the added prints too, at once
    assert _send(ingest, station.erased_again("a", "2", "2026-11-06T08:00:00Z"))[0][1] == \
        "accepted"
    assert not _envelope(engine, "fa-a") and len(ingest.dedup) == 2
    _send(ingest, station.enrolment("y", prints["a2"]))
    assert ingest.process_pending() == 1
    assert _status(engine, "pk-y") == ("accepted", None)

    # added on 1 Nov, arriving after an erasure made on 2 Nov: erased with the rest
    _send(ingest, station.enrolment("g", prints["g"]))
    assert ingest.process_pending() == 1
    _send(ingest, station.erasure("g"))
    _send(ingest, station.added("g", prints["g2"], at="2026-11-01T09:00:00Z"))
    assert ingest.process_pending() == 1
    assert _status(engine, "fa-g") == ("accepted", "fingerprints_erased")
    assert not _envelope(engine, "fa-g")

    # for a person the centre has not registered: kept, in the gallery once registered
    prints["z"] = fake_templates(rng)
    _send(ingest, station.added("z", prints["z"]))
    assert ingest.process_pending() == 1
    assert _status(engine, "fa-z") == ("accepted", "person_not_registered_yet")
    _send(ingest, station.enrolment("z", fake_templates(rng)))
    assert ingest.process_pending() == 1
    # without prints, or for another person than its record: refused
    assert _send(ingest, station.added("b", None, tag="2")) == [
        ("fa2-b", "rejected", "malformed_fingerprints_added")]
    # a restart: b, c, y and z (with the prints added before it was registered); a and g
    # erased
    assert ingest.load_gallery() == 4
    _send(ingest, station.enrolment("w", prints["z"]))
    assert ingest.process_pending() == 1
    with engine.connect() as conn:
        assert conn.execute(sa.select(t.adjudications.c.candidate_person_id).where(
            t.adjudications.c.packet_id == "pk-w")).scalar_one() == "z"


def test_the_uploader_keeps_added_prints_an_earlier_erasure_does_not_concern(
        central_app: TestClient, tmp_path: Path) -> None:  # noqa: F811
    """The uploader clears, once answered, the templates of items queued before an erasure
    of their person; prints added after it keep theirs (they may be sent again to a centre
    restored from a backup, as any delivered item)."""
    station = make_station(tmp_path / "st.sqlite3", "st-add")
    rng = random.Random(12)
    enrolled = _queue(station, "enrolment", "p-1", {"person_id": "p-1"},
                      encode_biometrics(fake_templates(rng)))
    _queue(station, "fingerprints_erased", "p-1",
           {"person_id": "p-1", "fingers": [2, 7], "asked_by": "self",
            "erased_at": "2026-11-01T08:00:00", "erased_by": "op-9"})
    added = _queue(station, "fingerprints_added", "p-1", {"person_id": "p-1"},
                   encode_biometrics(fake_templates(rng)))
    with station.engine.begin() as conn:  # the enrolment was on its way when erased
        conn.execute(station.table.update().where(station.table.c.id == enrolled)
                     .values(state="sent", attempts=1))
    _sync(central_app, station)
    c = station.table.c
    with station.engine.connect() as conn:
        kept = dict(conn.execute(sa.select(c.id, c.sealed_biometrics)).all())
        states = dict(conn.execute(sa.select(c.id, c.central_status)).all())
    assert kept[enrolled] is None and kept[added] is not None
    assert states[added] == "accepted"


def test_a_person_whose_added_prints_are_someone_elses_is_counted_once(
        central_app: TestClient, tmp_path: Path) -> None:  # noqa: F811
    """Prints added to p that are q's (enrolled before), held, then found one person by the
    adjudicator: p is registered twice. The station learns it with the statuses it pulls (its
    cards are then named for revocation: tests/station/test_fingers_added.py); the centre's
    duplicates report counts the case where p was enrolled, and its coverage counts p only
    in the ``(same person)`` row of their place, in no programme."""
    http = central_app
    station = make_station(tmp_path / "st.sqlite3", "st-twice")
    rng = random.Random(21)
    place = {"province": "03", "district": "0301", "commune": "030101"}
    prints = {p: fake_templates(rng) for p in ("q", "p")}
    for person in ("q", "p"):
        _queue(station, "enrolment", person,
               {"person_id": person, "location": place, "programmes": ["CT"]},
               encode_biometrics(prints[person]))
    _queue(station, "programme_registration", "m-1",
           {"person_id": "p", "programme": "OLD_AGE", "decision": "confirmed"})
    _sync(http, station)
    assert _coverage(http) == {"(enrolled)": 2, "CT": 2, "OLD_AGE": 1}

    added = _queue(station, "fingerprints_added", "p", {"person_id": "p"},
                   encode_biometrics(prints["q"]))
    _sync(http, station)
    assert _states(station)[added] == ("duplicate", "fingerprints_match_enrolled_person")
    rows = http.get("/v1/reports/duplicates").json()["rows"]
    assert [(r["district"], r["awaiting_adjudication"]) for r in rows] == [("0301", 1)]
    assert _coverage(http) == {"(enrolled)": 2, "CT": 2, "OLD_AGE": 1}  # not decided yet

    admin = {"X-Admin-Token": "secret"}
    cases = http.get("/v1/adjudications", headers=admin).json()["cases"]
    assert [(c["packet_id"], c["candidate_person_id"]) for c in cases] == [(added, "q")]
    assert http.post(f"/v1/adjudications/{added}", json={"decision": "same_person",
                                                         "by": "Amara"},
                     headers=admin).status_code == 200
    assert _sync(http, station).pull_statuses(T0) == 1  # the station pulls the decision
    assert _states(station)[added] == ("rejected", "adjudicated_same_person")
    rows = http.get("/v1/reports/duplicates").json()["rows"]
    assert [(r["district"], r["confirmed_same_person"], r["duplicates_prevented"])
            for r in rows] == [("0301", 1, 1)]
    assert _coverage(http) == {"(enrolled)": 1, "CT": 1, "(same person)": 1}
    named = http.get("/v1/reports/coverage").json()["rows"]
    assert any(r["programme_name"].startswith("found by national adjudication")
               for r in named)


def test_a_replaced_print_takes_the_old_ones_place_now_and_after_a_restart(
        engine: sa.Engine) -> None:
    central_with_station(engine, STATION)
    central = X25519PrivateKey.generate()
    ingest = Ingest(engine, central, ExactDeduplicator, clock=lambda: T0)
    station = _Adding(central)
    rng = random.Random(9)
    old = fake_templates(rng)  # right index (2) and left index (7)
    _send(ingest, station.enrolment("a", old))
    assert ingest.process_pending() == 1
    new = [(2, rng.randbytes(300))]
    _send(ingest, station.replaced("a", new, "1"))
    assert ingest.process_pending() == 1
    assert _status(engine, "fr1-a") == ("accepted", None)

    def found(tag: str, fingers: list[tuple[int, bytes]]) -> list[str]:
        """Who an enrolment of ``fingers`` is held against (nobody: accepted)."""
        _send(ingest, station.enrolment(tag, fingers))
        assert ingest.process_pending() == 1
        with engine.connect() as conn:
            return list(conn.execute(sa.select(t.adjudications.c.candidate_person_id).where(
                t.adjudications.c.packet_id == f"pk-{tag}")).scalars())

    assert found("p1", new) == ["a"]  # the new print is a's
    assert found("p2", old[:1]) == []  # the old one no longer is
    assert _status(engine, "pk-p2") == ("accepted", None)
    assert found("p3", old[1:]) == ["a"]  # the left index was not replaced
    ingest.load_gallery()  # a restart: enrolments, then prints added in arrival order
    assert found("p4", new) == ["a"]
    assert found("p5", old[:1]) == ["p2"]  # the old print now p2's only

"""The centre takes a station's ``fingerprints_erased``: it deletes the stored envelope of
every enrolment of the person and takes them out of the national gallery, whether the
erasure comes after the enrolment was decided, before it was, or before it arrived at all.
A replay of the enrolment still gets its answer. On SQLite and a real PostgreSQL."""

from __future__ import annotations

import itertools
import json
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import cbor2
import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi.testclient import TestClient

from sync.batch import sign_batch
from sync.central import schema as t
from sync.central.dedup import ExactDeduplicator
from sync.central.ingest import Ingest
from sync.envelope import Sealer
from sync.errors import CentralRefused
from sync.packets import build_body, encode_biometrics
from tests._cli import sws
from tests.station.helpers import PASSWORD as SIGNED_IN
from tests.sync._support import T0, central_with_station, fake_templates, make_station
from tests.sync.conftest import REPO, CentralProcess
from tests.sync.test_cli import PASSWORD, PERSON
from tests.sync.test_national_use import central_app  # noqa: F401 - the centre at T0
from tests.sync.test_person_death import _queue, _sync
from tests.sync.test_restored import _home

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


@pytest.mark.postgres
@pytest.mark.slow
def test_an_erasure_travels_from_the_station_to_the_real_centre(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    new_database_url: Callable[[], str], central_factory: Callable[..., CentralProcess],
) -> None:
    """`sws person erase-fingerprints`, then `sws sync` to a real server (PostgreSQL, the
    matcher's gallery): the centre deletes the envelope, and the same finger enrolled again
    under another name is no longer held as a duplicate, at the station or at the centre."""
    sample = REPO / "fixtures" / "fingerprints" / "sample"
    db_url = new_database_url()
    central = central_factory(db_url, "--dedup", "gallery")
    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SWS_HOME", str(tmp_path / "station"))
    monkeypatch.setenv("SWS_OPERATOR", "super")
    monkeypatch.setenv("SWS_PASSWORD", PASSWORD)
    assert sws(capsys, "init", "--username", "super", "--password", PASSWORD,
               "--central", central.url)[0] == 0
    person = [*PERSON, "--finger", f"right-index={sample / '101_1.png'}",
              "--finger", f"left-index={sample / '102_1.png'}"]
    code, out, err = sws(capsys, "enrol", *person)
    assert code == 0, err
    first = out.strip()
    _synced(capsys)
    engine = sa.create_engine(db_url)
    assert _envelopes(engine) == {_packet_of(engine, first): True}

    code, out, err = sws(capsys, "person", "erase-fingerprints", first, "--asked-by", "self")
    assert code == 0, err
    _synced(capsys)
    p = t.packets.c
    with engine.connect() as conn:
        erased = conn.execute(sa.select(p.status, p.reason).where(
            p.kind == "fingerprints_erased", p.record_id == first)).one()
    assert tuple(erased) == ("accepted", "fingerprints_erased")
    assert _envelopes(engine) == {_packet_of(engine, first): False}
    stats = subprocess.run([sys.executable, "-m", "station.cli", "central", "stats",
                            "--db", db_url], cwd=REPO, capture_output=True, text=True,
                           check=True).stdout
    assert "fingerprints erased: 1" in stats.splitlines()

    code, out, err = sws(capsys, "enrol", *[a if a != "Sok Dara" else "Dara Sok"
                                            for a in person])
    assert code == 0, err  # not held here: the station's gallery forgot them
    second = out.strip()
    _synced(capsys)
    with engine.connect() as conn:
        status = conn.execute(sa.select(p.status).where(
            p.kind == "enrolment", p.record_id == second)).scalar_one()
    engine.dispose()
    assert status == "accepted"  # nor at the centre: its gallery forgot them too


def _synced(capsys: pytest.CaptureFixture[str]) -> None:
    """`sws sync` until the centre decided everything sent (120 s at most: a broken centre)."""
    deadline = time.monotonic() + 120
    while True:
        code, out, err = sws(capsys, "sync", "--json")
        assert code == 0, err
        said = json.loads(out)
        if (said["pending"] == 0 and said["awaiting_decision"] == 0) \
                or time.monotonic() > deadline:
            return
        time.sleep(0.1)


def _packet_of(engine: sa.Engine, person: str) -> str:
    p = t.packets.c
    with engine.connect() as conn:
        return str(conn.execute(sa.select(p.id).where(p.kind == "enrolment",
                                                      p.record_id == person)).scalar_one())


def test_templates_on_their_way_go_once_answered_and_the_centre_says_whose_it_erased(
        central_app: TestClient, tmp_path: Path) -> None:  # noqa: F811
    """The uploader clears the templates of an enrolment answered after its person's prints
    were erased (it kept them to be sent as first sent); others keep theirs. The centre's
    erasure look-up names only the erasures this station delivered."""
    http = central_app
    station = make_station(tmp_path / "st.sqlite3", "st-erase")
    rng = random.Random(11)
    on_way = _queue(station, "enrolment", "p-1", {"person_id": "p-1"},
                    encode_biometrics(fake_templates(rng)))
    other = _queue(station, "enrolment", "p-2", {"person_id": "p-2"},
                   encode_biometrics(fake_templates(rng)))
    with station.engine.begin() as conn:  # p-1's was sent once, no answer yet
        conn.execute(station.table.update().where(station.table.c.id == on_way)
                     .values(state="sent", attempts=1))
    _queue(station, "fingerprints_erased", "p-1",
           {"person_id": "p-1", "fingers": [2, 7], "asked_by": "guardian",
            "guardian": "Sok Srey", "erased_at": "2026-11-01T08:00:00", "erased_by": "op-9"})
    uploader = _sync(http, station)

    c = station.table.c
    with station.engine.connect() as conn:
        kept = dict(conn.execute(sa.select(c.id, c.sealed_biometrics)
                                 .where(c.kind == "enrolment")).all())
        states = dict(conn.execute(sa.select(c.id, c.state)).all())
    assert set(states.values()) == {"acked"}
    assert kept[on_way] is None and kept[other] is not None

    found = uploader.client.erasures("st-erase", ["p-1", "p-2", "nobody"])
    assert found == [{"person_id": "p-1", "erased_at": "2026-11-01T08:00:00",
                      "asked_by": "guardian", "guardian": "Sok Srey", "fingers": [2, 7],
                      "erased_by": "op-9"}]
    assert uploader.client.erasures("st-erase", []) == []
    # another station asks about the same person: not its erasure
    _sync(http, make_station(tmp_path / "other.sqlite3", "st-other"))  # registered
    assert http.post("/v1/stations/st-other/erasures",
                     json={"persons": ["p-1"]}).json() == {"erasures": []}
    with pytest.raises(CentralRefused, match="unknown station"):
        uploader.client.erasures("st-nowhere", ["p-1"])


@pytest.mark.postgres
@pytest.mark.slow
def test_a_station_restored_from_a_backup_older_than_an_erasure_erases_the_prints_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    new_database_url: Callable[[], str], central_factory: Callable[..., CentralProcess],
) -> None:
    """Real processes: enrolled and synced, backed up, then erased and synced; the laptop is
    lost and a new one restored from the older backup holds the prints again. Its first
    `sws sync` asks the centre and erases them again before anything else goes; once."""
    sample = REPO / "fixtures" / "fingerprints" / "sample"
    db_url = new_database_url()
    central = central_factory(db_url)
    old, new, usb = tmp_path / "old-laptop", tmp_path / "new-laptop", tmp_path / "usb"
    usb.mkdir()
    _home(monkeypatch, old)
    assert sws(capsys, "init", "--username", "super", "--password", SIGNED_IN,
               "--central", central.url)[0] == 0
    code, out, err = sws(capsys, "enrol", *PERSON,
                         "--finger", f"right-index={sample / '101_1.png'}",
                         "--finger", f"left-index={sample / '102_1.png'}")
    assert code == 0, err
    person = out.strip()
    _synced(capsys)
    code, _, err = sws(capsys, "db", "backup", f"{usb}/")
    assert code == 0, err
    (backup,) = usb.glob("*.swsbak")
    code, _, err = sws(capsys, "person", "erase-fingerprints", person, "--asked-by", "self")
    assert code == 0, err
    _synced(capsys)

    _home(monkeypatch, new)  # the old laptop is lost
    code, _, err = sws(capsys, "db", "restore", str(backup))
    assert code == 0, err
    assert _fingers(capsys, person) == [2, 7]  # the backup brought them back

    code, out, err = sws(capsys, "sync", "--json")
    assert code == 0, err
    assert json.loads(out)["fingerprints_erased_again"] == [person]
    assert _fingers(capsys, person) == []
    code, out, _ = sws(capsys, "person", "show", person)
    assert code == 0 and "erased on" in out
    code, out, _ = sws(capsys, "audit", "log", "--action", "person.fingerprints_erased",
                       "--json")
    assert code == 0 and "again_after_restore" in out
    code, out, err = sws(capsys, "sync")
    assert code == 0, err
    assert "erased again" not in out  # once per restore
    stats = subprocess.run([sys.executable, "-m", "station.cli", "central", "stats",
                            "--db", db_url], cwd=REPO, capture_output=True, text=True,
                           check=True).stdout
    assert "fingerprints erased: 1" in stats.splitlines()  # one person, told twice


def _fingers(capsys: pytest.CaptureFixture[str], person: str) -> list[int]:
    code, out, err = sws(capsys, "person", "show", person, "--json")
    assert code == 0, err
    return [int(f["position"]) for f in json.loads(out)["fingers"]]

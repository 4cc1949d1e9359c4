"""A person withdraws their consent to fingerprints: a supervisor erases them. The rows go,
the station's copies waiting in the outbox go unless already on their way, the gallery
forgets them, the trail and the centre are told; the registration stays. Refusals write
nothing. On SQLite and on a real PostgreSQL (the ``station`` fixture)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import cbor2
import pytest
import sqlalchemy as sa

from station.errors import PermissionDenied
from station.model.deaths import record_death
from station.model.enrolment import Enrolled, NeedsAdjudication, enrol
from station.model.erasure import ErasureRefused, erase_again, erase_fingerprints
from station.model.gallery_sync import search_person
from station.model.operators import OperatorInfo
from station.model.persons import get_person
from station.model.station import Station
from station.registry.audit import verify_chain
from station.registry.base import OUTBOX
from station.registry.models import AuditEvent, Card, Fingerprint
from tests.station.helpers import NOW, POLICY, demographics, person_fingers, sws_in
from tests.station.test_cli import home  # noqa: F401 - the CLI's initialised station

LATER = NOW + dt.timedelta(days=3)


def _written(station: Station) -> tuple[int, int, int]:
    with station.reading() as s:
        return (int(s.scalar(sa.select(sa.func.count()).select_from(AuditEvent)) or 0),
                int(s.scalar(sa.select(sa.func.count()).select_from(OUTBOX)) or 0),
                int(s.scalar(sa.select(sa.func.count()).select_from(Fingerprint)) or 0))


def _found(station: Station, seed: int) -> list[str]:
    from station.model.biometrics import check_fingers

    probe = {f: c.template for f, c in check_fingers(person_fingers(seed), POLICY).items()}
    return [c.person_id for c in search_person(station.current_gallery(), probe, POLICY)]


def _enrol(station: Station, clerk: OperatorInfo, seed: int, name: str,
           **kw: object) -> str:
    out = enrol(station, demographics(name, **kw), person_fingers(seed), operator=clerk,
                now=NOW, policy=POLICY, new_household=True)
    assert isinstance(out, Enrolled)
    return out.person_id


def _two_and_a_card(station: Station, clerk: OperatorInfo) -> tuple[str, str]:
    """Sok Dara (fingers of seed 3) with a card issued, and Chan Vuthy (seed 5): their ids."""
    person = _enrol(station, clerk, 3, "Sok Dara")
    other = _enrol(station, clerk, 5, "Chan Vuthy")
    with station.transaction() as s:
        s.add(Card(serial="0A0B0C0D", person_id=person, credential=b"x", status="issued",
                   issued_at=NOW.replace(tzinfo=None)))
    return person, other


def test_erased_fingerprints_leave_the_registry_the_outbox_and_the_gallery(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo) -> None:
    person, other = _two_and_a_card(station, clerk)
    assert _found(station, 3) == [person]

    done = erase_fingerprints(station, person, asked_by="self", by=supervisor, now=LATER)

    assert done.fingers == (2, 7) and done.cards_holding == ("0A0B0C0D",)
    assert (done.outbox_cleared, done.outbox_in_flight) == (1, 0)  # never sent: cleared
    assert _found(station, 3) == [] and _found(station, 5) == [other]
    with station.reading() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Fingerprint).where(
            Fingerprint.person_id == person)) == 0
        enrolment, erased = (s.execute(sa.select(OUTBOX.c.sealed_biometrics, OUTBOX.c.payload)
                                       .where(OUTBOX.c.record_id == person,
                                              OUTBOX.c.kind == kind)).one()
                             for kind in ("enrolment", "fingerprints_erased"))
        event = s.scalar(sa.select(AuditEvent.details).where(
            AuditEvent.action == "person.fingerprints_erased"))
        # the other person's templates still travel
        assert s.scalar(sa.select(OUTBOX.c.sealed_biometrics).where(
            OUTBOX.c.record_id == other)) is not None
        verify_chain(s, audit_key=station.keyring.audit_key)
    assert enrolment.sealed_biometrics is None and erased.sealed_biometrics is None
    payload = cbor2.loads(erased.payload)
    assert payload["person_id"] == person and payload["fingers"] == [2, 7]
    assert payload["asked_by"] == "self" and payload["guardian"] is None
    details = json.loads(event)
    assert details["fingers"] == [2, 7] and details["cards_holding"] == ["0A0B0C0D"]
    assert details["erased_by"] == "super" and details["images_erased"] == 0
    assert "template" not in event.lower()

    # the registration stays; the record says what became of the prints
    record = get_person(station, person)
    assert record["fingers"] == [] and record["latin_name"] == "Sok Dara"
    assert record["fingerprints_erased"] == {"on": LATER.date().isoformat(), "by": "super",
                                             "asked_by": "self", "guardian": None,
                                             "fingers": [2, 7]}
    # what the person was told: the registry can no longer find them by their fingers
    again = enrol(station, demographics("Sok Dara"), person_fingers(3), operator=clerk,
                  now=LATER, policy=POLICY, new_household=True)
    assert isinstance(again, Enrolled) and again.person_id != person


def test_what_is_on_its_way_keeps_its_templates_what_is_delivered_loses_them(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo) -> None:
    on_way = _enrol(station, clerk, 3, "Sok Dara")
    delivered = _enrol(station, clerk, 5, "Chan Vuthy")
    with station.transaction() as s:
        s.execute(OUTBOX.update().where(OUTBOX.c.record_id == on_way)
                  .values(state="sent", attempts=1))
        s.execute(OUTBOX.update().where(OUTBOX.c.record_id == delivered)
                  .values(state="acked", attempts=1))
    first = erase_fingerprints(station, on_way, asked_by="self", by=supervisor, now=LATER)
    second = erase_fingerprints(station, delivered, asked_by="self", by=supervisor, now=LATER)
    assert (first.outbox_cleared, first.outbox_in_flight) == (0, 1)
    assert (second.outbox_cleared, second.outbox_in_flight) == (1, 0)
    with station.reading() as s:
        kept = dict(s.execute(sa.select(OUTBOX.c.record_id, OUTBOX.c.sealed_biometrics)
                              .where(OUTBOX.c.kind == "enrolment")).all())
    # sent again exactly as first sent; the erasure item behind it erases it at the centre
    assert kept[on_way] is not None and kept[delivered] is None


def test_refusals_say_why_in_one_line_and_write_nothing(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo) -> None:
    adult = _enrol(station, clerk, 3, "Sok Dara")
    child = _enrol(station, clerk, 7, "Sok Mealea", birth_date=dt.date(2015, 6, 1))
    dead = _enrol(station, clerk, 9, "Keo Sophal")
    record_death(station, dead, died_on=NOW.date(), source="certificate 9/2026",
                 by=supervisor, now=NOW)
    before = _written(station)
    with pytest.raises(PermissionDenied):
        erase_fingerprints(station, adult, asked_by="self", by=clerk, now=LATER)
    for person, asked_by, guardian, why in (
            (child, "self", None, "under 18: a parent or guardian asks"),
            (adult, "guardian", " ", "name the parent or guardian"),
            (adult, "self", "Chan Sophea", "only when the guardian asks"),
            (adult, "someone", None, "say who asks"),
            (dead, "self", None, "recorded as deceased on 2026-11-22")):
        with pytest.raises(ErasureRefused, match=why) as refused:
            erase_fingerprints(station, person, asked_by=asked_by, guardian=guardian,
                               by=supervisor, now=LATER)
        assert "\n" not in str(refused.value)
    assert _written(station) == before

    # a duplicate case compares a newcomer's prints with the adult's: decided first
    case = enrol(station, demographics("Sok Dara Two"), person_fingers(3), operator=clerk,
                 now=NOW, policy=POLICY, new_household=True)
    assert isinstance(case, NeedsAdjudication)
    before = _written(station)
    with pytest.raises(ErasureRefused, match=f"duplicate case {case.adjudication_id}"):
        erase_fingerprints(station, adult, asked_by="self", by=supervisor, now=LATER)
    assert _written(station) == before

    # a parent asks for the child; asked again, nothing is left to erase
    done = erase_fingerprints(station, child, asked_by="guardian",
                              guardian="  Sok  Chanthy ", by=supervisor, now=LATER)
    assert done.guardian == "Sok Chanthy"
    before = _written(station)
    with pytest.raises(ErasureRefused, match="nothing to erase \\(erased on "
                                             "2026-11-25 by super\\)"):
        erase_fingerprints(station, child, asked_by="guardian", guardian="Sok Chanthy",
                           by=supervisor, now=LATER)
    assert _written(station) == before


SAMPLE = Path(__file__).parents[2] / "fixtures" / "fingerprints" / "sample"


def sws_enrolled(sws: Any) -> str:
    """`sws enrol` Sok Dara with two index fingers from the sample images; her person id."""
    code, out, err = sws(
        "enrol", "--local-name", "សុខ ដារា", "--latin-name", "Sok Dara", "--sex", "F",
        "--born", "1990-04-12", "--province", "12", "--district", "1204",
        "--commune", "120401", "--village", "12040103", "--new-household",
        "--consent", "self", "--finger", f"right-index={SAMPLE / '101_1.png'}",
        "--finger", f"left-index={SAMPLE / '102_1.png'}")
    assert code == 0, err
    return str(out.strip())


def test_sws_person_erase_fingerprints(home: Path, capsys: pytest.CaptureFixture[str],  # noqa: F811
                                       ) -> None:
    sws = sws_in(capsys)
    person = sws_enrolled(sws)
    code, _, err = sws("person", "erase-fingerprints", person, "--asked-by", "guardian")
    assert code == 4 and err.strip().endswith("name the parent or guardian who asks "
                                              "(1-200 characters)")
    code, out, err = sws("person", "erase-fingerprints", person, "--asked-by", "self")
    assert code == 0, err
    assert out.startswith(f"fingerprints erased: {person}: right-index, left-index; the "
                          "centre is told")
    code, out, _ = sws("person", "show", person)
    assert code == 0
    assert "fingers: none: erased on " in out and "asked by the person" in out
    code, _, err = sws("person", "erase-fingerprints", person, "--asked-by", "self")
    assert code == 4 and "nothing to erase" in err


def test_a_restore_erases_again_what_the_centre_says_was_erased_after_the_backup(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo) -> None:
    """`erase_again` (a restored station, before it sends anything): the prints the centre
    says this station erased go again: rows, delivered outbox copies (one still to be
    answered keeps them until it is), gallery; one event each naming the restore and the
    first erasure; a new erasure item. Persons the centre does not name keep theirs."""
    delivered = _enrol(station, clerk, 3, "Sok Dara")
    on_way = _enrol(station, clerk, 5, "Chan Vuthy")
    kept = _enrol(station, clerk, 7, "Keo Mala")
    with station.transaction() as s:
        s.execute(OUTBOX.update().where(OUTBOX.c.record_id == delivered)
                  .values(state="acked", attempts=1))
        s.execute(OUTBOX.update().where(OUTBOX.c.record_id.in_([on_way, kept]))
                  .values(state="sent", attempts=1))
    asked: list[list[str]] = []

    def centre(ids: list[str]) -> list[dict[str, object]]:
        asked.append(ids)
        return [{"person_id": p, "erased_at": "2026-11-23T09:30:00", "asked_by": "self",
                 "guardian": None, "fingers": [2, 7], "erased_by": supervisor.id}
                for p in (delivered, on_way, "a-person-not-here")]

    done = erase_again(station, centre, now=LATER, restore_epoch="epoch-1")

    assert sorted(asked[0]) == sorted([delivered, on_way, kept])  # who holds prints here
    assert {d.person_id: (d.outbox_cleared, d.outbox_in_flight) for d in done} == {
        delivered: (1, 0), on_way: (0, 1)}
    assert _found(station, 3) == [] and _found(station, 5) == [] and _found(station, 7) == [kept]
    with station.reading() as s:
        left = dict(s.execute(sa.select(Fingerprint.person_id, sa.func.count())
                              .group_by(Fingerprint.person_id)).all())
        copies = dict(s.execute(sa.select(OUTBOX.c.record_id, OUTBOX.c.sealed_biometrics)
                                .where(OUTBOX.c.kind == "enrolment")).all())
        items = s.execute(sa.select(OUTBOX.c.record_id, OUTBOX.c.payload).where(
            OUTBOX.c.kind == "fingerprints_erased")).all()
        events = [json.loads(d) for d in s.scalars(sa.select(AuditEvent.details).where(
            AuditEvent.action == "person.fingerprints_erased"))]
        verify_chain(s, audit_key=station.keyring.audit_key)
    assert left == {kept: 2}
    assert copies[delivered] is None and copies[on_way] is not None  # until answered
    assert copies[kept] is not None
    assert sorted(r for r, _ in items) == sorted([delivered, on_way])
    assert all(cbor2.loads(p)["again_after_restore"] == "epoch-1" for _, p in items)
    assert [e["again_after_restore"] for e in events] == ["epoch-1", "epoch-1"]
    assert {e["erased_by"] for e in events} == {"super"}
    # the record says the first erasure: its day, who did it, who asked
    record = get_person(station, delivered)
    assert record["fingerprints_erased"] == {"on": "2026-11-23", "by": "super",
                                             "asked_by": "self", "guardian": None,
                                             "fingers": [2, 7]}
    # asked again: nothing left to erase; a centre from before erasures says nothing
    assert erase_again(station, centre, now=LATER, restore_epoch="epoch-1") == []
    assert erase_again(station, lambda ids: None, now=LATER, restore_epoch="e") == []
    assert _written(station)[2] == 2


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # PostgreSQL's: the server's
def test_the_erased_ciphertext_is_nowhere_in_the_sqlite_files(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo) -> None:
    """Not even in free space or the write-ahead log: deleted rows are zeroed (secure
    delete) and the log is cut after the erasure, so a copy of the registry's files taken
    afterwards holds no trace of the sealed templates."""
    person = _enrol(station, clerk, 3, "Sok Dara")
    with station.reading() as s:
        sealed = [bytes(b) for b in s.scalars(sa.select(Fingerprint.template_sealed).where(
            Fingerprint.person_id == person))]
        sealed.append(bytes(s.scalar(sa.select(OUTBOX.c.sealed_biometrics).where(
            OUTBOX.c.record_id == person, OUTBOX.c.kind == "enrolment"))))
    path = Path(str(station.engine.url.database))

    def on_disk() -> bytes:
        return b"".join(f.read_bytes() for f in (path, Path(f"{path}-wal")) if f.exists())

    station.engine.dispose()  # the enrolment's pages in the main file too
    assert all(piece[-32:] in on_disk() for piece in sealed)
    erase_fingerprints(station, person, asked_by="self", by=supervisor, now=LATER)
    files = on_disk()
    assert not any(piece[-32:] in files for piece in sealed)

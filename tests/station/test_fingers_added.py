"""Fingerprints added to a person already registered (after an erasure and consent given
again, or a finger not available at enrolment): searched 1:N first, then rows, audit event
and outbox item in one transaction; a match with someone else adds nothing and says who.
On SQLite and on a real PostgreSQL (the ``station`` fixture)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import cbor2
import pytest
import sqlalchemy as sa

from station.errors import BadInput, InvalidDemographics, PermissionDenied, UnknownPerson
from station.model.consent import consent_of
from station.model.deaths import record_death
from station.model.enrolment import Enrolled, enrol
from station.model.erasure import erase_again, erase_fingerprints
from station.model.fingers_added import AdditionRefused, FingersMatchOthers, add_fingerprints
from station.model.operators import OperatorInfo, create_operator
from station.model.persons import get_person
from station.model.station import Station
from station.registry.audit import verify_chain
from station.registry.base import OUTBOX
from station.registry.models import AuditEvent, Fingerprint
from tests.station.helpers import (
    NOW,
    PASSWORD,
    POLICY,
    demographics,
    make_template,
    person_fingers,
    sws_in,
)
from tests.station.test_cli import home  # noqa: F401 - the CLI's initialised station
from tests.station.test_erasure import (
    SAMPLE,
    _enrol,
    _found,
    _two_and_a_card,
    _written,
    sws_enrolled,
)

ERASED = NOW + dt.timedelta(days=3)
ADDED = NOW + dt.timedelta(days=10)
SELF = consent_of("self")


def _fingers(station: Station, person_id: str) -> list[str]:
    return [f["finger"] for f in get_person(station, person_id)["fingers"]]


def test_prints_given_again_after_an_erasure_are_written_queued_and_found(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo) -> None:
    person, other = _two_and_a_card(station, clerk)
    erase_fingerprints(station, person, asked_by="self", by=supervisor, now=ERASED)
    assert _found(station, 3) == []

    done = add_fingerprints(station, person, person_fingers(3), consent=SELF, operator=clerk,
                            now=ADDED, policy=POLICY)

    assert set(done.qualities) == {"right-index", "left-index"}
    assert done.cards_without == ("0A0B0C0D",) and not done.consent_recorded
    assert _found(station, 3) == [person] and _found(station, 5) == [other]
    assert _fingers(station, person) == ["right-index", "left-index"]
    with station.reading() as s:
        item = s.execute(sa.select(OUTBOX.c.payload, OUTBOX.c.sealed_biometrics, OUTBOX.c.seq)
                         .where(OUTBOX.c.kind == "fingerprints_added")).one()
        erasure_seq = s.scalar(sa.select(OUTBOX.c.seq).where(
            OUTBOX.c.kind == "fingerprints_erased"))
        event = s.scalar(sa.select(AuditEvent.details).where(
            AuditEvent.action == "person.fingerprints_added"))
        created = set(s.scalars(sa.select(Fingerprint.created_at).where(
            Fingerprint.person_id == person)))
        verify_chain(s, audit_key=station.keyring.audit_key)
    assert created == {ADDED.replace(tzinfo=None)}
    assert item.sealed_biometrics is not None and item.seq > erasure_seq
    payload = cbor2.loads(item.payload)
    assert payload["person_id"] == person and set(payload["fingers"]) == {"2", "7"}
    assert payload["consent"]["given_by"] == "self"
    details = json.loads(event)
    assert details["fingers"] == [2, 7] and details["cards_without"] == ["0A0B0C0D"]
    assert "template" not in event.lower()

    # a restore from a backup made before the erasure erases what the backup brought back,
    # never what was given again since
    assert erase_again(station, lambda ids: [
        {"person_id": person, "erased_at": ERASED.replace(tzinfo=None).isoformat(),
         "asked_by": "self", "fingers": [2, 7], "erased_by": supervisor.id}],
        now=ADDED, restore_epoch="e1") == []
    assert _found(station, 3) == [person]


def test_a_finger_available_later_is_added_beside_those_on_file(
        station: Station, clerk: OperatorInfo) -> None:
    out = enrol(station, demographics("Keo Mala"), {"right-index": make_template(11)},
                operator=clerk, now=NOW, policy=POLICY, new_household=True,
                missing={"left-index": "bandaged"})
    assert isinstance(out, Enrolled)
    # the guardian's consent is new: recorded as a consent too (event and update for the centre)
    done = add_fingerprints(station, out.person_id, {"left-index": make_template(12)},
                            consent=consent_of("guardian", "Keo Sopheak"), operator=clerk,
                            now=ADDED, policy=POLICY)
    assert done.consent_recorded and list(done.qualities) == ["left-index"]
    assert _fingers(station, out.person_id) == ["right-index", "left-index"]
    with station.reading() as s:
        kinds = list(s.scalars(sa.select(OUTBOX.c.kind).order_by(OUTBOX.c.seq)))
    assert kinds[-2:] == ["person_update", "fingerprints_added"]


def test_prints_added_that_the_centre_finds_someone_elses_stop_the_persons_cards(
        station: Station, clerk: OperatorInfo) -> None:
    """The centre held the added prints as a match of someone enrolled elsewhere and its
    adjudicator decided the two are one person (the answer `sws sync` pulls into the item):
    the person is registered twice, so as for an enrolment so refused, their record says it,
    no card is written for them, and the card written before is named for revocation."""
    from station.cli.people import _national_text
    from station.model.cards import record_issued
    from station.model.persons import national_check_of
    from station.model.ui_cards import issue_card
    from station.model.ui_supervisor import cards_to_revoke

    out = enrol(station, demographics("Keo Mala"), {"right-index": make_template(11)},
                operator=clerk, now=NOW, policy=POLICY, new_household=True,
                missing={"left-index": "bandaged"})
    assert isinstance(out, Enrolled)
    record_issued(station, person_id=out.person_id, serial="0D01", credential=b"cose-d",
                  by=clerk, now=NOW)
    add_fingerprints(station, out.person_id, {"left-index": make_template(12)},
                     consent=SELF, operator=clerk, now=ADDED, policy=POLICY)

    def answer(kind: str, state: str, reason: str | None = None) -> None:
        with station.transaction() as session:  # what Uploader.pull_statuses records
            session.execute(sa.update(OUTBOX).where(OUTBOX.c.kind == kind,
                                                    OUTBOX.c.record_id == out.person_id)
                            .values(state=state, central_status=state, central_reason=reason))

    answer("enrolment", "acked")
    answer("fingerprints_added", "duplicate")  # held: said beside the enrolment's answer
    held = national_check_of(station, out.person_id)
    assert held is not None and not held["same_person"]
    assert held["fingerprints_added"] == "duplicate"
    assert _national_text(held).startswith("accepted by the central registry")
    assert "fingerprints added later: held at the central registry" in _national_text(held)
    assert cards_to_revoke(station) == []

    answer("fingerprints_added", "rejected", "adjudicated_same_person")
    national = national_check_of(station, out.person_id)
    assert national is not None and national["same_person"]
    assert national["text"].startswith("refused by the central registry: fingerprints added")
    assert _national_text(national) == national["text"]
    assert [c.serial for c in cards_to_revoke(station)] == ["0D01"]
    with pytest.raises(BadInput, match="found this person already enrolled at another"):
        issue_card(station, out.person_id, reader="no such reader", operator=clerk,
                   now=ADDED, verifier=None)


def test_fingers_that_match_someone_else_add_nothing_and_say_who(
        station: Station, clerk: OperatorInfo) -> None:
    first = _enrol(station, clerk, 3, "Sok Dara")
    out = enrol(station, demographics("Chan Vuthy"), {"right-index": make_template(21)},
                operator=clerk, now=NOW, policy=POLICY, new_household=True)
    assert isinstance(out, Enrolled)
    events, items, rows = _written(station)
    with pytest.raises(FingersMatchOthers, match=f"match 1 other registered person "
                       f"\\({first}\\): nothing was added") as refused:
        # Sok Dara's left index, captured as Chan Vuthy's
        add_fingerprints(station, out.person_id, {"left-index": make_template(1003)},
                         consent=SELF, operator=clerk, now=ADDED, policy=POLICY)
    assert [c.person_id for c in refused.value.candidates] == [first]
    assert refused.value.exit_code == 3
    assert _written(station) == (events + 1, items, rows)  # only the attempt, in the trail
    with station.reading() as s:
        details = json.loads(s.scalar(sa.select(AuditEvent.details).where(
            AuditEvent.action == "person.fingerprints_refused")))
    assert details == {"fingers": [7], "candidates": [first]}


def test_refusals_write_nothing(station: Station, clerk: OperatorInfo,
                                supervisor: OperatorInfo) -> None:
    person = _enrol(station, clerk, 3, "Sok Dara")
    child = _enrol(station, clerk, 5, "Sok Nita", birth_date=dt.date(2016, 1, 2))
    auditor = create_operator(station, username="audit1", full_name="Ly Auditor",
                              role="auditor", password=PASSWORD, now=NOW, by=supervisor)
    before = _written(station)
    with pytest.raises(AdditionRefused, match="Right index of Sok Dara is already on file"):
        add_fingerprints(station, person, {"right-index": make_template(40)}, consent=SELF,
                         operator=clerk, now=ADDED, policy=POLICY)
    with pytest.raises(InvalidDemographics):  # a child agrees through a parent or guardian
        add_fingerprints(station, child, {"right-thumb": make_template(41)}, consent=SELF,
                         operator=clerk, now=ADDED, policy=POLICY)
    with pytest.raises(UnknownPerson):
        add_fingerprints(station, "no-such-person", {"right-thumb": make_template(42)},
                         consent=SELF, operator=clerk, now=ADDED, policy=POLICY)
    with pytest.raises(PermissionDenied):
        add_fingerprints(station, person, {"right-thumb": make_template(43)}, consent=SELF,
                         operator=auditor, now=ADDED, policy=POLICY)
    assert _written(station) == before
    record_death(station, person, died_on=ADDED.date(), source="certificate 9/2026",
                 by=supervisor, now=ADDED)
    before = _written(station)
    with pytest.raises(AdditionRefused, match="recorded as deceased"):
        add_fingerprints(station, person, {"right-thumb": make_template(44)}, consent=SELF,
                         operator=clerk, now=ADDED, policy=POLICY)
    assert _written(station) == before


def test_sws_person_add_fingerprints(home: Path, capsys: pytest.CaptureFixture[str],  # noqa: F811
                                     ) -> None:
    sws = sws_in(capsys)
    person = sws_enrolled(sws)
    code, _, err = sws("person", "erase-fingerprints", person, "--asked-by", "self")
    assert code == 0, err
    code, _, err = sws("person", "add-fingerprints", person, "--consent", "self")
    assert code == 4 and "at least one --finger" in err
    code, out, err = sws("person", "add-fingerprints", person, "--consent", "self",
                         "--finger", f"right-index={SAMPLE / '101_2.png'}")
    assert code == 0, err
    assert out.startswith(f"fingerprints added: {person}: right-index (quality ")
    assert "the centre checks them nationally at the next sync" in out
    code, out, _ = sws("person", "show", person)
    assert code == 0 and "fingers: right-index" in out
    code, _, err = sws("person", "add-fingerprints", person, "--consent", "self",
                       "--finger", f"right-index={SAMPLE / '101_3.png'}")
    assert code == 4 and "already on file" in err

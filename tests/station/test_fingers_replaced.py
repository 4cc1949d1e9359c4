"""Fingerprints replaced (a poor print captured again): presence shown by a capture that
matches the print on file, or a supervisor's decision; searched 1:N against everyone else;
old rows deleted, new rows, audit event and outbox item in one transaction; the gallery
takes the new print in the old one's place. On SQLite and on a real PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import cbor2
import numpy as np
import pytest
import sqlalchemy as sa

from station.errors import InvalidDemographics, PermissionDenied, UnknownPerson
from station.model.consent import consent_of
from station.model.deaths import record_death
from station.model.fingers_added import AdditionRefused, FingersMatchOthers
from station.model.fingers_replaced import NotShownPresent, replace_fingerprints
from station.model.operators import OperatorInfo, create_operator
from station.model.station import Station
from station.registry.audit import verify_chain
from station.registry.base import OUTBOX
from station.registry.models import AuditEvent, Fingerprint
from tests.station.helpers import NOW, PASSWORD, POLICY, make_template, sws_in
from tests.station.test_cli import home  # noqa: F401 - the CLI's initialised station
from tests.station.test_erasure import SAMPLE, _enrol, _two_and_a_card, _written, sws_enrolled
from tests.station.test_fingers_added import ADDED, SELF, _fingers

POOR = "the hospital's check fails: the print on file is smeared"


def recapture(seed: int, shift: float = 1.0) -> Any:
    """The finger of ``make_template(seed)`` touched again: minutiae moved by about a pixel,
    their directions a little, six of them not found this time."""
    from matcher import Template

    first = make_template(seed)
    rng = np.random.default_rng(seed + 99)
    m = first.minutiae[:34].copy()
    m[:, :2] += rng.normal(0, shift, (len(m), 2))
    m[:, 2] = np.mod(m[:, 2] + rng.normal(0, 0.05, len(m)), 2 * np.pi)
    again = Template(m.astype(np.float32), width=first.width, height=first.height, quality=70)
    return Template.from_iso19794_2(again.to_iso19794_2())


def _found(station: Station, template: Any, finger: str = "right-index") -> list[str]:
    from station.model.biometrics import check_fingers
    from station.model.gallery_sync import search_person

    probe = {f: c.template for f, c in check_fingers({finger: template}, POLICY).items()}
    return [c.person_id for c in search_person(station.current_gallery(), probe, POLICY)]


def _rows(station: Station, person_id: str) -> dict[int, tuple[str, int]]:
    with station.reading() as s:
        return {int(p): (i, int(q)) for i, p, q in s.execute(
            sa.select(Fingerprint.id, Fingerprint.position, Fingerprint.quality)
            .where(Fingerprint.person_id == person_id))}


def test_a_poor_print_captured_again_takes_its_place_everywhere(
        station: Station, clerk: OperatorInfo) -> None:
    """Sok Dara's right index (seed 3) captured again by a clerk: the new capture matches
    the print on file, which shows she is the person registered."""
    person, other = _two_and_a_card(station, clerk)
    old = _rows(station, person)

    done = replace_fingerprints(station, person, {"right-index": recapture(3)}, reason=POOR,
                                consent=SELF, operator=clerk, now=ADDED, policy=POLICY)

    assert done.matched == ("right-index",) and done.reason == POOR
    assert done.qualities == {"right-index": 70} and done.before == {"right-index": 60}
    assert done.cards_with_old == ("0A0B0C0D",) and not done.consent_recorded
    new = _rows(station, person)
    assert new[7] == old[7] and new[2][1] == 70 and new[2][0] != old[2][0]
    assert _fingers(station, person) == ["right-index", "left-index"]
    assert _found(station, recapture(3)) == [person]
    assert _found(station, make_template(5)) == [other]
    with station.reading() as s:
        item = s.execute(sa.select(OUTBOX.c.payload, OUTBOX.c.sealed_biometrics)
                         .where(OUTBOX.c.kind == "fingerprints_added")).one()
        event = s.scalar(sa.select(AuditEvent.details).where(
            AuditEvent.action == "person.fingerprints_replaced"))
        verify_chain(s, audit_key=station.keyring.audit_key)
    payload = cbor2.loads(item.payload)
    assert payload["replaced_fingers"] == [2] and payload["reason"] == POOR
    assert set(payload["fingers"]) == {"2"} and payload["quality_before"] == {"2": 60}
    assert item.sealed_biometrics is not None
    details = json.loads(event)
    assert details["matched"] == [2] and details["cards_without"] == ["0A0B0C0D"]
    assert "template" not in event.lower()


def test_a_print_too_poor_to_match_needs_a_check_finger_or_a_supervisor(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo) -> None:
    person, _ = _two_and_a_card(station, clerk)
    unlike = make_template(77)  # the old print matches nothing of the new one
    before = _written(station)
    with pytest.raises(NotShownPresent, match="no finger captured matches the print on file "
                       "of Sok Dara \\(Right index\\): nothing was replaced; a supervisor"):
        replace_fingerprints(station, person, {"right-index": unlike}, reason=POOR,
                             consent=SELF, operator=clerk, now=ADDED, policy=POLICY)
    events, items, rows = _written(station)
    assert (events, items, rows) == (before[0] + 1, before[1], before[2])  # the try, audited
    with station.reading() as s:
        tried = json.loads(s.scalar(sa.select(AuditEvent.details).where(
            AuditEvent.action == "person.fingerprints_replace_refused")))
    assert tried == {"fingers": [2], "checked": [], "reason": POOR}
    assert _found(station, make_template(3)) == [person]  # the old print still on file

    # her left index, captured as a check, matches its print on file: a clerk may
    done = replace_fingerprints(station, person, {"right-index": unlike}, reason=POOR,
                                check={"left-index": recapture(1003)}, consent=SELF,
                                operator=clerk, now=ADDED, policy=POLICY)
    assert done.matched == ("left-index",) and list(done.qualities) == ["right-index"]
    assert _found(station, unlike) == [person] and _found(station, make_template(3)) == []

    # nothing matches but a supervisor decides (and the trail says no finger matched)
    again = make_template(78)
    done = replace_fingerprints(station, person, {"right-index": again}, reason=POOR,
                                consent=SELF, operator=supervisor, now=ADDED, policy=POLICY)
    assert done.matched == ()
    assert _found(station, again) == [person] and _found(station, unlike) == []


def test_prints_that_match_someone_else_replace_nothing(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo) -> None:
    person, other = _two_and_a_card(station, clerk)
    before = _rows(station, person)
    with pytest.raises(FingersMatchOthers, match=f"match 1 other registered person "
                       f"\\({other}\\): nothing was replaced") as refused:
        # Chan Vuthy's right index (seed 5) put on Sok Dara's record by a supervisor (the
        # registry tests' gallery finds a print only by itself)
        replace_fingerprints(station, person, {"right-index": make_template(5)}, reason=POOR,
                             consent=SELF, operator=supervisor, now=ADDED, policy=POLICY)
    assert refused.value.exit_code == 3
    assert _rows(station, person) == before
    with station.reading() as s:
        details = json.loads(s.scalar(sa.select(AuditEvent.details).where(
            AuditEvent.action == "person.fingerprints_replace_matched")))
    assert details == {"fingers": [2], "candidates": [other]}


def test_replacement_refusals_write_nothing(station: Station, clerk: OperatorInfo,
                                           supervisor: OperatorInfo) -> None:
    from station.model.enrolment import Enrolled, enrol
    from tests.station.helpers import demographics

    person = _enrol(station, clerk, 3, "Sok Dara")
    child = enrol(station, demographics("Sok Nita", birth_date=NOW.date().replace(year=2016)),
                  {"right-index": make_template(50)}, operator=clerk, now=NOW, policy=POLICY,
                  new_household=True)
    assert isinstance(child, Enrolled)
    auditor = create_operator(station, username="audit1", full_name="Ly Auditor",
                              role="auditor", password=PASSWORD, now=NOW, by=supervisor)
    before = _written(station)

    def replace(person_id: str, fingers: dict[str, Any], **kw: Any) -> Any:
        args: dict[str, Any] = {"reason": POOR, "consent": SELF, "operator": clerk,
                                "now": ADDED, "policy": POLICY, **kw}
        return replace_fingerprints(station, person_id, fingers, **args)

    with pytest.raises(AdditionRefused, match="Right thumb of Sok Dara has no print on file"):
        replace(person, {"right-thumb": make_template(40)})
    with pytest.raises(AdditionRefused, match="Left index: a finger is either replaced or "
                       "checked, not both"):
        replace(person, {"left-index": recapture(1003)}, check={"left-index": recapture(1003)})
    with pytest.raises(AdditionRefused, match="say why the prints are replaced") as no_reason:
        replace(person, {"right-index": recapture(3)}, reason="  ")
    assert no_reason.value.field == "reason"
    with pytest.raises(InvalidDemographics):  # a child agrees through a parent or guardian
        replace(child.person_id, {"right-index": recapture(50)})
    with pytest.raises(UnknownPerson):
        replace("no-such-person", {"right-index": recapture(3)})
    with pytest.raises(PermissionDenied):
        replace(person, {"right-index": recapture(3)}, operator=auditor)
    assert _written(station) == before
    record_death(station, person, died_on=ADDED.date(), source="certificate 9/2026",
                 by=supervisor, now=ADDED)
    before = _written(station)
    with pytest.raises(AdditionRefused, match=r"recorded as deceased .*: no fingerprints are "
                       "replaced"):
        replace(person, {"right-index": recapture(3)})
    assert _written(station) == before
    # a guardian agrees for the child: replaced, and the consent recorded as new
    done = replace(child.person_id, {"right-index": recapture(50)},
                   consent=consent_of("guardian", "Sok Vanna (father)"))
    assert done.consent_recorded and done.matched == ("right-index",)


def test_sws_person_replace_fingerprints(home: Path, capsys: pytest.CaptureFixture[str],  # noqa: F811
                                         ) -> None:
    sws = sws_in(capsys)
    person = sws_enrolled(sws)
    code, _, err = sws("person", "replace-fingerprints", person, "--consent", "self",
                       "--reason", "smeared", "--finger", f"right-thumb={SAMPLE / '101_2.png'}")
    assert code == 4 and "Right thumb of Sok Dara has no print on file" in err
    code, out, err = sws("person", "replace-fingerprints", person, "--consent", "self",
                         "--reason", "the hospital's check fails",
                         "--finger", f"right-index={SAMPLE / '101_3.png'}")
    assert code == 0, err
    assert out.startswith(f"fingerprints replaced: {person}: right-index (quality ")
    assert "shown present by right-index" in out
    assert "the centre checks them nationally at the next sync" in out
    code, out, err = sws("person", "replace-fingerprints", person, "--consent", "self",
                         "--reason", "smeared", "--json",
                         "--finger", f"left-index={SAMPLE / '103_1.png'}")
    # another finger given as her left index matches no print on file; a supervisor (this
    # CLI's operator) replaces it all the same, and the answer says no finger matched
    assert code == 0, err
    answer = json.loads(out)
    assert answer["status"] == "replaced" and answer["matched"] == []
    assert answer["qualities"].keys() == {"left-index"} and answer["reason"] == "smeared"

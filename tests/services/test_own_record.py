"""A person's own record (the privacy notice's "you may see your record"): what the registry
holds about them on paper, never their fingerprints, and its giving in the audit trail."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from station.errors import PermissionDenied, UnknownPerson
from station.model.audit_log import details_of
from station.model.consent import consent_of
from station.model.corrections import correct_person
from station.model.operators import OperatorInfo, create_operator
from station.model.reconsent import record_consent
from station.model.station import Station
from station.registry.models import AuditEvent, Card, Fingerprint
from station.services import grievances, payments
from station.services.own_record import RECORD_GIVEN, give_person_record, person_record
from tests.services.conftest import NOW, PASSWORD, TODAY, Family
from tests.services.test_cli_counter import LOGIN, home, run, run_json
from tests.services.test_memberships import _voluntary_membership

DAY = dt.timedelta(days=1)

__all__ = ["home"]  # the fixture, shared with the counter's command-line tests


def _history(station: Station, family: Family, clerk: OperatorInfo,
             supervisor: OperatorInfo) -> dict[str, str]:
    """The mother's life at the office: a finger, a voluntary insurance paid and partly
    refunded, a card used at a hospital, a grievance, a corrected phone, a consent."""
    membership = _voluntary_membership(station, family, clerk)
    paid = payments.record_payment(station, membership, 1500, operator=clerk, now=NOW)
    with station.transaction() as session:
        session.add(Fingerprint(id="f-1", person_id=family.mother, position=2,
                                template_sealed=b"sealed template bytes", key_id="k1",
                                quality=71, image_sha256="ab" * 32,
                                created_at=NOW.replace(tzinfo=None)))
        session.add(Card(serial="0C77", person_id=family.mother, credential=b"x",
                         status="issued", issued_at=NOW.replace(tzinfo=None)))
        station.audit(session, action="service.use", subject_type="card", subject_id="0C77",
                      details={"facility": "Provincial hospital", "person_id": family.mother},
                      operator_id=clerk.id, now=NOW + DAY)
    reference_id = grievances.intake(station, category="exclusion",
                                     description="my son was left out", operator=clerk,
                                     now=NOW, person_id=family.mother)
    correct_person(station, family.mother, {"phone": "012 345 678"},
                   reason="she changed phones", operator=clerk, now=NOW)
    record_consent(station, family.mother, consent_of("self"), operator=clerk, now=NOW)
    return {"membership": membership, "receipt": paid.receipt_no, "grievance": reference_id}


def test_the_record_holds_what_the_registry_holds_and_no_biometric_data(
        station: Station, family: Family, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    made = _history(station, family, clerk, supervisor)
    from station.model.locations import load_for_home

    with station.reading() as session:
        report = person_record(session, family.mother, as_of=TODAY + DAY,
                               station_id=station.settings.station_id, zone=dt.UTC,
                               places=load_for_home(station.settings.config_dir))
    details = dict(report.table("summary").rows)
    assert details["person id"] == family.mother and details["phone"] == "012 345 678"
    assert details["sex"] == "female" and details["birth date"] == "1990-05-01"
    assert details["household"] == family.household_id
    assert details["consent given by"] == "the person"
    assert details["central registry"] == "not sent"  # written straight in: no enrolment
    assert report.table("fingers").rows == [("right-index", TODAY.isoformat())]
    assert "HEALTH_VOLUNTARY" in [r[0] for r in report.table("programmes").rows]
    assert report.table("cards").rows == [("0C77", "issued", TODAY.isoformat(), "")]
    [paid] = report.table("contributions").rows
    assert paid[1:] == (made["receipt"], "HEALTH_VOLUNTARY", "payment", 1500, paid[5])
    assert report.table("visits").rows == [((TODAY + DAY).isoformat(), "Provincial hospital",
                                            "0C77")]
    [grievance] = report.table("own_grievances").rows
    assert grievance[2:] == ("exclusion", "received")
    actions = [row[1] for row in report.table("history").rows]
    for action in ("programme.join", "contribution.pay", "service.use",
                   "grievance.intake", "person.correct", "person.consent"):
        assert action in actions, action
    # the family's other members' own records are not in hers
    assert family.grandfather not in json.dumps(report.table("summary").as_records())
    text = repr(report)
    assert "sealed template bytes" not in text and "ab" * 32 not in text  # no biometrics


def test_giving_it_writes_a_pdf_and_an_audit_event_an_auditor_cannot(
        station: Station, family: Family, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    _history(station, family, clerk, supervisor)
    given = give_person_record(station, family.mother, by=clerk, now=NOW)
    assert given.path.parent == Path(station.settings.data_dir) / "records"
    assert given.path.read_bytes()[:5] == b"%PDF-"
    text = subprocess.run(["pdftotext", "-layout", str(given.path), "-"], check=True,
                          capture_output=True, text=True).stdout
    for words in ("What the registry holds about you", "012 345 678", "Provincial hospital",
                  "HEALTH_VOLUNTARY" if "HEALTH_VOLUNTARY" in text else "Voluntary",
                  "What the office did with your record", "never printed"):
        assert words in text, words
    again = give_person_record(station, family.mother, by=clerk, now=NOW, fmt="json")
    assert again.path.name == f"record-{family.mother}-{TODAY.isoformat()}.json"
    assert json.loads(again.path.read_text())["tables"]["cards"][0]["card"] == "0C77"
    with station.reading() as session:
        events = session.query(AuditEvent).filter_by(action=RECORD_GIVEN).all()
    assert [(e.subject_id, details_of(e.details)["format"]) for e in events] == [
        (family.mother, "pdf"), (family.mother, "json")]
    auditor = create_operator(station, username="audit1", full_name="Auditor", role="auditor",
                              password=PASSWORD, now=NOW, by=supervisor)
    with pytest.raises(PermissionDenied):
        give_person_record(station, family.mother, by=auditor, now=NOW)
    with pytest.raises(UnknownPerson):
        give_person_record(station, "p-nobody", by=clerk, now=NOW)


def test_the_command_line_gives_it_in_the_desk_language_and_as_json(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws person record`: a Khmer PDF in the data folder's records/, a JSON where asked;
    --language with JSON is refused in one line, and an unknown person exits 4."""
    done = run_json(["person", "record", "p-mother", "--language", "km", *LOGIN], capsys)
    path = Path(done["output"])
    assert path.parent == home / "records" and path.suffix == ".pdf"
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "p-mother" in text and "What the registry holds" not in text  # Khmer words
    out = home / "mine.json"
    done = run_json(["person", "record", "p-mother", "--format", "json", "-o", str(out),
                     *LOGIN], capsys)
    assert json.loads(out.read_text())["tables"]["summary"][0] == {
        "measure": "person id", "value": "p-mother"}
    assert run(["person", "record", "p-mother", "--format", "csv", "--language", "km",
                *LOGIN]) == 4
    assert "--language is for the PDF" in capsys.readouterr().err
    assert run(["person", "record", "p-nobody", *LOGIN]) != 0

"""A registered person's consent is asked again when it no longer stands: a new privacy
notice, a child now of age, or nobody asked (registered before the station did). The answer
is kept in the hash-chained audit trail and sent to the centre; a refusal writes nothing. On
SQLite and on a real PostgreSQL (the ``station`` fixture)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import cbor2
import pytest
import sqlalchemy as sa

from station.errors import InvalidDemographics, PermissionDenied
from station.model import consent as consent_module
from station.model.consent import (
    CAME_OF_AGE,
    NOT_RECORDED,
    NOTICE_CHANGED,
    Notice,
    consent_due,
    consent_of,
    consent_on_file,
    privacy_notice,
    recorded_consent,
)
from station.model.enrolment import Enrolled, enrol
from station.model.operators import OperatorInfo, create_operator
from station.model.reconsent import ConsentRefused, record_consent
from station.model.station import Station
from station.registry.audit import verify_chain
from station.registry.base import OUTBOX
from tests.station.helpers import NOW, PASSWORD, POLICY, demographics, person_fingers, sws_in
from tests.station.test_cli import home  # noqa: F401 - the CLI's initialised station

CHILD_BORN = dt.date(2015, 6, 1)  # 11 on the tests' day (22/11/2026)
OF_AGE = dt.datetime(2033, 6, 2, 9, 0, tzinfo=dt.UTC)  # the child is 18


def _written(station: Station) -> tuple[int, int]:
    with station.reading() as s:
        return (int(s.scalar(sa.text("SELECT count(*) FROM audit_event")) or 0),
                int(s.scalar(sa.select(sa.func.count()).select_from(OUTBOX)) or 0))


def _new_notice(monkeypatch: pytest.MonkeyPatch) -> str:
    """A new privacy notice in force (the station delivered with another version)."""
    newer = Notice("2099-01", {"en": "The new notice."})
    monkeypatch.setattr(consent_module, "privacy_notice", lambda: newer)
    return newer.version


@pytest.mark.parametrize(("agreed", "recorded_on", "today", "due"), [
    (None, None, dt.date(2026, 11, 22), NOT_RECORDED),
    ({"given_by": "self", "notice": "CURRENT"}, dt.date(2026, 11, 22), dt.date(2030, 1, 1),
     None),
    ({"given_by": "self", "notice": "2020-01"}, dt.date(2026, 11, 22), dt.date(2026, 11, 23),
     NOTICE_CHANGED),
    # a parent agreed for a child of 11; the day before their 18th birthday, and on it
    ({"given_by": "guardian", "notice": "CURRENT", "guardian": "Chan Sophea"},
     dt.date(2026, 11, 22), dt.date(2033, 5, 31), None),
    ({"given_by": "guardian", "notice": "CURRENT", "guardian": "Chan Sophea"},
     dt.date(2026, 11, 22), dt.date(2033, 6, 1), CAME_OF_AGE),
    # a guardian who agreed for an adult (who could not decide) stays on file
    ({"given_by": "guardian", "notice": "CURRENT", "guardian": "Chan Sophea"},
     dt.date(2033, 6, 1), dt.date(2040, 1, 1), None),
])
def test_when_a_consent_is_due_again(agreed: dict[str, str] | None,
                                     recorded_on: dt.date | None, today: dt.date,
                                     due: str | None) -> None:
    if agreed is not None and agreed["notice"] == "CURRENT":
        agreed = {**agreed, "notice": privacy_notice().version}
    assert consent_due(agreed, recorded_on, CHILD_BORN, today) == due


def test_a_child_of_age_agrees_themselves_kept_in_the_trail_and_sent(
        station: Station, clerk: OperatorInfo) -> None:
    mother = consent_of("guardian", "Chan Sophea (mother)")
    out = enrol(station, demographics("Chan Nita", birth_date=CHILD_BORN, consent=mother),
                person_fingers(7), operator=clerk, now=NOW, policy=POLICY,
                new_household=True)
    assert isinstance(out, Enrolled)
    with station.reading() as s:
        still_child = consent_on_file(s, out.person_id, CHILD_BORN, NOW.date())
        grown = consent_on_file(s, out.person_id, CHILD_BORN, OF_AGE.date())
    assert still_child.due is None and still_child.recorded_on == NOW.date()
    assert grown.due == CAME_OF_AGE and grown.consent == mother.as_record()

    done = record_consent(station, out.person_id, consent_of("self"), operator=clerk,
                          now=OF_AGE)
    assert done.before == mother.as_record()
    with station.reading() as s:
        now_on_file = consent_on_file(s, out.person_id, CHILD_BORN, OF_AGE.date())
        assert recorded_consent(s, out.person_id) == consent_of("self").as_record()
        event = s.execute(sa.text(
            "SELECT details FROM audit_event WHERE action = 'person.consent' "
            "AND subject_id = :p"), {"p": out.person_id}).scalar_one()
        payload = cbor2.loads(s.scalar(sa.select(OUTBOX.c.payload).where(
            OUTBOX.c.kind == "person_update", OUTBOX.c.record_id == out.person_id)))
        verify_chain(s, audit_key=station.keyring.audit_key)
    assert now_on_file.due is None and now_on_file.recorded_on == OF_AGE.date()
    assert json.loads(event) == {"consent": consent_of("self").as_record(),
                                 "before": mother.as_record()}
    assert payload["fields"] == ["consent"]
    assert payload["demographics"]["consent"] == consent_of("self").as_record()
    assert payload["demographics"]["latin_name"] == "Chan Nita"  # the whole record, as ever


def test_a_new_notice_is_read_again_and_refusals_write_nothing(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo,
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = enrol(station, demographics(), person_fingers(3), operator=clerk, now=NOW,
                policy=POLICY, new_household=True)
    assert isinstance(out, Enrolled)
    child = enrol(station, demographics("Sok Mealea", birth_date=CHILD_BORN),
                  person_fingers(40), operator=clerk, now=NOW, policy=POLICY,
                  new_household=True)
    assert isinstance(child, Enrolled)
    version = _new_notice(monkeypatch)
    later = NOW + dt.timedelta(days=30)
    with station.reading() as s:
        assert consent_on_file(s, out.person_id, dt.date(1990, 4, 12),
                               later.date()).due == NOTICE_CHANGED
    auditor = create_operator(station, username="audit1", full_name="Keo Auditor",
                              role="auditor", password=PASSWORD, now=NOW, by=supervisor)
    before = _written(station)
    with pytest.raises(PermissionDenied):
        record_consent(station, out.person_id, consent_of("self"), operator=auditor,
                       now=later)
    with pytest.raises(InvalidDemographics, match="under 18 does not agree alone"):
        record_consent(station, child.person_id, consent_of("self"), operator=clerk,
                       now=later)
    assert _written(station) == before

    record_consent(station, out.person_id, consent_of("self"), operator=clerk, now=later)
    with station.reading() as s:
        assert recorded_consent(s, out.person_id) == {"given_by": "self", "notice": version,
                                                      "guardian": None}
    before = _written(station)
    with pytest.raises(ConsentRefused, match="already on file"):
        record_consent(station, out.person_id, consent_of("self"), operator=clerk, now=later)
    assert _written(station) == before
    from station.model.deaths import record_death

    record_death(station, child.person_id, died_on=later.date(), source="certificate 9/2026",
                 by=supervisor, now=later)
    before = _written(station)
    with pytest.raises(ConsentRefused, match="deceased"):
        record_consent(station, child.person_id, consent_of("guardian", "Sok Dara"),
                       operator=clerk, now=later)
    assert _written(station) == before


def test_the_people_to_ask_again_are_listed_and_counted(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """consents_due reads every living person's consent in two queries and answers as
    consent_on_file does for each; the coverage report counts them by why."""
    import uuid

    from station.model.consent import Due, consents_due, count_consents_due
    from station.model.deaths import record_death
    from station.registry.models import Person
    from station.services import reports
    from station.services.report_model import Area

    adult = enrol(station, demographics(), person_fingers(3), operator=clerk, now=NOW,
                  policy=POLICY, new_household=True)
    child = enrol(station, demographics("Chan Nita", birth_date=CHILD_BORN),
                  person_fingers(40), operator=clerk, now=NOW, policy=POLICY,
                  new_household=True)
    gone = enrol(station, demographics("Keo Mala"), person_fingers(7), operator=clerk,
                 now=NOW, policy=POLICY, new_household=True)
    assert isinstance(adult, Enrolled) and isinstance(child, Enrolled)
    assert isinstance(gone, Enrolled)
    never = str(uuid.uuid4())  # registered before the station asked: no consent kept
    with station.transaction() as s:
        s.add(Person(id=never, local_name="ចាន់ សុភា", latin_name="Chan Sophea", sex="F",
                     birth_date=dt.date(1970, 1, 1), province_code="12",
                     district_code="1204", commune_code="120401", village_code="12040103",
                     other_ids={}, created_at=NOW.replace(tzinfo=None)))
    everyone = (adult.person_id, child.person_id, gone.person_id, never)

    def due(day: dt.date) -> list[Due]:
        with station.reading() as s:
            found = consents_due(s, day)
            living = {p: born for p, born, died in s.execute(
                sa.select(Person.id, Person.birth_date, Person.died_on))
                if died is None or died > day}
            one_by_one = {p: consent_on_file(s, p, living[p], day)
                          for p in everyone if p in living}
            counted = count_consents_due(s, day)
        assert {d.person_id: (d.reason, d.recorded_on) for d in found} == {
            p: (f.due, f.recorded_on) for p, f in one_by_one.items() if f.due is not None}
        assert counted == {why: sum(d.reason == why for d in found)
                           for why in (NOT_RECORDED, NOTICE_CHANGED, CAME_OF_AGE)}
        return found

    assert [(d.person_id, d.reason) for d in due(NOW.date())] == [(never, NOT_RECORDED)]
    assert sorted((d.person_id, d.reason) for d in due(OF_AGE.date())) == sorted(
        [(never, NOT_RECORDED), (child.person_id, CAME_OF_AGE)])
    later = NOW + dt.timedelta(days=30)
    _new_notice(monkeypatch)
    record_death(station, gone.person_id, died_on=later.date(), source="certificate 9/2026",
                 by=supervisor, now=later)  # the dead are not asked
    record_consent(station, adult.person_id, consent_of("self"), operator=clerk, now=later)
    assert sorted((d.person_id, d.reason) for d in due(later.date())) == sorted(
        [(never, NOT_RECORDED), (child.person_id, NOTICE_CHANGED)])
    # of age under a newer notice: asked because of age (once, not also for the notice)
    assert sorted((d.person_id, d.reason) for d in due(OF_AGE.date())) == sorted(
        [(never, NOT_RECORDED), (child.person_id, CAME_OF_AGE)])
    with station.reading() as s:
        report = reports.coverage(s, as_of=later.date(), area=Area(), station_id="st")
        in_another = reports.coverage(s, as_of=later.date(), area=Area(commune="999999"),
                                      station_id="st")
    summary = dict(report.table("summary").rows)
    assert summary["people to ask for their consent again"] == 2
    assert [tuple(r) for r in report.table("consent_due").rows] == [
        (reports.CONSENT_REASONS["not_recorded"], 1),
        (reports.CONSENT_REASONS["notice_changed"], 1),
        (reports.CONSENT_REASONS["came_of_age"], 0)]
    assert dict(in_another.table("summary").rows)["people to ask for their consent again"] == 0


def test_sws_person_consent_after_a_new_notice(home: Path,  # noqa: F811
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    sws = sws_in(capsys)
    sample = Path(__file__).parents[2] / "fixtures" / "fingerprints" / "sample"
    code, out, err = sws(
        "enrol", "--local-name", "សុខ ដារា", "--latin-name", "Sok Dara", "--sex", "F",
        "--born", "1990-04-12", "--province", "12", "--district", "1204",
        "--commune", "120401", "--village", "12040103", "--new-household",
        "--consent", "self", "--finger", f"right-index={sample / '101_1.png'}")
    assert code == 0, err
    person = out.strip()
    first = privacy_notice().version
    version = _new_notice(monkeypatch)
    code, text, _ = sws("person", "show", person)
    assert code == 0
    assert (f"after privacy notice {first} (" in text
            and f"ask again (the privacy notice is now {version}): sws person consent"
            in text), text
    code, text, _ = sws("person", "consent-due", "--json")
    listed = json.loads(text)
    assert code == 0 and [(p["person_id"], p["latin_name"], p["why"])
                          for p in listed["people"]] == [(person, "Sok Dara", NOTICE_CHANGED)]
    assert listed["by_reason"] == {NOT_RECORDED: 0, NOTICE_CHANGED: 1, CAME_OF_AGE: 0}
    code, text, _ = sws("person", "consent-due", "--commune", "120401")
    lines = text.strip().splitlines()
    assert code == 0 and lines[0].endswith("1 people to ask for their consent again on "
                                           f"{listed['as_of']}; 1 the privacy notice changed "
                                           "since"), lines
    assert lines[1].startswith(f"{person}  Sok Dara  ") and "the privacy notice changed" \
        in lines[1]
    code, text, _ = sws("person", "consent-due", "--commune", "999999", "--json")
    assert code == 0 and json.loads(text)["people"] == []
    code, _, err = sws("person", "consent", person, "--consent", "guardian")
    assert code == 4 and "name the parent or guardian" in err
    code, text, err = sws("person", "consent", person, "--consent", "self")
    assert code == 0, err
    assert text.strip() == (f"consent recorded: {person}: the person, after privacy notice "
                            f"{version}")
    code, text, _ = sws("person", "show", person, "--json")
    shown = json.loads(text)
    assert code == 0 and shown["consent"]["notice"] == version
    assert shown["consent_due"] is None
    code, _, err = sws("person", "consent", person, "--consent", "self")
    assert code == 4 and "already on file" in err
    code, text, _ = sws("person", "consent-due", "--json")
    assert code == 0 and json.loads(text)["people"] == []

"""A person is registered, fingerprints included, only after the privacy notice was read and
someone agreed: the person, or for a child a parent or guardian, named. The consent is kept
in the enrolment's audit event and travels to the central registry with the record; without
it nothing is written. On SQLite and on a real PostgreSQL (the ``station`` fixture)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import cbor2
import pytest
import sqlalchemy as sa

from station.errors import InvalidDemographics
from station.model.consent import Consent, consent_of, privacy_notice, recorded_consent
from station.model.demographics import Demographics
from station.model.enrolment import Enrolled, enrol
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.model.ui_person_form import build_demographics
from station.registry.base import OUTBOX
from tests.station.helpers import POLICY, demographics, person_fingers, sws_in
from tests.station.test_cli import home  # noqa: F401 - the CLI's initialised station

CHILD_BORN = dt.date(2015, 6, 1)  # 11 on the tests' day (22/11/2026)


def _written(station: Station) -> tuple[int, int, int]:
    with station.reading() as s:
        return (int(s.scalar(sa.text("SELECT count(*) FROM person")) or 0),
                int(s.scalar(sa.text("SELECT count(*) FROM audit_event")) or 0),
                int(s.scalar(sa.select(sa.func.count()).select_from(OUTBOX)) or 0))


@pytest.mark.parametrize(("consent", "field", "words"), [
    (None, "consent", "read the privacy notice to the person and record who agreed"),
    (consent_of("self"), "consent", "a person under 18 does not agree alone"),
])
def test_no_one_is_registered_without_consent_nor_a_child_on_their_own(
        station: Station, clerk: OperatorInfo, consent: Consent | None, field: str,
        words: str) -> None:
    before = _written(station)
    with pytest.raises(InvalidDemographics, match=words) as refused:
        enrol(station, demographics("Chan Nita", birth_date=CHILD_BORN, consent=consent),
              person_fingers(7), operator=clerk,
              now=dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC), policy=POLICY,
              new_household=True)
    assert refused.value.field == field
    assert _written(station) == before  # nothing written, not even an audit event


def test_a_parent_agrees_for_a_child_and_the_consent_is_kept_and_sent(
        station: Station, clerk: OperatorInfo) -> None:
    agreed = consent_of("guardian", "  Chan Sophea (mother) ")
    out = enrol(station, demographics("Chan Nita", birth_date=CHILD_BORN, consent=agreed),
                person_fingers(7), operator=clerk,
                now=dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC), policy=POLICY,
                new_household=True)
    assert isinstance(out, Enrolled)
    kept = {"given_by": "guardian", "notice": privacy_notice().version,
            "guardian": "Chan Sophea (mother)"}
    with station.reading() as s:
        assert recorded_consent(s, out.person_id) == kept  # the hash-chained audit event
        payload = cbor2.loads(s.scalar(sa.select(OUTBOX.c.payload).where(
            OUTBOX.c.kind == "enrolment", OUTBOX.c.record_id == out.person_id)))
    assert payload["demographics"]["consent"] == kept  # the centre is told who agreed
    again = Demographics.from_record(payload["demographics"])  # as an adjudication keeps it
    assert again.consent == Consent("guardian", privacy_notice().version,
                                    "Chan Sophea (mother)")


@pytest.mark.parametrize(("values", "field"), [
    ({}, "consent"),
    ({"consent": "guardian"}, "guardian"),
    ({"consent": "guardian", "guardian": "\t"}, "guardian"),
    ({"consent": "neighbour"}, "consent"),
])
def test_the_form_names_the_consent_field_at_fault(values: dict[str, str], field: str
                                                   ) -> None:
    form = build_demographics({"local_name": "សុខ", "latin_name": "Sok", "sex": "F",
                               "birth_date": "1990-04-12", "province": "12",
                               "district": "1204", "commune": "120401",
                               "village": "12040103", **values},
                              today=dt.date(2026, 11, 22))
    assert form.demographics is None and form.field == field, form.message


def test_the_notice_exists_in_every_desk_language() -> None:
    notice = privacy_notice()
    assert notice.version and set(notice.texts) == {"en", "km", "ur", "id"}
    assert "fingers" in notice.text("en") and notice.text("xx") == notice.text("en")
    assert all(len(t) > 300 for t in notice.texts.values())


def test_sws_enrol_asks_for_consent_and_person_show_says_who_agreed(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    sws = sws_in(capsys)
    sample = Path(__file__).parents[2] / "fixtures" / "fingerprints" / "sample"
    person = ["--local-name", "សុខ ដារា", "--latin-name", "Sok Dara", "--sex", "F",
              "--born", "1990-04-12", "--province", "12", "--district", "1204",
              "--commune", "120401", "--village", "12040103", "--new-household",
              "--finger", f"right-index={sample / '101_1.png'}"]
    code, _, err = sws("enrol", *person)
    assert code == 4 and err.strip() == (
        "sws: error: read the privacy notice (sws privacy-notice) to the person, then say "
        "who agreed: --consent self, or --consent guardian --guardian NAME")
    code, _, err = sws("enrol", *person, "--consent", "guardian")
    assert code == 4 and "name the parent or guardian" in err
    code, out, err = sws("enrol", *person, "--consent", "self")
    assert code == 0, err
    code, text, _ = sws("person", "show", out.strip())
    assert code == 0 and (f"  consent: the person, after privacy notice "
                          f"{privacy_notice().version}") in text
    code, text, _ = sws("privacy-notice", "--language", "km", "--json")
    got: dict[str, Any] = json.loads(text)
    assert code == 0 and got["version"] == privacy_notice().version
    assert got["text"] == privacy_notice().text("km")


def test_the_consent_waits_with_an_adjudication_case_and_is_kept_when_it_is_approved(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo) -> None:
    """A possible duplicate waits for a supervisor, sometimes for days: the consent given at
    the counter is the one kept when the case registers the applicant."""
    from station.model.adjudication import approve, decide
    from station.model.enrolment import NeedsAdjudication

    now = dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC)
    first = enrol(station, demographics(), person_fingers(1), operator=clerk, now=now,
                  policy=POLICY)
    assert isinstance(first, Enrolled)
    twin = consent_of("guardian", "Sok Vanna (father)")
    again = enrol(station, demographics("Sok Dara Twin", birth_date=CHILD_BORN, consent=twin),
                  person_fingers(1), operator=clerk, now=now, policy=POLICY)
    assert isinstance(again, NeedsAdjudication)
    decide(station, again.adjudication_id, "not_duplicate", by=clerk, now=now)
    enrolled = approve(station, again.adjudication_id, by=supervisor, approved=True, now=now)
    assert enrolled is not None
    with station.reading() as s:
        assert recorded_consent(s, enrolled.person_id) == twin.as_record()

"""Suspected duplicates: the clerk decides, another person (a supervisor) approves."""

from __future__ import annotations

from datetime import datetime, timedelta

import cbor2
import pytest
import sqlalchemy as sa

from station.errors import BadInput, PermissionDenied
from station.model.adjudication import NewCandidatesSinceOpened, approve, decide, list_cases
from station.model.enrolment import Enrolled, NeedsAdjudication, enrol
from station.model.integrity import check
from station.model.operators import OperatorInfo
from station.model.persons import get_person
from station.model.station import Station
from station.registry.base import OUTBOX
from tests.station.helpers import (
    NOW,
    POLICY,
    demographics,
    make_template,
    person_fingers,
    sqlite_registry,  # noqa: F401 - SQLite only
)
from tests.station.test_enrolment import counts


@pytest.fixture
def case(station: Station, clerk: OperatorInfo) -> tuple[str, str]:
    first = enrol(station, demographics(), person_fingers(1), operator=clerk, now=NOW,
                  policy=POLICY)
    assert isinstance(first, Enrolled)
    again = enrol(station, demographics("Sok Dara Twin"), person_fingers(1), operator=clerk,
                  now=NOW, policy=POLICY)
    assert isinstance(again, NeedsAdjudication)
    return again.adjudication_id, first.person_id


def test_an_approved_duplicate_adds_nobody(station: Station, clerk: OperatorInfo,
                                           supervisor: OperatorInfo,
                                           case: tuple[str, str]) -> None:
    case_id, existing = case
    assert [c.id for c in list_cases(station)] == [case_id]
    view = decide(station, case_id, "duplicate", by=clerk, now=NOW)
    assert view.matched_person_id == existing
    before = counts(station)
    assert approve(station, case_id, by=supervisor, approved=True, now=NOW) is None
    after = counts(station)
    assert after["person"] == before["person"]
    # the centre learns that a duplicate was prevented here, and where; no biometric data
    assert after["outbox"] == before["outbox"] + 1
    with station.reading() as session:
        item = session.execute(sa.select(OUTBOX).where(OUTBOX.c.kind == "adjudication")).one()
    payload = cbor2.loads(item.payload)
    assert (item.record_id, item.sealed_biometrics) == (case_id, None)
    assert payload["outcome"] == "same_person" and payload["matched_person_id"] == existing
    assert payload["location"] == {k: demographics().address.__dict__[k]
                                   for k in ("province", "district", "commune")}
    assert list_cases(station) == []
    assert list_cases(station, status="approved")[0].clerk_decision == "duplicate"
    check(station, deep=True)


def test_an_approved_not_duplicate_registers_the_applicant(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo,
        case: tuple[str, str]) -> None:
    case_id, _ = case
    decide(station, case_id, "not_duplicate", by=clerk, now=NOW, note="different mother")
    enrolled = approve(station, case_id, by=supervisor, approved=True, now=NOW)
    assert enrolled is not None
    person = get_person(station, enrolled.person_id)
    assert person["latin_name"] == "Sok Dara Twin"
    assert len(person["fingers"]) == 2
    assert check(station, deep=True).ciphertexts_checked == 4  # probes no longer held


def test_nobody_approves_their_own_case_and_send_back_reopens(
        station: Station, supervisor: OperatorInfo, clerk: OperatorInfo,
        case: tuple[str, str]) -> None:
    case_id, _ = case
    with pytest.raises(PermissionDenied):
        approve(station, case_id, by=clerk, approved=True, now=NOW)
    with pytest.raises(BadInput, match="only decided"):
        approve(station, case_id, by=supervisor, approved=True, now=NOW)
    with pytest.raises(BadInput, match="candidates"):
        decide(station, case_id, "duplicate", by=clerk, now=NOW, matched_person_id="x")
    decide(station, case_id, "not_duplicate", by=clerk, now=NOW)
    assert approve(station, case_id, by=supervisor, approved=False, now=NOW) is None
    assert [c.status for c in list_cases(station)] == ["open"]
    # a case opened by the supervisor needs another supervisor
    own = enrol(station, demographics("Again"), person_fingers(1), operator=supervisor,
                now=NOW, policy=POLICY)
    assert isinstance(own, NeedsAdjudication)
    decide(station, own.adjudication_id, "not_duplicate", by=clerk, now=NOW)
    with pytest.raises(PermissionDenied, match="opened themselves"):
        approve(station, own.adjudication_id, by=supervisor, approved=True, now=NOW)


def test_each_refusal_carries_the_case_and_its_step(
        station: Station, supervisor: OperatorInfo, clerk: OperatorInfo,
        case: tuple[str, str]) -> None:
    """The window says a refusal in the desk's language from these attributes (a case
    another desk acted on first, a supervisor's own case...), never from the English text,
    which stays the CLI's sentence."""
    from station.errors import (
        CaseNotFound,
        CaseNotInStep,
        NotACandidate,
        OwnCaseRefused,
        PrintsReleased,
    )
    from station.model.adjudication import case_prints

    case_id, first = case
    with pytest.raises(CaseNotInStep) as waiting:
        approve(station, case_id, by=supervisor, approved=True, now=NOW)
    assert (waiting.value.case_id, waiting.value.status, waiting.value.needed) == (
        case_id, "open", "decided")
    assert str(waiting.value) == f"case {case_id} is open: only decided cases are approved"
    with pytest.raises(NotACandidate) as nobody:
        decide(station, case_id, "duplicate", by=clerk, now=NOW, matched_person_id="x")
    assert (nobody.value.case_id, nobody.value.named) == (case_id, "x")
    decide(station, case_id, "duplicate", by=clerk, now=NOW, matched_person_id=first)
    with pytest.raises(CaseNotInStep) as decided:  # a second clerk, a moment too late
        decide(station, case_id, "not_duplicate", by=clerk, now=NOW)
    assert (decided.value.status, decided.value.needed) == ("decided", "open")
    assert str(decided.value) == f"case {case_id} is decided, not open"
    approve(station, case_id, by=supervisor, approved=True, now=NOW)
    with pytest.raises(CaseNotInStep) as late:  # a second supervisor, a moment too late
        approve(station, case_id, by=supervisor, approved=False, now=NOW)
    assert (late.value.status, late.value.needed) == ("approved", "decided")
    with pytest.raises(PrintsReleased) as released:
        case_prints(station, case_id, by=supervisor, now=NOW)
    assert released.value.case_id == case_id
    with pytest.raises(CaseNotFound) as gone:
        approve(station, "no-such-case", by=supervisor, approved=True, now=NOW)
    assert gone.value.case_id == "no-such-case"
    assert str(gone.value) == "no adjudication case with id no-such-case"

    own = enrol(station, demographics("Again"), person_fingers(1), operator=supervisor,
                now=NOW, policy=POLICY)
    assert isinstance(own, NeedsAdjudication)
    decide(station, own.adjudication_id, "not_duplicate", by=clerk, now=NOW)
    with pytest.raises(OwnCaseRefused) as mine:
        approve(station, own.adjudication_id, by=supervisor, approved=True, now=NOW)
    assert mine.value.case_id == own.adjudication_id
    assert str(mine.value) == "a supervisor may not approve a case they opened themselves"


# -- people enrolled while the case waited -------------------------------------------------------


def _not_duplicate_case(station: Station, clerk: OperatorInfo, name: str,
                        fingers: dict[str, object], *, now: datetime) -> str:
    opened = enrol(station, demographics(name), fingers, operator=clerk, now=now,
                   policy=POLICY)
    assert isinstance(opened, NeedsAdjudication)
    decide(station, opened.adjudication_id, "not_duplicate", by=clerk, now=now)
    return opened.adjudication_id


def test_approving_not_a_duplicate_searches_the_people_enrolled_since_the_case_opened(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo) -> None:
    """A case opened against X waited; meanwhile the same applicant was enrolled at the next
    counter (their left index matches). Approving "different people" registered them a second
    time, as nobody compared them with people enrolled since. Now the approval registers
    nobody, says why in one line (exit 3) and the case is open again with that person added."""
    first = enrol(station, demographics("Sok Dara"), person_fingers(1), operator=clerk,
                  now=NOW, policy=POLICY)
    assert isinstance(first, Enrolled)
    applicant = {"right-index": make_template(1), "left-index": make_template(5000)}
    case_id = _not_duplicate_case(station, clerk, "Sok Dara Twin", applicant, now=NOW)
    later = NOW + timedelta(minutes=5)
    next_counter = enrol(station, demographics("Sok Dara Twin", phone="+855 99 000 000"),
                         {"right-index": make_template(7), "left-index": make_template(5000)},
                         operator=clerk, now=later, policy=POLICY)
    assert isinstance(next_counter, Enrolled)
    before = counts(station)
    with pytest.raises(NewCandidatesSinceOpened) as refused:
        approve(station, case_id, by=supervisor, approved=True, now=later, policy=POLICY)
    assert refused.value.exit_code == 3
    assert str(refused.value) == (
        f"case {case_id} not approved and sent back to the clerk: 1 person(s) enrolled since "
        f"it was opened match the applicant's fingerprints ({next_counter.person_id}); "
        "compare them and decide again")
    assert counts(station)["person"] == before["person"]
    (view,) = list_cases(station)
    assert (view.id, view.status, view.clerk_decision) == (case_id, "open", None)
    assert [c["person_id"] for c in view.candidates] == [first.person_id,
                                                         next_counter.person_id]
    # the clerk compares again (the prints are still held) and may confirm: then it registers
    decide(station, case_id, "not_duplicate", by=clerk, now=later)
    assert approve(station, case_id, by=supervisor, approved=True, now=later,
                   policy=POLICY) is not None
    check(station, deep=True)


def test_two_cases_of_one_applicant_cannot_both_be_approved_as_different_people(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo) -> None:
    """Two captures of one applicant opened two cases against X; a supervisor approved the
    first as "not a duplicate" and, a minute later, the second too: one person registered
    twice. The second approval now finds the first's registration and sends its case back."""
    enrol(station, demographics("Sok Dara"), person_fingers(1), operator=clerk, now=NOW,
          policy=POLICY)
    applicant = {"right-index": make_template(1), "left-index": make_template(5000)}
    one = _not_duplicate_case(station, clerk, "Sok Dara Twin", applicant, now=NOW)
    other = _not_duplicate_case(station, clerk, "Sok Dara Twin (again)", applicant, now=NOW)
    assert one != other
    minute = NOW + timedelta(minutes=1)
    registered = approve(station, one, by=supervisor, approved=True, now=minute,
                         policy=POLICY)
    assert registered is not None
    with pytest.raises(NewCandidatesSinceOpened, match=registered.person_id):
        approve(station, other, by=supervisor, approved=True, now=minute, policy=POLICY)
    assert [c.id for c in list_cases(station)] == [other]
    assert list_cases(station, status="approved")[0].id == one

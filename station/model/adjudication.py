"""Adjudication of suspected duplicates: the clerk decides, a different supervisor approves.

A case is opened by :func:`station.model.enrolment.enrol` when the 1:N search finds
candidates. The clerk compares the applicant with each candidate and records a decision:
``duplicate`` (the applicant is candidate X: no new person) or ``not_duplicate`` (a different
person whose fingers resemble X's). A supervisor other than the clerk who opened the case
then approves or rejects the decision. Approving ``not_duplicate`` registers the applicant
from the held (encrypted) probe templates in the same transaction that closes the case.
Before it registers them, the approval searches the held templates again in the whole gallery
for anyone the first search could not have seen (the same person at the next counter, whatever
the time on that desk's record, or a second case for them approved a minute earlier): a match
not yet among the case's candidates sends the case back to the clerk with it added
(:class:`NewCandidatesSinceOpened`) instead.
Every step is an audit event; nothing is merged or refused silently. An approved
``duplicate`` queues an ``adjudication`` record for the central registry (no biometric
data), so the national report counts the duplicates each station prevented.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import cbor2
import sqlalchemy as sa

from station.errors import (
    BadInput,
    CaseNotFound,
    CaseNotInStep,
    DuplicateSuspected,
    HouseholdGone,
    NotACandidate,
    NotFound,
    OwnCaseRefused,
    PrintsReleased,
    UnknownHousehold,
)
from station.model.biometrics import CapturePolicy, CheckedFinger, decode_template
from station.model.demographics import Demographics
from station.model.enrolment import Enrolled, check_household, write_person_in
from station.model.fingers import Finger
from station.model.gallery_sync import PersonCandidate, add_person, search_person
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.audit import lock_writers, naive_utc
from station.registry.base import OUTBOX
from station.registry.crypto import adjudication_aad
from station.registry.models import Adjudication, Operator, Person
from sync.outbox import enqueue

DECISIONS = ("duplicate", "not_duplicate")


class NewCandidatesSinceOpened(DuplicateSuspected):
    """Approving "not a duplicate" found people enrolled since the case was opened whose
    fingers match the applicant's: nobody was registered, the case went back to the clerk
    with them added as candidates (exit 3, like any suspected duplicate)."""

    def __init__(self, case_id: str, candidates: list[PersonCandidate]) -> None:
        super().__init__(candidates, adjudication_id=case_id)
        ids = ", ".join(c.person_id for c in candidates)
        self.args = (f"case {case_id} not approved and sent back to the clerk: "
                     f"{len(candidates)} person(s) enrolled since it was opened match the "
                     f"applicant's fingerprints ({ids}); compare them and decide again",)


@dataclass(frozen=True)
class CaseView:
    """An adjudication case as the clerk and supervisor see it (no biometric data)."""

    id: str
    status: str
    created_at: str
    opened_by: str
    applicant: dict[str, Any]
    candidates: list[dict[str, Any]]
    clerk_decision: str | None
    matched_person_id: str | None
    #: The clerk's note for the supervisor with the decision (None when none was written).
    note: str | None = None

    def as_record(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _view(case: Adjudication, opened_by: str) -> CaseView:
    return CaseView(id=case.id, status=case.status, created_at=utc_text(case.created_at),
                    opened_by=opened_by, applicant=dict(case.applicant),
                    candidates=list(case.candidates), clerk_decision=case.clerk_decision,
                    matched_person_id=case.matched_person_id, note=case.note)


def names_of(station: Station, person_ids: list[str]) -> dict[str, dict[str, str]]:
    """``{person_id: {latin_name, local_name, birth_date}}`` of the registered persons among
    ``person_ids``: how a clerk recognises a candidate (an id alone says nothing)."""
    if not person_ids:
        return {}
    with station.reading() as session:
        rows = session.execute(sa.select(Person.id, Person.latin_name, Person.local_name,
                                         Person.birth_date).where(Person.id.in_(person_ids)))
        return {str(pid): {"latin_name": latin or "", "local_name": local or "",
                           "birth_date": born.isoformat() if born is not None else ""}
                for pid, latin, local, born in rows}


def utc_text(moment: datetime) -> str:
    """A stored time (naive is UTC, as the registry keeps it) as ISO 8601 UTC with ``Z``,
    as the centre's JSON writes it: a script never reads it as the computer's local time."""
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return aware.isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class CasePrints:
    """Both sides of a case, for the people who decide it to look at (templates, in memory).

    ``applicant`` maps ISO finger positions to the applicant's held ``matcher.Template``;
    ``candidates`` maps each candidate's person id to their registered templates. Never
    logged or stored: :func:`case_prints` records in the audit trail who looked.
    """

    case_id: str
    applicant: dict[int, Any]
    candidates: dict[str, dict[int, Any]]

    def __repr__(self) -> str:  # templates are biometric data
        return (f"CasePrints({self.case_id}, applicant fingers {sorted(self.applicant)}, "
                f"{len(self.candidates)} candidate(s))")


def case_prints(station: Station, case_id: str, *, by: OperatorInfo,
                now: datetime) -> CasePrints:
    """The applicant's held prints and each candidate's registered ones, side by side.

    For the clerk deciding and the supervisor approving (they compare both prints before
    they agree). Only while the case still holds the applicant's prints (until approved);
    each look is an audit event (``adjudication.view_prints``), as any access to biometric
    data should be.
    """
    from station.model.cards import person_templates

    by.require("clerk", "supervisor", action="look at a case's fingerprints")
    with station.reading() as session:
        case = _case(session, case_id)
        session.expunge(case)
    held = _held_probes(station, case)
    candidates: dict[str, dict[int, Any]] = {}
    for entry in case.candidates:
        person_id = str(entry.get("person_id"))
        try:
            candidates[person_id] = {int(f): t for f, t in
                                     person_templates(station, person_id).items()}
        except NotFound:  # removed since (a merge): nothing to show for them
            candidates[person_id] = {}
    with station.transaction() as session:
        station.audit(session, action="adjudication.view_prints", subject_type="adjudication",
                      subject_id=case_id, details={"candidates": sorted(candidates)},
                      operator_id=by.id, now=now)
    return CasePrints(case_id, {int(f): c.template for f, c in held.items()}, candidates)


def list_cases(station: Station, *, status: str | None = "open") -> list[CaseView]:
    """Cases in ``status`` (all when None), oldest first."""
    with station.reading() as session:
        query = sa.select(Adjudication, Operator.username).join(
            Operator, Operator.id == Adjudication.operator_id).order_by(Adjudication.created_at)
        if status is not None:
            query = query.where(Adjudication.status == status)
        return [_view(case, name) for case, name in session.execute(query)]


def decide(station: Station, case_id: str, decision: str, *, by: OperatorInfo,
           now: datetime, matched_person_id: str | None = None,
           note: str | None = None) -> CaseView:
    """Record the clerk's decision on an open case."""
    by.require("clerk", "supervisor", action="decide on suspected duplicates")
    if decision not in DECISIONS:
        raise BadInput(f"decision must be one of {', '.join(DECISIONS)}", field="decision")
    with station.transaction() as session:
        case = _case(session, case_id)
        if case.status != "open":
            raise CaseNotInStep(case_id, case.status, "open")
        candidates = {c["person_id"] for c in case.candidates}
        if decision == "duplicate":
            if matched_person_id is None and len(candidates) == 1:
                matched_person_id = next(iter(candidates))
            if matched_person_id not in candidates:
                raise NotACandidate(case_id, matched_person_id)
        else:
            matched_person_id = None
        case.status, case.clerk_decision = "decided", decision
        case.matched_person_id, case.decided_at, case.note = matched_person_id, \
            naive_utc(now), note
        station.audit(session, action="adjudication.decide", subject_type="adjudication",
                      subject_id=case_id, details={"decision": decision,
                                                   "matched_person_id": matched_person_id},
                      operator_id=by.id, now=now)
        opened_by = session.get(Operator, case.operator_id)
        return _view(case, opened_by.username if opened_by else "?")


def approve(station: Station, case_id: str, *, by: OperatorInfo, approved: bool,
            now: datetime, policy: CapturePolicy | None = None) -> Enrolled | None:
    """A supervisor approves (or sends back) a decided case.

    Returns the new enrolment when an approved ``not_duplicate`` registered the applicant.

    Raises
    ------
    HouseholdGone
        Approving ``not_duplicate`` for an applicant to join a household that no longer
        exists. Nothing is written; the case stays decided (to be sent back).
    RetiredPlace, InvalidDemographics
        Approving ``not_duplicate`` where the registration itself would be refused now: the
        applicant's place was retired from the list of places (or their household is gone,
        or has them already) while the case waited. Nothing is written; the case stays
        decided.
    NewCandidatesSinceOpened
        Approving ``not_duplicate``: people enrolled since the case was opened match the
        applicant (searched again with ``policy``, under the registry's write lock). Nobody
        is registered; the case is open again with them among its candidates (committed,
        audited as ``adjudication.send_back``) for the clerk to compare.
    """
    by.require("supervisor", action="approve adjudication decisions")
    policy = policy or CapturePolicy()
    result: Enrolled | None = None
    checked: dict[Finger, CheckedFinger] = {}
    sent_back: NewCandidatesSinceOpened | None = None
    if approved and _decision(station, case_id) == "not_duplicate":
        station.current_gallery()  # loaded before the write lock is taken, not under it
    with station.transaction() as session:
        case = _case(session, case_id)
        if case.status != "decided":
            raise CaseNotInStep(case_id, case.status, "decided")
        if case.operator_id == by.id:
            raise OwnCaseRefused(case_id, by.role)
        if not approved:
            case.status, case.clerk_decision, case.matched_person_id = "open", None, None
        else:
            if case.clerk_decision == "not_duplicate":
                # as the registration itself would: the place may have been retired (a
                # commune merged) or the household gone while the case waited
                try:
                    check_household(station, Demographics.from_record(case.applicant),
                                    bool(case.applicant.get("new_household")))
                except UnknownHousehold as err:  # said as the approval's, not a typo's
                    raise HouseholdGone(case_id, err.household_id) from None
            case.status = "approved"
            case.supervisor_id, case.approved_at = by.id, naive_utc(now)
            if case.clerk_decision == "not_duplicate":
                checked = _held_probes(station, case)
                lock_writers(session)
                fresh = _unlisted_matches(station, case, checked, policy)
                if fresh:
                    sent_back = NewCandidatesSinceOpened(case_id, fresh)
                    _send_back(station, session, case, fresh, by=by, now=now)
                    checked = {}
            if case.clerk_decision == "not_duplicate" and sent_back is None:
                clerk = session.get(Operator, case.operator_id)
                assert clerk is not None
                opener = OperatorInfo(id=clerk.id, username=clerk.username,
                                      full_name=clerk.full_name, role=clerk.role)
                result = write_person_in(session, station,
                                         Demographics.from_record(case.applicant), checked,
                                         operator=opener, now=now, adjudication_id=case.id,
                                         missing=case.applicant.get("missing_fingers"),
                                         new_household=bool(
                                             case.applicant.get("new_household")))
            if sent_back is None:
                case.probe_sealed, case.key_id = None, None  # probes are no longer needed
            if case.clerk_decision == "duplicate":
                # no enrolment goes upward for a duplicate kept out here; this tells the
                # centre's duplicates report that one was prevented, and where (no biometrics)
                address = dict(case.applicant.get("address") or {})
                enqueue(session, OUTBOX, kind="adjudication", record_id=case.id,
                        payload={"adjudication_id": case.id, "outcome": "same_person",
                                 "matched_person_id": case.matched_person_id,
                                 "station_id": station.settings.station_id,
                                 "decided_at": naive_utc(now).isoformat(),
                                 "location": {k: address.get(k) for k in
                                              ("province", "district", "commune")}},
                        sealed_biometrics=None, now=now)
        if sent_back is None:
            station.audit(session, action="adjudication.approve" if approved
                          else "adjudication.send_back", subject_type="adjudication",
                          subject_id=case_id, details={"decision": case.clerk_decision,
                                                       "person_id": result.person_id
                                                       if result else case.matched_person_id},
                          operator_id=by.id, now=now)
    if sent_back is not None:
        raise sent_back
    if result is not None and station.gallery_loaded():
        add_person(station.gallery, result.person_id, checked)
    return result


def _decision(station: Station, case_id: str) -> str | None:
    with station.reading() as session:
        return _case(session, case_id).clerk_decision


def _unlisted_matches(station: Station, case: Adjudication,
                      checked: dict[Finger, CheckedFinger],
                      policy: CapturePolicy) -> list[PersonCandidate]:
    """Suspected duplicates of the applicant in the whole gallery as it stands now that are
    not yet among ``case``'s candidates. Runs under the write lock: the gallery brought up to
    every committed row, no enrolment can commit before this approval does.

    Not only the people whose record is dated after the case: a record carries the time its
    own desk began (a slower desk, a clock behind), so one written after the case's search
    can be dated before it; the first search returned everyone it could see, so any other
    match is someone it could not have seen."""
    station.gallery_keeper.refresh()
    found = search_person(station.gallery, {f: c.template for f, c in checked.items()},
                          policy)
    known = {str(c.get("person_id")) for c in case.candidates}
    return [c for c in found if c.person_id not in known]


def _send_back(station: Station, session: Any, case: Adjudication,
               fresh: list[PersonCandidate], *, by: OperatorInfo, now: datetime) -> None:
    """Open ``case`` again with ``fresh`` added to its candidates (audited with the reason)."""
    case.candidates = [*case.candidates, *(c.as_record() for c in fresh)]
    case.status, case.clerk_decision, case.matched_person_id = "open", None, None
    case.supervisor_id, case.approved_at = None, None
    station.audit(session, action="adjudication.send_back", subject_type="adjudication",
                  subject_id=case.id,
                  details={"decision": "not_duplicate",
                           "reason": "enrolled since the case was opened",
                           "new_candidates": [c.person_id for c in fresh]},
                  operator_id=by.id, now=now)


def _case(session: Any, case_id: str) -> Adjudication:
    case = session.get(Adjudication, case_id)
    if case is None:
        raise CaseNotFound(case_id)
    return case  # type: ignore[no-any-return]


def _held_probes(station: Station, case: Adjudication) -> dict[Finger, CheckedFinger]:
    if case.probe_sealed is None:
        raise PrintsReleased(case.id)
    probes = cbor2.loads(station.cipher.open(case.probe_sealed, adjudication_aad(case.id)))
    out: dict[Finger, CheckedFinger] = {}
    for position, (record, quality, digest) in probes.items():
        finger = Finger(int(position))
        out[finger] = CheckedFinger(finger=finger, template=decode_template(record),
                                    iso_record=record, quality=int(quality),
                                    image_sha256=str(digest), image_png=None)
    return out

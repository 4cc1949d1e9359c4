"""Household facts for eligibility: a member's situation and the household's vulnerability.

``record_situation`` keeps a person's disability and employment; ``assess_household`` scores
the vulnerability questionnaire and stores the result with the questionnaire's version (the
newest assessment is the household's poverty level); ``household_facts`` reads both back as
the plain :class:`~station.services.eligibility.HouseholdFacts` the rules evaluate.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.audit import naive_utc
from station.registry.models import Household, Person, ProgrammeMembership
from station.registry.models_services import PersonSituation, VulnerabilityAssessment
from station.services.catalogue import Catalogue, load_catalogue
from station.services.eligibility import HouseholdFacts, MemberFacts
from station.services.errors import DeceasedPerson, NotInList, UnknownRecord
from station.services.facts import EMPLOYMENT
from station.services.questionnaire import Answer, Assessment, Questionnaire, load_questionnaire
from station.services.recording import record


class Keep(enum.Enum):
    """A situation fact left as recorded (:data:`KEEP`)."""

    KEEP = "keep"


#: Passed for a fact :func:`record_situation` leaves as recorded (None where none is).
KEEP = Keep.KEEP


def record_situation(station: Station, person_id: str, *, disability: bool | Keep | None,
                     employment: str | Keep | None, operator: OperatorInfo,
                     now: dt.datetime) -> tuple[bool | None, str | None]:
    """Record (or update) a person's disability and employment status; a fact given as
    :data:`KEEP` stays as recorded (updating one fact never clears the other). Returns the
    situation as now recorded: (disability, employment)."""
    if employment is not None and employment is not KEEP and employment not in EMPLOYMENT:
        raise NotInList("employment", employment, EMPLOYMENT)
    at = naive_utc(now)
    with station.transaction() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise UnknownRecord("person", person_id)
        if person.died_on is not None:
            # the rules read the living only: a dead member's facts would change nothing but
            # the audit trail, and a mistaken death is withdrawn, not worked around
            raise DeceasedPerson(person_id, person.died_on, "record their situation")
        row = session.get(PersonSituation, person_id)
        has = None if disability is KEEP else disability
        works = None if employment is KEEP else employment
        if row is None:
            session.add(PersonSituation(person_id=person_id, disability=has,
                                        employment=works, updated_at=at))
        else:
            has = row.disability if disability is KEEP else has
            works = row.employment if employment is KEEP else works
            row.disability, row.employment, row.updated_at = has, works, at
        facts = {"person_id": person_id, "disability": has, "employment": works}
        record(station, session, record_type="person_situation", record_id=person_id,
               action="person.situation", details=facts, payload=facts,
               operator_id=operator.id, now=now)
    return has, works


def assess_household(station: Station, household_id: str, answers: Mapping[str, Answer], *,
                     operator: OperatorInfo, now: dt.datetime,
                     questionnaire: Questionnaire | None = None) -> tuple[str, Assessment]:
    """Score ``answers`` and store the assessment; return its id and the scored result.

    Answers are checked completely before anything is written (a wrong answer raises
    :class:`~station.services.errors.AnswerError` and leaves the registry untouched).
    """
    questionnaire = questionnaire or load_questionnaire()
    result = questionnaire.score(answers)
    assessment_id = str(uuid.uuid4())
    with station.transaction() as session:
        if session.get(Household, household_id) is None:
            raise UnknownRecord("household", household_id)
        session.add(VulnerabilityAssessment(
            id=assessment_id, household_id=household_id,
            questionnaire_version=result.questionnaire_version, score=result.score,
            poverty_level=result.poverty_level, answers=result.answers,
            assessed_at=naive_utc(now), operator_id=operator.id))
        session.flush()
        summary = {"household_id": household_id, "score": result.score,
                   "poverty_level": result.poverty_level,
                   "questionnaire_version": result.questionnaire_version}
        record(station, session, record_type="vulnerability_assessment",
               record_id=assessment_id, action="household.assess", details=summary,
               payload={**summary, "answers": result.answers, "assessed_at": now},
               operator_id=operator.id, now=now)
    return assessment_id, result


def latest_assessment(session: Session, household_id: str) -> VulnerabilityAssessment | None:
    return session.scalars(
        sa.select(VulnerabilityAssessment)
        .where(VulnerabilityAssessment.household_id == household_id)
        .order_by(VulnerabilityAssessment.assessed_at.desc(), VulnerabilityAssessment.id)
        .limit(1)).first()


def household_facts(session: Session, household_id: str) -> HouseholdFacts:
    """The household, its members' situations and its newest assessment, as plain facts."""
    if session.get(Household, household_id) is None:
        raise UnknownRecord("household", household_id)
    rows = session.execute(
        sa.select(Person.id, Person.birth_date, Person.sex, Person.relation_to_head,
                  PersonSituation.disability, PersonSituation.employment)
        .outerjoin(PersonSituation, PersonSituation.person_id == Person.id)
        # the living only: the rules must not propose programmes to a deceased member
        .where(Person.household_id == household_id, Person.died_on.is_(None))
        .order_by(Person.birth_date, Person.id)).all()
    members = tuple(MemberFacts(person_id=r.id, birth_date=r.birth_date, sex=r.sex,
                                disability=r.disability, employment=r.employment,
                                is_head=r.relation_to_head == "head") for r in rows)
    latest = latest_assessment(session, household_id)
    return HouseholdFacts(household_id, members,
                          poverty_level=latest.poverty_level if latest else None,
                          pmt_score=latest.score if latest else None)


@dataclass(frozen=True)
class HeldTwice:
    """A programme given to one member a household (``unit`` household: public works) that
    more than one living member of the household holds: one family paid twice. It happens
    when members join a household that already holds it (:func:`station.services.
    household_changes.move_members`); the eligibility rules never propose it twice."""

    programme_code: str
    #: (person id, membership id) of the membership that stays: the head's (the rules give
    #: such a programme to the head first), else the one that began first.
    kept: tuple[str, str]
    #: (person id, membership id, start date) of each other one: to be ended (begun) or
    #: withdrawn (to begin after today).
    to_end: tuple[tuple[str, str, dt.date], ...]

    def as_record(self) -> dict[str, object]:
        return {"programme": self.programme_code,
                "kept": {"person_id": self.kept[0], "membership_id": self.kept[1]},
                "to_end": [{"person_id": p, "membership_id": m, "start_date": s.isoformat()}
                           for p, m, s in self.to_end]}


class Holding(NamedTuple):
    """One living member's membership on or after the day asked, with their relation to the
    household's head: what :func:`twice_among` reads."""

    programme_code: str
    person_id: str
    membership_id: str
    start_date: dt.date
    relation_to_head: str | None


def held_twice(session: Session, household_id: str, today: dt.date, *,
               catalogue: Catalogue | None = None) -> tuple[HeldTwice, ...]:
    """The household-unit programmes that more than one living member of ``household_id``
    holds on ``today`` or later, in catalogue order."""
    units = household_units(catalogue)
    if not units:
        return ()
    m = ProgrammeMembership
    rows = session.execute(
        sa.select(m.programme_code, m.person_id, m.id, m.start_date,
                  Person.relation_to_head).join(
            Person, Person.id == m.person_id).where(
            Person.household_id == household_id, Person.died_on.is_(None),
            m.programme_code.in_(units), sa.or_(m.end_date.is_(None), m.end_date >= today))
        ).all()
    return twice_among([Holding(*r) for r in rows], units)


def twice_among(holdings: list[Holding], units: list[str]) -> tuple[HeldTwice, ...]:
    """The programmes of ``units`` (one member a household) that more than one person among
    one household's ``holdings`` holds, in the order of ``units``: the head's membership stays
    (the rules give such a programme to the head first), else the one that began first."""
    found: list[HeldTwice] = []
    for code in units:
        held = sorted((h for h in holdings if h.programme_code == code),
                      key=lambda h: (h.relation_to_head != "head", h.start_date,
                                     h.membership_id))
        if len({h.person_id for h in held}) > 1:
            first = held[0]
            found.append(HeldTwice(code, (first.person_id, first.membership_id), tuple(
                (h.person_id, h.membership_id, h.start_date) for h in held[1:]
                if h.person_id != first.person_id)))
    return tuple(found)


def household_units(catalogue: Catalogue | None = None) -> list[str]:
    """The codes of the programmes given to one member a household (``unit`` household)."""
    return [p.code for p in (catalogue or load_catalogue()).programmes
            if p.unit == "household"]


#: Why a household is listed for review (:func:`households_to_review`).
REVIEW_KINDS = ("no_head", "two_heads", "held_twice")


@dataclass(frozen=True)
class ToReview:
    """A household whose composition needs a supervisor's step (:func:`households_to_review`),
    named by one of its living members: its head, else the eldest."""

    household_id: str
    #: ``no_head``: living members and none of them heads it (the head died or left);
    #: ``two_heads``: more than one living member is recorded as its head;
    #: ``held_twice``: a programme of one member a household (``programme_code``) that two
    #: living members hold (:func:`held_twice`).
    kind: str
    person_id: str
    latin_name: str
    local_name: str
    village_code: str
    programme_code: str | None = None

    def as_record(self) -> dict[str, object]:
        return {"household_id": self.household_id, "kind": self.kind,
                "person_id": self.person_id, "latin_name": self.latin_name,
                "local_name": self.local_name, "village_code": self.village_code,
                "programme": self.programme_code}


def households_to_review(station: Station, today: dt.date, *,
                         catalogue: Catalogue | None = None) -> list[ToReview]:
    """The households whose composition a supervisor has to mend, so that nothing said once
    in a message line is forgotten: those left without a living head (a head's death or
    departure names the step once), those with two living heads (records older than the
    household lock, or mended by hand), and those that hold a programme of one member a
    household twice (members joined with theirs). By kind, then village and name."""
    units = household_units(catalogue)
    living = Person.died_on.is_(None)
    heads = sa.func.sum(sa.case((Person.relation_to_head == "head", 1), else_=0))
    with station.reading() as session:
        found: list[tuple[str, str, str | None]] = [
            (str(hh), "no_head" if n == 0 else "two_heads", None)
            for hh, n in session.execute(
                sa.select(Person.household_id, heads).where(
                    living, Person.household_id.is_not(None))
                .group_by(Person.household_id).having(heads != 1))]
        if units:
            m = ProgrammeMembership
            found += [(str(hh), "held_twice", str(code)) for hh, code in session.execute(
                sa.select(Person.household_id, m.programme_code)
                .join(Person, Person.id == m.person_id)
                .where(living, Person.household_id.is_not(None),
                       m.programme_code.in_(units),
                       sa.or_(m.end_date.is_(None), m.end_date >= today))
                .group_by(Person.household_id, m.programme_code)
                .having(sa.func.count(sa.distinct(m.person_id)) > 1))]
        # each named by its head, else its eldest living member: one read per 500 households
        ids = sorted({household_id for household_id, _, _ in found})
        named: dict[str, Any] = {}
        for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
            for who in session.execute(
                    sa.select(Person.household_id, Person.id, Person.latin_name,
                              Person.local_name, Person.village_code)
                    .where(Person.household_id.in_(chunk), living)
                    .order_by(Person.household_id,
                              sa.func.coalesce(Person.relation_to_head, "") != "head",
                              Person.birth_date, Person.id)):  # NULLs sort alike on both
                named.setdefault(str(who.household_id), who)
        listed = []
        for household_id, kind, code in found:
            who = named[household_id]
            listed.append(ToReview(household_id, kind, str(who.id), str(who.latin_name),
                                   str(who.local_name or ""), str(who.village_code or ""),
                                   code))
    return sorted(listed, key=lambda r: (REVIEW_KINDS.index(r.kind), r.village_code,
                                         r.latin_name, r.household_id))

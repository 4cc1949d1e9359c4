"""Case management: a case manager per person, a personal plan, follow-ups the supervisor sees.

A plan holds goals ("find stable work"), actions ("register at the job centre") and referrals
to a service (employment, training, health, ...), each with a due date, a follow-up date and a
status. :func:`overdue_follow_ups` lists the items whose follow-up date has passed while they
are still open, oldest first, for the supervisor. :func:`find_person` names the person of a
case from what they bring: their card's serial, or their id as before.

References
----------
ILO, "Single Window Services for social protection and employment" (case management and
referral between social protection and employment services).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.audit import naive_utc
from station.registry.base import RECORD_ID
from station.registry.cards import card_on_file
from station.registry.models import Operator, Person
from station.registry.models_services import ITEM_KINDS, ITEM_STATUSES, CaseFile, CaseItem
from station.services.errors import (
    DeceasedPerson,
    FollowUpInPast,
    InvalidTransition,
    NotACaseManager,
    NotInList,
    TextMissing,
    UnknownRecord,
)
from station.services.recording import office_today, record

SERVICES = ("employment", "training", "health", "social_assistance", "education", "legal",
            "other")
OPEN_ITEM_STATUSES = ("planned", "in_progress")
#: What a card serial looks like (hex digits, as the card reports it): one not on file is
#: named as a card's.
CARD_SERIAL = re.compile(r"[0-9A-F]{8,}")
#: :class:`UnknownRecord` ``key`` of a text that looks like neither (a name, a serial
#: mistyped): the sentence names both forms taken.
PERSON_OR_CARD = "id or card serial"


@dataclass(frozen=True)
class OverdueItem:
    """One follow-up the supervisor should chase."""

    case_id: str
    item_id: str
    person_id: str
    manager: str
    kind: str
    description: str
    service: str | None
    follow_up_date: dt.date
    days_overdue: int
    #: The person's name in Latin letters, as the supervisor reads the list.
    person_name: str = ""


@dataclass(frozen=True)
class PersonFound:
    """The person a text named; for a card, its ``serial`` and ``card_status`` (``issued``,
    ``revoked``, ``lost``, ``replaced``), for the counter to say."""

    person_id: str
    serial: str = ""
    card_status: str = ""


def find_person(station: Station, text: str) -> PersonFound:
    """The person ``text`` names: a person id, or the serial of any card on file (a revoked,
    lost or replaced card still names its holder: seeing one's case manager is not a card
    check).

    Raises
    ------
    UnknownRecord
        Nothing on file has it: named as a person's id or a card's serial when it looks like
        one, else with :data:`PERSON_OR_CARD` ("no person with id or card serial ...").
    """
    typed = text.strip()
    with station.reading() as session:
        # an id pasted from a report often comes in capitals
        for person_id in dict.fromkeys((typed, typed.lower())):
            if person_id and session.get(Person, person_id) is not None:
                return PersonFound(person_id)
        card = card_on_file(session, typed) if typed else None
        if card is not None:
            return PersonFound(card.person_id, card.serial, card.status)
    if RECORD_ID.fullmatch(typed.lower()):  # named as a person's
        raise UnknownRecord("person", typed)
    if CARD_SERIAL.fullmatch(typed.upper()):
        raise UnknownRecord("card", typed, key="serial")
    raise UnknownRecord("person", typed, key=PERSON_OR_CARD)


def _manager(session: Session, username: str) -> Operator:
    manager = session.scalar(sa.select(Operator).where(Operator.username == username))
    if manager is None:
        raise UnknownRecord("operator", username, key="user name")
    if manager.role not in ("clerk", "supervisor"):
        raise NotACaseManager(username, manager.role)
    return manager


def open_case(station: Station, person_id: str, *, manager: str, summary: str,
              operator: OperatorInfo, now: dt.datetime) -> str:
    """Open a case for a person with the operator ``manager`` (user name) as case manager."""
    operator.require("clerk", "supervisor", action="open a case")
    case_id = str(uuid.uuid4())
    with station.transaction() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise UnknownRecord("person", person_id)
        if person.died_on is not None:
            raise DeceasedPerson(person_id, person.died_on, "open a case for them")
        chosen = _manager(session, manager)
        session.add(CaseFile(id=case_id, person_id=person_id, manager_id=chosen.id,
                             status="open", summary=summary.strip(), opened_at=naive_utc(now)))
        session.flush()
        facts = {"person_id": person_id, "manager_id": chosen.id, "summary": summary.strip()}
        record(station, session, record_type="case_file", record_id=case_id, action="case.open",
               details=facts, payload=facts, operator_id=operator.id, now=now)
    return case_id


def assign_manager(station: Station, case_id: str, *, manager: str, operator: OperatorInfo,
                   now: dt.datetime) -> None:
    """Hand a case to another case manager (a supervisor's decision)."""
    operator.require("supervisor", action="reassign a case")
    with station.transaction() as session:
        case = session.get(CaseFile, case_id)
        if case is None:
            raise UnknownRecord("case", case_id)
        if case.status != "open":
            raise InvalidTransition("the case", case.status, "reassigned")
        before, case.manager_id = case.manager_id, _manager(session, manager).id
        facts = {"from": before, "to": case.manager_id}
        record(station, session, record_type="case_file", record_id=case_id,
               action="case.assign", details=facts, payload=facts, operator_id=operator.id,
               now=now)


def _check_follow_up(follow_up_date: dt.date | None, today: dt.date) -> None:
    """Refuse a follow-up date before ``today`` (today itself is fine): it would be overdue
    on the supervisor's list the moment it is written."""
    if follow_up_date is not None and follow_up_date < today:
        raise FollowUpInPast(follow_up_date, today)


def add_item(station: Station, case_id: str, *, kind: str, description: str,
             operator: OperatorInfo, now: dt.datetime, service: str | None = None,
             due_date: dt.date | None = None, follow_up_date: dt.date | None = None) -> str:
    """Add a goal, action or referral (a referral names the service it goes to)."""
    if kind not in ITEM_KINDS:
        raise NotInList("item kind", kind, ITEM_KINDS)
    if service is not None and service not in SERVICES:
        raise NotInList("service", service, SERVICES)
    if kind == "referral" and service is None:
        raise TextMissing("referral service")
    if not description.strip():
        raise TextMissing("plan item")
    item_id, at = str(uuid.uuid4()), naive_utc(now)
    _check_follow_up(follow_up_date, office_today(station, now))
    with station.transaction() as session:
        case = session.get(CaseFile, case_id)
        if case is None:
            raise UnknownRecord("case", case_id)
        if case.status != "open":
            raise InvalidTransition("the case", case.status, "changed")
        session.add(CaseItem(id=item_id, case_id=case_id, kind=kind,
                             description=description.strip(), service=service, status="planned",
                             due_date=due_date, follow_up_date=follow_up_date, created_at=at,
                             updated_at=at))
        session.flush()
        facts = {"case_id": case_id, "kind": kind, "service": service,
                 "description": description.strip(), "due_date": due_date,
                 "follow_up_date": follow_up_date}
        record(station, session, record_type="case_item", record_id=item_id, action="case.plan",
               details=facts, payload=facts, operator_id=operator.id, now=now)
    return item_id


def update_item(station: Station, item_id: str, *, operator: OperatorInfo, now: dt.datetime,
                status: str | None = None, follow_up_date: dt.date | None = None,
                note: str | None = None) -> None:
    """Record progress on a plan item: a new status, the next follow-up date, a note."""
    if status is not None and status not in ITEM_STATUSES:
        raise NotInList("item status", status, ITEM_STATUSES)
    _check_follow_up(follow_up_date, office_today(station, now))
    with station.transaction() as session:
        item = session.get(CaseItem, item_id)
        if item is None:
            raise UnknownRecord("plan item", item_id)
        case = session.get(CaseFile, item.case_id)
        if case is not None and case.status != "open":
            raise InvalidTransition("the case", case.status, "changed")
        if item.status not in OPEN_ITEM_STATUSES:
            raise InvalidTransition("the plan item", item.status, status or "changed",
                                    why="it is finished")
        before = item.status
        item.status = status or item.status
        item.follow_up_date = follow_up_date or item.follow_up_date
        item.note = note or item.note
        item.updated_at = naive_utc(now)
        facts = {"case_id": item.case_id, "from": before, "to": item.status,
                 "follow_up_date": item.follow_up_date, "note": note}
        record(station, session, record_type="case_item", record_id=item_id,
               action="case.progress", details=facts, payload=facts, operator_id=operator.id,
               now=now)


def close_case(station: Station, case_id: str, *, operator: OperatorInfo, now: dt.datetime,
               note: str | None = None) -> None:
    with station.transaction() as session:
        case = session.get(CaseFile, case_id)
        if case is None:
            raise UnknownRecord("case", case_id)
        if case.status != "open":
            raise InvalidTransition("the case", case.status, "closed")
        case.status, case.closed_at = "closed", naive_utc(now)
        facts = {"note": note}
        record(station, session, record_type="case_file", record_id=case_id,
               action="case.close", details=facts, payload=facts, operator_id=operator.id,
               now=now)


def overdue_follow_ups(station: Station, *, today: dt.date,
                       manager: str | None = None) -> list[OverdueItem]:
    """Open plan items of open cases whose follow-up date is before ``today``, oldest first."""
    query = (
        sa.select(CaseFile.id, CaseItem.id, CaseFile.person_id, Operator.username, CaseItem.kind,
                  CaseItem.description, CaseItem.service, CaseItem.follow_up_date,
                  Person.latin_name)
        .join(CaseItem, CaseItem.case_id == CaseFile.id)
        .join(Operator, Operator.id == CaseFile.manager_id)
        .outerjoin(Person, Person.id == CaseFile.person_id)
        .where(CaseFile.status == "open", CaseItem.status.in_(OPEN_ITEM_STATUSES),
               CaseItem.follow_up_date < today)
        .order_by(CaseItem.follow_up_date, CaseItem.id))
    if manager is not None:
        query = query.where(Operator.username == manager)
    with station.reading() as session:
        if manager is not None and session.scalar(sa.select(Operator.id).where(
                Operator.username == manager)) is None:  # a typo is not "nothing overdue"
            raise UnknownRecord("operator", manager, key="user name")
        rows = session.execute(query).all()
    return [OverdueItem(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], (today - r[7]).days,
                        r[8] or "")
            for r in rows if r[7] is not None]


def case_file(station: Station, case_id: str) -> dict[str, Any]:
    """A case and its plan as plain data (for `sws case show` and the case panel)."""
    with station.reading() as session:
        case = session.get(CaseFile, case_id)
        if case is None:
            raise UnknownRecord("case", case_id)
        manager = session.get(Operator, case.manager_id)
        items = session.scalars(sa.select(CaseItem).where(CaseItem.case_id == case_id)
                                .order_by(CaseItem.created_at, CaseItem.id)).all()
        return {"case_id": case.id, "person_id": case.person_id, "status": case.status,
                "manager": manager.username if manager else None, "summary": case.summary,
                "items": [{"item_id": i.id, "kind": i.kind, "service": i.service,
                           "description": i.description, "status": i.status,
                           "due_date": i.due_date, "follow_up_date": i.follow_up_date,
                           "note": i.note} for i in items]}


def cases_of(station: Station, person_id: str) -> list[str]:
    """Ids of a person's cases, open ones first, newest first."""
    with station.reading() as session:
        return list(session.scalars(
            sa.select(CaseFile.id).where(CaseFile.person_id == person_id)
            .order_by(CaseFile.status.desc(), CaseFile.opened_at.desc(), CaseFile.id)))

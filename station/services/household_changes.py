"""Who belongs to a household: a new head, members leaving to start a household, joining another.

Enrolment places a person in a household once (:mod:`station.model.enrolment`) and a correction
changes a member's relation to the head but never who heads it
(:mod:`station.model.corrections`). Families change all the time: the head dies or leaves and
the spouse takes over; a married son starts his own household with his wife and children; a
widow moves in with her daughter's family. The registry has to follow, because a household's
composition decides its household-unit programmes (one member a household) and its
vulnerability score, and a household that keeps a dead head names him on every paper.

- :func:`change_head`: another living member heads the household; the former head, if alive,
  says how they are related to the new one, and the other members' relations may be given
  (those not given are kept: a child of the old head is most often a child of the widow who
  takes over).
- :func:`move_members`: living members leave their household, either to start a new one
  (one of them heads it, at their address or a new one) or to join another household (its
  head and address are theirs then). The head of a household may leave it only when nobody
  living stays behind: otherwise its new head is chosen first.

Each change is ONE transaction: the person rows (and a new household row), one audit event
per person changed (``household.head`` or ``household.move``, with the reason), and one
``person_update`` outbox item per person for the centre, the full details in the enrolment
payload's shape (so the centre places them by their newest details, as for a correction).
Nothing else moves silently: programme memberships stay with the person (the result lists
them for the clerk to review with the new household's proposal), a new household has no
vulnerability assessment until one is made (the result says so), and a card that shows a
village the person no longer lives in is named to be replaced.

Who may: a supervisor. Composition decides household-unit programmes and the per-person
vulnerability score, and moving members between households is how one family would be
registered twice for a household benefit; a death is recorded by a supervisor for the same
reason.

References
----------
World Bank, "Integrated Social Registries" (2020): household composition changes as part of
"updating" (dynamic inclusion). MOSIP: an update is a new packet to the ID repository.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.errors import BadInput, UnknownHousehold, UnknownPerson
from station.model.corrections import (
    MIN_REASON,
    RELATIONS,
    cards_to_replace,
    check_place,
    demographics_of,
    send_update,
)
from station.model.demographics import Address
from station.model.operators import OperatorInfo
from station.model.persons import head_of
from station.model.station import Station
from station.registry.audit import naive_utc
from station.registry.models import Household, Person, ProgrammeMembership
from station.registry.models_services import VulnerabilityAssessment
from station.services.households import HeldTwice, held_twice


class HouseholdChangeRefused(BadInput):
    """A change of who belongs to a household that cannot be made; one line, nothing written."""


class HeadWouldLeave(HouseholdChangeRefused):
    """The head of a household would leave it with living members behind (``head_name``,
    ``household_id``, ``staying``: how many)."""

    def __init__(self, head_name: str, household_id: str, staying: int) -> None:
        super().__init__(f"{head_name} heads household {household_id} and {staying} living "
                         f"member{'s' if staying != 1 else ''} stay: choose its new head first",
                         field="person_id")
        self.head_name, self.household_id, self.staying = head_name, household_id, staying


class WholeHouseholdLeaving(HouseholdChangeRefused):
    """Every living member would leave for a new household: that is the household moving."""

    def __init__(self) -> None:
        super().__init__("every living member would leave: that is the household moving "
                         "(correct the address of the whole household instead)",
                         field="person_id")


@dataclass(frozen=True)
class HouseholdChange:
    """What :func:`change_head` or :func:`move_members` changed."""

    #: The household the people are in now (the one whose head changed, the new one or the
    #: one they joined).
    household_id: str
    #: Its head now.
    head_id: str
    #: The household they left (None for a change of head, or a person who had none).
    left_household_id: str | None
    #: The persons who changed household (empty for a change of head).
    moved: tuple[str, ...]
    #: Each person whose relation to the head changed: person id -> relation now.
    relations: Mapping[str, str]
    reason: str
    new_household: bool = False
    #: Cards in use that show a village a mover no longer lives in: to be replaced.
    cards_to_replace: tuple[str, ...] = ()
    #: The programme memberships the movers hold now or later (person id, programme code):
    #: they stay with the person; the clerk reviews them with the household's proposal.
    memberships: tuple[tuple[str, str], ...] = ()
    #: The household has no vulnerability assessment yet (household-unit rules need one).
    unassessed: bool = False
    #: Programmes given to one member a household that the household now holds twice (the
    #: movers brought theirs into a household that had it): the extra ones to end.
    held_twice: tuple[HeldTwice, ...] = ()

    def as_record(self) -> dict[str, Any]:
        return {"household_id": self.household_id, "head_id": self.head_id,
                "left_household_id": self.left_household_id, "moved": list(self.moved),
                "relations": dict(self.relations), "reason": self.reason,
                "new_household": self.new_household,
                "cards_to_replace": list(self.cards_to_replace),
                "memberships": [list(m) for m in self.memberships],
                "unassessed": self.unassessed,
                "held_twice": [h.as_record() for h in self.held_twice]}


def change_head(station: Station, household_id: str, new_head_id: str, *,
                relations: Mapping[str, str] | None = None, reason: str,
                operator: OperatorInfo, now: dt.datetime) -> HouseholdChange:
    """Make ``new_head_id`` (a living member) the head of ``household_id``; one transaction.

    ``relations``: person id -> relation to the new head (:data:`RELATIONS`); required for the
    former head when they are alive (they stay a member), optional for the other living
    members (kept as they were when not given). A deceased member keeps the relation they
    had; a household whose head died is given a living head this way, and one recorded with
    two living heads is given one of them alone (the other's relation then required).
    """
    operator.require("supervisor", action="change who heads a household")
    why = _reason(reason)
    given = _relations(relations)
    with station.transaction() as session:
        household = _household(session, household_id)
        members = _members(session, household.id)
        new_head = next((m for m in members if m.id == new_head_id), None)
        if new_head is None:
            raise _not_member(session, new_head_id, household.id)
        if new_head.died_on is not None:
            raise HouseholdChangeRefused(
                f"{new_head.latin_name} is recorded as deceased: choose a living member to "
                "head the household", field="head")
        living = {m.id: m for m in members if m.died_on is None}
        # two living heads (records from before the household lock): naming one of them
        # heads it alone, the other says how they are related to them
        if new_head.relation_to_head == "head" and not any(
                m.relation_to_head == "head" and m.id != new_head.id for m in living.values()):
            raise HouseholdChangeRefused(f"{new_head.latin_name} already heads household "
                                         f"{household.id}", field="head")
        for pid in given:
            if pid == new_head_id or pid not in living:
                raise HouseholdChangeRefused(
                    f"{pid} is not another living member of household {household.id}",
                    field="relations")
        former = [m for m in members if m.relation_to_head == "head" and m.id != new_head.id]
        for old in former:
            if old.died_on is None and old.id not in given:
                raise HouseholdChangeRefused(
                    f"say how {old.latin_name}, who headed the household until now, is "
                    f"related to {new_head.latin_name}", field="relations")
        wanted = {new_head.id: "head", **given}
        changed = {pid: rel for pid, rel in wanted.items()
                   if living[pid].relation_to_head != rel}
        # the new head first, then the others by id (the order of their events and updates)
        order = sorted(changed, key=lambda p: (p != new_head.id, p))
        for pid in order:
            person = living[pid]
            before = demographics_of(person)
            person.relation_to_head = changed[pid]
            station.audit(session, action="household.head", subject_type="person",
                          subject_id=pid, operator_id=operator.id, now=now, details={
                              "household_id": household.id, "head": new_head.id,
                              "reason": why, "relation": [before.relation_to_head,
                                                          changed[pid]]})
            send_update(station, session, pid, ("relation_to_head",), why,
                        replace(before, relation_to_head=changed[pid]), operator, now)
    return HouseholdChange(household_id=household.id, head_id=new_head.id,
                           left_household_id=None, moved=(), relations=changed, reason=why)


def move_members(station: Station, person_ids: Sequence[str], *, reason: str,
                 operator: OperatorInfo, now: dt.datetime, into: str | None = None,
                 head: str | None = None, relations: Mapping[str, str] | None = None,
                 address: Address | None = None) -> HouseholdChange:
    """Living members of one household leave it; one transaction.

    ``into`` None: they start a new household, headed by ``head`` (one of them), at
    ``address`` (default: where the new head lives now, checked against the list of places
    as a new household is at enrolment); ``relations`` gives every other mover's relation to
    the new head. ``into`` a household id: they join it; ``relations`` gives each mover's
    relation to its head, and they take its address. A person registered on their own may
    join a household too.

    Refused (one line, nothing written): no reason, an unknown or deceased person, movers of
    different households, a new household without its head among the movers or with every
    living member leaving (that is a move: correct the address of the whole household), the
    head of a household leaving living members behind (choose its new head first), a relation
    missing or not one of :data:`RELATIONS`, a household that does not exist or is theirs.
    """
    operator.require("supervisor", action="change who belongs to a household")
    why = _reason(reason)
    given = _relations(relations)
    ids = list(dict.fromkeys(str(p).strip() for p in person_ids))
    if not ids:
        raise HouseholdChangeRefused("name at least one person to move", field="person_id")
    if into is not None and head is not None:
        raise HouseholdChangeRefused("a household joined keeps its head: name a head only "
                                     "for a new household", field="head")
    if into is None and head not in ids:
        raise HouseholdChangeRefused("a new household is headed by one of the persons who "
                                     "start it: name its head among them", field="head")
    others = [p for p in ids if p != head]
    missing = [p for p in others if p not in given]
    if missing:
        raise HouseholdChangeRefused(f"say how {missing[0]} is related to the head of the "
                                     "household", field="relations")
    strays = sorted(set(given) - set(others))
    if strays:
        raise HouseholdChangeRefused(f"{strays[0]} is not one of the persons who move, or "
                                     "heads the new household", field="relations")
    at = naive_utc(now)
    with station.transaction() as session:
        source = _living(session, ids[0]).household_id
        # the households first, in one order for every desk (as a change of head locks its
        # household before its members: no deadlock), then the movers read again under them
        for locked in sorted({h for h in (source, into) if h is not None}):
            session.get(Household, locked, with_for_update=True)
        movers = [_living(session, p, lock=True) for p in ids]
        if any(m.household_id != source for m in movers):
            raise HouseholdChangeRefused("the persons who move must all be of one household "
                                         "(move each household's members in turn)",
                                         field="person_id")
        if into is None and source is None:
            raise HouseholdChangeRefused(
                f"{movers[0].latin_name} belongs to no household: a person on their own "
                "starts a household by joining it or at enrolment", field="person_id")
        if source is not None:
            _leaves_no_one_headless(session, source, ids, new=into is None)
        if into is not None:
            target = _household(session, into)
            if target.id == source:
                raise HouseholdChangeRefused(f"they are members of household {target.id} "
                                             "already", field="household_id")
            place = Address(target.province_code, target.district_code, target.commune_code,
                            target.village_code)
            head_id = head_of(session, target.id)
        else:
            chief = next(m for m in movers if m.id == head)
            place = address if address is not None else demographics_of(chief).address
            check_place(station, place)  # as enrolment checks a new household's (not retired)
            target = Household(id=str(uuid.uuid4()), province_code=place.province,
                               district_code=place.district, commune_code=place.commune,
                               village_code=place.village, created_at=at)
            session.add(target)
            session.flush()
            head_id = chief.id
        wanted = {m.id: ("head" if m.id == head else given[m.id]) for m in movers}
        cards: list[str] = []
        for person in movers:
            before = demographics_of(person)
            after = replace(before, household_id=target.id, address=place,
                            relation_to_head=wanted[person.id])
            person.household_id, person.relation_to_head = target.id, wanted[person.id]
            person.province_code, person.district_code = place.province, place.district
            person.commune_code, person.village_code = place.commune, place.village
            fields = ["household_id", "relation_to_head"] + (
                ["address"] if after.address != before.address else [])
            station.audit(session, action="household.move", subject_type="person",
                          subject_id=person.id, operator_id=operator.id, now=now, details={
                              "from": source, "to": target.id, "new": into is None,
                              "relation": wanted[person.id], "reason": why,
                              "address_changed": "address" in fields})
            send_update(station, session, person.id, tuple(fields), why, after, operator,
                        now)
            cards += cards_to_replace(session, person.id, before, after, tuple(fields))
        today = station.settings.today(now)
        held = _memberships(session, ids, today)
        twice = held_twice(session, target.id, today)
        unassessed = session.scalar(sa.select(sa.func.count()).select_from(
            VulnerabilityAssessment).where(
                VulnerabilityAssessment.household_id == target.id)) == 0
    return HouseholdChange(household_id=target.id, head_id=head_id, left_household_id=source,
                           moved=tuple(ids), relations=wanted, reason=why,
                           new_household=into is None, cards_to_replace=tuple(cards),
                           memberships=held, unassessed=unassessed, held_twice=twice)


def _reason(reason: str) -> str:
    why = " ".join(str(reason or "").split())
    if len(why) < MIN_REASON:
        raise HouseholdChangeRefused("give the reason for the change (e.g. the form or the "
                                     "document that shows it)", field="reason")
    return why


def _relations(relations: Mapping[str, str] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for pid, relation in (relations or {}).items():
        rel = str(relation or "").strip().lower()
        if rel not in RELATIONS:
            raise HouseholdChangeRefused(f"the relation to the head must be one of "
                                         f"{', '.join(RELATIONS)}, not {relation!r}",
                                         field="relations")
        out[str(pid).strip()] = rel
    return out


def _household(session: Session, household_id: str) -> Household:
    """The household, its row locked until the change commits (PostgreSQL; SQLite writes one
    at a time): two desks changing one household at once would each read the members
    before the other's change and could leave it with two heads, or none."""
    household = session.get(Household, str(household_id).strip(), with_for_update=True)
    if household is None:
        raise UnknownHousehold(household_id)
    return household


def _members(session: Session, household_id: str) -> list[Person]:
    return list(session.scalars(sa.select(Person).where(Person.household_id == household_id)
                                .order_by(Person.id)).all())


def _living(session: Session, person_id: str, *, lock: bool = False) -> Person:
    person = session.get(Person, person_id, with_for_update=lock, populate_existing=lock)
    if person is None:
        raise UnknownPerson(person_id)
    if person.died_on is not None:
        raise HouseholdChangeRefused(f"{person.latin_name} is recorded as deceased on "
                                     f"{person.died_on.isoformat()}: the dead do not move "
                                     "household", field="person_id")
    return person


def _not_member(session: Session, person_id: str, household_id: str) -> BadInput:
    if session.get(Person, person_id) is None:
        return UnknownPerson(person_id)
    return HouseholdChangeRefused(f"{person_id} is not a member of household {household_id}",
                                  field="head")


def _leaves_no_one_headless(session: Session, household_id: str, leaving: list[str], *,
                            new: bool) -> None:
    """The head of a household leaves only with everyone living; a new household needs
    someone to stay behind (else it is the whole household moving)."""
    members = _members(session, household_id)
    staying = [m for m in members if m.died_on is None and m.id not in leaving]
    if new and not staying:
        raise WholeHouseholdLeaving()
    head = next((m for m in members
                 if m.relation_to_head == "head" and m.died_on is None), None)
    if head is not None and head.id in leaving and staying:
        raise HeadWouldLeave(head.latin_name, household_id, len(staying))


def _memberships(session: Session, person_ids: list[str],
                 today: dt.date) -> tuple[tuple[str, str], ...]:
    m = ProgrammeMembership
    rows = session.execute(sa.select(m.person_id, m.programme_code).where(
        m.person_id.in_(person_ids), sa.or_(m.end_date.is_(None), m.end_date >= today))
        .order_by(m.person_id, m.programme_code)).all()
    return tuple(dict.fromkeys((str(p), str(c)) for p, c in rows))

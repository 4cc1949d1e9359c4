"""Correcting a registered person's details: a misspelt name, a birth date now known, a move.

Enrolment writes a person's demographics once (:mod:`station.model.enrolment`); a clerk's typo,
an estimated age later shown on a birth certificate, a new phone or a move to another village
are corrected here (:func:`correct_person`). The corrected details are the current ones plus
the changes, checked by :class:`~station.model.demographics.Demographics` itself and by the
list of places as at enrolment, so a correction accepts and refuses what the form does.

Who may: any clerk corrects where a person lives and how they are reached (phone, address,
relation to the household's head: daily work, and nothing the person is known by). Names, sex,
birth date and other id numbers identify the person, are printed on the card and decide
entitlements (an age moves a person into or out of a pension): a supervisor corrects them, as
a supervisor records a death. Auditors change nothing.

In ONE transaction the person row changes, a ``person.correct`` audit event says which fields
changed (old -> new, as the other person events already name people; the phone and other id
numbers only by name: the trail is read by every auditor), and one ``person_update`` outbox
item tells the centre, with the full corrected ``demographics`` in the enrolment payload's
shape. A deceased person's name, sex, birth date and ids may still be corrected (the record is
kept, and a refund owed to the family names them); where they lived or how they were reached
is not (the dead do not move: as :func:`station.services.households.record_situation`, only
the audit trail would change). A card already issued shows the old name, sex, birth date or
village: the result says it should be replaced; nothing is reissued silently.

References
----------
MOSIP, "Update UIN" (a resident's demographic update, a new packet to the ID repository).
World Bank, "Integrated Social Registries" (2020): updating records is a core function.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.errors import (
    BadInput,
    InvalidDemographics,
    InvalidGazetteer,
    PermissionDenied,
    UnknownPerson,
)
from station.model.demographics import Address, Demographics, parse_sex
from station.model.locations import Gazetteer
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.audit import naive_utc
from station.registry.base import OUTBOX
from station.registry.models import Card, Household, Person
from sync.outbox import enqueue

#: The fields a correction may change, in the order they are listed.
FIELDS = ("local_name", "latin_name", "sex", "birth_date", "birth_date_estimated", "phone",
          "address", "other_ids", "relation_to_head")
#: What the person is known by: a supervisor corrects these.
IDENTITY = frozenset({"local_name", "latin_name", "sex", "birth_date", "birth_date_estimated",
                      "other_ids"})
#: Named in the audit trail without their values (contact and id numbers).
PRIVATE = frozenset({"phone", "other_ids"})
#: What the card carries (``station.model.ui_cards.holder_for``): the Latin name, sex, birth
#: date and the village's code.
ON_CARD = frozenset({"latin_name", "sex", "birth_date", "address"})
#: A household member's relation to its head (the head itself is not changed here).
RELATIONS = ("spouse", "child", "parent", "other")
#: A reason shorter than this says nothing ("typo" is enough; "x" is not).
MIN_REASON = 4


class CorrectionRefused(BadInput):
    """A correction that cannot be made; carries the person's id."""

    def __init__(self, message: str, *, person_id: str, field: str | None = None) -> None:
        super().__init__(message, field=field or "person_id")
        self.person_id = person_id


@dataclass(frozen=True)
class Corrected:
    """What :func:`correct_person` changed."""

    person_id: str
    fields: tuple[str, ...]
    reason: str
    demographics: Demographics
    #: The person's cards in use that show a changed field: to be replaced.
    cards_to_replace: tuple[str, ...]
    #: The living members of the household who moved with the person (``whole_household``).
    moved_with: tuple[str, ...] = ()

    def as_record(self) -> dict[str, Any]:
        return {"person_id": self.person_id, "fields": list(self.fields),
                "reason": self.reason, "demographics": self.demographics.as_record(),
                "cards_to_replace": list(self.cards_to_replace),
                "moved_with": list(self.moved_with)}


def correct_person(station: Station, person_id: str, changes: Mapping[str, Any], *,
                   reason: str, operator: OperatorInfo, now: dt.datetime,
                   whole_household: bool = False) -> Corrected:
    """Correct ``person_id``'s details with ``changes`` (field -> new value); one transaction.

    ``whole_household``: a family moving together: the new address is also the household's
    and every living member's (each member's change audited and sent to the centre as their
    own correction, naming the person it was made with); only with a new address.

    Values: names and ``relation_to_head`` as text, ``sex`` as F/M/X (or its usual words),
    ``birth_date`` a date or YYYY-MM-DD, ``birth_date_estimated`` a bool, ``phone`` text
    ("" or None clears it), ``address`` an :class:`Address` or its four codes, ``other_ids``
    {scheme: number}.

    Raises
    ------
    PermissionDenied
        An auditor, or a clerk changing what a supervisor corrects (:data:`IDENTITY`).
    NotFound
        No such person.
    InvalidDemographics
        A value the enrolment form would refuse (the field is named).
    CorrectionRefused
        No reason, nothing changed, an unknown field, or a deceased person's address.
    """
    operator.require("clerk", "supervisor", action="correct a person's details")
    why = " ".join(str(reason or "").split())
    if len(why) < MIN_REASON:
        raise CorrectionRefused("give the reason for the correction (e.g. the document that "
                                "shows the right details)", person_id=person_id, field="reason")
    unknown = sorted(set(changes) - set(FIELDS))
    if unknown:
        raise CorrectionRefused(f"{unknown[0]} is not a detail that can be corrected",
                                person_id=person_id, field=unknown[0])
    with station.transaction() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise UnknownPerson(person_id)
        before = demographics_of(person)
        after = corrected(before, changes)
        after.check_dates(station.settings.today(now))  # the office's day
        changed = changed_fields(before, after)
        if not changed:
            raise CorrectionRefused("nothing to correct: the details given are those on file",
                                    person_id=person_id)
        _may(operator, changed)
        if person.died_on is not None and set(changed) - IDENTITY:
            raise CorrectionRefused(
                f"{person.latin_name} is recorded as deceased on {person.died_on.isoformat()}: "
                "only their name, sex, birth date and id numbers can be corrected",
                person_id=person_id, field=next(f for f in changed if f not in IDENTITY))
        if "address" in changed:
            check_place(station, after.address)
        if "relation_to_head" in changed:
            _check_relation(person_id, before, after)
        if whole_household and before.household_id is None:
            raise CorrectionRefused("the person belongs to no household: correct their "
                                    "address alone", person_id=person_id, field="address")
        if whole_household and "address" not in changed:
            raise CorrectionRefused("the whole household moves only with a new address of "
                                    "one of its members", person_id=person_id,
                                    field="address")
        _write(person, after)
        details: dict[str, Any] = {
            "fields": list(changed), "reason": why,
            "changes": {f: [_value(before, f), _value(after, f)] for f in changed
                        if f not in PRIVATE}}
        station.audit(session, action="person.correct", subject_type="person",
                      subject_id=person_id, details=details, operator_id=operator.id, now=now)
        send_update(station, session, person_id, changed, why, after, operator, now)
        cards = cards_to_replace(session, person_id, before, after, changed)
        moved = _move_household(station, session, person, after.address, why,
                                operator=operator, now=now) if whole_household else ()
    return Corrected(person_id, changed, why, after, cards, moved)


def _move_household(station: Station, session: Session, person: Person, address: Address,
                    why: str, *, operator: OperatorInfo, now: dt.datetime) -> tuple[str, ...]:
    """The household of ``person`` and its other living members to ``address``: each member
    moved gets a ``person.correct`` event (``with``: ``person``) and a ``person_update`` item,
    as if corrected alone; the ids of those moved (a member already there is left alone)."""
    household = session.get(Household, person.household_id)
    if household is not None:
        household.province_code, household.district_code = address.province, address.district
        household.commune_code, household.village_code = address.commune, address.village
    members = session.scalars(sa.select(Person).where(
        Person.household_id == person.household_id, Person.id != person.id,
        Person.died_on.is_(None)).order_by(Person.id)).all()
    moved = []
    for member in members:
        before = demographics_of(member)
        if before.address == address:
            continue
        after = replace(before, address=address)
        _write(member, after)
        station.audit(session, action="person.correct", subject_type="person",
                      subject_id=member.id, operator_id=operator.id, now=now, details={
                          "fields": ["address"], "reason": why, "with": person.id,
                          "changes": {"address": [_value(before, "address"),
                                                  _value(after, "address")]}})
        send_update(station, session, member.id, ("address",), why, after, operator, now)
        moved.append(member.id)
    return tuple(moved)


def send_update(station: Station, session: Session, person_id: str, changed: tuple[str, ...],
                why: str, after: Demographics, operator: OperatorInfo,
                now: dt.datetime) -> None:
    """The ``person_update`` outbox item of a correction, or of a household change: the
    person's full details in the enrolment payload's shape, for the centre."""
    enqueue(session, OUTBOX, kind="person_update", record_id=person_id,
            payload={"person_id": person_id, "fields": list(changed), "reason": why,
                     "demographics": after.as_record(), "household_id": after.household_id,
                     "station_id": station.settings.station_id, "operator_id": operator.id,
                     "corrected_at": naive_utc(now).isoformat()},
            sealed_biometrics=None, now=now)


def demographics_of(person: Person) -> Demographics:
    """A registered person's details as the :class:`Demographics` enrolment wrote."""
    return Demographics(
        local_name=person.local_name, latin_name=person.latin_name, sex=person.sex,
        birth_date=person.birth_date, birth_date_estimated=bool(person.birth_date_estimated),
        address=Address(person.province_code, person.district_code, person.commune_code,
                        person.village_code),
        phone=person.phone, other_ids=dict(person.other_ids or {}),
        household_id=person.household_id, relation_to_head=person.relation_to_head)


def card_shows(fields: tuple[str, ...] | list[str], before: Demographics,
               after: Demographics) -> bool:
    """Whether a card issued before the correction shows one of the changed ``fields`` (of
    the address only the village is on the card)."""
    shown = set(fields) & ON_CARD
    if shown == {"address"}:
        return before.address.village != after.address.village
    return bool(shown)


def check_changes(record: Mapping[str, Any], changes: Mapping[str, Any], *, today: dt.date,
                  places: Gazetteer | None) -> tuple[str, ...]:
    """The fields a correction of ``record`` (:func:`station.model.persons.get_person`'s)
    would change, checked as :func:`correct_person` checks the values (the same one-line
    errors), written nowhere: a dialog says what is wrong while it is still open."""
    before = Demographics.from_record(record)
    after = corrected(before, changes)
    after.check_dates(today)
    changed = changed_fields(before, after)
    if "address" in changed and places is not None:
        _in_place(places, after.address)
    return changed


def changed_fields(before: Demographics, after: Demographics) -> tuple[str, ...]:
    """The fields (in :data:`FIELDS`' order) whose values differ between the two."""
    return tuple(f for f in FIELDS if _value(before, f) != _value(after, f))


def corrected(before: Demographics, changes: Mapping[str, Any]) -> Demographics:
    """The current details with ``changes`` applied; building it validates them."""
    values: dict[str, Any] = {}
    for name, value in changes.items():
        if name in ("local_name", "latin_name"):
            text = " ".join(str(value or "").split())
            if name == "latin_name" and not text.isascii():
                raise InvalidDemographics("the Latin transliteration must use Latin letters "
                                          "only", field=name)
            values[name] = text
        elif name == "sex":
            values[name] = parse_sex(str(value or ""))
        elif name == "birth_date":
            values[name] = _date(value)
        elif name == "birth_date_estimated":
            values[name] = bool(value)
        elif name in ("phone", "relation_to_head"):
            values[name] = _optional(value)
        elif name == "address":
            values[name] = value if isinstance(value, Address) else _address(before, value)
        elif name == "other_ids":
            values[name] = {str(k): str(v) for k, v in dict(value or {}).items()}
    if "birth_date" in values and "birth_date_estimated" not in values:
        values["birth_date_estimated"] = False  # a date now known, unless it says otherwise
    return replace(before, **values)


def _address(before: Demographics, codes: Mapping[str, Any]) -> Address:
    """The codes given over the address on file (a move may name only the lower levels)."""
    levels = asdict(before.address)
    unknown = sorted(set(codes) - set(levels))
    if unknown:
        raise InvalidDemographics(f"{unknown[0]} is not a level of an address (province, "
                                  "district, commune, village)", field="address")
    return Address(**{**levels, **{k: str(v or "").strip() for k, v in codes.items()}})


def _optional(value: Any) -> str | None:
    """Text, or None for nothing (an emptied phone field clears the number)."""
    text = str(value).strip() if value is not None else ""
    return text or None


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidDemographics(f"{value!r} is not a real date (expected YYYY-MM-DD)",
                                  field="birth_date") from None


def _value(d: Demographics, name: str) -> Any:
    """A field as plain data (what the audit trail and the comparison read)."""
    value = getattr(d, name)
    if isinstance(value, Address):
        return asdict(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if name == "other_ids":
        return dict(value)
    return value


def _may(operator: OperatorInfo, changed: tuple[str, ...]) -> None:
    """A clerk corrects where a person lives and how they are reached, not who they are."""
    if operator.role != "supervisor" and set(changed) & IDENTITY:
        raise PermissionDenied("correct a name, sex, birth date or id number (a supervisor "
                               "does)", operator.role)


def check_place(station: Station, address: Address) -> None:
    """The new address as enrolment checks it: each known area inside the one above it, and
    no move into a place the list marks retired. A list that cannot be read refuses nothing
    (as at enrolment)."""
    from station.model.locations import load_for_home

    try:
        places = load_for_home(station.settings.config_dir)
    except InvalidGazetteer:
        return
    _in_place(places, address)


def _in_place(places: Gazetteer, address: Address) -> None:
    from station.model.locations import RetiredPlace

    codes = asdict(address)
    wrong = places.inconsistency(codes)
    if wrong is not None:
        raise InvalidDemographics(wrong[1], field=wrong[0])
    area = places.retired_in(codes)
    if area is not None:
        raise RetiredPlace(area.code, area.name, area.level)


def _check_relation(person_id: str, before: Demographics, after: Demographics) -> None:
    """A member's relation among :data:`RELATIONS`; who heads the household is not changed
    by a correction (a household has exactly one head)."""
    relation = after.relation_to_head
    if before.household_id is None:
        raise CorrectionRefused("the person belongs to no household: there is no relation "
                                "to a head to correct", person_id=person_id,
                                field="relation_to_head")
    if "head" in (before.relation_to_head, relation):
        raise CorrectionRefused("the head of a household is not changed by a correction",
                                person_id=person_id, field="relation_to_head")
    if relation not in RELATIONS:
        raise CorrectionRefused(f"the relation to the head must be one of "
                                f"{', '.join(RELATIONS)}, not {relation!r}",
                                person_id=person_id, field="relation_to_head")


def _write(person: Person, d: Demographics) -> None:
    person.local_name, person.latin_name, person.sex = d.local_name, d.latin_name, d.sex
    person.birth_date, person.birth_date_estimated = d.birth_date, d.birth_date_estimated
    a = d.address
    person.province_code, person.district_code = a.province, a.district
    person.commune_code, person.village_code = a.commune, a.village
    person.phone, person.other_ids = d.phone, dict(d.other_ids)
    person.relation_to_head = d.relation_to_head


def cards_to_replace(session: Session, person_id: str, before: Demographics,
                     after: Demographics, changed: tuple[str, ...]) -> tuple[str, ...]:
    if not card_shows(changed, before, after):
        return ()
    return tuple(session.scalars(sa.select(Card.serial).where(
        Card.person_id == person_id, Card.status == "issued")
        .order_by(Card.issued_at, Card.serial)).all())

"""Read-only look-ups the clerk and supervisor screens need: find people, count coverage.

Plain SQLAlchemy reads over the registry models (no Qt); nothing here writes. Names are
matched case-insensitively in both scripts, so a clerk can type either the Khmer name or
its Latin transliteration.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from station.errors import UnknownPerson
from station.model.persons import HEADS_FIRST, head_of
from station.registry.cards import card_on_file
from station.registry.models import Adjudication, Card, Person, ProgrammeMembership
from station.registry.models_services import Grievance
from station.services.grievances import id_in
from station.services.membership_lookup import receipt_membership


@dataclass(frozen=True)
class PersonRow:
    """One line of a search result: enough to recognise the person, no biometrics."""

    person_id: str
    local_name: str
    latin_name: str
    sex: str
    birth_date: dt.date
    household_id: str | None
    village_code: str
    #: Latin name of the household's head ("" when none is recorded): how a clerk tells
    #: households apart when adding a member.
    head_name: str = ""
    #: Serial of the card the person holds now ("" for none): whether they need one.
    card: str = ""
    #: The date of death when one is recorded (the row says so; no card, no new death).
    died_on: dt.date | None = None
    #: The status of the card whose serial was typed, when the person was found by it
    #: ("issued", "revoked", "lost", "replaced"; "" otherwise): the search says so.
    by_card: str = ""
    #: "receipt" (a payment's or refund's) or "grievance" when the person was found by the
    #: number of a paper the station gave them ("" otherwise): the search says so.
    by_paper: str = ""


#: The shape of the numbers on the station's papers: ``STATION-YYYYMMDD-`` and a receipt's
#: digits, a refund voucher's ``R`` or a grievance slip's ``G`` and digits
#: (:func:`station.services.contributions.receipt_number`,
#: :func:`station.services.grievances.grievance_reference`).
PAPER_NUMBER = re.compile(r".+-\d{8}-[RG]?\d{3,}", re.IGNORECASE)


def paper_holder(session: Any, text: str) -> tuple[str, str] | None:
    """(person id, "receipt" or "grievance") of the paper numbered ``text``, None when
    ``text`` is no such number on file or the grievance was taken without a person: the
    Payments and Grievances tabs' own look-ups (the number as printed first, then in either
    letter case), none for text of another shape."""
    if not PAPER_NUMBER.fullmatch(text):
        return None
    if text.rpartition("-")[2][:1] in "gG":
        grievance_id = id_in(session, text)
        grievance = session.get(Grievance, grievance_id) if grievance_id else None
        person, kind = (grievance.person_id if grievance else None), "grievance"
    else:
        membership_id = receipt_membership(session, text)
        row = session.get(ProgrammeMembership, membership_id) if membership_id else None
        person, kind = (row.person_id if row else None), "receipt"
    return (person, kind) if person else None


def find_people(station: Any, text: str, *, limit: int = 50) -> list[PersonRow]:
    """People whose name (either script), phone, person id or household id contains ``text``,
    and first the holder of the card whose serial ``text`` is (revoked, lost or replaced too:
    finding a person is not a card check), or the person a receipt, refund voucher or
    grievance slip numbered ``text`` was given to (:func:`paper_holder`)."""
    text = text.strip()
    if not text:
        return []
    like = f"%{text.lower()}%"
    query = (sa.select(Person).where(sa.or_(
        sa.func.lower(Person.latin_name).like(like), sa.func.lower(Person.local_name).like(like),
        Person.phone.like(f"%{text}%"), Person.id.like(f"{text}%"),
        Person.household_id.like(f"{text}%"))).order_by(Person.latin_name).limit(limit))
    with station.reading() as session:
        # a serial has no space inside: a name with one costs no card look-up
        card = card_on_file(session, text) if " " not in text else None
        holder = session.get(Person, card.person_id) if card is not None else None
        paper = paper_holder(session, text) if holder is None else None
        if paper is not None:
            holder = session.get(Person, paper[0])
        people = [holder] if holder is not None else []
        people += [p for p in session.scalars(query) if p is not holder][:limit - len(people)]
        households = {p.household_id for p in people if p.household_id}
        heads: dict[str, str] = {}
        if households:
            for household, name in session.execute(
                    sa.select(Person.household_id, Person.latin_name)
                    .where(Person.household_id.in_(households),
                           Person.relation_to_head == "head").order_by(*HEADS_FIRST)):
                heads.setdefault(household, name)  # the first of each is its head
        cards = dict(session.execute(
            sa.select(Card.person_id, Card.serial)
            .where(Card.person_id.in_([p.id for p in people]), Card.status == "issued")
        ).all()) if people else {}
        return [PersonRow(p.id, p.local_name, p.latin_name, p.sex, p.birth_date,
                          p.household_id, p.village_code, heads.get(p.household_id, ""),
                          cards.get(p.id, ""), p.died_on,
                          card.status if card is not None and p is holder else "",
                          paper[1] if paper is not None and p is holder else "")
                for p in people]


@dataclass(frozen=True)
class Coverage:
    """Local counts for the supervisor's charts."""

    people: int
    households: int
    by_sex: dict[str, int]
    by_age_band: dict[str, int]
    by_district: dict[str, int]
    by_commune: dict[str, int]
    #: Cases waiting for the clerk's decision or the supervisor's approval.
    open_adjudications: int


AGE_BANDS = ((0, 5, "0-4"), (5, 18, "5-17"), (18, 60, "18-59"), (60, 200, "60+"))


def coverage(station: Any, *, today: dt.date) -> Coverage:
    """Living people and their households registered here, by sex, age band, district and
    commune (a person recorded as deceased by ``today`` is not counted)."""
    with station.reading() as session:
        rows = session.execute(sa.select(Person.sex, Person.birth_date, Person.district_code,
                                         Person.household_id, Person.commune_code)
                               # the living: a death recorded by today ends the coverage
                               .where(sa.or_(Person.died_on.is_(None),
                                             Person.died_on > today))).all()
        open_cases = session.scalar(sa.select(sa.func.count()).select_from(Adjudication)
                                    .where(Adjudication.status.in_(("open", "decided")))) or 0
    by_sex: dict[str, int] = {}
    by_band = {label: 0 for _lo, _hi, label in AGE_BANDS}
    by_district: dict[str, int] = {}
    by_commune: dict[str, int] = {}
    households = set()
    for sex, born, district, household, commune in rows:
        by_commune[commune] = by_commune.get(commune, 0) + 1
        by_sex[sex] = by_sex.get(sex, 0) + 1
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        for lo, hi, label in AGE_BANDS:
            if lo <= age < hi:
                by_band[label] += 1
        by_district[district] = by_district.get(district, 0) + 1
        if household:
            households.add(household)
    return Coverage(people=len(rows), households=len(households), by_sex=by_sex,
                    by_age_band=by_band, by_district=by_district, by_commune=by_commune,
                    open_adjudications=int(open_cases))


@dataclass(frozen=True)
class Member:
    """One member of a household as the household dialog lists them."""

    person_id: str
    local_name: str
    latin_name: str
    #: Their relation to the head ("head", "spouse", "child", "parent", "other"; None when
    #: not recorded).
    relation: str | None
    birth_date: dt.date
    died_on: dt.date | None = None


@dataclass(frozen=True)
class HouseholdView:
    """A person's household: its members, its living head and its village. A person on their
    own is shown alone (``household_id`` None): they may only join a household."""

    household_id: str | None
    village_code: str
    #: The living head (a head who died keeps the relation; the one chosen since is the
    #: head), else the head recorded, else "".
    head_id: str
    members: tuple[Member, ...]


def household_of(station: Any, person_id: str) -> HouseholdView:
    """The household of ``person_id``, read for the supervisor's household dialog (who heads
    it, who leaves it: :mod:`station.services.household_changes`)."""
    with station.reading() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise UnknownPerson(person_id)
        if person.household_id is None:
            people = [person]
        else:
            people = list(session.scalars(sa.select(Person).where(
                Person.household_id == person.household_id).order_by(Person.birth_date,
                                                                      Person.id)))
        members = tuple(Member(p.id, p.local_name, p.latin_name, p.relation_to_head,
                               p.birth_date, p.died_on) for p in people)
        return HouseholdView(person.household_id, person.village_code,
                             head_of(session, person.household_id) if person.household_id
                             else "", members)

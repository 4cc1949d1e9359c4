"""Looking a person up: demographics, fingers (quality only), enrolments, cards, programmes,
and what the central registry answered about the enrolment."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from station.errors import BadInput, UnknownPerson
from station.model.deaths import death_of
from station.model.fingers import Finger
from station.model.station import Station
from station.registry.base import OUTBOX
from station.registry.models import Card, Enrolment, Fingerprint, Person, ProgrammeMembership
from sync.outbox import FINGERS_ADDED

#: Who heads a household when more than one member carries the relation: a head who died
#: keeps it, and the living head chosen since (station.services.household_changes) comes
#: first, then by id.
HEADS_FIRST = (Person.died_on.is_not(None), Person.id)


def head_of(session: Any, household_id: str) -> str:
    """The household's head (the living one, :data:`HEADS_FIRST`), or "" when none is
    recorded."""
    return session.scalar(sa.select(Person.id).where(
        Person.household_id == household_id, Person.relation_to_head == "head")
        .order_by(*HEADS_FIRST).limit(1)) or ""


def _iso(value: Any) -> Any:
    return value.isoformat() if value is not None and hasattr(value, "isoformat") else value


def get_person(station: Station, person_id: str) -> dict[str, Any]:
    """Everything the station knows about one person, without any biometric data."""
    with station.reading() as session:
        p = session.get(Person, person_id)
        if p is None:
            raise UnknownPerson(person_id)
        fingers = session.scalars(sa.select(Fingerprint).where(
            Fingerprint.person_id == person_id).order_by(Fingerprint.position)).all()
        enrolments = session.scalars(sa.select(Enrolment).where(
            Enrolment.person_id == person_id).order_by(Enrolment.started_at)).all()
        cards = session.scalars(sa.select(Card).where(Card.person_id == person_id)
                                .order_by(Card.issued_at)).all()
        memberships = session.scalars(sa.select(ProgrammeMembership).where(
            ProgrammeMembership.person_id == person_id)).all()
        return {
            "person_id": p.id,
            "local_name": p.local_name,
            "latin_name": p.latin_name,
            "sex": p.sex,
            "birth_date": _iso(p.birth_date),
            "birth_date_estimated": p.birth_date_estimated,
            "address": {"province": p.province_code, "district": p.district_code,
                        "commune": p.commune_code, "village": p.village_code},
            "phone": p.phone,
            "other_ids": dict(p.other_ids or {}),
            "household_id": p.household_id,
            "relation_to_head": p.relation_to_head,
            "created_at": _iso(p.created_at),
            #: None while alive; else {died_on, source, recorded_by, recorded_at}
            "death": death_of(session, p),
            "died_on": _iso(p.died_on),
            #: None unless erased at the person's request: {on, by, asked_by, guardian, fingers}
            "fingerprints_erased": _erased(session, p.id),
            "fingers": [{"finger": Finger(f.position).slug, "position": f.position,
                         "quality": f.quality, "image_sha256": f.image_sha256,
                         "key_id": f.key_id, "raw_image_kept": f.image_sealed is not None}
                        for f in fingers],
            "enrolments": [{"id": e.id, "status": e.status, "operator_id": e.operator_id,
                            "station_id": e.station_id, "started_at": _iso(e.started_at),
                            "finished_at": _iso(e.finished_at)} for e in enrolments],
            "cards": [{"serial": c.serial, "status": c.status, "issued_at": _iso(c.issued_at)}
                      for c in cards],
            "programmes": [{"programme": m.programme_code, "start_date": _iso(m.start_date),
                            "end_date": _iso(m.end_date)} for m in memberships],
        }


def _erased(session: Any, person_id: str) -> dict[str, Any] | None:
    from station.model.erasure import erasure_of

    erasure = erasure_of(session, person_id)
    return erasure.as_record() if erasure is not None else None


#: What the central registry's answer about a person's enrolment means, in words.
NATIONAL_TEXT = {
    "pending": "not yet sent to the central registry",
    "sent": "sent to the central registry, not yet acknowledged",
    "received": "received by the central registry; its national duplicate check is to come",
    "acked": "accepted by the central registry (no one else enrolled with these fingers)",
    "duplicate": "held at the central registry as a possible duplicate of someone enrolled "
                 "elsewhere; national adjudication is to come",
}

#: The centre's reason for refusing an enrolment (or prints added later) of someone
#: an adjudicator found enrolled at another station already.
SAME_PERSON = "adjudicated_same_person"

#: What :func:`national_check` says of either refusal.
SAME_PERSON_TEXT = ("refused by the central registry: the same person as someone already "
                    "enrolled at another station (national adjudication)")
ADDED_SAME_PERSON_TEXT = ("refused by the central registry: fingerprints added later belong to "
                          "someone already enrolled at another station, found the same person "
                          "(national adjudication)")


def national_check_of(station: Station, person_id: str) -> dict[str, Any] | None:
    """What the central registry answered about ``person_id``'s enrolment (None when none is
    queued). Kept out of :func:`get_person`, which every screen calls per person: the outbox
    holds every record the station ever queued."""
    with station.reading() as session:
        return national_check_in(session, person_id)


def national_check_in(session: Any, person_id: str) -> dict[str, Any] | None:
    """:func:`national_check_of` read in ``session`` (a caller already reading).

    The newest enrolment item answers, unless fingerprints added to the person later
    (``fingerprints_added``) were found nationally to be someone else's and an adjudicator
    decided they are one person: that answer wins, as the person is then registered twice
    (:func:`national_check`, ``added=True``). ``fingerprints_added`` is the state of the
    newest addition's item (None: none was made), so a held one can be told.
    """
    box = OUTBOX.c
    found = session.execute(
        sa.select(box.state, box.central_status, box.central_reason)
        .where(box.kind == "enrolment", box.record_id == person_id)
        .order_by(box.seq.desc()).limit(1)).first()
    additions = session.execute(
        sa.select(box.state, box.central_status, box.central_reason)
        .where(box.kind == FINGERS_ADDED, box.record_id == person_id)
        .order_by(box.seq.desc())).all()  # a person's additions are few
    newest = additions[0].state if additions else None
    for added in additions:
        if added.state == "rejected" and added.central_reason == SAME_PERSON:
            return {**national_check(*added, added=True), "fingerprints_added": newest}
    if found is None:
        return None
    return {**national_check(*found), "fingerprints_added": newest}


def national_check(state: str, status: str | None, reason: str | None, *,
                   added: bool = False) -> dict[str, Any]:
    """The central registry's answer about a person's enrolment (the outbox item's state),
    or, ``added``, about fingerprints added to them later.

    ``same_person`` is True when the centre decided this is someone already enrolled at
    another station: such a person gets no card here (:func:`refuse_if_enrolled_elsewhere`).
    For added prints that means they matched someone enrolled elsewhere and an adjudicator
    found the two one person: registered twice, so the same consequence.
    """
    same = state == "rejected" and reason == SAME_PERSON
    if same:
        text = ADDED_SAME_PERSON_TEXT if added else SAME_PERSON_TEXT
    elif state == "rejected":
        text = f"refused by the central registry ({reason or status or 'no reason given'})"
    else:
        text = NATIONAL_TEXT.get(state, state)
    return {"state": state, "status": status, "reason": reason, "same_person": same,
            "text": text}


def refuse_if_enrolled_elsewhere(station: Station, person_id: str) -> None:
    """Raise :class:`BadInput` when the centre found the person enrolled elsewhere: one
    person, one card, nationally."""
    national = national_check_of(station, person_id) or {}
    if national.get("same_person"):
        raise BadInput(f"no card for {person_id}: the central registry found this "
                       "person already enrolled at another station; the supervisor resolves "
                       "it with that station", field="person_id")

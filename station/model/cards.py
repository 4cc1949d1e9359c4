"""Cards in the registry: what to put on a card, and the record of every card's life.

The card layer (:mod:`cardio`) writes and verifies cards; these services give it a person's
templates (decrypted in memory only) and record each issued card and each status change with
its audit event and outbox item in one transaction. Issuing a new card to a person marks
their previous issued card ``replaced``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.errors import BadInput, NotFound, UnknownPerson
from station.model.biometrics import decode_template
from station.model.fingers import Finger
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.audit import naive_utc
from station.registry.base import OUTBOX
from station.registry.crypto import fingerprint_aad
from station.registry.models import CARD_STATUSES, Card, Fingerprint, Person
from sync.outbox import enqueue


class AlreadyInStatus(BadInput):
    """A card given the status it already has (revoked twice, reported lost twice): its
    first status change (``since``, ``reason``) stands."""

    def __init__(self, serial: str, status: str, since: datetime | None,
                 reason: str | None) -> None:
        when = f"since {since:%Y-%m-%d %H:%M} UTC" if since is not None else "already"
        why = f": {reason}" if reason else ""
        super().__init__(f"card {serial} is already {status} ({when}{why}); nothing changed",
                         field="serial")
        self.serial, self.status, self.since, self.reason = serial, status, since, reason


@dataclass(frozen=True)
class CardRecord:
    """One card as the registry knows it."""

    serial: str
    person_id: str
    status: str
    issued_at: str
    status_reason: str | None
    replaced_by: str | None

    def as_record(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _record(card: Card) -> CardRecord:
    return CardRecord(serial=card.serial, person_id=card.person_id, status=card.status,
                      issued_at=card.issued_at.isoformat(), status_reason=card.status_reason,
                      replaced_by=card.replaced_by)


def person_templates(station: Station, person_id: str) -> dict[Finger, Any]:
    """The person's templates (``matcher.Template``), decrypted in memory, by finger."""
    cipher = station.cipher
    with station.reading() as session:
        if session.get(Person, person_id) is None:
            raise UnknownPerson(person_id)
        rows = session.execute(sa.select(Fingerprint.position, Fingerprint.template_sealed)
                               .where(Fingerprint.person_id == person_id)
                               .order_by(Fingerprint.position)).all()
    return {Finger(pos): decode_template(cipher.open(sealed, fingerprint_aad(person_id, pos)))
            for pos, sealed in rows}


def issued_serials(session: Session, person_id: str) -> tuple[str, ...]:
    """The serials of the person's cards in use (``issued``), oldest first."""
    return tuple(session.scalars(sa.select(Card.serial).where(
        Card.person_id == person_id, Card.status == "issued").order_by(Card.issued_at)))


def refuse_recorded_card(station: Station, serial: str) -> None:
    """Refuse a card the registry already lists, before anything is written to it: the chip
    would otherwise carry one person's credential while the registry (and the centre) list
    the card as another's, or an older credential of the same person."""
    with station.reading() as session:
        card = session.get(Card, serial)
        if card is None:
            return
        status, person_id = card.status, card.person_id
    raise BadInput(f"card {serial} is already recorded ({status}, person {person_id}); "
                   "nothing was written to it: put a blank card in the reader", field="serial")


def record_issued(station: Station, *, person_id: str, serial: str, credential: bytes,
                  by: OperatorInfo, now: datetime) -> CardRecord:
    """Record a card just written (after the card layer verified it); one transaction."""
    by.require("clerk", "supervisor", action="issue cards")
    at = naive_utc(now)
    with station.transaction() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise UnknownPerson(person_id)
        if person.died_on is not None:
            raise BadInput(f"{person.latin_name or person_id} is recorded as deceased on "
                           f"{person.died_on:%Y-%m-%d}: no card is issued", field="person_id")
        if session.get(Card, serial) is not None:
            raise BadInput(f"a card with serial {serial} is already recorded", field="serial")
        replaced = session.scalars(sa.select(Card).where(
            Card.person_id == person_id, Card.status == "issued")).all()
        for old in replaced:
            old.status, old.status_changed_at, old.replaced_by = "replaced", at, serial
            old.status_reason = "a new card was issued"
        card = Card(serial=serial, person_id=person_id, credential=credential,
                    status="issued", issued_at=at)
        session.add(card)
        session.flush()
        station.audit(session, action="card.issue", subject_type="card", subject_id=serial,
                      details={"person_id": person_id,
                               "replaces": [c.serial for c in replaced]},
                      operator_id=by.id, now=now)
        enqueue(session, OUTBOX, kind="card_issue", record_id=serial,
                payload={"serial": serial, "card_id": serial, "person_id": person_id,
                         "issued_at": at.isoformat(), "credential": credential,
                         "replaces": [c.serial for c in replaced],
                         "station_id": station.settings.station_id},
                sealed_biometrics=None, now=now)
        record = _record(card)
    if replaced:  # the replaced cards are refused from now on (after the commit)
        from station.model.trust import publish_revocation_list

        publish_revocation_list(station, now)
    return record


def set_status(station: Station, serial: str, status: str, *, reason: str,
               by: OperatorInfo, now: datetime) -> CardRecord:
    """Mark a card revoked or lost (supervisors), with its reason; queued for the centre."""
    by.require("supervisor", action="revoke or report cards")
    if status not in CARD_STATUSES or status == "issued":
        raise BadInput(f"a card's new status must be revoked, lost or replaced, not {status!r}",
                       field="status")
    if not reason.strip():
        raise BadInput("give the reason for the card's new status", field="reason")
    with station.transaction() as session:
        card = session.get(Card, serial)
        if card is None:
            raise NotFound(f"no card with serial {serial}", field="serial")
        if card.status == status:  # a second revocation would replace the first's time
            # and reason, and tell the centre again
            raise AlreadyInStatus(serial, status, card.status_changed_at, card.status_reason)
        change_status(station, session, card, status, reason, by=by, now=now)
        record = _record(card)
    # the office's signed revocation list follows the registry (after the commit)
    from station.model.trust import publish_revocation_list

    publish_revocation_list(station, now)
    return record


def change_status(station: Station, session: Session, card: Card, status: str, reason: str,
                  *, by: OperatorInfo, now: datetime) -> None:
    """Inside ``session``'s transaction: give ``card`` its new status and reason, audit it
    and queue it for the centre (``revocation``, or ``card_status`` for lost / replaced).
    The caller re-signs the office's list after the commit."""
    at = naive_utc(now)
    previous = card.status
    card.status, card.status_changed_at, card.status_reason = status, at, reason
    station.audit(session, action="card.status", subject_type="card", subject_id=card.serial,
                  details={"from": previous, "to": status, "reason": reason},
                  operator_id=by.id, now=now)
    enqueue(session, OUTBOX, kind="revocation" if status == "revoked" else "card_status",
            record_id=card.serial,
            payload={"serial": card.serial, "card_id": card.serial,
                     "person_id": card.person_id, "status": status, "reason": reason,
                     "at": at.isoformat(), "station_id": station.settings.station_id},
            sealed_biometrics=None, now=now)


def get_card(station: Station, serial: str) -> CardRecord:
    with station.reading() as session:
        card = session.get(Card, serial)
        if card is None:
            raise NotFound(f"no card with serial {serial}", field="serial")
        return _record(card)


def revoked_serials(station: Station) -> list[str]:
    """Serials of every card this station knows to be revoked or lost."""
    with station.reading() as session:
        return list(session.scalars(sa.select(Card.serial).where(
            Card.status.in_(("revoked", "lost"))).order_by(Card.serial)))

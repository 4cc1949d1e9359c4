"""Recording a death: the registry stops paying and trusting the dead.

A supervisor records that a registered person died (:func:`record_death`). In ONE
transaction the person gets ``died_on`` and ``death_source``; every programme membership
still running on that date ends on it (rows kept: the history stays), and one that would
only begin later is withdrawn (held on no day; its ``programme.withdraw`` event keeps it),
unless contributions are paid towards it: it then stays, ended on its start date, as a refund
owed to the family (:func:`station.services.payments.refund_and_withdraw`);
every card the person holds is revoked with the reason ``holder deceased``; a
``person.death`` audit event is appended; and the centre is told (one ``person_death``
outbox item, plus the items each membership end and card revocation already travel as).
After the commit the office's signed revocation list is re-signed, so a hospital refuses
the card at once.

The person is never deleted: their fingerprints stay in the 1:N gallery, and a later
enrolment that matches them shows the candidate as deceased (a fraud signal, decided by
adjudication like any duplicate).

A death recorded by mistake is corrected with :func:`undo_death` (supervisor, with a reason):
the fields are cleared and the correction audited and sent to the centre. Memberships and
cards are NOT reinstated (ended ones stay ended, withdrawn ones gone): the clerk proposes the
programmes again and issues a new card. The money of one the death kept stays refundable
(:func:`station.services.payments.refund_credit`): it never ran.

References
----------
MOSIP ID Repository, "deactivate UIN" (status change of an identity record, kept on file).
World Bank, "Integrated Social Registries" (2020): links to civil registration end benefits
at death.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.errors import BadInput, UnknownPerson
from station.model.cards import change_status
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.audit import naive_utc
from station.registry.base import OUTBOX
from station.registry.models import Card, Operator, Person, ProgrammeMembership
from station.services.memberships import paid_towards, withdraw_row
from station.services.recording import record
from sync.outbox import enqueue

#: The reason every card of a deceased holder is revoked with (on the signed list too).
CARD_REASON = "holder deceased"


class DeathRefused(BadInput):
    """A death (or its correction) that cannot be recorded; carries the person's id."""

    def __init__(self, message: str, *, person_id: str) -> None:
        super().__init__(message, field="person_id")
        self.person_id = person_id


class NoDeathSource(DeathRefused):
    """A death without the document or witness it is known from."""

    def __init__(self, person_id: str) -> None:
        super().__init__("say where the death is known from (e.g. the death certificate "
                         "number and commune)", person_id=person_id)


class DeathInFuture(DeathRefused):
    """A date of death after today."""

    def __init__(self, person_id: str, died_on: dt.date) -> None:
        super().__init__(f"the date of death {died_on.isoformat()} is in the future",
                         person_id=person_id)
        self.died_on = died_on


class DeathBeforeBirth(DeathRefused):
    """A date of death before the person's date of birth (``born``)."""

    def __init__(self, person_id: str, died_on: dt.date, born: dt.date) -> None:
        super().__init__(f"the date of death {died_on.isoformat()} is before the person's "
                         f"birth ({born.isoformat()})", person_id=person_id)
        self.died_on, self.born = died_on, born


class NoUndoReason(DeathRefused):
    """A death withdrawn without saying why."""

    def __init__(self, person_id: str) -> None:
        super().__init__("give the reason the death is withdrawn", person_id=person_id)


class NoDeathOnFile(DeathRefused):
    """A death withdrawn for a person whose death is not on file."""

    def __init__(self, person_id: str) -> None:
        super().__init__(f"no death is recorded for {person_id}", person_id=person_id)


class AlreadyRecorded(DeathRefused):
    """The person's death is already on file: when, by whom."""

    def __init__(self, person_id: str, died_on: dt.date, by: str, at: dt.datetime | None
                 ) -> None:
        when = at.strftime("%Y-%m-%d %H:%M UTC") if at is not None else "an unknown time"
        super().__init__(f"the death of {person_id} on {died_on.isoformat()} was already "
                         f"recorded by {by} at {when}", person_id=person_id)
        self.died_on, self.by, self.at = died_on, by, at


@dataclass(frozen=True)
class DeathRecorded:
    """What :func:`record_death` changed."""

    person_id: str
    died_on: dt.date
    source: str
    memberships_ended: tuple[str, ...]
    cards_revoked: tuple[str, ...]
    #: The household the deceased headed, where living members stay: it needs a new head
    #: (:func:`station.services.household_changes.change_head`); None otherwise.
    headed: str | None = None

    def as_record(self) -> dict[str, Any]:
        return {"person_id": self.person_id, "died_on": self.died_on.isoformat(),
                "source": self.source, "memberships_ended": list(self.memberships_ended),
                "cards_revoked": list(self.cards_revoked), "headed": self.headed}


@dataclass(frozen=True)
class DeathUndone:
    """What :func:`undo_death` cleared. Memberships and cards stay ended (or withdrawn) and
    revoked."""

    person_id: str
    was_died_on: dt.date
    reason: str

    def as_record(self) -> dict[str, Any]:
        return {"person_id": self.person_id, "was_died_on": self.was_died_on.isoformat(),
                "reason": self.reason, "memberships_reinstated": False,
                "cards_reinstated": False}


def record_death(station: Station, person_id: str, *, died_on: dt.date, source: str,
                 by: OperatorInfo, now: dt.datetime) -> DeathRecorded:
    """Record that ``person_id`` died on ``died_on`` (supervisors only); one transaction.

    Raises
    ------
    PermissionDenied
        ``by`` is not a supervisor.
    NotFound
        No such person.
    DeathRefused
        No source, a date in the future or before the person's birth.
    AlreadyRecorded
        The death is on file already (the message says when and by whom).
    """
    by.require("supervisor", action="record deaths")
    text = " ".join(str(source or "").split())
    if not text:
        raise NoDeathSource(person_id)
    at = naive_utc(now)
    if died_on > station.settings.today(now):  # the office's day, not UTC's
        raise DeathInFuture(person_id, died_on)
    with station.transaction() as session:
        person = _person(session, person_id)
        if person.died_on is not None:
            raise AlreadyRecorded(person_id, person.died_on,
                                  _operator_name(session, person.death_recorded_by),
                                  person.death_recorded_at)
        if died_on < person.birth_date:
            raise DeathBeforeBirth(person_id, died_on, person.birth_date)
        person.died_on, person.death_source = died_on, text
        person.death_recorded_by, person.death_recorded_at = by.id, at
        ended = _end_memberships(station, session, person_id, died_on, by=by, now=now)
        revoked = _revoke_cards(station, session, person_id, by=by, now=now)
        headed = _left_headless(session, person)
        details = {"died_on": died_on.isoformat(), "source": text,
                   "memberships_ended": ended, "cards_revoked": revoked}
        station.audit(session, action="person.death", subject_type="person",
                      subject_id=person_id, details=details, operator_id=by.id, now=now)
        enqueue(session, OUTBOX, kind="person_death", record_id=person_id,
                payload={"person_id": person_id, **details, "undone": False,
                         "recorded_by": by.id, "recorded_at": at.isoformat(),
                         "station_id": station.settings.station_id},
                sealed_biometrics=None, now=now)
    if revoked:  # the office's signed list follows the registry (after the commit)
        from station.model.trust import publish_revocation_list

        publish_revocation_list(station, now)
    return DeathRecorded(person_id, died_on, text, tuple(ended), tuple(revoked), headed)


def _left_headless(session: Session, person: Person) -> str | None:
    """The household ``person`` headed, if living members stay in it (they need a new head;
    nothing is chosen for them)."""
    if person.relation_to_head != "head" or person.household_id is None:
        return None
    staying = session.scalar(sa.select(sa.func.count()).select_from(Person).where(
        Person.household_id == person.household_id, Person.id != person.id,
        Person.died_on.is_(None)))
    return person.household_id if staying else None


def undo_death(station: Station, person_id: str, *, reason: str, by: OperatorInfo,
               now: dt.datetime) -> DeathUndone:
    """Clear a death recorded by mistake (supervisors only), audited and sent to the centre.

    Memberships ended or withdrawn and cards revoked by the death stay so: the clerk
    proposes the programmes again and issues a new card. One the death kept for the money
    paid towards it (ended on its start date) is no longer listed as owed to a family; it
    never ran, so its whole payment is the credit of an ended membership, listed for the
    household and given back on any day, before or after its start date
    (:func:`station.services.payments.refund_credit`, which withdraws it), and while its
    start date is ahead also as any not begun (``refund_and_withdraw``, a clerk's reason).
    """
    by.require("supervisor", action="correct a recorded death")
    why = " ".join(str(reason or "").split())
    if not why:
        raise NoUndoReason(person_id)
    at = naive_utc(now)
    with station.transaction() as session:
        person = _person(session, person_id)
        if person.died_on is None:
            raise NoDeathOnFile(person_id)
        was, source = person.died_on, person.death_source
        person.died_on = person.death_source = None
        person.death_recorded_by = person.death_recorded_at = None
        details = {"was_died_on": was.isoformat(), "was_source": source, "reason": why,
                   "memberships_reinstated": False, "cards_reinstated": False}
        station.audit(session, action="person.death_undone", subject_type="person",
                      subject_id=person_id, details=details, operator_id=by.id, now=now)
        enqueue(session, OUTBOX, kind="person_death", record_id=person_id,
                payload={"person_id": person_id, "died_on": None, "undone": True,
                         **details, "recorded_by": by.id, "recorded_at": at.isoformat(),
                         "station_id": station.settings.station_id},
                sealed_biometrics=None, now=now)
    return DeathUndone(person_id, was, why)


def deceased_among(station: Station, person_ids: Collection[str]) -> dict[str, dt.date]:
    """``{person_id: died_on}`` for those of ``person_ids`` recorded as deceased."""
    if not person_ids:
        return {}
    with station.reading() as session:
        rows = session.execute(sa.select(Person.id, Person.died_on).where(
            Person.id.in_(list(person_ids)), Person.died_on.is_not(None))).all()
    return {str(pid): died for pid, died in rows if died is not None}


def death_of(session: Session, person: Person) -> dict[str, Any] | None:
    """The death on file for ``person`` as plain data (None while alive): date, source, the
    supervisor's user name, when it was recorded."""
    if person.died_on is None:
        return None
    return {"died_on": person.died_on.isoformat(), "source": person.death_source,
            "recorded_by": _operator_name(session, person.death_recorded_by),
            "recorded_at": (person.death_recorded_at.isoformat()
                            if person.death_recorded_at is not None else None)}


def _person(session: Session, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise UnknownPerson(person_id)
    return person


def _operator_name(session: Session, operator_id: str | None) -> str:
    if operator_id is None:
        return "an unknown operator"
    name = session.scalar(sa.select(Operator.username).where(Operator.id == operator_id))
    return str(name) if name else operator_id


def _end_memberships(station: Station, session: Session, person_id: str, died_on: dt.date,
                     *, by: OperatorInfo, now: dt.datetime) -> list[str]:
    """End every membership still running on (or starting after) ``died_on`` at that date.

    Each end is audited and queued as the services record a membership
    (``programme_registration``, decision ``ended``: not counted as a member). One that
    would only begin after the death never runs: it is withdrawn
    (:func:`station.services.memberships.withdraw_row`, as a clerk's withdrawal: the row goes,
    the ``programme.withdraw`` event keeps its dates and the reason; the centre is told
    ``withdrawn`` true with an ``end_date`` the day before it begins, held on no day).
    Ended on its own start date instead (the schema wants ``end_date >= start_date``), it
    was counted one day, at the desk and at the centre, and still stood after the death
    was withdrawn. One towards which contributions were paid (net of refunds) keeps its row
    and ends on its start date: the money is owed to the family, and the desk lists it
    (:func:`station.services.memberships.refunds_owed`) until the refund withdraws it
    (:func:`station.services.payments.refund_and_withdraw`, held on no day).
    """
    rows = session.scalars(sa.select(ProgrammeMembership).where(
        ProgrammeMembership.person_id == person_id,
        sa.or_(ProgrammeMembership.end_date.is_(None),
               ProgrammeMembership.end_date > died_on))
        .order_by(ProgrammeMembership.start_date, ProgrammeMembership.id)).all()
    ended = []
    for m in rows:
        if m.start_date > died_on and not _paid_towards(session, m.id):
            withdraw_row(station, session, m, "holder deceased", operator_id=by.id, now=now)
        else:
            previous = m.end_date
            facts = {"person_id": person_id, "programme": m.programme_code,
                     "decision": "ended", "membership_id": m.id, "reason": "holder deceased",
                     "previous_end_date": previous.isoformat() if previous else None}
            m.end_date = max(died_on, m.start_date)
            record(station, session, record_type="programme_membership", record_id=m.id,
                   action="programme.end", details=facts,
                   payload={**facts, "start_date": m.start_date, "end_date": m.end_date},
                   operator_id=by.id, now=now)
        ended.append(m.id)
    return ended


def _paid_towards(session: Session, membership_id: str) -> bool:
    """Whether contributions are paid towards the membership (net of refunds)."""
    return paid_towards(session, membership_id) > 0


def _revoke_cards(station: Station, session: Session, person_id: str, *, by: OperatorInfo,
                  now: dt.datetime) -> list[str]:
    """Revoke every card the person holds (``station.model.cards.change_status``)."""
    cards = session.scalars(sa.select(Card).where(Card.person_id == person_id,
                                                  Card.status == "issued")
                            .order_by(Card.issued_at, Card.serial)).all()
    for card in cards:
        change_status(station, session, card, "revoked", CARD_REASON, by=by, now=now)
    return [c.serial for c in cards]

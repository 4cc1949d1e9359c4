"""Grievances: intake at the counter or by card, referral, resolution, appeal, closure.

Each step checks the life-cycle (:mod:`station.services.grievance_rules`), updates the
grievance, appends a :class:`GrievanceStep`, an audit event and an outbox item (kind
``grievance``, the whole grievance as it now stands) in ONE transaction.

A grievance is named to people by its reference, ``STATION-YYYYMMDD-G001`` (the office's
day of intake, the day's sequence), taken in the intake's transaction: the person quotes it
when they come back or call, where the 36-character id is read out by nobody. Every step
takes the reference or the id (:func:`grievance_id_of`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.config import Settings
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.audit import naive_utc
from station.registry.cards import card_on_file
from station.registry.models import Person
from station.registry.models_services import Grievance, GrievanceStep
from station.services.errors import (
    CardOfAnotherPerson,
    NoFreeNumber,
    TextMissing,
    UnknownRecord,
)
from station.services.grievance_rules import (
    OPEN_STATUSES,
    GrievancePolicy,
    check_appeal,
    load_policy,
    next_status,
)
from station.services.numbering import highest_taken, next_sequence
from station.services.recording import office_today, record

#: What stands before a grievance reference's sequence number (receipts have digits, R).
GRIEVANCE_MARK = "G"
#: Tries at a reference when another desk took the same one at the same moment.
REFERENCE_ATTEMPTS = 3


def grievance_reference(station_id: str, day: dt.date, sequence: int) -> str:
    """A grievance's reference, unique per station: ``STATION-YYYYMMDD-GNNN`` (the office's
    day of intake; the day's sequence from 1, at least three digits, past 1000 on a day a
    restore covers: :mod:`station.services.numbering`), in the style of the receipt numbers
    (:func:`station.services.contributions.receipt_number`)."""
    if sequence < 1:
        raise ValueError("grievance sequence starts at 1")
    return f"{station_id}-{day:%Y%m%d}-{GRIEVANCE_MARK}{sequence:03d}"


def references_taken(session: Session, station_id: str, day: dt.date) -> int:
    """The highest sequence of the references this station gave on ``day`` (0: none); after
    a restore it is past the count (:mod:`station.services.numbering`)."""
    prefix = grievance_reference(station_id, day, 1)[:-3]
    return highest_taken(session, Grievance.reference, prefix)


def _next_reference(session: Session, settings: Settings, today: dt.date) -> str:
    """The day's next reference: past the highest given out, and past a restore's block, so
    a restored station never gives one out twice (:mod:`station.services.numbering`)."""
    taken = references_taken(session, settings.station_id, today)
    return grievance_reference(settings.station_id, today,
                               next_sequence(session, settings, today, taken))


def snapshot(g: Grievance) -> dict[str, Any]:
    """The grievance as the central registry receives it (and the CLI prints it)."""
    return {
        "id": g.id, "reference": g.reference, "person_id": g.person_id, "channel": g.channel,
        "card_serial": g.card_serial, "category": g.category, "description": g.description,
        "responsible_service": g.responsible_service, "status": g.status,
        "received_at": g.received_at.isoformat(), "deadline": g.deadline.isoformat(),
        "referred_to": g.referred_to, "resolution": g.resolution,
        "resolved_at": g.resolved_at.isoformat() if g.resolved_at else None,
        "appeals": g.appeals, "appeal_reason": g.appeal_reason,
        "closed_at": g.closed_at.isoformat() if g.closed_at else None,
    }


def _step(station: Station, session: Session, g: Grievance, *, action: str,
          from_status: str | None, note: str | None, operator: OperatorInfo,
          now: dt.datetime) -> None:
    seq = int(session.scalar(sa.select(sa.func.count()).select_from(GrievanceStep)
                             .where(GrievanceStep.grievance_id == g.id)) or 0) + 1
    session.add(GrievanceStep(id=str(uuid.uuid4()), grievance_id=g.id, seq=seq,
                              at=naive_utc(now), action=action, from_status=from_status,
                              to_status=g.status, note=note, operator_id=operator.id))
    session.flush()
    record(station, session, record_type="grievance", record_id=g.id,
           action=f"grievance.{action}",
           details={"step": seq, "from": from_status, "to": g.status, "note": note,
                    "category": g.category},
           payload={"grievance": snapshot(g), "step": seq}, operator_id=operator.id, now=now)


def intake(station: Station, *, category: str, description: str, operator: OperatorInfo,
           now: dt.datetime, person_id: str | None = None, card_serial: str | None = None,
           policy: GrievancePolicy | None = None) -> str:
    """Register a grievance; with ``card_serial`` (tapped card) the person comes from the card.

    Anonymous grievances (no person, no card) are accepted: fraud reports often are. Returns
    the id; its reference is in :func:`listing`.
    """
    policy = policy or load_policy()
    policy.category(category)
    if not description.strip():
        raise TextMissing("grievance")
    for attempt in range(REFERENCE_ATTEMPTS):
        try:
            return _write_intake(station, category=category, description=description,
                                 operator=operator, now=now, person_id=person_id,
                                 card_serial=card_serial, policy=policy)
        except sa.exc.IntegrityError:
            # PostgreSQL: two desks counted the day's grievances before either committed
            if attempt == REFERENCE_ATTEMPTS - 1:
                raise NoFreeNumber("grievance") from None
    raise AssertionError("unreachable")  # pragma: no cover


def _write_intake(station: Station, *, category: str, description: str,
                  operator: OperatorInfo, now: dt.datetime, person_id: str | None,
                  card_serial: str | None, policy: GrievancePolicy) -> str:
    chosen = policy.category(category)
    at, today = naive_utc(now), office_today(station, now)
    grievance_id = str(uuid.uuid4())
    with station.transaction() as session:
        if card_serial is not None:
            card = card_on_file(session, card_serial)  # as typed by hand too
            if card is None:
                raise UnknownRecord("card", card_serial.strip())
            if person_id is not None and person_id != card.person_id:
                raise CardOfAnotherPerson(card.serial, card.person_id, person_id)
            person_id, card_serial = card.person_id, card.serial
        elif person_id is not None and session.get(Person, person_id) is None:
            raise UnknownRecord("person", person_id)
        g = Grievance(id=grievance_id,
                      reference=_next_reference(session, station.settings, today),
                      person_id=person_id,
                      channel="card" if card_serial else "counter", card_serial=card_serial,
                      category=chosen.code, description=description.strip(),
                      responsible_service=chosen.service, status="received", received_at=at,
                      deadline=policy.deadline(chosen.code, today),
                      appeals=0,
                      operator_id=operator.id)
        session.add(g)
        session.flush()
        _step(station, session, g, action="intake", from_status=None, note=None,
              operator=operator, now=now)
    return grievance_id


def _advance(station: Station, grievance_id: str, action: str, *, operator: OperatorInfo,
             now: dt.datetime, note: str | None, policy: GrievancePolicy | None = None,
             referred_to: str | None = None) -> dict[str, Any]:
    policy = policy or load_policy()
    at = naive_utc(now)
    with station.transaction() as session:
        g = session.get(Grievance, _id_of(session, grievance_id), with_for_update=True)
        assert g is not None  # found a moment ago: grievances are never deleted
        before = g.status
        after = next_status(before, action)
        if action == "appeal":
            assert g.resolved_at is not None
            today = office_today(station, now)
            check_appeal(policy, resolved_on=station.settings.today(g.resolved_at),
                         today=today,
                         appeals_so_far=g.appeals)
            if not note:  # asked once the grievance is known to be open to an appeal
                raise TextMissing("appeal")
            g.appeals += 1
            g.appeal_reason = note
            g.deadline = today + dt.timedelta(days=policy.appeal_deadline_days)
        elif action == "refer":
            g.referred_to = referred_to or g.responsible_service
        elif action == "resolve":
            if not note:
                raise TextMissing("resolution")
            g.resolution, g.resolved_at = note, at
        elif action in ("close", "withdraw"):
            g.closed_at = at
        g.status = after
        _step(station, session, g, action=action, from_status=before, note=note,
              operator=operator, now=now)
        return snapshot(g)


def _id_of(session: Session, reference_or_id: str) -> str:
    found = id_in(session, reference_or_id)
    if found is None:
        raise UnknownRecord("grievance", reference_or_id, key="reference or id")
    return found


def id_in(session: Session, reference_or_id: str) -> str | None:
    """The id of the grievance with this reference (as the person quotes it: spaces around
    and letter case do not matter) or this id, None when none has it."""
    typed = reference_or_id.strip()
    found = session.scalar(sa.select(Grievance.id).where(
        sa.or_(Grievance.reference == typed, Grievance.id == typed)))
    if found is None:  # as read from the slip: "g001" for "G001", whatever the letter case
        alike = session.scalars(sa.select(Grievance.id).where(
            sa.func.upper(Grievance.reference) == typed.upper()).limit(2)).all()
        found = alike[0] if len(alike) == 1 else None
    return None if found is None else str(found)


def grievance_id_of(station: Station, reference_or_id: str) -> str:
    """The id of the grievance with this reference (as the person quotes it: spaces around
    and letter case do not matter) or this id; :class:`UnknownRecord` when none has it."""
    with station.reading() as session:
        return _id_of(session, reference_or_id)


def find(station: Station, typed: str) -> list[dict[str, Any]]:
    """What a person brings to the counter, as :func:`listing` rows whatever their status:
    the grievance with this reference (or id), else every grievance of the holder of the
    card with this serial (the slip lost, the card kept); none for what names neither."""
    try:
        return listing(station, grievance_id=grievance_id_of(station, typed))
    except UnknownRecord:
        pass
    with station.reading() as session:
        card = card_on_file(session, typed)  # a serial in small letters too
        holder = card.person_id if card is not None else None
    return listing(station, person_id=holder) if holder else []


def refer(station: Station, grievance_id: str, *, operator: OperatorInfo, now: dt.datetime,
          to: str | None = None, note: str | None = None) -> dict[str, Any]:
    """Refer to ``to`` (default: the category's responsible service)."""
    return _advance(station, grievance_id, "refer", operator=operator, now=now, note=note,
                    referred_to=to)


def resolve(station: Station, grievance_id: str, resolution: str, *, operator: OperatorInfo,
            now: dt.datetime) -> dict[str, Any]:
    return _advance(station, grievance_id, "resolve", operator=operator, now=now,
                    note=resolution.strip())


def appeal(station: Station, grievance_id: str, reason: str | None, *,
           operator: OperatorInfo, now: dt.datetime,
           policy: GrievancePolicy | None = None) -> dict[str, Any]:
    """Appeal a resolution within the appeal window; the grievance reopens with a new deadline.
    The reason is required: it is what the appeal is about. It is asked for last: an unknown
    id, a grievance not resolved or past its appeal window is said first (the clerk would
    otherwise write the person's reason for nothing)."""
    return _advance(station, grievance_id, "appeal", operator=operator, now=now,
                    note=(reason or "").strip(), policy=policy)


def close(station: Station, grievance_id: str, *, operator: OperatorInfo, now: dt.datetime,
          note: str | None = None) -> dict[str, Any]:
    return _advance(station, grievance_id, "close", operator=operator, now=now, note=note)


def withdraw(station: Station, grievance_id: str, *, operator: OperatorInfo, now: dt.datetime,
             note: str | None = None) -> dict[str, Any]:
    return _advance(station, grievance_id, "withdraw", operator=operator, now=now, note=note)


def history(station: Station, grievance_id: str) -> list[dict[str, Any]]:
    """Every step of a grievance (its reference or id), oldest first."""
    with station.reading() as session:
        steps = session.scalars(sa.select(GrievanceStep).where(
            GrievanceStep.grievance_id == _id_of(session, grievance_id))
            .order_by(GrievanceStep.seq)).all()
        return [{"seq": s.seq, "at": s.at.isoformat(), "action": s.action,
                 "from": s.from_status, "to": s.to_status, "note": s.note} for s in steps]


def listing(station: Station, *, status: str | None = None, open_only: bool = False,
            person_id: str | None = None, grievance_id: str | None = None,
            reference: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """Grievances as :func:`snapshot` dicts, nearest deadline first (the counter's work list),
    each with the ``person_name`` (Latin) the counter reads (None when anonymous)."""
    query = sa.select(Grievance).order_by(Grievance.deadline, Grievance.received_at,
                                          Grievance.id).limit(limit)
    if status is not None:
        query = query.where(Grievance.status == status)
    if open_only:
        query = query.where(Grievance.status.in_(OPEN_STATUSES))
    if person_id is not None:
        query = query.where(Grievance.person_id == person_id)
    if grievance_id is not None:
        query = query.where(Grievance.id == grievance_id)
    if reference is not None:
        query = query.where(Grievance.reference == reference)
    with station.reading() as session:
        if person_id is not None and session.get(Person, person_id) is None:
            raise UnknownRecord("person", person_id)  # a typo is not "no grievances"
        rows = [snapshot(g) for g in session.scalars(query)]
        ids = {r["person_id"] for r in rows if r["person_id"]}
        names = dict(session.execute(sa.select(Person.id, Person.latin_name)
                                     .where(Person.id.in_(ids))).all()) if ids else {}
    for r in rows:
        r["person_name"] = names.get(r["person_id"]) if r["person_id"] else None
    return rows

"""The centre's adjudication queue: enrolments held as suspected duplicates, and decisions.

A supervisor at the centre looks at each held enrolment beside its candidates and decides:
``different`` (a new person after all: accepted, enrolled in the gallery) or ``same_person``
(refused as a duplicate). The station learns the outcome when it pulls statuses.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import cbor2
import sqlalchemy as sa

from sync.central import schema as t
from sync.central.decide import ACCEPTED, DUPLICATE, REJECTED
from sync.central.ingest import Ingest
from sync.central.operators import Operator, record
from sync.errors import SyncError
from sync.packets import decode_biometrics

DECISIONS = ("different", "same_person")


class AdjudicationError(SyncError):
    """No open case for that packet, or an unknown decision."""


def open_cases(conn: sa.Connection, limit: int = 500) -> list[dict[str, Any]]:
    """Open cases, oldest first: the held packet and each candidate with its score.

    Each case also carries what an adjudicator compares beside the fingerprints: the
    applicant's and the candidate's names, sex, birth date, place and station
    (:func:`person_summary`; empty fields where a packet did not carry them).
    """
    a, p = t.adjudications.c, t.packets.c
    rows = conn.execute(
        sa.select(a.packet_id, a.candidate_person_id, a.score, a.opened_at, p.station_id,
                  p.record_id, p.payload)
        .join(t.packets, p.id == a.packet_id)
        .where(a.state == "open").order_by(a.opened_at, a.id).limit(limit)
    ).all()
    stations = dict(conn.execute(sa.select(t.stations.c.id, t.stations.c.name)).all())
    loc = t.locations.c
    places = {str(code): ", ".join(str(n) for n in names if n) for code, *names in
              conn.execute(sa.select(loc.code, loc.commune, loc.district, loc.province))}
    candidates = _enrolments(conn, {r.candidate_person_id for r in rows})

    def summary(payload: bytes | None, station_id: str) -> dict[str, Any]:
        found = person_summary(payload, station_id, stations)
        found["place_name"] = places.get(str(found["commune"]), "")
        return found

    return [{"packet_id": r.packet_id, "candidate_person_id": r.candidate_person_id,
             "score": r.score, "opened_at": r.opened_at.isoformat() + "Z",
             "station_id": r.station_id, "record_id": r.record_id,
             "applicant": summary(r.payload, r.station_id),
             "candidate": summary(*candidates.get(r.candidate_person_id, (None, "")))}
            for r in rows]


def _enrolments(conn: sa.Connection, person_ids: set[str]) -> dict[str, tuple[bytes, str]]:
    """The accepted enrolment (payload, station) of each person in ``person_ids``."""
    if not person_ids:
        return {}
    p = t.packets.c
    found = conn.execute(
        sa.select(t.persons.c.id, p.payload, p.station_id)
        .join(t.packets, p.id == t.persons.c.packet_id)
        .where(t.persons.c.id.in_(sorted(person_ids))))
    return {str(i): (payload, str(station)) for i, payload, station in found}


def person_summary(payload: bytes | None, station_id: str,
                   stations: dict[str, str]) -> dict[str, Any]:
    """Name, sex, birth date, place and station of an enrolment packet's payload.

    A payload without demographics (or not CBOR) gives empty strings.
    """
    try:
        value = cbor2.loads(payload) if payload else {}
    except (cbor2.CBORDecodeError, ValueError, TypeError, EOFError):
        value = {}
    people = value.get("demographics") if isinstance(value, dict) else None
    person: dict[str, Any] = people if isinstance(people, dict) else {}
    address = person.get("address")
    place: dict[str, Any] = address if isinstance(address, dict) else {}

    def text(source: dict[str, Any], key: str) -> str:
        item = source.get(key)
        return str(item).strip() if isinstance(item, str | int) else ""

    return {"latin_name": text(person, "latin_name"), "local_name": text(person, "local_name"),
            "sex": text(person, "sex"), "birth_date": text(person, "birth_date"),
            "birth_date_estimated": person.get("birth_date_estimated") is True,
            "province": text(place, "province"), "district": text(place, "district"),
            "commune": text(place, "commune"), "station_id": station_id,
            "station_name": stations.get(station_id, "") or ""}


def _not_waiting(conn: sa.Connection, packet_id: str, row: Any) -> str:
    """Why ``packet_id`` cannot be decided: unknown, or decided already (by whom, when: two
    adjudicators on one queue, the second one learns the first one's decision)."""
    if row is None or row.kind != "enrolment":
        return f"no enrolment {packet_id} is waiting for adjudication"
    e = t.events.c
    last = conn.execute(sa.select(e.reason, e.at).where(
        e.packet_id == packet_id, e.event == "adjudicated").order_by(e.id.desc())).first()
    if last is not None:
        return (f"enrolment {packet_id} is no longer waiting for adjudication: decided "
                f"{last.reason} on {last.at.isoformat(timespec='minutes')} UTC; nothing "
                "changed")
    return (f"enrolment {packet_id} is not waiting for adjudication: the centre's answer is "
            f"{row.status}")


def decide_case(ingest: Ingest, packet_id: str, decision: str, now: datetime,
                by: str | None = None, who: Operator | None = None) -> dict[str, Any]:
    """Record ``decision`` for the held enrolment ``packet_id``; return its new status.

    The decision is also an ``adjudicated`` row in ``events`` (when, which packet and
    station, the decision and ``by``, the adjudicator's name), and, when the call came from
    an operator ``who``, a line of the operator trail, in the same transaction.
    """
    if decision not in DECISIONS:
        raise AdjudicationError(f"a decision is one of {', '.join(DECISIONS)}")
    p = t.packets.c
    added: list[tuple[str, list[tuple[int, bytes]]]] = []
    with ingest.lock:
        with ingest.engine.begin() as conn:
            row = conn.execute(sa.select(t.packets).where(p.id == packet_id)).first()
            if row is None or row.status != DUPLICATE:
                raise AdjudicationError(_not_waiting(conn, packet_id, row))
            if decision == "different":
                status, reason = ACCEPTED, "adjudicated_different"
                known = conn.execute(sa.select(t.persons.c.id).where(
                    t.persons.c.id == row.record_id)).first()
                if known is None:
                    conn.execute(t.persons.insert().values(
                        id=row.record_id, packet_id=row.id, station_id=row.station_id,
                        enrolled_at=now))
                    if row.envelope is not None:
                        plaintext = ingest.opener.open(cbor2.loads(row.envelope), packet_id=row.id,
                                                       station_id=row.station_id)
                        if plaintext is not None:
                            added.append((row.record_id, decode_biometrics(plaintext)[1]))
            else:
                status, reason = REJECTED, "adjudicated_same_person"
            conn.execute(t.packets.update().where(p.id == packet_id)
                         .values(status=status, reason=reason))
            conn.execute(t.adjudications.update().where(t.adjudications.c.packet_id == packet_id)
                         .values(state=decision))
            said = f"{decision} by {by}" if by else decision
            conn.execute(t.events.insert().values(at=now, event="adjudicated", reason=said[:64],
                                                  station_id=row.station_id, packet_id=row.id))
            if who is not None:
                record(conn, who, "adjudicate", packet_id, said, now)
        for person_id, templates in added:  # committed: now the gallery
            ingest.dedup.add(person_id, templates)
    return {"id": packet_id, "status": status, "reason": reason,
            "person_id": row.record_id}

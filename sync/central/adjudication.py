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
from sync.errors import SyncError
from sync.packets import decode_biometrics

DECISIONS = ("different", "same_person")


class AdjudicationError(SyncError):
    """No open case for that packet, or an unknown decision."""


def open_cases(conn: sa.Connection, limit: int = 500) -> list[dict[str, Any]]:
    """Open cases, oldest first: the held packet and each candidate with its score."""
    a, p = t.adjudications.c, t.packets.c
    rows = conn.execute(
        sa.select(a.packet_id, a.candidate_person_id, a.score, a.opened_at, p.station_id,
                  p.record_id)
        .join(t.packets, p.id == a.packet_id)
        .where(a.state == "open").order_by(a.opened_at, a.id).limit(limit)
    )
    return [{"packet_id": r.packet_id, "candidate_person_id": r.candidate_person_id,
             "score": r.score, "opened_at": r.opened_at.isoformat() + "Z",
             "station_id": r.station_id, "record_id": r.record_id} for r in rows]


def decide_case(ingest: Ingest, packet_id: str, decision: str, now: datetime) -> dict[str, Any]:
    """Record ``decision`` for the held enrolment ``packet_id``; return its new status."""
    if decision not in DECISIONS:
        raise AdjudicationError(f"a decision is one of {', '.join(DECISIONS)}")
    p = t.packets.c
    added: list[tuple[str, list[tuple[int, bytes]]]] = []
    with ingest.lock:
        with ingest.engine.begin() as conn:
            row = conn.execute(sa.select(t.packets).where(p.id == packet_id)).first()
            if row is None or row.status != DUPLICATE:
                raise AdjudicationError(f"no enrolment {packet_id} is waiting for adjudication")
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
        for person_id, templates in added:  # committed: now the gallery
            ingest.dedup.add(person_id, templates)
    return {"id": packet_id, "status": status, "reason": reason,
            "person_id": row.record_id}

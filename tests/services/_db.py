"""Reading back what a service wrote: audit events, outbox items."""

from __future__ import annotations

from typing import Any

import cbor2
import sqlalchemy as sa

from station.model.station import Station
from station.registry.base import OUTBOX
from station.registry.models import AuditEvent


def audit_actions(station: Station, subject_id: str | None = None) -> list[str]:
    query = sa.select(AuditEvent.action).order_by(AuditEvent.seq)
    if subject_id is not None:
        query = query.where(AuditEvent.subject_id == subject_id)
    with station.reading() as session:
        return list(session.scalars(query))


def outbox_items(station: Station, record_id: str | None = None) -> list[dict[str, Any]]:
    query = sa.select(OUTBOX.c.kind, OUTBOX.c.record_id, OUTBOX.c.payload,
                      OUTBOX.c.sealed_biometrics).order_by(OUTBOX.c.seq)
    if record_id is not None:
        query = query.where(OUTBOX.c.record_id == record_id)
    with station.reading() as session:
        rows = session.execute(query).all()
    return [{"kind": r.kind, "record_id": r.record_id, "payload": cbor2.loads(r.payload),
             "sealed": r.sealed_biometrics} for r in rows]

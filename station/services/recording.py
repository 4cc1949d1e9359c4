"""Every service write leaves an audit event and an outbox item in the caller's transaction.

The outbox kinds are the ones the central registry understands (:data:`sync.outbox.KINDS`);
contribution payments and case plans have kinds of their own (``service_use`` is kept for
visits at a facility, which the centre reports by facility); records without one travel as the
closest kind with ``record_type`` in the payload (an assessment updates the ``household``), so
adding a kind later changes only :data:`OUTBOX_KIND`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from station.model.station import Station
from station.registry.base import OUTBOX
from sync.outbox import enqueue

#: record type -> outbox kind.
OUTBOX_KIND = {
    "vulnerability_assessment": "household",
    "person_situation": "household",
    "programme_membership": "programme_registration",
    "eligibility_decision": "programme_registration",
    "contribution_payment": "contribution",
    "case_file": "case",
    "case_item": "case",
    "grievance": "grievance",
}


def record(station: Station, session: Session, *, record_type: str, record_id: str,
           action: str, details: Mapping[str, Any], payload: Mapping[str, Any],
           operator_id: str | None, now: dt.datetime) -> str:
    """Append the audit event and queue the outbox item; return the outbox packet id.

    Nothing is committed here: the caller's ``station.transaction()`` commits the record, the
    event and the item together, or none of them.
    """
    station.audit(session, action=action, subject_type=record_type, subject_id=record_id,
                  details=dict(details), operator_id=operator_id, now=now)
    body = {"record_type": record_type, "action": action,
            "station_id": station.settings.station_id, "operator_id": operator_id,
            **_plain(payload)}
    return enqueue(session, OUTBOX, kind=OUTBOX_KIND[record_type], record_id=record_id,
                   payload=body, sealed_biometrics=None, now=now)


def office_today(station: Station, now: dt.datetime) -> dt.date:
    """"Today" at the desk: the office's date at ``now`` (``Settings.office_zone``), not
    UTC's (still yesterday before 07:00 in Phnom Penh)."""
    return station.settings.today(now)


def _plain(payload: Mapping[str, Any]) -> dict[str, Any]:
    """Dates and datetimes as ISO text, so the payload reads the same on every backend."""
    out: dict[str, Any] = {}
    for key, value in payload.items():
        if isinstance(value, dt.datetime | dt.date):
            out[key] = value.isoformat()
        elif isinstance(value, Mapping):
            out[key] = _plain(value)
        else:
            out[key] = value
    return out

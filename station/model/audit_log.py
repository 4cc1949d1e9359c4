"""Reading the audit log: who did what, when, to which record, for auditors and supervisors.

:func:`station.registry.audit.verify_chain` proves the log is whole; this module lets an
auditor read it: the newest events first, filtered by period, action, operator or subject,
as rows for the window and the command line, and as CSV for the auditor's own tools. The
details are the ones the station wrote (ids, decisions, finger positions, never a template
or an image: the audit log holds no biometric data).

Only auditors and supervisors may read it (clerks' own actions are in it).

A paper given again (a copy of a receipt or a voucher) changes no record, and is written to
the log by :func:`record_copy`, so that an auditor sees every copy that left the desk.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from station.errors import AuditChainBroken, BadInput, NotFound
from station.registry.audit import naive_utc, verify_chain
from station.registry.models import AuditEvent, Operator
from sync import spreadsheet

#: Roles that may read the audit log.
READERS = ("auditor", "supervisor")
#: At most this many events per query unless the caller asks for more.
DEFAULT_LIMIT = 500
CSV_COLUMNS = ("seq", "at_utc", "operator", "station", "action", "subject_type", "subject_id",
               "details")


@dataclass(frozen=True)
class AuditRow:
    """One audit event as an auditor reads it."""

    seq: int
    at: dt.datetime  # UTC, timezone-aware
    operator: str  # the operator's user name, "" for the station itself (e.g. set-up)
    station_id: str
    action: str
    subject_type: str
    subject_id: str
    details: dict[str, Any]

    def as_record(self) -> dict[str, Any]:
        return {"seq": self.seq, "at": self.at.isoformat(), "operator": self.operator,
                "station_id": self.station_id, "action": self.action,
                "subject_type": self.subject_type, "subject_id": self.subject_id,
                "details": self.details}

    def details_text(self) -> str:
        """The details on one line, ``key=value`` in key order (lists joined by commas)."""
        def value(v: Any) -> str:
            if isinstance(v, list | tuple):
                return ",".join(str(x) for x in v) or "-"
            if isinstance(v, dict):
                return json.dumps(v, sort_keys=True, ensure_ascii=False)
            return "-" if v is None else str(v)

        return "; ".join(f"{k}={value(v)}" for k, v in sorted(self.details.items()))


@dataclass(frozen=True)
class AuditFilter:
    """Which events to list; every given condition must hold."""

    since: dt.date | None = None  # from this day (UTC), inclusive
    until: dt.date | None = None  # up to this day (UTC), inclusive
    action: str | None = None  # an action or its family: "card" matches card.issue, card.revoke
    operator: str | None = None  # user name
    subject: str | None = None  # a subject id (person, card serial, case...)
    limit: int = DEFAULT_LIMIT

    def __post_init__(self) -> None:
        if self.limit < 1:
            raise BadInput("the limit must be at least 1", field="limit")
        if self.since and self.until and self.since > self.until:
            raise BadInput(f"the period is empty: {self.since} is after {self.until}",
                           field="since")


def _day_start(day: dt.date) -> dt.datetime:
    return naive_utc(dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC))


def read_events(station: Any, flt: AuditFilter, *, by: Any) -> list[AuditRow]:
    """The events matching ``flt``, newest first, at most ``flt.limit`` of them.

    ``by`` is the logged-in operator (``OperatorInfo``); only :data:`READERS` may read.
    """
    by.require(*READERS, action="read the audit log")
    q = (sa.select(AuditEvent, Operator.username)
         .join(Operator, Operator.id == AuditEvent.operator_id, isouter=True))
    if flt.since is not None:
        q = q.where(AuditEvent.at >= _day_start(flt.since))
    if flt.until is not None:
        q = q.where(AuditEvent.at < _day_start(flt.until + dt.timedelta(days=1)))
    if flt.action:
        family = flt.action.strip().rstrip(".")
        q = q.where(sa.or_(AuditEvent.action == family, AuditEvent.action.startswith(
            family + ".", autoescape=True)))
    if flt.operator:
        name = flt.operator.strip()
        with station.reading() as session:  # accounts are never deleted: a typo, say so
            if session.scalar(sa.select(Operator.id).where(Operator.username == name)) is None:
                raise NotFound(f"no operator named {name!r}", field="operator")
        q = q.where(Operator.username == name)
    if flt.subject:
        q = q.where(AuditEvent.subject_id == flt.subject.strip())
    q = q.order_by(AuditEvent.seq.desc()).limit(flt.limit)
    with station.transaction() as session:
        return [_row(event, username) for event, username in session.execute(q)]


def chain_fault(station: Any) -> AuditChainBroken | None:
    """Why the hash chain does not verify (the first broken event), or None when it is whole.

    A listing of the log is read as evidence; one taken from a tampered log must say so, as
    the auditor's window and ``sws db check`` do (:func:`station.registry.audit.verify_chain`,
    with the station's audit key).
    """
    with station.reading() as session:
        try:
            verify_chain(session, audit_key=station.keyring.audit_key)
        except AuditChainBroken as fault:
            return fault
    return None


def details_of(text: str | None) -> dict[str, Any]:
    """An audit event's details as a dict ({} when there are none or they cannot be read:
    the station writes them as canonical JSON, so that is never expected)."""
    try:
        details = json.loads(text) if text else {}
    except ValueError:
        return {}
    return details if isinstance(details, dict) else {}


def event_details(session: Any, action: str, subject_id: str, *,
                  subject_type: str | None = None) -> dict[str, Any]:
    """The details of the first audit event ``action`` about ``subject_id`` ({} when there is
    none, or they cannot be read): what a record's own event says of it."""
    q = sa.select(AuditEvent.details).where(AuditEvent.action == action,
                                            AuditEvent.subject_id == subject_id)
    if subject_type is not None:
        q = q.where(AuditEvent.subject_type == subject_type)
    return details_of(session.scalars(q.order_by(AuditEvent.seq)).first())


def newest_details(session: Any, actions: Sequence[str], subject_id: str, *,
                   subject_type: str | None = None) -> list[tuple[dict[str, Any], dt.datetime]]:
    """The details and time of every audit event among ``actions`` about ``subject_id``,
    the newest first: a record's history as its events tell it."""
    q = sa.select(AuditEvent.details, AuditEvent.at).where(
        AuditEvent.subject_id == subject_id, AuditEvent.action.in_(list(actions)))
    if subject_type is not None:
        q = q.where(AuditEvent.subject_type == subject_type)
    return [(details_of(details), at)
            for details, at in session.execute(q.order_by(AuditEvent.seq.desc())).all()]


def _row(event: AuditEvent, username: str | None) -> AuditRow:
    try:
        details = json.loads(event.details)
    except ValueError:  # written by this program as canonical JSON; never expected
        details = {"unreadable": event.details}
    return AuditRow(seq=event.seq, at=event.at.replace(tzinfo=dt.UTC),
                    operator=username or "", station_id=event.station_id, action=event.action,
                    subject_type=event.subject_type, subject_id=event.subject_id,
                    details=details if isinstance(details, dict) else {"value": details})


def to_csv(rows: Sequence[AuditRow]) -> str:
    """The rows as CSV (header first; details as canonical JSON), for spreadsheets."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        writer.writerow(spreadsheet.row([
            r.seq, r.at.isoformat(), r.operator, r.station_id, r.action, r.subject_type,
            r.subject_id, json.dumps(r.details, sort_keys=True, ensure_ascii=False)]))
    return out.getvalue()


#: The actions of a copy given of a contribution receipt and of a refund voucher.
RECEIPT_COPY = "contribution.receipt_copy"
VOUCHER_COPY = "contribution.voucher_copy"
#: The action of a copy given of a person's enrolment receipt (from the search).
ENROLMENT_RECEIPT_COPY = "person.receipt_copy"
#: The action of a copy given of a grievance's written acknowledgement.
GRIEVANCE_SLIP_COPY = "grievance.slip_copy"
#: What each copy action's ``record_id`` names.
_COPY_SUBJECTS = {ENROLMENT_RECEIPT_COPY: "person", GRIEVANCE_SLIP_COPY: "grievance"}


def record_copy(station: Any, *, action: str, record_id: str, details: Mapping[str, Any],
                by: Any, now: dt.datetime) -> None:
    """Write that ``by`` (a clerk or a supervisor) gave a copy of the paper of the payment
    or refund ``record_id`` (``action``: :data:`RECEIPT_COPY` or :data:`VOUCHER_COPY`), of
    the enrolment receipt of the person ``record_id`` (:data:`ENROLMENT_RECEIPT_COPY`), or of
    the acknowledgement of the grievance ``record_id`` (:data:`GRIEVANCE_SLIP_COPY`);
    ``details`` name the receipt number or the card serial printed, and where the copy went
    (a file, a printer)."""
    by.require("clerk", "supervisor", action="give a copy of a receipt")
    subject = _COPY_SUBJECTS.get(action, "contribution_payment")
    with station.transaction() as session:
        station.audit(session, action=action, subject_type=subject,
                      subject_id=record_id, details=dict(details), operator_id=by.id,
                      now=now)

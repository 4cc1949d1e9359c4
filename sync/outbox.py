"""The transactional outbox: one row per record that must reach the central registry.

The station writes an outbox item in the *same* database transaction as the record itself
(enrolment, card issue, revocation, service use, grievance...), so a record can never exist
without its item nor an item without its record. The uploader later turns items into signed
packets and records the central registry's answer in the same row, so delivery resumes after
a restart exactly where it stopped.

The table is defined here (SQLAlchemy Core) and attached to the station's own ``MetaData``
with :func:`outbox_table`; the station's Alembic migration creates it.

References
----------
C. Richardson, "Pattern: Transactional outbox", microservices.io.
MOSIP registration client: packets queued locally, uploaded, status synced back.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Protocol

import cbor2
import sqlalchemy as sa

from sync.errors import OutboxError

TABLE_NAME = "sync_outbox"
RECORD_ID = re.compile(r"[A-Za-z0-9_.:-]{1,64}")

#: What a station may queue. The central registry understands each of these kinds.
KINDS = frozenset(
    {
        "household",
        "enrolment",
        "programme_registration",
        "card_issue",
        "card_status",
        "revocation",
        "service_use",
        "contribution",
        "case",
        "grievance",
        "adjudication",
        "person_death",
        # a registered person's details corrected (a name, birth date, a move): the full
        # corrected demographics in the enrolment payload's shape (station.model.corrections)
        "person_update",
        # a person withdrew their consent to fingerprints: the centre erases its copies
        # (station.model.erasure)
        "fingerprints_erased",
        # fingerprints added to a person already registered (station.model.fingers_added):
        # templates sealed to the centre, searched 1:N there as an enrolment's
        "fingerprints_added",
        # the station was restored from a backup: sent first after the restore (sync.restored)
        "station_restored",
    }
)

#: The kind of a person's fingerprints erased at their request (``station.model.erasure``):
#: its presence says the person's templates must not stay in the outbox once delivered.
ERASURE = "fingerprints_erased"
#: The kind of fingerprints added to a registered person (``station.model.fingers_added``).
FINGERS_ADDED = "fingerprints_added"
#: The kinds whose items carry sealed templates for the centre.
BIOMETRIC_KINDS = ("enrolment", FINGERS_ADDED)

#: Life of an item: pending -> (sent) -> (received) -> acked | duplicate | rejected. ``sent``:
#: sent at least once without an answer that ends delivery (the centre was unreachable or
#: asked to retry). ``received``: the centre stored it and acknowledged it, its decision (1:N
#: dedup) is still to come: never sent again, its status is pulled later.
PENDING, SENT, ACKED, DUPLICATE, REJECTED = "pending", "sent", "acked", "duplicate", "rejected"
RECEIVED = "received"
STATES = (PENDING, SENT, RECEIVED, ACKED, DUPLICATE, REJECTED)
#: States after which the station never sends the item again.
FINAL_STATES = (RECEIVED, ACKED, DUPLICATE, REJECTED)


class Executes(Protocol):
    """A SQLAlchemy ``Connection`` or ``Session``: anything with ``execute``."""

    def execute(self, statement: Any, parameters: Any = ..., /) -> Any: ...


def outbox_table(metadata: sa.MetaData) -> sa.Table:
    """Define (once) the outbox table in ``metadata`` and return it.

    Columns
    -------
    seq : monotonic position (primary key); delivery follows it.
    id : the packet id, a UUID string, stable across retries and restarts.
    kind, record_id : what the item is about (``KINDS``) and the station's id of the record.
    payload : CBOR of the record's fields, never biometric data.
    sealed_biometrics : templates sealed by the station's at-rest cipher, or NULL.
    created_at, next_attempt_at, acked_at : naive UTC timestamps.
    state, attempts, last_error : delivery progress (``STATES``).
    central_status, central_reason, central_person_id : the central registry's answer.
    """
    if TABLE_NAME in metadata.tables:
        return metadata.tables[TABLE_NAME]
    return sa.Table(
        TABLE_NAME,
        metadata,
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(64), nullable=False),
        sa.Column("payload", sa.LargeBinary, nullable=False),
        sa.Column("sealed_biometrics", sa.LargeBinary, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("state", sa.String(16), nullable=False, default=PENDING),
        sa.Column("attempts", sa.Integer, nullable=False, default=0),
        sa.Column("next_attempt_at", sa.DateTime, nullable=True),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("acked_at", sa.DateTime, nullable=True),
        sa.Column("central_status", sa.String(32), nullable=True),
        sa.Column("central_reason", sa.Text, nullable=True),
        sa.Column("central_person_id", sa.String(64), nullable=True),
        sa.Index("ix_sync_outbox_state_seq", "state", "seq"),
        # what the station has sent about one record (a person's national check, a card's
        # issue) is looked up by kind and record id
        sa.Index("ix_sync_outbox_kind_record", "kind", "record_id"),
        sqlite_autoincrement=True,
    )


def utc_naive(moment: datetime) -> datetime:
    """``moment`` as naive UTC, the form every sync timestamp is stored in."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def encode_payload(payload: Mapping[str, Any]) -> bytes:
    """Canonical CBOR of a payload dict; raise :class:`OutboxError` if it cannot be encoded."""
    if not isinstance(payload, Mapping):
        raise OutboxError(f"an outbox payload must be a mapping, not {type(payload).__name__}")
    try:
        return cbor2.dumps(dict(payload), canonical=True, timezone=UTC)
    except (cbor2.CBOREncodeError, TypeError, ValueError) as error:
        raise OutboxError(f"the outbox payload cannot be encoded as CBOR: {error}") from error


def enqueue(
    conn: Executes,
    table: sa.Table,
    *,
    kind: str,
    record_id: str,
    payload: Mapping[str, Any],
    sealed_biometrics: bytes | None,
    now: datetime,
    item_id: str | None = None,
) -> str:
    """Add one item to the outbox inside the caller's transaction; return its packet id.

    Nothing is committed here: the caller commits the record and the item together.
    ``sealed_biometrics`` must already be sealed by the station's at-rest cipher.
    """
    if kind not in KINDS:
        raise OutboxError(f"unknown outbox kind {kind!r}; expected one of {sorted(KINDS)}")
    if not isinstance(record_id, str) or not RECORD_ID.fullmatch(record_id):
        raise OutboxError("an outbox record id is 1 to 64 letters, digits or _ . : -")
    if sealed_biometrics is not None and not isinstance(sealed_biometrics, bytes | bytearray):
        raise OutboxError("sealed biometrics must be bytes (already sealed by the station)")
    packet_id = item_id or str(uuid.uuid4())
    conn.execute(
        table.insert().values(
            id=packet_id,
            kind=kind,
            record_id=record_id,
            payload=encode_payload(payload),
            sealed_biometrics=bytes(sealed_biometrics) if sealed_biometrics is not None else None,
            created_at=utc_naive(now),
            state=PENDING,
            attempts=0,
        )
    )
    return packet_id


def counts(conn: Executes, table: sa.Table) -> dict[str, int]:
    """Number of items in each state (every state present, zero when none)."""
    rows = conn.execute(sa.select(table.c.state, sa.func.count()).group_by(table.c.state))
    found = {str(state): int(n) for state, n in rows}
    return {state: found.get(state, 0) for state in STATES}

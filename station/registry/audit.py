"""The hash-chained audit log: every change the station makes leaves a tamper-evident row.

Each row's ``hash`` is SHA-256 over the previous row's hash and the row's own content in a
canonical form; ``mac`` is an HMAC-SHA256 of that hash under the audit key, which lives in
the key file outside the database. A single-row ``audit_head`` (also MAC'd) records the
newest sequence number, so that deleting rows at the end is noticed as well. Editing,
inserting, deleting or reordering rows breaks :func:`verify_chain`.

References
----------
B. Schneier and J. Kelsey, "Secure audit logs to support computer forensics", ACM TISSEC
2(2), 1999 (hash chains with a key held outside the log).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.errors import AuditChainBroken
from station.registry.models import AuditEvent, AuditHead

GENESIS = "0" * 64
HEAD_ID = 1


def naive_utc(moment: datetime) -> datetime:
    """``moment`` as naive UTC (the stored form; SQLite drops time zones)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def canonical_details(details: Mapping[str, Any]) -> str:
    """Canonical JSON text for the details (sorted keys, no spaces), hashed as stored."""
    return json.dumps(dict(details), sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=str)


def _row_hash(prev_hash: str, seq: int, at: datetime, operator_id: str | None, station_id: str,
              action: str, subject_type: str, subject_id: str, details: str) -> str:
    content = json.dumps(
        [seq, naive_utc(at).isoformat(timespec="microseconds"), operator_id, station_id,
         action, subject_type, subject_id, details],
        separators=(",", ":"), ensure_ascii=False,
    )
    return hashlib.sha256(prev_hash.encode("ascii") + content.encode("utf-8")).hexdigest()


def _mac(key: bytes, text: str) -> str:
    return hmac.digest(key, text.encode("ascii"), "sha256").hex()  # one-shot: same value


def _head_text(seq: int, hash_: str) -> str:
    return f"head:{seq}:{hash_}"


def lock_writers(session: Session) -> None:
    """Take the registry's write lock in ``session``'s transaction now, not at its first write.

    Every write appends to the audit chain, so the chain's head row is the writers' lock
    (``FOR UPDATE`` on PostgreSQL, held to the commit). On SQLite the transaction began with
    ``BEGIN IMMEDIATE`` and holds the database's write lock already; this is a plain read.
    """
    session.execute(sa.select(AuditHead.id).where(AuditHead.id == HEAD_ID).with_for_update())


def append(session: Session, *, audit_key: bytes, action: str, subject_type: str,
           subject_id: str, details: Mapping[str, Any], operator_id: str | None,
           station_id: str, now: datetime) -> AuditEvent:
    """Add one audit row in the caller's transaction (not committed here).

    The head row is read ``FOR UPDATE`` (PostgreSQL) so that concurrent writers take turns;
    on SQLite the write lock already serialises them.
    """
    head = session.execute(
        sa.select(AuditHead).where(AuditHead.id == HEAD_ID).with_for_update()
    ).scalar_one_or_none()
    seq = (head.seq if head else 0) + 1
    prev = head.hash if head else GENESIS
    at = naive_utc(now)
    text = canonical_details(details)
    digest = _row_hash(prev, seq, at, operator_id, station_id, action, subject_type,
                       subject_id, text)
    event = AuditEvent(seq=seq, at=at, operator_id=operator_id, station_id=station_id,
                       action=action, subject_type=subject_type, subject_id=subject_id,
                       details=text, prev_hash=prev, hash=digest, mac=_mac(audit_key, digest))
    session.add(event)
    head_mac = _mac(audit_key, _head_text(seq, digest))
    if head is None:
        session.add(AuditHead(id=HEAD_ID, seq=seq, hash=digest, mac=head_mac))
    else:
        head.seq, head.hash, head.mac = seq, digest, head_mac
    session.flush()
    return event


@dataclass(frozen=True)
class ChainReport:
    """What :func:`verify_chain` checked."""

    events: int
    head_seq: int
    head_hash: str


def verify_chain(session: Session, *, audit_key: bytes | None, batch: int = 5000) -> ChainReport:
    """Walk the whole chain; raise :class:`AuditChainBroken` at the first bad row.

    Without ``audit_key`` only the hashes are checked (an auditor without the station's
    key file can still detect accidental damage, not a forger who recomputes hashes).
    """
    expected_seq, prev, count = 1, GENESIS, 0
    last_seq = 0
    e = AuditEvent
    # plain rows, not ORM objects: building an object per event cost more than hashing it
    columns = (e.seq, e.at, e.operator_id, e.station_id, e.action, e.subject_type,
               e.subject_id, e.details, e.prev_hash, e.hash, e.mac)
    while True:
        rows = session.execute(
            sa.select(*columns).where(e.seq >= expected_seq).order_by(e.seq).limit(batch)
        ).all()
        if not rows:
            break
        for (seq, at, operator_id, station_id, action, subject_type, subject_id, details,
             prev_hash, hash_, mac) in rows:
            if seq != expected_seq:
                raise AuditChainBroken(
                    f"audit chain broken: event {expected_seq} is missing "
                    f"(next present is {seq})", seq=expected_seq)
            if prev_hash != prev:
                raise AuditChainBroken(
                    f"audit chain broken at event {seq}: it does not follow its "
                    "predecessor", seq=seq)
            digest = _row_hash(prev, seq, at, operator_id, station_id, action, subject_type,
                               subject_id, details)
            if digest != hash_:
                raise AuditChainBroken(
                    f"audit chain broken at event {seq}: its content was altered", seq=seq)
            if audit_key is not None and not hmac.compare_digest(mac, _mac(audit_key, digest)):
                # from the very first event on: far more often another station's key
                # file (a copied registry, a mixed-up SWS_HOME) than a forgery
                why = ("the key file is not this registry's (check SWS_HOME / SWS_KEY_FILE), "
                       "or the log was rewritten without the station's key"
                       if seq == 1 else "rewritten without the station's key")
                raise AuditChainBroken(
                    f"audit chain broken at event {seq}: its MAC does not verify "
                    f"({why})", seq=seq)
            prev, last_seq = hash_, seq
            expected_seq += 1
            count += 1
    head = session.get(AuditHead, HEAD_ID)
    if head is None:
        if count:
            raise AuditChainBroken("audit chain broken: the head record is missing",
                                   seq=last_seq)
        return ChainReport(events=0, head_seq=0, head_hash=GENESIS)
    if head.seq != last_seq or head.hash != prev:
        raise AuditChainBroken(
            f"audit chain broken: the log ends at event {last_seq} but the head says "
            f"{head.seq} (events were deleted)", seq=last_seq + 1)
    if audit_key is not None and not hmac.compare_digest(
            head.mac, _mac(audit_key, _head_text(head.seq, head.hash))):
        raise AuditChainBroken("audit chain broken: the head record's MAC does not verify",
                               seq=head.seq)
    return ChainReport(events=count, head_seq=head.seq, head_hash=head.hash)

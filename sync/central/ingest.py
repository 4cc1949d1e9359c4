"""Packet ingest at the centre: verify, store idempotently, deduplicate, answer per packet.

One call handles one batch in one database transaction, so a crash (even ``kill -9``) either
stores the whole batch or nothing; the station only marks items delivered after it has read
the answer, and resends otherwise. A packet id seen before with the same content gets the
same answer again (a replay, logged); with different content it gets ``conflict`` (HTTP 409 on
the single-packet endpoint). Refusals of any kind are written to the ``events`` table.

References
----------
ODK Central submissions: instance ids, 409 on a conflicting resubmission.
MOSIP registration processor: packet validation, deduplication, adjudication queue.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import cbor2
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync.central import schema as t
from sync.central.dedup import Deduplicator
from sync.errors import PacketError, SyncError
from sync.keys import station_public_key
from sync.outbox import utc_naive
from sync.packets import (
    Packet,
    content_digest,
    decode_biometrics,
    open_biometrics,
    open_packet,
    peek,
)

log = logging.getLogger("sync.central")

ACCEPTED, DUPLICATE, REJECTED, CONFLICT = "accepted", "duplicate_suspected", "rejected", "conflict"


@dataclass(frozen=True)
class Result:
    """The centre's answer for one packet."""

    id: str | None
    status: str
    reason: str | None = None
    person_id: str | None = None
    candidates: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "reason": self.reason,
                "person_id": self.person_id, "candidates": list(self.candidates)}


@dataclass
class _Batch:
    """Rows collected during one batch, written together at the end."""

    packets: list[dict[str, Any]] = field(default_factory=list)
    persons: list[dict[str, Any]] = field(default_factory=list)
    adjudications: list[dict[str, Any]] = field(default_factory=list)
    revocations: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)


def _text(value: object, limit: int = 100) -> str | None:
    return str(value)[:limit] if isinstance(value, str | int) and str(value) else None


def report_columns(kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    """Copy the fields the reports group by out of a payload (missing ones stay NULL)."""
    location = payload.get("location")
    place = location if isinstance(location, dict) else payload
    programmes = payload.get("programmes")
    codes = [str(p) for p in programmes] if isinstance(programmes, list) else []
    return {
        "province": _text(place.get("province")),
        "district": _text(place.get("district")),
        "commune": _text(place.get("commune")),
        "programmes": ",".join(codes) or None,
        "facility": _text(payload.get("facility"), 200),
        "card_id": _text(payload.get("card_id")),
    }


class Ingest:
    """Verifies and stores batches of packets; holds the national dedup gallery in memory."""

    def __init__(
        self,
        engine: sa.Engine,
        central_key: X25519PrivateKey,
        dedup_factory: Callable[[], Deduplicator],
        *,
        clock: Callable[[], datetime],
    ) -> None:
        self.engine = engine
        self.central_key = central_key
        self.dedup_factory = dedup_factory
        self.dedup = dedup_factory()
        self.clock = clock
        self._lock = threading.Lock()

    def load_gallery(self) -> int:
        """Rebuild the in-memory gallery from the accepted enrolments; return its size."""
        dedup = self.dedup_factory()
        query = (
            sa.select(t.packets.c.id, t.packets.c.station_id, t.packets.c.seq, t.packets.c.kind,
                      t.packets.c.record_id, t.packets.c.created_at, t.packets.c.envelope,
                      t.persons.c.id.label("pid"))
            .join(t.persons, t.persons.c.packet_id == t.packets.c.id)
            .where(t.packets.c.envelope.is_not(None))
            .order_by(t.persons.c.enrolled_at)
        )
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                packet = Packet(id=row.id, station_id=row.station_id, seq=row.seq,
                                kind=row.kind, record_id=row.record_id,
                                created_at=row.created_at, payload_bytes=b"",
                                envelope=cbor2.loads(row.envelope))
                plaintext = open_biometrics(packet, self.central_key)
                if plaintext is not None:
                    dedup.add(row.pid, decode_biometrics(plaintext)[1])
        self.dedup = dedup
        return len(dedup)

    def ingest(self, blobs: list[bytes]) -> list[Result]:
        """Handle one batch; the answers come in the order of ``blobs``."""
        with self._lock:
            try:
                return self._ingest(blobs)
            except Exception:
                self.load_gallery()  # persons added to the gallery were rolled back
                raise

    def _ingest(self, blobs: list[bytes]) -> list[Result]:
        now = utc_naive(self.clock())
        batch = _Batch()
        heads: list[tuple[dict[str, Any], bytes] | Result] = []
        for blob in blobs:
            try:
                fields, _, _ = peek(blob)
                heads.append((fields, blob))
            except PacketError as error:
                heads.append(self._refuse(batch, now, None, error.packet_id, error.reason))
        wanted = [h[0] for h in heads if not isinstance(h, Result)]
        results: list[Result] = []
        with self.engine.begin() as conn:
            stations = self._stations(conn, {f["st"] for f in wanted})
            seen = self._known_packets(conn, {f["id"] for f in wanted})
            known_persons = self._known_persons(conn, wanted)
            for head in heads:
                if isinstance(head, Result):
                    results.append(head)
                    continue
                fields, blob = head
                results.append(self._one(batch, now, fields, blob, stations, seen,
                                         known_persons))
            self._write(conn, batch)
        return results

    # -- one packet -------------------------------------------------------------------------

    def _one(
        self,
        batch: _Batch,
        now: datetime,
        fields: dict[str, Any],
        blob: bytes,
        stations: dict[str, sa.Row[Any]],
        seen: dict[str, dict[str, Any]],
        known_persons: set[str],
    ) -> Result:
        station_id, packet_id = fields["st"], fields["id"]
        station = stations.get(station_id)
        if station is None:
            return self._refuse(batch, now, station_id, packet_id, "unknown_station")
        if station.status == "revoked":
            return self._refuse(batch, now, station_id, packet_id, "station_revoked")
        if station.status != "active":
            return self._refuse(batch, now, station_id, packet_id, "station_not_approved")
        try:
            packet = open_packet(blob, station_public_key(station.public_key))
        except (PacketError, SyncError) as error:
            why = error.reason if isinstance(error, PacketError) else "bad_key"
            return self._refuse(batch, now, station_id, packet_id, why)
        reason: str | None = None
        try:
            biometrics = open_biometrics(packet, self.central_key)
            digest = content_digest(packet, biometrics)
        except PacketError as error:
            biometrics, digest = None, content_digest(packet, cbor2.dumps(packet.envelope))
            reason = error.reason
        previous = seen.get(packet.id)
        if previous is not None:
            if previous["digest"] == digest:
                self._event(batch, now, "replay", "same_content", station_id, packet.id)
                return Result(packet.id, previous["status"], previous["reason"],
                              previous["person_id"], tuple(previous.get("candidates", ())))
            self._event(batch, now, "conflict", "same_id_other_content", station_id, packet.id)
            log.warning("packet %s from %s conflicts with a stored packet", packet.id, station_id)
            return Result(packet.id, CONFLICT, "same_id_other_content")
        result = (
            Result(packet.id, REJECTED, reason) if reason is not None
            else self._decide(batch, now, packet, biometrics, known_persons)
        )
        if result.status == REJECTED:
            self._event(batch, now, "rejected", result.reason or "rejected", station_id,
                        packet.id)
            log.warning("packet %s from %s rejected: %s", packet.id, station_id, result.reason)
        row = self._packet_row(packet, now, digest, result)
        batch.packets.append(row)
        seen[packet.id] = {**row, "candidates": result.candidates}
        return result

    def _decide(
        self,
        batch: _Batch,
        now: datetime,
        packet: Packet,
        biometrics: bytes | None,
        known_persons: set[str],
    ) -> Result:
        try:
            payload = packet.payload
        except (cbor2.CBORDecodeError, ValueError):
            return Result(packet.id, REJECTED, "malformed_payload")
        if packet.kind == "enrolment":
            return self._enrol(batch, now, packet, payload, biometrics, known_persons)
        if packet.kind == "revocation":
            card_id = _text(payload.get("card_id"))
            if card_id is None:
                return Result(packet.id, REJECTED, "revocation_without_card_id")
            batch.revocations.append({"card_id": card_id, "station_id": packet.station_id,
                                      "packet_id": packet.id, "revoked_at": now,
                                      "reason": _text(payload.get("reason"), 500)})
        return Result(packet.id, ACCEPTED, person_id=_text(payload.get("person_id"), 64))

    def _enrol(
        self,
        batch: _Batch,
        now: datetime,
        packet: Packet,
        payload: dict[str, Any],
        biometrics: bytes | None,
        known_persons: set[str],
    ) -> Result:
        person_id = packet.record_id  # an enrolment's record id is the person's id
        templates: list[tuple[int, bytes]] = []
        if biometrics is not None:
            try:
                templates = decode_biometrics(biometrics)[1]
            except PacketError as error:
                return Result(packet.id, REJECTED, error.reason)
        hits = [h for h in self.dedup.search(templates) if h.person_id != person_id]
        if hits:
            for hit in hits:
                batch.adjudications.append({"packet_id": packet.id, "score": hit.score,
                                            "candidate_person_id": hit.person_id,
                                            "state": "open", "opened_at": now})
            return Result(packet.id, DUPLICATE, "fingerprints_match_enrolled_person",
                          person_id, tuple(h.person_id for h in hits))
        if person_id not in known_persons:
            known_persons.add(person_id)
            batch.persons.append({"id": person_id, "packet_id": packet.id,
                                  "station_id": packet.station_id, "enrolled_at": now})
            if templates:
                self.dedup.add(person_id, templates)
        return Result(packet.id, ACCEPTED, person_id=person_id)

    # -- helpers ----------------------------------------------------------------------------

    def _packet_row(self, packet: Packet, now: datetime, digest: bytes,
                    result: Result) -> dict[str, Any]:
        try:
            columns = report_columns(packet.kind, packet.payload)
        except (cbor2.CBORDecodeError, ValueError, AttributeError):
            columns = report_columns(packet.kind, {})
        return {
            "id": packet.id, "station_id": packet.station_id, "seq": packet.seq,
            "kind": packet.kind[:32], "record_id": packet.record_id[:64],
            "created_at": packet.created_at[:40], "received_at": now, "digest": digest,
            "payload": packet.payload_bytes,
            "envelope": cbor2.dumps(packet.envelope) if packet.envelope is not None else None,
            "status": result.status, "reason": result.reason, "person_id": result.person_id,
            **columns,
        }

    def _refuse(self, batch: _Batch, now: datetime, station_id: str | None,
                packet_id: str | None, reason: str) -> Result:
        self._event(batch, now, "rejected", reason, station_id, packet_id)
        log.warning("packet %s from station %s rejected: %s", packet_id, station_id, reason)
        return Result(packet_id, REJECTED, reason)

    @staticmethod
    def _event(batch: _Batch, now: datetime, event: str, reason: str,
               station_id: str | None, packet_id: str | None) -> None:
        batch.events.append({"at": now, "event": event, "reason": reason[:64],
                             "station_id": (station_id or "")[:64] or None,
                             "packet_id": (packet_id or "")[:64] or None})

    @staticmethod
    def _stations(conn: sa.Connection, ids: set[str]) -> dict[str, sa.Row[Any]]:
        if not ids:
            return {}
        rows = conn.execute(sa.select(t.stations).where(t.stations.c.id.in_(ids)))
        return {row.id: row for row in rows}

    @staticmethod
    def _known_packets(conn: sa.Connection, ids: set[str]) -> dict[str, dict[str, Any]]:
        if not ids:
            return {}
        cols = t.packets.c
        rows = conn.execute(
            sa.select(cols.id, cols.digest, cols.status, cols.reason, cols.person_id)
            .where(cols.id.in_(ids))
        ).mappings()
        found = {row["id"]: dict(row) for row in rows}
        if found:
            adj = t.adjudications.c
            for pid, cand in conn.execute(
                sa.select(adj.packet_id, adj.candidate_person_id).where(
                    adj.packet_id.in_(list(found)))
            ):
                found[pid].setdefault("candidates", []).append(cand)
        return found

    @staticmethod
    def _known_persons(conn: sa.Connection, heads: list[dict[str, Any]]) -> set[str]:
        ids = {h["rid"] for h in heads if h["kind"] == "enrolment"}
        if not ids:
            return set()
        rows = conn.execute(sa.select(t.persons.c.id).where(t.persons.c.id.in_(ids)))
        return {str(r) for r in rows.scalars()}

    @staticmethod
    def _write(conn: sa.Connection, batch: _Batch) -> None:
        for table, rows in (
            (t.packets, batch.packets),
            (t.persons, batch.persons),
            (t.adjudications, batch.adjudications),
            (t.revocations, batch.revocations),
            (t.events, batch.events),
        ):
            if rows:
                conn.execute(table.insert(), rows)

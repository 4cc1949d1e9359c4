"""Packet ingest at the centre: verify, store idempotently, answer per packet; then dedup.

Two stages, as MOSIP's packet receiver and processor. Upload (:meth:`Ingest.ingest`,
:meth:`Ingest.ingest_batch`): one call handles one batch in one database transaction, so a
crash (even ``kill -9``) either stores the whole batch or nothing; enrolments are stored as
``received`` (no 1:N search in the request, whatever the gallery's size), other kinds get
their final answer at once. The dedup stage (:meth:`Ingest.process_pending`, run by
:class:`~sync.central.processor.DedupWorker`) decides ``received`` enrolments in arrival
order and writes each status with the person and adjudication rows in one transaction, so
a crash leaves them ``received`` and they are decided after the restart, once. The station
only marks items delivered after it has read the answer, and resends otherwise.

A packet id seen before with the same content gets its current answer again (a replay,
logged); with different content it gets ``conflict`` (HTTP 409 on the single-packet
endpoint). Refusals of any kind are written to the ``events`` table.

Packets arrive either one by one, each with its own signature, or as bare bodies under one
signed batch manifest (:mod:`sync.batch`); both end in the same per-packet decision.

References
----------
ODK Central submissions: instance ids, 409 on a conflicting resubmission.
MOSIP registration processor: packet validation, deduplication, adjudication queue.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Set
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import cbor2
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy.dialects import postgresql

from sync.batch import body_digest, read_manifest, verify_manifest
from sync.central import clones, expiry, signers
from sync.central import schema as t
from sync.central.decide import (
    ACCEPTED,
    CONFLICT,
    DUPLICATE,
    ERASURE_KIND,
    FINGERPRINTS_ERASED,
    RECEIVED,
    REJECTED,
    Batch,
    Result,
    decide,
    enrol,
    packet_row,
    read_templates,
    triage,
)
from sync.central.dedup import Deduplicator
from sync.central.store import write_batch
from sync.envelope import Opener
from sync.errors import PacketError, SyncError
from sync.keys import station_public_key
from sync.outbox import BIOMETRIC_KINDS, FINGERS_ADDED, utc_naive
from sync.packets import Packet, content_digest, decode_biometrics, open_packet, parse_body, peek

__all__ = ["ACCEPTED", "CONFLICT", "DUPLICATE", "RECEIVED", "REJECTED", "Ingest", "Result"]

log = logging.getLogger("sync.central")


class _Proof:
    """How one packet proves its origin: a signature of its own, or a manifest position."""

    def __init__(self, blob: bytes | None = None, manifest: _Manifest | None = None,
                 index: int = 0) -> None:
        self.blob, self.manifest, self.index = blob, manifest, index

    def check(self, key: bytes, fields: dict[str, Any], body: bytes) -> dict[str, Any]:
        """Raise :class:`PacketError` unless the station's ``key`` vouches for ``body``."""
        if self.manifest is None:
            blob = self.blob or b""
            open_packet(blob, station_public_key(key))
            return {"signature": peek(blob)[2], "manifest_id": None}
        self.manifest.verify(key)
        if body_digest(body) != self.manifest.digests[self.index]:
            raise PacketError("the packet is not the one the batch manifest lists",
                              reason="bad_signature", packet_id=fields["id"])
        return {"signature": None, "manifest_id": self.manifest.id}


class _Manifest:
    """A batch manifest, verified at most once."""

    def __init__(self, raw: bytes, signature: bytes) -> None:
        self.raw, self.signature = raw, signature
        self.station_id, self.digests = read_manifest(raw)
        self.id = hashlib.sha256(raw).hexdigest()
        self._verdict: PacketError | bool | None = False  # False: not checked yet

    def verify(self, key: bytes) -> None:
        if self._verdict is False:
            try:
                verify_manifest(self.raw, self.signature, station_public_key(key))
                self._verdict = None
            except PacketError as error:
                self._verdict = error
        if isinstance(self._verdict, PacketError):
            raise self._verdict


_Head = tuple[dict[str, Any], bytes, _Proof]
_Templates = list[tuple[int, bytes]]
#: a held packet's fields: id, station, seq, kind, record id, created at, payload, epoch
_Fields = tuple[str, str, int, str, str, str, bytes, str]


class _Held:
    """Enrolments this process stored as ``received``, decoded, in arrival order: the
    upload's hand-off to the dedup stage.

    The upload has just opened each envelope and decoded its templates; the dedup stage
    takes them from here instead of reading every envelope back and opening it again, and
    finds them by primary key instead of by a query on ``status`` (whose index still lists
    every packet decided since the last vacuum). The database stays the truth: the stage
    decides only those still ``received`` there. What is not held (stored before a restart
    or by another process, or while ``limit`` entries were held) is found by the query on
    the packets table: first what arrived before the oldest held one, and, once none is
    held, anything left.
    """

    def __init__(self, limit: int = 50_000) -> None:
        self.limit = limit
        # flat tuples of str, int and bytes: the collector stops tracking them, so tens of
        # thousands held during a catch-up add nothing to its rounds (Packet objects, their
        # decoded payloads and template lists did: about 10 us a record at ingest)
        self._items: OrderedDict[str, tuple[int, _Fields, tuple[tuple[int, bytes], ...]]]
        self._items = OrderedDict()
        self._lock = threading.Lock()
        self._missed = 0  # how many enrolments were stored but not held
        self._full = False  # one was missed: hold nothing until the table is caught up
        #: True once no ``received`` packet older than the held ones is left in the table
        self.older_done = False

    def add(self, stored: list[tuple[Packet, _Templates, int]]) -> None:
        """Hold enrolments just committed as ``received`` (with their arrival numbers)."""
        with self._lock:
            for packet, templates, arrival in stored:
                if self._full or len(self._items) >= self.limit:
                    self._full = True  # the rest waits in the table, found in order there
                    self._missed += 1
                    continue
                # the envelope is not needed any more: its templates are held decoded
                self._items.pop(packet.id, None)  # stored again (the centre lost it): later
                self._items[packet.id] = (arrival, (
                    packet.id, packet.station_id, packet.seq, packet.kind, packet.record_id,
                    packet.created_at, packet.payload_bytes, packet.epoch), tuple(templates))

    def oldest(self) -> int | None:
        """The arrival number of the oldest held enrolment (None: none is held)."""
        with self._lock:
            return next(iter(self._items.values()))[0] if self._items else None

    def first(self, limit: int) -> list[tuple[Packet, _Templates]]:
        """The oldest ``limit`` held enrolments at most (still held until :meth:`drop`)."""
        with self._lock:
            oldest = list(itertools.islice(self._items.values(), limit))
        return [(_packet(fields), list(templates)) for _, fields, templates in oldest]

    def drop(self, ids: list[str]) -> None:
        with self._lock:
            for packet_id in ids:
                self._items.pop(packet_id, None)

    def mark(self) -> int:
        """A token taken before a query of the whole table (see :meth:`caught_up`)."""
        with self._lock:
            return self._missed

    def caught_up(self, token: int) -> None:
        """A query of the whole table made after :meth:`mark` gave ``token`` came back
        short: hold new enrolments again, unless one was missed since."""
        with self._lock:
            if self._missed == token:
                self._full = False

    def __len__(self) -> int:
        return len(self._items)


_FIELD_NAMES = ("id", "station_id", "seq", "kind", "record_id", "created_at", "payload_bytes",
                "epoch")


def _packet(fields: _Fields) -> Packet:
    """A held packet's :class:`Packet` again (its templates held apart, so no envelope),
    filled in one ``__dict__`` update as :meth:`Packet.from_fields` does: the frozen
    dataclass ``__init__`` costs a few microseconds a packet."""
    packet = object.__new__(Packet)
    packet.__dict__.update(zip(_FIELD_NAMES, fields, strict=True), envelope=None)
    return packet


@dataclass
class _Ready:
    """One authenticated packet, decoded outside the lock, waiting for its decision."""

    packet: Packet
    evidence: dict[str, Any]
    digest: bytes
    templates: list[tuple[int, bytes]] | PacketError
    reason: str | None  # why the envelope cannot be opened, if it cannot
    signer: dict[str, str] | None = None  # a card_issue's verified card-signer certificate


class Ingest:
    """Verifies and stores batches of packets; holds the national dedup gallery in memory.

    An upload goes through two steps. Outside any lock, so that one request's decoding runs
    while another's rows stream into PostgreSQL: the station lookup, the signature or
    manifest check, parsing, opening the envelope, the content digest and the payload's
    report fields. Under ``store_lock``, in one transaction: the idempotency lookups, the
    arrival numbers, the rows and their COPY. The 1:N search runs later, in
    :meth:`process_pending`, under ``lock`` (the gallery's), which uploads never wait for.
    """

    def __init__(
        self,
        engine: sa.Engine,
        central_key: X25519PrivateKey,
        dedup_factory: Callable[[], Deduplicator],
        *,
        clock: Callable[[], datetime],
    ) -> None:
        self.engine = engine
        self.opener = Opener(central_key)
        self.dedup_factory = dedup_factory
        self.dedup = dedup_factory()
        self.clock = clock
        self.lock = threading.Lock()  # the gallery: dedup stage and adjudication decisions
        self.store_lock = threading.Lock()  # the upload path: idempotency lookups and store
        self.arrived = threading.Event()  # set when enrolments were stored as received
        self._uploads = 0  # upload calls under way
        #: upload calls started so far (the dedup stage sizes its chunks by it)
        self.uploads_started = 0
        self._quiet = threading.Condition()  # notified when the last one ends
        #: days after a station's expiry during which its packets dated before it are taken
        self.grace_days = expiry.GRACE_DAYS
        self._arrival: int | None = None  # the last arrival number given out
        #: enrolments stored as received by this process, for the dedup stage
        self.held = _Held()
        #: every accepted erasure as of the last look (forget_erased), packet id -> person:
        #: the gallery no longer holds what those persons had before it (prints added
        #: since, ``fingerprints_added``, are searched and held again)
        self._forgotten: dict[str, str] = {}

    def load_gallery(self) -> int:
        """Rebuild the in-memory gallery from the accepted enrolments and the fingerprints
        accepted for registered persons since; return its size."""
        dedup = self.dedup_factory()
        p = t.packets.c
        enrolled = (
            sa.select(p.id, p.station_id, p.envelope, t.persons.c.id.label("pid"))
            .join(t.persons, t.persons.c.packet_id == p.id)
            .where(p.envelope.is_not(None))
            .order_by(t.persons.c.enrolled_at)
        )
        added = (
            sa.select(p.id, p.station_id, p.envelope, t.persons.c.id.label("pid"))
            .join(t.persons, t.persons.c.id == p.record_id)
            .where(p.kind == FINGERS_ADDED, p.status == ACCEPTED, p.envelope.is_not(None))
            .order_by(p.arrival)
        )
        with self.engine.connect() as conn:
            # read first: an erasure stored meanwhile is applied by the next forget_erased
            erased = _erased(conn)
            for query in (enrolled, added):
                for row, templates in self.templates_of(conn.execute(query)):
                    dedup.add(row.pid, templates)
        self.dedup = dedup
        self._forgotten = erased  # their envelopes were deleted: none of them was loaded
        return len(dedup)

    def templates_of(self, rows: Iterable[Any]) -> Iterator[tuple[Any, _Templates]]:
        """Each packet row (``id``, ``station_id``, ``envelope``) whose envelope is still
        stored and opens here, with its decoded templates."""
        for row in rows:
            if row.envelope is None:
                continue
            plaintext = self.opener.open(cbor2.loads(row.envelope), packet_id=row.id,
                                         station_id=row.station_id)
            if plaintext is not None:
                yield row, decode_biometrics(plaintext)[1]

    def forget_erased(self) -> int:
        """Take out of the gallery every person whose fingerprints were erased
        (``fingerprints_erased`` packets accepted here or imported by another process) and
        not yet taken out; how many. Under the gallery lock."""
        with self.lock:
            return self._forget_erased()

    def _forget_erased(self) -> int:
        with self.engine.connect() as conn:
            fresh = {packet_id: person_id for packet_id, person_id in _erased(conn).items()
                     if packet_id not in self._forgotten}
        persons = set(fresh.values())
        for person_id in sorted(persons):
            self.dedup.remove(person_id)
        self._forgotten.update(fresh)
        return len(persons)

    @contextlib.contextmanager
    def uploading(self) -> Iterator[None]:
        """Counts an upload as under way for its duration (:meth:`wait_for_uploads`)."""
        with self._quiet:
            self._uploads += 1
            self.uploads_started += 1
        try:
            yield
        finally:
            with self._quiet:
                self._uploads -= 1
                if not self._uploads:
                    self._quiet.notify_all()

    def uploads_under_way(self) -> int:
        """How many upload calls are under way now."""
        return self._uploads

    def wait_for_uploads(self, timeout_s: float) -> bool:
        """Wait until no upload is under way, ``timeout_s`` at most; True if none is.

        The dedup stage calls it before each chunk: a station waits for an upload's answer,
        nobody waits for a chunk's decisions, and on a few cores the two compete (for the
        GIL here, and for PostgreSQL)."""
        with self._quiet:
            return self._quiet.wait_for(lambda: not self._uploads, timeout_s)

    def ingest(self, blobs: list[bytes]) -> list[Result]:
        """Single-form packets (each signed); answers in the order of ``blobs``."""
        with self.uploading():
            return self._ingest(blobs)

    def _ingest(self, blobs: list[bytes]) -> list[Result]:
        now = utc_naive(self.clock())
        batch = Batch()
        heads: list[_Head | Result] = []
        for blob in blobs:
            try:
                fields, body, _ = peek(blob)
                heads.append((fields, body, _Proof(blob=blob)))
            except PacketError as error:
                heads.append(batch.refuse(now, None, error.packet_id, error.reason))
        return self._locked(batch, now, self._check_all(batch, now, heads))

    def ingest_batch(self, manifest: bytes, signature: bytes,
                     bodies: list[bytes]) -> list[Result]:
        """Bare bodies under one signed manifest; answers in the order of ``bodies``."""
        with self.uploading():
            return self._ingest_batch(manifest, signature, bodies)

    def _ingest_batch(self, manifest: bytes, signature: bytes,
                      bodies: list[bytes]) -> list[Result]:
        now = utc_naive(self.clock())
        batch = Batch()
        try:
            signed = _Manifest(manifest, signature)
            if len(signed.digests) != len(bodies):
                raise PacketError("the manifest does not list this many packets",
                                  reason="malformed")
        except PacketError as error:
            refused: list[_Ready | Result] = [batch.refuse(now, None, None, error.reason)
                                              for _ in bodies]
            return self._locked(batch, now, refused)
        heads: list[_Head | Result] = []
        for index, body in enumerate(bodies):
            try:
                fields = parse_body(body)
                if fields["st"] != signed.station_id:
                    raise PacketError("the packet names another station than its manifest",
                                      reason="bad_signature", packet_id=fields["id"])
                heads.append((fields, body, _Proof(manifest=signed, index=index)))
            except PacketError as error:
                heads.append(batch.refuse(now, signed.station_id, error.packet_id,
                                          error.reason))
        return self._locked(batch, now, self._check_all(batch, now, heads))

    def _check_all(self, batch: Batch, now: datetime,
                   heads: list[_Head | Result]) -> list[_Ready | Result]:
        """The stage outside the lock: authenticate and decode every packet of a batch."""
        wanted = {h[0]["st"] for h in heads if not isinstance(h, Result)}
        if not wanted:
            return [h for h in heads if isinstance(h, Result)]
        with self.engine.connect() as conn:
            stations = _stations(conn, wanted)
        standing = {station_id: self._standing(stations.get(station_id), now)
                    for station_id in wanted}
        return [h if isinstance(h, Result) else self._check(batch, now, h, stations, standing)
                for h in heads]

    def _standing(self, station: sa.Row[Any] | None, now: datetime) -> tuple[str | None, bool]:
        """Judged once per batch and station: the refusal every packet of it gets (None:
        none), and whether each packet's own date decides (within the grace period after
        the station's expiry)."""
        if station is None:
            return "unknown_station", False
        if station.status == "revoked":
            return "station_revoked", False
        if station.status == clones.SUSPENDED:
            return clones.REFUSAL, False
        if station.status != "active":
            return "station_not_approved", False
        if expiry.refuses(station.expires_at, now, None, self.grace_days):
            return "station_expired", False
        return None, expiry.refuses(station.expires_at, now, datetime.max, self.grace_days)

    def _check(self, batch: Batch, now: datetime, head: _Head, stations: dict[str, sa.Row[Any]],
               standing: dict[str, tuple[str | None, bool]]) -> _Ready | Result:
        fields, body, proof = head
        station_id, packet_id = fields["st"], fields["id"]
        refusal, dates_count = standing[station_id]
        if refusal is not None:
            return batch.refuse(now, station_id, packet_id, refusal)
        station = stations[station_id]
        try:
            evidence = proof.check(station.public_key, fields, body)
        except (PacketError, SyncError) as error:
            why = error.reason if isinstance(error, PacketError) else "bad_key"
            return batch.refuse(now, station_id, packet_id, why)
        # within the grace period: only what the station (verified above) dated before
        if dates_count and expiry.refuses(station.expires_at, now, _dated(fields),
                                          self.grace_days):
            return batch.refuse(now, station_id, packet_id, "station_expired")
        manifest = proof.manifest
        if (evidence["manifest_id"] is not None and manifest is not None
                and manifest.id not in batch.manifests):
            batch.manifests[manifest.id] = {
                "id": manifest.id, "station_id": station_id, "received_at": now,
                "manifest": manifest.raw, "signature": manifest.signature}
        packet = Packet.from_fields(fields)
        try:
            biometrics = self.opener.open(packet.envelope, packet_id=packet.id,
                                          station_id=station_id)
        except PacketError as error:
            return _Ready(packet, evidence, content_digest(packet, cbor2.dumps(packet.envelope)),
                          [], error.reason)
        signer = None
        with contextlib.suppress(cbor2.CBORDecodeError, ValueError):
            payload = packet.payload  # decoded here, once, outside the lock
            if packet.kind == "card_issue":
                signer = signers.signer_of(payload)
        return _Ready(packet, evidence, content_digest(packet, biometrics),
                      read_templates(biometrics) if packet.kind in BIOMETRIC_KINDS else [],
                      None, signer)

    def _locked(self, batch: Batch, now: datetime, ready: list[_Ready | Result]) -> list[Result]:
        with self.store_lock:
            arrival = self._arrival
            try:
                results, stored = self._run(batch, now, ready)
            except Exception:
                self._arrival = arrival  # nothing was stored: the numbers are free again
                raise
            # committed: hand the new enrolments to the dedup stage, still under the store
            # lock, so that they queue in arrival order
            self.held.add(stored)
        if stored:
            self.arrived.set()
        if batch.erasures:  # committed: the gallery forgets them now, not at the next chunk
            self.forget_erased()
        return results

    def _run(self, batch: Batch, now: datetime, ready: list[_Ready | Result]
             ) -> tuple[list[Result], list[tuple[Packet, _Templates, int]]]:
        """Store a batch in one transaction: (answers, the enrolments stored as received,
        with their templates and arrival numbers)."""
        wanted = [r.packet for r in ready if isinstance(r, _Ready)]
        results: list[Result] = []
        stored: list[tuple[Packet, _Templates, int]] = []
        with self.engine.begin() as conn:
            seen = _known_packets(conn, {p.id for p in wanted})
            # two different packets at one outbox position, or a packet from an installation
            # a restore superseded: a cloned station (every packet kept)
            fresh = [p for p in wanted if p.id not in seen]
            strays = clones.strays(conn, fresh)  # said first: they say more
            clashes: list[clones.Clash | clones.Stray] = [*strays, *(
                c for c in clones.clashes(conn, fresh) if c.new not in {s.new for s in strays})]
            if self._arrival is None:
                self._arrival = int(conn.execute(
                    sa.select(sa.func.coalesce(sa.func.max(t.packets.c.arrival), 0))
                ).scalar_one())
            learnt: dict[str, list[dict[str, str]]] = {}
            for item in ready:
                if isinstance(item, Result):
                    results.append(item)
                    continue
                fresh_id = item.packet.id not in seen
                results.append(self._decide(batch, now, item, seen))
                if (fresh_id and results[-1].status == RECEIVED
                        and not isinstance(item.templates, PacketError)):
                    assert self._arrival is not None  # _decide gave it this number
                    stored.append((item.packet, item.templates, self._arrival))
                if item.signer is not None and results[-1].status not in (CONFLICT, REJECTED):
                    learnt.setdefault(item.packet.station_id, []).append(item.signer)
            signers.remember(conn, learnt)
            if clashes:
                clones.suspend(conn, batch, now, clashes)
            write_batch(conn, batch)
        return results, stored

    def _decide(self, batch: Batch, now: datetime, ready: _Ready,
                seen: dict[str, dict[str, Any]]) -> Result:
        packet, digest = ready.packet, ready.digest
        station_id = packet.station_id
        previous = seen.get(packet.id)
        if previous is not None:
            if previous["digest"] == digest:
                batch.event(now, "replay", "same_content", station_id, packet.id)
                return Result(packet.id, previous["status"], previous["reason"],
                              previous["person_id"], tuple(previous.get("candidates", ())))
            batch.event(now, "conflict", "same_id_other_content", station_id, packet.id)
            log.warning("packet %s from %s conflicts with a stored packet", packet.id, station_id)
            return Result(packet.id, CONFLICT, "same_id_other_content")
        if ready.reason is None and packet.kind == clones.RESTORED:
            result = _restored(batch, now, packet)
        else:
            result = (
                Result(packet.id, REJECTED, ready.reason) if ready.reason is not None
                else triage(batch, now, packet, ready.templates) or Result(packet.id, RECEIVED)
            )
        if result.status == REJECTED:
            batch.event(now, "rejected", result.reason or "rejected", station_id, packet.id)
            log.warning("packet %s from %s rejected: %s", packet.id, station_id, result.reason)
        assert self._arrival is not None
        self._arrival += 1
        batch.packets.append(packet_row(packet, now, digest, result, ready.evidence,
                                        self._arrival))
        seen[packet.id] = {"digest": digest, "status": result.status, "reason": result.reason,
                           "person_id": result.person_id, "candidates": result.candidates}
        return result


    # -- the dedup stage ---------------------------------------------------------------------

    def process_pending(self, limit: int = 100) -> int:
        """Decide up to ``limit`` ``received`` enrolments, oldest arrival first; return how many.

        Under the gallery lock. The packets are read in a short transaction and searched 1:N
        in memory; then one transaction writes every status together with the persons,
        adjudication cases and events it leads to. A crash before that commit leaves all of
        them ``received`` (decided again after the restart, from a gallery rebuilt from the
        committed persons), a crash after it leaves none: never decided twice.
        """
        with self.lock:
            now = utc_naive(self.clock())
            with self.engine.connect() as conn:
                packets, templates = self._choose(conn, limit)
                known_persons = _known_persons(conn, packets)
            # after the choice: an erasure stored before any chosen enrolment is seen, and
            # the gallery forgets every person erased so far before it is searched
            self._forget_erased()
            if not packets:
                return 0
            erased = set(self._forgotten.values()).intersection(p.record_id for p in packets)
            try:
                self._process(now, packets, templates, known_persons, erased)
            except Exception:
                self.load_gallery()  # persons added to the gallery were rolled back
                raise
            self.held.drop([packet.id for packet in packets])
            return len(packets)

    def _choose(self, conn: sa.Connection, limit: int
                ) -> tuple[list[Packet], dict[str, _Templates]]:
        """The next ``limit`` ``received`` enrolments at most, oldest arrival first, and the
        held templates of those that have them (the others' envelopes are to be opened)."""
        held = self.held
        if not held.older_done:  # first what arrived before anything held (a restart's)
            packets = self._from_table(conn, limit, before=held.oldest())
            if packets is None:
                held.older_done = True  # later arrivals are all held, or the table has them
            elif packets:
                return packets, {}
        while chunk := held.first(limit):
            p = t.packets.c
            # by primary key alone: with "AND status = 'received'" the planner, its statistics
            # stale (a new or busy table), reads every received row through the status index
            still = {str(pid) for pid, status in conn.execute(sa.select(p.id, p.status).where(
                _among(conn, p.id, [packet.id for packet, _ in chunk])))
                if status == RECEIVED}
            held.drop([packet.id for packet, _ in chunk if packet.id not in still])
            if still:
                return ([packet for packet, _ in chunk if packet.id in still],
                        {packet.id: templates for packet, templates in chunk
                         if packet.id in still})
        token = held.mark()  # none held: the table is the whole truth (other processes too)
        packets = self._from_table(conn, limit)
        if packets is None:
            held.caught_up(token)
        return packets or [], {}

    def _from_table(self, conn: sa.Connection, limit: int, before: int | None = None
                    ) -> list[Packet] | None:
        """The oldest ``received`` enrolments in the packets table (arrived before
        ``before``, if given), envelopes still sealed; ``None`` when there is none.

        First the oldest arrival number still received (the status index walked from its
        start, one entry read), then the rows in a window of ``2 * limit`` arrival numbers
        from there: a plain "status = 'received' ORDER BY arrival LIMIT n" was answered,
        with stale statistics, by reading and sorting every received row, so a backlog left
        by a restart cost each chunk the whole backlog. A window holds at most ``limit``
        of them (fewer when other kinds arrived in between: the next call goes on)."""
        p = t.packets.c
        received = [p.status == RECEIVED]
        if before is not None:
            received.append(p.arrival < before)
        first = conn.execute(sa.select(sa.func.min(p.arrival)).where(*received)).scalar()
        columns = (p.id, p.station_id, p.seq, p.kind, p.record_id, p.created_at, p.payload,
                   p.envelope)
        if first is None:  # none numbered; an unnumbered one would still be found here
            query = sa.select(*columns).where(*received).limit(limit)
        else:
            query = (sa.select(*columns)
                     .where(*received, p.arrival >= first, p.arrival < first + 2 * limit)
                     .order_by(p.arrival).limit(limit))
        packets = [Packet(r.id, r.station_id, r.seq, r.kind, r.record_id, r.created_at,
                          r.payload, cbor2.loads(r.envelope) if r.envelope is not None else None)
                   for r in conn.execute(query)]
        return packets if packets or first is not None else None

    def _process(self, now: datetime, packets: list[Packet], held: dict[str, _Templates],
                 known_persons: set[str], erased: Set[str] = frozenset()) -> None:
        """Decide ``packets`` (templates from ``held`` or their envelopes), write it all.

        The enrolment of a person whose fingerprints were erased meanwhile (``erased``: the
        erasure arrived first) is decided without them and its envelope deleted."""
        batch = Batch()
        updates = []
        erased = self._erased_since(packets, erased)
        for packet in packets:
            if packet.kind == FINGERS_ADDED and packet.record_id in erased:
                # erased after they were added: the batch's writer deletes the envelope
                batch.erasures.append(packet.record_id)
                result = Result(packet.id, ACCEPTED, FINGERPRINTS_ERASED, packet.record_id)
            elif packet.record_id in erased:
                batch.erasures.append(packet.record_id)
                result = enrol(batch, now, packet, [], known_persons, self.dedup)
            elif packet.id in held:  # triaged at upload: its payload and templates were read
                result = enrol(batch, now, packet, held[packet.id], known_persons, self.dedup)
            else:
                templates: _Templates | PacketError
                try:
                    plaintext = self.opener.open(packet.envelope, packet_id=packet.id,
                                                 station_id=packet.station_id)
                    templates = read_templates(plaintext)
                except PacketError as error:
                    templates = error
                result = decide(batch, now, packet, templates, known_persons, self.dedup)
            if result.status == REJECTED:
                batch.event(now, "rejected", result.reason or "rejected", packet.station_id,
                            packet.id)
                log.warning("packet %s from %s rejected: %s", packet.id, packet.station_id,
                            result.reason)
            updates.append({"k": packet.id, "status": result.status, "reason": result.reason,
                            "person_id": result.person_id})
        with self.engine.begin() as conn:
            if _set_statuses(conn, updates) not in (-1, len(updates)):
                raise SyncError("received packets were decided by someone else meanwhile")
            write_batch(conn, batch)

    def _erased_since(self, packets: list[Packet], erased: Set[str]) -> Set[str]:
        """``erased`` (persons with an erasure accepted) without those whose fingerprints
        of ``packets`` were added after their last erasure (the station's dates): given
        again, after consent given again (``station.model.fingers_added``)."""
        added = {p.record_id: p.created_at for p in packets
                 if p.kind == FINGERS_ADDED and p.record_id in erased}
        if not added:
            return erased
        p = t.packets.c
        with self.engine.connect() as conn:
            last = dict(conn.execute(
                sa.select(p.record_id, sa.func.max(p.created_at)).where(
                    p.kind == ERASURE_KIND, p.status == ACCEPTED,
                    _among(conn, p.record_id, sorted(added))).group_by(p.record_id)).all())
        later = {person for person, at in added.items()
                 if person in last and _dated({"at": at}) > _dated({"at": last[person]})}
        return set(erased) - later

    def settle(self, results: list[Result]) -> list[Result]:
        """``results`` with every ``received`` one replaced by its final answer, running the
        dedup stage here as needed: the synchronous answers of sync protocol 1."""
        waiting = {r.id for r in results if r.status == RECEIVED and r.id is not None}
        final: dict[str, Result] = {}
        while waiting:
            progressed = self.process_pending()
            with self.engine.connect() as conn:
                for pid, row in _known_packets(conn, waiting).items():
                    if row["status"] != RECEIVED:
                        final[pid] = Result(pid, row["status"], row["reason"],
                                            row["person_id"], tuple(row.get("candidates", ())))
            waiting -= set(final)
            if not progressed:
                break  # nothing left to decide (someone else decided the rest meanwhile)
        return [final.get(r.id or "", r) for r in results]

    def backlog(self) -> int:
        """How many enrolments wait for the dedup stage."""
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(t.packets)
                                    .where(t.packets.c.status == RECEIVED)).scalar_one())


def text_array(values: Iterable[str | None]) -> str:
    """The PostgreSQL ``text[]`` literal of ``values`` (``None`` is NULL), every element
    quoted: a parameter the server parses itself.

    psycopg dumps a list parameter element by element in Python, a regular expression and
    quoting each, about 2 µs an element; the upload and the dedup stage pass several ids per
    record. Joined here, they cost a tenth of that.
    """
    return "{" + ",".join(
        "NULL" if value is None
        else '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        for value in values) + "}"


def _array(values: Iterable[str | None]) -> sa.ColumnElement[Any]:
    """A ``text[]`` parameter holding ``values`` (:func:`text_array`).

    Untyped, so that the server reads the literal as the array it is cast to, once: typed
    as text, its cast to an array (not a constant for the planner) ran again for every row
    that a sequential scan met."""
    return sa.cast(sa.bindparam(None, text_array(values), type_=sa.types.NullType()),
                   postgresql.ARRAY(sa.Text))


def _among(conn: sa.Connection, column: sa.ColumnElement[Any], ids: set[str] | list[str]
           ) -> sa.ColumnElement[bool]:
    """``column IN ids``; on PostgreSQL one array parameter (``= ANY``), not one per id.

    A batch asks for hundreds of ids: an expanding ``IN`` is rendered and cast id by id in
    Python on every call, which cost more than the lookup itself.
    """
    if conn.dialect.name == "postgresql":
        return column == sa.any_(_array(ids))
    return column.in_(list(ids))


#: One statement for a chunk's statuses on PostgreSQL: the arrays, unnested, joined on id.
#: The status test is an expression no index holds, so that rows are found by primary key:
#: a plain ``status = 'received'`` let the planner, its statistics stale (a new or busy
#: table), read every received row through ``ix_packets_status_arrival`` for each chunk.
_SET_STATUSES = sa.text(
    "UPDATE packets SET status = v.s, reason = v.r, person_id = v.p "
    "FROM unnest(CAST(:k AS text[]), CAST(:s AS text[]), CAST(:r AS text[]), "
    "CAST(:p AS text[])) AS v(k, s, r, p) "
    "WHERE packets.id = v.k AND coalesce(packets.status, '') = :received"
)


def _set_statuses(conn: sa.Connection, updates: list[dict[str, Any]]) -> int:
    """Write decided statuses over ``received`` ones; return the rows changed (-1: unknown).

    On PostgreSQL one ``UPDATE ... FROM unnest(arrays)`` for the whole chunk (an
    ``executemany`` costs one statement per packet); elsewhere an ``executemany``.
    """
    if conn.dialect.name == "postgresql":
        done = conn.execute(_SET_STATUSES, {
            "k": text_array(u["k"] for u in updates),
            "s": text_array(u["status"] for u in updates),
            "r": text_array(u["reason"] for u in updates),
            "p": text_array(u["person_id"] for u in updates), "received": RECEIVED})
        return int(done.rowcount)
    p = t.packets.c
    done = conn.execute(
        t.packets.update().where(p.id == sa.bindparam("k"), p.status == RECEIVED)
        .values(status=sa.bindparam("status"), reason=sa.bindparam("reason"),
                person_id=sa.bindparam("person_id")), updates)
    return int(done.rowcount)


def _restored(batch: Batch, now: datetime, packet: Packet) -> Result:
    """A station's announcement that it was restored from a backup: logged (``events``,
    ``stats``) and accepted, or refused when it does not say where the restore stands."""
    fields = clones.restore_fields(packet)
    if fields is None:
        return Result(packet.id, REJECTED, "malformed_restore")
    batch.event(now, "station_restored", f"backup up to {fields[0]}, after {fields[1]}",
                packet.station_id, packet.id)
    log.info("station %s restored from a backup holding positions up to %d; new records "
             "after position %d (epoch %s)", packet.station_id, fields[0], fields[1],
             packet.record_id)
    return Result(packet.id, ACCEPTED)


def _dated(fields: dict[str, Any]) -> datetime:
    """When the station says it made a packet; an unreadable date counts as the far future
    (refused during a grace period: only packets clearly dated before the expiry pass)."""
    try:
        return expiry.parse_iso(str(fields["at"]))
    except (KeyError, ValueError):
        return datetime.max


def _stations(conn: sa.Connection, ids: set[str]) -> dict[str, sa.Row[Any]]:
    if not ids:
        return {}
    rows = conn.execute(sa.select(t.stations).where(_among(conn, t.stations.c.id, ids)))
    return {row.id: row for row in rows}


def _known_packets(conn: sa.Connection, ids: set[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    cols = t.packets.c
    rows = conn.execute(
        sa.select(cols.id, cols.digest, cols.status, cols.reason, cols.person_id)
        .where(_among(conn, cols.id, ids))
    ).mappings()
    found = {row["id"]: dict(row) for row in rows}
    if found:
        adj = t.adjudications.c
        for pid, cand in conn.execute(
            sa.select(adj.packet_id, adj.candidate_person_id)
            .where(_among(conn, adj.packet_id, list(found)))
        ):
            found[pid].setdefault("candidates", []).append(cand)
    return found


def _erased(conn: sa.Connection) -> dict[str, str]:
    """Every erasure of fingerprints a station made (accepted ``fingerprints_erased``):
    packet id -> person id."""
    p = t.packets.c
    return {str(i): str(r) for i, r in conn.execute(sa.select(p.id, p.record_id).where(
        p.kind == ERASURE_KIND, p.status == ACCEPTED))}


def _known_persons(conn: sa.Connection, packets: list[Packet]) -> set[str]:
    ids = {p.record_id for p in packets if p.kind in BIOMETRIC_KINDS}
    if not ids:
        return set()
    rows = conn.execute(sa.select(t.persons.c.id).where(_among(conn, t.persons.c.id, ids)))
    return {str(r) for r in rows.scalars()}

"""The station's uploader: outbox items -> signed packets -> central registry -> answers.

Delivery state lives in the outbox rows, so a restart (or a crash mid-batch) resumes where it
stopped: items whose answer was not recorded are simply sent again, and the centre answers a
replay of the same packet id with the same answer. Failures back off exponentially with jitter
per item; a clock that jumped backwards never strands an item (a retry time further ahead
than the backoff cap is treated as due).

References
----------
MOSIP registration client: packet upload and status sync. CouchDB replication: checkpoints
and idempotent replays.
"""

from __future__ import annotations

import json
import logging
import random
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from sync.backoff import Backoff
from sync.batch import sign_batch
from sync.client import CentralClient
from sync.envelope import Sealer
from sync.errors import CentralRefused, CentralUnreachable, SyncError
from sync.outbox import (
    ACKED,
    BIOMETRIC_KINDS,
    DUPLICATE,
    ERASURE,
    FINAL_STATES,
    PENDING,
    RECEIVED,
    REJECTED,
    SENT,
    counts,
    utc_naive,
)
from sync.packets import build_body

log = logging.getLogger("sync.uploader")

#: Refusals that a supervisor can lift (register, approve or re-approve the station): retry
#: later. A revoked station's records wait at the station too: the centre can approve it
#: again (a revocation in error), and a record refused for good would be lost.
RETRYABLE_REASONS = frozenset({"unknown_station", "station_not_approved", "station_revoked",
                               "station_expired", "station_suspended"})
#: States an answer may still change (a suspected duplicate can be cleared by adjudication,
#: a received item is decided by the centre's dedup stage).
OPEN_STATES = (PENDING, SENT, RECEIVED, DUPLICATE)
#: States whose final status the station pulls (``pull_statuses``).
PULLED_STATES = (RECEIVED, DUPLICATE)
_STATE_OF = {"accepted": ACKED, "duplicate_suspected": DUPLICATE, "received": RECEIVED}
_RECORD_SET = ("UPDATE {table} SET state = ?, attempts = attempts + {step}, "
               "central_status = ?, central_reason = ?, "
               "central_person_id = ?, acked_at = ?, next_attempt_at = ?, last_error = ? ")
_OPEN = "state IN (" + ", ".join("?" * len(OPEN_STATES)) + ")"
_RECORD_SQL = _RECORD_SET + "WHERE id = ? AND " + _OPEN
_RECORD_ONE_SQL = _RECORD_SET + "WHERE seq = ? AND " + _OPEN
#: The same answer for many items at once (a batch answered ``received``): one statement
#: over their positions (the rowid), given as one JSON array.
_RECORD_MANY_SQL = _RECORD_SET + "WHERE seq IN (SELECT value FROM json_each(?)) AND " + _OPEN


@dataclass(frozen=True)
class StationIdentity:
    """Who signs the packets and to whom biometrics are encrypted."""

    station_id: str
    signing_key: Ed25519PrivateKey
    central_key: X25519PublicKey


@dataclass
class _Prepared:
    """One batch, built and ready to sign and send."""

    last_seq: int
    refusals: int = 0  # how many whole-batch refusals the uploader had seen when built
    rows: list[sa.Row[Any]] = field(default_factory=list)
    bodies: list[bytes] = field(default_factory=list)
    broken: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class SyncReport:
    """What one sync run did, and where the outbox stands afterwards.

    ``acknowledged`` counts the items the centre took: accepted, or ``received`` (stored,
    its 1:N decision to come; ``received`` says how many). Neither is sent again.
    """

    sent: int
    acknowledged: int
    duplicates: int
    rejected: int
    failed_batches: int
    pending: int
    last_error: str | None = None
    #: of ``acknowledged``: answered ``received`` in this run (stored, decision to come)
    received: int = 0
    #: items in the outbox, after the run, whose final status the centre has not decided
    awaiting_decision: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"sent": self.sent, "acknowledged": self.acknowledged,
                "received": self.received, "awaiting_decision": self.awaiting_decision,
                "duplicates": self.duplicates, "rejected": self.rejected,
                "failed_batches": self.failed_batches, "pending": self.pending,
                "last_error": self.last_error}


class Uploader:
    """Delivers the outbox in batches; every method takes ``now`` (no hidden clock).

    ``batch_size`` items per batch (halved while a refused batch is being split, doubled back
    after each answered batch); ``in_flight`` batches at most on the wire at once in
    :meth:`sync`.
    """

    def __init__(
        self,
        engine: sa.Engine,
        table: sa.Table,
        identity: StationIdentity,
        client: CentralClient,
        unseal: Callable[[bytes], bytes],
        *,
        rng: random.Random,
        batch_size: int = 200,
        backoff: Backoff | None = None,
        in_flight: int = 2,
    ) -> None:
        self.engine = engine
        self.table = table
        self.identity = identity
        self.client = client
        self.unseal = unseal
        self.rng = rng
        self.batch_size = batch_size
        self.max_batch_size = batch_size
        self.backoff = backoff or Backoff()
        self.in_flight = max(1, in_flight)
        self._refusals = 0
        #: the restore epoch every packet carries (``sync.restored``; "" never restored)
        self.epoch = ""
        #: while set, the id of the only item sent (a restore's announcement, which must
        #: reach the centre before anything else); "" sends nothing at all
        self.only: str | None = None

    # -- sending ----------------------------------------------------------------------------

    def due(self, now: datetime, limit: int, after_seq: int = 0, *,
            ignore_backoff: bool = False) -> list[sa.Row[Any]]:
        """Items not yet answered whose retry time has come (every one with
        ``ignore_backoff``), oldest first."""
        c = self.table.c
        now = utc_naive(now)
        horizon = now + timedelta(seconds=self.backoff.cap_s)
        # pick the sequence numbers on the (state, seq) index alone, then read those rows:
        # sorting only the small keys, not rows with their payloads, halves the read
        picked = (
            sa.select(c.seq)
            .where(c.state.in_([PENDING, SENT]), c.seq > after_seq)
            .order_by(c.seq)
            .limit(limit)
        )
        if self.only is not None:
            picked = picked.where(c.id == self.only)
        if not ignore_backoff:
            picked = picked.where(sa.or_(c.next_attempt_at.is_(None),
                                         c.next_attempt_at <= now,
                                         c.next_attempt_at > horizon))
        query = (
            sa.select(c.seq, c.id, c.kind, c.record_id, c.payload, c.sealed_biometrics,
                      c.created_at, c.attempts)
            .where(c.seq.in_(picked.scalar_subquery()))
            .order_by(c.seq)
        )
        with self.engine.connect() as conn:
            return list(conn.execute(query))

    def send_batch(self, now: datetime) -> SyncReport | None:
        """Send one batch of due items; ``None`` when nothing is due."""
        prepared = self._prepare(now, 0)
        return None if prepared is None else self._deliver(prepared, now)

    def sync(self, clock: Callable[[], datetime], *, max_batches: int = 10_000,
             ignore_backoff: bool = False) -> SyncReport:
        """Send batches until nothing is due or a batch fails; then report the outbox.

        The work overlaps: a helper thread builds the next batch (unseal, encrypt, encode),
        up to ``in_flight`` batches are on the wire at once (the centre decodes one while it
        stores the one before), and another helper writes the answers into the outbox, so
        the station's work hides behind the centre's. Answers are written per item, so a
        failure of one batch leaves the others' answers recorded. ``ignore_backoff`` sends
        items still waiting out a retry delay too: what an operator who asks for a sync now
        (``sws sync``) expects; the background worker keeps the delays.
        """
        reports: list[SyncReport] = []
        recording: list[Future[SyncReport]] = []
        flying: deque[tuple[_Prepared, datetime, Future[list[dict[str, Any]] | SyncReport]]]
        flying = deque()
        failed = False

        def land() -> None:  # wait for the oldest batch on the wire, hand its answers on
            nonlocal failed
            prepared, now, answers = flying.popleft()
            outcome = answers.result()
            if isinstance(outcome, SyncReport):  # failed, already written down
                reports.append(outcome)
                failed = True
            else:
                recording.append(recorder.submit(self._apply, prepared, outcome, now))

        with ThreadPoolExecutor(1, thread_name_prefix="sws-sync-build") as builder, \
                ThreadPoolExecutor(self.in_flight, thread_name_prefix="sws-sync-send") as sender, \
                ThreadPoolExecutor(1, thread_name_prefix="sws-sync-record") as recorder:
            upcoming: Future[_Prepared | None] | None = builder.submit(
                self._prepare, clock(), 0, ignore_backoff)
            for number in range(max_batches):
                assert upcoming is not None
                prepared = upcoming.result()
                if prepared is None:
                    break
                upcoming = None
                if number + 1 < max_batches:
                    upcoming = builder.submit(self._prepare, clock(), prepared.last_seq,
                                              ignore_backoff)
                now = utc_naive(clock())
                flying.append((prepared, now, sender.submit(self._post, prepared, now)))
                # one at a time while a refused batch is being split: isolate the bad item
                while flying and len(flying) >= (
                        self.in_flight if self.batch_size == self.max_batch_size else 1):
                    land()
                if failed:
                    break
            while flying:
                land()
            if upcoming is not None:
                upcoming.result()  # built but not sent: those items stay due
            reports.extend(f.result() for f in recording)
        failures = [r for r in reports if r.failed_batches]
        state = self.counts()
        return SyncReport(sent=sum(r.sent for r in reports),
                          acknowledged=sum(r.acknowledged for r in reports),
                          duplicates=sum(r.duplicates for r in reports),
                          rejected=sum(r.rejected for r in reports),
                          failed_batches=len(failures), pending=state[PENDING] + state[SENT],
                          last_error=failures[-1].last_error if failures else None,
                          received=sum(r.received for r in reports),
                          awaiting_decision=state[RECEIVED])

    def _prepare(self, now: datetime, after_seq: int,
                 ignore_backoff: bool = False) -> _Prepared | None:
        """Pick the next due items after ``after_seq`` and build their bodies.

        Nothing is written here: the attempt is counted with the answer (or the failure) in
        one transaction, so a batch costs the station one durable commit, not two. An item
        built but never answered (the station stopped) is simply due again.
        """
        now = utc_naive(now)
        rows = self.due(now, self.batch_size, after_seq, ignore_backoff=ignore_backoff)
        if not rows:
            return None
        sealer = Sealer(self.identity.central_key)
        prepared = _Prepared(last_seq=rows[-1].seq, refusals=self._refusals)
        for row in rows:
            try:
                prepared.bodies.append(self._body(row, sealer))
                prepared.rows.append(row)
            except SyncError as error:
                prepared.broken.append({
                    "k": row.id, "seq": row.seq, "state": REJECTED, "central_status": None,
                    "central_reason": None, "central_person_id": None, "acked_at": None,
                    "next_attempt_at": None, "last_error": str(error)})
        return prepared

    def _deliver(self, prepared: _Prepared, now: datetime) -> SyncReport:
        """Sign the batch manifest, post it, record the answers in the outbox."""
        now = utc_naive(now)
        answers = self._post(prepared, now)
        return answers if isinstance(answers, SyncReport) else self._apply(prepared, answers,
                                                                           now)

    def _post(self, prepared: _Prepared, now: datetime) -> list[dict[str, Any]] | SyncReport:
        """Sign and post one batch: the centre's answers, or the report of a failure (whose
        consequences, backoff or rejection, are already written to the outbox)."""
        built, broken = prepared.rows, prepared.broken
        try:
            answers: list[dict[str, Any]] = []
            if built:
                manifest, signature = sign_batch(prepared.bodies, self.identity.station_id,
                                                 self.identity.signing_key)
                answers = self.client.post_batch(manifest, signature, prepared.bodies)
        except CentralRefused as error:
            return self._refused(prepared, now, error)
        except CentralUnreachable as error:
            self._retry_later(built, now, str(error))
            self._record(broken)
            return SyncReport(sent=0, acknowledged=0, duplicates=0, rejected=len(broken),
                              failed_batches=1, pending=len(built), last_error=str(error))
        if prepared.refusals == self._refusals:  # not one built before a later refusal
            self.batch_size = min(self.max_batch_size, self.batch_size * 2)
        return answers

    def _apply(self, prepared: _Prepared, answers: list[dict[str, Any]],
               now: datetime) -> SyncReport:
        """Write the centre's answers to one delivered batch into the outbox."""
        built, broken = prepared.rows, prepared.broken
        updates = list(broken)
        tally = {ACKED: 0, RECEIVED: 0, DUPLICATE: 0, REJECTED: len(broken)}
        delivered: list[int] = []  # items with templates whose delivery is over
        for row, answer in zip(built, answers, strict=True):
            update = self._outcome(row, answer, now)
            updates.append(update)
            if update["state"] in tally:
                tally[update["state"]] += 1
            if (update["state"] in FINAL_STATES and row.kind in BIOMETRIC_KINDS
                    and row.sealed_biometrics is not None):
                delivered.append(int(row.seq))
        self._record(updates, delivered=delivered)
        return SyncReport(sent=len(built), acknowledged=tally[ACKED] + tally[RECEIVED],
                          duplicates=tally[DUPLICATE], rejected=tally[REJECTED],
                          failed_batches=0, pending=0, received=tally[RECEIVED])

    def release_station_holds(self, now: datetime) -> int:
        """Make due at once the items held back only because the centre refused this
        station (unknown, pending, revoked or expired registration); returns how many.

        Called when the centre's master data says the station is active and unexpired again
        (approved, re-approved or renewed), so that a renewal is followed by delivery at the
        next round rather than by what is left of up to an hour of backoff.
        """
        c = self.table.c
        with self.engine.begin() as conn:
            result = conn.execute(
                sa.update(self.table)
                .where(c.state == SENT, c.central_reason.in_(sorted(RETRYABLE_REASONS)),
                       c.next_attempt_at > utc_naive(now))
                .values(next_attempt_at=None))
        return int(result.rowcount or 0)

    def pending(self) -> int:
        """Items still waiting for the centre's answer."""
        with self.engine.connect() as conn:
            state = counts(conn, self.table)
        return state[PENDING] + state[SENT]

    def counts(self) -> dict[str, int]:
        """Items per state."""
        with self.engine.connect() as conn:
            return counts(conn, self.table)

    # -- pulling ----------------------------------------------------------------------------

    def pull_statuses(self, now: datetime, *, limit: int = 1000) -> int:
        """Refresh items whose final status may have come: ``received`` ones (the centre's
        dedup stage decides them) and suspected duplicates (adjudication may have decided).

        Returns how many changed: to ``acked``, ``duplicate`` (held for adjudication) or
        ``rejected`` (the same person as someone already enrolled), or back to ``sent`` (due
        again) for a received item the centre does not know any more. Up to ``limit`` items
        per request, oldest first, until every such item was asked once.
        """
        c = self.table.c
        with self.engine.connect() as conn:
            held = {str(item): str(state) for item, state in conn.execute(
                sa.select(c.id, c.state).where(c.state.in_(PULLED_STATES)).order_by(c.seq))}
        ids = list(held)
        changed = 0
        for start in range(0, len(ids), limit):
            changed += self._pull(ids[start:start + limit], held, now)
        return changed

    def _pull(self, ids: list[str], held: dict[str, str], now: datetime) -> int:
        updates = []
        answered = set()
        for answer in self.client.statuses(ids):
            answered.add(str(answer.get("id")))
            state = {**_STATE_OF, "rejected": REJECTED}.get(str(answer.get("status")))
            if state is not None and state != held.get(str(answer.get("id"))):
                updates.append({"k": answer["id"], "state": state,
                                "central_status": answer.get("status"),
                                "central_reason": answer.get("reason"),
                                "central_person_id": answer.get("person_id"),
                                "acked_at": utc_naive(now), "next_attempt_at": None,
                                "last_error": None})
        # a received item the centre no longer knows (its database restored from an older
        # backup, say) is sent again: replays are harmless, a lost record is not
        lost = [i for i in ids if i not in answered and held.get(i) == RECEIVED]
        if lost:
            log.warning("%d received items unknown to the centre: sending them again", len(lost))
        updates += [{"k": i, "state": SENT, "central_status": None, "central_reason": None,
                     "central_person_id": None, "acked_at": None, "next_attempt_at": None,
                     "last_error": "the centre no longer knows this item"} for i in lost]
        self._record(updates, attempt=False)
        return len(updates)

    def pull_revocations(self, since: int) -> dict[str, Any]:
        """The centre's revocation list after position ``since`` (cards and stations)."""
        return self.client.revocations(since)

    # -- internals --------------------------------------------------------------------------

    def _body(self, row: sa.Row[Any], sealer: Sealer) -> bytes:
        # one unpacking (the column order of ``due``): a Row's attribute lookups cost more
        seq, item_id, kind, record_id, payload, sealed, created_at, _ = tuple(row)
        biometrics = None
        if sealed is not None:
            try:
                biometrics = self.unseal(sealed)
            except Exception as error:  # the station's cipher: any failure is this item's
                raise SyncError(f"the sealed biometrics of item {item_id} cannot be "
                                "unsealed") from error
        return build_body(
            packet_id=item_id, station_id=self.identity.station_id, seq=seq,
            kind=kind, record_id=record_id, created_at=created_at.isoformat() + "Z",
            payload_bytes=payload, biometrics=biometrics, sealer=sealer, epoch=self.epoch,
        )

    def _outcome(self, row: sa.Row[Any], answer: dict[str, Any], now: datetime
                 ) -> dict[str, Any]:
        status, reason = str(answer.get("status")), answer.get("reason")
        base = {"k": row.id, "seq": row.seq, "central_status": status, "central_reason": reason,
                "central_person_id": answer.get("person_id"), "last_error": None}
        if answer.get("id") not in (row.id, None):
            status, reason = "mismatch", "the answer names another packet"
        if status in _STATE_OF:
            return {**base, "state": _STATE_OF[status], "acked_at": now,
                    "next_attempt_at": None}
        if (status == "rejected" and reason in RETRYABLE_REASONS) or status == "mismatch":
            delay = self.backoff.delay(row.attempts + 1, self.rng)
            return {**base, "state": SENT, "acked_at": None, "last_error": reason,
                    "next_attempt_at": now + timedelta(seconds=delay)}
        log.warning("item %s refused by the centre: %s %s", row.id, status, reason)
        return {**base, "state": REJECTED, "acked_at": now, "next_attempt_at": None,
                "last_error": f"{status}: {reason}"}

    def _refused(self, prepared: _Prepared, now: datetime, error: CentralRefused) -> SyncReport:
        """The centre refused a whole batch (4xx): find the item it cannot take.

        A batch of several items is retried at once in halves (the batch size shrinks for
        this uploader); a single refused item is rejected for good with the centre's reason,
        so one bad item never holds the others back.
        """
        built, updates = prepared.rows, list(prepared.broken)
        rejected = len(updates)
        self._refusals += 1
        if len(built) == 1:
            updates.append({"k": built[0].id, "seq": built[0].seq, "state": REJECTED,
                            "central_status": None,
                            "central_reason": error.detail[:500] or None,
                            "central_person_id": None, "acked_at": now,
                            "next_attempt_at": None, "last_error": str(error)[:500]})
            rejected += 1
        else:
            self.batch_size = max(1, len(built) // 2)
        self._record(updates)
        return SyncReport(sent=0, acknowledged=0, duplicates=0, rejected=rejected,
                          failed_batches=1, pending=len(built) - (len(built) == 1),
                          last_error=str(error))

    def _drop_erased(self, conn: sa.Connection, positions: list[int]) -> int:
        """Clear the templates of the items at ``positions`` (answered: never sent again)
        whose person's fingerprints were erased, after they were queued, while they were on
        their way (an erasure queued later than the item: prints added again after an
        erasure stay).

        An erasure keeps the templates of an item already sent without an answer: it
        must go again exactly as first sent, or the centre would refuse the same id with
        other content. Once it is answered nothing needs them, and the person asked for
        them to go. Costs one indexed look per batch while no erasure was ever recorded.
        """
        c = self.table.c
        if conn.execute(sa.select(c.seq).where(c.kind == ERASURE).limit(1)).first() is None:
            return 0
        erased = self.table.alias("erased")
        later = sa.exists().where(erased.c.kind == ERASURE,
                                  erased.c.record_id == c.record_id, erased.c.seq > c.seq)
        return int(conn.execute(
            self.table.update()
            .where(c.seq.in_(positions), c.sealed_biometrics.is_not(None), later)
            .values(sealed_biometrics=None)).rowcount or 0)

    def _record_sqlite(self, conn: sa.Connection, updates: list[dict[str, Any]],
                       step: int) -> None:
        """:meth:`_record` on SQLite: items given the same answer (a batch answered
        ``received``: every field but the id alike) in one statement over their positions
        (``seq``, the rowid: half the database's work of one statement per item, and no
        parameters per item); the others in one ``executemany``."""
        stamp = self.table.c.acked_at.type.bind_processor(conn.dialect)
        when = stamp if stamp is not None else (lambda value: value)
        alike: dict[tuple[Any, ...], list[int]] = {}
        alone: list[tuple[Any, ...]] = []
        for u in updates:
            answer = (u["state"], u["central_status"], u["central_reason"],
                      u["central_person_id"], when(u["acked_at"]), when(u["next_attempt_at"]),
                      u["last_error"])
            if "seq" in u:
                alike.setdefault(answer, []).append(u["seq"])
            else:
                alone.append((*answer, u["k"], *OPEN_STATES))
        table = self.table.name
        for answer, positions in alike.items():
            if len(positions) > 1:
                conn.exec_driver_sql(_RECORD_MANY_SQL.format(table=table, step=step),
                                     (*answer, json.dumps(positions), *OPEN_STATES))
        singles = [(*answer, positions[0], *OPEN_STATES)
                   for answer, positions in alike.items() if len(positions) == 1]
        if singles:  # answers of their own (an accepted item's person id): one executemany
            conn.exec_driver_sql(_RECORD_ONE_SQL.format(table=table, step=step), singles)
        if alone:
            conn.exec_driver_sql(_RECORD_SQL.format(table=table, step=step), alone)

    def _retry_later(self, rows: list[sa.Row[Any]], now: datetime, error: str) -> None:
        self._record([
            {"k": r.id, "seq": r.seq, "state": SENT, "central_status": None,
             "central_reason": None,
             "central_person_id": None, "acked_at": None, "last_error": error[:500],
             "next_attempt_at": now + timedelta(
                 seconds=self.backoff.delay(r.attempts + 1, self.rng))}
            for r in rows
        ])

    def _record(self, updates: list[dict[str, Any]], *, attempt: bool = True,
                delivered: list[int] | None = None) -> None:
        """Write answers (one dict per item, keyed ``k`` = item id, with ``seq`` = its
        position where known) to open items only; ``attempt`` counts a delivery attempt
        for each. ``delivered``: the positions of enrolments whose templates just ended
        their delivery (:meth:`_drop_erased`, in the same transaction)."""
        if not updates:
            return
        step = 1 if attempt else 0
        with self.engine.begin() as conn:
            if delivered:
                self._drop_erased(conn, delivered)
            if conn.dialect.paramstyle == "qmark":  # SQLite: plain tuples
                self._record_sqlite(conn, updates, step)
                return
            c = self.table.c
            statement = (
                self.table.update()
                .where(c.id == sa.bindparam("k"))
                .where(sa.or_(*(c.state == s for s in OPEN_STATES)))
                .values(state=sa.bindparam("state"), attempts=c.attempts + step,
                        central_status=sa.bindparam("central_status"),
                        central_reason=sa.bindparam("central_reason"),
                        central_person_id=sa.bindparam("central_person_id"),
                        acked_at=sa.bindparam("acked_at"),
                        next_attempt_at=sa.bindparam("next_attempt_at"),
                        last_error=sa.bindparam("last_error"))
            )
            conn.execute(statement, updates)

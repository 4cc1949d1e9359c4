"""The centre's dedup stage as a background thread: ``received`` enrolments -> final status.

Uploads only store and acknowledge packets (:mod:`sync.central.ingest`); this worker takes the
enrolments they left ``received``, in arrival order, and runs the 1:N decision on them
(:meth:`~sync.central.ingest.Ingest.process_pending`). It wakes when an upload stored
enrolments, and every ``idle_s`` seconds anyway (another process may have left work, or an
earlier attempt failed). Stations learn the outcome when they pull statuses.

Uploads come first: before each chunk the worker waits while an upload is under way, at most
``defer_s`` seconds (a station waits for its answer; nobody waits for a chunk, and on a few
cores the two compete for the interpreter and for PostgreSQL). Between uploads, and as soon
as they stop, it decides at full speed; under uploads that never pause it still takes a chunk
every ``defer_s`` seconds, so decisions never stop.

A chunk is sized for the 1:N engine (:meth:`DedupWorker.for_engine`): a few enrolments with
the Gallery; with the hash lookup (``exact``) 100 while uploads keep coming, growing to a
station's whole batch (500) once they pause.

References
----------
MOSIP registration processor: the packet receiver acknowledges, stages deduplicate later.
"""

from __future__ import annotations

import logging
import threading

import sqlalchemy as sa

from sync.central.ingest import Ingest

log = logging.getLogger("sync.central")


class DedupWorker:
    """Runs :meth:`Ingest.process_pending` in a daemon thread until :meth:`stop`."""

    def __init__(self, ingest: Ingest, *, chunk: int = 100, busy_chunk: int | None = None,
                 idle_s: float = 1.0, defer_s: float = 0.5) -> None:
        self.ingest = ingest
        #: enrolments a chunk decides at most; ``busy_chunk`` while uploads keep coming
        self.chunk = chunk
        self.busy_chunk = chunk if busy_chunk is None else busy_chunk
        self.idle_s = idle_s
        self.defer_s = defer_s
        #: chunks put off because an upload was under way, and of those, chunks taken
        #: while one still was (``defer_s`` ran out)
        self.deferred = self.overtaken = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._uploads_seen = ingest.uploads_started
        self._size = self.chunk  # the last chunk's size (none yet: a start after a restart)
        self._failures = 0  # chunks failed in a row (the outage under way, if any)

    @classmethod
    def for_engine(cls, ingest: Ingest, dedup: str) -> DedupWorker:
        """The worker for the 1:N engine called ``dedup``, its chunks sized for it.

        10 with the Gallery (0.15-0.6 s an enrolment): the gallery lock, which an
        adjudication decision also needs, is held a few seconds at most, and decisions reach
        stations chunk by chunk. With the hash lookup (``exact``) a chunk's fixed work (the
        lookups by id, the status statement, the commit: 2-3 ms) dominates: measured
        in-process on 10,000 enrolments, chunks of 100 cost 60-70 µs of CPU a record here and
        50-60 in PostgreSQL, chunks of 500 (a station's largest batch) 41-49 and 40-57, little
        more to gain beyond (1000: 36 and 49). But a chunk of 500 taken between two uploads
        of a sync holds the interpreter and PostgreSQL 40-100 ms while the next upload waits
        (delivery measured slower), so chunks are 100 while uploads keep coming and grow to
        500 once they pause (:meth:`next_chunk`): a catch-up after the sync at full stride,
        the first decisions of a backlog a few tens of milliseconds later (stations pull
        them minutes later anyway).
        """
        if dedup == "gallery":
            return cls(ingest, chunk=10)
        return cls(ingest, chunk=500, busy_chunk=100)

    def next_chunk(self) -> int:
        """The size of the next chunk: :attr:`busy_chunk` if an upload is under way or
        started since the last chunk was sized; otherwise twice the last one, up to
        :attr:`chunk`. A quiet moment between two uploads of a sync is not yet a pause: the
        chunk grows only while uploads stay away chunk after chunk."""
        started = self.ingest.uploads_started
        busy = started != self._uploads_seen or self.ingest.uploads_under_way() > 0
        self._uploads_seen = started
        self._size = self.busy_chunk if busy else min(self.chunk, 2 * self._size)
        return self._size

    def start(self) -> None:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="sws-central-dedup",
                                            daemon=True)
            self._thread.start()

    def stop(self, timeout_s: float = 30.0) -> None:
        """Ask the thread to stop after its current chunk and wait for it."""
        self._stop.set()
        self.ingest.arrived.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            self.ingest.arrived.clear()
            if self.ingest.uploads_under_way():
                self.deferred += 1
                if not self.ingest.wait_for_uploads(self.defer_s):
                    self.overtaken += 1
            decided = self.step()
            if not decided:
                self.ingest.arrived.wait(self.idle_s)

    def step(self) -> int:
        """Decide one chunk; return how many were decided (0 when it failed).

        A failure is logged once when it starts (one line for a database that cannot be
        reached, a traceback for anything else) and once when a chunk runs again, as
        services say an outage: not a traceback on every retry while it lasts."""
        try:
            decided = self.ingest.process_pending(self.next_chunk())
        except sa.exc.OperationalError as error:  # the database is down or gone
            if not self._failures:
                log.warning("dedup stage paused: the central database cannot be reached "
                            "(%s); trying again every %g s", _first_line(error), self.idle_s)
            self._failures += 1
            return 0
        except Exception:  # anything else is a fault: its traceback, once
            if not self._failures:
                log.exception("dedup stage failed; trying again every %g s", self.idle_s)
            self._failures += 1
            return 0
        if self._failures:
            log.warning("dedup stage running again after %d failed attempt(s)",
                        self._failures)
            self._failures = 0
        return decided


def _first_line(error: sa.exc.OperationalError) -> str:
    """The driver's own reason, without SQLAlchemy's statement and parameters."""
    text = str(error.orig or error).strip()
    return text.splitlines()[0] if text else type(error).__name__

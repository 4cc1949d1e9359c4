"""The centre's dedup stage as a background thread: ``received`` enrolments -> final status.

Uploads only store and acknowledge packets (:mod:`sync.central.ingest`); this worker takes the
enrolments they left ``received``, in arrival order, and runs the 1:N decision on them
(:meth:`~sync.central.ingest.Ingest.process_pending`). It wakes when an upload stored
enrolments, and every ``idle_s`` seconds anyway (another process may have left work, or an
earlier attempt failed). Stations learn the outcome when they pull statuses.

References
----------
MOSIP registration processor: the packet receiver acknowledges, stages deduplicate later.
"""

from __future__ import annotations

import logging
import threading

from sync.central.ingest import Ingest

log = logging.getLogger("sync.central")


class DedupWorker:
    """Runs :meth:`Ingest.process_pending` in a daemon thread until :meth:`stop`."""

    def __init__(self, ingest: Ingest, *, chunk: int = 100, idle_s: float = 1.0) -> None:
        self.ingest = ingest
        self.chunk = chunk
        self.idle_s = idle_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

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
            try:
                decided = self.ingest.process_pending(self.chunk)
            except Exception:  # the database went away, say: log, wait, try again
                log.exception("dedup stage failed; retrying")
                decided = 0
            if not decided:
                self.ingest.arrived.wait(self.idle_s)

"""A background sync worker the GUI runs in a thread (or any long-running station process).

It syncs, pulls statuses and the revocation list, then sleeps until the next round or until
:meth:`SyncWorker.wake` (e.g. right after an enrolment). Errors never escape the thread: each
round's :class:`~sync.uploader.SyncReport` (with ``last_error``) goes to ``on_report``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sync import lock, registration, restored, revocations
from sync.errors import CentralUnreachable, SyncBusy, SyncError
from sync.uploader import SyncReport, Uploader

log = logging.getLogger("sync.worker")


class SyncWorker:
    """Runs ``uploader`` every ``interval_s`` seconds in a daemon thread."""

    def __init__(
        self,
        uploader: Uploader,
        clock: Callable[[], datetime],
        *,
        interval_s: float = 30.0,
        on_report: Callable[[SyncReport], None] | None = None,
        on_revocations: Callable[[dict[str, Any]], None] | None = None,
        on_master_data: Callable[[dict[str, Any]], None] | None = None,
        have_gazetteer: Callable[[], str] | None = None,
        signer: Callable[[], registration.SignerBinding | None] | None = None,
        time_zone: str | None = None,
        revocations_since: int = 0,
        revocations_file: Path | None = None,
        registration_file: Path | None = None,
        lock_file: Path | None = None,
        reapply: restored.Reapply | None = None,
    ) -> None:
        self.uploader = uploader
        self.clock = clock
        self.interval_s = interval_s
        self.on_report = on_report
        self.on_revocations = on_revocations
        self.on_master_data = on_master_data
        #: the digest of the list of places the station keeps, so the centre sends its list
        #: only when it differs (``CentralClient.master_data``); None never asks for it
        self.have_gazetteer = have_gazetteer
        #: this station's card signer bound to it (``sync.registration.SignerBinding``),
        #: declared to the centre when its master data does not list it; None declares none
        self.signer = signer
        #: the office's time zone (IANA name, ``sync.registration.zone_name``), said to the
        #: centre when its master data holds another (its reports count this station's
        #: records on the office's days); None says nothing
        self.time_zone = time_zone
        self._zone_refused: str | None = None  # the last refusal, warned of once
        #: the zone last found on record at the centre, or said and taken (None: not yet)
        self._zone_settled: str | None = None
        self.revocations_since = revocations_since
        #: where the national list is kept (``sync.revocations``): pulled after its stored
        #: position and saved each round, so card checks can read it; None keeps nothing
        self.revocations_file = revocations_file
        #: where this station's registration standing is kept (``sync.registration``: status
        #: and expiry, for the supervisor page); by default beside the revocation list, in
        #: the station's config folder; None (and no revocation file) keeps nothing
        self.registration_file = registration_file or (
            revocations_file.with_name(registration.FILE_NAME)
            if revocations_file is not None else None)
        #: the station's sync lock (``sync.lock``), shared with ``sws sync``: a round skips
        #: while another sync of this station runs; by default beside the revocation list
        #: (the station's config folder); None (and no revocation file) takes no lock
        self.lock_file = lock_file or (
            revocations_file.with_name(lock.FILE_NAME)
            if revocations_file is not None else None)
        #: the marker ``sws db restore`` leaves (``sync.restored``): a restored station
        #: announces itself before sending anything; by default in the config folder too
        self.restore_file = (revocations_file.with_name(restored.FILE_NAME)
                             if revocations_file is not None else None)
        #: what a restored station applies again once its restore is announced (the
        #: station's fingerprint erasures the backup predates, ``sync.restored``)
        self.reapply = reapply
        self.last_report: SyncReport | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._present: int | None = None  # the presence lock's descriptor while running

    def start(self) -> None:
        if self._thread is None:
            if self.lock_file is not None and self._present is None:
                # held until stop(): a restore of this place is refused while we run
                with contextlib.suppress(SyncBusy):  # a restore running: rounds skip
                    self._present = lock.present(self.lock_file.with_name(lock.WORKER_FILE))
            self._thread = threading.Thread(target=self._run, name="sws-sync", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        """Sync now rather than at the next interval."""
        self._wake.set()

    def stop(self, timeout_s: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None
        if self._present is not None:
            os.close(self._present)
            self._present = None

    def run_round(self) -> SyncReport:
        """One round: deliver, refresh statuses, pull revocations and master data (to the
        callbacks). Never raises :class:`SyncError`. While another sync of this station runs
        (``sws sync`` in a terminal), the round sends nothing and its report says so."""
        if self.lock_file is None:
            return self._round()
        try:
            with lock.exclusive(self.lock_file):
                return self._round()
        except SyncBusy as busy:
            log.info("sync round skipped: %s", busy)
            return self._nothing_sent(str(busy), failed=False)

    def _nothing_sent(self, why: str, *, failed: bool = True) -> SyncReport:
        """A round that sent nothing, and ``why`` (a failed batch unless another sync ran),
        kept and reported as any round's report is."""
        report = SyncReport(sent=0, acknowledged=0, duplicates=0, rejected=0,
                            failed_batches=int(failed), pending=self.uploader.pending(),
                            last_error=why)
        self.last_report = report
        if self.on_report is not None:
            self.on_report(report)
        return report

    def _round(self) -> SyncReport:
        held = None
        if self.restore_file is not None:
            try:
                held = restored.resume(self.uploader, self.restore_file, self.clock,
                                       reapply=self.reapply)
            except SyncError as error:
                held = str(error)
        if held is not None:  # a restored station the centre has not heard from yet
            log.info("sync round: %s", held)
            return self._nothing_sent(held)
        silent = self._say_zone_first()
        if silent is not None:  # the upload would wait out a second timeout for nothing
            return self._nothing_sent(silent)
        report = self.uploader.sync(self.clock)
        if report.failed_batches == 0:
            try:
                self.uploader.pull_statuses(self.clock())
                if self.revocations_file is not None:
                    kept = revocations.load(self.revocations_file)
                    self.revocations_since = max(self.revocations_since, kept.next)
                listing = self.uploader.pull_revocations(self.revocations_since)
                if self.revocations_file is not None:
                    kept.merge(listing)
                    revocations.save(self.revocations_file, kept)
                if self.on_revocations is not None:
                    self.on_revocations(listing)
                self.revocations_since = int(listing.get("next", self.revocations_since))
                # master data: this station's standing, places, programmes
                have = self.have_gazetteer() if self.have_gazetteer is not None else None
                master = self.uploader.client.master_data(have)
                standing = registration.from_master_data(
                    master, self.uploader.identity.station_id, self.clock())
                if self.registration_file is not None:
                    registration.save(self.registration_file, standing)
                if (standing.status == "active" and not standing.expired
                        and self.uploader.release_station_holds(self.clock())):
                    # approved or renewed since the centre refused us: deliver now
                    report = self.uploader.sync(self.clock)
                if self.on_master_data is not None:
                    self.on_master_data(master)
                if self.signer is not None:
                    self._declare_signer(master)
                self._declare_time_zone(master)
            except SyncError as error:
                log.info("status or revocation pull failed: %s", error)
        self.last_report = report
        if self.on_report is not None:
            self.on_report(report)
        return report

    def _declare_signer(self, master: dict[str, Any]) -> None:
        """Put this station's card signer on record at the centre if it lacks it."""
        assert self.signer is not None
        try:
            registration.declare_signer(self.uploader.client, master,
                                        self.uploader.identity.station_id, self.signer())
        except SyncError as error:
            log.warning("the central registry did not take this station's card signer: %s",
                        error)

    def _say_zone_first(self) -> str | None:
        """Say the office's zone before the records waiting go up, while this worker has not
        seen it on record at the centre (the centre dates each record in the zone it holds
        when it stores it: said after the upload, the waiting records kept the old zone's
        days for good). One master-data pull, only in a round that sends records (none
        while they wait out a backoff) and once a zone, unless the centre refused it (then
        said again after the upload of every round, as before). Returns why the centre
        could not be reached (down, or silent past the client's timeout): the round then
        sends nothing; None otherwise."""
        if (self.time_zone is None or self._zone_settled == self.time_zone
                or self._zone_refused is not None
                or not self.uploader.due(self.clock(), 1)):  # none goes up this round
            return None
        try:
            master = self.uploader.client.master_data()
        except CentralUnreachable as error:
            if error.status_code is None:  # no answer at all (a 5xx: the upload may pass)
                log.info("sync round: %s", error)
                return str(error)
            log.info("master data not pulled before the upload: %s", error)
            return None
        except SyncError as error:  # the upload meets the same and says it
            log.info("master data not pulled before the upload: %s", error)
            return None
        self._declare_time_zone(master)
        return None

    def _declare_time_zone(self, master: dict[str, Any]) -> None:
        """Put the office's time zone on record at the centre if it holds another. A
        refusal is said again every round (the centre's tzdata may have caught up), but
        logged as a warning only when it first comes, not every round."""
        try:
            registration.declare_time_zone(self.uploader.client, master,
                                           self.uploader.identity.station_id,
                                           self.uploader.identity.signing_key, self.time_zone)
        except SyncError as error:
            said = str(error)
            log.log(logging.INFO if said == self._zone_refused else logging.WARNING,
                    "the central registry did not take this office's time zone: %s", said)
            self._zone_refused = said
        else:
            self._zone_refused = None
            self._zone_settled = self.time_zone

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_round()
            except Exception:  # the thread must survive a broken database or callback
                log.exception("sync round failed")
            self._wake.wait(self.interval_s)
            self._wake.clear()

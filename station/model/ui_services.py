"""The station's services as the window calls them: one thin façade over ``station.model``.

Each method delegates to the service module that owns the logic (operators, enrolment,
persons, search, integrity...) and passes the station, the operator and the time. Views get
this object from the :class:`~station.model.ui_context.StationContext` and never reach into
the registry themselves. Every method may be called from a worker thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station.capture.base import Finger
from station.errors import StationError
from station.model import ui_lookup

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CardSigning:
    """The issuing keys' standing: a card never outlives the certificates that sign it."""

    ends: dt.datetime  # the first certificate of the chain to end
    card_until: dt.datetime | None  # a card issued now is valid until then; None: none can be
    cut_short: bool  # that is before a card's normal validity


class StationServices:
    """Delegates to the station's services for one open :class:`station.model.station.Station`."""

    def __init__(self, station: Any, policy: Any = None) -> None:
        self.station = station
        self.policy = policy  # a CapturePolicy; None = the services' default
        self._gazetteer: Any = None
        self._gazetteer_stamp: tuple[int, int] | None = None

    # -- master data ------------------------------------------------------------------------
    def locations(self) -> Any:
        """The station's gazetteer (its own ``locations.json`` in the config folder, else the
        demo one), read again when that file changed: the sync worker keeps the centre's
        newer list there while the window is open."""
        from station.model.locations import load_for_home, station_path

        home = self.station.settings.config_dir
        try:
            found = station_path(home).stat()
            stamp: tuple[int, int] | None = (found.st_mtime_ns, found.st_size)
        except OSError:
            stamp = None
        if self._gazetteer is None or stamp != self._gazetteer_stamp:
            try:
                self._gazetteer = load_for_home(home)
            except StationError as err:
                if self._gazetteer is None:
                    raise
                log.warning("the list of places changed but cannot be read; keeping the "
                            "one in use: %s", err)
            self._gazetteer_stamp = stamp
        return self._gazetteer

    # -- operators --------------------------------------------------------------------------
    def login(self, username: str, password: str, *, now: dt.datetime) -> Any:
        from station.model.operators import login

        return login(self.station, username, password, now=now)

    # -- people -----------------------------------------------------------------------------
    def find_people(self, text: str) -> list[ui_lookup.PersonRow]:
        return ui_lookup.find_people(self.station, text)

    def record_death(self, person_id: str, *, died_on: dt.date, source: str, by: Any,
                     now: dt.datetime) -> Any:
        """Record a registered person's death (``station.model.deaths.record_death``)."""
        from station.model.deaths import record_death

        return record_death(self.station, person_id, died_on=died_on, source=source, by=by,
                            now=now)

    def erase_fingerprints(self, person_id: str, *, asked_by: str, guardian: str | None,
                           by: Any, now: dt.datetime) -> Any:
        """Erase a person's fingerprints at their request (``station.model.erasure``)."""
        from station.model.erasure import erase_fingerprints

        return erase_fingerprints(self.station, person_id, asked_by=asked_by,
                                  guardian=guardian, by=by, now=now)

    def add_fingerprints(self, person_id: str, templates: Mapping[Finger, Any],
                         given_by: str, guardian: str | None, *, operator: Any,
                         now: dt.datetime) -> Any:
        """Add fingerprints to a registered person after the 1:N search, their consent given
        again (``station.model.fingers_added.add_fingerprints``)."""
        from station.model.consent import consent_of
        from station.model.fingers_added import add_fingerprints

        return add_fingerprints(self.station, person_id, templates,
                                consent=consent_of(given_by, guardian), operator=operator,
                                now=now, policy=self.policy)

    def replace_fingerprints(self, person_id: str, templates: Mapping[Finger, Any],
                             check: Mapping[Finger, Any], reason: str, given_by: str,
                             guardian: str | None, *, operator: Any,
                             now: dt.datetime) -> Any:
        """Replace prints on file with new captures, ``check`` showing presence when they are
        too poor to match (``station.model.fingers_replaced.replace_fingerprints``)."""
        from station.model.consent import consent_of
        from station.model.fingers_replaced import replace_fingerprints

        return replace_fingerprints(self.station, person_id, templates, check=check,
                                    reason=reason, consent=consent_of(given_by, guardian),
                                    operator=operator, now=now, policy=self.policy)

    def correct_person(self, person_id: str, changes: Mapping[str, Any], *, reason: str,
                       operator: Any, now: dt.datetime, whole_household: bool = False) -> Any:
        """Correct a registered person's details, the whole household moving with them when
        asked (``station.model.corrections.correct_person``)."""
        from station.model.corrections import correct_person

        return correct_person(self.station, person_id, changes, reason=reason,
                              operator=operator, now=now, whole_household=whole_household)

    def household_of(self, person_id: str) -> ui_lookup.HouseholdView:
        """A person's household: members, living head, village (alone when they have none)."""
        return ui_lookup.household_of(self.station, person_id)

    def change_head(self, household_id: str, new_head_id: str, *,
                    relations: Mapping[str, str], reason: str, operator: Any,
                    now: dt.datetime) -> Any:
        """Another living member heads the household
        (``station.services.household_changes.change_head``)."""
        from station.services.household_changes import change_head

        return change_head(self.station, household_id, new_head_id, relations=relations,
                           reason=reason, operator=operator, now=now)

    def move_members(self, person_ids: list[str], *, reason: str, operator: Any,
                     now: dt.datetime, into: str | None = None, head: str | None = None,
                     relations: Mapping[str, str] | None = None, address: Any = None) -> Any:
        """Members leave their household to start one or join another
        (``station.services.household_changes.move_members``)."""
        from station.services.household_changes import move_members

        return move_members(self.station, person_ids, reason=reason, operator=operator,
                            now=now, into=into, head=head, relations=relations,
                            address=address)

    def consent_on_file(self, person_id: str, now: dt.datetime) -> Any:
        """The person's newest consent and why it is due again on the office's day of
        ``now``, if it is (``station.model.consent.consent_on_file``); NotFound for an
        unknown person."""
        import sqlalchemy as sa

        from station.errors import UnknownPerson
        from station.model.consent import consent_on_file
        from station.registry.models import Person

        with self.station.reading() as session:
            born = session.scalar(sa.select(Person.birth_date).where(Person.id == person_id))
            if born is None:
                raise UnknownPerson(person_id)
            return consent_on_file(session, person_id, born,
                                   self.station.settings.today(now))

    def give_person_record(self, person_id: str, *, operator: Any, now: dt.datetime,
                           language: str, localise: Any) -> Any:
        """Write what the registry holds about the person as a PDF in ``language`` (the
        desk's words: ``localise``) and record it given
        (``station.services.own_record.give_person_record``)."""
        from station.services.own_record import give_person_record

        return give_person_record(self.station, person_id, by=operator, now=now,
                                  language=language, localise=localise)

    def record_consent(self, person_id: str, given_by: str, guardian: str | None, *,
                       operator: Any, now: dt.datetime) -> Any:
        """Record the consent given again after the notice in force
        (``station.model.reconsent.record_consent``)."""
        from station.model.consent import consent_of
        from station.model.reconsent import record_consent

        return record_consent(self.station, person_id, consent_of(given_by, guardian),
                              operator=operator, now=now)

    def person(self, person_id: str) -> dict[str, Any]:
        from station.model.persons import get_person

        return get_person(self.station, person_id)

    def receipt_record(self, person_id: str) -> dict[str, Any]:
        """The person's record (:meth:`person`) with the consent on file (the receipt's)."""
        from station.model.ui_receipt import with_consent

        return with_consent(self.station, self.person(person_id))

    def enrol(self, demographics: Any, templates: Mapping[Finger, Any], *, operator: Any,
              now: dt.datetime, new_household: bool,
              missing: Mapping[Finger, str] | None = None) -> Any:
        """Enrolled, or NeedsAdjudication with the candidates (nothing about the person
        written). ``missing``: the fingers declared not available, with their reasons."""
        from station.model.enrolment import enrol

        return enrol(self.station, demographics, dict(templates), operator=operator, now=now,
                     policy=self.policy, new_household=new_household, missing=missing)

    def stored_template(self, person_id: str, finger: int) -> Any | None:
        """A registered person's template of one finger (decrypted in memory), for the
        side-by-side comparison during adjudication; None when that finger is not stored."""
        import sqlalchemy as sa

        from station.model.biometrics import decode_template
        from station.registry.crypto import fingerprint_aad
        from station.registry.models import Fingerprint

        with self.station.reading() as session:
            sealed = session.scalar(sa.select(Fingerprint.template_sealed).where(
                Fingerprint.person_id == person_id, Fingerprint.position == int(finger)))
        if sealed is None:
            return None
        record = self.station.cipher.open(sealed, fingerprint_aad(person_id, int(finger)))
        return decode_template(record)

    def warm_gallery(self) -> None:
        """Load the 1:N gallery now (after sign-in) so the first duplicate check is quick."""
        _ = self.station.gallery

    # -- supervisor and auditor ---------------------------------------------------------------
    def coverage(self, *, today: dt.date) -> ui_lookup.Coverage:
        return ui_lookup.coverage(self.station, today=today)

    def audit_events(self, flt: Any, *, by: Any) -> list[Any]:
        """Audit events for an auditor or supervisor (``audit_log.read_events``)."""
        from station.model.audit_log import read_events

        return read_events(self.station, flt, by=by)

    def audit_chain_fault(self) -> Any:
        """Why the audit hash chain does not verify (``AuditChainBroken``), or None: a listing
        read from a tampered log says so, as ``sws audit log`` does."""
        from station.model.audit_log import chain_fault

        return chain_fault(self.station)

    def check_registry(self, *, deep: bool = False) -> Any:
        from station.model.integrity import check

        return check(self.station, deep=deep)

    # -- adjudication -------------------------------------------------------------------------
    def open_cases(self, status: str | None = "open") -> list[Any]:
        from station.model.adjudication import list_cases

        return list_cases(self.station, status=status)

    def decide(self, case_id: str, decision: str, *, by: Any, now: dt.datetime,
               matched_person_id: str | None = None, note: str | None = None) -> Any:
        """The clerk's decision: ``duplicate`` (naming the candidate) or ``not_duplicate``."""
        from station.model.adjudication import decide

        return decide(self.station, case_id, decision, by=by, now=now,
                      matched_person_id=matched_person_id, note=note)

    def case_prints(self, case_id: str, *, by: Any, now: dt.datetime) -> Any:
        """Both sides of a case (applicant's held prints, candidates' registered ones)."""
        from station.model.adjudication import case_prints

        return case_prints(self.station, case_id, by=by, now=now)

    def approve(self, case_id: str, *, by: Any, approved: bool, now: dt.datetime) -> Any:
        """A supervisor approves (or sends back) a decided case; may register the applicant."""
        from station.model.adjudication import approve

        return approve(self.station, case_id, by=by, approved=approved, now=now,
                       policy=self.policy)

    # -- sync -------------------------------------------------------------------------------
    def outbox_counts(self) -> dict[str, int]:
        """Outbox items by state (pending, sent, acknowledged...): the sync queue."""
        from station.registry.base import OUTBOX
        from sync.outbox import counts

        with self.station.reading() as session:
            return counts(session, OUTBOX)

    def oldest_waiting(self) -> dt.date | None:
        """The office's date the oldest record not yet taken by the centre (pending or sent)
        was queued on: since when records wait here. None when none waits."""
        import sqlalchemy as sa

        from station.registry.base import OUTBOX
        from sync.outbox import PENDING, SENT

        with self.station.reading() as session:
            first = session.scalar(sa.select(sa.func.min(OUTBOX.c.created_at))
                                   .where(OUTBOX.c.state.in_((PENDING, SENT))))
        return None if first is None else self.station.settings.today(first)

    def supervisor_notices(self, clock: Any = None) -> Any:
        """What the supervisor must act on (``ui_supervisor.Notices``): cards to revoke, a
        lost packet-signing key, and a clock off the centre's (``clock``: the window's
        ``ui_supervisor.CentreClock``, None when it does not sync)."""
        from station.model.ui_supervisor import supervisor_notices

        return supervisor_notices(self.station, clock)

    # -- backup -----------------------------------------------------------------------------
    def backup(self, out: Any, passphrase: str, *, by: Any, now: dt.datetime) -> Any:
        """The whole station to one encrypted file (``station.model.backup``; supervisors)."""
        from station.model.backup import backup_station

        return backup_station(self.station, out, passphrase, by=by, now=now)

    def last_backup(self) -> dt.datetime | None:
        """When the station was last backed up (None: never)."""
        from station.model.backup import last_backup

        return last_backup(self.station)

    # -- cards ------------------------------------------------------------------------------
    def card_signing(self, now: dt.datetime) -> CardSigning | None:
        """Until when the card-signing certificates run and what that leaves a card issued
        at ``now``; None when this station has no issuing keys (or they cannot be read:
        issuing says why)."""
        import cardio
        from cardio.errors import PkiError

        try:
            pki = cardio.Pki.load(self.station.settings.issuing_dir)
        except PkiError:
            return None
        try:
            until = cardio.card_expiry(pki, now, cardio.CARD_VALIDITY)
        except PkiError:
            return CardSigning(pki.valid_until, None, True)
        return CardSigning(pki.valid_until, until, until < now + cardio.CARD_VALIDITY)

    def install_signing_keys(self, folder: Path, *, by: Any, now: dt.datetime) -> Any:
        """Check and install new card-signing certificates (``signing_keys``)."""
        from station.model.signing_keys import install_signing_keys

        return install_signing_keys(self.station, folder, by=by, now=now)

    def revoke_card(self, serial: str, *, reason: str, by: Any, now: dt.datetime) -> Any:
        """Revoke a card (supervisors) and re-sign the office's revocation list, as
        `sws card revoke` does (``station.model.cards.set_status``)."""
        from station.model.cards import set_status

        return set_status(self.station, serial, "revoked", reason=reason, by=by, now=now)

    def issue_card(self, person_id: str, *, reader: str | None, operator: Any,
                   now: dt.datetime, verifier: Any = None, progress: Any = None) -> Any:
        """Write, read back, verify and record a card (see ``ui_cards.issue_card``)."""
        import os

        from station.model.ui_cards import DEFAULT_PIN, issue_card

        return issue_card(self.station, person_id, reader=reader, operator=operator, now=now,
                          verifier=verifier, pin=os.environ.get("SWS_CARD_PIN", DEFAULT_PIN),
                          progress=progress)

    def record_visit(self, outcome: Any, *, facility: str, operator: Any, now: dt.datetime,
                     finger_check: Any = None, repeat: bool = False) -> str:
        """A hospital visit on a verified card, audited and queued for the centre
        (``repeat``: a second one that office day, which the operator confirmed)."""
        from station.model.ui_cards import record_visit

        return record_visit(self.station, outcome, facility=facility, operator=operator,
                            now=now, finger_check=finger_check, repeat=repeat)

    # -- programmes ---------------------------------------------------------------------------
    def propose_programmes(self, household_id: str, *, today: dt.date) -> Any:
        """The rules' package for the household (proposals and reasons), nothing written."""
        from station.services.memberships import propose

        return propose(self.station, household_id, today=today)

    def confirm_programmes(self, package: Any, accepted: list[tuple[str, str]], *,
                           operator: Any, now: dt.datetime) -> Any:
        """Record the clerk's choices: memberships for ``accepted``, declines for the rest."""
        from station.services.memberships import confirm

        return confirm(self.station, package, accepted=accepted, operator=operator, now=now)

    # -- operator accounts --------------------------------------------------------------------
    def operators(self) -> list[Any]:
        """Every account (``OperatorRow``: role, status, last sign-in; never a hash)."""
        from station.model.operators import list_operators

        return list_operators(self.station)

    def add_operator(self, username: str, full_name: str, role: str, password: str, *,
                     by: Any, now: dt.datetime) -> Any:
        from station.model.operators import create_operator

        return create_operator(self.station, username=username, full_name=full_name,
                               role=role, password=password, now=now, by=by,
                               must_change_password=True)

    def unlock_operator(self, username: str, *, by: Any, now: dt.datetime) -> None:
        from station.model.operators import unlock

        unlock(self.station, username, by=by, now=now)

    def disable_operator(self, username: str, *, by: Any, now: dt.datetime) -> None:
        from station.model.operators import disable_operator

        disable_operator(self.station, username, by=by, now=now)

    def enable_operator(self, username: str, *, by: Any, now: dt.datetime) -> None:
        from station.model.operators import enable_operator

        enable_operator(self.station, username, by=by, now=now)

    def reset_password(self, username: str, temporary: str, *, by: Any,
                       now: dt.datetime) -> None:
        from station.model.operators import reset_password

        reset_password(self.station, username, temporary, by=by, now=now)

    def change_password(self, username: str, old: str, new: str, *, now: dt.datetime) -> Any:
        """Returns the operator as signed in with the new password."""
        from station.model.operators import change_password

        return change_password(self.station, username, old, new, now=now)


def start_sync_worker(station: Any, *, clock: Any, interval_s: float = 30.0,
                      centre_clock: Any = None) -> Any | None:
    """Deliver the outbox in the background when this station is registered with a central
    registry (``sws init --central URL``); None when it is not. Same wiring as ``sws sync``.

    ``centre_clock`` (a ``ui_supervisor.CentreClock``) is told the centre's time after each
    round, so the supervisor page can say when this computer's clock is off."""
    worker = sync_worker(station, clock=clock, interval_s=interval_s,
                         centre_clock=centre_clock)
    if worker is not None:
        worker.start()
    return worker


def sync_worker(station: Any, *, clock: Any, interval_s: float = 30.0,
                centre_clock: Any = None) -> Any | None:
    """The window's sync worker (``sync.worker.SyncWorker``) wired to ``station``, not
    started (:func:`start_sync_worker` starts it); None when the station is not registered
    with a central registry."""
    import random

    from station.errors import NotInitialised
    from station.model.central_link import load_link, signer_binding, station_key
    from station.model.erasure import after_restore
    from station.registry.base import OUTBOX
    from sync.client import CentralClient
    from sync.keys import central_public_key, unb64
    from sync.registration import zone_name
    from sync.uploader import StationIdentity, Uploader
    from sync.worker import SyncWorker

    try:
        link = load_link(station.settings)
    except NotInitialised:
        return None
    identity = StationIdentity(link.station_id, station_key(station.settings),
                               central_public_key(unb64(link.central_public_key_b64)))
    uploader = Uploader(station.engine, OUTBOX, identity, CentralClient(link.url),
                        station.unseal_outbox, rng=random.Random())
    from station.model import ui_supervisor
    from station.model.locations import kept_digest
    from sync.revocations import FILE_NAME

    def adopt_places(master: dict[str, Any]) -> None:
        # a list the station cannot use is kept for the supervisor's page (as `sws sync`
        # keeps it), and the station goes on with its own
        try:
            ui_supervisor.adopt_places(station.settings.config_dir, master, now=clock())
        except StationError as err:
            log.warning("list of places from the centre not used: %s", err)

    # the national revocation list is kept where the card checks read it (station.model.trust)
    worker = SyncWorker(uploader, clock, interval_s=interval_s,
                        revocations_file=station.settings.config_dir / FILE_NAME,
                        on_master_data=adopt_places,
                        have_gazetteer=lambda: kept_digest(station.settings.config_dir),
                        signer=lambda: signer_binding(station.settings, link.station_id,
                                                      identity.signing_key, clock()),
                        # the centre counts our records on the office's days
                        time_zone=zone_name(station.settings.office_zone),
                        # a restore brought back prints erased since its backup: again
                        reapply=after_restore(station, clock),
                        on_report=None if centre_clock is None else (
                            lambda _report: centre_clock.observe(
                                uploader.client.server_time, clock())))
    return worker


def sync_summary(services: StationServices, worker: Any | None,
                 clock: Callable[[], dt.datetime]) -> dict[str, Any]:
    """What the header shows: queue length, the last round's outcome when sync runs, and
    why the centre holds this station's records back (from the standing the worker keeps)."""
    from station.model.ui_supervisor import key_lost

    counts = services.outbox_counts()
    report = getattr(worker, "last_report", None)
    return {"waiting": counts.get("pending", 0) + counts.get("sent", 0),
            "configured": worker is not None,
            # registered with a centre, but the packet-signing key is gone: sync stopped
            "key_lost": worker is None and key_lost(services.station.settings) is not None,
            "error": getattr(report, "last_error", None),
            # why the centre holds this station's records back, if it does: its approval
            # expired, it is not approved yet, it was revoked, or it is suspended as a
            # suspected copy (None: it takes them)
            "held": _held_by_centre(getattr(worker, "registration_file", None), clock()),
            # taken by the centre: accepted, or received with its 1:N decision to come
            "acknowledged": counts.get("acked", 0) + counts.get("received", 0)}


def _held_by_centre(kept: Path | None, now: dt.datetime) -> str | None:
    """``expired``, ``pending``, ``revoked`` or ``suspended`` (a copy of this station
    suspected) when the centre's last word on this station (``sync.registration``) says it
    takes none of its records; None otherwise."""
    from sync import registration

    standing = registration.load(kept) if kept is not None else None
    if standing is None:
        return None
    if standing.status in ("pending", "revoked", "suspended"):
        return standing.status
    return "expired" if standing.state(now) == registration.EXPIRED else None


def card_readers() -> list[str]:
    """PC/SC readers present (empty when pcscd runs without readers)."""
    import cardio

    return list(cardio.list_readers())

"""A person's fingerprints erased when they withdraw their consent to them.

A person agrees to be registered, fingerprints included, after the privacy notice
(:mod:`station.model.consent`); the notice tells them they may withdraw that consent. The
registration itself rests on the programmes' rules (a household is paid because it is
eligible, not because it agreed to biometrics), so withdrawing it does not unregister
anyone: what goes is what rested on the consent alone, the fingerprints.

:func:`erase_fingerprints` (a supervisor, with the person or a child's parent or guardian at
the desk) does it in ONE transaction:

- every fingerprint row of the person is deleted: the sealed ISO template, and the sealed
  image where the station keeps images;
- the station's copies waiting to travel: the sealed templates of the person's enrolment
  item in the outbox are cleared when the item was never sent (the centre then receives the
  enrolment without fingerprints) or when its delivery is over (never sent again). An item
  already on its way (sent at least once, no answer yet) keeps them: it must be sent again
  exactly as first sent, and the centre erases them on the next item;
- a ``person.fingerprints_erased`` audit event says which fingers, who asked, and which of
  the person's cards were written with fingerprints (no template in it);
- a ``fingerprints_erased`` outbox item tells the central registry, which deletes the
  templates it holds for the person (the stored envelope of every enrolment of theirs) and
  takes them out of its national 1:N gallery (:mod:`sync.central.decide`).

On SQLite what is deleted is overwritten with zeros in the file (``secure_delete``,
``station.registry.db``), and after the commit the write-ahead log, which still holds the
pages as they were, is checkpointed and cut to nothing. The station's 1:N gallery drops the
person and its cache file is written again without them, or deleted when it cannot be
(:meth:`GalleryKeeper.purge`). An item that
kept its templates because it was on its way loses them when the centre answers it
(``sync.uploader``: the erasure item in the outbox says so).

A station restored from a backup made before an erasure has the prints back. Before it sends
anything after the restore, it asks the centre which of the persons it holds prints of had
them erased (``sync.restored``) and :func:`erase_again` erases them once more: the same rows,
the outbox's templates (those still to be answered keep them until they are, since the centre
may hold them as first sent), an audit event naming the restore, a new erasure item (the
centre takes it as one more of the same), the gallery. An erasure the lost installation never
delivered is known to no one: the person asks again.

What the person must be told, and what the desk says: without fingerprints the registry can
no longer find them if they register again under another name (the duplicate check, for
them, rests on their details alone), and a hospital cannot check their finger against the
card. A card they hold still carries the prints it was written with: it is theirs to hand
in, and a new card (issued as usual, :func:`station.model.ui_cards`) is written without them
and replaces it. Backups made before keep their sealed copies until they are retired; a
station restored from one erases them again (above).

Refused: a clerk or an auditor; an unknown or deceased person (a death keeps the prints as
the evidence that a later enrolment under them is a fraud signal); a person with no
fingerprints on file (the refusal says when they were erased, if they were); a child under
:data:`~station.model.consent.ADULT_AGE` asking alone; a duplicate case still open that
names the person (decide it first: its clerk compares the prints).

References
----------
ID4D, "Principles on Identification for Sustainable Development" (2017, 2021): the person's
control over their data. Indonesia, Law 27/2022 on personal data protection, art. 9 and 16:
consent may be withdrawn, and processing on that basis stops. GDPR art. 7(3) and 17 (the
model most data protection laws follow): withdrawal as easy as consent, erasure.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.errors import BadInput, UnknownPerson
from station.model.cards import issued_serials
from station.model.consent import ADULT_AGE, GIVEN_BY, age_on, guardian_name_ok
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.audit import naive_utc
from station.registry.base import OUTBOX
from station.registry.models import Adjudication, Fingerprint, Operator, Person
from sync.outbox import BIOMETRIC_KINDS, ERASURE, FINAL_STATES, PENDING, enqueue

if TYPE_CHECKING:
    from sync.uploader import Uploader

log = logging.getLogger(__name__)

#: The audit action and the outbox kind of an erasure.
ACTION = "person.fingerprints_erased"
KIND = ERASURE
#: Adjudication states in which a case still waits for a decision.
_UNDECIDED = ("open", "decided")


class ErasureRefused(BadInput):
    """Fingerprints that cannot be erased now; the message says why in one line."""

    def __init__(self, message: str, *, person_id: str, field: str = "person_id") -> None:
        super().__init__(message, field=field)
        self.person_id = person_id


@dataclass(frozen=True)
class FingerprintsErased:
    """What :func:`erase_fingerprints` erased."""

    person_id: str
    #: ISO/IEC 19794-2 finger positions whose rows were deleted.
    fingers: tuple[int, ...]
    #: "self" or "guardian", and the guardian's name.
    asked_by: str
    guardian: str | None
    #: The person's cards in use, written while the fingerprints were on file: they carry
    #: them until replaced.
    cards_holding: tuple[str, ...]
    #: Outbox items whose sealed templates were cleared; items on their way that keep them.
    outbox_cleared: int
    outbox_in_flight: int

    def as_record(self) -> dict[str, Any]:
        return {"person_id": self.person_id, "fingers": list(self.fingers),
                "asked_by": self.asked_by, "guardian": self.guardian,
                "cards_holding": list(self.cards_holding),
                "outbox_cleared": self.outbox_cleared,
                "outbox_in_flight": self.outbox_in_flight}


@dataclass(frozen=True)
class Erasure:
    """An erasure on file (:func:`erasure_of`): when, by whom, asked by whom."""

    on: dt.date
    by: str
    asked_by: str
    guardian: str | None
    fingers: tuple[int, ...]

    def as_record(self) -> dict[str, Any]:
        return {"on": self.on.isoformat(), "by": self.by, "asked_by": self.asked_by,
                "guardian": self.guardian, "fingers": list(self.fingers)}


def erasure_of(session: Session, person_id: str) -> Erasure | None:
    """The newest erasure of the person's fingerprints, or None (one indexed read)."""
    from station.model.audit_log import newest_details

    found = newest_details(session, (ACTION,), person_id, subject_type="person")
    if not found:
        return None
    details, at = found[0]
    if details.get("erased_at"):  # erased again after a restore: the first erasure's day
        with contextlib.suppress(ValueError):
            at = dt.datetime.fromisoformat(str(details["erased_at"]))
    return Erasure(at.date(), str(details.get("erased_by") or ""),
                   str(details.get("asked_by") or ""), details.get("guardian"),
                   tuple(int(f) for f in details.get("fingers") or ()))


def check_request(asked_by: str, guardian: str | None, born: dt.date, today: dt.date,
                  *, person_id: str = "") -> str | None:
    """The guardian's name cleaned, or ErasureRefused: who may ask, as for consent."""
    if asked_by not in GIVEN_BY:
        raise ErasureRefused("say who asks: the person (self) or a parent or guardian",
                             person_id=person_id, field="asked_by")
    name = " ".join(str(guardian or "").split())
    if asked_by == "guardian":
        if not guardian_name_ok(name):
            raise ErasureRefused("name the parent or guardian who asks (1-200 characters)",
                                 person_id=person_id, field="guardian")
        return name
    if name:
        raise ErasureRefused("a guardian is named only when the guardian asks",
                             person_id=person_id, field="guardian")
    if age_on(born, today) < ADULT_AGE:
        raise ErasureRefused(f"the person is under {ADULT_AGE}: a parent or guardian asks "
                             "for them", person_id=person_id, field="asked_by")
    return None


def erase_fingerprints(station: Station, person_id: str, *, asked_by: str,
                       guardian: str | None = None, by: OperatorInfo,
                       now: dt.datetime) -> FingerprintsErased:
    """Erase ``person_id``'s fingerprints at the person's (or guardian's) request.

    Raises
    ------
    PermissionDenied
        ``by`` is not a supervisor.
    NotFound
        No such person.
    ErasureRefused
        Deceased, nothing to erase, a child asking alone, an undecided duplicate case.
    """
    by.require("supervisor", action="erase a person's fingerprints")
    at = naive_utc(now)
    today = station.settings.today(now)
    with station.transaction() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise UnknownPerson(person_id)
        named = person.latin_name or person.local_name
        if person.died_on is not None:
            raise ErasureRefused(
                f"{named} is recorded as deceased on {person.died_on.isoformat()}: their "
                "fingerprints stay, so that an enrolment under them is found",
                person_id=person_id)
        cleaned = check_request(asked_by, guardian, person.birth_date, today,
                                person_id=person_id)
        rows = session.scalars(sa.select(Fingerprint).where(
            Fingerprint.person_id == person_id).order_by(Fingerprint.position)).all()
        if not rows:
            before = erasure_of(session, person_id)
            raise ErasureRefused(
                f"no fingerprints of {named} are on file: nothing to erase"
                + (f" (erased on {before.on.isoformat()} by {before.by})" if before else ""),
                person_id=person_id)
        case = _undecided_case(session, person_id)
        if case is not None:
            raise ErasureRefused(
                f"duplicate case {case} compares a new applicant's prints with {named}'s: "
                "decide it first", person_id=person_id)
        done = _erase(station, session, person_id, rows, asked_by=asked_by, guardian=cleaned,
                      by_id=by.id, erased_at=at.isoformat(), operator_id=by.id, now=now)
    cut_the_log(station)
    forget_in_gallery(station)
    return done


#: The centre's erasure look-up: person ids -> the erasures it holds from this station, None
#: from a centre that does not say (``sync.client.CentralClient.erasures``).
AskCentre = Callable[[list[str]], list[dict[str, Any]] | None]


def erase_again(station: Station, ask: AskCentre, *, now: dt.datetime,
                restore_epoch: str) -> list[FingerprintsErased]:
    """Erase again the prints a restore brought back: those of every person the centre says
    this station erased (``ask``, 1,000 persons a call). One transaction; nothing is asked of
    anyone, the request was taken before (the event names the restore and the first erasure).

    Raises what ``ask`` raises (``SyncError``: the centre could not be asked): the caller
    holds the records back until it can.
    """
    with station.reading() as session:
        held = list(session.scalars(sa.select(Fingerprint.person_id).distinct()
                                    .order_by(Fingerprint.person_id)))
    mine = set(held)  # the centre names no one else; an answer that did is not believed
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(held), 1000):
        answer = ask(held[start:start + 1000])
        if answer is None:  # a centre from before erasures: it holds none
            return []
        found.update((str(e["person_id"]), e) for e in answer if e.get("person_id") in mine)
    if not found:
        return []
    done = []
    with station.transaction() as session:
        for person_id in sorted(found):
            done.append(_erase_again(station, session, found[person_id], now=now,
                                     restore_epoch=restore_epoch))
    cut_the_log(station)
    forget_in_gallery(station)
    return [d for d in done if d is not None]


def after_restore(station: Station, clock: Callable[[], dt.datetime],
                  done: list[FingerprintsErased] | None = None) -> Callable[[Uploader], object]:
    """``sync.restored.resume``'s ``reapply`` for ``station``: :func:`erase_again` with the
    uploader's centre, its erasures appended to ``done`` (to be said)."""
    def run(uploader: Uploader) -> object:
        station_id = uploader.identity.station_id
        again = erase_again(station, lambda ids: uploader.client.erasures(station_id, ids),
                            now=clock(), restore_epoch=uploader.epoch)
        if done is not None:
            done.extend(again)
        if again:
            log.info("fingerprints of %d persons erased again after the restore", len(again))
        return again
    return run


def _erase_again(station: Station, session: Session, erasure: dict[str, Any], *,
                 now: dt.datetime, restore_epoch: str) -> FingerprintsErased | None:
    person_id = str(erasure["person_id"])
    rows = session.scalars(sa.select(Fingerprint).where(
        Fingerprint.person_id == person_id).order_by(Fingerprint.position)).all()
    # prints added again after the erasure (station.model.fingers_added) were given anew
    erased_at = _when(erasure.get("erased_at"))
    rows = [r for r in rows if erased_at is None or r.created_at <= erased_at]
    if not rows:  # erased meanwhile (another process), or all given again since
        return None
    # the centre may hold an unanswered item as the lost installation sent it: it goes as
    # it is and loses its templates when answered (sync.uploader); delivered ones now
    guardian = erasure.get("guardian")
    return _erase(station, session, person_id, rows,
                  asked_by=str(erasure.get("asked_by") or ""),
                  guardian=guardian if isinstance(guardian, str) else None,
                  by_id=str(erasure.get("erased_by") or ""),
                  erased_at=str(erasure.get("erased_at") or ""), operator_id=None, now=now,
                  unsent_too=False, again={"again_after_restore": restore_epoch})


def _when(text: object) -> dt.datetime | None:
    """An erasure's ``erased_at`` (naive UTC ISO text) as a time; None when it does not
    read (then every print on file is the erasure's)."""
    try:
        when = dt.datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return when.astimezone(dt.UTC).replace(tzinfo=None) if when.tzinfo else when


def _erase(station: Station, session: Session, person_id: str, rows: Sequence[Fingerprint],
           *, asked_by: str, guardian: str | None, by_id: str, erased_at: str,
           operator_id: str | None, now: dt.datetime, unsent_too: bool = True,
           again: dict[str, str] | None = None) -> FingerprintsErased:
    """The erasure itself, in ``session``: ``rows`` deleted, the outbox's copies cleared
    (:func:`_clear_outbox`), the audit event and the erasure item. ``by_id``: the
    supervisor who took the request; ``again``: what an erasure applied again after a
    restore adds to the event (with the first erasure's time) and the item."""
    fingers = tuple(int(r.position) for r in rows)
    images = sum(r.image_sealed is not None for r in rows)
    for row in rows:
        session.delete(row)
    cleared, in_flight = _clear_outbox(session, person_id, unsent_too=unsent_too)
    cards = issued_serials(session, person_id)
    username = session.scalar(sa.select(Operator.username).where(Operator.id == by_id))
    details = {"fingers": list(fingers), "images_erased": images, "asked_by": asked_by,
               "guardian": guardian, "cards_holding": list(cards), "outbox_cleared": cleared,
               "outbox_in_flight": in_flight, "erased_by": username or by_id}
    if again:  # the event's own time is today's: the record says the first erasure's day
        details.update(again, erased_at=erased_at)
    station.audit(session, action=ACTION, subject_type="person", subject_id=person_id,
                  details=details, operator_id=operator_id, now=now)
    enqueue(session, OUTBOX, kind=KIND, record_id=person_id,
            payload={"person_id": person_id, "fingers": list(fingers), "asked_by": asked_by,
                     "guardian": guardian, "erased_at": erased_at, "erased_by": by_id,
                     "station_id": station.settings.station_id, **(again or {})},
            sealed_biometrics=None, now=now)
    return FingerprintsErased(person_id, fingers, asked_by, guardian, cards, cleared, in_flight)


def _undecided_case(session: Session, person_id: str) -> str | None:
    """The id of an undecided duplicate case naming ``person_id`` as a candidate."""
    cases = session.execute(sa.select(Adjudication.id, Adjudication.candidates).where(
        Adjudication.status.in_(_UNDECIDED))).all()
    for case_id, candidates in cases:
        if any(isinstance(c, dict) and c.get("person_id") == person_id
               for c in candidates or ()):
            return str(case_id)
    return None


def _clear_outbox(session: Session, person_id: str, *, unsent_too: bool
                  ) -> tuple[int, int]:
    """Clear the sealed templates of the person's items (enrolment, fingerprints added) that
    will not be sent as they were again: delivered, and never sent when ``unsent_too``
    (after a restore the lost installation may have sent them). (cleared, kept because on
    their way)."""
    c = OUTBOX.c
    mine = [c.kind.in_(BIOMETRIC_KINDS), c.record_id == person_id,
            c.sealed_biometrics.is_not(None)]
    done: sa.ColumnElement[bool] = c.state.in_(FINAL_STATES)
    if unsent_too:
        done = sa.or_(sa.and_(c.state == PENDING, c.attempts == 0), done)
    cleared = session.connection().execute(OUTBOX.update().where(
        *mine, done).values(sealed_biometrics=None)).rowcount
    in_flight = session.scalar(sa.select(sa.func.count()).select_from(OUTBOX).where(*mine))
    return int(cleared or 0), int(in_flight or 0)


def cut_the_log(station: Station) -> None:
    """SQLite: the write-ahead log still holds the pages as they were before fingerprint rows
    were deleted (an erasure, or prints replaced: :mod:`station.model.fingers_replaced`)
    (the file itself zeroes what was deleted: ``secure_delete``, ``station.registry.db``):
    checkpoint it and cut it to nothing. Best effort: a reader holding an older snapshot
    (the window open beside a command) keeps those frames until the next checkpoint."""
    import sqlite3

    url = station.engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return
    try:
        # a connection of its own: one from the pool may hold a statement open, which makes
        # SQLite refuse a checkpoint on that connection
        with contextlib.closing(sqlite3.connect(url.database, timeout=1.0)) as conn:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy is not None and busy[0]:
            log.info("write-ahead log not cut after fingerprints were deleted: a reader "
                     "holds it")
    except Exception as err:  # the deletion is committed; the next checkpoint catches up
        log.warning("write-ahead log not cut after fingerprints were deleted (%s: %s)",
                    type(err).__name__, err)


def forget_in_gallery(station: Station) -> None:
    """The in-memory gallery and its cache file without the deleted rows (best effort: the
    registry is the truth, and a gallery loaded later is built from it)."""
    try:
        station.gallery_keeper.purge()
    except Exception as err:  # the deletion is committed; the next load applies it
        log.warning("gallery not updated after fingerprints were deleted (%s: %s)",
                    type(err).__name__, err)

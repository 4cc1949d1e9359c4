"""Fingerprints added to a person already registered.

Not everyone gives fingerprints at enrolment: a finger bandaged or worn that day (declared
not available, :mod:`station.model.enrolment`), a person registered before the station took
prints, or someone who withdrew their consent to them (:mod:`station.model.erasure`) and
later agrees again. Until their prints are on file the duplicate check cannot find them, and
a hospital cannot check their finger against a card. MOSIP's registration client has the
same case, a "biometric update" of a registered resident, searched against the registry
like a new enrolment.

:func:`add_fingerprints` (a clerk or supervisor, the person at the desk and agreeing again
after the privacy notice) takes fingers the person has none on file for:

1. each capture goes through the enrolment's quality gate (:func:`check_fingers`);
2. the fingers are searched 1:N against everyone registered. If they match someone else,
   nothing is added and :class:`FingersMatchOthers` names the candidates: two records may
   be one person (or the capture was someone else's). The attempt is kept as an audit
   event, so it is not a silent refusal; a supervisor compares the prints;
3. otherwise ONE transaction writes the sealed templates, a ``person.fingerprints_added``
   audit event (fingers, their quality, the consent), the consent itself when it differs
   from the one on file (as :func:`station.model.reconsent.record_consent` does) and a
   ``fingerprints_added`` outbox item, its templates sealed to the centre as an
   enrolment's are. The centre
   searches them against the national registry in turn (:mod:`sync.central.decide`). As at
   enrolment, the search runs once more under the registry's write lock if other prints were
   committed meanwhile.

The person's cards in use were written without these prints: the result names them, and a
new card (issued as usual) carries them.

Refused: an auditor; an unknown or deceased person; a finger already on file (replacing a
print is :mod:`station.model.fingers_replaced`); a child under
:data:`~station.model.consent.ADULT_AGE` agreeing alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.errors import EXIT_DUPLICATE, BadInput, UnknownPerson
from station.model.biometrics import CapturePolicy, CheckedFinger, FingerInput, check_fingers
from station.model.cards import issued_serials
from station.model.consent import Consent, check_consent
from station.model.enrolment import (
    FoundMeanwhile,
    add_fingerprint_rows,
    fingers_sent,
    found_meanwhile,
    sealed_for_centre,
)
from station.model.fingers import Finger, parse_finger
from station.model.gallery_sync import PersonCandidate, add_person, search_person
from station.model.operators import OperatorInfo
from station.model.reconsent import record_consent_in
from station.model.station import Station
from station.registry.audit import lock_writers, naive_utc
from station.registry.base import OUTBOX
from station.registry.models import Fingerprint, Person
from sync.outbox import FINGERS_ADDED, enqueue

#: The audit action of fingerprints added, and of an addition refused by the 1:N search.
ACTION = "person.fingerprints_added"
REFUSED_ACTION = "person.fingerprints_refused"
#: The outbox kind.
KIND = FINGERS_ADDED


class AdditionRefused(BadInput):
    """Fingerprints that cannot be added; the message says why in one line."""

    def __init__(self, message: str, *, person_id: str, field: str = "person_id") -> None:
        super().__init__(message, field=field)
        self.person_id = person_id


class FingersMatchOthers(AdditionRefused):
    """The fingers match other registered people: nothing was added (``sws`` exit 3)."""

    exit_code = EXIT_DUPLICATE

    def __init__(self, person_id: str, candidates: list[PersonCandidate], *,
                 done: str = "added") -> None:
        others = ", ".join(c.person_id for c in candidates)
        super().__init__(
            f"these fingers match {len(candidates)} other registered "
            f"{'person' if len(candidates) == 1 else 'people'} ({others}): nothing was "
            f"{done}; a supervisor compares the prints (they may be one person registered "
            "twice, or the capture was someone else's)", person_id=person_id, field="fingers")
        self.candidates = candidates
        self.done = done


@dataclass(frozen=True)
class FingerprintsAdded:
    """What :func:`add_fingerprints` added."""

    person_id: str
    #: Finger slug -> quality 0-100.
    qualities: dict[str, int]
    outbox_id: str
    #: Whether the consent given was new (recorded with a ``person.consent`` event too).
    consent_recorded: bool
    #: The person's cards in use: written without these prints.
    cards_without: tuple[str, ...]

    def as_record(self) -> dict[str, Any]:
        return {"person_id": self.person_id, "qualities": dict(self.qualities),
                "outbox_id": self.outbox_id, "consent_recorded": self.consent_recorded,
                "cards_without": list(self.cards_without)}


def add_fingerprints(station: Station, person_id: str, fingers: Mapping[Any, FingerInput], *,
                     consent: Consent, operator: OperatorInfo, now: dt.datetime,
                     policy: CapturePolicy | None = None) -> FingerprintsAdded:
    """Add ``fingers`` to a registered person's record after a 1:N search.

    Raises
    ------
    PermissionDenied
        An auditor.
    NotFound
        No such person.
    AdditionRefused
        Deceased, a finger already on file, no finger given.
    FingersMatchOthers
        The fingers match someone else registered: nothing was added (an audit event says
        who was found).
    InvalidDemographics
        A child agreeing alone.
    UnknownFinger, ImageRejected
        Bad input; nothing is written.
    """
    operator.require("clerk", "supervisor", action="add fingerprints to a person")
    policy = policy or CapturePolicy()
    today = station.settings.today(now)
    wanted = {parse_finger(key): source for key, source in fingers.items()}
    with station.reading() as session:
        person = living_person(session, person_id)
        check_consent(consent, person.birth_date, today)
        _not_on_file(session, person, set(wanted))
    checked = check_fingers(wanted, policy, keep_image=station.settings.keep_raw_images)

    def none_on_file(session: Session, person: Person) -> dict[str, Any]:
        _not_on_file(session, person, set(checked))  # the same finger added meanwhile
        return {}

    written = search_then_write(
        station, person_id, checked, policy, operator, now,
        lambda recheck: write_prints(station, person_id, checked, consent, operator, now,
                                     recheck=recheck, prepare=none_on_file))
    add_person(station.gallery, person_id, checked)
    return FingerprintsAdded(person_id, {f.slug: c.quality for f, c in checked.items()},
                             written.outbox_id, written.consent_recorded, written.cards_without)


@dataclass(frozen=True)
class Written:
    """What :func:`write_prints` wrote besides the rows."""

    outbox_id: str
    #: Whether the consent given was new (recorded with a ``person.consent`` event too).
    consent_recorded: bool
    #: The person's cards in use: written without these prints.
    cards_without: tuple[str, ...]


def search_then_write(station: Station, person_id: str, checked: Mapping[Finger, CheckedFinger],
                      policy: CapturePolicy, operator: OperatorInfo, now: dt.datetime,
                      write: Callable[[Callable[[], None]], Written], *,
                      done: str = "added", refused_action: str = REFUSED_ACTION) -> Written:
    """Search ``checked`` 1:N against everyone but the person, then ``write`` them (given
    the search to run again under the write lock), or refuse: an audit event
    ``refused_action`` names who they match and :class:`FingersMatchOthers` is raised."""
    probe = {f: c.template for f, c in checked.items()}
    others = others_than(search_person(station.current_gallery(), probe, policy), person_id)
    if not others:
        try:
            return write(lambda: found_meanwhile(station, probe, policy, besides=person_id))
        except FoundMeanwhile as found:
            others = found.candidates
    with station.transaction() as session:
        station.audit(session, action=refused_action, subject_type="person",
                      subject_id=person_id, operator_id=operator.id, now=now,
                      details={"fingers": sorted(int(f) for f in checked),
                               "candidates": [c.person_id for c in others]})
    raise FingersMatchOthers(person_id, others, done=done)


def living_person(session: Session, person_id: str, *, done: str = "added") -> Person:
    """The registered, living person whose prints are given (one-line refusals)."""
    person = session.get(Person, person_id)
    if person is None:
        raise UnknownPerson(person_id)
    if person.died_on is not None:
        raise AdditionRefused(f"{person.latin_name} is recorded as deceased on "
                              f"{person.died_on.isoformat()}: no fingerprints are {done}",
                              person_id=person_id)
    return person


def _not_on_file(session: Session, person: Person, fingers: set[Finger]) -> None:
    if not fingers:
        raise AdditionRefused("at least one finger is needed", person_id=person.id,
                              field="fingers")
    have = {int(p) for p in session.scalars(sa.select(Fingerprint.position).where(
        Fingerprint.person_id == person.id))}
    already = sorted(f for f in fingers if int(f) in have)
    if already:
        raise AdditionRefused(
            f"{', '.join(f.label for f in already)} of {person.latin_name} "
            f"{'is' if len(already) == 1 else 'are'} already on file: only fingers with no "
            "print on file are added", person_id=person.id, field="fingers")


def others_than(candidates: list[PersonCandidate], person_id: str) -> list[PersonCandidate]:
    """The candidates who are not the person (their own fingers on file may be found)."""
    return [c for c in candidates if c.person_id != person_id]


def write_prints(station: Station, person_id: str, checked: Mapping[Finger, CheckedFinger],
                 consent: Consent, operator: OperatorInfo, now: dt.datetime, *,
                 recheck: Callable[[], None],
                 prepare: Callable[[Session, Person], dict[str, Any]],
                 action: str = ACTION, done: str = "added") -> Written:
    """ONE transaction under the write lock: ``recheck`` (the 1:N search again), the person
    still living, ``prepare`` (checks the fingers on file, may delete rows; what it returns
    goes into the audit event and the outbox payload), the consent when new, the rows, the
    audit event ``action`` and the ``fingerprints_added`` outbox item."""
    cipher = station.cipher
    at = naive_utc(now)
    today = station.settings.today(now)
    with station.transaction() as session:
        lock_writers(session)
        recheck()
        # again, under the lock: a death meanwhile
        person = living_person(session, person_id, done=done)
        extra = prepare(session, person)
        recorded = record_consent_in(station, session, person, consent, operator=operator,
                                     now=now, today=today, same_is_fine=True)
        session.flush()  # rows ``prepare`` deleted go before the new ones
        add_fingerprint_rows(session, cipher, person_id, checked, at)
        cards = issued_serials(session, person_id)
        fingers = fingers_sent(dict(sorted(checked.items())))
        station.audit(session, action=action, subject_type="person", subject_id=person_id,
                      operator_id=operator.id, now=now,
                      details={"fingers": sorted(int(f) for f in checked),
                               "qualities": {k: v["quality"] for k, v in fingers.items()},
                               "consent": consent.as_record(), "cards_without": list(cards),
                               **extra})
        outbox_id = enqueue(
            session, OUTBOX, kind=KIND, record_id=person_id,
            payload={"person_id": person_id, "station_id": station.settings.station_id,
                     "operator_id": operator.id, "added_at": at.isoformat(),
                     "fingers": fingers, "consent": consent.as_record(), **extra},
            sealed_biometrics=sealed_for_centre(cipher, checked), now=now)
    return Written(outbox_id, recorded, cards)

"""Fingerprints replaced: a new capture of fingers already on file.

A print taken badly at enrolment (a dry or smeared finger, the wrong finger pressed, a child's
print grown out of) makes the hospital's 1:1 check fail at every visit: the beneficiary is
refused or the check is skipped, and the duplicate check searches a poor template. MOSIP's
registration client calls this a biometric update; Aadhaar asks children for one at 5 and 15.
Replacing a print is also how an identity could be taken over (someone else's finger put on
a record), so :func:`replace_fingerprints` asks the person to show the record is theirs:

1. each new capture, and each *check* capture (a finger on file that is not replaced), goes
   through the enrolment's quality gate, and no finger may be given twice;
2. presence: a capture that matches the print on file of the same finger 1:1, at the false
   match rate of the hospital's check (:data:`PRESENCE_FMR`), shows the person is the one
   registered. A new capture of the replaced finger counts when the old print is still good
   enough to match it; a check finger counts always. When nothing matches (the old prints are
   all too poor, or the only finger on file is the one replaced) only a supervisor replaces,
   and the audit event says so;
3. the new prints are searched 1:N against everyone else, as added prints are
   (:mod:`station.model.fingers_added`): a match refuses and names who was found;
4. ONE transaction deletes the old rows (the sealed template and image destroyed, as an
   erasure destroys them), writes the new ones, a ``person.fingerprints_replaced`` audit event
   (fingers, old and new quality, the reason, how presence was shown, the consent) and a
   ``fingerprints_added`` outbox item with ``replaced_fingers``. The centre searches it
   nationally like any added print and its gallery takes the new template in the old one's
   place (``matcher.Gallery.add`` replaces a person's finger).

The person's cards in use carry the old prints: the result names them, and a new card
(issued as usual, replacing them) carries the new ones.

Refused: an auditor; an unknown or deceased person; a finger not on file (that is an
addition); no reason; a child under :data:`~station.model.consent.ADULT_AGE` agreeing alone;
a clerk when no capture matches the prints on file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.model.biometrics import CapturePolicy, FingerInput, check_fingers
from station.model.cards import person_templates
from station.model.consent import Consent, check_consent
from station.model.erasure import cut_the_log, forget_in_gallery
from station.model.fingers import Finger, parse_finger
from station.model.fingers_added import (
    AdditionRefused,
    living_person,
    search_then_write,
    write_prints,
)
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.models import Fingerprint, Person

#: The audit actions of fingerprints replaced, of a replacement refused because no capture
#: matched the prints on file, and of one refused because the new prints match others.
ACTION = "person.fingerprints_replaced"
NOT_SHOWN_ACTION = "person.fingerprints_replace_refused"
MATCHED_ACTION = "person.fingerprints_replace_matched"
#: The false match rate at which a capture matching the print on file shows presence: the
#: hospital's finger check (``station.model.ui_cards.check_finger``) uses the same.
PRESENCE_FMR = 1e-4
#: The longest reason kept.
REASON_CHARS = 300


class NotShownPresent(AdditionRefused):
    """No capture matched the person's prints on file, and a clerk asked: nothing replaced."""

    def __init__(self, person_id: str, name: str, tried: list[Finger]) -> None:
        super().__init__(
            f"no finger captured matches the print on file of {name} "
            f"({', '.join(f.label for f in tried)}): nothing was replaced; a supervisor may "
            "replace them, saying why", person_id=person_id, field="fingers")
        self.tried = tried


@dataclass(frozen=True)
class FingerprintsReplaced:
    """What :func:`replace_fingerprints` replaced."""

    person_id: str
    #: Finger slug -> quality 0-100 of the new print.
    qualities: dict[str, int]
    #: Finger slug -> quality of the print it replaced.
    before: dict[str, int]
    #: The fingers whose capture matched the print on file (slugs); empty: a supervisor
    #: replaced without a match.
    matched: tuple[str, ...]
    reason: str
    outbox_id: str
    consent_recorded: bool
    #: The person's cards in use: they carry the old prints.
    cards_with_old: tuple[str, ...]

    def as_record(self) -> dict[str, Any]:
        return {"person_id": self.person_id, "qualities": dict(self.qualities),
                "before": dict(self.before), "matched": list(self.matched),
                "reason": self.reason, "outbox_id": self.outbox_id,
                "consent_recorded": self.consent_recorded,
                "cards_with_old": list(self.cards_with_old)}


def replace_fingerprints(station: Station, person_id: str, fingers: Mapping[Any, FingerInput],
                         *, reason: str, consent: Consent, operator: OperatorInfo,
                         now: dt.datetime, check: Mapping[Any, FingerInput] | None = None,
                         policy: CapturePolicy | None = None) -> FingerprintsReplaced:
    """Replace the prints on file of ``fingers`` with these captures.

    ``check``: captures of other fingers on file, to show presence when the old prints of
    ``fingers`` are too poor to match their new captures.

    Raises
    ------
    PermissionDenied
        An auditor.
    NotFound
        No such person.
    AdditionRefused
        Deceased, a finger not on file, a finger both replaced and checked, no reason.
    NotShownPresent
        A clerk, and no capture matches the print on file (an audit event records the try).
    FingersMatchOthers
        The new prints match someone else registered: nothing replaced (audit event).
    InvalidDemographics
        A child agreeing alone.
    UnknownFinger, ImageRejected
        Bad input; nothing is written.
    """
    operator.require("clerk", "supervisor", action="replace fingerprints")
    policy = policy or CapturePolicy()
    today = station.settings.today(now)
    why = " ".join(str(reason or "").split())[:REASON_CHARS]
    wanted = {parse_finger(key): source for key, source in fingers.items()}
    checks = {parse_finger(key): source for key, source in (check or {}).items()}
    with station.reading() as session:
        person = living_person(session, person_id, done="replaced")
        if not why:
            raise AdditionRefused("say why the prints are replaced (e.g. the hospital's "
                                  "check fails: a poor print)", person_id=person_id,
                                  field="reason")
        both = sorted(set(wanted) & set(checks))
        if both:
            raise AdditionRefused(f"{', '.join(f.label for f in both)}: a finger is either "
                                  "replaced or checked, not both", person_id=person_id,
                                  field="fingers")
        check_consent(consent, person.birth_date, today)
        before = _on_file(session, person, set(wanted) | set(checks))
        name = person.latin_name
    captured = check_fingers({**wanted, **checks}, policy,
                             keep_image=station.settings.keep_raw_images)
    checked = {f: c for f, c in captured.items() if f in wanted}
    matched = _presence(station, person_id, captured)
    if not matched and operator.role != "supervisor":
        with station.transaction() as session:
            station.audit(session, action=NOT_SHOWN_ACTION, subject_type="person",
                          subject_id=person_id, operator_id=operator.id, now=now,
                          details={"fingers": sorted(int(f) for f in checked),
                                   "checked": sorted(int(f) for f in checks),
                                   "reason": why})
        raise NotShownPresent(person_id, name, sorted(captured))
    replaces = sorted(int(f) for f in checked)

    def old_rows_out(session: Session, person: Person) -> dict[str, Any]:
        rows = _on_file_rows(session, person, set(checked))  # none taken meanwhile
        for row in rows:
            session.delete(row)
        return {"replaced_fingers": replaces, "reason": why,
                "quality_before": {str(r.position): r.quality for r in rows},
                "matched": sorted(int(f) for f in matched)}

    written = search_then_write(
        station, person_id, checked, policy, operator, now,
        lambda recheck: write_prints(station, person_id, checked, consent, operator, now,
                                     recheck=recheck, prepare=old_rows_out, action=ACTION,
                                     done="replaced"),
        done="replaced", refused_action=MATCHED_ACTION)
    cut_the_log(station)  # the old sealed templates out of SQLite's write-ahead log
    forget_in_gallery(station)  # and out of the gallery and its cache: the new ones in
    return FingerprintsReplaced(
        person_id, {f.slug: c.quality for f, c in checked.items()},
        {Finger(p).slug: q for p, q in before.items() if Finger(p) in checked},
        tuple(f.slug for f in sorted(matched)), why, written.outbox_id,
        written.consent_recorded, written.cards_without)


def _on_file_rows(session: Session, person: Person, fingers: set[Finger]) -> list[Fingerprint]:
    """The rows of ``fingers``; refuses a finger with no print on file."""
    rows = list(session.scalars(sa.select(Fingerprint).where(
        Fingerprint.person_id == person.id,
        Fingerprint.position.in_(sorted(int(f) for f in fingers)))))
    missing = sorted(set(fingers) - {Finger(int(r.position)) for r in rows})
    if missing:
        raise AdditionRefused(
            f"{', '.join(f.label for f in missing)} of {person.latin_name} "
            f"{'has' if len(missing) == 1 else 'have'} no print on file: only prints on file "
            "are replaced or checked (a finger with none is added)", person_id=person.id,
            field="fingers")
    return rows


def _on_file(session: Session, person: Person, fingers: set[Finger]) -> dict[int, int]:
    """Position -> quality of the prints on file of ``fingers`` (all must be)."""
    return {int(r.position): int(r.quality) for r in _on_file_rows(session, person, fingers)}


def _presence(station: Station, person_id: str, captured: Mapping[Finger, Any]) -> set[Finger]:
    """The fingers whose capture matches the person's print on file 1:1 (templates opened in
    memory only)."""
    from matcher import compare, threshold_for_fmr

    threshold = float(threshold_for_fmr(PRESENCE_FMR))
    on_file = person_templates(station, person_id)
    return {f for f, c in captured.items()
            if f in on_file and float(compare(c.template, on_file[f])) >= threshold}

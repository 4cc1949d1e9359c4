"""Asking a registered person for their consent again.

Enrolment records who agreed to the registration after which privacy notice
(:mod:`station.model.consent`). That consent does not stand for ever: a person agrees to
what the notice they heard said, so when a new notice comes into force they are read it at
their next visit; a parent or guardian agrees for a child, and the child, once of age, is
asked themselves; and the people registered before the station asked at all were never
asked (:func:`~station.model.consent.consent_due` says which, for the clerk who has the person
in front of them).

:func:`record_consent` records the answer, in ONE transaction: a ``person.consent`` audit
event (hash-chained, like the enrolment's: the consent now on file and the one it follows)
and a ``person_update`` outbox item carrying the person's demographics with the new consent,
the enrolment payload's shape, so the centre keeps the newest consent as it kept the first.
Nothing else changes: the registration, the programmes and the cards stand as they were.

Withdrawing consent (and what a registry may keep after it) is not handled here.

References
----------
ID4D, "Principles on Identification for Sustainable Development" (2017, 2021): protecting
privacy and the person's control over their data, informed consent where it is the basis.
Indonesia, Law 27/2022 on personal data protection: consent as a basis, and its record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from station.errors import BadInput, UnknownPerson
from station.model.consent import Consent, check_consent, consent_on_file
from station.model.corrections import demographics_of, send_update
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.models import Person


class ConsentRefused(BadInput):
    """A consent that cannot be recorded (a deceased person, the one already on file)."""

    def __init__(self, message: str, *, person_id: str) -> None:
        super().__init__(message, field="consent")
        self.person_id = person_id


@dataclass(frozen=True)
class ConsentRecorded:
    """What :func:`record_consent` recorded."""

    person_id: str
    consent: Consent
    #: The consent it follows (:meth:`Consent.as_record`'s shape), or None.
    before: dict[str, Any] | None

    def as_record(self) -> dict[str, Any]:
        return {"person_id": self.person_id, "consent": self.consent.as_record(),
                "before": self.before}


def record_consent(station: Station, person_id: str, consent: Consent, *,
                   operator: OperatorInfo, now: dt.datetime) -> ConsentRecorded:
    """Record that ``consent`` was given for ``person_id`` (after the notice it names).

    Raises
    ------
    PermissionDenied
        An auditor (clerks and supervisors ask at the desk).
    NotFound
        No such person.
    InvalidDemographics
        A person under :data:`~station.model.consent.ADULT_AGE` agreeing alone.
    ConsentRefused
        A deceased person, or exactly the consent already on file.
    """
    operator.require("clerk", "supervisor", action="record a person's consent")
    with station.transaction() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise UnknownPerson(person_id)
        if person.died_on is not None:
            raise ConsentRefused(f"{person.latin_name} is recorded as deceased on "
                                 f"{person.died_on.isoformat()}: there is no consent to ask",
                                 person_id=person_id)
        today = station.settings.today(now)
        check_consent(consent, person.birth_date, today)
        before = consent_on_file(session, person_id, person.birth_date, today).consent
        record_consent_in(station, session, person, consent, operator=operator, now=now,
                          today=today)
    return ConsentRecorded(person_id, consent, before)


def record_consent_in(station: Station, session: Session, person: Person, consent: Consent,
                      *, operator: OperatorInfo, now: dt.datetime, today: dt.date,
                      same_is_fine: bool = False) -> bool:
    """In ``session``'s transaction: the ``person.consent`` audit event and the
    ``person_update`` item of ``consent`` (checked by the caller); whether it was recorded.
    The consent already on file is refused (:class:`ConsentRefused`), or, with
    ``same_is_fine``, left as it stands (False: fingerprints added by a person who agrees as
    the consent on file says)."""
    before = consent_on_file(session, person.id, person.birth_date, today)
    if before.consent == consent.as_record():
        if same_is_fine:
            return False
        raise ConsentRefused("this consent is already on file (recorded "
                             f"{before.recorded_on}): nothing to record", person_id=person.id)
    station.audit(session, action="person.consent", subject_type="person",
                  subject_id=person.id, operator_id=operator.id, now=now,
                  details={"consent": consent.as_record(), "before": before.consent})
    send_update(station, session, person.id, ("consent",),
                f"consent after privacy notice {consent.notice}",
                replace(demographics_of(person), consent=consent), operator, now)
    return True

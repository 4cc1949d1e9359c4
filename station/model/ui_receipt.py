"""What the enrolment receipt says: a Qt-free view-model the PDF writer lays out.

The QR code carries the person id and, once a card is issued, the card serial, so another
office can find the record without typing. No biometric data is ever printed.

The enrolment step and the search's copy build it with one function, :func:`receipt_of`,
from the record as the registry holds it then (:func:`station.model.persons.get_person`); a
copy given again later (:func:`on_file`) carries a :class:`CopyMark` and the day the person
was registered, so that it never passes for a new registration.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import segno


@dataclass(frozen=True)
class CopyMark:
    """A paper given again: when (the window's clock: the office's zone) and by whom."""

    printed_at: dt.datetime
    printed_by: str


@dataclass(frozen=True)
class Receipt:
    """The lines of one receipt."""

    station_name: str
    #: Who registered the person (on a copy: the operator of the enrolment, "" if unknown).
    operator: str
    issued_at: dt.datetime
    person_id: str
    local_name: str
    latin_name: str
    household_id: str | None = None
    #: Where the person lives, by name ("village, commune, district").
    address: str = ""
    #: Programme names as the person knows them (not codes).
    programmes: tuple[str, ...] = ()
    card_serial: str | None = None
    notes: tuple[str, ...] = field(default=())
    #: Set on a copy given again from the search; ``issued_at`` is then when it was printed.
    copy: CopyMark | None = None
    #: On a copy: when the person was registered (the office's zone).
    registered_at: dt.datetime | None = None
    #: Who agreed to the registration (:func:`station.model.consent.recorded_consent`'s
    #: record: given_by, notice, guardian), None when none was recorded.
    consent: Mapping[str, Any] | None = None

    def qr_payload(self) -> str:
        """Short text for the QR code: ``SWS1:<person id>[:<card serial>]``."""
        parts = ["SWS1", self.person_id]
        if self.card_serial:
            parts.append(self.card_serial)
        return ":".join(parts)

    def qr_matrix(self) -> list[list[bool]]:
        """The QR modules (True = dark), error correction level M, without the quiet zone."""
        code = segno.make_qr(self.qr_payload(), error="m")
        return [[bool(v) for v in row] for row in code.matrix]


def receipt_of(person_id: str, person: Mapping[str, Any], *, station_name: str,
               operator: str, issued_at: dt.datetime,
               place: Callable[[dict[str, str]], str], names: Mapping[str, str],
               copy: CopyMark | None = None,
               registered_at: dt.datetime | None = None) -> Receipt:
    """The receipt of ``person`` (:func:`station.model.persons.get_person`'s record) as it
    stands at ``issued_at``: its address named by ``place``, the programmes it is a member
    of that day (one that ended before is left out) named by ``names`` (code -> name), the
    card in use (the newest issued one: older ones were replaced)."""
    today = issued_at.date()
    running = [p for p in person.get("programmes", [])
               if not p.get("end_date") or dt.date.fromisoformat(str(p["end_date"])) >= today]
    return Receipt(
        station_name=station_name, operator=operator, issued_at=issued_at,
        person_id=person_id, local_name=str(person.get("local_name", "")),
        latin_name=str(person.get("latin_name", "")),
        household_id=person.get("household_id"),
        address=place(dict(person.get("address") or {})),
        programmes=tuple(names.get(p["programme"], p["programme"]) for p in running),
        card_serial=next((c["serial"] for c in reversed(person.get("cards", []))
                          if c.get("status") == "issued"), None),
        copy=copy, registered_at=registered_at,
        consent=person.get("consent") if isinstance(person.get("consent"), Mapping) else None)


def with_consent(station: Any, person: dict[str, Any]) -> dict[str, Any]:
    """``person`` (:func:`station.model.persons.get_person`'s record) with the consent on
    file (its enrolment's, or the newest asked since, as the rest of the record is the
    registry's today), for its receipt (read once per paper, not on every screen)."""
    from station.model.consent import recorded_consent

    with station.reading() as session:
        return {**person, "consent": recorded_consent(session, str(person["person_id"]))}


@dataclass(frozen=True)
class OnFile:
    """What the registry holds today for a copy of a person's enrolment receipt."""

    person: dict[str, Any]
    #: When the person was registered (UTC, aware).
    registered_at: dt.datetime | None
    #: The full name of the operator who registered them ("" when not on file).
    registered_by: str


def on_file(station: Any, person_id: str) -> OnFile:
    """The record a copy of ``person_id``'s enrolment receipt is built from.

    Raises :class:`station.errors.UnknownPerson` when no such person is on file and
    :class:`station.services.errors.DeceasedPerson` when their death is recorded: no paper
    of a registration is given for the dead.
    """
    import sqlalchemy as sa

    from station.model.persons import get_person
    from station.registry.models import Operator
    from station.services.errors import DeceasedPerson

    person = with_consent(station, get_person(station, person_id))
    if person.get("died_on"):
        raise DeceasedPerson(person_id, dt.date.fromisoformat(str(person["died_on"])),
                             "give a copy of their enrolment receipt")
    created = person.get("created_at")
    registered_at = None
    if created:
        moment = dt.datetime.fromisoformat(str(created))
        registered_at = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    done = [e for e in person.get("enrolments", []) if e.get("status") == "completed"]
    registrar = (done or person.get("enrolments", []) or [{}])[0].get("operator_id")
    name = ""
    if registrar:
        with station.reading() as session:
            found = session.execute(sa.select(Operator.full_name, Operator.username)
                                    .where(Operator.id == registrar)).first()
        if found is not None:
            name = str(found.full_name or found.username)
    return OnFile(person=person, registered_at=registered_at, registered_by=name)

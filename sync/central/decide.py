"""The centre's decision for one authenticated packet, and the rows it leads to.

Decisions come in two stages (MOSIP's packet receiver, then its processor). At upload,
:func:`triage` decides everything that needs no gallery (malformed payloads and envelopes,
revocations, deaths, every kind but enrolments) and holds each enrolment as ``received``; the dedup
stage later calls :func:`decide` for it in arrival order.

An enrolment is searched 1:N against everyone enrolled (and everyone decided before it): a
hit holds it as a suspected duplicate with an adjudication case per candidate; otherwise the
person is created. Fingerprints added to a registered person (``fingerprints_added``) are
searched the same way (the person's own entry left out): a hit holds them for adjudication,
otherwise the person's gallery entry takes them. A revocation enters the revocation list. A
``person_death`` is accepted with the reason ``deceased`` (or ``death_withdrawn``): the
coverage report stops counting the person. A ``fingerprints_erased`` (the person withdrew
their consent to them, ``station.model.erasure``) is accepted with the reason
``fingerprints_erased``: the batch's writer deletes the stored envelope of every enrolment
of the person (and of every addition of prints the station made before the erasure), those
already here and those that arrive later, and the person leaves the national gallery
(``sync.central.ingest``). Every other kind is accepted as a record for the
reports.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import cbor2

from sync.central.dedup import Deduplicator
from sync.errors import PacketError
from sync.outbox import BIOMETRIC_KINDS, FINGERS_ADDED
from sync.packets import Packet, decode_biometrics

log = logging.getLogger("sync.central")

ACCEPTED, DUPLICATE, REJECTED, CONFLICT = "accepted", "duplicate_suspected", "rejected", "conflict"
#: Stored and acknowledged, the 1:N search (the final status) still to come.
RECEIVED = "received"
#: Card statuses (``card_status`` packets) that put the card on the national revocation
#: list: the station's own signed list holds the same (``station.model.trust``). A card a
#: new one replaced is listed too (and from the new card's ``card_issue``, ``replaces``).
LISTED_CARD_STATUSES = ("lost", "revoked", "replaced")


#: The reasons an accepted ``person_death`` packet carries: the station recorded the person's
#: death, or withdrew a death recorded by mistake. The newest one per person counts
#: (``sync.central.reports.deceased_persons``).
DECEASED, DEATH_WITHDRAWN = "deceased", "death_withdrawn"
#: The reason of an accepted ``programme_registration`` that ends a membership early.
MEMBERSHIP_ENDED = "membership_ended"


#: The reason of an accepted ``fingerprints_erased`` packet; its kind.
FINGERPRINTS_ERASED = ERASURE_KIND = "fingerprints_erased"


#: The kind of fingerprints added to a person already registered
#: (``station.model.fingers_added``): searched 1:N like an enrolment's, excluding the person.
#: Accepted with this reason while the centre has not registered the person (yet).
PERSON_NOT_REGISTERED = "person_not_registered_yet"


#: The reason an accepted ``adjudication`` packet carries when a station's adjudication found
#: the applicant to be someone already registered there (no enrolment was sent).
STATION_PREVENTED = "prevented_at_station"


@dataclass(frozen=True)
class Result:
    """The centre's answer for one packet."""

    id: str | None
    status: str
    reason: str | None = None
    person_id: str | None = None
    candidates: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "reason": self.reason,
                "person_id": self.person_id, "candidates": list(self.candidates)}


@dataclass
class Batch:
    """Rows collected while handling one batch, written together at the end."""

    packets: list[dict[str, Any]] = field(default_factory=list)
    persons: list[dict[str, Any]] = field(default_factory=list)
    adjudications: list[dict[str, Any]] = field(default_factory=list)
    revocations: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    manifests: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: persons whose fingerprints were erased (their enrolments' envelopes are deleted)
    erasures: list[str] = field(default_factory=list)

    def event(self, now: datetime, event: str, reason: str, station_id: str | None,
              packet_id: str | None) -> None:
        self.events.append({"at": now, "event": event, "reason": reason[:64],
                            "station_id": (station_id or "")[:64] or None,
                            "packet_id": (packet_id or "")[:64] or None})

    def refuse(self, now: datetime, station_id: str | None, packet_id: str | None,
               reason: str) -> Result:
        """Log a refusal (security log and warning) and return its answer."""
        self.event(now, "rejected", reason, station_id, packet_id)
        log.warning("packet %s from station %s rejected: %s", packet_id, station_id, reason)
        return Result(packet_id, REJECTED, reason)


def _text(value: object, limit: int = 100) -> str | None:
    """A payload field as a column's text: cut to ``limit``; a NUL (PostgreSQL's text
    refuses it, and the whole batch with it: the station's sync blocked for good) is shown
    as U+FFFD. The payload itself is kept as the station sent it."""
    text = str(value).replace("\x00", "\ufffd") if isinstance(value, str | int) else ""
    return text[:limit] or None


def report_columns(payload: dict[str, Any]) -> dict[str, Any]:
    """Copy the fields the reports group by out of a payload (missing ones stay NULL).

    The location is ``payload["location"]``, the station's ``demographics.address`` or the
    payload itself; programmes are a ``programmes`` list or one ``programme_code``.
    """
    place: Any = payload
    demographics = payload.get("demographics")
    if isinstance(payload.get("location"), dict):
        place = payload["location"]
    elif isinstance(demographics, dict) and isinstance(demographics.get("address"), dict):
        place = demographics["address"]  # the station's enrolment payload
    programmes = payload.get("programmes")
    codes = [str(p) for p in programmes] if isinstance(programmes, list) else []
    if payload.get("decision", "confirmed") == "confirmed":  # a declined one is no member
        for key in ("programme_code", "programme"):
            if isinstance(payload.get(key), str):
                codes.append(payload[key])
    return {
        "province": _text(place.get("province")),
        "district": _text(place.get("district")),
        "commune": _text(place.get("commune")),
        "programmes": ",".join(codes)[:1000] or None,
        "facility": _text(payload.get("facility"), 200),
        "card_id": _text(payload.get("card_id")),
        **report_dates(payload),
    }


def report_dates(payload: dict[str, Any]) -> dict[str, str | None]:
    """The dates the coverage report counts on (``sync.central.reports.coverage``), copied
    out of a payload as it reads them (missing or unreadable ones stay NULL):

    ``start_date``, ``end_date``: a membership's term, the first 10 characters of the
    station's ISO text (compared as text: a term holds on day D when it starts on or before
    D and ends on or after it); ``ends_on``: an end record's last day, its ``end_date`` as a
    date ("" when ``withdrawn``: held on no day; NULL when it does not read: the report
    then uses the day before the record was made); ``died_on``: a death's day, as text.
    """
    def day(key: str) -> str | None:
        value = payload.get(key)
        return value[:10] if isinstance(value, str) else None

    ends_on: str | None = None
    if payload.get("withdrawn") is True:
        ends_on = ""
    elif (end := day("end_date")) is not None:
        try:
            ends_on = date.fromisoformat(end).isoformat()
        except ValueError:
            ends_on = None
    return {"start_date": day("start_date"), "end_date": day("end_date"), "ends_on": ends_on,
            "died_on": day("died_on")}


def read_templates(biometrics: bytes | None) -> list[tuple[int, bytes]] | PacketError:
    """A packet's decoded templates (none without biometrics), or why they cannot be read."""
    if biometrics is None:
        return []
    try:
        return decode_biometrics(biometrics)[1]
    except PacketError as error:
        return error


def triage(batch: Batch, now: datetime, packet: Packet,
           templates: list[tuple[int, bytes]] | PacketError) -> Result | None:
    """The decision that needs no gallery, or ``None`` for an enrolment to search 1:N.

    Malformed payloads and unreadable templates are rejected, revocations enter the list,
    every other kind but enrolments is accepted; rows go to ``batch``.
    """
    try:
        payload = packet.payload
    except (cbor2.CBORDecodeError, ValueError):
        return Result(packet.id, REJECTED, "malformed_payload")
    if packet.kind in BIOMETRIC_KINDS:
        if isinstance(templates, PacketError):
            return Result(packet.id, REJECTED, templates.reason)
        if packet.kind == FINGERS_ADDED and (
                not templates or _text(payload.get("person_id"), 64) != packet.record_id):
            return Result(packet.id, REJECTED, "malformed_fingerprints_added")
        return None
    if packet.kind == "revocation":
        card_id = _text(payload.get("card_id"))
        if card_id is None:
            return Result(packet.id, REJECTED, "revocation_without_card_id")
        batch.revocations.append({"card_id": card_id, "station_id": packet.station_id,
                                  "packet_id": packet.id, "revoked_at": now,
                                  "reason": _text(payload.get("reason"), 500)})
    elif packet.kind == "card_status" and payload.get("status") in LISTED_CARD_STATUSES:
        # a card reported lost is refused everywhere, as the station's own list does
        card_id = _text(payload.get("card_id"))
        if card_id is not None:
            reason = _text(payload.get("reason"), 480) or "no reason given"
            batch.revocations.append({"card_id": card_id, "station_id": packet.station_id,
                                      "packet_id": packet.id, "revoked_at": now,
                                      "reason": f"{payload['status']}: {reason}"})
    elif packet.kind == "card_issue" and isinstance(payload.get("replaces"), list):
        # a new card replaces the holder's old ones: those are refused everywhere, as the
        # issuing station's own list does (a lost card must not pass once replaced)
        new_card = _text(payload.get("card_id"))
        for old in payload["replaces"]:
            card_id = _text(old)
            if card_id is not None:
                batch.revocations.append({"card_id": card_id, "station_id": packet.station_id,
                                          "packet_id": packet.id, "revoked_at": now,
                                          "reason": f"replaced by card {new_card or '?'}"})
    elif packet.kind == "person_death":
        return _death(packet, payload)
    elif packet.kind == ERASURE_KIND:
        person_id = _text(payload.get("person_id"), 64)
        if person_id is None or person_id != packet.record_id:
            return Result(packet.id, REJECTED, "malformed_erasure")
        batch.erasures.append(person_id)
        return Result(packet.id, ACCEPTED, FINGERPRINTS_ERASED, person_id=person_id)
    elif packet.kind == "programme_registration" and payload.get("decision") == "ended":
        # a membership ended before its term (the holder died): it leaves the coverage
        return Result(packet.id, ACCEPTED, MEMBERSHIP_ENDED,
                      person_id=_text(payload.get("person_id"), 64))
    elif packet.kind == "adjudication" and payload.get("outcome") == "same_person":
        # a station's own adjudication kept an applicant out: a duplicate prevented there,
        # counted in the duplicates report beside those the centre prevented
        return Result(packet.id, ACCEPTED, STATION_PREVENTED)
    return Result(packet.id, ACCEPTED, person_id=_text(payload.get("person_id"), 64))


def _death(packet: Packet, payload: dict[str, Any]) -> Result:
    """A death recorded (or withdrawn) at a station: kept as a record, its reason says which.

    The person is the packet's record id and must be the payload's ``person_id``; a recorded
    death carries ``died_on`` as an ISO date. Anything else is ``malformed_death``.
    """
    person_id = _text(payload.get("person_id"), 64)
    if person_id is None or person_id != packet.record_id:
        return Result(packet.id, REJECTED, "malformed_death")
    if payload.get("undone") is True:
        return Result(packet.id, ACCEPTED, DEATH_WITHDRAWN, person_id=person_id)
    try:
        date.fromisoformat(str(payload.get("died_on")))
    except ValueError:
        return Result(packet.id, REJECTED, "malformed_death")
    return Result(packet.id, ACCEPTED, DECEASED, person_id=person_id)


def decide(batch: Batch, now: datetime, packet: Packet,
           templates: list[tuple[int, bytes]] | PacketError, known_persons: set[str],
           dedup: Deduplicator) -> Result:
    """Accept, hold as duplicate, or reject one authenticated packet; add its rows.

    ``templates`` are the packet's decoded templates (:func:`read_templates`).
    """
    early = triage(batch, now, packet, templates)
    return early if early is not None else enrol(batch, now, packet, templates,
                                                 known_persons, dedup)


def enrol(batch: Batch, now: datetime, packet: Packet,
          templates: list[tuple[int, bytes]] | PacketError, known_persons: set[str],
          dedup: Deduplicator) -> Result:
    """The 1:N decision of an enrolment :func:`triage` already held as ``received`` (its
    payload decoded, its templates read): :func:`decide` without the triage."""
    person_id = packet.record_id  # an enrolment's record id is the person's id
    if isinstance(templates, PacketError):
        return Result(packet.id, REJECTED, templates.reason)
    try:
        found = dedup.search(templates) if templates else []
    except PacketError as error:
        return Result(packet.id, REJECTED, error.reason)
    hits = [h for h in found if h.person_id != person_id]
    if hits:
        for hit in hits:
            batch.adjudications.append({"packet_id": packet.id, "score": hit.score,
                                        "candidate_person_id": hit.person_id,
                                        "state": "open", "opened_at": now})
        return Result(packet.id, DUPLICATE, "fingerprints_match_enrolled_person", person_id,
                      tuple(h.person_id for h in hits))
    if packet.kind == FINGERS_ADDED:
        return _added(packet, templates, known_persons, dedup)
    if person_id not in known_persons:
        known_persons.add(person_id)
        batch.persons.append({"id": person_id, "packet_id": packet.id,
                              "station_id": packet.station_id, "enrolled_at": now})
        if templates:
            dedup.add(person_id, templates)
    return Result(packet.id, ACCEPTED, person_id=person_id)


def _added(packet: Packet, templates: list[tuple[int, bytes]], known_persons: set[str],
           dedup: Deduplicator) -> Result:
    """Fingerprints added to a registered person that match no one else: the person's
    entry in the gallery takes them. A person the centre has not registered (their
    enrolment still held as a suspected duplicate, or not arrived) gets them when registered
    (:func:`sync.central.adjudication.decide_case`, and every gallery rebuild)."""
    person_id = packet.record_id
    if person_id not in known_persons:
        return Result(packet.id, ACCEPTED, PERSON_NOT_REGISTERED, person_id)
    dedup.add(person_id, templates)
    return Result(packet.id, ACCEPTED, person_id=person_id)


def packet_row(packet: Packet, now: datetime, digest: bytes, result: Result,
               evidence: dict[str, Any], arrival: int | None = None) -> dict[str, Any]:
    """The ``packets`` row of one packet as received (envelope kept encrypted)."""
    try:
        columns = report_columns(packet.payload)
    except (cbor2.CBORDecodeError, ValueError, AttributeError):
        columns = report_columns({})
    return {
        "id": packet.id, "station_id": packet.station_id, "seq": packet.seq,
        "kind": packet.kind, "record_id": packet.record_id, "created_at": packet.created_at,
        "received_at": now, "digest": digest, "payload": packet.payload_bytes,
        "envelope": cbor2.dumps(packet.envelope) if packet.envelope is not None else None,
        "signature": evidence.get("signature"), "manifest_id": evidence.get("manifest_id"),
        "status": result.status, "reason": result.reason, "person_id": result.person_id,
        **columns, "arrival": arrival,
    }

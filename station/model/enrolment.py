"""Enrolment: demographics + fingers -> 1:N check -> one registry transaction, or adjudication.

On no hit, the person, their fingerprints (templates sealed with AES-GCM), the enrolment, an
audit event and the outbox item for the central registry are written in ONE transaction: a
crash at any point leaves either all of them or none. On a hit, nothing about the person is
written: an adjudication case records the candidates, the applicant's demographics and the
probe templates (sealed), and the caller shows the candidates. Never a silent merge or a
silent refusal. The write looks once more, under the registry's write lock, at fingerprint rows
committed since the search, so two counters enrolling one person at the same moment cannot
both register them.

Fingers the clerk declared not available (amputated, injured, bandaged...) travel with the
enrolment as ``missing``: position -> reason, in the audit event's details and the outbox
payload (and in the adjudication's applicant record until a supervisor approves).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

import cbor2
import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.errors import (
    BadInput,
    DecryptionFailed,
    InvalidDemographics,
    InvalidGazetteer,
    UnknownHousehold,
)
from station.model.biometrics import CapturePolicy, CheckedFinger, FingerInput, check_fingers
from station.model.consent import check_consent
from station.model.demographics import Demographics
from station.model.fingers import Finger, parse_finger
from station.model.gallery_sync import PersonCandidate, add_person, search_person
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.audit import lock_writers, naive_utc
from station.registry.base import OUTBOX
from station.registry.crypto import OUTBOX_AAD, adjudication_aad, fingerprint_aad, image_aad
from station.registry.models import Adjudication, Enrolment, Fingerprint, Household, Person
from sync.outbox import enqueue


@dataclass(frozen=True)
class Enrolled:
    """The person was registered."""

    person_id: str
    enrolment_id: str
    outbox_id: str
    qualities: dict[str, int]


@dataclass(frozen=True)
class NeedsAdjudication:
    """The fingers match registered people: a clerk (then a supervisor) must decide."""

    adjudication_id: str
    candidates: list[PersonCandidate] = field(default_factory=list)


def enrol(station: Station, demographics: Demographics, fingers: Mapping[Any, FingerInput],
          *, operator: OperatorInfo, now: datetime,
          policy: CapturePolicy | None = None,
          new_household: bool = False,
          missing: Mapping[Any, str] | None = None) -> Enrolled | NeedsAdjudication:
    """Register one person, or open an adjudication case if they may already be registered.

    ``missing`` names the fingers declared not available, each with its reason.

    Raises
    ------
    InvalidDemographics, UnknownFinger, ImageRejected
        Bad input; nothing is written.
    BadInput
        A finger both captured and declared missing, or a missing finger without a reason.
    DatabaseBusy, StorageFull
        The registry cannot take the write; nothing is written.
    """
    operator.require("clerk", "supervisor", action="enrol people")
    policy = policy or CapturePolicy()
    today = station.settings.today(now)  # the office's day
    demographics.check_dates(today)
    # told what is recorded and why, the person (or a child's guardian) agreed
    check_consent(demographics.consent, demographics.birth_date, today)
    check_household(station, demographics, new_household)
    checked = check_fingers(fingers, policy, keep_image=station.settings.keep_raw_images)
    reasons = missing_reasons(missing or {}, checked)
    probe = {f: c.template for f, c in checked.items()}
    candidates = search_person(station.current_gallery(), probe, policy)
    if not candidates:
        try:
            result = write_person(station, demographics, checked, operator=operator, now=now,
                                  new_household=new_household, missing=reasons,
                                  recheck=lambda: found_meanwhile(station, probe, policy))
        except FoundMeanwhile as found:
            candidates = found.candidates
        else:
            add_person(station.gallery, result.person_id, checked)
            return result
    case_id = open_adjudication(station, demographics, checked, candidates,
                                operator=operator, now=now, missing=reasons,
                                new_household=new_household)
    return NeedsAdjudication(adjudication_id=case_id, candidates=candidates)


class FoundMeanwhile(Exception):
    """Another counter enrolled matching fingers between the search and the write."""

    def __init__(self, candidates: list[PersonCandidate]) -> None:
        super().__init__("matching fingers were enrolled meanwhile")
        self.candidates = candidates


def found_meanwhile(station: Station, probe: Mapping[Finger, Any], policy: CapturePolicy,
                    *, besides: str | None = None) -> None:
    """Under the write lock: search again if fingerprint rows were committed since the search
    (candidates other than ``besides``, the person whose prints are added, if any).

    Two counters (or the window and `sws enrol`) enrolling the same person at the same moment
    would both search, find nothing and both write. The write transaction holds the
    registry's write lock when this runs, so no other enrolment can commit until it ends:
    rows committed before are in the refreshed gallery, and those after see ours.
    """
    if station.gallery_keeper.refresh().added:
        found = [c for c in search_person(station.gallery, probe, policy)
                 if c.person_id != besides]
        if found:
            raise FoundMeanwhile(found)


def missing_reasons(missing: Mapping[Any, str],
                    checked: Mapping[Finger, CheckedFinger]) -> dict[str, str]:
    """``{"<ISO position>": reason}`` for the fingers declared not available (checked)."""
    reasons: dict[str, str] = {}
    for key, reason in missing.items():
        finger = parse_finger(key)
        text = str(reason or "").strip()
        if not text:
            raise BadInput(f"{finger.label}: a reason is required when a finger is not "
                           "available", field="missing")
        if finger in checked:
            raise BadInput(f"{finger.label} was captured and declared not available",
                           field="missing")
        reasons[str(int(finger))] = text
    return dict(sorted(reasons.items(), key=lambda kv: int(kv[0])))


def write_person(station: Station, demographics: Demographics,
                 checked: Mapping[Finger, CheckedFinger], *, operator: OperatorInfo,
                 now: datetime, new_household: bool = False,
                 adjudication_id: str | None = None,
                 missing: Mapping[str, str] | None = None,
                 recheck: Callable[[], None] | None = None) -> Enrolled:
    """The single transaction that registers a person. ``recheck`` runs first, once the
    transaction holds the registry's write lock; what it raises rolls everything back."""
    with station.transaction() as session:
        if recheck is not None:
            lock_writers(session)
            recheck()
        result = write_person_in(session, station, demographics, checked, operator=operator,
                                 now=now, new_household=new_household,
                                 adjudication_id=adjudication_id, missing=missing)
        _fault_pause(station)
    return result


def write_person_in(session: Session, station: Station, demographics: Demographics,
                    checked: Mapping[Finger, CheckedFinger], *, operator: OperatorInfo,
                    now: datetime, new_household: bool = False,
                    adjudication_id: str | None = None,
                    missing: Mapping[str, str] | None = None) -> Enrolled:
    """Person, fingerprints, enrolment, audit event and outbox item in ``session``'s
    transaction (also used when an adjudication approves a new person). ``missing`` is
    :func:`missing_reasons`' ``{"<ISO position>": reason}``."""
    missing = dict(missing or {})
    cipher = station.cipher
    at = naive_utc(now)
    person_id, enrolment_id = str(uuid.uuid4()), str(uuid.uuid4())
    household_id = _household(session, demographics, new_household, at)
    addr = demographics.address
    session.add(Person(
        id=person_id, household_id=household_id,
        relation_to_head=demographics.relation_to_head or ("head" if new_household else None),
        local_name=demographics.local_name, latin_name=demographics.latin_name,
        sex=demographics.sex, birth_date=demographics.birth_date,
        birth_date_estimated=demographics.birth_date_estimated,
        province_code=addr.province, district_code=addr.district,
        commune_code=addr.commune, village_code=addr.village, phone=demographics.phone,
        other_ids=dict(demographics.other_ids), created_at=at))
    session.flush()
    add_fingerprint_rows(session, cipher, person_id, checked, at)
    session.add(Enrolment(id=enrolment_id, person_id=person_id, operator_id=operator.id,
                          station_id=station.settings.station_id, started_at=at,
                          finished_at=at, status="completed", adjudication_id=adjudication_id))
    session.flush()
    station.audit(session, action="person.enrol", subject_type="person", subject_id=person_id,
                  details={"enrolment_id": enrolment_id,
                           "fingers": sorted(int(f) for f in checked),
                           "missing_fingers": missing,
                           "adjudication_id": adjudication_id,
                           "consent": (demographics.consent.as_record()
                                       if demographics.consent is not None else None)},
                  operator_id=operator.id, now=now)
    outbox_id = enqueue(
        session, OUTBOX, kind="enrolment", record_id=person_id,
        payload={"person_id": person_id, "enrolment_id": enrolment_id,
                 "station_id": station.settings.station_id,
                 "operator_id": operator.id, "enrolled_at": at.isoformat(),
                 "household_id": household_id, "demographics": demographics.as_record(),
                 "fingers": fingers_sent(checked),
                 "missing_fingers": missing,
                 "adjudication_id": adjudication_id},
        sealed_biometrics=sealed_for_centre(cipher, checked), now=now)
    return Enrolled(person_id=person_id, enrolment_id=enrolment_id, outbox_id=outbox_id,
                    qualities={f.slug: c.quality for f, c in checked.items()})


def add_fingerprint_rows(session: Session, cipher: Any, person_id: str,
                         checked: Mapping[Finger, CheckedFinger], at: datetime) -> None:
    """One row per checked finger of ``person_id`` in ``session``: the ISO template sealed
    (and the image, when the station keeps images), bound to the person and position."""
    for finger, c in checked.items():
        session.add(Fingerprint(
            id=str(uuid.uuid4()), person_id=person_id, position=int(finger),
            template_sealed=cipher.seal(c.iso_record, fingerprint_aad(person_id, int(finger))),
            key_id=cipher.active_key_id, quality=c.quality, image_sha256=c.image_sha256,
            image_sealed=(cipher.seal(c.image_png, image_aad(person_id, int(finger)))
                          if c.image_png is not None else None),
            created_at=at))


def fingers_sent(checked: Mapping[Finger, CheckedFinger]) -> dict[str, dict[str, Any]]:
    """The outbox payload's ``fingers``: ``{"<ISO position>": {quality, image_sha256}}``."""
    return {str(int(f)): {"quality": c.quality, "image_sha256": c.image_sha256}
            for f, c in checked.items()}


def sealed_for_centre(cipher: Any, checked: Mapping[Finger, CheckedFinger]) -> bytes:
    """The ISO templates by position (canonical CBOR), sealed as the outbox keeps them until
    they are encrypted to the centre."""
    biometrics = cbor2.dumps({int(f): c.iso_record for f, c in checked.items()},
                             canonical=True)
    return cipher.seal(biometrics, OUTBOX_AAD)


def check_household(station: Station, demographics: Demographics,
                    new_household: bool) -> None:
    """Refuse a household id that does not exist, or one given with "new household", before
    the fingers are extracted and searched: a case opened with it could never be approved.
    (:func:`write_person_in` checks again inside its transaction.)"""
    if new_household or demographics.household_id is None:
        _household_wanted(demographics, new_household)
        _open_place(station, demographics)  # a new household, or a person on their own
        return
    with station.reading() as session:
        _existing_household(session, demographics.household_id)
        _not_a_member_yet(session, demographics)


def _open_place(station: Station, demographics: Demographics) -> None:
    """Refuse a new household (or a person registered without one) in a place the station's
    list marks retired (a commune merged into another): its records stay, new ones go to the
    place that replaced it. A list that cannot be read refuses nothing here (the form names
    it)."""
    from station.model.locations import RetiredPlace, load_for_home

    try:
        places = load_for_home(station.settings.config_dir)
    except InvalidGazetteer:
        return
    area = places.retired_in(asdict(demographics.address))
    if area is not None:
        raise RetiredPlace(area.code, area.name, area.level)


def _not_a_member_yet(session: Session, demographics: Demographics) -> None:
    """Refuse someone the household already has (same name in Latin letters, same birth
    date): enrolled again with a finger the first enrolment lacked, the 1:N search cannot
    see them, and the household would count one person twice."""
    name = " ".join(demographics.latin_name.split()).casefold()
    members = session.execute(sa.select(Person.id, Person.latin_name).where(
        Person.household_id == demographics.household_id,
        Person.birth_date == demographics.birth_date)).all()
    for person_id, latin_name in members:
        if " ".join(latin_name.split()).casefold() == name:
            raise InvalidDemographics(
                f"{latin_name}, born {demographics.birth_date.isoformat()}, is already a "
                f"member of household {demographics.household_id} (person {person_id}): "
                "look them up instead of enrolling them again", field="latin_name")


def _household_wanted(demographics: Demographics, new_household: bool) -> None:
    """One household, and exactly one head in it: who starts a household is its head, a
    member added to one is not."""
    if new_household and demographics.household_id:
        raise InvalidDemographics("give a household id or ask for a new household, "
                                  "not both", field="household_id")
    relation = demographics.relation_to_head
    if new_household and relation not in (None, "head"):
        raise InvalidDemographics(f"who starts a new household is its head, not its "
                                  f"{relation}: leave the relation out",
                                  field="relation_to_head")
    if demographics.household_id and relation == "head":
        raise InvalidDemographics("the household already has its head: give the member's "
                                  "relation to them (spouse, child, parent, other)",
                                  field="relation_to_head")


def _existing_household(session: Session, household_id: str) -> str:
    if session.get(Household, household_id) is None:
        raise UnknownHousehold(household_id)
    return household_id


def _household(session: Session, demographics: Demographics, new_household: bool,
               at: datetime) -> str | None:
    _household_wanted(demographics, new_household)
    if new_household:
        addr = demographics.address
        household = Household(id=str(uuid.uuid4()), province_code=addr.province,
                              district_code=addr.district, commune_code=addr.commune,
                              village_code=addr.village, created_at=at)
        session.add(household)
        return household.id
    if demographics.household_id is None:
        return None
    return _existing_household(session, demographics.household_id)


def open_adjudication(station: Station, demographics: Demographics,
                      checked: Mapping[Finger, CheckedFinger],
                      candidates: list[PersonCandidate], *, operator: OperatorInfo,
                      now: datetime, missing: Mapping[str, str] | None = None,
                      new_household: bool = False) -> str:
    """Record a suspected duplicate with its candidates and the sealed probe templates
    (the fingers declared missing, and whether the applicant starts a new household, ride in
    the applicant record until approval)."""
    case_id = str(uuid.uuid4())
    cipher = station.cipher
    probes = cbor2.dumps({int(f): [c.iso_record, c.quality, c.image_sha256]
                          for f, c in checked.items()}, canonical=True)
    applicant = {**demographics.as_record(), "missing_fingers": dict(missing or {}),
                 "new_household": new_household}
    images = {int(f): c.image_sha256 for f, c in checked.items()}
    with station.transaction() as session:
        pending = _pending_case(session, station, applicant, images)
        if pending is not None:
            return pending
        session.add(Adjudication(
            id=case_id, created_at=naive_utc(now), operator_id=operator.id,
            station_id=station.settings.station_id,
            applicant=applicant,
            probe_sealed=cipher.seal(probes, adjudication_aad(case_id)),
            key_id=cipher.active_key_id,
            candidates=[c.as_record() for c in candidates], status="open"))
        session.flush()
        station.audit(session, action="adjudication.open", subject_type="adjudication",
                      subject_id=case_id,
                      details={"candidates": [c.person_id for c in candidates]},
                      operator_id=operator.id, now=now)
    return case_id


def _pending_case(session: Session, station: Station, applicant: Mapping[str, Any],
                  images: Mapping[int, str]) -> str | None:
    """The case still waiting (open, or decided and not yet approved) for this applicant with
    these very captures (the same image per finger), if there is one.

    The same enrolment sent twice (a retry, a double click) opened two cases, and a
    supervisor approving both as "not a duplicate" registered the person twice. A new
    capture (another touch: other images) is new evidence and gets its own case.
    """
    same = json.loads(json.dumps(applicant, default=str))  # as the JSON column returns it
    rows = session.execute(
        sa.select(Adjudication.id, Adjudication.applicant, Adjudication.probe_sealed)
        .where(Adjudication.status.in_(("open", "decided")))
        .order_by(Adjudication.created_at)).all()
    for case_id, recorded, sealed in rows:
        if recorded != same or sealed is None:
            continue
        try:
            probes = cbor2.loads(station.cipher.open(sealed, adjudication_aad(case_id)))
        except DecryptionFailed:  # not readable here: not evidence that it is the same
            continue
        if {int(f): p[2] for f, p in probes.items()} == dict(images):
            return str(case_id)
    return None


def _fault_pause(station: Station) -> None:
    """Test hook: signal that the transaction is open, then wait to be killed (kill -9)."""
    marker = station.settings.fault_pause_file
    if marker is None:
        return
    marker.write_text("in transaction\n")
    time.sleep(60)

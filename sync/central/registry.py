"""Stations, master data and the revocation list at the centre (everything but packets).

A station registers its Ed25519 public key. In demo mode (``auto_approve``) it is active at
once; in production it stays ``pending`` until a supervisor approves it. A revoked station's
packets are refused from then on, and the revocation shows in the list every station pulls.
An approval is valid for a number of days (``expires_at``, :mod:`sync.central.expiry`) and is
renewed by an operator; each station learns its own expiry from the master data it pulls.
A station says its office's time zone (at registration, later signed with its key when it
changes): the reports count its records on that office's days (:mod:`sync.central.reports`).
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from typing import Any
from zoneinfo import available_timezones

import cbor2
import sqlalchemy as sa

from sync.central import expiry, signers
from sync.central import schema as t
from sync.central.decide import ACCEPTED, ERASURE_KIND
from sync.client import gazetteer_digest
from sync.errors import AlreadyRevoked, PlacesInUse, RegistrationError
from sync.keys import b64, station_public_key
from sync.registration import NOT_ZONES, zone_message


class UnknownTimeZone(RegistrationError):
    """A station named a time zone the centre does not know (refused, ``bad_time_zone``)."""


class BadZoneSignature(RegistrationError):
    """A time zone declared for a station whose key did not sign it (``bad_signature``)."""


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones()) - NOT_ZONES


def check_time_zone(name: str) -> str:
    """``name`` when it is an IANA time zone the centre knows (``Asia/Phnom_Penh``, ``UTC``);
    :class:`UnknownTimeZone` saying so otherwise (a typo, a bare offset, a path, or a zone
    newer than the centre's time zone database)."""
    if name not in _zones():
        shown = name if len(name) <= 64 and name.isprintable() else f"{name[:64]!r}..."
        raise UnknownTimeZone(f"{shown!r} is not a time zone the centre knows: name the "
                              "office's zone as the IANA database does, e.g. Asia/Phnom_Penh "
                              "(a zone newer than the centre's database waits for its update)")
    return name


class StationBarred(RegistrationError):
    """A revoked or suspended station declared a zone (refused, ``station_<status>``): its
    key is no longer trusted to re-date its records in every report."""

    def __init__(self, message: str, status: str) -> None:
        super().__init__(message)
        self.status = status


class ZoneChanged(RegistrationError):
    """A zone declared over another zone version than the next one, or in place of a zone
    the centre no longer holds: an old declaration sent again (refused, ``stale_time_zone``);
    the station's next sync reads the zone and its version on record."""


class ZoneUnversioned(ZoneChanged):
    """A declaration signed without a zone version (a station from before versions) that
    would replace a zone on record: nothing tells it from one sent again after the zone
    came back (A, B, A: "B in place of A" again), so it is refused as stale (logged once a
    day per station); such a declaration can only say a station's first zone."""


def set_time_zone(conn: sa.Connection, station_id: str, time_zone: str, was: str | None,
                  signature: bytes, version: int | None = None, *,
                  now: datetime | None = None) -> tuple[str, int]:
    """Put a station's office zone on record in place of ``was`` as its zone ``version``
    once its key signed all three (``signature`` over
    :func:`sync.registration.zone_message`); the zone and its version.

    The centre takes only the next version (the one it holds plus one), so a declaration
    seen on the way is of no use once taken, even after the zone came back to ``was``.
    Without a version (stations from before versions) only a station's first zone is taken
    (``was`` None while none is on record: it never is again).

    :class:`BadZoneSignature` when the station's key did not sign it,
    :class:`StationBarred` for a revoked or suspended station, :class:`ZoneChanged` for
    another version than the next or a ``was`` the centre no longer holds (a declaration
    replayed is refused), :class:`ZoneUnversioned` for an unversioned change of a zone on
    record, :class:`UnknownTimeZone` for a zone the centre does not know,
    :class:`RegistrationError` for an unknown station."""
    from cryptography.exceptions import InvalidSignature

    s = t.stations.c
    row = conn.execute(sa.select(s.public_key, s.status, s.time_zone, s.zone_version)
                       .where(s.id == station_id).with_for_update()).first()
    if row is None:
        raise RegistrationError(f"no station {station_id} is registered")
    try:
        station_public_key(bytes(row.public_key)).verify(
            signature, zone_message(station_id, time_zone, was, version))
    except InvalidSignature as error:
        raise BadZoneSignature(f"the time zone of station {station_id} is not signed by "
                               "its key") from error
    if row.status in ("revoked", "suspended"):
        raise StationBarred(f"station {station_id} is {row.status}: its time zone stays "
                            f"{row.time_zone or 'UTC'} until an operator approves it again",
                            str(row.status))
    held = int(row.zone_version or 0)
    if version is None and row.time_zone is not None:
        raise ZoneUnversioned(f"station {station_id} declared {time_zone} without a zone "
                              "version (the form of stations from before versions, taken "
                              f"only as a station's first zone): the centre keeps "
                              f"{row.time_zone}; update the station to change its zone")
    if version is not None and version != held + 1:
        raise ZoneChanged(f"the centre holds zone version {held} for station {station_id}, "
                          f"not {version - 1}: an old declaration, not taken")
    if row.time_zone != was:
        raise ZoneChanged(f"the centre holds {row.time_zone or 'no'} time zone for station "
                          f"{station_id}, not {was or 'none'}: an old declaration, not taken")
    check_time_zone(time_zone)
    conn.execute(t.stations.update().where(s.id == station_id)
                 .values(time_zone=time_zone, zone_version=held + 1))
    _zone_on_record(conn, station_id, held + 1, time_zone, now)
    return time_zone, held + 1


def _zone_on_record(conn: sa.Connection, station_id: str, version: int, time_zone: str,
                    now: datetime | None) -> None:
    """Keep ``time_zone`` among the zones put on record for the station
    (``station_zones``: the zones its packets may be dated in, which the reports read)."""
    conn.execute(t.station_zones.insert().values(station_id=station_id, version=version,
                                                 time_zone=time_zone, since=now))


def register_station(
    conn: sa.Connection,
    *,
    station_id: str,
    public_key: bytes,
    name: str,
    office: str,
    auto_approve: bool,
    now: datetime,
    time_zone: str | None = None,
) -> str:
    """Record a station's key and its office's ``time_zone``; return its status. A zone the
    centre does not know (:func:`check_time_zone`) is not kept: the station is registered on
    UTC days all the same (its records must not wait on the centre's tzdata), and its next
    syncs say the zone again. Re-registering the same key is harmless and changes nothing (the
    registration is not signed: a zone changed later comes signed, :func:`set_time_zone`)."""
    if time_zone is not None and time_zone not in _zones():
        time_zone = None
    if not station_id or len(station_id) > 64:
        raise RegistrationError("a station id is 1 to 64 characters")
    if len(public_key) != 32:
        raise RegistrationError("a station public key is 32 raw bytes (Ed25519)")
    row = conn.execute(sa.select(t.stations).where(t.stations.c.id == station_id)).first()
    if row is not None:
        if row.public_key != public_key:
            raise RegistrationError(f"station {station_id} is already registered with "
                                    "another key")
        return str(row.status)
    status = "active" if auto_approve else "pending"
    conn.execute(t.stations.insert().values(
        id=station_id, public_key=public_key, name=name[:200], office=office[:200],
        status=status, registered_at=now, time_zone=time_zone, zone_version=0,
        expires_at=expiry.until(now, t.DEFAULT_VALID_DAYS) if auto_approve else None))
    if time_zone is not None:
        _zone_on_record(conn, station_id, 0, time_zone, now)
    return status


def set_station_status(conn: sa.Connection, station_id: str, status: str, *,
                       reason: str | None, now: datetime,
                       valid_days: int = t.DEFAULT_VALID_DAYS) -> datetime | None:
    """Approve (``active``, valid ``valid_days`` from ``now``) or revoke (``revoked``) a
    station; return the new expiry (None for a revocation). A revoked station is not
    revoked again (:class:`~sync.errors.AlreadyRevoked`): the first revocation's day stands,
    which the desks check cards against; approving it again, then revoking, is a new one."""
    values: dict[str, Any] = {"status": status}
    ends = None
    if status == "revoked":
        was = conn.execute(sa.select(t.stations.c.status, t.stations.c.revoked_at)
                           .where(t.stations.c.id == station_id)).first()
        if was is not None and was.status == "revoked":
            since = f" since {expiry.iso(was.revoked_at)}" if was.revoked_at else ""
            raise AlreadyRevoked(f"station {station_id} is already revoked{since}; its "
                                 "revocation stands")
        values.update(revoked_at=now, revoke_reason=reason)
    else:
        ends = values["expires_at"] = _until(now, valid_days)
    done = conn.execute(t.stations.update().where(t.stations.c.id == station_id).values(values))
    if done.rowcount == 0:
        raise RegistrationError(f"no station {station_id} is registered")
    return ends


def renew_station(conn: sa.Connection, station_id: str, *, now: datetime,
                  valid_days: int = t.DEFAULT_VALID_DAYS) -> datetime:
    """Extend an active station's approval to ``now + valid_days``; return the new expiry.

    Only an active station is renewed: a pending one needs an approval, a revoked one a
    decision to approve it again (renewing must not quietly undo a revocation).
    """
    row = conn.execute(sa.select(t.stations.c.status).where(t.stations.c.id == station_id)
                       ).first()
    if row is None:
        raise RegistrationError(f"no station {station_id} is registered")
    if row.status != "active":
        raise RegistrationError(f"station {station_id} is {row.status}, not active: approve "
                                "it (`sws central approve`) rather than renew it")
    ends = _until(now, valid_days)
    conn.execute(t.stations.update().where(t.stations.c.id == station_id)
                 .values(expires_at=ends))
    return ends


def _until(now: datetime, valid_days: int) -> datetime:
    try:
        return expiry.until(now, valid_days)
    except ValueError as error:
        raise RegistrationError(str(error)) from error


def revocation_list(conn: sa.Connection, since: int) -> dict[str, Any]:
    """Cards revoked after position ``since`` and every revoked station (with the card-signer
    certificates it signed cards with), for stations to pull."""
    r = t.revocations.c
    cards = [
        {"seq": row.seq, "card_id": row.card_id, "reason": row.reason,
         "revoked_at": row.revoked_at.isoformat() + "Z"}
        for row in conn.execute(sa.select(t.revocations).where(r.seq > since).order_by(r.seq))
    ]
    stations = [
        {"station_id": row.id, "reason": row.revoke_reason,
         "revoked_at": row.revoked_at.isoformat() + "Z" if row.revoked_at else None,
         # its card signers: cards they sign after revoked_at fail at every desk, and so do
         # cards dated before it that are not among those it delivered
         "signers": signers.parse(row.signers),
         "delivered_cards": b64(signers.delivered_cards(conn, row.id))}
        for row in conn.execute(sa.select(t.stations).where(t.stations.c.status == "revoked"))
    ]
    last = max([since, *(c["seq"] for c in cards)])
    return {"cards": cards, "stations": stations, "next": last}


def master_data(conn: sa.Connection, central_public_key: bytes,
                have_gazetteer: str | None = None, *, now: datetime) -> dict[str, Any]:
    """Programmes, locations and station keys, for stations to pull; the gazetteer's digest,
    and the gazetteer itself for a station whose ``have_gazetteer`` digest differs.

    Each station comes with its expiry and whether it has passed on the centre's clock
    (``now``): a station reads its own there, and its clock decides nothing."""
    digest = conn.execute(sa.select(t.gazetteer.c.version)).scalar()
    send = digest is not None and have_gazetteer is not None and have_gazetteer != digest
    return {
        "central_public_key": b64(central_public_key),
        "programmes": [dict(r) for r in conn.execute(
            sa.select(t.programmes).order_by(t.programmes.c.code)).mappings()],
        "locations": [dict(r) for r in conn.execute(
            sa.select(t.locations).order_by(t.locations.c.code)).mappings()],
        "stations": [
            {"station_id": r.id, "public_key": b64(r.public_key), "status": r.status,
             "office": r.office, "name": r.name, "expires_at": expiry.iso(r.expires_at),
             "expired": expiry.state(r.expires_at, now) == expiry.EXPIRED,
             "signers": [s["sha256"] for s in signers.parse(r.signers)],
             # the zone its records are counted in (None: UTC, until the station says),
             # and its version: a station signs a change over the next one
             "time_zone": r.time_zone, "zone_version": int(r.zone_version or 0)}
            for r in conn.execute(sa.select(t.stations).order_by(t.stations.c.id))
        ],
        "gazetteer_digest": digest,
        "gazetteer": _gazetteer(conn) if send else None,
    }


def _gazetteer(conn: sa.Connection) -> dict[str, Any]:
    return dict(json.loads(conn.execute(sa.select(t.gazetteer.c.document)).scalar_one()))


def put_master_data(conn: sa.Connection, programmes: list[dict[str, str]],
                    locations: list[dict[str, str]],
                    gazetteer: dict[str, Any] | None = None) -> None:
    """Replace the programme and location lists (and the stations' gazetteer when given).

    Refused with :class:`~sync.errors.PlacesInUse`, before anything is replaced, when the new
    locations leave out a commune of the current list that persons or households delivered
    to the centre are registered in: stations pull the list and their records would point
    at nothing (the station's list of places has no notion of a retired place, readable but
    closed to new registrations, to move them to instead)."""
    check_master_data(conn, locations)
    if gazetteer is not None:
        conn.execute(t.gazetteer.delete())
        conn.execute(t.gazetteer.insert().values(
            id=1, version=gazetteer_digest(gazetteer),
            document=json.dumps(gazetteer, ensure_ascii=False)))
    conn.execute(t.programmes.delete())
    conn.execute(t.locations.delete())
    if programmes:
        conn.execute(t.programmes.insert(), programmes)
    if locations:
        conn.execute(t.locations.insert(), locations)


def check_master_data(conn: sa.Connection, locations: list[dict[str, str]]) -> None:
    """What :func:`put_master_data` checks before it replaces anything, reading only (the
    operator's dry run asks it too): raise :class:`PlacesInUse` naming each current commune
    missing from ``locations`` that records delivered to the centre (enrolments, households,
    programme registrations...; not refused ones) are registered in, with their count."""
    kept = {str(loc["code"]) for loc in locations}
    current = {r.code: r.commune for r in conn.execute(
        sa.select(t.locations.c.code, t.locations.c.commune))}
    dropped = set(current) - kept
    if not dropped:
        return
    p = t.packets.c
    rows = conn.execute(
        sa.select(p.commune, sa.func.count()).where(
            p.commune.in_(sorted(dropped)), p.status != "rejected")
        .group_by(p.commune))
    in_use = {str(code): (current[code], int(n)) for code, n in rows if n}
    if in_use:
        raise PlacesInUse(in_use)


def erasures(conn: sa.Connection, station_id: str, persons: list[str]) -> list[dict[str, Any]]:
    """The fingerprint erasures the centre took from ``station_id`` for any of ``persons``:
    the newest accepted one of each person (by when the station recorded it: an erasure
    applied again after a restore carries the first one's time), with who asked and when.

    A station restored from a backup older than an erasure asks this before it sends
    anything, and erases again the prints it holds from before that time
    (``station.model.erasure``; prints added since, ``fingerprints_added``, stay): the
    centre holds every erasure the lost installation delivered.
    """
    p = t.packets.c
    rows = conn.execute(sa.select(p.record_id, p.payload, p.created_at).where(
        p.station_id == station_id, p.kind == ERASURE_KIND, p.status == ACCEPTED,
        p.record_id.in_(persons)).order_by(p.arrival))
    found: dict[str, dict[str, Any]] = {}
    for row in rows:
        try:
            payload = cbor2.loads(row.payload)
        except (cbor2.CBORDecodeError, ValueError):
            payload = {}
        payload = payload if isinstance(payload, dict) else {}
        guardian = payload.get("guardian")
        erased_at = str(payload.get("erased_at") or row.created_at)
        if row.record_id in found and found[row.record_id]["erased_at"] >= erased_at:
            continue
        found[row.record_id] = {
            "person_id": row.record_id,
            "erased_at": erased_at,
            "asked_by": str(payload.get("asked_by") or ""),
            "guardian": guardian if isinstance(guardian, str) else None,
            "fingers": [f for f in payload.get("fingers") or () if type(f) is int],
            "erased_by": str(payload.get("erased_by") or ""),
        }
    return list(found.values())


def statuses(conn: sa.Connection, ids: list[str]) -> list[dict[str, Any]]:
    """The current answer for each packet id the centre holds (unknown ids are left out)."""
    p = t.packets.c
    rows = conn.execute(sa.select(p.id, p.status, p.reason, p.person_id).where(p.id.in_(ids)))
    return [{"id": r.id, "status": r.status, "reason": r.reason, "person_id": r.person_id}
            for r in rows]

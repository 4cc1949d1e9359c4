"""What the centre last said about this station's registration: status and expiry.

The centre approves a station for a period (:mod:`sync.central.expiry`) and publishes each
station's ``expires_at`` (and whether it has passed on the centre's clock) in the master
data every station pulls. The station keeps its own entry in ``<config>/FILE_NAME`` (written
whole or not at all) so that `sws sync` and the supervisor page can say until when it is
valid, warn a month ahead and, once expired, say that the records are kept until renewal,
even while the centre is out of reach.

It also keeps the centre's record of the station's card signer current: the master data lists
the signers on record for each station, and a station whose own is missing (registered by an
earlier version, or new certificates installed since) declares it (:func:`declare_signer`),
so that revoking the station lists the signer even before a card is delivered.

And it keeps the centre's record of the office's time zone current (the centre counts each
record on its office's calendar day): the zone goes with the registration, the master data
lists the zone on record for each station, and a station whose zone differs (registered by
an earlier version, or ``SWS_TIME_ZONE`` changed since) says it, signed with its key over
the zone it replaces and the next zone version the centre listed (:func:`zone_message`):
once, not with every record.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import cbor2

from sync._files import replace_text
from sync.errors import SyncError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from sync.client import CentralClient

FILE_NAME = "central-registration.json"
#: Days before the expiry from which the office is told to ask for a renewal.
WARN_DAYS = 30
EXPIRED, EXPIRING, VALID, UNKNOWN = "expired", "expiring", "valid", "unknown"


@dataclass(frozen=True)
class Standing:
    """This station's entry in the centre's master data, as pulled at ``checked_at``."""

    station_id: str
    status: str | None  # active | pending | revoked; None: the centre does not know it
    expires_at: datetime | None  # aware UTC; None: no expiry given
    expired: bool  # the centre's verdict when pulled (its clock, not ours)
    checked_at: datetime

    def state(self, now: datetime) -> str:
        """``expired`` (the centre said so, or the date has passed here), ``expiring``
        (within :data:`WARN_DAYS`), ``valid``, or ``unknown`` (no expiry known)."""
        if self.expires_at is None:
            return UNKNOWN
        if self.expired or now >= self.expires_at:
            return EXPIRED
        return EXPIRING if self.days_left(now) <= WARN_DAYS else VALID

    def days_left(self, now: datetime) -> int:
        """Whole days until the expiry, rounded up (1 on its last day; 0 once passed)."""
        if self.expires_at is None:
            return 0
        return max(0, math.ceil((self.expires_at - now).total_seconds() / 86400))

    def as_json(self) -> dict[str, Any]:
        return {"station_id": self.station_id, "status": self.status,
                "expires_at": _iso(self.expires_at), "expired": self.expired,
                "checked_at": _iso(self.checked_at)}


def from_master_data(master: dict[str, Any], station_id: str, now: datetime) -> Standing:
    """This station's standing in the centre's master data (pulled at ``now``)."""
    for entry in master.get("stations", []):
        if isinstance(entry, dict) and entry.get("station_id") == station_id:
            return Standing(station_id, str(entry.get("status")),
                            _parse(entry.get("expires_at")), bool(entry.get("expired")), now)
    return Standing(station_id, None, None, False, now)


@dataclass(frozen=True)
class SignerBinding:
    """The station's card signer bound to it: ``binding`` (:mod:`cardio.binding`, signed by
    the signer key over the station's id and packet key), ``signature`` (the station key's
    Ed25519 signature over it) and ``sha256`` (hex SHA-256 of the signer certificate's DER,
    as the centre lists it)."""

    binding: bytes
    signature: bytes
    sha256: str


def declare_signer(client: CentralClient, master: dict[str, Any], station_id: str,
                   signer: SignerBinding | None) -> bool:
    """Send ``signer`` to the centre when its master data (just pulled) does not list it for
    this station; True when sent. Nothing is sent without a signer (a desk that issues no
    cards), to a centre that does not know the station, or to one that lists no signers (an
    earlier version, which has nowhere to take it)."""
    if signer is None:
        return False
    for entry in master.get("stations", []):
        if isinstance(entry, dict) and entry.get("station_id") == station_id:
            listed = entry.get("signers")
            if not isinstance(listed, list) or signer.sha256 in listed:
                return False
            client.declare_signer(station_id, signer)
            return True
    return False


_ZONE_TAG = b"sws-time-zone-v2\x00"
#: Names the zone databases hold that are no office's zone: ``localtime`` is whatever the
#: machine reading it is set to (a zone read from a copied ``/etc/localtime`` is named so),
#: ``posixrules`` a default of old POSIX strings, ``Factory`` "local time zone must be set".
NOT_ZONES = frozenset({"localtime", "posixrules", "Factory"})


def zone_name(zone: tzinfo) -> str | None:
    """The IANA name of an office's ``zone`` (``Asia/Phnom_Penh``; ``UTC``), what the centre
    takes; None for a zone without one (a bare offset, which has no rules to count days by
    at the centre, one read from a file named ``localtime``: :data:`NOT_ZONES`, or from a
    file whose name is no zone's, ``TZ=:/opt/zones/Jakarta``); the centre then keeps what
    it had."""
    if zone is UTC:
        return "UTC"
    key = getattr(zone, "key", None)
    if not isinstance(key, str) or not key or key in NOT_ZONES:
        return None
    try:
        ZoneInfo(key)  # a name this station's zone database has, not a file's name
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
    return key


def zone_message(station_id: str, time_zone: str, was: str | None,
                 version: int | None = None) -> bytes:
    """The bytes a station signs to say its office's zone (the centre checks them): the
    station, the zone, ``was``, the zone the centre's master data listed for it (None:
    none), and ``version``, the next of the zone version it listed (``zone_version`` + 1):
    the centre takes only that version, so a declaration seen on the way is no use once
    taken, even after the zone came back to ``was``. Without ``version`` the form of
    stations from before versions (for a centre that lists none), which a centre with
    versions takes only as a station's first zone."""
    fields: dict[str, object] = {"st": station_id, "tz": time_zone, "was": was}
    if version is not None:
        fields["v"] = version
    return _ZONE_TAG + cbor2.dumps(fields, canonical=True)


def declare_time_zone(client: CentralClient, master: dict[str, Any], station_id: str,
                      key: Ed25519PrivateKey, time_zone: str | None) -> bool:
    """Tell the centre this office's ``time_zone`` when its master data (just pulled) holds
    another for this station, signed over the next zone version it lists; True when sent.
    Nothing is sent without a name, to a centre that does not know the station, lists it
    revoked or suspended (it would refuse), or lists no zones (an earlier version); to a
    centre that lists zones without versions, the unversioned form it knows."""
    if time_zone is None:
        return False
    for entry in master.get("stations", []):
        if isinstance(entry, dict) and entry.get("station_id") == station_id:
            if ("time_zone" not in entry or entry["time_zone"] == time_zone
                    or entry.get("status") in ("revoked", "suspended")):
                return False
            was = entry["time_zone"] if isinstance(entry["time_zone"], str) else None
            held = entry.get("zone_version")
            version = held + 1 if type(held) is int and held >= 0 else None
            client.declare_time_zone(station_id, time_zone, was,
                                     key.sign(zone_message(station_id, time_zone, was,
                                                           version)), version)
            return True
    return False


def declare_time_zone_first(client: CentralClient, station_id: str, key: Ed25519PrivateKey,
                            time_zone: str | None) -> bool:
    """:func:`declare_time_zone` on master data pulled for it (without the list of places),
    for a sync to call before it sends the records waiting: the centre dates each record in
    the zone it holds for the station when it stores it (schema 8), so a zone said only after
    the upload left the records that waited dated, for good, in the zone it replaced (UTC's
    for a station that had said none). True when sent."""
    if time_zone is None:
        return False
    return declare_time_zone(client, client.master_data(), station_id, key, time_zone)


def save(path: Path, standing: Standing) -> None:
    """Write ``standing`` to ``path`` whole or not at all (temp file, then rename)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_text(path, json.dumps(standing.as_json(), indent=2))
    except OSError as error:
        raise SyncError(f"cannot keep the registration's expiry in {path}: "
                        f"{error.strerror or error}") from error


def load(path: Path) -> Standing | None:
    """The standing kept at ``path``; None when never pulled (or the file is unreadable:
    it is pulled again at the next sync, nothing depends on it but what is shown)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Standing(str(data["station_id"]), data.get("status"),
                        _parse(data.get("expires_at")), bool(data.get("expired")),
                        _parse(data["checked_at"]) or datetime.min.replace(tzinfo=UTC))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _parse(text: object) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None  # a date we cannot read is no date: nothing is shown for it
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")

"""A station's approval is valid for a period: when it ends, and what the centre then takes.

A laptop lost or an office closed without anyone revoking it must stop being trusted by
itself, as machine and device keys in MOSIP and device certificates in any PKI do. Approval
(and renewal) sets ``stations.expires_at`` on the centre's clock; after it the station's
uploads are refused with reason ``station_expired`` and its records wait at the station
(nothing is lost: the station retries them, and delivers them once the centre renews it).

Records made before the expiry and delivered after it: an office offline for a week across
its expiry date must not strand them. But the centre cannot trust a station's clock: a
stolen laptop can date a packet whenever it likes. The rule is therefore measured on the
centre's clock only: for :data:`GRACE_DAYS` after the expiry the centre still takes packets
whose (station-signed) creation time is before the expiry, and refuses those dated after
it; once the grace period is over it refuses everything until a renewal. A thief who
backdates packets gains at most the grace period, never more; an honest office that comes
back online within it delivers everything it made while it was valid, and what it made
after waits for the renewal.

References
----------
MOSIP, "Key Manager: machine and device key validity" (registration client machines).
RFC 5280 section 4.1.2.5: certificate validity, notBefore/notAfter.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

#: Days after the expiry during which packets dated before it are still taken.
GRACE_DAYS = 14
#: A registration ending within this many days is flagged to the centre and the office.
SOON_DAYS = 30
EXPIRED, EXPIRING, VALID, OPEN = "expired", "expiring", "valid", "open"


def naive_utc(moment: datetime) -> datetime:
    """``moment`` as the naive UTC the central tables hold."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def until(now: datetime, valid_days: int) -> datetime:
    """The expiry of an approval or renewal made at ``now`` (naive UTC)."""
    if not 1 <= valid_days <= 3660:
        raise ValueError("a registration is valid for 1 to 3660 days")
    return naive_utc(now) + timedelta(days=valid_days)


def state(expires_at: datetime | None, now: datetime, soon_days: int = SOON_DAYS) -> str:
    """``expired``, ``expiring`` (within ``soon_days``), ``valid``, or ``open`` (no expiry)."""
    if expires_at is None:
        return OPEN
    left = naive_utc(expires_at) - naive_utc(now)
    if left <= timedelta(0):
        return EXPIRED
    return EXPIRING if left <= timedelta(days=soon_days) else VALID


def registration(status: str, expires_at: datetime | None, now: datetime) -> str:
    """A station's flag in the lists an operator reads: :func:`state` of an active station's
    approval, ``open`` for a pending or revoked one (nothing to renew)."""
    return state(expires_at, now) if status == "active" else OPEN


def renewal_first(flag: str, expires_at: str) -> tuple[int, str]:
    """The start of a sort key that puts expired stations first, then those expiring, the
    soonest first (``expires_at`` as ISO text); every other station after them, ranked by
    the rest of the caller's key."""
    rank = {EXPIRED: 0, EXPIRING: 1}.get(flag, 2)
    return rank, expires_at if rank < 2 else ""


def parse_iso(text: str) -> datetime:
    """ISO 8601 text (``Z`` or an offset allowed) as the naive UTC the tables hold."""
    return naive_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))


def refuses(expires_at: datetime | None, now: datetime, created_at: datetime | None,
            grace_days: int = GRACE_DAYS) -> bool:
    """Whether the centre refuses a packet of a station whose approval ends at
    ``expires_at``, arriving at ``now`` (centre's clock) and dated ``created_at`` by the
    station (None: not read yet, judged on the grace period alone).

    Before the expiry: taken. Within ``grace_days`` after it: taken when dated before it.
    After the grace period: refused, whatever its date.
    """
    if expires_at is None:
        return False
    end, at = naive_utc(expires_at), naive_utc(now)
    if at <= end:
        return False
    if at > end + timedelta(days=grace_days):
        return True
    return created_at is not None and naive_utc(created_at) > end


def iso(moment: datetime | None) -> str | None:
    """``moment`` (naive UTC) as ISO 8601 with ``Z``, seconds; None stays None."""
    return None if moment is None else naive_utc(moment).isoformat(timespec="seconds") + "Z"

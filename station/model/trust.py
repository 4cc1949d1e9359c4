"""Where this station's trust in cards comes from.

Trust anchors: ``SWS_TRUST_ANCHORS`` (PEM files, ``os.pathsep``-separated), else the national
root delivered to ``<config>/pki/root.pem``, else the issuing chain's own root (the DEMO chain
that ``sws init`` makes). Revocation list: ``SWS_REVOCATION_LIST``, else a national list at
``<config>/pki/revocations.cose``, else this office's own list in the issuing folder, which is
*derived from the registry* (every card revoked or reported lost) and re-signed whenever a card
changes status or the list is more than a day old, so it never goes stale or disagrees with
the registry, whichever screen or command revoked the card.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from station.config import Settings
from station.model.station import Station
from station.registry.models import Card

CRL_FILE = "revocations.cbor"
CRL_VALIDITY = timedelta(days=7)
CRL_REFRESH = timedelta(days=1)


def trust_anchor_files(settings: Settings) -> list[Path]:
    """The PEM files of the roots this station trusts."""
    configured = os.environ.get("SWS_TRUST_ANCHORS")
    if configured:
        return [Path(p) for p in configured.split(os.pathsep) if p]
    national = settings.config_dir / "pki" / "root.pem"
    return [national if national.is_file() else settings.issuing_dir / "root.pem"]


def revocation_list_file(station: Station, now: datetime) -> Path:
    """The signed revocation list to check cards against, refreshed when this office signs it."""
    configured = os.environ.get("SWS_REVOCATION_LIST")
    if configured:
        return Path(configured)
    national = station.settings.config_dir / "pki" / "revocations.cose"
    if national.is_file():
        return national
    path = station.settings.issuing_dir / CRL_FILE
    if _can_sign(station) and (not path.is_file() or _age(path, now) > CRL_REFRESH):
        publish_revocation_list(station, now)
    return path


def publish_revocation_list(station: Station, now: datetime) -> Path | None:
    """Sign the list of every revoked or lost card in the registry; None without a signer key."""
    if not _can_sign(station):
        return None
    import cardio

    with station.reading() as session:
        rows = session.execute(
            sa.select(Card.serial, Card.status_reason, Card.status_changed_at)
            .where(Card.status.in_(("revoked", "lost"))).order_by(Card.serial)).all()
    entries = [cardio.Revocation(serial, _aware(changed) or now, reason or "revoked")
               for serial, reason, changed in rows]
    issuing = station.settings.issuing_dir
    data = cardio.sign_revocation_list(entries, cardio.Pki.load(issuing), now, CRL_VALIDITY)
    path = issuing / CRL_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return path


def _can_sign(station: Station) -> bool:
    return (station.settings.issuing_dir / "signer.key").is_file()


def _age(path: Path, now: datetime) -> timedelta:
    return now - datetime.fromtimestamp(path.stat().st_mtime, UTC)


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

"""Where this station's trust in cards comes from.

Trust anchors: ``SWS_TRUST_ANCHORS`` (PEM files, ``os.pathsep``-separated), else the national
root delivered to ``<config>/pki/root.pem``, else the issuing chain's own root (the DEMO chain
that ``sws init`` makes). Revocation list: ``SWS_REVOCATION_LIST``, else a national list at
``<config>/pki/revocations.cose``, else this office's own list in the issuing folder, which is
*derived from the registry* (every card revoked, reported lost or replaced) plus every card the
central registry lists as revoked, lost or replaced at *another* station
(``sync.revocations``: what the last ``sws sync`` or the window's sync worker pulled), and
re-signed whenever a card changes status or is replaced, a newer national list arrives, or the
list is more than a day old. The national list's revoked stations carry their card-signer
certificates and the cards the station delivered; they go on the signed list from the time of
the revocation (cards those signers make afterwards are refused, and cards dated before that
the centre never received; the delivered ones stay valid, ``cardio.verify``). So
the list never goes stale or disagrees with the registry, whichever screen, command or
station revoked the card.
"""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from station.config import Settings
from station.model.station import Station
from station.registry.models import Card

log = logging.getLogger(__name__)

CRL_FILE = "revocations.cbor"
#: Card statuses on the signed list: revoked, reported lost, and replaced by a newer card (a
#: lost card found by someone else must not pass once its holder has a new one).
LISTED_STATUSES = ("revoked", "lost", "replaced")
CRL_VALIDITY = timedelta(days=7)
CRL_REFRESH = timedelta(days=1)


def trust_anchor_files(settings: Settings) -> list[Path]:
    """The PEM files of the roots this station trusts."""
    configured = os.environ.get("SWS_TRUST_ANCHORS")
    if configured:
        return [Path(p) for p in configured.split(os.pathsep) if p]
    national = settings.config_dir / "pki" / "root.pem"
    return [national if national.is_file() else settings.issuing_dir / "root.pem"]


def template_key(path: Path, *, create: bool = False) -> Any:
    """The programme's template key (``cardio.TemplateKey``) that seals the prints written to
    cards and opens them for the 1:1 check; ``None`` when this desk holds none.

    ``path`` is ``Settings.card_template_key_file``. ``create`` (issuing) makes one there
    when there is none, so that no card is ever written with readable prints; copy that file
    to every desk that checks fingers against this programme's cards (docs/card-profile.md).
    """
    import cardio.sealing

    if create:
        key, made = cardio.sealing.load_or_create(path)
        if made:
            log.info("made the card template key %s (kid %s)", path, key.kid.hex())
        return key
    return cardio.sealing.TemplateKey.load(path) if path.is_file() else None


def revocation_list_file(station: Station, now: datetime) -> Path:
    """The signed revocation list to check cards against, refreshed when this office signs it."""
    configured = os.environ.get("SWS_REVOCATION_LIST")
    if configured:
        return Path(configured)
    national = station.settings.config_dir / "pki" / "revocations.cose"
    if national.is_file():
        return national
    path = station.settings.issuing_dir / CRL_FILE
    pulled = _national_file(station)
    stale = (not path.is_file() or _age(path, now) > CRL_REFRESH
             or (pulled.is_file() and pulled.stat().st_mtime > path.stat().st_mtime))
    if _can_sign(station) and stale:
        publish_revocation_list(station, now)
    return path


def publish_revocation_list(station: Station, now: datetime) -> Path | None:
    """Sign the list of every revoked or lost card in the registry; None without a signer key."""
    if not _can_sign(station):
        return None
    import cardio

    with station.reading() as session:
        rows = session.execute(
            sa.select(Card.serial, Card.status, Card.status_reason, Card.status_changed_at,
                      Card.replaced_by)
            .where(Card.status.in_(LISTED_STATUSES)).order_by(Card.serial)).all()
    entries = {serial.upper(): cardio.Revocation(
                   serial, _aware(changed) or now,
                   f"replaced by card {replaced_by}" if status == "replaced" and replaced_by
                   else reason or "revoked")
               for serial, status, reason, changed, replaced_by in rows
               if _chip_serial(serial)}  # the demo data's DEMO-00000017 is on no chip
    for serial, entry in _national_entries(station, now).items():
        entries.setdefault(serial, entry)  # this office's own record of its cards comes first
    issuing = station.settings.issuing_dir
    data = cardio.sign_revocation_list(sorted(entries.values(), key=lambda r: r.serial),
                                       cardio.Pki.load(issuing), now, CRL_VALIDITY,
                                       signers=_national_signers(station, now))
    path = issuing / CRL_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return path


def _national_file(station: Station) -> Path:
    from sync.revocations import FILE_NAME

    return station.settings.config_dir / FILE_NAME


def _national_entries(station: Station, now: datetime) -> dict[str, Any]:
    """Cards revoked or lost at other stations, as the centre listed them (none when this
    station never pulled). A damaged stored list is logged and skipped: the office's own
    revocations must still reach the card checks."""
    import cardio
    from sync.revocations import RevocationFileError, load

    try:
        pulled = load(_national_file(station))
    except RevocationFileError as err:
        log.warning("national revocation list not used: %s", err)
        return {}
    out: dict[str, Any] = {}
    for card_id, info in pulled.cards.items():
        if not _chip_serial(card_id):
            continue  # not a card serial this station's cards could carry
        when = _parse_moment(info.get("revoked_at")) or now
        out[card_id.upper()] = cardio.Revocation(card_id.upper(), when,
                                                 str(info.get("reason") or "revoked"))
    return out


def _national_signers(station: Station, now: datetime) -> list[Any]:
    """The card-signer certificates of stations the centre revoked (a stolen laptop), from
    the time of their revocation, with the cards the station delivered before it: cards they
    sign after it fail the card checks here, and so do cards dated before it that the centre
    never received (a thief backdating them); the delivered ones stay valid (the verdict says
    so). None when never pulled or damaged."""
    import cardio
    from sync.revocations import RevocationFileError, delivered_tags, load

    try:
        pulled = load(_national_file(station))
    except RevocationFileError:
        return []  # logged by _national_entries
    out: dict[str, Any] = {}
    for station_id, info in sorted(pulled.stations.items()):
        when = _parse_moment(info.get("revoked_at")) or now
        reason = f"station {station_id} revoked: {info.get('reason') or 'no reason given'}"
        delivered = delivered_tags(info)
        for signer in info.get("signers") or []:
            digest = str(signer.get("sha256", "")).upper()
            known = out.get(digest)
            if known is None:
                out[digest] = cardio.SignerRevocation(digest, when, reason, delivered)
            elif known.delivered is not None and delivered is not None:
                # one signer at two revoked stations: the cards either delivered
                out[digest] = replace(known, delivered=known.delivered | delivered)
            else:  # one of them does not say: the signing dates decide, as before
                out[digest] = replace(known, delivered=None)
    return list(out.values())


def _parse_moment(text: object) -> datetime | None:
    try:
        return _aware(datetime.fromisoformat(str(text))) if text else None
    except ValueError:
        return None


def _chip_serial(serial: str) -> bool:
    """Whether ``serial`` is one a card can carry (hex digits, as the card reports it): only
    those can be on the signed list, whose entries are the serials' bytes."""
    try:
        return bool(bytes.fromhex(serial))
    except ValueError:
        return False


def _can_sign(station: Station) -> bool:
    return (station.settings.issuing_dir / "signer.key").is_file()


def _age(path: Path, now: datetime) -> timedelta:
    return now - datetime.fromtimestamp(path.stat().st_mtime, UTC)


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

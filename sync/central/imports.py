"""The records of an installation a restore superseded, imported by an operator.

When a station is restored from a backup on a new laptop and the old one is found again,
the old one's next delivery comes from a superseded epoch (:mod:`sync.central.clones`): the
station is suspended and nothing more of the old laptop is taken, also what it recorded
after the backup and never delivered (enrolments, cards, service uses). The station exports
those records (:mod:`sync.export`: its own signed packets, exactly as a sync would send
them, under a signed manifest) and an operator of the centre imports the file here.

Who vouches for what: the station's key (the one the centre registered for it) vouches for
every packet and for the manifest that lists them, so nobody can add, drop or change a
record on the way; the operator (an admin of the centre, proven by their own token) vouches
that the installation that signed them was the office's and not a thief's, and says why;
the trail keeps both. The import takes only packets of an epoch the station's restores
superseded: the live installation's records go by ``sws sync``, as always. Nothing about
the station's standing changes (a suspended station stays suspended for live traffic, an
approved one stays approved), and no position check runs on imported packets: positions
are how an old laptop *is* recognised, every one of them would be a clash.

Everything is checked before anything is stored, and stored in one transaction: a file
that fails a check stores nothing. A packet the centre already holds (the first batch the
old laptop sent before it was suspended, or an import done before) is skipped, so
importing twice adds nothing. Enrolments are stored ``received``, like every upload, and
the service's dedup stage (:class:`sync.central.processor.DedupWorker`) decides them 1:N
against the national gallery: a person the new laptop enrolled again becomes a suspected
duplicate for adjudication. Every other kind gets its usual answer (:func:`decide.triage`).
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import cbor2
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync import export
from sync.central import clones, operators, signers
from sync.central import schema as t
from sync.central.decide import (
    RECEIVED,
    REJECTED,
    Batch,
    Result,
    packet_row,
    read_templates,
    triage,
)
from sync.central.store import write_batch
from sync.envelope import Opener
from sync.errors import PacketError, SyncError
from sync.keys import station_public_key
from sync.packets import Packet, content_digest, open_packet, peek

#: The ``events`` entry of each imported packet and the operator trail's action.
EVENT = clones.IMPORTED


class ImportRefused(SyncError):
    """The file is not imported (nothing stored); one line. ``exit_code`` 5 for a file that
    fails a signature or digest check (an integrity failure), 4 otherwise."""

    def __init__(self, message: str, *, exit_code: int = 4) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass
class Imported:
    """What an import did."""

    station_id: str
    epoch: str
    operator: str
    file_sha256: str
    imported: list[str] = field(default_factory=list)  # packet ids stored now
    already_held: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (packet id, reason)
    awaiting_decision: int = 0  # of those stored now: enrolments for the dedup stage

    def as_json(self) -> dict[str, Any]:
        return {"station_id": self.station_id, "epoch": self.epoch, "operator": self.operator,
                "file_sha256": self.file_sha256, "imported": len(self.imported),
                "already_held": len(self.already_held),
                "rejected": [{"packet_id": i, "reason": r} for i, r in self.rejected],
                "awaiting_decision": self.awaiting_decision}


@dataclass(frozen=True)
class _Checked:
    packet: Packet
    signature: bytes
    digest: bytes
    templates: Any


def import_superseded(engine: sa.Engine, data: bytes, central_key: X25519PrivateKey, *,
                      operator: str, token: str, reason: str, now: datetime) -> Imported:
    """Verify the export ``data`` and store its packets as the station's records; raise
    :class:`ImportRefused` (nothing stored) when any check fails. ``operator`` must be an
    active admin of the centre whose own ``token`` this is."""
    if not reason.strip():
        raise ImportRefused("--reason must say why these records are taken (the operator "
                            "trail keeps it)")
    try:
        found = export.read(data)
    except PacketError as error:
        raise ImportRefused(f"not imported: {error}", exit_code=5) from None
    file_sha256 = hashlib.sha256(data).hexdigest()
    try:
        return _import(engine, found, file_sha256, central_key, operator=operator,
                       token=token, reason=reason, now=now)
    except sa.exc.IntegrityError:  # a delivery stored one of these packets meanwhile
        raise ImportRefused("the centre stored some of these records meanwhile: nothing "
                            "was imported; run the import again") from None
    except sa.exc.DBAPIError as error:
        raise ImportRefused(f"the central database failed ({type(error.orig).__name__}): "
                            "nothing was imported") from None


def _import(engine: sa.Engine, found: export.Undelivered, file_sha256: str,
            central_key: X25519PrivateKey, *, operator: str, token: str, reason: str,
            now: datetime) -> Imported:
    """:func:`import_superseded` once the file is read, in one transaction."""
    with engine.begin() as conn:
        who = operators.authenticate(conn, token, None)
        if who is None or who.name != operator or who.role != operators.ADMIN:
            raise ImportRefused(f"{operator!r} is not an active admin of this centre whose "
                                "own token is in SWS_CENTRAL_ADMIN_TOKEN (`sws central "
                                "operator list`): an import must be vouched for by a person")
        key = _station_key(conn, found.station_id)
        opener = Opener(central_key)
        try:
            export.verify_manifest(found, station_public_key(key))
            packets = export.open_packets(found, opener)
            export.verify(found, packets)
            listed = {packet_id: seq for packet_id, seq, _ in found.items}
            checked = [_check(found, listed, blob, key, opener) for blob in packets]
        except PacketError as error:
            raise ImportRefused(f"not imported, nothing stored: the file fails its check: "
                                f"{error}", exit_code=5) from None
        _superseded(conn, found.station_id, found.epoch)
        done = Imported(found.station_id, found.epoch, operator, file_sha256)
        _store(conn, checked, done, now)
        operators.record(conn, who, EVENT, found.station_id,
                         f"epoch {found.epoch or '(none)'}, file sha256 {file_sha256[:16]}: "
                         f"{len(done.imported)} imported, {len(done.already_held)} already "
                         f"held, {len(done.rejected)} refused; reason: {reason.strip()}", now)
        return done


def _station_key(conn: sa.Connection, station_id: str) -> bytes:
    s = t.stations.c
    row = conn.execute(sa.select(s.status, s.public_key).where(s.id == station_id)).first()
    if row is None:
        raise ImportRefused(f"station {station_id} is not registered at this centre: not "
                            "imported")
    if row.status == "revoked":
        raise ImportRefused(f"station {station_id} is revoked: its key no longer vouches "
                            "for anything, not imported")
    return bytes(row.public_key)


def _check(found: export.Undelivered, listed: dict[str, int], blob: bytes, key: bytes,
           opener: Opener) -> _Checked:
    """One packet, as the upload path checks it: the station's signature, then its fields
    against the manifest, then its envelope (opened with the centre's key)."""
    packet = open_packet(blob, station_public_key(key))
    if packet.station_id != found.station_id:
        raise PacketError(f"packet {packet.id} names station {packet.station_id}, the "
                          f"manifest {found.station_id}", reason="bad_signature")
    if listed.get(packet.id) != packet.seq:
        raise PacketError(f"packet {packet.id} is not where its manifest puts it",
                          reason="bad_signature")
    if packet.epoch != found.epoch:
        raise PacketError(f"packet {packet.id} carries epoch {packet.epoch or '(none)'}, "
                          f"the manifest {found.epoch or '(none)'}", reason="bad_signature")
    if packet.kind == clones.RESTORED:
        raise PacketError(f"packet {packet.id} is a restore announcement: those go by "
                          "`sws sync` only")
    try:
        biometrics = opener.open(packet.envelope, packet_id=packet.id,
                                 station_id=packet.station_id)
    except PacketError:
        raise ImportRefused(f"the templates of packet {packet.id} do not open with this "
                            "centre's key (--key: the one the service runs with?); nothing "
                            "stored") from None
    templates = read_templates(biometrics) if packet.kind == "enrolment" else []
    return _Checked(packet, peek(blob)[2], content_digest(packet, biometrics), templates)


def _superseded(conn: sa.Connection, station_id: str, epoch: str) -> None:
    """Refuse unless ``epoch`` is one a later restore of the station superseded."""
    known = clones.epochs(conn, {station_id}).get(station_id, [])
    if not known:
        raise ImportRefused(f"station {station_id} never announced a restore: no "
                            "installation of it is superseded, its records go by `sws sync`")
    if epoch == known[-1]:
        raise ImportRefused(f"these records carry station {station_id}'s current epoch "
                            f"({epoch}): they come from the live installation and go by "
                            "`sws sync`; not imported")
    if epoch and epoch not in known:
        raise ImportRefused(f"epoch {epoch} is not one this centre took for station "
                            f"{station_id}: not imported")


def _store(conn: sa.Connection, checked: list[_Checked], done: Imported,
           now: datetime) -> None:
    """Skip what the centre holds, store the rest with its usual answer, in ``conn``'s
    transaction."""
    p = t.packets.c
    ids = [c.packet.id for c in checked]
    held = {row.id: bytes(row.digest) for row in conn.execute(
        sa.select(p.id, p.digest).where(p.id.in_(ids)))}
    for item in checked:
        if item.packet.id in held and held[item.packet.id] != item.digest:
            raise ImportRefused(f"packet {item.packet.id} is held here with other content: "
                                "the station signed two records under one id; not imported",
                                exit_code=5)
    arrival = int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(p.arrival), 0)))
                  .scalar_one())
    batch = Batch()
    learnt: list[dict[str, str]] = []
    for item in checked:
        packet = item.packet
        if packet.id in held:
            done.already_held.append(packet.id)
            continue
        held[packet.id] = item.digest  # a packet listed twice in the file: stored once
        result = triage(batch, now, packet, item.templates) or Result(packet.id, RECEIVED)
        if result.status == REJECTED:
            batch.event(now, "rejected", result.reason or "rejected", packet.station_id,
                        packet.id)
            done.rejected.append((packet.id, result.reason or "rejected"))
        else:
            done.imported.append(packet.id)
            done.awaiting_decision += result.status == RECEIVED
        batch.event(now, EVENT, f"by {done.operator}", packet.station_id, packet.id)
        if packet.kind == "card_issue":
            with contextlib.suppress(cbor2.CBORDecodeError, ValueError):
                signer = signers.signer_of(packet.payload)
                if signer is not None and result.status != REJECTED:
                    learnt.append(signer)
        arrival += 1
        batch.packets.append(packet_row(packet, now, item.digest, result,
                                        {"signature": item.signature, "manifest_id": None},
                                        arrival))
    signers.remember(conn, {done.station_id: learnt} if learnt else {})
    write_batch(conn, batch)

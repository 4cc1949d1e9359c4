"""A station's undelivered records in one signed file, carried to the centre by hand.

A station superseded by a restore (the old laptop, found again after its backup was
restored on a new one) is suspended at its next sync, and what it recorded after the backup
would never reach the centre. :func:`export_undelivered` writes its undelivered outbox
items (``pending`` or ``sent``) to one file, each exactly as the uploader would send it: a
single-form packet signed by the station key, its templates encrypted to the centre (opened
from the station's at-rest seal only to be sealed again to the centre, never written out in
the clear), with the restore epoch its installation sends. A manifest signed by the same
key lists the station, the epoch, every packet's id, outbox position and SHA-256, and the
count, so the centre can tell a whole, unchanged file from a tampered or truncated one
(:func:`read`, :func:`open_packets` and :func:`verify`). The packets themselves (names,
birth dates, households: a district's people) travel sealed to the centre's key as a whole,
like the templates, so a USB stick lost on the way gives nothing away; the manifest (no
personal data) stays readable. Nothing in the outbox changes: the items stay undelivered at
the station.

The file is CBOR: ``{format, v, manifest, signature, sealed}``; the manifest is CBOR
``{v, st, ep, at, n, items: [[id, seq, sha256(packet)], ...]}`` signed with Ed25519 over
``_TAG || manifest``; ``sealed`` is an envelope (:mod:`sync.envelope`, bound to the
manifest's SHA-256 and the station) of the CBOR list of packets.

References
----------
MOSIP registration client: packets exported from a machine and uploaded from another
(the packet stays signed by the machine that made it).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import cbor2
import sqlalchemy as sa
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from sync._files import replace_bytes
from sync.envelope import Opener, Sealer
from sync.errors import PacketError, SyncError
from sync.outbox import PENDING, SENT, utc_naive
from sync.packets import build_body, sign_body
from sync.uploader import StationIdentity

FORMAT = "sws-undelivered"
VERSION = 1
_TAG = b"sws-undelivered-manifest-v1\x00"
_MAX_FILE = 1024 * 1024 * 1024


class ExportError(SyncError):
    """The export cannot be written (one line); ``exit_code`` 4, or 5 for a record whose
    sealed biometrics do not open."""

    def __init__(self, message: str, *, exit_code: int = 4) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class NothingUndelivered(ExportError):
    """Every record of the station was delivered: there is nothing to carry."""


class SealedBiometricsUnreadable(ExportError):
    """The sealed biometrics of outbox item ``item_id`` do not open with the station's key:
    nothing was written (exit 5)."""

    def __init__(self, item_id: str) -> None:
        super().__init__(f"the sealed biometrics of record {item_id} cannot be opened (`sws db "
                         "check --deep`); nothing was written", exit_code=5)
        self.item_id = item_id


class ExportPathRefused(ExportError):
    """``path`` is not a file that may be written: a folder (``reason`` ``"folder"``), an
    existing file without ``force`` (``"exists"``), or, with ``force``, a file that is not an
    earlier export (``"not_an_export"``). Nothing was written."""

    def __init__(self, message: str, *, path: Path, reason: str) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason


class ExportNotWritten(ExportError):
    """Writing ``path`` failed (``errno``: the operating system's code, None when unknown);
    nothing was left behind."""

    def __init__(self, message: str, *, path: Path, errno: int | None) -> None:
        super().__init__(message)
        self.path = path
        self.errno = errno


@dataclass(frozen=True)
class Written:
    """What :func:`export_undelivered` wrote."""

    path: Path
    station_id: str
    epoch: str
    count: int
    first_seq: int
    last_seq: int
    kinds: dict[str, int]
    sha256: str


def export_undelivered(engine: sa.Engine, table: sa.Table, identity: StationIdentity,
                       unseal: Callable[[bytes], bytes], path: Path, *, epoch: str,
                       now: datetime, force: bool = False) -> Written:
    """Write every undelivered item of the outbox ``table`` to ``path`` (whole or not at
    all), signed as ``identity``'s installation of epoch ``epoch``; the outbox is only read."""
    if path.is_dir():
        raise ExportPathRefused(f"{path} is a folder: give a file name", path=path,
                                reason="folder")
    if path.exists() and not force:
        raise ExportPathRefused(f"{path} already exists: choose another file name (or --force "
                                "to replace an earlier export)", path=path, reason="exists")
    if path.exists():  # --force replaces an earlier export, never another file
        try:
            read(path.read_bytes())
        except (PacketError, OSError):
            raise ExportPathRefused(f"{path} is not an earlier export: it is not replaced; "
                                    "choose another file name", path=path,
                                    reason="not_an_export") from None
    c = table.c
    with engine.connect() as conn:  # one read: a consistent picture of the outbox
        rows = list(conn.execute(
            sa.select(c.seq, c.id, c.kind, c.record_id, c.payload, c.sealed_biometrics,
                      c.created_at).where(c.state.in_([PENDING, SENT])).order_by(c.seq)))
    if not rows:
        raise NothingUndelivered("nothing to export: every record of this station was "
                                 "delivered to the central registry")
    sealer = Sealer(identity.central_key)
    packets: list[bytes] = []
    kinds: dict[str, int] = {}
    for seq, item_id, kind, record_id, payload, sealed, created_at in rows:
        biometrics = None
        if sealed is not None:
            try:
                biometrics = unseal(sealed)
            except Exception:  # the station's cipher: any failure is this item's
                raise SealedBiometricsUnreadable(str(item_id)) from None
        body = build_body(packet_id=item_id, station_id=identity.station_id, seq=seq,
                          kind=kind, record_id=record_id,
                          created_at=created_at.isoformat() + "Z", payload_bytes=payload,
                          biometrics=biometrics, sealer=sealer, epoch=epoch)
        packets.append(sign_body(body, identity.signing_key))
        kinds[kind] = kinds.get(kind, 0) + 1
    manifest = cbor2.dumps({
        "v": VERSION, "st": identity.station_id, "ep": epoch,
        "at": utc_naive(now).isoformat() + "Z", "n": len(packets),
        "items": [[row.id, row.seq, hashlib.sha256(blob).digest()]
                  for row, blob in zip(rows, packets, strict=True)]}, canonical=True)
    sealed = sealer.seal(
        cbor2.dumps(packets), packet_id=hashlib.sha256(manifest).hexdigest(),
        station_id=identity.station_id)
    data = cbor2.dumps({"format": FORMAT, "v": VERSION, "manifest": manifest,
                        "signature": identity.signing_key.sign(_TAG + manifest),
                        "sealed": sealed})
    _write(path, data)
    return Written(path, identity.station_id, epoch, len(packets), rows[0].seq, rows[-1].seq,
                   kinds, hashlib.sha256(data).hexdigest())


def _write(path: Path, data: bytes) -> None:
    """``data`` to ``path`` through a temporary file beside it, flushed and renamed."""
    try:
        replace_bytes(path, data, mode=0o600)  # names inside, sealed: still only the owner's
    except OSError as error:
        raise ExportNotWritten(f"cannot write {path}: {error.strerror or error}", path=path,
                               errno=error.errno) from None


# -- reading it back (the centre) -------------------------------------------------------------


@dataclass(frozen=True)
class Undelivered:
    """An export file's parts, read but not verified yet (:func:`verify`)."""

    station_id: str
    epoch: str
    made_at: str
    items: list[tuple[str, int, bytes]]  # (packet id, outbox position, sha256 of the packet)
    manifest: bytes
    signature: bytes
    sealed: dict[str, Any]  # the packets, sealed to the centre (:func:`open_packets`)


def read(data: bytes) -> Undelivered:
    """The parts of an export file; :class:`PacketError` when it is not one."""
    if len(data) > _MAX_FILE:
        raise PacketError("the file is larger than any export (1 GiB)")
    try:
        outer = cbor2.loads(data)
        if not isinstance(outer, dict) or outer.get("format") != FORMAT:
            raise PacketError("the file is not an export of undelivered records "
                              "(`sws sync export-undelivered`)")
        if outer.get("v") != VERSION:
            raise PacketError(f"export version {outer.get('v')!r} is not known here")
        manifest, signature, sealed = outer["manifest"], outer["signature"], outer["sealed"]
        fields: dict[str, Any] = cbor2.loads(manifest)
        items = [(str(i), int(s), bytes(h)) for i, s, h in fields["items"]]
        station_id, epoch, made_at = fields["st"], fields["ep"], fields["at"]
        count = fields["n"]
    except PacketError:
        raise
    except (cbor2.CBORDecodeError, KeyError, TypeError, ValueError) as error:
        raise PacketError(f"the file is damaged ({type(error).__name__})") from None
    if not (isinstance(manifest, bytes) and isinstance(signature, bytes)
            and isinstance(sealed, dict) and isinstance(station_id, str) and isinstance(epoch, str)
            and isinstance(made_at, str) and count == len(items)):
        raise PacketError("the file is damaged (its parts are not what an export holds)")
    return Undelivered(station_id, epoch, made_at, items, manifest, signature, sealed)


def verify_manifest(found: Undelivered, station_key: Ed25519PublicKey) -> None:
    """Raise :class:`PacketError` unless the station's key signed the manifest."""
    try:
        station_key.verify(found.signature, _TAG + found.manifest)
    except InvalidSignature:
        raise PacketError("its manifest is not signed by this station's key (changed after "
                          "the export, or another station's)", reason="bad_signature") from None


def open_packets(found: Undelivered, opener: Opener) -> list[bytes]:
    """The packets sealed in the file (the centre's key); :class:`PacketError` when they do
    not open (another centre's key, or changed on the way)."""
    try:
        plain = opener.open(found.sealed, packet_id=hashlib.sha256(found.manifest).hexdigest(),
                            station_id=found.station_id)
        packets = cbor2.loads(plain or b"")
    except (PacketError, cbor2.CBORDecodeError, ValueError):
        raise PacketError("its records do not open with this centre's key (another centre's "
                          "file, or changed on the way)", reason="bad_envelope") from None
    if not isinstance(packets, list) or not all(isinstance(p, bytes) for p in packets):
        raise PacketError("its records are not a list of packets", reason="malformed")
    return packets


def verify(found: Undelivered, packets: list[bytes]) -> None:
    """Raise :class:`PacketError` unless ``packets`` (:func:`open_packets`) are exactly those
    the manifest (checked by :func:`verify_manifest`) lists, none missing and none added."""
    if len(packets) != len(found.items):
        raise PacketError(f"its manifest lists {len(found.items)} packets, the file holds "
                          f"{len(packets)}", reason="bad_signature")
    for (packet_id, _, digest), blob in zip(found.items, packets, strict=True):
        if hashlib.sha256(blob).digest() != digest:
            raise PacketError(f"packet {packet_id} is not the one its manifest lists",
                              reason="bad_signature", packet_id=packet_id)

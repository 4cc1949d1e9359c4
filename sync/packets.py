"""Packets: what travels from a station to the central registry, one per outbox item.

A packet is the CBOR array ``[version, body, signature]``. ``body`` is the CBOR map of the
item (stable id = outbox id, station id, sequence, kind, record id, creation time, payload
CBOR) plus, when the item carries templates, an envelope encrypting them to the central
registry's X25519 key: an ephemeral X25519 key agreement, HKDF-SHA256 and AES-256-GCM, with
the packet id and station id as associated data so an envelope cannot be moved to another
packet (see :mod:`sync.envelope`). ``signature`` is the station's Ed25519 signature over a
domain tag and ``body``. The uploader sends bare bodies under one signed batch manifest
instead (:mod:`sync.batch`); the single-packet form serves ``PUT /v1/packets/{id}``.

Biometrics are in clear only inside :func:`seal_biometrics` (just unsealed from the station's
at-rest cipher) and after :func:`open_biometrics` at the centre, in memory.

References
----------
RFC 8032 (Ed25519), RFC 7748 (X25519), RFC 5869 (HKDF), RFC 9180 (HPKE, the same shape:
ephemeral DH + KDF + AEAD). MOSIP registration packets: signed by the machine, encrypted to
the server.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from sync.envelope import Opener, Sealer
from sync.errors import PacketError

PACKET_VERSION = 1
BIO_FORMAT_VERSION = 1
_SIGN_TAG = b"sws-packet-v1\x00"
_MAX_PACKET = 4 * 1024 * 1024
_ID = re.compile(r"[A-Za-z0-9_.:-]{1,64}")
_KIND = re.compile(r"[a-z_]{1,32}")
_FIELD_TYPES = (("id", str), ("st", str), ("seq", int), ("kind", str), ("rid", str),
                ("at", str), ("p", bytes))
_FIELD_PATTERNS = (("id", _ID.fullmatch), ("st", _ID.fullmatch), ("rid", _ID.fullmatch),
                   ("kind", _KIND.fullmatch))


@dataclass(frozen=True)
class Packet:
    """A packet's fields, once its signature (or its batch manifest) has been checked."""

    id: str
    station_id: str
    seq: int
    kind: str
    record_id: str
    created_at: str
    payload_bytes: bytes
    envelope: dict[str, Any] | None
    #: the restore epoch of the installation that sent it ("" before any restore, and from
    #: stations that do not say: ``sync.restored``)
    epoch: str = ""

    @cached_property
    def payload(self) -> dict[str, Any]:
        """The record's fields, decoded from CBOR (once)."""
        value = cbor2.loads(self.payload_bytes)
        return value if isinstance(value, dict) else {}

    @classmethod
    def from_fields(cls, fields: dict[str, Any]) -> Packet:
        """From a body map checked by :func:`parse_body`.

        Filled in one ``__dict__`` update: the frozen dataclass ``__init__`` sets each field
        through ``object.__setattr__``, a few microseconds per packet at the centre.
        """
        packet = object.__new__(cls)
        packet.__dict__.update(id=fields["id"], station_id=fields["st"], seq=fields["seq"],
                               kind=fields["kind"], record_id=fields["rid"],
                               created_at=fields["at"], payload_bytes=fields["p"],
                               envelope=fields.get("bio"), epoch=fields.get("ep") or "")
        return packet


def seal_biometrics(
    plaintext: bytes, central_key: X25519PublicKey, *, packet_id: str, station_id: str
) -> dict[str, Any]:
    """Encrypt ``plaintext`` to the central registry with a one-off sealer."""
    return Sealer(central_key).seal(plaintext, packet_id=packet_id, station_id=station_id)


def open_biometrics(packet: Packet, central_key: X25519PrivateKey | Opener) -> bytes | None:
    """Decrypt a packet's biometric envelope at the centre (in memory only)."""
    opener = central_key if isinstance(central_key, Opener) else Opener(central_key)
    return opener.open(packet.envelope, packet_id=packet.id, station_id=packet.station_id)


def build_body(
    *,
    packet_id: str,
    station_id: str,
    seq: int,
    kind: str,
    record_id: str,
    created_at: str,
    payload_bytes: bytes,
    biometrics: bytes | None,
    sealer: Sealer,
    epoch: str = "",
) -> bytes:
    """The canonical CBOR body of one outbox item, ``biometrics`` sealed by ``sealer``.

    ``epoch``: the sending installation's restore epoch (``sync.restored``), left out of the
    body when there is none, so stations never restored send what they always sent."""
    envelope = None
    if biometrics is not None:
        envelope = sealer.seal(biometrics, packet_id=packet_id, station_id=station_id)
    # Keys already in canonical order (RFC 8949 4.2.1: shorter encoded key first, then
    # bytewise; the envelope's too), so the plain encoder writes the canonical bytes without
    # the canonical encoder's per-map sort, a quarter of the station's cost per record.
    if epoch:
        return cbor2.dumps(
            {"p": payload_bytes, "at": created_at, "ep": epoch, "id": packet_id,
             "st": station_id, "bio": envelope, "rid": record_id, "seq": seq, "kind": kind},
        )
    return cbor2.dumps(
        {"p": payload_bytes, "at": created_at, "id": packet_id, "st": station_id,
         "bio": envelope, "rid": record_id, "seq": seq, "kind": kind},
    )


def sign_body(body: bytes, station_key: Ed25519PrivateKey) -> bytes:
    """The single-packet form ``[version, body, signature]``."""
    return cbor2.dumps([PACKET_VERSION, body, station_key.sign(_SIGN_TAG + body)])


def build_packet(
    *,
    packet_id: str,
    station_id: str,
    seq: int,
    kind: str,
    record_id: str,
    created_at: str,
    payload_bytes: bytes,
    biometrics: bytes | None,
    station_key: Ed25519PrivateKey,
    central_key: X25519PublicKey,
    epoch: str = "",
) -> bytes:
    """Sign one outbox item as a packet, encrypting ``biometrics`` (plaintext) to the centre."""
    body = build_body(packet_id=packet_id, station_id=station_id, seq=seq, kind=kind,
                      record_id=record_id, created_at=created_at, payload_bytes=payload_bytes,
                      biometrics=biometrics, sealer=Sealer(central_key), epoch=epoch)
    return sign_body(body, station_key)


def peek(data: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    """Split a packet into (body map, body bytes, signature) *without* verifying it.

    Used by the centre only to find out which station's key must verify the packet.
    """
    if not isinstance(data, bytes | bytearray) or len(data) > _MAX_PACKET:
        raise PacketError("a packet must be at most 4 MiB of bytes", reason="malformed")
    try:
        outer = cbor2.loads(data)
        version, body, signature = outer
        if version != PACKET_VERSION:
            raise PacketError(f"unsupported packet version {version!r}", reason="bad_version")
    except PacketError:
        raise
    except (cbor2.CBORDecodeError, ValueError, TypeError) as error:
        raise PacketError("the packet is not a valid CBOR packet", reason="malformed") from error
    if not isinstance(body, bytes) or not isinstance(signature, bytes):
        raise PacketError("the packet is not a valid CBOR packet", reason="malformed")
    return parse_body(body), bytes(body), bytes(signature)


def parse_body(body: bytes) -> dict[str, Any]:
    """The checked field map of a packet body (unverified); :class:`PacketError` if bad."""
    if not isinstance(body, bytes | bytearray) or len(body) > _MAX_PACKET:
        raise PacketError("a packet body must be at most 4 MiB of bytes", reason="malformed")
    try:
        fields = cbor2.loads(body)
    except (cbor2.CBORDecodeError, ValueError, TypeError) as error:
        raise PacketError("the packet body is not valid CBOR", reason="malformed") from error
    if not isinstance(fields, dict):
        raise PacketError("the packet body is not a CBOR map", reason="malformed")
    get = fields.get
    if not (type(get("id")) is str and type(get("st")) is str and type(get("seq")) is int
            and type(get("kind")) is str and type(get("rid")) is str
            and type(get("at")) is str and type(get("p")) is bytes):  # the usual case, fast
        for name, kind in _FIELD_TYPES:  # find which, for the message
            if not isinstance(get(name), kind):
                raise PacketError(f"the packet field {name!r} is missing or mistyped",
                                  reason="malformed", packet_id=_str_or_none(get("id")))
    if isinstance(fields["seq"], bool) or not 0 <= fields["seq"] < 2**63:
        raise PacketError("the packet sequence number is out of range", reason="malformed",
                          packet_id=_str_or_none(fields.get("id")))
    for name, pattern in _FIELD_PATTERNS:
        if not pattern(fields[name]):
            raise PacketError(f"the packet field {name!r} has characters or a length not allowed",
                              reason="malformed")
    if len(fields["at"]) > 40 or not fields["at"].isprintable():
        raise PacketError("the packet time is not a short printable text", reason="malformed")
    epoch = fields.get("ep")
    if epoch is not None and not (isinstance(epoch, str) and _ID.fullmatch(epoch)):
        raise PacketError("the packet's restore epoch is mistyped", reason="malformed",
                          packet_id=fields["id"])
    bio = fields.get("bio")
    if bio is not None and not isinstance(bio, dict):
        raise PacketError("the biometric envelope is mistyped", reason="malformed",
                          packet_id=fields["id"])
    return fields


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def open_packet(data: bytes, station_key: Ed25519PublicKey) -> Packet:
    """Verify a packet's signature with the station's key and return its fields.

    Raises :class:`PacketError` (reason ``bad_signature``) if a single byte was changed.
    """
    fields, body, signature = peek(data)
    try:
        station_key.verify(signature, _SIGN_TAG + body)
    except InvalidSignature as error:
        raise PacketError("the packet signature does not verify", reason="bad_signature",
                          packet_id=fields["id"]) from error
    return Packet.from_fields(fields)


def content_digest(packet: Packet, biometrics: bytes | None) -> bytes:
    """What makes two deliveries of one packet id "the same": fields, payload, templates.

    The envelope's ciphertext differs on every build (fresh ephemeral key and nonce), so the
    centre compares the decrypted templates instead.
    """
    sha256 = hashlib.sha256
    head = f"{packet.id}\0{packet.station_id}\0{packet.kind}\0{packet.record_id}\0"
    return sha256(b"".join((head.encode(), sha256(packet.payload_bytes).digest(),
                            sha256(biometrics or b"").digest()))).digest()


def encode_biometrics(templates: list[tuple[int, bytes]], fmt: str = "iso19794-2:2005") -> bytes:
    """The plaintext form of a person's templates: ``[(finger position, record bytes), ...]``.

    The station seals exactly these bytes with its at-rest cipher; the uploader unseals them
    and encrypts them to the centre, which decodes them with :func:`decode_biometrics`.
    """
    return cbor2.dumps(
        {"v": BIO_FORMAT_VERSION, "fmt": fmt,
         "t": [[int(finger), bytes(data)] for finger, data in templates]},
        canonical=True,
    )


def decode_biometrics(plaintext: bytes) -> tuple[str, list[tuple[int, bytes]]]:
    """Inverse of :func:`encode_biometrics`: (format, [(finger, record bytes), ...]).

    Also reads the map ``{finger position: ISO record}`` that the station registry seals.
    """
    try:
        value = cbor2.loads(plaintext)
        if type(value) is dict and value.get("v") == BIO_FORMAT_VERSION:  # the usual form
            return str(value["fmt"]), [(int(f), bytes(d)) for f, d in value["t"]]
        if isinstance(value, dict) and value and all(isinstance(k, int) for k in value):
            # the station registry's form: {finger position: ISO record}
            return "iso19794-2:2005", [(int(f), bytes(d)) for f, d in sorted(value.items())]
        if value.get("v") != BIO_FORMAT_VERSION:
            raise PacketError("unsupported biometric format version", reason="bad_biometrics")
        return str(value["fmt"]), [(int(f), bytes(d)) for f, d in value["t"]]
    except PacketError:
        raise
    except (cbor2.CBORDecodeError, AttributeError, KeyError, TypeError, ValueError) as error:
        raise PacketError("the biometric part is not a template list",
                          reason="bad_biometrics") from error

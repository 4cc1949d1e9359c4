"""Packets: what travels from a station to the central registry, one per outbox item.

A packet is the CBOR array ``[version, body, signature]``. ``body`` is the CBOR map of the
item (stable id = outbox id, station id, sequence, kind, record id, creation time, payload
CBOR) plus, when the item carries templates, an envelope encrypting them to the central
registry's X25519 key: an ephemeral X25519 key agreement, HKDF-SHA256 and AES-256-GCM, with
the packet id and station id as associated data so an envelope cannot be moved to another
packet. ``signature`` is the station's Ed25519 signature over a domain tag and ``body``.

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
import os
import re
from dataclasses import dataclass
from typing import Any

import cbor2
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sync.errors import PacketError
from sync.keys import public_bytes

PACKET_VERSION = 1
BIO_ALG = "X25519-HKDF-SHA256-A256GCM"
BIO_FORMAT_VERSION = 1
_SIGN_TAG = b"sws-packet-v1\x00"
_HKDF_INFO = b"sws-bio-v1"
_MAX_PACKET = 4 * 1024 * 1024


@dataclass(frozen=True)
class Packet:
    """A packet whose signature has been checked (see :func:`open_packet`)."""

    id: str
    station_id: str
    seq: int
    kind: str
    record_id: str
    created_at: str
    payload_bytes: bytes
    envelope: dict[str, Any] | None

    @property
    def payload(self) -> dict[str, Any]:
        """The record's fields, decoded from CBOR."""
        value = cbor2.loads(self.payload_bytes)
        return value if isinstance(value, dict) else {}


def _aad(packet_id: str, station_id: str) -> bytes:
    return _SIGN_TAG + packet_id.encode() + b"\x00" + station_id.encode()


def _derive(shared: bytes, epk: bytes, recipient: bytes) -> bytes:
    kdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + recipient, info=_HKDF_INFO)
    return kdf.derive(shared)


def seal_biometrics(
    plaintext: bytes, central_key: X25519PublicKey, *, packet_id: str, station_id: str
) -> dict[str, Any]:
    """Encrypt ``plaintext`` to the central registry; return the envelope map."""
    ephemeral = X25519PrivateKey.generate()
    epk = public_bytes(ephemeral.public_key())
    recipient = public_bytes(central_key)
    key = _derive(ephemeral.exchange(central_key), epk, recipient)
    nonce = os.urandom(12)
    ciphertext = AESGCM(key).encrypt(nonce, plaintext, _aad(packet_id, station_id))
    return {"alg": BIO_ALG, "epk": epk, "n": nonce, "ct": ciphertext}


def open_biometrics(packet: Packet, central_key: X25519PrivateKey) -> bytes | None:
    """Decrypt a packet's biometric envelope at the centre (in memory only)."""
    env = packet.envelope
    if env is None:
        return None
    try:
        if env.get("alg") != BIO_ALG:
            raise PacketError("unknown biometric envelope algorithm", reason="bad_envelope",
                              packet_id=packet.id)
        epk = bytes(env["epk"])
        peer = X25519PublicKey.from_public_bytes(epk)
        key = _derive(central_key.exchange(peer), epk, public_bytes(central_key.public_key()))
        return AESGCM(key).decrypt(bytes(env["n"]), bytes(env["ct"]),
                                   _aad(packet.id, packet.station_id))
    except PacketError:
        raise
    except (InvalidTag, KeyError, TypeError, ValueError) as error:
        raise PacketError("the biometric part cannot be decrypted", reason="bad_envelope",
                          packet_id=packet.id) from error


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
) -> bytes:
    """Sign one outbox item as a packet, encrypting ``biometrics`` (plaintext) to the centre."""
    envelope = None
    if biometrics is not None:
        envelope = seal_biometrics(biometrics, central_key, packet_id=packet_id,
                                   station_id=station_id)
    body = cbor2.dumps(
        {
            "id": packet_id,
            "st": station_id,
            "seq": seq,
            "kind": kind,
            "rid": record_id,
            "at": created_at,
            "p": payload_bytes,
            "bio": envelope,
        },
        canonical=True,
    )
    signature = station_key.sign(_SIGN_TAG + body)
    return cbor2.dumps([PACKET_VERSION, body, signature])


_ID = re.compile(r"[A-Za-z0-9_.:-]{1,64}")
_KIND = re.compile(r"[a-z_]{1,32}")


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
        fields = cbor2.loads(body)
    except PacketError:
        raise
    except (cbor2.CBORDecodeError, ValueError, TypeError) as error:
        raise PacketError("the packet is not a valid CBOR packet", reason="malformed") from error
    if not isinstance(fields, dict) or not isinstance(body, bytes) or not isinstance(
        signature, bytes
    ):
        raise PacketError("the packet is not a valid CBOR packet", reason="malformed")
    checks = (("id", str), ("st", str), ("seq", int), ("kind", str), ("rid", str),
              ("at", str), ("p", bytes))
    for name, kind in checks:
        if not isinstance(fields.get(name), kind):
            raise PacketError(f"the packet field {name!r} is missing or mistyped",
                              reason="malformed", packet_id=_str_or_none(fields.get("id")))
    for name, pattern in (("id", _ID), ("st", _ID), ("rid", _ID), ("kind", _KIND)):
        if not pattern.fullmatch(fields[name]):
            raise PacketError(f"the packet field {name!r} has characters or a length not allowed",
                              reason="malformed")
    if len(fields["at"]) > 40 or not fields["at"].isprintable():
        raise PacketError("the packet time is not a short printable text", reason="malformed")
    bio = fields.get("bio")
    if bio is not None and not isinstance(bio, dict):
        raise PacketError("the biometric envelope is mistyped", reason="malformed",
                          packet_id=fields["id"])
    return fields, bytes(body), bytes(signature)


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
    return Packet(
        id=fields["id"],
        station_id=fields["st"],
        seq=fields["seq"],
        kind=fields["kind"],
        record_id=fields["rid"],
        created_at=fields["at"],
        payload_bytes=fields["p"],
        envelope=fields.get("bio"),
    )


def content_digest(packet: Packet, biometrics: bytes | None) -> bytes:
    """What makes two deliveries of one packet id "the same": fields, payload, templates.

    The envelope's ciphertext differs on every build (fresh ephemeral key and nonce), so the
    centre compares the decrypted templates instead.
    """
    digest = hashlib.sha256()
    for part in (packet.id, packet.station_id, packet.kind, packet.record_id):
        digest.update(part.encode() + b"\x00")
    digest.update(hashlib.sha256(packet.payload_bytes).digest())
    digest.update(hashlib.sha256(biometrics or b"").digest())
    return digest.digest()


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
    """Inverse of :func:`encode_biometrics`: (format, [(finger, record bytes), ...])."""
    try:
        value = cbor2.loads(plaintext)
        if value.get("v") != BIO_FORMAT_VERSION:
            raise PacketError("unsupported biometric format version", reason="bad_biometrics")
        return str(value["fmt"]), [(int(f), bytes(d)) for f, d in value["t"]]
    except PacketError:
        raise
    except (cbor2.CBORDecodeError, AttributeError, KeyError, TypeError, ValueError) as error:
        raise PacketError("the biometric part is not a template list",
                          reason="bad_biometrics") from error

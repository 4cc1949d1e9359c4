"""Batch manifests: one station signature over the digests of a whole batch of packets.

Signing every packet costs an Ed25519 signature at the station and a verification at the
centre, which dominated delivery time. A station may instead sign a *manifest*, the CBOR map
``{"v": 1, "st": station id, "h": [SHA-256 of each packet body, in order]}``; the centre
verifies it once and checks each body's digest against its position. The centre keeps the
manifest and its signature, so every stored packet stays verifiable on its own afterwards
(its digest is in a signed manifest), as with a per-packet signature.

References
----------
R. C. Merkle, "A Certified Digital Signature", CRYPTO '89 (signing many messages through one
signature over their digests); RFC 6962 (Certificate Transparency signs tree heads, not
entries).
"""

from __future__ import annotations

import hashlib

import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync.errors import PacketError

MANIFEST_VERSION = 1
MAX_BATCH = 1000
_TAG = b"sws-batch-v1\x00"


def body_digest(body: bytes) -> bytes:
    """The SHA-256 digest of a packet body, as listed in manifests."""
    return hashlib.sha256(body).digest()


def sign_batch(bodies: list[bytes], station_id: str,
               station_key: Ed25519PrivateKey) -> tuple[bytes, bytes]:
    """(manifest, signature) covering ``bodies`` in order."""
    manifest = cbor2.dumps({"v": MANIFEST_VERSION, "st": station_id,
                            "h": [body_digest(b) for b in bodies]}, canonical=True)
    return manifest, station_key.sign(_TAG + manifest)


def read_manifest(manifest: bytes) -> tuple[str, list[bytes]]:
    """(station id, digests) of a manifest, *unverified*: which key to verify it with."""
    try:
        value = cbor2.loads(manifest)
        station_id, digests = value["st"], value["h"]
        ok = (value.get("v") == MANIFEST_VERSION and isinstance(station_id, str)
              and isinstance(digests, list) and len(digests) <= MAX_BATCH
              and all(isinstance(d, bytes) and len(d) == 32 for d in digests))
    except (cbor2.CBORDecodeError, AttributeError, KeyError, TypeError, ValueError) as error:
        raise PacketError("the batch manifest is not valid CBOR", reason="malformed") from error
    if not ok:
        raise PacketError("the batch manifest is malformed", reason="malformed")
    return station_id, list(digests)


def verify_manifest(manifest: bytes, signature: bytes, station_key: Ed25519PublicKey) -> None:
    """Raise :class:`PacketError` (``bad_signature``) unless the station signed ``manifest``."""
    try:
        station_key.verify(signature, _TAG + manifest)
    except InvalidSignature as error:
        raise PacketError("the batch signature does not verify",
                          reason="bad_signature") from error

"""Biometric envelopes: templates encrypted to the central registry's X25519 key.

ECDH-ES: a :class:`Sealer` draws one ephemeral X25519 key, agrees a secret with the centre's
public key and derives an AES-256-GCM key with HKDF-SHA256. One sealer serves one upload batch
(a fresh ephemeral key per batch keeps the costly key agreement off the per-record path);
every envelope gets its own 96-bit nonce and binds the packet id and station id as associated
data, so an envelope cannot be moved to another packet, and each envelope carries the
ephemeral key, so every packet opens on its own. The nonce is the sealer's message counter
(the deterministic construction of SP 800-38D 8.2.1): the key is new with every sealer, so a
counter never repeats under one key, and it spares a system call per record. The centre's
:class:`Opener` caches the derived key per ephemeral key for the same reason.

References
----------
RFC 7748 (X25519), RFC 5869 (HKDF), NIST SP 800-38D (GCM; 8.2.1: deterministic nonces from
a counter), RFC 9180 (HPKE has the same shape, and also counts its nonces per key).
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sync.errors import PacketError
from sync.keys import public_bytes

BIO_ALG = "X25519-HKDF-SHA256-A256GCM"
_HKDF_INFO = b"sws-bio-v1"
_AAD_TAG = b"sws-packet-v1\x00"


def _aad(packet_id: str, station_id: str) -> bytes:
    return _AAD_TAG + packet_id.encode() + b"\x00" + station_id.encode()


def _derive(shared: bytes, epk: bytes, recipient: bytes) -> AESGCM:
    kdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + recipient, info=_HKDF_INFO)
    return AESGCM(kdf.derive(shared))


class Sealer:
    """Encrypts templates to the centre; one ephemeral key for this sealer's lifetime."""

    def __init__(self, central_key: X25519PublicKey) -> None:
        ephemeral = X25519PrivateKey.generate()
        self.epk = public_bytes(ephemeral.public_key())
        self._aead = _derive(ephemeral.exchange(central_key), self.epk,
                             public_bytes(central_key))
        self._count = itertools.count()  # next() is atomic in CPython: safe across threads

    def seal(self, plaintext: bytes, *, packet_id: str, station_id: str) -> dict[str, Any]:
        """The envelope map of ``plaintext`` for one packet."""
        nonce = next(self._count).to_bytes(12, "big")
        # keys in canonical CBOR order, so packets.build_body need not sort them
        return {"n": nonce,
                "ct": self._aead.encrypt(nonce, plaintext, _aad(packet_id, station_id)),
                "alg": BIO_ALG, "epk": self.epk}


class Opener:
    """Opens envelopes at the centre (in memory only), caching keys per ephemeral key."""

    def __init__(self, central_key: X25519PrivateKey, cache_size: int = 1024) -> None:
        self._key = central_key
        self._recipient = public_bytes(central_key.public_key())
        self._cache: OrderedDict[bytes, AESGCM] = OrderedDict()
        self._size = cache_size

    def open(self, envelope: dict[str, Any] | None, *, packet_id: str,
             station_id: str) -> bytes | None:
        """The plaintext templates, or ``None`` for a packet without an envelope."""
        if envelope is None:
            return None
        try:
            if envelope.get("alg") != BIO_ALG:
                raise PacketError("unknown biometric envelope algorithm", reason="bad_envelope",
                                  packet_id=packet_id)
            aead = self._aead(bytes(envelope["epk"]))
            return aead.decrypt(bytes(envelope["n"]), bytes(envelope["ct"]),
                                _aad(packet_id, station_id))
        except PacketError:
            raise
        except (InvalidTag, KeyError, TypeError, ValueError) as error:
            raise PacketError("the biometric part cannot be decrypted", reason="bad_envelope",
                              packet_id=packet_id) from error

    def _aead(self, epk: bytes) -> AESGCM:
        aead = self._cache.get(epk)
        if aead is None:
            peer = X25519PublicKey.from_public_bytes(epk)
            aead = _derive(self._key.exchange(peer), epk, self._recipient)
            self._cache[epk] = aead
            if len(self._cache) > self._size:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(epk)
        return aead

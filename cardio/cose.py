"""COSE_Sign1 (RFC 9052 §4.2) with ES256, built directly on cbor2 and cryptography.

Only what the credential needs: one signer, the algorithm in the protected header, and the
key id and the signer's certificate chain (x5chain, RFC 9360), all in the protected header. The
signature covers Sig_structure = ["Signature1", protected, external_aad, payload]; ES256
signatures are the raw 64-byte r || s, not DER (RFC 9053 §2.1).

References
----------
RFC 9052 (COSE structures), RFC 9053 (algorithms), RFC 9360 (x5chain).
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

from cardio.errors import EncodingError

TAG_SIGN1 = 18
ALG, KID, CONTENT_TYPE, X5CHAIN = 1, 4, 3, 33
ES256 = -7
MAX_COSE = 64 * 1024


@dataclass(frozen=True)
class Sign1:
    """A decoded COSE_Sign1: the raw protected bytes are kept, as the signature covers them."""

    protected: bytes
    protected_map: dict[int, object]
    unprotected: dict[int, object]
    payload: bytes
    signature: bytes

    @property
    def x5chain(self) -> list[bytes]:
        """DER certificates, leaf first (one bstr or an array of them)."""
        chain = self.protected_map.get(X5CHAIN)
        if isinstance(chain, bytes):
            return [chain]
        if isinstance(chain, list | tuple) and chain and all(isinstance(c, bytes) for c in chain):
            return list(chain)
        return []

    def to_be_signed(self, external_aad: bytes = b"") -> bytes:
        return cbor2.dumps(["Signature1", self.protected, external_aad, self.payload])

    def encode(self) -> bytes:
        return cbor2.dumps(
            cbor2.CBORTag(
                TAG_SIGN1, [self.protected, self.unprotected, self.payload, self.signature]
            )
        )

    def verify(self, public_key: ec.EllipticCurvePublicKey, external_aad: bytes = b"") -> None:
        """Raise ``InvalidSignature`` unless the ES256 signature verifies."""
        if self.protected_map.get(ALG) != ES256 or len(self.signature) != 64:
            raise InvalidSignature("not an ES256 signature")
        if not isinstance(public_key.curve, ec.SECP256R1):
            raise InvalidSignature("signer key is not P-256")
        r = int.from_bytes(self.signature[:32], "big")
        s = int.from_bytes(self.signature[32:], "big")
        public_key.verify(
            encode_dss_signature(r, s), self.to_be_signed(external_aad), ec.ECDSA(hashes.SHA256())
        )


def sign1(
    payload: bytes,
    key: ec.EllipticCurvePrivateKey,
    *,
    kid: bytes,
    x5chain: list[bytes],
    content_type: int | str | None = None,
) -> bytes:
    """Encode and sign a tagged COSE_Sign1 with ES256."""
    protected_map: dict[int, object] = {
        ALG: ES256,
        KID: kid,
        X5CHAIN: x5chain[0] if len(x5chain) == 1 else x5chain,
    }
    if content_type is not None:
        protected_map[CONTENT_TYPE] = content_type
    protected = cbor2.dumps(protected_map, canonical=True)
    # Everything is protected: X.509 parsers tolerate some bit changes outside the signed
    # part of a certificate, and a credential must change under no byte at all.
    unprotected: dict[int, object] = {}
    unsigned = Sign1(protected, protected_map, unprotected, payload, b"")
    der = key.sign(unsigned.to_be_signed(), ec.ECDSA(hashes.SHA256()))
    r, s = decode_dss_signature(der)
    signature = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    return Sign1(protected, dict(protected_map), dict(unprotected), payload, signature).encode()


def loads_exact(data: bytes, what: str) -> Any:
    """Decode exactly one CBOR item filling ``data``; trailing bytes are an error."""
    stream = io.BytesIO(data)
    try:
        obj = cbor2.CBORDecoder(stream).decode()
    except Exception as exc:  # cbor2 raises several types (CBORDecodeError, ValueError, ...)
        raise EncodingError(f"{what} is not CBOR: {exc}") from None
    if stream.tell() != len(data):
        raise EncodingError(f"{what} has {len(data) - stream.tell()} trailing bytes")
    return obj


def decode_sign1(data: bytes, *, max_size: int = MAX_COSE) -> Sign1:
    """Parse a (tagged or untagged) COSE_Sign1 of at most ``max_size`` bytes; any structural
    fault is an EncodingError."""
    if len(data) > max_size:
        raise EncodingError(f"COSE message of {len(data)} bytes is larger than allowed")
    obj = loads_exact(data, "COSE message")
    if isinstance(obj, cbor2.CBORTag):
        if obj.tag != TAG_SIGN1:
            raise EncodingError(f"CBOR tag {obj.tag} is not COSE_Sign1 (18)")
        obj = obj.value
    # cbor2 hands back the content of a tag as immutable tuple/frozendict: accept both forms.
    if not (isinstance(obj, list | tuple) and len(obj) == 4):
        raise EncodingError("COSE_Sign1 must be an array of four items")
    protected, unprotected, payload, signature = obj
    if not all(isinstance(x, bytes) for x in (protected, payload, signature)):
        raise EncodingError("COSE_Sign1 protected, payload and signature must be byte strings")
    if not isinstance(unprotected, Mapping):
        raise EncodingError("COSE_Sign1 unprotected header must be a map")
    protected_map = loads_exact(protected, "protected header") if protected else {}
    if not isinstance(protected_map, Mapping):
        raise EncodingError("protected header must be a map")
    if unprotected:
        raise EncodingError("the unprotected header must be empty")
    return Sign1(protected, dict(protected_map), dict(unprotected), payload, signature)

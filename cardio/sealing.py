"""Sealed templates file: the fingerprints on a card, readable only by authorised desks.

A card's files are read without a PIN (hospitals hold none), so anyone with a reader could
copy the holder's fingerprint templates from a plain templates file, and they crossed the
contact interface in clear. The issuing station therefore seals the file to the *template
key*, an X25519 key pair of the programme: the public half seals at every issuing office, the
private half is installed only where prints are checked against cards (offices, hospital
focal points). Without it a desk still verifies the card's signature, revocation and
entitlements; it just cannot do the 1:1 finger check.

Construction (ECIES in the manner of RFC 9180's base mode, one recipient):

* an ephemeral X25519 key ``e`` per card; ``shared = X25519(e, recipient)``;
* ``key = HKDF-SHA256(shared, salt = none, info = LABEL || epk || recipient public, 32)``;
* ``ct = AES-256-GCM(key, nonce (12 random bytes), plain templates file,
  aad = LABEL || card serial (ASCII) || kid || epk)``.

The sealed file is a canonical CBOR map with *text* keys ``{"v": 1, "kid": 8 bytes, "epk": 32
bytes, "iv": 12 bytes, "ct": bytes}``; a plain templates file is a map with *integer* keys
(finger positions), so the two never read as each other, and a card issued before sealing is
still read (:func:`open_templates` passes a plain file through). ``kid`` is the first 8 bytes
of SHA-256 over the recipient's raw public key: a desk holding another programme's key says
so rather than "damaged". The card serial in the associated data ties the sealed file to its
card; the credential's claim 7 (SHA-256 of the file as stored) still detects any change
without the key, so verification does not need it.

References
----------
RFC 7748 (X25519), RFC 5869 (HKDF), NIST SP 800-38D (GCM), RFC 9180 (HPKE, the pattern),
ICAO Doc 9303 part 11 (Extended Access Control: fingerprints on a document are for
authorised terminals only).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cbor2
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from cardio.errors import EncodingError, PkiError, TemplatesLocked

LABEL = b"SWSID-TEMPLATES-v1"
VERSION = 1


def key_id(public: X25519PublicKey) -> bytes:
    """First 8 bytes of SHA-256 over the raw public key: names the key in a sealed file."""
    return hashlib.sha256(_raw(public)).digest()[:8]


class TemplateKey:
    """The programme's template key pair (the private half opens sealed templates files)."""

    def __init__(self, private: X25519PrivateKey) -> None:
        self._private = private
        self.public = private.public_key()
        self.kid = key_id(self.public)

    def __repr__(self) -> str:  # never the key material
        return f"TemplateKey(kid={self.kid.hex()})"

    @classmethod
    def generate(cls) -> TemplateKey:
        return cls(X25519PrivateKey.generate())

    @classmethod
    def load(cls, path: Path) -> TemplateKey:
        """Read a PKCS #8 PEM X25519 private key; ``PkiError`` (one line) if it is not one."""
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except FileNotFoundError:
            raise PkiError(f"no template key at {path}") from None
        except (OSError, ValueError, TypeError) as exc:
            raise PkiError(f"{path.name} is not a template key: {exc}") from None
        if not isinstance(key, X25519PrivateKey):
            raise PkiError(f"{path.name} is not an X25519 template key")
        return cls(key)

    def save(self, path: Path) -> None:
        """Write the private key as PKCS #8 PEM, readable by its owner only (created 0600,
        then moved into place, so no other account ever sees it and no half file remains)."""
        pem = self._private.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption())
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(pem)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)

    def shared(self, peer: X25519PublicKey) -> bytes:
        return self._private.exchange(peer)


def _aead_key(shared: bytes, epk: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=LABEL + epk + recipient).derive(shared)


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def seal_templates(plain: bytes, recipient: X25519PublicKey, *, serial: str,
                   random_bytes: Callable[[int], bytes] = os.urandom) -> bytes:
    """The sealed form of a plain templates file (see the module docstring), for one card."""
    ephemeral = X25519PrivateKey.generate()
    epk = _raw(ephemeral.public_key())
    kid = key_id(recipient)
    key = _aead_key(ephemeral.exchange(recipient), epk, _raw(recipient))
    nonce = random_bytes(12)
    ct = AESGCM(key).encrypt(nonce, plain, LABEL + serial.encode("ascii") + kid + epk)
    return cbor2.dumps({"v": VERSION, "kid": kid, "epk": epk, "iv": nonce, "ct": ct},
                       canonical=True)


def _sealed_map(data: bytes) -> dict[str, Any] | None:
    """The decoded sealed file, or None when ``data`` is a plain file (or not CBOR)."""
    try:
        obj = cbor2.loads(data)
    except Exception:
        return None
    return obj if isinstance(obj, dict) and "ct" in obj else None


def is_sealed(data: bytes) -> bool:
    """Whether ``data`` is a sealed templates file (as opposed to a plain one, or garbage)."""
    return _sealed_map(data) is not None


def open_templates(data: bytes, key: TemplateKey | None, *, serial: str) -> bytes:
    """The plain templates file inside ``data`` (a plain file is returned as it is).

    Raises
    ------
    TemplatesLocked
        Sealed, and this desk holds no template key or another programme's (``kid``).
    EncodingError
        Sealed, but not for this card or altered (the authentication tag fails), or not a
        sealed file at all.
    """
    obj = _sealed_map(data)  # decoded once
    if obj is None:
        return data
    try:
        version, kid, epk, nonce, ct = (obj["v"], obj["kid"], obj["epk"], obj["iv"], obj["ct"])
    except KeyError as exc:
        raise EncodingError(f"sealed templates file lacks {exc.args[0]!r}") from None
    if version != VERSION or not all(isinstance(v, bytes) for v in (kid, epk, nonce, ct)):
        raise EncodingError("sealed templates file has an unknown version or field type")
    if key is None:
        raise TemplatesLocked("the card's fingerprints are sealed and this desk holds no "
                              "template key", kid=kid)
    if kid != key.kid:
        raise TemplatesLocked("the card's fingerprints are sealed for another template key "
                              f"({kid.hex()}; this desk holds {key.kid.hex()})", kid=kid)
    if len(epk) != 32 or len(nonce) != 12:
        raise EncodingError("sealed templates file has a malformed key or nonce")
    aead = _aead_key(key.shared(X25519PublicKey.from_public_bytes(epk)), epk, _raw(key.public))
    try:
        return AESGCM(aead).decrypt(nonce, ct, LABEL + serial.encode("ascii") + kid + epk)
    except InvalidTag:
        raise EncodingError("the sealed templates do not open: altered, or sealed for "
                            "another card") from None


def load_or_create(path: Path) -> tuple[TemplateKey, bool]:
    """The template key at ``path``, made there first if there is none (True when made)."""
    if path.exists():
        return TemplateKey.load(path), False
    key = TemplateKey.generate()
    key.save(path)
    return key, True

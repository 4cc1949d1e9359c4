"""Key handling for sync: the station's signing key and the central registry's box key.

A station signs every packet with its Ed25519 key; the central registry publishes an X25519
public key to which stations encrypt biometric parts. Keys travel as raw 32-byte strings
(base64 in JSON) and rest on disk as PKCS#8 / SubjectPublicKeyInfo PEM.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from sync.errors import CentralConfigError, SyncError

_RAW = serialization.Encoding.Raw
_RAW_PUB = serialization.PublicFormat.Raw


def public_bytes(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    """The raw 32 bytes of a public key."""
    return key.public_bytes(_RAW, _RAW_PUB)


def b64(data: bytes) -> str:
    """URL-safe base64 without padding, the form keys and packets take in JSON."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    """Inverse of :func:`b64`; raise :class:`SyncError` on anything that is not base64."""
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError) as error:
        raise SyncError("a field is not valid base64") from error


def station_public_key(raw: bytes) -> Ed25519PublicKey:
    """A station's Ed25519 public key from its raw 32 bytes."""
    if len(raw) != 32:
        raise SyncError("a station public key is 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def central_public_key(raw: bytes) -> X25519PublicKey:
    """The central registry's X25519 public key from its raw 32 bytes."""
    if len(raw) != 32:
        raise SyncError("the central public key is 32 bytes")
    return X25519PublicKey.from_public_bytes(raw)


def _write_private_pem(path: Path, key: Ed25519PrivateKey | X25519PrivateKey) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)


def _read_private_pem(path: Path, error: type[SyncError]) -> object:
    try:
        return serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, OSError, TypeError) as problem:
        raise error(f"cannot read the private key file {path}") from problem


def load_or_create_central_key(path: Path) -> X25519PrivateKey:
    """Read the central registry's private box key from ``path``, creating it (mode 0600)."""
    if not path.exists():
        _write_private_pem(path, X25519PrivateKey.generate())
    key = _read_private_pem(path, CentralConfigError)
    if not isinstance(key, X25519PrivateKey):
        raise CentralConfigError(f"{path} does not hold an X25519 private key")
    return key


def load_or_create_station_key(path: Path) -> Ed25519PrivateKey:
    """Read a station's Ed25519 signing key from ``path``, creating it (mode 0600)."""
    if not path.exists():
        _write_private_pem(path, Ed25519PrivateKey.generate())
    key = _read_private_pem(path, SyncError)
    if not isinstance(key, Ed25519PrivateKey):
        raise SyncError(f"{path} does not hold an Ed25519 private key")
    return key

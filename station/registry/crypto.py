"""At-rest encryption of biometric data: AES-256-GCM under keys kept outside the database.

The key file (JSON, mode 0600, in the user's config directory or ``SWS_KEY_FILE``) holds
named keys, which one is active, and the audit MAC key::

    {"version": 1, "demo": true, "active": "k20261122a1b2",
     "keys": {"k20261122a1b2": "<base64 32 bytes>"}, "audit_key": "<base64 32 bytes>"}

A sealed value is self-describing, so a key rotation can proceed row by row and any row can
be opened while old and new keys coexist::

    b"S1" | len(key id) (1 byte) | key id (ASCII) | nonce (12 bytes) | ciphertext + tag

The associated data binds the ciphertext to its row (e.g. ``fingerprint:<person>:<finger>``)
and to the header, so a ciphertext copied to another person's row does not decrypt.

References
----------
NIST SP 800-38D, Recommendation for Block Cipher Modes of Operation: GCM and GMAC (2007).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import stat
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from station.errors import DecryptionFailed, KeyProblem, NotInitialised

MAGIC = b"S1"
NONCE_BYTES = 12


def new_key_id(now: datetime) -> str:
    """A key id that sorts by creation date and is unique: ``k<yyyymmdd><8 hex>``."""
    return f"k{now:%Y%m%d}{secrets.token_hex(4)}"


@dataclass
class KeyRing:
    """The keys of one station: several data keys (one active) and the audit MAC key."""

    keys: dict[str, bytes]
    active: str
    audit_key: bytes
    demo: bool = True
    path: Path | None = field(default=None, compare=False)

    # -- creation and files ---------------------------------------------------------------

    @classmethod
    def generate(cls, now: datetime, *, demo: bool = True) -> KeyRing:
        """Fresh random keys (``demo`` marks keys made by `sws init` for demonstration)."""
        kid = new_key_id(now)
        return cls(keys={kid: AESGCM.generate_key(256)}, active=kid,
                   audit_key=secrets.token_bytes(32), demo=demo)

    @classmethod
    def load(cls, path: Path) -> KeyRing:
        """Read the key file; refuse one that others can read."""
        if not path.exists():
            raise NotInitialised(f"no at-rest key file at {path}; run `sws init` first")
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            raise KeyProblem(f"key file {path} is readable by others (mode {mode:o}); "
                             "run `chmod 600` on it")
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            keys = {str(k): base64.b64decode(v) for k, v in doc["keys"].items()}
            ring = cls(keys=keys, active=str(doc["active"]),
                       audit_key=base64.b64decode(doc["audit_key"]),
                       demo=bool(doc.get("demo", False)), path=path)
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise KeyProblem(f"key file {path} is unreadable or damaged ({err})") from None
        if ring.active not in ring.keys or any(len(k) != 32 for k in ring.keys.values()):
            raise KeyProblem(f"key file {path} is damaged (active key missing or wrong size)")
        return ring

    def save(self, path: Path | None = None) -> Path:
        """Write the key file atomically with mode 0600 (temp file, fsync, rename)."""
        target = path or self.path
        if target is None:
            raise KeyProblem("no path to save the key file to")
        target.parent.mkdir(parents=True, exist_ok=True)
        doc = {
            "version": 1,
            "demo": self.demo,
            "active": self.active,
            "keys": {k: base64.b64encode(v).decode() for k, v in sorted(self.keys.items())},
            "audit_key": base64.b64encode(self.audit_key).decode(),
        }
        tmp = target.with_name(target.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
        self.path = target
        return target

    # -- rotation -------------------------------------------------------------------------

    def add_active(self, now: datetime) -> str:
        """Add a new data key and make it active; old keys stay until re-encryption is done."""
        kid = new_key_id(now)
        self.keys[kid] = AESGCM.generate_key(256)
        self.active = kid
        return kid

    def retire_others(self) -> list[str]:
        """Forget every key but the active one (after all rows were re-encrypted)."""
        old = [k for k in self.keys if k != self.active]
        for kid in old:
            del self.keys[kid]
        return old


def key_id_of(sealed: bytes) -> str:
    """The key id in a sealed value's header."""
    if len(sealed) < 3 or sealed[:2] != MAGIC:
        raise DecryptionFailed("a stored ciphertext has an unknown format")
    n = sealed[2]
    return sealed[3:3 + n].decode("ascii", errors="replace")


class Cipher:
    """Seal and open biometric data with a :class:`KeyRing` (AES-256-GCM, random nonces)."""

    def __init__(self, ring: KeyRing) -> None:
        self.ring = ring

    @property
    def active_key_id(self) -> str:
        return self.ring.active

    def seal(self, plaintext: bytes, aad: bytes) -> bytes:
        """Encrypt ``plaintext`` under the active key, bound to ``aad`` (the row it belongs to)."""
        kid = self.ring.active.encode("ascii")
        header = MAGIC + bytes([len(kid)]) + kid
        nonce = secrets.token_bytes(NONCE_BYTES)
        body = AESGCM(self.ring.keys[self.ring.active]).encrypt(nonce, plaintext, header + aad)
        return header + nonce + body

    def open(self, sealed: bytes, aad: bytes) -> bytes:
        """Decrypt a sealed value; :class:`DecryptionFailed` if tampered, moved or key lost."""
        kid = key_id_of(sealed)
        key = self.ring.keys.get(kid)
        if key is None:
            raise DecryptionFailed(f"a stored ciphertext needs key {kid!r}, "
                                   "which is not in the key file")
        header_len = 3 + len(kid)
        header = sealed[:header_len]
        nonce = sealed[header_len:header_len + NONCE_BYTES]
        try:
            return AESGCM(key).decrypt(nonce, sealed[header_len + NONCE_BYTES:], header + aad)
        except (InvalidTag, ValueError):
            raise DecryptionFailed("a stored ciphertext does not decrypt: it was altered "
                                   "or moved to another record") from None


def fingerprint_aad(person_id: str, position: int) -> bytes:
    """Associated data binding a template (or image) to its person and finger."""
    return f"fingerprint:{person_id}:{position}".encode()


def image_aad(person_id: str, position: int) -> bytes:
    """Associated data binding a raw image to its person and finger."""
    return f"image:{person_id}:{position}".encode()


def adjudication_aad(adjudication_id: str) -> bytes:
    """Associated data binding held probe templates to their adjudication case."""
    return f"adjudication:{adjudication_id}".encode()


#: Associated data of biometrics sealed into outbox items. It is a constant (not per record)
#: because the uploader unseals with a plain ``unseal(bytes) -> bytes`` callable.
OUTBOX_AAD = b"sws-outbox-biometrics"

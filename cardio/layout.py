"""The card profile's constants, shared by the host side (profile.py) and the virtual card.

See docs/card-profile.md for the full description.
"""

from __future__ import annotations

# Proprietary AID: category 'F' (ISO/IEC 7816-5: not registered, for a closed system),
# then "SWSID" in ASCII and the profile version.
AID = bytes.fromhex("F0") + b"SWSID" + b"\x01"
PROFILE_VERSION = 1

# Transparent EFs under the application: file id -> (short file id, maximum size).
EF_CREDENTIAL = 0x0102
EF_TEMPLATES = 0x0103
EF_PUBLIC_KEY = 0x0104
FILES: dict[int, tuple[int, int]] = {
    EF_CREDENTIAL: (2, 8192),
    EF_TEMPLATES: (3, 4096),
    EF_PUBLIC_KEY: (4, 128),
}
WRITABLE = (EF_CREDENTIAL, EF_TEMPLATES)  # the public key file is written by the card only
SFI_TO_FID = {sfi: fid for fid, (sfi, _size) in FILES.items()}

# Card life-cycle state, as reported in the FCI of SELECT AID (tag C1).
STATE_BLANK = 0x00
STATE_ISSUED = 0x01
STATE_PENDING = 0x02  # BEGIN done, COMMIT not: a write was interrupted or is under way

# FCI proprietary tags (inside 6F / A5).
TAG_SERIAL = 0xC0
TAG_STATE = 0xC1
TAG_PIN_TRIES = 0xC2
TAG_VERSION = 0xC3

PIN_REFERENCE = 0x81  # P2 of VERIFY: the issuer PIN
PIN_MAX_TRIES = 3
CLA_PROPRIETARY = 0x80

# INTERNAL AUTHENTICATE: the card signs SHA-256(prefix || challenge) with ECDSA P-256.
AUTH_PREFIX = b"SWSID-INTERNAL-AUTHENTICATE-v1"
CHALLENGE_MIN, CHALLENGE_MAX = 16, 64


def commit_digest(files: dict[int, bytes], public_key: bytes) -> bytes:
    """What COMMIT carries: SHA-256 over each writable file (id, length, bytes) and the key.

    The host computes it from what it meant to write; the card from what it received.
    Equal digests mean every byte arrived, so the swap to the new content is safe.
    """
    import hashlib

    digest = hashlib.sha256(b"SWSID-COMMIT-v1")
    for fid in WRITABLE:
        content = files.get(fid, b"")
        digest.update(fid.to_bytes(2, "big") + len(content).to_bytes(4, "big") + content)
    digest.update(len(public_key).to_bytes(2, "big") + public_key)
    return digest.digest()

"""The signed revocation list: which card serials, and which card signers, must no longer be
accepted.

It is a COSE_Sign1 like the credential, signed by an office signer whose chain leads to the
same national root, with content type ``application/sws-revocation+cbor`` so neither can be
passed off as the other. Payload: {0: version, 1: issuer, 2: this update, 3: next update,
4: [[serial, revoked at, reason], ...], 5: [[SHA-256 of a signer certificate's DER, revoked
at, reason], ...], 6: {0: 1, 1: TAG_BYTES, 2: {SHA-256 of a signer certificate's DER: the
sorted, concatenated tags of the cards it signed that the centre received from its station
before the revocation}}} (times in epoch seconds). Key 5 (revoked card signers: the
certificate of a station the centre revoked, e.g. a stolen laptop) and key 6 (what that
signer delivered) are written only when the list has them, so a list without revoked signers
is byte for byte what earlier versions wrote, and earlier verifiers, which ignore keys 5 and
6, still read every list (version 1 throughout). A card signed by a revoked signer after the
revocation time is refused; before it, it stays valid only if its tag
(:func:`credential_tag`) is among that signer's delivered cards, when the list has them: a
thief who backdates a card with the stolen key makes a credential the centre never received.

References
----------
RFC 5280 section 5.3.2 (invalidity date): a revocation that takes effect from a time, so
what was signed before it keeps its standing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

import cbor2
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ec

from cardio import cose
from cardio.errors import EncodingError, InvalidCredential, Reason
from cardio.pki import Pki, verify_chain

CONTENT_TYPE = "application/sws-revocation+cbor"
VERSION = 1
#: Key 6's format, and the bytes of a card's tag in it: the first 8 bytes of the SHA-256 of
#: its credential (2^64 / n tries, each an ECDSA signature, to forge one of n tags).
DELIVERED_FORMAT, TAG_BYTES = 1, 8
#: The largest list read: 8 bytes per delivered card of a revoked signer, ~25 per revoked
#: card (a credential keeps :data:`cardio.cose.MAX_COSE`).
MAX_LIST = 16 * 1024 * 1024


def credential_tag(credential: bytes) -> bytes:
    """How the list names one card a revoked signer signed: the first :data:`TAG_BYTES` of
    the SHA-256 of its credential bytes (as on the card, or in a QR code)."""
    return hashlib.sha256(credential).digest()[:TAG_BYTES]


@dataclass(frozen=True)
class Revocation:
    serial: str
    revoked_at: dt.datetime
    reason: str


@dataclass(frozen=True)
class SignerRevocation:
    """A card-signer certificate revoked from ``revoked_at``: ``sha256`` is the upper-case
    hex SHA-256 of its DER encoding (:func:`signer_fingerprint`)."""

    sha256: str
    revoked_at: dt.datetime
    reason: str
    #: the :func:`credential_tag` of every card this signer signed that the centre received
    #: from its station before the revocation; None when the list does not say (an older
    #: list or centre): then the card's own signing time decides
    delivered: frozenset[bytes] | None = field(default=None, compare=False)


def signer_fingerprint(cert: x509.Certificate) -> str:
    """How the list names a signer certificate: upper-case hex SHA-256 of its DER."""
    from cryptography.hazmat.primitives import hashes

    return cert.fingerprint(hashes.SHA256()).hex().upper()


@dataclass(frozen=True)
class RevocationList:
    """A verified revocation list (build one with :func:`load_revocation_list`)."""

    issuer: str
    this_update: dt.datetime
    next_update: dt.datetime
    entries: dict[str, Revocation]
    signers: dict[str, SignerRevocation] = field(default_factory=dict)

    def lookup(self, serial: str) -> Revocation | None:
        return self.entries.get(serial.upper())

    def lookup_signer(self, cert: x509.Certificate) -> SignerRevocation | None:
        """The revocation of the card-signer certificate ``cert``, if it is revoked."""
        return self.signers.get(signer_fingerprint(cert)) if self.signers else None

    def stale(self, now: dt.datetime) -> bool:
        return now > self.next_update


def sign_revocation_list(
    revocations: Iterable[Revocation], pki: Pki, now: dt.datetime, valid_for: dt.timedelta,
    *, signers: Iterable[SignerRevocation] = (),
) -> bytes:
    """Sign a complete list (every revoked serial and card signer, not a delta)."""
    payload: dict[int, object] = {
        0: VERSION,
        1: pki.signer_cert.subject.rfc4514_string(),
        2: int(now.timestamp()),
        3: int((now + valid_for).timestamp()),
        4: [
            [bytes.fromhex(r.serial), int(r.revoked_at.timestamp()), r.reason] for r in revocations
        ],
    }
    listed = sorted(signers, key=lambda r: r.sha256)
    revoked_signers = [[bytes.fromhex(r.sha256), int(r.revoked_at.timestamp()), r.reason]
                       for r in listed]
    if revoked_signers:
        payload[5] = revoked_signers
    delivered = {bytes.fromhex(r.sha256): b"".join(sorted(r.delivered))
                 for r in listed if r.delivered is not None}
    if delivered:
        payload[6] = {0: DELIVERED_FORMAT, 1: TAG_BYTES, 2: delivered}
    return cose.sign1(
        cbor2.dumps(payload, canonical=True),
        pki.signer_key,
        kid=pki.kid,
        x5chain=pki.chain_der,
        content_type=CONTENT_TYPE,
    )


def _bad(detail: str) -> InvalidCredential:
    return InvalidCredential(Reason.BAD_REVOCATION_LIST, detail)


def load_revocation_list(
    data: bytes, anchors: list[x509.Certificate], now: dt.datetime
) -> RevocationList:
    """Verify and decode a revocation list; raise ``InvalidCredential(BAD_REVOCATION_LIST)``."""
    try:
        envelope = cose.decode_sign1(data, max_size=MAX_LIST)
    except EncodingError as exc:
        raise _bad(str(exc)) from None
    if envelope.protected_map.get(cose.CONTENT_TYPE) != CONTENT_TYPE:
        raise _bad("this is not a revocation list")
    try:
        signer = verify_chain(envelope.x5chain, anchors, now)
        key = signer.public_key()
        if not isinstance(key, ec.EllipticCurvePublicKey):
            raise _bad("the signer key is not EC")
        envelope.verify(key)
    except InvalidCredential as exc:
        raise _bad(exc.detail or exc.reason.value) from None
    except InvalidSignature:
        raise _bad("signature does not verify") from None
    try:
        body = cbor2.loads(envelope.payload)
    except Exception:
        raise _bad("content is not CBOR") from None
    if not (isinstance(body, dict) and body.get(0) == VERSION):
        raise _bad("unknown revocation list version")
    try:
        entries = {}
        for serial, when, reason in body[4]:
            key_serial = bytes(serial).hex().upper()
            entries[key_serial] = Revocation(
                key_serial, dt.datetime.fromtimestamp(when, dt.UTC), str(reason)
            )
        signers = {}
        delivered = _delivered(body.get(6))
        for digest, when, reason in body.get(5, []):
            if len(bytes(digest)) != 32:
                raise ValueError("a signer is named by a 32-byte SHA-256")
            name = bytes(digest).hex().upper()
            signers[name] = SignerRevocation(
                name, dt.datetime.fromtimestamp(when, dt.UTC), str(reason),
                delivered.get(bytes(digest))
            )
        return RevocationList(
            str(body[1]),
            dt.datetime.fromtimestamp(body[2], dt.UTC),
            dt.datetime.fromtimestamp(body[3], dt.UTC),
            entries,
            signers,
        )
    except Exception as exc:  # any structural surprise in a signed list is still a bad list
        raise _bad(f"unreadable content: {type(exc).__name__}") from None


def _delivered(section: object) -> dict[bytes, frozenset[bytes]]:
    """Key 6: per revoked signer's SHA-256, the tags of the cards it delivered."""
    if section is None:
        return {}
    if not (isinstance(section, dict) and section.get(0) == DELIVERED_FORMAT
            and section.get(1) == TAG_BYTES and isinstance(section.get(2), dict)):
        raise ValueError("unknown delivered-cards format")
    out = {}
    for digest, tags in section[2].items():
        tags = bytes(tags)
        if len(bytes(digest)) != 32 or len(tags) % TAG_BYTES:
            raise ValueError("delivered cards are named by 8-byte tags")
        out[bytes(digest)] = frozenset(tags[i:i + TAG_BYTES]
                                       for i in range(0, len(tags), TAG_BYTES))
    return out

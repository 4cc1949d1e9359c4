"""A card signer's word that a station issues cards with it (a signer binding).

The centre must know every station's card-signer certificate, so that revoking a stolen
station puts that signer on the revocation list even when the station never delivered a card.
A station declares it when it registers, and again at a sync where the centre does not list
it yet (an older station, new certificates installed). The declaration must be one the
station could not make about another office's signer, so the signer key itself signs it: a
COSE_Sign1 (content type ``application/sws-signer-binding+cbor``, the signer's chain in the
protected header as in a credential) over ``{0: version 1, 1: station id, 2: the station's
Ed25519 packet key (32 bytes), 3: signed at (epoch seconds)}``. The station sends it with its
own Ed25519 signature over these bytes, so both keys vouch for the pair.

References
----------
RFC 9052 (COSE_Sign1), RFC 9360 (x5chain); the proof of possession of a key being certified,
as in a PKCS #10 request (RFC 2986).
"""

from __future__ import annotations

import datetime as dt

import cbor2
from cryptography import x509

from cardio import cose
from cardio.errors import EncodingError, InvalidCredential, Reason
from cardio.pki import Pki, leaf_signer

CONTENT_TYPE = "application/sws-signer-binding+cbor"
VERSION = 1


def sign_binding(pki: Pki, station_id: str, station_key: bytes, now: dt.datetime) -> bytes:
    """The binding of ``pki``'s card signer to the station ``station_id`` whose Ed25519 public
    key (raw, 32 bytes) is ``station_key``, signed with the signer key."""
    payload = {0: VERSION, 1: station_id, 2: station_key, 3: int(now.timestamp())}
    return cose.sign1(cbor2.dumps(payload, canonical=True), pki.signer_key, kid=pki.kid,
                      x5chain=pki.chain_der, content_type=CONTENT_TYPE)


def open_binding(data: bytes, *, station_id: str, station_key: bytes) -> x509.Certificate:
    """The card-signer certificate ``data`` binds to this station, once its key's signature
    verifies and the binding names ``station_id`` and ``station_key``; raises
    ``InvalidCredential`` otherwise (no chain or date check: the centre holds no anchors)."""
    try:
        envelope = cose.decode_sign1(data)
        if envelope.protected_map.get(cose.CONTENT_TYPE) != CONTENT_TYPE:
            raise EncodingError("this COSE message is not a signer binding")
        body = cose.loads_exact(envelope.payload, "signer binding")
    except EncodingError as exc:
        raise InvalidCredential(Reason.MALFORMED, str(exc)) from None
    cert = leaf_signer(envelope)
    if not isinstance(body, dict) or body.get(0) != VERSION:
        raise InvalidCredential(Reason.MALFORMED, "unknown signer binding version")
    if body.get(1) != station_id or body.get(2) != station_key:
        raise InvalidCredential(Reason.MALFORMED,
                                f"the binding names station {body.get(1)!r}, not this one")
    return cert

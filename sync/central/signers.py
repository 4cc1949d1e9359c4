"""The card-signer certificates each station signs cards with, learnt from its card_issue
packets, so that revoking the station revokes them too.

A ``card_issue`` packet carries the credential written to the card (COSE_Sign1 with the
signer's certificate chain, leaf first). The centre keeps the leaf's SHA-256 (over its DER)
and subject in ``stations.signers`` once the credential's signature verifies under that very
certificate: a station cannot list another's certificate by pasting it into a payload
(it would need that signer's key). When the station is revoked, the revocation list every
station pulls names these certificates with the revocation time; desks then refuse cards
they sign after it (``cardio.verify``, reason ``signer revoked``).
"""

from __future__ import annotations

import json
from typing import Any

import cbor2
import sqlalchemy as sa
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from sync.central import schema as t

#: COSE (RFC 9052): the Sign1 tag, the header labels read here and ES256 (RFC 9053).
_TAG_SIGN1, _ALG, _X5CHAIN, _ES256 = 18, 1, 33, -7


def signer_of(payload: dict[str, Any]) -> dict[str, str] | None:
    """``{"sha256", "subject"}`` of the certificate that signed the credential in a
    ``card_issue`` payload; None when there is none or its signature does not verify.

    Read here with cbor2 and cryptography rather than through :mod:`cardio`, whose package
    loads pyscard (and the PC/SC library): the centre reads no cards.
    """
    credential = payload.get("credential")
    if not isinstance(credential, bytes):
        return None
    try:
        tagged = cbor2.loads(credential)
        protected, _, signed, signature = tagged.value
        header = cbor2.loads(protected)
        chain = header[_X5CHAIN]
        cert = x509.load_der_x509_certificate(chain if isinstance(chain, bytes) else chain[0])
        key = cert.public_key()
        if (tagged.tag != _TAG_SIGN1 or header.get(_ALG) != _ES256 or len(signature) != 64
                or not isinstance(key, ec.EllipticCurvePublicKey)):
            return None
        to_be_signed = cbor2.dumps(["Signature1", protected, b"", signed])
        key.verify(encode_dss_signature(int.from_bytes(signature[:32], "big"),
                                        int.from_bytes(signature[32:], "big")),
                   to_be_signed, ec.ECDSA(hashes.SHA256()))
    except Exception:  # not a credential we can vouch for (hostile bytes too): learn nothing
        return None
    return {"sha256": cert.fingerprint(hashes.SHA256()).hex().upper(),
            "subject": cert.subject.rfc4514_string()}


def remember(conn: sa.Connection, found: dict[str, list[dict[str, str]]]) -> None:
    """Add the signers ``found`` per station id to ``stations.signers`` (new ones only)."""
    for station_id, listed in found.items():
        row = conn.execute(sa.select(t.stations.c.signers)
                           .where(t.stations.c.id == station_id)).first()
        if row is None:
            continue
        known = parse(row.signers)
        have = {s["sha256"] for s in known}
        new = []
        for signer in listed:
            if signer["sha256"] not in have:
                have.add(signer["sha256"])
                new.append(signer)
        if new:
            conn.execute(t.stations.update().where(t.stations.c.id == station_id)
                         .values(signers=json.dumps(known + new, sort_keys=True)))


def parse(text: str | None) -> list[dict[str, str]]:
    """The stored list (empty for none or a damaged one)."""
    try:
        listed = json.loads(text) if text else []
    except ValueError:
        return []
    return [s for s in listed if isinstance(s, dict) and isinstance(s.get("sha256"), str)]

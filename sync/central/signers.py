"""The card-signer certificates each station signs cards with, learnt from its card_issue
packets, so that revoking the station revokes them too.

A ``card_issue`` packet carries the credential written to the card (COSE_Sign1 with the
signer's certificate chain, leaf first). The centre keeps the leaf's SHA-256 (over its DER)
and subject in ``stations.signers`` once the credential's signature verifies under that very
certificate (:func:`cardio.credential.credential_signer`): a station cannot list another's
certificate by pasting it into a payload (it would need that signer's key). When the station
is revoked, the revocation list every station pulls names these certificates with the
revocation time; desks then refuse cards they sign after it (``cardio.verify``, reason
``signer revoked``).
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from cryptography import x509

from cardio import revocation
from cardio.credential import credential_signer
from cardio.errors import CardError
from sync.central import schema as t


def _entry(cert: x509.Certificate) -> dict[str, str]:
    return {"sha256": revocation.signer_fingerprint(cert),
            "subject": cert.subject.rfc4514_string()}


def signer_of(payload: dict[str, Any]) -> dict[str, str] | None:
    """``{"sha256", "subject"}`` of the certificate that signed the credential in a
    ``card_issue`` payload; None when there is none or its signature does not verify."""
    credential = payload.get("credential")
    if not isinstance(credential, bytes):
        return None
    try:
        return _entry(credential_signer(credential))
    except CardError:  # not a credential we can vouch for (hostile bytes too): learn nothing
        return None


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

"""Offline verification of a credential, as at a hospital focal point or by an auditor.

:func:`verify` returns the verified :class:`~cardio.credential.Claims` or raises
:class:`~cardio.errors.InvalidCredential` with a :class:`~cardio.errors.Reason`; there is no
True/False answer to forget to check. The order follows ICAO 9303: first passive
authentication (the issuer chain, then the signature over the data), only then the content
(revocation, dates), then the binding of the data to this card: the template digest and
active authentication (the card signs a fresh challenge with the key named in ``cnf``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from cardio import cose, layout
from cardio.credential import Claims, credential_envelope, decode_claims, template_digest
from cardio.errors import InvalidCredential, Reason
from cardio.pki import verify_chain
from cardio.revocation import RevocationList, credential_tag

#: How far the verifier's clock may run behind the issuer's before a just-issued card is
#: "not yet valid": office and hospital clocks differ by minutes, and the certificates' own
#: notBefore is backdated by the same five minutes (:mod:`cardio.pki`).
CLOCK_LEEWAY = dt.timedelta(minutes=5)
#: On the claims of a card refused as SIGNER_REVOKED that is dated before the revocation but
#: was not among the cards its station delivered: a genuine card never delivered and a card
#: backdated with the stolen key look the same, and neither was "signed after" (a desk says so).
NEVER_DELIVERED = "dated before the revocation, never delivered to the central registry"


@dataclass(frozen=True)
class CardProof:
    """What the card itself showed: its serial (FCI), a fresh challenge and its signature."""

    serial: str
    challenge: bytes
    signature: bytes


def verify(
    credential: bytes,
    trust_anchors: list[x509.Certificate],
    revocation_list: RevocationList,
    now: dt.datetime,
    *,
    templates: bytes | None = None,
    card_proof: CardProof | None = None,
) -> Claims:
    """Verify ``credential`` offline and return its claims.

    Parameters
    ----------
    credential : COSE_Sign1 bytes as read from the card or a QR code.
    trust_anchors : national root certificates the verifier trusts.
    revocation_list : a list already checked by ``load_revocation_list``.
    now : the verifier's clock (timezone-aware).
    templates : the templates file read from the card; checked against the signed digest.
    card_proof : the card's answer to INTERNAL AUTHENTICATE; without it (a QR code) the
        claims carry the warning that no card was checked.

    Raises
    ------
    InvalidCredential
        With reason MALFORMED, UNKNOWN_ISSUER, EXPIRED_ISSUER, BAD_SIGNATURE, REVOKED,
        SIGNER_REVOKED (signed by a revoked card signer at or after its revocation, or
        dated before it but not among the cards the centre received from its station before
        it, when the list names them; otherwise signed before, the card stays valid with a
        warning saying so), NOT_YET_VALID,
        EXPIRED_CARD, TEMPLATE_MISMATCH or CLONE_SUSPECTED.
    """
    envelope = credential_envelope(credential)
    signer = verify_chain(envelope.x5chain, trust_anchors, now)
    if envelope.protected_map.get(cose.KID) != _key_id(signer):
        raise InvalidCredential(Reason.UNKNOWN_ISSUER, "kid does not name the signing certificate")
    key = signer.public_key()
    try:
        if not isinstance(key, ec.EllipticCurvePublicKey):
            raise InvalidSignature("signer key is not EC")
        envelope.verify(key)
    except InvalidSignature:
        raise InvalidCredential(
            Reason.BAD_SIGNATURE, "the issuer signature does not verify"
        ) from None
    claims = decode_claims(envelope.payload)
    if claims.issuer != signer.subject.rfc4514_string():
        raise InvalidCredential(Reason.UNKNOWN_ISSUER, "iss does not name the signing certificate")
    revoked = revocation_list.lookup(claims.card_serial)
    if revoked is not None:
        raise InvalidCredential(
            Reason.REVOKED,
            f"card {claims.card_serial} on {revoked.revoked_at:%Y-%m-%d}: {revoked.reason}",
            claims=claims,
        )
    warnings = []
    signer_revoked = revocation_list.lookup_signer(signer)
    if signer_revoked is not None:
        when = f"{signer_revoked.revoked_at:%Y-%m-%d %H:%M} UTC"
        if claims.issued_at >= signer_revoked.revoked_at:
            raise InvalidCredential(
                Reason.SIGNER_REVOKED,
                f"card {claims.card_serial} was signed on {claims.issued_at:%Y-%m-%d %H:%M} "
                f"UTC by the card signer {signer.subject.rfc4514_string()}, revoked on "
                f"{when}: {signer_revoked.reason}",
                claims=claims,
            )
        delivered = signer_revoked.delivered
        if delivered is not None and credential_tag(credential) not in delivered:
            raise InvalidCredential(
                Reason.SIGNER_REVOKED,
                f"card {claims.card_serial}, dated {claims.issued_at:%Y-%m-%d %H:%M} UTC, was "
                f"signed by the card signer {signer.subject.rfc4514_string()}, revoked on "
                f"{when} ({signer_revoked.reason}), and never reached the central registry "
                "from its station before the revocation",
                claims=replace(claims, warnings=(*claims.warnings, NEVER_DELIVERED)),
            )
        warnings.append(
            f"signed on {claims.issued_at:%Y-%m-%d %H:%M} UTC, before its card signer was "
            f"revoked on {when} ({signer_revoked.reason}): still valid")
    if now + CLOCK_LEEWAY < claims.issued_at:
        raise InvalidCredential(Reason.NOT_YET_VALID, f"issued {claims.issued_at:%Y-%m-%d}",
                                claims=claims)
    if now > claims.expires_at:
        raise InvalidCredential(Reason.EXPIRED_CARD, f"expired {claims.expires_at:%Y-%m-%d}",
                                claims=claims)
    if revocation_list.stale(now):
        warnings.append("the revocation list is out of date")
    if templates is not None and template_digest(templates) != claims.template_digest:
        raise InvalidCredential(Reason.TEMPLATE_MISMATCH, "the templates were altered",
                                claims=claims)
    if card_proof is None:
        warnings.append("no card was challenged (printed or copied credential)")
    else:
        _check_card(claims, card_proof)
    return replace(claims, warnings=tuple(warnings))


def _check_card(claims: Claims, proof: CardProof) -> None:
    """Active authentication: the card must hold the key the issuer bound to this credential."""
    if proof.serial.upper() != claims.card_serial:
        raise InvalidCredential(
            Reason.CLONE_SUSPECTED,
            f"credential of card {claims.card_serial} on card {proof.serial}",
            claims=claims,
        )
    point = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), claims.card_public_key)
    try:
        point.verify(
            proof.signature, layout.AUTH_PREFIX + proof.challenge, ec.ECDSA(hashes.SHA256())
        )
    except (InvalidSignature, ValueError):
        raise InvalidCredential(
            Reason.CLONE_SUSPECTED, "the card cannot prove it holds the credential's key",
            claims=claims,
        ) from None


def _key_id(cert: x509.Certificate) -> bytes | None:
    try:
        return cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except x509.ExtensionNotFound:
        return None

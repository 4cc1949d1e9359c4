"""The signed social protection ID: CWT claims (RFC 8392) in a COSE_Sign1 (RFC 9052).

Standard CWT claims carry what they are for: ``iss`` the office, ``sub`` the ID number,
``iat``/``nbf``/``exp`` the dates, ``cti`` the card serial, and ``cnf`` (RFC 8747) the card's
public key as a COSE_Key, so a verifier can challenge the card that holds it. The person and
programme data sit in one private-use claim (key -65537), like MOSIP's Claim 169 does with
its own key; inside it, key 0 is the format version.

References
----------
RFC 8392 (CWT), RFC 8747 (proof-of-possession "cnf"), RFC 9052/9053 (COSE), ISO/IEC 5218
(sex codes), MOSIP Claim 169 QR specification.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import cbor2
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from cardio import cose
from cardio.errors import EncodingError, InvalidCredential, Reason
from cardio.pki import Pki, leaf_signer

FORMAT_VERSION = 1
CLAIM_ISS, CLAIM_SUB, CLAIM_EXP, CLAIM_NBF, CLAIM_IAT, CLAIM_CTI, CLAIM_CNF = 1, 2, 4, 5, 6, 7, 8
CLAIM_SWS = -65537  # private use (RFC 8392 §9.1: integers below -65536)
CWT_CONTENT_TYPE = 61  # CoAP content format of application/cwt (RFC 8392 §10.3)
SEX_CODES = {0: "not known", 1: "male", 2: "female", 9: "not applicable"}


@dataclass(frozen=True)
class Entitlement:
    """One programme the holder is registered in, with its validity (inclusive dates)."""

    programme: str
    valid_from: dt.date
    valid_until: dt.date

    def active_on(self, day: dt.date) -> bool:
        return self.valid_from <= day <= self.valid_until


@dataclass(frozen=True)
class Holder:
    """Who the card is for. ``sex`` is an ISO/IEC 5218 code."""

    id_number: str
    given_name: str
    family_name: str
    sex: int
    date_of_birth: dt.date
    address_code: str


@dataclass(frozen=True)
class Claims:
    """Everything a credential states; verified claims come back as this type."""

    holder: Holder
    entitlements: tuple[Entitlement, ...]
    issuer: str
    card_serial: str
    issued_at: dt.datetime
    expires_at: dt.datetime
    template_digest: bytes
    card_public_key: bytes  # uncompressed P-256 point, 65 bytes
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def active_entitlements(self, day: dt.date) -> tuple[Entitlement, ...]:
        return tuple(e for e in self.entitlements if e.active_on(day))


def template_digest(templates_file: bytes) -> bytes:
    """SHA-256 of the templates file exactly as stored on the card."""
    return hashlib.sha256(templates_file).digest()


def _cose_key(point: bytes) -> dict[int, Any]:
    return {1: 2, -1: 1, -2: point[1:33], -3: point[33:65]}  # kty EC2, crv P-256, x, y


def _epoch(moment: dt.datetime) -> int:
    if moment.tzinfo is None:
        raise ValueError("datetimes must be timezone-aware (UTC)")
    return int(moment.timestamp())


def encode_claims(claims: Claims) -> bytes:
    """The CWT claims set as canonical CBOR."""
    h = claims.holder
    if len(claims.card_public_key) != 65 or claims.card_public_key[0] != 4:
        raise ValueError("the card public key must be an uncompressed P-256 point")
    sws = {
        0: FORMAT_VERSION,
        1: h.given_name,
        2: h.family_name,
        3: h.sex,
        4: h.date_of_birth.isoformat(),
        5: h.address_code,
        6: [
            [e.programme, e.valid_from.isoformat(), e.valid_until.isoformat()]
            for e in claims.entitlements
        ],
        7: claims.template_digest,
    }
    cwt = {
        CLAIM_ISS: claims.issuer,
        CLAIM_SUB: h.id_number,
        CLAIM_EXP: _epoch(claims.expires_at),
        CLAIM_NBF: _epoch(claims.issued_at),
        CLAIM_IAT: _epoch(claims.issued_at),
        CLAIM_CTI: bytes.fromhex(claims.card_serial),
        CLAIM_CNF: {1: _cose_key(claims.card_public_key)},
        CLAIM_SWS: sws,
    }
    return cbor2.dumps(cwt, canonical=True)


def sign_credential(claims: Claims, pki: Pki) -> bytes:
    """COSE_Sign1 over the claims with the office signer key; x5chain = [signer, office]."""
    return cose.sign1(
        encode_claims(claims),
        pki.signer_key,
        kid=pki.kid,
        x5chain=pki.chain_der,
        content_type=CWT_CONTENT_TYPE,
    )


# --- decoding (strict: any surprise is MALFORMED) --------------------------------------------
def _get(mapping: Mapping[Any, Any], key: Any, kind: type | tuple[type, ...], what: str) -> Any:
    value = mapping.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise InvalidCredential(Reason.MALFORMED, f"{what} is missing or of the wrong type")
    return value


def _date(text: Any, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise InvalidCredential(Reason.MALFORMED, f"{what} is not a date") from None


def _moment(seconds: int, what: str) -> dt.datetime:
    try:
        return dt.datetime.fromtimestamp(seconds, dt.UTC)
    except (OverflowError, OSError, ValueError):
        raise InvalidCredential(Reason.MALFORMED, f"{what} is out of range") from None


def _point(cnf: Mapping[Any, Any]) -> bytes:
    key = _get(cnf, 1, dict, "the card key (cnf)")
    if key.get(1) != 2 or key.get(-1) != 1:
        raise InvalidCredential(Reason.MALFORMED, "the card key is not an EC P-256 COSE_Key")
    x, y = _get(key, -2, bytes, "card key x"), _get(key, -3, bytes, "card key y")
    if len(x) != 32 or len(y) != 32:
        raise InvalidCredential(Reason.MALFORMED, "the card key coordinates are not 32 bytes")
    point = b"\x04" + x + y
    try:
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    except ValueError:
        raise InvalidCredential(Reason.MALFORMED, "the card key is not on P-256") from None
    return point


def decode_claims(payload: bytes) -> Claims:
    """Parse a claims set; raise ``InvalidCredential(MALFORMED)`` on any deviation."""
    try:
        cwt = cose.loads_exact(payload, "claims")
    except EncodingError as exc:
        raise InvalidCredential(Reason.MALFORMED, str(exc)) from None
    if not isinstance(cwt, dict):
        raise InvalidCredential(Reason.MALFORMED, "claims are not a map")
    sws = _get(cwt, CLAIM_SWS, dict, "the social protection claim")
    if sws.get(0) != FORMAT_VERSION:
        raise InvalidCredential(Reason.MALFORMED, f"unknown credential version {sws.get(0)!r}")
    sex = _get(sws, 3, int, "sex")
    if sex not in SEX_CODES:
        raise InvalidCredential(Reason.MALFORMED, f"sex code {sex} is not ISO/IEC 5218")
    entitlements = []
    for item in _get(sws, 6, list, "the entitlements"):
        if not (isinstance(item, list) and len(item) == 3 and isinstance(item[0], str)):
            raise InvalidCredential(Reason.MALFORMED, "an entitlement is not [code, from, until]")
        entitlements.append(
            Entitlement(item[0], _date(item[1], "valid from"), _date(item[2], "valid until"))
        )
    digest = _get(sws, 7, bytes, "the template digest")
    serial = _get(cwt, CLAIM_CTI, bytes, "the card serial (cti)")
    if len(digest) != 32 or not 1 <= len(serial) <= 32:
        raise InvalidCredential(Reason.MALFORMED, "digest or serial has the wrong size")
    holder = Holder(
        id_number=_get(cwt, CLAIM_SUB, str, "the ID number (sub)"),
        given_name=_get(sws, 1, str, "the given name"),
        family_name=_get(sws, 2, str, "the family name"),
        sex=sex,
        date_of_birth=_date(sws.get(4), "date of birth"),
        address_code=_get(sws, 5, str, "the address code"),
    )
    return Claims(
        holder=holder,
        entitlements=tuple(entitlements),
        issuer=_get(cwt, CLAIM_ISS, str, "the issuer (iss)"),
        card_serial=serial.hex().upper(),
        issued_at=_moment(_get(cwt, CLAIM_IAT, int, "issued at (iat)"), "iat"),
        expires_at=_moment(_get(cwt, CLAIM_EXP, int, "expiry (exp)"), "exp"),
        template_digest=digest,
        card_public_key=_point(_get(cwt, CLAIM_CNF, dict, "the card key (cnf)")),
    )


def credential_signer(data: bytes) -> x509.Certificate:
    """The certificate that signed the credential ``data`` (the leaf of its x5chain), once
    the signature verifies under it. What a holder of no trust anchor can learn (the centre
    learning which signer a station issues with): :func:`cardio.verify` checks the chain,
    dates and revocation. Raises ``InvalidCredential``."""
    return leaf_signer(credential_envelope(data))


def credential_envelope(data: bytes) -> cose.Sign1:
    """The COSE_Sign1 of the credential ``data``, its signature not checked yet; raises
    ``InvalidCredential`` (MALFORMED) for what is not a well-formed credential envelope."""
    try:
        envelope = cose.decode_sign1(data)
    except EncodingError as exc:
        raise InvalidCredential(Reason.MALFORMED, str(exc)) from None
    if envelope.protected_map.get(cose.CONTENT_TYPE) != CWT_CONTENT_TYPE:
        raise InvalidCredential(Reason.MALFORMED, "this COSE message is not a credential")
    return envelope


def decode_credential(data: bytes) -> tuple[cose.Sign1, Claims]:
    """The COSE envelope and its (not yet verified) claims; MALFORMED on any fault."""
    try:
        envelope = cose.decode_sign1(data)
    except EncodingError as exc:
        raise InvalidCredential(Reason.MALFORMED, str(exc)) from None
    return envelope, decode_claims(envelope.payload)

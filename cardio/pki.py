"""X.509 for the credential: national root -> issuing office -> signer, and chain checks.

:func:`make_demo_chain` builds a throw-away chain whose subjects say DEMO, for tests and the
demo station; a real office loads its own with :meth:`Pki.load`. :func:`verify_chain` walks
a chain from the signer up to a trust anchor, checking names, signatures, CA flags and
validity at ``now``; like ICAO 9303 passive authentication, the verifier holds only the root.

References
----------
RFC 5280 §6 (path validation, simplified: no policies, no name constraints).
ICAO Doc 9303 part 11/12 (passive authentication with a CSCA and document signers).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from cardio import cose
from cardio.errors import InvalidCredential, PkiError, Reason

_FILES = ("root", "office", "signer")


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KH"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "DEMO Social Protection"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _certificate(
    subject: x509.Name,
    key: ec.EllipticCurvePrivateKey,
    issuer: x509.Name,
    issuer_key: ec.EllipticCurvePrivateKey,
    now: dt.datetime,
    days: int,
    path_length: int | None,
) -> x509.Certificate:
    ca = path_length is not None
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=path_length), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
    )
    return builder.sign(issuer_key, hashes.SHA256())


@dataclass(frozen=True)
class Pki:
    """An issuing office's keys: its signer key and the chain signer -> office -> root."""

    root_cert: x509.Certificate
    office_cert: x509.Certificate
    signer_cert: x509.Certificate
    signer_key: ec.EllipticCurvePrivateKey
    root_key: ec.EllipticCurvePrivateKey | None = None
    office_key: ec.EllipticCurvePrivateKey | None = None

    @property
    def chain_der(self) -> list[bytes]:
        """DER of signer then office certificate (what a credential carries)."""
        return [
            c.public_bytes(serialization.Encoding.DER) for c in (self.signer_cert, self.office_cert)
        ]

    @property
    def valid_until(self) -> dt.datetime:
        """When the first certificate of the chain (signer, office, root) ends, aware UTC: a
        card signed with this chain must expire by then, since hospitals check every
        certificate on the day they read the card."""
        return min(c.not_valid_after_utc for c in (self.signer_cert, self.office_cert,
                                                    self.root_cert))

    @property
    def kid(self) -> bytes:
        """Key id: the signer certificate's subject key identifier."""
        ext = self.signer_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
        return ext.value.digest

    def save(self, folder: Path) -> None:
        """Write certificates (PEM) and the signer key (PEM, unencrypted: demo only; owner
        read/write only, from the moment it exists)."""
        folder.mkdir(parents=True, exist_ok=True)
        for name, cert in zip(
            _FILES, (self.root_cert, self.office_cert, self.signer_cert), strict=True
        ):
            (folder / f"{name}.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        key = folder / "signer.key"
        fd = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(fd, 0o600)  # an existing file keeps its mode under O_CREAT: set it
        with os.fdopen(fd, "wb") as out:
            out.write(
                self.signer_key.private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                )
            )

    @classmethod
    def load(cls, folder: Path) -> Pki:
        """Read what :meth:`save` wrote; a missing or broken file is a :class:`PkiError`."""
        try:
            certs = [
                x509.load_pem_x509_certificate((folder / f"{n}.pem").read_bytes()) for n in _FILES
            ]
            key = serialization.load_pem_private_key((folder / "signer.key").read_bytes(), None)
        except (OSError, ValueError) as exc:
            raise PkiError(f"cannot load the issuing keys from {folder}: {exc}") from None
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise PkiError("the signer key must be an EC P-256 key")
        return cls(certs[0], certs[1], certs[2], key)


#: Years a demo signer certificate lasts: three years of issuing, then the five-year life of
#: the last card it signed (a certificate that ended before the cards it vouches for would
#: make hospitals refuse them; eMRTD document signers follow the same rule, ICAO Doc 9303-12).
DEMO_SIGNER_YEARS = 8


def make_demo_chain(now: dt.datetime, office: str = "Kampong Cham SWS office", *,
                    signer_days: int = DEMO_SIGNER_YEARS * 365) -> Pki:
    """A fresh DEMO chain: root (25 y) -> office CA (15 y) -> signer (``signer_days``, 8 y by
    default), all P-256."""
    root_key = ec.generate_private_key(ec.SECP256R1())
    office_key = ec.generate_private_key(ec.SECP256R1())
    signer_key = ec.generate_private_key(ec.SECP256R1())
    root_name = _name("DEMO National Social Protection Root CA")
    office_name = _name(f"DEMO {office} CA")
    signer_name = _name(f"DEMO {office} card signer")
    root = _certificate(root_name, root_key, root_name, root_key, now, 25 * 365, 1)
    office_cert = _certificate(office_name, office_key, root_name, root_key, now, 15 * 365, 0)
    signer = _certificate(signer_name, signer_key, office_name, office_key, now, signer_days,
                          None)
    return Pki(root, office_cert, signer, signer_key, root_key, office_key)


def load_anchors(paths: list[Path]) -> list[x509.Certificate]:
    """Trust anchors (root certificates) from PEM files."""
    out: list[x509.Certificate] = []
    for path in paths:
        try:
            out.extend(x509.load_pem_x509_certificates(path.read_bytes()))
        except (OSError, ValueError) as exc:
            raise PkiError(f"cannot read trust anchor {path}: {exc}") from None
    return out


def _valid_at(cert: x509.Certificate, now: dt.datetime) -> bool:
    return cert.not_valid_before_utc <= now <= cert.not_valid_after_utc


def verify_chain(
    chain_der: list[bytes], anchors: list[x509.Certificate], now: dt.datetime
) -> x509.Certificate:
    """Return the leaf certificate once the chain links up to an anchor, else raise.

    Raises ``InvalidCredential(UNKNOWN_ISSUER)`` when the chain is unparsable, does not link,
    or ends at no anchor; ``InvalidCredential(EXPIRED_ISSUER)`` when a link is out of date.
    """
    try:
        return _verify_chain(chain_der, anchors, now)
    except InvalidCredential:
        raise
    except Exception as exc:  # hostile DER: cryptography parses lazily and raises many types
        detail = f"certificate unreadable ({type(exc).__name__})"
        raise InvalidCredential(Reason.UNKNOWN_ISSUER, detail) from None


def _verify_chain(
    chain_der: list[bytes], anchors: list[x509.Certificate], now: dt.datetime
) -> x509.Certificate:
    if not chain_der or len(chain_der) > 4:
        raise InvalidCredential(Reason.UNKNOWN_ISSUER, "no usable certificate chain")
    chain, anchor = _linked(tuple(chain_der), tuple(anchors))
    for cert in [*chain, anchor]:
        if not _valid_at(cert, now):
            raise InvalidCredential(
                Reason.EXPIRED_ISSUER,
                f"{cert.subject.rfc4514_string()} is not valid at {now:%Y-%m-%d}",
            )
    return chain[0]


@functools.lru_cache(maxsize=64)
def _linked(
    chain_der: tuple[bytes, ...], anchors: tuple[x509.Certificate, ...]
) -> tuple[tuple[x509.Certificate, ...], x509.Certificate]:
    """Parse a chain and check its signatures up to an anchor (no dates: those depend on now).

    Cached: every card of an office carries the same chain, so a verifier checks its two
    certificate signatures once, not once per card. Failures are not cached (they raise).
    """
    chain = tuple(x509.load_der_x509_certificate(der) for der in chain_der)
    for position, (child, parent) in enumerate(itertools.pairwise(chain)):
        _check_link(child, parent, position)
    top = chain[-1]
    # several anchors may share a name (a root renewed with a new key, a demo root beside
    # the national one): the chain ends at the one whose key signed it
    named = [a for a in anchors if a.subject == top.issuer]
    if not named:
        raise InvalidCredential(
            Reason.UNKNOWN_ISSUER, f"no trust anchor for {top.issuer.rfc4514_string()}"
        )
    for anchor in named[:-1]:
        try:
            _check_link(top, anchor, len(chain) - 1)
            return chain, anchor
        except InvalidCredential:
            continue
    _check_link(top, named[-1], len(chain) - 1)
    return chain, named[-1]


def _check_link(child: x509.Certificate, parent: x509.Certificate, position: int) -> None:
    try:
        constraints = parent.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        raise InvalidCredential(Reason.UNKNOWN_ISSUER, "issuer certificate is not a CA") from None
    if not constraints.ca or (
        constraints.path_length is not None and constraints.path_length < position
    ):
        raise InvalidCredential(Reason.UNKNOWN_ISSUER, "issuer certificate may not sign here")
    try:
        child.verify_directly_issued_by(parent)
    except (ValueError, TypeError, InvalidSignature):
        raise InvalidCredential(
            Reason.UNKNOWN_ISSUER,
            f"certificate {position} of the chain is not signed by its issuer",
        ) from None


def leaf_signer(envelope: cose.Sign1) -> x509.Certificate:
    """The first certificate of ``envelope``'s x5chain, once the envelope's ES256 signature
    verifies under its key: who signed it, with no chain or date check (:func:`verify_chain`
    does those). Raises ``InvalidCredential`` (UNKNOWN_ISSUER without a readable
    certificate, BAD_SIGNATURE when its key did not sign)."""
    if not envelope.x5chain:
        raise InvalidCredential(Reason.UNKNOWN_ISSUER, "no signer certificate")
    try:
        cert = x509.load_der_x509_certificate(envelope.x5chain[0])
        key = cert.public_key()
    except Exception as exc:  # hostile DER: cryptography raises many types
        raise InvalidCredential(Reason.UNKNOWN_ISSUER,
                                f"certificate unreadable ({type(exc).__name__})") from None
    try:
        if not isinstance(key, ec.EllipticCurvePublicKey):
            raise InvalidSignature("signer key is not EC")
        envelope.verify(key)
    except InvalidSignature:
        raise InvalidCredential(Reason.BAD_SIGNATURE,
                                "the signature does not verify under its certificate") from None
    return cert


def issue_signer(pki: Pki, now: dt.datetime, *, days: int = DEMO_SIGNER_YEARS * 365) -> Pki:
    """A new signer certificate and key under ``pki``'s office CA (whose key it must hold):
    what an issuing authority hands an office whose signer nears its end (demo and tests)."""
    if pki.office_key is None:
        raise PkiError("the office CA's key is needed to issue a signer certificate")
    signer_key = ec.generate_private_key(ec.SECP256R1())
    office = pki.office_cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    name = _name(f"DEMO {str(office).removesuffix(' CA').removeprefix('DEMO ')} card signer")
    signer = _certificate(name, signer_key, pki.office_cert.subject, pki.office_key, now, days,
                          None)
    return Pki(pki.root_cert, pki.office_cert, signer, signer_key, pki.root_key, pki.office_key)

"""Issue and read a card: the high-level calls the station makes.

:func:`issue_card` personalises a card in one write transaction (BEGIN, GENERATE KEY, the
files, COMMIT with their digest), so a card pulled out at any point shows PENDING and is
refused by :func:`read_card` until it is issued again. :func:`read_card` returns a
:class:`CardDump` (the files plus the card's answer to a fresh challenge), which
:func:`verify_card` checks offline and an auditor can keep as JSON.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import cbor2
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from cardio import layout
from cardio.credential import Claims, Entitlement, Holder, sign_credential, template_digest
from cardio.errors import (
    BlankCardError,
    CardError,
    ConditionsError,
    EncodingError,
    IncompleteCardError,
    SigningCertificateError,
)
from cardio.pki import Pki
from cardio.profile import CardApp
from cardio.revocation import RevocationList
from cardio.sealing import seal_templates
from cardio.verify import CardProof, verify

if TYPE_CHECKING:  # the caller opens the channel: no PC/SC loaded here
    from cardio.transport import Channel

DUMP_FORMAT = "sws-card-dump/1"


def pack_templates(templates: Mapping[int, bytes]) -> bytes:
    """The templates file: CBOR map {ISO finger position (1-10): compact template bytes}."""
    if not templates:
        raise CardError("a card needs at least one fingerprint template")
    for position, blob in templates.items():
        if not 0 <= position <= 10 or not isinstance(blob, bytes) or not blob:
            raise CardError(f"template for finger {position} is empty or not bytes")
    return cbor2.dumps(dict(sorted(templates.items())), canonical=True)


def unpack_templates(data: bytes) -> dict[int, bytes]:
    """Templates by finger position from the file (raises EncodingError if it is not one)."""
    try:
        obj = cbor2.loads(data)
    except Exception as exc:
        raise EncodingError(f"templates file is not CBOR: {exc}") from None
    if not isinstance(obj, dict) or not all(
        isinstance(k, int) and isinstance(v, bytes) for k, v in obj.items()
    ):
        raise EncodingError("templates file is not a map of finger -> bytes")
    return dict(obj)


@dataclass(frozen=True)
class IssuedCard:
    serial: str
    credential: bytes
    claims: Claims


#: How long a new card is valid (unless its signing chain ends sooner: :func:`card_expiry`).
CARD_VALIDITY = dt.timedelta(days=5 * 365)
#: A card is not issued for less than this: its holder would be back at the counter too soon,
#: and an office whose signing certificate ends this soon needs a new one first.
MIN_CARD_LIFE = dt.timedelta(days=365)


def card_expiry(pki: Pki, now: dt.datetime, valid_for: dt.timedelta) -> dt.datetime:
    """The expiry of a card signed at ``now``: ``now + valid_for``, cut to the end of the
    signing chain (:attr:`Pki.valid_until`).

    Hospitals check the chain on the day they read a card, so a card must not outlive the
    certificates that vouch for it: a card valid five years signed under a certificate ending
    in three would be refused for its last two. Raises :class:`SigningCertificateError`
    (before anything is written) when the chain is not valid at ``now`` or would leave the
    card less than :data:`MIN_CARD_LIFE`.
    """
    ends = pki.valid_until
    starts = max(c.not_valid_before_utc for c in (pki.signer_cert, pki.office_cert,
                                                   pki.root_cert))
    if now < starts or now >= ends:
        raise SigningCertificateError(
            f"the card-signing certificates are not valid on {now:%Y-%m-%d} (they run "
            f"{starts:%Y-%m-%d} to {ends:%Y-%m-%d}): install new ones before issuing", ends)
    if ends - now < MIN_CARD_LIFE:
        raise SigningCertificateError(
            f"the card-signing certificates end on {ends:%Y-%m-%d}: a card signed now would be "
            f"valid less than {MIN_CARD_LIFE.days} days; install new ones before issuing", ends)
    return min(now + valid_for, ends)


def issue_card(
    channel: Channel,
    *,
    holder: Holder,
    entitlements: Sequence[Entitlement],
    templates: Mapping[int, bytes],
    pki: Pki,
    pin: str,
    now: dt.datetime,
    valid_for: dt.timedelta = CARD_VALIDITY,
    check_serial: Callable[[str], None] | None = None,
    seal_for: X25519PublicKey | None = None,
) -> IssuedCard:
    """Personalise the card in the reader for ``holder`` (re-issue works the same way).

    The card is valid ``valid_for`` from ``now``, or until the signing chain ends if that is
    sooner (:func:`card_expiry`, checked before the card is touched). ``check_serial`` is
    called with the card's serial before anything is written (e.g. the station refusing a
    card its registry already lists): whatever it raises leaves the card as it was.
    ``seal_for`` (the programme's template public key) seals the templates file for this card
    (:mod:`cardio.sealing`), so that only desks holding the template key can read the prints.
    """
    expires_at = card_expiry(pki, now, valid_for)
    templates_file = pack_templates(templates)
    app = CardApp(channel)
    info = app.select()
    if check_serial is not None:
        check_serial(info.serial)
    if seal_for is not None:
        templates_file = seal_templates(templates_file, seal_for, serial=info.serial)
    app.verify_pin(pin)
    app.begin()
    point = app.generate_key()
    claims = Claims(
        holder=holder,
        entitlements=tuple(entitlements),
        issuer=pki.signer_cert.subject.rfc4514_string(),
        card_serial=info.serial,
        issued_at=now,
        expires_at=expires_at,
        template_digest=template_digest(templates_file),
        card_public_key=point,
    )
    credential = sign_credential(claims, pki)
    files = {layout.EF_CREDENTIAL: credential, layout.EF_TEMPLATES: templates_file}
    for fid, content in files.items():
        app.write_file(fid, content)
    app.commit(files, point)
    return IssuedCard(info.serial, credential, claims)


@dataclass(frozen=True)
class CardDump:
    """What was read from a card: files, serial, and the card's answer to a challenge."""

    serial: str
    credential: bytes
    templates: bytes
    challenge: bytes
    signature: bytes

    @property
    def proof(self) -> CardProof:
        return CardProof(self.serial, self.challenge, self.signature)

    def to_json(self) -> str:
        def b64(b: bytes) -> str:
            return base64.b64encode(b).decode("ascii")

        return json.dumps(
            {
                "format": DUMP_FORMAT,
                "serial": self.serial,
                "credential": b64(self.credential),
                "templates": b64(self.templates),
                "challenge": b64(self.challenge),
                "signature": b64(self.signature),
            },
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> CardDump:
        """Parse a dump file; anything unexpected is an EncodingError with one clear line."""
        try:
            raw: Any = json.loads(text)
            if raw.get("format") != DUMP_FORMAT:
                raise EncodingError(f"not a card dump ({raw.get('format')!r})")
            fields = ("credential", "templates", "challenge", "signature")
            blobs = {k: base64.b64decode(raw[k], validate=True) for k in fields}
            return cls(serial=str(raw["serial"]).upper(), **blobs)
        except EncodingError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise EncodingError(f"card dump is unreadable: {exc}") from None


def read_card(
    channel: Channel, *, random_bytes: Callable[[int], bytes] = secrets.token_bytes
) -> CardDump:
    """Read the credential and templates and challenge the card (INTERNAL AUTHENTICATE).

    Raises BlankCardError for a card never issued and IncompleteCardError for a card whose
    last write was interrupted: its content is never returned half-written.
    """
    app = CardApp(channel)
    info = app.select()
    if info.pending:
        raise IncompleteCardError(
            f"card {info.serial} was pulled out during issuance: issue it again"
        )
    if not info.issued:
        raise BlankCardError(f"card {info.serial} has not been issued")
    credential = app.read_file(layout.EF_CREDENTIAL)
    templates = app.read_file(layout.EF_TEMPLATES)
    challenge = random_bytes(32)
    try:
        signature = app.internal_authenticate(challenge)
    except ConditionsError:
        signature = b""  # a card without the key: verify_card will call it a clone
    return CardDump(info.serial, credential, templates, challenge, signature)


def verify_card(
    dump: CardDump,
    trust_anchors: list[x509.Certificate],
    revocation_list: RevocationList,
    now: dt.datetime,
) -> Claims:
    """:func:`cardio.verify` with the card's templates and challenge answer."""
    return verify(
        dump.credential,
        trust_anchors,
        revocation_list,
        now,
        templates=dump.templates,
        card_proof=dump.proof,
    )

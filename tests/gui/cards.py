"""Card dumps made in software (no reader): a signed credential and a card key's answer.

The GUI's verdicts are checked here; the card stack itself (pcscd, vpcd, APDUs) is tested in
tests/cardio and in the end-to-end test under Xvfb.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

import cardio
from cardio import layout
from cardio.credential import Claims, sign_credential, template_digest
from station.capture.base import Finger
from tests.gui.conftest import FIXED_NOW, SeededScanner, seeded_extract

HOLDER = cardio.Holder("KH-2026-000123", "Sokha", "Chan", 2, dt.date(1990, 5, 17), "12010203")
ENTITLEMENTS = (cardio.Entitlement("HEALTH_SUBSIDY", dt.date(2026, 1, 1),
                                       dt.date(2028, 12, 31)),
                cardio.Entitlement("OLD_AGE_PENSION", dt.date(2027, 1, 1),
                                       dt.date(2030, 12, 31)))


def make_pki() -> cardio.Pki:
    return cardio.make_demo_chain(FIXED_NOW - dt.timedelta(days=1))


def make_dump(pki: cardio.Pki, *, serial: str = "0A0B0C0D", seed: int = 1,
              expires: dt.datetime | None = None,
              issued: dt.datetime | None = None) -> cardio.CardDump:
    """A dump as a genuine card of demo person ``seed`` (right and left index) would give."""
    templates = {int(f): seeded_extract(SeededScanner(seed), f)[1].to_iso19794_2(int(f))
                 for f in (Finger.RIGHT_INDEX, Finger.LEFT_INDEX)}
    packed = cardio.pack_templates(templates)
    card_key = ec.generate_private_key(ec.SECP256R1())
    point = card_key.public_key().public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
    claims = Claims(holder=HOLDER, entitlements=ENTITLEMENTS,
                    issuer=pki.signer_cert.subject.rfc4514_string(), card_serial=serial,
                    issued_at=issued or FIXED_NOW - dt.timedelta(days=1),
                    expires_at=expires or FIXED_NOW + dt.timedelta(days=365),
                    template_digest=template_digest(packed), card_public_key=point)
    credential = sign_credential(claims, pki)
    challenge = secrets.token_bytes(32)
    signature = card_key.sign(layout.AUTH_PREFIX + challenge, ec.ECDSA(hashes.SHA256()))
    return cardio.CardDump(serial, credential, packed, challenge, signature)


def revocation_list(pki: cardio.Pki, revoked: tuple[str, ...] = ()) -> Any:
    entries = [cardio.Revocation(s, FIXED_NOW - dt.timedelta(hours=1), "lost")
               for s in revoked]
    data = cardio.sign_revocation_list(entries, pki, FIXED_NOW, dt.timedelta(days=30))
    return cardio.load_revocation_list(data, [pki.root_cert], FIXED_NOW)


def reader_with(serial: str = "0A0B0C0D", *, revoked: bool = False) -> Any:
    """The desk's card reader (the Hospital tab's verifier) with demo person 1's genuine card
    ``serial`` on it; ``revoked``: the serial is on the revocation list."""
    from tests.gui.test_hospital_auditor import ReaderWithCard  # beside the Hospital tab's tests

    pki = make_pki()
    return ReaderWithCard([pki.root_cert], revocation_list(pki, (serial,) if revoked else ()),
                          make_dump(pki, serial=serial))


def file_card(station: Any, serial: str, status: str, *, person_id: str = "p-mother",
              issued_at: dt.datetime = dt.datetime(2026, 1, 1)) -> None:
    """A card of ``person_id`` on file in the registry, in ``status`` (no chip: the counter's
    look-ups read the row)."""
    from station.registry.models import Card

    with station.transaction() as session:
        session.add(Card(serial=serial, person_id=person_id, credential=b"x", status=status,
                         issued_at=issued_at))

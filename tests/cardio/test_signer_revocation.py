"""A stolen station's card-signer certificate on the revocation list: cards it signs after the
revocation are refused at every desk holding the list, cards it signed before stay valid and
the verdict says why."""

from __future__ import annotations

import dataclasses
import datetime as dt

import cbor2
import pytest

import cardio
from cardio import cose
from cardio.credential import Claims, sign_credential
from cardio.errors import InvalidCredential, Reason
from cardio.pki import issue_signer
from tests.cardio.conftest import NOW
from tests.cardio.test_credential import CARD_POINT, TEMPLATES

STOLEN_AT = NOW - dt.timedelta(hours=2)


@pytest.fixture(scope="module")
def stolen(pki: cardio.Pki) -> cardio.Pki:
    """Another station's signer under the same office and root (the laptop that was stolen)."""
    return issue_signer(pki, NOW - dt.timedelta(days=1))


def _card(pki: cardio.Pki, holder: cardio.Holder, issued_at: dt.datetime) -> bytes:
    from cardio.credential import template_digest

    return sign_credential(Claims(
        holder=holder, entitlements=(), issuer=pki.signer_cert.subject.rfc4514_string(),
        card_serial="00AA223344556677", issued_at=issued_at,
        expires_at=issued_at + dt.timedelta(days=365),
        template_digest=template_digest(TEMPLATES), card_public_key=CARD_POINT), pki)


def _list(pki: cardio.Pki, stolen: cardio.Pki, anchors: list) -> cardio.RevocationList:
    entry = cardio.SignerRevocation(cardio.signer_fingerprint(stolen.signer_cert), STOLEN_AT,
                                    "station st-7 revoked: laptop stolen")
    data = cardio.sign_revocation_list([], pki, NOW, dt.timedelta(days=7), signers=[entry])
    return cardio.load_revocation_list(data, anchors, NOW)


def test_a_card_signed_after_the_revocation_is_refused_naming_the_signer(
        pki, stolen, anchors, holder) -> None:
    crl = _list(pki, stolen, anchors)
    card = _card(stolen, holder, STOLEN_AT + dt.timedelta(minutes=30))
    with pytest.raises(InvalidCredential) as err:
        cardio.verify(card, anchors, crl, NOW)
    assert err.value.reason is Reason.SIGNER_REVOKED
    assert "laptop stolen" in str(err.value) and "revoked on" in str(err.value)
    assert stolen.signer_cert.subject.rfc4514_string() in str(err.value)
    assert isinstance(err.value.claims, Claims)  # whose card it claims to be, still refused


def test_a_card_signed_before_the_revocation_stays_valid_and_says_so(
        pki, stolen, anchors, holder) -> None:
    crl = _list(pki, stolen, anchors)
    card = _card(stolen, holder, STOLEN_AT - dt.timedelta(days=3))
    claims = cardio.verify(card, anchors, crl, NOW)
    from station.model.ui_cards import SIGNED_BEFORE_SIGNER_REVOKED  # what the window matches

    assert any(SIGNED_BEFORE_SIGNER_REVOKED in w and "laptop stolen" in w
               for w in claims.warnings)
    # the other stations' cards are not touched by the stolen one's revocation
    other = cardio.verify(_card(pki, holder, NOW - dt.timedelta(minutes=1)), anchors, crl, NOW)
    assert not any("signer" in w for w in other.warnings)


def test_a_list_without_revoked_signers_is_the_format_earlier_desks_read(
        pki, stolen, anchors) -> None:
    plain = cardio.sign_revocation_list([], pki, NOW, dt.timedelta(days=7))
    assert set(cbor2.loads(cose.decode_sign1(plain).payload)) == {0, 1, 2, 3, 4}
    assert cardio.load_revocation_list(plain, anchors, NOW).signers == {}
    # a revoked signer is inside the signature: removing it breaks the list
    data = cardio.sign_revocation_list([], pki, NOW, dt.timedelta(days=7), signers=[
        cardio.SignerRevocation(cardio.signer_fingerprint(stolen.signer_cert), STOLEN_AT, "x")])
    envelope = cose.decode_sign1(data)
    body = cbor2.loads(envelope.payload)
    del body[5]
    forged = dataclasses.replace(envelope, payload=cbor2.dumps(body, canonical=True)).encode()
    with pytest.raises(InvalidCredential) as err:
        cardio.load_revocation_list(forged, anchors, NOW)
    assert err.value.reason is Reason.BAD_REVOCATION_LIST


def test_two_trusted_roots_with_one_name_each_verify_their_own_chains(
        pki, anchors, holder) -> None:
    """A desk trusting the national root and a renewed (or demo) root of the same name: each
    chain ends at the root whose key signed it, whichever comes first in the list."""
    renewed = cardio.make_demo_chain(NOW - dt.timedelta(days=1))
    assert renewed.root_cert.subject == pki.root_cert.subject
    both = [renewed.root_cert, *anchors]
    crl = cardio.load_revocation_list(
        cardio.sign_revocation_list([], pki, NOW, dt.timedelta(days=7)), both, NOW)
    for chain in (pki, renewed):
        assert cardio.verify(_card(chain, holder, NOW), both, crl, NOW).holder == holder
    stranger = cardio.make_demo_chain(NOW - dt.timedelta(days=1))  # same name, not trusted
    with pytest.raises(InvalidCredential) as err:
        cardio.verify(_card(stranger, holder, NOW), both, crl, NOW)
    assert err.value.reason is Reason.UNKNOWN_ISSUER

"""A stolen signer's backdated cards: the list names the cards the centre received from the
station before its revocation, and a desk refuses any other card of that signer, whatever
date the thief wrote in it."""

from __future__ import annotations

import datetime as dt

import cbor2
import pytest

import cardio
from cardio import cose
from cardio.credential import Claims
from cardio.errors import InvalidCredential, Reason
from cardio.pki import issue_signer
from cardio.revocation import credential_tag
from tests.cardio.conftest import NOW
from tests.cardio.test_signer_revocation import STOLEN_AT, _card

BEFORE = STOLEN_AT - dt.timedelta(days=3)


@pytest.fixture(scope="module")
def stolen(pki: cardio.Pki) -> cardio.Pki:
    return issue_signer(pki, NOW - dt.timedelta(days=10))


def _list(pki: cardio.Pki, stolen: cardio.Pki, anchors: list,
          delivered: frozenset[bytes] | None) -> bytes:
    entry = cardio.SignerRevocation(cardio.signer_fingerprint(stolen.signer_cert), STOLEN_AT,
                                    "station st-7 revoked: laptop stolen", delivered)
    return cardio.sign_revocation_list([], pki, NOW, dt.timedelta(days=7), signers=[entry])


def test_a_backdated_card_the_centre_never_received_is_refused(
        pki, stolen, anchors, holder) -> None:
    delivered = _card(stolen, holder, BEFORE)
    backdated = _card(stolen, holder, BEFORE)  # same serial and date, signed by the thief
    assert backdated != delivered  # (ECDSA signatures differ: another credential)
    crl = cardio.load_revocation_list(
        _list(pki, stolen, anchors, frozenset({credential_tag(delivered)})), anchors, NOW)
    claims = cardio.verify(delivered, anchors, crl, NOW)
    assert any("before its card signer was revoked" in w for w in claims.warnings)
    with pytest.raises(InvalidCredential) as err:
        cardio.verify(backdated, anchors, crl, NOW)
    assert err.value.reason is Reason.SIGNER_REVOKED
    assert "never reached the central registry" in str(err.value)
    assert "laptop stolen" in str(err.value)
    assert isinstance(err.value.claims, Claims)  # whose card it claims to be, still refused
    # the other stations' cards are not touched
    cardio.verify(_card(pki, holder, NOW - dt.timedelta(minutes=1)), anchors, crl, NOW)


def test_a_station_that_delivered_no_card_has_every_card_of_its_signer_refused(
        pki, stolen, anchors, holder) -> None:
    crl = cardio.load_revocation_list(_list(pki, stolen, anchors, frozenset()), anchors, NOW)
    with pytest.raises(InvalidCredential) as err:
        cardio.verify(_card(stolen, holder, BEFORE), anchors, crl, NOW)
    assert err.value.reason is Reason.SIGNER_REVOKED


def test_without_the_delivered_cards_the_signing_date_decides_as_before(
        pki, stolen, anchors, holder) -> None:
    crl = cardio.load_revocation_list(_list(pki, stolen, anchors, None), anchors, NOW)
    assert crl.signers[cardio.signer_fingerprint(stolen.signer_cert)].delivered is None
    cardio.verify(_card(stolen, holder, BEFORE), anchors, crl, NOW)


def test_earlier_readers_still_read_the_list(pki, stolen, anchors, holder) -> None:
    data = _list(pki, stolen, anchors, frozenset({credential_tag(_card(stolen, holder,
                                                                       BEFORE))}))
    body = cbor2.loads(cose.decode_sign1(data).payload)
    # what an earlier reader checks and walks: version 1, keys 4 and 5 of the same shape
    assert body[0] == 1
    assert [len(entry) for entry in body[5]] == [3]
    assert set(body) == {0, 1, 2, 3, 4, 5, 6}


def test_a_list_of_many_delivered_cards_is_read(pki, stolen, anchors) -> None:
    many = frozenset(i.to_bytes(8, "big") for i in range(20_000))  # 160 kB of tags
    data = _list(pki, stolen, anchors, many)
    assert len(data) > cose.MAX_COSE
    crl = cardio.load_revocation_list(data, anchors, NOW)
    assert crl.signers[cardio.signer_fingerprint(stolen.signer_cert)].delivered == many

"""The credential alone (no card): signing, every rejection reason, and decoder fuzzing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import cbor2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cardio
from cardio import cose
from cardio.credential import Claims, sign_credential, template_digest
from cardio.errors import InvalidCredential, Reason
from cardio.verify import CardProof
from tests.cardio.conftest import NOW

CARD_POINT = bytes.fromhex(
    "04"
    "6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296"
    "4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5"
)  # the P-256 generator point: a valid public key for tests that need no card
TEMPLATES = cardio.pack_templates({2: b"\x01\x02\x03" * 40, 7: b"\x04\x05\x06" * 44})


@pytest.fixture(scope="module")
def claims(pki, holder, entitlements) -> Claims:
    return Claims(
        holder=holder,
        entitlements=tuple(entitlements),
        issuer=pki.signer_cert.subject.rfc4514_string(),
        card_serial="0011223344556677",
        issued_at=NOW,
        expires_at=NOW + dt.timedelta(days=365),
        template_digest=template_digest(TEMPLATES),
        card_public_key=CARD_POINT,
    )


@pytest.fixture(scope="module")
def credential(claims, pki) -> bytes:
    return sign_credential(claims, pki)


def reason_of(credential: bytes, anchors, crl, now=NOW, **kw) -> Reason:
    with pytest.raises(InvalidCredential) as err:
        cardio.verify(credential, anchors, crl, now, **kw)
    return err.value.reason


def test_round_trip_gives_back_the_claims(credential, claims, anchors, crl) -> None:
    verified = cardio.verify(credential, anchors, crl, NOW, templates=TEMPLATES)
    assert verified == claims
    assert verified.warnings == ("no card was challenged (printed or copied credential)",)
    assert [e.programme for e in verified.active_entitlements(dt.date(2026, 12, 1))] == [
        "HEF",
        "CASH-PREG",
    ]


def test_credential_is_a_tagged_cose_sign1_with_es256_and_x5chain(credential, pki) -> None:
    envelope = cose.decode_sign1(credential)
    assert cbor2.loads(credential).tag == 18
    assert {k: envelope.protected_map[k] for k in (1, 3, 4)} == {1: -7, 3: 61, 4: pki.kid}
    assert envelope.x5chain == pki.chain_der
    assert cbor2.loads(envelope.payload)[2] == "KH-2026-000123"  # sub = ID number


def test_every_changed_byte_is_rejected(credential, anchors, crl) -> None:
    for i in range(len(credential)):
        forged = bytearray(credential)
        forged[i] ^= 0x01
        with pytest.raises(InvalidCredential):
            cardio.verify(bytes(forged), anchors, crl, NOW, templates=TEMPLATES)


def test_changed_template_byte_is_a_template_mismatch(credential, anchors, crl) -> None:
    forged = bytearray(TEMPLATES)
    forged[-1] ^= 0x80
    assert reason_of(credential, anchors, crl, templates=bytes(forged)) is Reason.TEMPLATE_MISMATCH


def test_expired_and_not_yet_valid_cards(credential, anchors, crl) -> None:
    assert reason_of(credential, anchors, crl, NOW + dt.timedelta(days=366)) is Reason.EXPIRED_CARD
    assert reason_of(credential, anchors, crl, NOW - dt.timedelta(hours=1)) is Reason.NOT_YET_VALID


def test_a_card_checked_by_a_clock_a_little_behind_the_issuers_is_valid(
        credential, anchors, crl) -> None:
    """A card issued at the office and tapped at once at a hospital whose clock is two
    minutes slow was refused as "card not yet valid"; the certificates already allow the
    same five minutes (their notBefore is backdated), the card's own date did not."""
    cardio.verify(credential, anchors, crl, NOW - dt.timedelta(minutes=2))  # raises if refused
    assert reason_of(credential, anchors, crl, NOW - dt.timedelta(minutes=6)) is (
        Reason.NOT_YET_VALID)


def test_unknown_issuer(claims, other_pki, anchors, crl) -> None:
    rogue = sign_credential(
        dataclasses.replace(claims, issuer=other_pki.signer_cert.subject.rfc4514_string()),
        other_pki,
    )
    assert reason_of(rogue, anchors, crl) is Reason.UNKNOWN_ISSUER


def test_expired_issuer(credential, anchors, crl) -> None:
    """Nine years on, the eight-year signer certificate has expired (the chain is checked
    before the card's own dates)."""
    later = NOW + dt.timedelta(days=9 * 365)
    assert reason_of(credential, anchors, crl, later) is Reason.EXPIRED_ISSUER


def test_signature_by_another_key_under_the_same_chain_is_bad(claims, pki, anchors, crl) -> None:
    impostor = dataclasses.replace(pki, signer_key=cardio.make_demo_chain(NOW).signer_key)
    assert reason_of(sign_credential(claims, impostor), anchors, crl) is Reason.BAD_SIGNATURE


def test_revoked(credential, pki, anchors) -> None:
    revoked = cardio.sign_revocation_list(
        [cardio.Revocation("0011223344556677", NOW, "card reported lost")],
        pki,
        NOW,
        dt.timedelta(days=30),
    )
    crl = cardio.load_revocation_list(revoked, anchors, NOW)
    with pytest.raises(InvalidCredential, match="card reported lost") as err:
        cardio.verify(credential, anchors, crl, NOW)
    assert err.value.reason is Reason.REVOKED
    # the signature verified first: whose card it is may be shown, the card is still refused
    assert isinstance(err.value.claims, Claims)
    assert err.value.claims.card_serial == "0011223344556677"


def test_a_bad_signature_carries_no_holder(claims, pki, anchors, crl) -> None:
    impostor = dataclasses.replace(pki, signer_key=cardio.make_demo_chain(NOW).signer_key)
    with pytest.raises(InvalidCredential) as err:
        cardio.verify(sign_credential(claims, impostor), anchors, crl, NOW)
    assert err.value.reason is Reason.BAD_SIGNATURE
    assert err.value.claims is None  # forged data is never shown as someone's


def test_revocation_list_from_an_untrusted_signer_is_refused(other_pki, anchors) -> None:
    data = cardio.sign_revocation_list([], other_pki, NOW, dt.timedelta(days=30))
    with pytest.raises(InvalidCredential) as err:
        cardio.load_revocation_list(data, anchors, NOW)
    assert err.value.reason is Reason.BAD_REVOCATION_LIST


def test_a_credential_is_not_a_revocation_list_and_back(credential, pki, anchors, crl) -> None:
    with pytest.raises(InvalidCredential):
        cardio.load_revocation_list(credential, anchors, NOW)
    data = cardio.sign_revocation_list([], pki, NOW, dt.timedelta(days=30))
    assert reason_of(data, anchors, crl) is Reason.MALFORMED


def test_stale_revocation_list_is_a_warning(credential, anchors, crl) -> None:
    later = NOW + dt.timedelta(days=45)
    assert (
        "the revocation list is out of date"
        in cardio.verify(credential, anchors, crl, later).warnings
    )


def test_card_proof_with_wrong_serial_or_signature_is_a_clone(credential, anchors, crl) -> None:
    wrong_serial = CardProof("FFEEDDCCBBAA9988", bytes(32), b"")
    assert reason_of(credential, anchors, crl, card_proof=wrong_serial) is Reason.CLONE_SUSPECTED
    no_key = CardProof("0011223344556677", bytes(32), b"\x30\x06\x02\x01\x01\x02\x01\x01")
    assert reason_of(credential, anchors, crl, card_proof=no_key) is Reason.CLONE_SUSPECTED


def test_qr_form_verifies(credential, anchors, crl) -> None:
    text = cardio.to_qr_text(credential)
    assert set(text) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert cardio.verify(cardio.from_qr_text(text), anchors, crl, NOW).holder.id_number


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_decoder_fuzz_only_ever_raises_invalid_credential(data, credential, anchors, crl) -> None:
    """Random bytes, truncations and splices of a real credential: a clean refusal, no crash."""
    choice = data.draw(st.sampled_from(["random", "truncate", "splice"]))
    if choice == "random":
        blob = data.draw(st.binary(max_size=2000))
    elif choice == "truncate":
        blob = credential[: data.draw(st.integers(0, len(credential) - 1))]
    else:
        at = data.draw(st.integers(0, len(credential)))
        blob = credential[:at] + data.draw(st.binary(min_size=1, max_size=40)) + credential[at:]
    with pytest.raises(InvalidCredential):
        cardio.verify(blob, anchors, crl, NOW, templates=TEMPLATES)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    payload=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=8) | st.binary(max_size=40),
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(st.integers(-70000, 10) | st.text(max_size=3), inner, max_size=5)
        ),
        max_leaves=20,
    )
)
def test_signed_but_nonsense_claims_are_malformed(payload, pki, anchors, crl) -> None:
    """Even a correctly signed payload is checked field by field before use."""
    blob = cose.sign1(
        cbor2.dumps(payload), pki.signer_key, kid=pki.kid, x5chain=pki.chain_der, content_type=61
    )
    with pytest.raises(InvalidCredential) as err:
        cardio.verify(blob, anchors, crl, NOW)
    assert err.value.reason is Reason.MALFORMED

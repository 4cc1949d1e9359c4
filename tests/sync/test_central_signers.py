"""The centre learns a station's card signer only from a credential that signer really signed."""

from __future__ import annotations

import datetime as dt

import cbor2

import cardio
from cardio import cose
from cardio.credential import Claims, sign_credential, template_digest
from sync.central.signers import signer_of

NOW = dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC)


def _credential(pki: cardio.Pki) -> bytes:
    holder = cardio.Holder("KH-1", "A", "B", 1, dt.date(1990, 1, 1), "12040103")
    return sign_credential(Claims(
        holder=holder, entitlements=(), issuer=pki.signer_cert.subject.rfc4514_string(),
        card_serial="00AA", issued_at=NOW, expires_at=NOW + dt.timedelta(days=30),
        template_digest=template_digest(b""), card_public_key=b"\x04" + b"\x01" * 64), pki)


def test_a_signer_is_learnt_from_a_credential_it_signed_and_only_then() -> None:
    pki = cardio.make_demo_chain(NOW)
    found = signer_of({"credential": _credential(pki)})
    assert found == {"sha256": cardio.signer_fingerprint(pki.signer_cert),
                     "subject": pki.signer_cert.subject.rfc4514_string()}
    # another station's certificate pasted over this one's signature: learnt nothing
    other = cardio.make_demo_chain(NOW)
    envelope = cose.decode_sign1(_credential(pki))
    protected = cbor2.loads(envelope.protected)
    protected[cose.X5CHAIN] = other.chain_der
    forged = cbor2.dumps(cbor2.CBORTag(cose.TAG_SIGN1, [
        cbor2.dumps(protected), envelope.unprotected, envelope.payload, envelope.signature]))
    assert signer_of({"credential": forged}) is None
    assert signer_of({"credential": b"not cose"}) is None
    assert signer_of({}) is None

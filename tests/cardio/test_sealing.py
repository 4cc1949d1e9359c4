"""The fingerprints on a card are sealed: only a desk with the programme's template key reads them.

Unit tests of :mod:`cardio.sealing`, then one card through the real pcscd, vpcd and the
virtual card: what crosses the contact interface and rests on the chip is ciphertext.
"""

from __future__ import annotations

from pathlib import Path

import cbor2
import pytest

import cardio
from cardio.errors import EncodingError, PkiError, TemplatesLocked
from cardio.sealing import TemplateKey, load_or_create
from tests.cardio.conftest import NOW, PIN

PRINTS = {2: b"\x11\x22\x33" * 40, 7: b"\x44\x55\x66" * 36}
SERIAL = "0011223344556677"


@pytest.fixture(scope="module")
def key() -> TemplateKey:
    return TemplateKey.generate()


def test_sealed_file_opens_with_the_key_and_holds_no_template_bytes(key: TemplateKey) -> None:
    plain = cardio.pack_templates(PRINTS)
    sealed = cardio.seal_templates(plain, key.public, serial=SERIAL)
    assert cardio.is_sealed(sealed) and not cardio.is_sealed(plain)
    for blob in PRINTS.values():
        assert blob[:12] not in sealed
    assert cardio.open_templates(sealed, key, serial=SERIAL) == plain
    assert cardio.unpack_templates(cardio.open_templates(sealed, key, serial=SERIAL)) == PRINTS
    # a fresh ephemeral key and nonce per card: the same prints never seal the same way twice
    assert cardio.seal_templates(plain, key.public, serial=SERIAL) != sealed


def test_without_the_key_or_with_another_the_desk_is_told_so(key: TemplateKey) -> None:
    sealed = cardio.seal_templates(cardio.pack_templates(PRINTS), key.public, serial=SERIAL)
    with pytest.raises(TemplatesLocked, match="holds no template key") as none:
        cardio.open_templates(sealed, None, serial=SERIAL)
    assert none.value.kid == key.kid
    with pytest.raises(TemplatesLocked, match="another template key"):
        cardio.open_templates(sealed, TemplateKey.generate(), serial=SERIAL)


def test_a_sealed_file_moved_to_another_card_or_altered_does_not_open(key: TemplateKey) -> None:
    sealed = cardio.seal_templates(cardio.pack_templates(PRINTS), key.public, serial=SERIAL)
    with pytest.raises(EncodingError, match="another card"):
        cardio.open_templates(sealed, key, serial="8899AABBCCDDEEFF")
    obj = cbor2.loads(sealed)
    obj["ct"] = bytes([obj["ct"][0] ^ 1]) + obj["ct"][1:]
    with pytest.raises(EncodingError, match="altered"):
        cardio.open_templates(cbor2.dumps(obj, canonical=True), key, serial=SERIAL)
    del obj["epk"]
    with pytest.raises(EncodingError, match="lacks 'epk'"):
        cardio.open_templates(cbor2.dumps(obj, canonical=True), key, serial=SERIAL)


def test_a_card_issued_before_sealing_is_still_read(key: TemplateKey) -> None:
    plain = cardio.pack_templates(PRINTS)
    assert cardio.open_templates(plain, key, serial=SERIAL) == plain
    assert cardio.open_templates(plain, None, serial=SERIAL) == plain


def test_the_key_file_is_private_and_made_once(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "card-template-key.pem"
    made, fresh = load_or_create(path)
    assert fresh and path.stat().st_mode & 0o077 == 0
    again, fresh_again = load_or_create(path)
    assert not fresh_again and again.kid == made.kid
    assert made.kid.hex() in repr(made) and "PRIVATE" not in repr(made)
    path.write_text("not a key")
    with pytest.raises(PkiError, match="not a template key"):
        TemplateKey.load(path)


@pytest.mark.card
def test_a_card_written_sealed_verifies_without_the_key_and_opens_with_it(
    virtual_cards, pki, anchors, crl, holder, entitlements, templates, key: TemplateKey
) -> None:
    card = virtual_cards.start()
    with cardio.session(card.reader) as channel:
        issued = cardio.issue_card(channel, holder=holder, entitlements=entitlements,
                                   templates=templates, pki=pki, pin=PIN, now=NOW,
                                   seal_for=key.public)
        dump = cardio.read_card(channel)
    assert cardio.is_sealed(dump.templates)
    for blob in templates.values():
        assert blob[:12] not in dump.templates  # what crossed the reader and rests on the chip
    claims = cardio.verify_card(dump, anchors, crl, NOW)  # claim 7 covers the sealed file
    assert claims.card_serial == issued.serial
    opened = cardio.open_templates(dump.templates, key, serial=dump.serial)
    assert cardio.unpack_templates(opened) == dict(templates)

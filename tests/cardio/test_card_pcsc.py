"""Issue, read and verify through the real pcscd, vpcd and the virtual card process."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

import cardio
from cardio import layout
from cardio.errors import (
    BlankCardError,
    CardError,
    IncompleteCardError,
    NoCardError,
    PinBlockedError,
    PinError,
    Reason,
)
from tests.cardio.conftest import NOW, PIN

pytestmark = pytest.mark.card
LATER = NOW + dt.timedelta(days=30)


def issue(reader: str, pki, holder, entitlements, templates, **kw) -> cardio.IssuedCard:
    with cardio.session(reader) as channel:
        return cardio.issue_card(
            channel,
            holder=holder,
            entitlements=entitlements,
            templates=templates,
            pki=pki,
            pin=kw.pop("pin", PIN),
            now=NOW,
            **kw,
        )


def read(reader: str) -> cardio.CardDump:
    with cardio.session(reader) as channel:
        return cardio.read_card(channel)


def test_round_trip_in_two_processes(
    virtual_cards, pki, anchors, crl, holder, entitlements, templates, tmp_path: Path
) -> None:
    card = virtual_cards.start()
    issued = issue(card.reader, pki, holder, entitlements, templates)
    card.pull()
    # The hospital: another card process from the same state file, another Python process.
    again = virtual_cards.start(card.state)
    anchor_file = tmp_path / "root.pem"
    anchor_file.write_bytes(pki.root_cert.public_bytes(Encoding.PEM))
    crl_file = tmp_path / "crl.cbor"
    crl_file.write_bytes(cardio.sign_revocation_list([], pki, NOW, dt.timedelta(days=60)))
    script = (
        "import datetime as dt, json, pathlib, cardio\n"
        f"now = dt.datetime.fromisoformat('{LATER.isoformat()}')\n"
        f"anchors = cardio.load_anchors([pathlib.Path('{anchor_file}')])\n"
        f"crl_bytes = pathlib.Path('{crl_file}').read_bytes()\n"
        "crl = cardio.load_revocation_list(crl_bytes, anchors, now)\n"
        f"with cardio.session('{again.reader}') as ch:\n"
        "    dump = cardio.read_card(ch)\n"
        "claims = cardio.verify_card(dump, anchors, crl, now)\n"
        "print(json.dumps([claims.holder.id_number, claims.card_serial,"
        " [e.programme for e in claims.active_entitlements(now.date())],"
        " sorted(cardio.unpack_templates(dump.templates))]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == [holder.id_number, issued.serial, ["HEF", "CASH-PREG"], [2, 7]]


def test_t0_card_round_trip_with_get_response(
    virtual_cards, pki, anchors, crl, holder, entitlements, templates
) -> None:
    card = virtual_cards.start(None, "--t0")
    trace = cardio.ApduTrace()
    with cardio.session(card.reader, [trace]) as channel:
        assert channel.t0 and not channel.atr.extended_length
        cardio.issue_card(
            channel,
            holder=holder,
            entitlements=entitlements,
            templates=templates,
            pki=pki,
            pin=PIN,
            now=NOW,
        )
        dump = cardio.read_card(channel)
    claims = cardio.verify_card(dump, anchors, crl, LATER)
    assert claims.holder == holder
    # The T=0 card answered 61xx (GET RESPONSE followed) and 6Cxx (Le re-issued).
    assert any(line.startswith("< 61") for line in trace.lines)
    assert any(line.startswith("< 6C") for line in trace.lines)
    assert all(b"123456".hex().upper() not in line for line in trace.lines)


def test_card_pulled_mid_write_is_refused_then_reissued(
    virtual_cards, pki, anchors, crl, holder, entitlements, templates
) -> None:
    card = virtual_cards.start(None, "--pull-after-bytes", "700")
    with pytest.raises(NoCardError):
        issue(card.reader, pki, holder, entitlements, templates)
    card.pull()
    state = json.loads(card.state.read_text())
    assert state["state"] == layout.STATE_PENDING  # part of the credential was staged
    again = virtual_cards.start(card.state)
    with pytest.raises(IncompleteCardError, match="issue it again"):
        read(again.reader)
    issued = issue(again.reader, pki, holder, entitlements, templates)
    claims = cardio.verify_card(read(again.reader), anchors, crl, LATER)
    assert claims.card_serial == issued.serial


def test_blank_card_is_reported_as_blank(virtual_cards) -> None:
    card = virtual_cards.start()
    with pytest.raises(BlankCardError):
        read(card.reader)


@pytest.mark.parametrize("mode", ["nokey", "newkey"])
def test_cloned_files_without_the_key_are_a_clone(
    mode, virtual_cards, pki, anchors, crl, holder, entitlements, templates
) -> None:
    card = virtual_cards.start()
    issue(card.reader, pki, holder, entitlements, templates)
    card.pull()
    clone = virtual_cards.start(card.state, "--clone", mode)
    with pytest.raises(cardio.InvalidCredential) as err:
        cardio.verify_card(read(clone.reader), anchors, crl, LATER)
    assert err.value.reason is Reason.CLONE_SUSPECTED


def test_credential_copied_to_another_card_is_a_clone(
    virtual_cards, pki, anchors, crl, holder, entitlements, templates, tmp_path
) -> None:
    first = virtual_cards.start()
    issue(first.reader, pki, holder, entitlements, templates)
    first.pull()
    second = virtual_cards.start(tmp_path / "other.json", "--serial", "00112233445566FF")
    issue(second.reader, pki, holder, entitlements, templates)
    second.pull()
    # Copy the first card's files and key-less state onto the second card's serial.
    stolen = json.loads(first.state.read_text())
    target = json.loads(second.state.read_text())
    target["files"] = stolen["files"]
    second.state.write_text(json.dumps(target))
    forged = virtual_cards.start(second.state)
    with pytest.raises(cardio.InvalidCredential) as err:
        cardio.verify_card(read(forged.reader), anchors, crl, LATER)
    assert err.value.reason is Reason.CLONE_SUSPECTED


@pytest.mark.parametrize(
    ("file_id", "reason"),
    [(layout.EF_TEMPLATES, Reason.TEMPLATE_MISMATCH), (layout.EF_CREDENTIAL, None)],
)
def test_a_changed_byte_on_the_card_is_rejected(
    file_id, reason, virtual_cards, pki, anchors, crl, holder, entitlements, templates
) -> None:
    card = virtual_cards.start()
    issue(card.reader, pki, holder, entitlements, templates)
    card.pull()
    state = json.loads(card.state.read_text())
    content = bytearray.fromhex(state["files"][f"{file_id:04X}"])
    content[len(content) // 2] ^= 0x01
    state["files"][f"{file_id:04X}"] = content.hex()
    card.state.write_text(json.dumps(state))
    again = virtual_cards.start(card.state)
    with pytest.raises(cardio.InvalidCredential) as err:
        cardio.verify_card(read(again.reader), anchors, crl, LATER)
    if reason is not None:
        assert err.value.reason is reason


def test_wrong_pins_count_down_and_lock_the_card(
    virtual_cards, pki, holder, entitlements, templates
) -> None:
    card = virtual_cards.start()
    with pytest.raises(PinError) as first:
        issue(card.reader, pki, holder, entitlements, templates, pin="000000")
    assert first.value.tries_left == 2
    card.pull()  # the counter survives taking the card out
    card = virtual_cards.start(card.state)
    with pytest.raises(PinError) as second:
        issue(card.reader, pki, holder, entitlements, templates, pin="111111")
    assert second.value.tries_left == 1
    with pytest.raises(PinBlockedError):
        issue(card.reader, pki, holder, entitlements, templates, pin="222222")
    with pytest.raises(PinBlockedError):
        issue(card.reader, pki, holder, entitlements, templates)  # even the right PIN


def test_right_pin_resets_the_counter(virtual_cards, pki, holder, entitlements, templates) -> None:
    card = virtual_cards.start()
    with pytest.raises(PinError):
        issue(card.reader, pki, holder, entitlements, templates, pin="000000")
    issue(card.reader, pki, holder, entitlements, templates)
    with cardio.session(card.reader) as channel:
        assert cardio.profile.CardApp(channel).select().pin_tries_left == layout.PIN_MAX_TRIES


@pytest.fixture(scope="module")
def issued_state(pcscd: None, tmp_path_factory: pytest.TempPathFactory, pki, holder,
                 entitlements, templates) -> bytes:
    """The state file of a card issued through pcscd, pulled out: issued once for the module,
    each test gives its own copy to its card process (which may write to it)."""
    from tests.fixtures_card import VirtualCards

    cards = VirtualCards(tmp_path_factory.mktemp("issued-card"))
    try:
        card = cards.start()
        issue(card.reader, pki, holder, entitlements, templates)
    finally:
        cards.stop_all()
    return card.state.read_bytes()


@pytest.mark.parametrize("mode", ["short", "oversized", "garbage", "endless", "badfci", "badsw"])
def test_malicious_card_gives_a_clear_error(
    mode, virtual_cards, issued_state: bytes, anchors, crl, tmp_path: Path
) -> None:
    state = tmp_path / "issued.json"
    state.write_bytes(issued_state)
    evil = virtual_cards.start(state, "--malicious", mode)
    with pytest.raises(CardError) as err:
        cardio.verify_card(read(evil.reader), anchors, crl, LATER)
    message = str(err.value)
    assert message and "\n" not in message


def test_insert_and_remove_events(virtual_cards) -> None:
    card = virtual_cards.start(wait=False)
    events = cardio.CardEvents(card.reader)
    try:
        assert events.wait_present(10.0)
        card.pull()
        assert events.wait_present(10.0, present=False)
    finally:
        events.close()


def test_a_card_never_outlives_the_certificates_that_sign_it(
    virtual_cards, holder, entitlements, templates
) -> None:
    """A five-year card under a signer certificate ending in three would be refused at every
    hospital for its last two years: its expiry is cut to the chain's end instead, and a chain
    ending within a year issues nothing (the card stays blank)."""
    from cardio.errors import SigningCertificateError

    short = cardio.make_demo_chain(NOW - dt.timedelta(days=1), signer_days=3 * 365)
    card = virtual_cards.start()
    issued = issue(card.reader, short, holder, entitlements, templates)
    assert issued.claims.expires_at == short.signer_cert.not_valid_after_utc
    assert issued.claims.expires_at < NOW + dt.timedelta(days=5 * 365)
    dump = read(card.reader)
    last_day = issued.claims.expires_at - dt.timedelta(days=1)
    listing = cardio.load_revocation_list(
        cardio.sign_revocation_list([], short, last_day, dt.timedelta(days=1)),
        [short.root_cert], last_day)
    assert cardio.verify_card(dump, [short.root_cert], listing, last_day).holder == holder
    card.pull()  # one slot at a time: a parallel test process may hold the other

    ending = cardio.make_demo_chain(NOW - dt.timedelta(days=1), signer_days=200)
    blank = virtual_cards.start()
    with pytest.raises(SigningCertificateError, match="valid less than 365 days"):
        issue(blank.reader, ending, holder, entitlements, templates)
    with pytest.raises(BlankCardError):
        read(blank.reader)


def test_the_demo_chain_lets_a_full_card_be_signed_for_three_years(pki) -> None:
    assert cardio.card_expiry(pki, NOW, dt.timedelta(days=5 * 365)) == NOW + dt.timedelta(
        days=5 * 365)
    three_years_on = NOW + dt.timedelta(days=3 * 365 - 2)
    assert cardio.card_expiry(pki, three_years_on, dt.timedelta(days=5 * 365)) == (
        three_years_on + dt.timedelta(days=5 * 365))

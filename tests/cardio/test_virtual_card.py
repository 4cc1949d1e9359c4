"""The virtual card's application in-process: chaining, write transaction, PIN, persistence."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cardio import layout
from cardio.apdu import Command
from cardio.virtual.card import VirtualCard, public_point
from cardio.virtual.state import CardState


def make_card(tmp: Path | None = None) -> VirtualCard:
    state = CardState.new("123456", "0102030405060708")
    persist = (lambda: state.save(tmp / "card.json")) if tmp else (lambda: None)
    return VirtualCard(state, persist)


def send(card: VirtualCard, cmd: Command) -> tuple[bytes, int]:
    out = card.process(cmd.to_bytes())
    return out[:-2], int.from_bytes(out[-2:], "big")


def personalise(card: VirtualCard, content: bytes, *, chained: bool) -> bytes:
    send(card, Command(0, 0xA4, 4, 0x0C, layout.AID))
    assert send(card, Command(0, 0x20, 0, 0x81, b"123456"))[1] == 0x9000
    assert send(card, Command(0x80, 0xE0))[1] == 0x9000
    data, _sw = send(card, Command(0, 0x46, 0, 0, b"", 256))
    point = data[-65:]
    write = Command(0, 0xD6, 0x82, 0, content)
    for part in write.chained() if chained else [write]:
        assert send(card, part)[1] == 0x9000
    return point


def test_chained_and_extended_writes_store_the_same_bytes() -> None:
    content = bytes(range(256)) * 3
    for chained in (True, False):
        card = make_card()
        personalise(card, content, chained=chained)
        assert card.state.staged_files[layout.EF_CREDENTIAL] == content


def test_commit_with_a_wrong_digest_keeps_the_card_pending(tmp_path: Path) -> None:
    card = make_card(tmp_path)
    point = personalise(card, b"abc", chained=False)
    wrong = layout.commit_digest({layout.EF_CREDENTIAL: b"abd"}, point)
    assert send(card, Command(0x80, 0xE2, 0, 0, wrong))[1] == 0x6A80
    assert CardState.load(tmp_path / "card.json").state == layout.STATE_PENDING
    right = layout.commit_digest({layout.EF_CREDENTIAL: b"abc"}, point)
    assert send(card, Command(0x80, 0xE2, 0, 0, right))[1] == 0x9000
    saved = CardState.load(tmp_path / "card.json")
    assert saved.state == layout.STATE_ISSUED
    assert public_point(saved.private_key) == point


def test_writes_need_the_pin_and_an_open_transaction() -> None:
    card = make_card()
    send(card, Command(0, 0xA4, 4, 0x0C, layout.AID))
    assert send(card, Command(0, 0xD6, 0x82, 0, b"x"))[1] == 0x6982
    send(card, Command(0, 0x20, 0, 0x81, b"123456"))
    assert send(card, Command(0, 0xD6, 0x82, 0, b"x"))[1] == 0x6985
    assert send(card, Command(0, 0xD6, 0x84, 0, b"x"))[1] == 0x6985  # public key: card only


def test_update_binary_with_offsets_and_bounds() -> None:
    card = make_card()
    personalise(card, b"", chained=False)
    send(card, Command(0, 0xA4, 2, 0x0C, layout.EF_TEMPLATES.to_bytes(2, "big")))
    assert send(card, Command(0, 0xD6, 0, 0, b"hello "))[1] == 0x9000
    assert send(card, Command(0, 0xD6, 0, 6, b"world"))[1] == 0x9000
    assert send(card, Command(0, 0xD6, 0, 20, b"gap"))[1] == 0x6B00
    assert send(card, Command(0, 0xD6, 0, 0, bytes(4097)))[1] == 0x6A84  # beyond 4 KiB
    assert card.state.staged_files[layout.EF_TEMPLATES] == b"hello world"


def test_pin_counter_is_saved_before_the_comparison(tmp_path: Path) -> None:
    card = make_card(tmp_path)
    send(card, Command(0, 0xA4, 4, 0x0C, layout.AID))
    assert send(card, Command(0, 0x20, 0, 0x81, b"999999"))[1] == 0x63C2
    assert CardState.load(tmp_path / "card.json").pin_tries_left == 2
    assert send(card, Command(0, 0x20, 0, 0x81))[1] == 0x63C2  # query without data


def test_get_response_hands_out_a_long_answer_in_pieces() -> None:
    card = make_card()
    card.t0 = True
    data, sw = send(card, Command(0, 0xA4, 4, 0, layout.AID, 256))
    assert data == b"" and sw >> 8 == 0x61
    fci, sw = send(card, Command(0, 0xC0, 0, 0, b"", sw & 0xFF))
    assert sw == 0x9000 and fci[0] == 0x6F


@settings(max_examples=300)
@given(st.binary(max_size=300))
def test_any_bytes_get_an_answer_with_a_status_word(raw: bytes) -> None:
    card = make_card()
    card.process(Command(0, 0xA4, 4, 0x0C, layout.AID).to_bytes())
    out = card.process(raw)
    assert len(out) >= 2

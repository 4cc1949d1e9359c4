"""APDU encoding, the status-word table, and the response/TLV parsers under fuzzing."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cardio import layout
from cardio.apdu import Command, Response, check
from cardio.errors import (
    CardError,
    FileNotFoundOnCardError,
    MalformedResponseError,
    PinBlockedError,
    PinError,
    SecurityStatusError,
    StatusWordError,
    WrongLengthError,
)
from cardio.profile import parse_fci
from cardio.transport import AtrInfo
from cardio.virtual.apdu_in import parse_command
from cardio.virtual.link import make_atr


@pytest.mark.parametrize(
    ("command", "encoded"),
    [
        (Command(0x00, 0xA4, 0x04, 0x00, b"\xf0\x01", 256), "00A4040002F00100"),
        (Command(0x00, 0xB0, 0x82, 0x00, b"", 16), "00B0820010"),
        (Command(0x80, 0xE0), "80E00000"),
        (Command(0x00, 0xB0, 0x82, 0x00, b"", 65536), "00B08200000000"),
        (Command(0x00, 0xD6, 0x82, 0x00, b"\xaa" * 300), "00D6820000012C" + "AA" * 300),
    ],
)
def test_commands_encode_per_iso_7816_4(command: Command, encoded: str) -> None:
    assert command.to_bytes().hex().upper() == encoded


@given(
    st.integers(0, 0xFF),
    st.integers(0, 0xFF),
    st.integers(0, 0xFF),
    st.integers(0, 0xFF),
    st.binary(max_size=700),
    st.integers(0, 65536),
)
def test_card_side_parser_reads_back_what_the_host_encodes(cla, ins, p1, p2, data, le) -> None:
    cmd = Command(cla, ins, p1, p2, data, le)
    parsed = parse_command(cmd.to_bytes())
    assert (parsed.cla, parsed.ins, parsed.p1, parsed.p2, parsed.data) == (cla, ins, p1, p2, data)
    assert parsed.ne == le


def test_chaining_splits_and_marks_all_but_the_last_part() -> None:
    parts = Command(0x00, 0xD6, 0x82, 0, bytes(600)).chained()
    assert [len(p.data) for p in parts] == [255, 255, 90]
    assert [p.cla & 0x10 for p in parts] == [0x10, 0x10, 0x00]


@pytest.mark.parametrize(
    ("sw", "cls"),
    [
        (0x6A82, FileNotFoundOnCardError),
        (0x6982, SecurityStatusError),
        (0x6983, PinBlockedError),
        (0x6700, WrongLengthError),
        (0x6C10, WrongLengthError),
        (0x6F00, StatusWordError),
        (0x9999, StatusWordError),
    ],
)
def test_status_words_map_to_exceptions_carrying_the_sw(sw: int, cls: type[CardError]) -> None:
    with pytest.raises(cls) as err:
        check(Response(b"", sw >> 8, sw & 0xFF))
    assert err.value.sw == sw
    assert f"{sw:04X}" in str(err.value)


def test_63cx_says_how_many_tries_are_left() -> None:
    with pytest.raises(PinError) as err:
        check(Response(b"", 0x63, 0xC2))
    assert err.value.tries_left == 2
    assert "2 tries left" in str(err.value)


def test_9000_passes() -> None:
    assert check(Response(b"ab", 0x90, 0x00)).data == b"ab"


@pytest.mark.parametrize("raw", [b"", b"\x90", b"\x00" * 70000])
def test_impossible_responses_are_malformed(raw: bytes) -> None:
    with pytest.raises(MalformedResponseError):
        Response.parse(raw)


@settings(max_examples=300)
@given(st.binary(max_size=600))
def test_response_parsing_never_crashes(raw: bytes) -> None:
    """Whatever a card sends, the host gets a Response or a CardError, nothing else."""
    with contextlib.suppress(CardError):
        check(Response.parse(raw))


@settings(max_examples=300)
@given(st.binary(max_size=300))
def test_fci_parser_never_crashes(raw: bytes) -> None:
    with contextlib.suppress(CardError):
        parse_fci(raw)


def test_fci_of_our_card_parses() -> None:
    from cardio.virtual.card import tlv

    inner = (
        tlv(layout.TAG_SERIAL, bytes(range(8)))
        + tlv(layout.TAG_STATE, b"\x01")
        + tlv(layout.TAG_PIN_TRIES, b"\x03")
        + tlv(layout.TAG_VERSION, b"\x01")
    )
    info = parse_fci(tlv(0x6F, tlv(0x84, layout.AID) + tlv(0xA5, inner)))
    assert (info.serial, info.issued, info.pin_tries_left) == ("0001020304050607", True, 3)


@pytest.mark.parametrize("t0", [False, True])
def test_atr_announces_the_length_capabilities(t0: bool) -> None:
    info = AtrInfo.parse(make_atr(t0))
    assert info.chaining
    assert info.extended_length is (not t0)


@given(st.binary(max_size=40))
def test_atr_parser_never_crashes(raw: bytes) -> None:
    AtrInfo.parse(raw)

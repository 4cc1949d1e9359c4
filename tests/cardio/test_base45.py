"""Base45 against RFC 9285's examples, and the QR form of a credential."""

from __future__ import annotations

import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cardio.base45 import b45decode, b45encode, from_qr_text, to_qr_text
from cardio.errors import EncodingError


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"AB", "BB8"),
        (b"Hello!!", "%69 VD92EX0"),
        (b"base-45", "UJCLQE7W581"),
        (b"ietf!", "QED8WEX0"),
        (b"", ""),
    ],
)
def test_rfc_9285_examples(raw: bytes, text: str) -> None:
    assert b45encode(raw) == text
    assert b45decode(text) == raw


@given(st.binary(max_size=500))
def test_round_trip(raw: bytes) -> None:
    assert b45decode(b45encode(raw)) == raw


@pytest.mark.parametrize("bad", ["GGW", "ZZZZ", "abc", "A", "é"])
def test_invalid_text_is_a_clear_error(bad: str) -> None:
    with pytest.raises(EncodingError):
        b45decode(bad)


def test_qr_form_round_trips_and_rejects_bombs() -> None:
    payload = bytes(range(256)) * 6
    assert from_qr_text(to_qr_text(payload)) == payload
    with pytest.raises(EncodingError, match="64 KiB"):
        from_qr_text(b45encode(zlib.compress(bytes(200_000))))
    with pytest.raises(EncodingError):
        from_qr_text(b45encode(b"not zlib at all"))

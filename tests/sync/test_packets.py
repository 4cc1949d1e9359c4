"""Packets: signatures catch any change, envelopes open only at the centre, for this packet."""

from __future__ import annotations

import random

import cbor2
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync.backoff import Backoff
from sync.errors import PacketError
from sync.packets import (
    build_packet,
    content_digest,
    decode_biometrics,
    encode_biometrics,
    open_biometrics,
    open_packet,
)

STATION = Ed25519PrivateKey.generate()
CENTRAL = X25519PrivateKey.generate()
TEMPLATES = [(2, b"\x01" * 300), (7, b"\x02" * 280)]


def _build(packet_id: str = "pk-1", station_id: str = "st-1", **extra: object) -> bytes:
    args: dict = dict(packet_id=packet_id, station_id=station_id, seq=3, kind="enrolment",
                      record_id="person-1", created_at="2026-11-22T09:00:00Z",
                      payload_bytes=cbor2.dumps({"name": "Ana"}),
                      biometrics=encode_biometrics(TEMPLATES), station_key=STATION,
                      central_key=CENTRAL.public_key())
    args.update(extra)
    return build_packet(**args)


def test_round_trip_gives_back_fields_and_templates() -> None:
    packet = open_packet(_build(), STATION.public_key())
    assert (packet.id, packet.seq, packet.kind, packet.payload) == (
        "pk-1", 3, "enrolment", {"name": "Ana"})
    plaintext = open_biometrics(packet, CENTRAL)
    assert plaintext is not None and decode_biometrics(plaintext)[1] == TEMPLATES


def test_templates_are_not_in_clear_on_the_wire() -> None:
    assert b"\x01" * 32 not in _build()


def test_every_single_byte_change_is_refused() -> None:
    blob = _build()
    rng = random.Random(0)
    for position in rng.sample(range(len(blob)), 60):
        changed = bytearray(blob)
        changed[position] ^= 1 << rng.randrange(8)
        with pytest.raises(PacketError):
            packet = open_packet(bytes(changed), STATION.public_key())
            open_biometrics(packet, CENTRAL)


def test_an_envelope_moved_to_another_packet_does_not_open() -> None:
    original = open_packet(_build(), STATION.public_key())
    other = open_packet(_build(packet_id="pk-2", biometrics=None), STATION.public_key())
    moved = type(other)(**{**other.__dict__, "envelope": original.envelope})
    with pytest.raises(PacketError, match="cannot be decrypted"):
        open_biometrics(moved, CENTRAL)
    with pytest.raises(PacketError):
        open_biometrics(original, X25519PrivateKey.generate())


def test_rebuilds_differ_on_the_wire_but_have_one_content_digest() -> None:
    first, second = _build(), _build()
    assert first != second
    a, b = (open_packet(x, STATION.public_key()) for x in (first, second))
    assert content_digest(a, open_biometrics(a, CENTRAL)) == content_digest(
        b, open_biometrics(b, CENTRAL))


@pytest.mark.parametrize("bad", [b"", b"\x00", cbor2.dumps([2, b"", b""]),
                                 cbor2.dumps({"a": 1}), b"x" * 5_000_000])
def test_garbage_is_a_packet_error_with_a_reason(bad: bytes) -> None:
    with pytest.raises(PacketError) as caught:
        open_packet(bad, STATION.public_key())
    assert caught.value.reason in {"malformed", "bad_version"}


def test_ids_with_control_characters_are_refused() -> None:
    with pytest.raises(PacketError, match="not allowed"):
        open_packet(_build(packet_id="pk\x00-1"), STATION.public_key())


def test_backoff_grows_with_jitter_and_stays_under_the_cap() -> None:
    backoff, rng = Backoff(base_s=2.0, cap_s=100.0), random.Random(1)
    delays = [[backoff.delay(n, rng) for _ in range(50)] for n in (1, 3, 10, 500)]
    assert all(1.0 <= d <= 2.0 for d in delays[0])
    assert all(4.0 <= d <= 8.0 for d in delays[1])
    assert all(50.0 <= d <= 100.0 for d in delays[2] + delays[3])
    assert len(set(delays[2])) > 40  # jittered, not lock-step


def test_the_station_registry_form_of_templates_is_read_too() -> None:
    plaintext = cbor2.dumps({7: b"\x02" * 280, 2: b"\x01" * 300})
    assert decode_biometrics(plaintext)[1] == TEMPLATES


@pytest.mark.parametrize("epoch", ["", "3f0c2a9e-restore"])
@pytest.mark.parametrize("biometrics", [encode_biometrics(TEMPLATES), None])
def test_bodies_are_canonical_cbor(biometrics: bytes | None, epoch: str) -> None:
    """The fast encoder must write exactly what the canonical encoder would (a station and
    the centre re-encoding a body must agree byte for byte, or digests would differ)."""
    from sync.packets import peek

    body = peek(_build(biometrics=biometrics, seq=2**40, record_id="a-much-longer-record-id",
                       epoch=epoch))[1]
    assert body == cbor2.dumps(cbor2.loads(body), canonical=True)
    assert ("ep" in cbor2.loads(body)) == bool(epoch)  # unchanged for stations never restored


def test_a_restored_stations_epoch_travels_signed_and_is_no_new_content() -> None:
    """A packet resent after a restore carries the new epoch: the same record for the
    centre (a replay), whose epoch it can read."""
    plain = open_packet(_build(), STATION.public_key())
    tagged = open_packet(_build(epoch="epoch-2"), STATION.public_key())
    assert (plain.epoch, tagged.epoch) == ("", "epoch-2")
    opened = open_biometrics(tagged, CENTRAL)
    assert content_digest(tagged, opened) == content_digest(plain, opened)
    with pytest.raises(PacketError) as bad:
        open_packet(_build(epoch="not an id\n"), STATION.public_key())
    assert bad.value.reason == "malformed"

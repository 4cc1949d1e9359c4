"""The card application seen from the host: the commands of docs/card-profile.md.

:class:`CardApp` wraps a :class:`~cardio.transport.Channel` with one method per profile
command and picks the cheapest encoding the card offers: with extended lengths, one
READ/UPDATE BINARY per file addressed by short file identifier; otherwise SELECT the EF and
move 255/256-byte blocks at increasing offsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cardio import layout, tlv
from cardio.apdu import (
    INS_BEGIN,
    INS_COMMIT,
    INS_GENERATE_KEY,
    INS_INTERNAL_AUTHENTICATE,
    INS_READ_BINARY,
    INS_SELECT,
    INS_UPDATE_BINARY,
    INS_VERIFY,
    Command,
)
from cardio.errors import CardError, FileNotFoundOnCardError, MalformedResponseError

if TYPE_CHECKING:  # the caller opens the channel: no PC/SC loaded here
    from cardio.transport import Channel


@dataclass(frozen=True)
class CardInfo:
    """What SELECT of the application tells: serial, life-cycle state, PIN tries left."""

    serial: str
    state: int
    pin_tries_left: int
    version: int

    @property
    def issued(self) -> bool:
        return self.state == layout.STATE_ISSUED

    @property
    def pending(self) -> bool:
        return self.state == layout.STATE_PENDING


def parse_fci(data: bytes) -> CardInfo:
    """Decode the FCI template (6F { 84 AID, A5 { C0 serial, C1 state, C2 tries, C3 version }})."""
    fci = tlv.require(tlv.parse(data), 0x6F, "the FCI template")
    inner = tlv.parse(fci)
    if tlv.require(inner, 0x84, "the application identifier") != layout.AID:
        raise MalformedResponseError("the card selected another application")
    props = tlv.parse(tlv.require(inner, 0xA5, "the proprietary FCI data"))
    serial = tlv.require(props, layout.TAG_SERIAL, "the card serial", 8)
    state = tlv.require(props, layout.TAG_STATE, "the card state", 1)[0]
    tries = tlv.require(props, layout.TAG_PIN_TRIES, "the PIN counter", 1)[0]
    version = tlv.require(props, layout.TAG_VERSION, "the profile version", 1)[0]
    if state not in (layout.STATE_BLANK, layout.STATE_ISSUED, layout.STATE_PENDING):
        raise MalformedResponseError(f"unknown card state {state:02X}")
    return CardInfo(serial.hex().upper(), state, tries, version)


class CardApp:
    """Profile commands over one channel."""

    def __init__(self, channel: Channel) -> None:
        self.channel = channel
        self._extended = channel.atr.extended_length and not channel.t0

    def select(self) -> CardInfo:
        """SELECT the application by AID and read its state from the FCI."""
        try:
            response = self.channel.transmit(Command(0x00, INS_SELECT, 0x04, 0x00, layout.AID,
                                                     256))
        except FileNotFoundOnCardError as err:  # 6A82: a bank card, a SIM, another scheme's
            raise FileNotFoundOnCardError(
                "this card holds no social protection ID (another kind of card?)", err.sw
            ) from None
        info = parse_fci(response.data)
        if info.version != layout.PROFILE_VERSION:
            raise CardError(f"card profile version {info.version} is not supported")
        return info

    def verify_pin(self, pin: str) -> None:
        """VERIFY the issuer PIN (raises PinError with tries left, or PinBlockedError)."""
        if not (pin.isdigit() and 4 <= len(pin) <= 12):
            raise CardError("the issuer PIN must be 4 to 12 digits")
        self.channel.transmit(
            Command(0x00, INS_VERIFY, 0x00, layout.PIN_REFERENCE, pin.encode("ascii"))
        )

    def begin(self) -> None:
        """Open a write transaction: the staging area is emptied, the card shows PENDING."""
        self.channel.transmit(Command(layout.CLA_PROPRIETARY, INS_BEGIN))

    def generate_key(self) -> bytes:
        """GENERATE ASYMMETRIC KEY PAIR (staged); returns the 65-byte public point."""
        response = self.channel.transmit(Command(0x00, INS_GENERATE_KEY, 0x00, 0x00, b"", 256))
        template = tlv.require(tlv.parse(response.data), 0x7F49, "the public key template")
        point = tlv.require(tlv.parse(template), 0x86, "the public point", 65)
        if point[0] != 0x04:
            raise MalformedResponseError("the public point is not in uncompressed form")
        return point

    def write_file(self, fid: int, content: bytes) -> None:
        """Write ``content`` into the staged copy of ``fid`` (UPDATE BINARY)."""
        sfi, size = layout.FILES[fid]
        if len(content) > size:
            raise CardError(f"{len(content)} bytes do not fit file {fid:04X} ({size} bytes)")
        if self._extended:
            self.channel.transmit(Command(0x00, INS_UPDATE_BINARY, 0x80 | sfi, 0, content))
            return
        self._select_ef(fid)
        for offset in range(0, len(content), 255):
            block = content[offset : offset + 255]
            self.channel.transmit(
                Command(0x00, INS_UPDATE_BINARY, offset >> 8, offset & 0xFF, block)
            )

    def commit(self, files: dict[int, bytes], public_key: bytes) -> None:
        """COMMIT with the digest of what was meant to be written (the card swaps atomically)."""
        digest = layout.commit_digest(files, public_key)
        self.channel.transmit(Command(layout.CLA_PROPRIETARY, INS_COMMIT, 0, 0, digest))

    def read_file(self, fid: int) -> bytes:
        """The committed content of ``fid`` (READ BINARY)."""
        sfi, size = layout.FILES[fid]
        if self._extended:
            response = self.channel.transmit(
                Command(0x00, INS_READ_BINARY, 0x80 | sfi, 0, b"", 65536)
            )
            if len(response.data) > size:
                raise MalformedResponseError(f"file {fid:04X} came back longer than it can be")
            return response.data
        self._select_ef(fid)
        out = bytearray()
        while True:
            offset = len(out)
            response = self.channel.transmit(
                Command(0x00, INS_READ_BINARY, offset >> 8, offset & 0xFF, b"", 256)
            )
            out += response.data
            if len(out) > size:
                raise MalformedResponseError(f"file {fid:04X} came back longer than it can be")
            if len(response.data) < 256:
                return bytes(out)

    def internal_authenticate(self, challenge: bytes) -> bytes:
        """INTERNAL AUTHENTICATE: the card's ECDSA signature over the prefixed challenge."""
        response = self.channel.transmit(
            Command(0x00, INS_INTERNAL_AUTHENTICATE, 0, 0, challenge, 256)
        )
        if not 8 <= len(response.data) <= 72:
            raise MalformedResponseError("the card's signature has an impossible length")
        return response.data

    def _select_ef(self, fid: int) -> None:
        self.channel.transmit(Command(0x00, INS_SELECT, 0x02, 0x0C, fid.to_bytes(2, "big")))

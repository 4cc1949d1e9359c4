"""The profile's card application, as a virtual card: one command APDU in, one response out.

It keeps what a real card keeps in EEPROM in a :class:`CardState` and calls ``persist`` after
every command that changes it (PIN counter first, so a pulled card cannot reset its tries).
Everything volatile (PIN verified, selected file, chaining and GET RESPONSE buffers) is lost
on reset or power off, as on a real card.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from cardio import layout
from cardio.virtual.apdu_in import BadCommand, Incoming, parse_command
from cardio.virtual.state import CardState

OK = 0x9000


def tlv(tag: int, value: bytes) -> bytes:
    """BER-TLV with a one- or two-byte tag and a short or long length (up to 65535)."""
    t = tag.to_bytes(2 if tag > 0xFF else 1, "big")
    n = len(value)
    if n < 0x80:
        length = bytes((n,))
    elif n < 0x100:
        length = b"\x81" + bytes((n,))
    else:
        length = b"\x82" + n.to_bytes(2, "big")
    return t + length + value


def public_point(private_key: bytes) -> bytes:
    """Uncompressed P-256 point (65 bytes) of a 32-byte private scalar."""
    key = ec.derive_private_key(int.from_bytes(private_key, "big"), ec.SECP256R1())
    return key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )


#: The AID a ``--foreign`` card answers to instead of ours (a payment application's).
FOREIGN_AID = bytes.fromhex("A0000000031010")


@dataclass
class VirtualCard:
    """The card application. ``t0`` makes it answer like a T=0 card (61xx, 6Cxx, short only)."""

    state: CardState
    persist: Callable[[], None]
    t0: bool = False
    #: The application this card answers to: ours, or another scheme's (a foreign card)
    aid: bytes = layout.AID
    random_bytes: Callable[[int], bytes] = field(default=lambda n: __import__("os").urandom(n))
    _selected: bool = False
    _current_ef: int | None = None
    _pin_ok: bool = False
    _chain: bytes = b""
    _pending_out: bytes = b""

    def reset(self) -> None:
        """Power off or reset: forget everything volatile."""
        self._selected = False
        self._current_ef = None
        self._pin_ok = False
        self._chain = b""
        self._pending_out = b""

    # -- dispatch ---------------------------------------------------------------------------
    def process(self, raw: bytes) -> bytes:
        """Answer one command APDU with response data + SW1 SW2."""
        try:
            cmd = parse_command(raw)
            if self.t0 and cmd.extended:
                raise BadCommand(0x6700)
            if cmd.ins == 0xC0 and cmd.cla & 0x80 == 0:
                return self._get_response(cmd)
            self._pending_out = b""
            if cmd.cla & 0x10:
                if len(self._chain) + len(cmd.data) > 65535:
                    self._chain = b""
                    raise BadCommand(0x6A84)
                self._chain += cmd.data
                return OK.to_bytes(2, "big")
            if self._chain:
                cmd = Incoming(
                    cmd.cla, cmd.ins, cmd.p1, cmd.p2, self._chain + cmd.data, cmd.ne, cmd.extended
                )
                self._chain = b""
            data = self._dispatch(cmd)
        except BadCommand as bad:
            return bad.sw.to_bytes(2, "big")
        return self._answer(cmd, data)

    def _answer(self, cmd: Incoming, data: bytes) -> bytes:
        if not data:
            return OK.to_bytes(2, "big")
        if self.t0:
            if cmd.data or cmd.ne == 0:  # case 4 (or case 3 with data): via GET RESPONSE
                self._pending_out = data
                return bytes((0x61, min(len(data), 256) % 256))
            if len(data) < cmd.ne:  # case 2 asking for more than there is: tell the length
                return bytes((0x6C, len(data) % 256))
        if len(data) > cmd.ne:
            self._pending_out = data[cmd.ne :]
            more = min(len(self._pending_out), 256) % 256
            return data[: cmd.ne] + bytes((0x61, more))
        return data + OK.to_bytes(2, "big")

    def _get_response(self, cmd: Incoming) -> bytes:
        if not self._pending_out:
            raise BadCommand(0x6985)
        out, self._pending_out = self._pending_out[: cmd.ne], self._pending_out[cmd.ne :]
        if self._pending_out:
            return out + bytes((0x61, min(len(self._pending_out), 256) % 256))
        return out + OK.to_bytes(2, "big")

    def _dispatch(self, cmd: Incoming) -> bytes:
        handlers: dict[tuple[int, int], Callable[[Incoming], bytes]] = {
            (0x00, 0xA4): self._select,
            (0x00, 0xB0): self._read_binary,
            (0x00, 0xD6): self._update_binary,
            (0x00, 0x20): self._verify,
            (0x00, 0x46): self._generate_key,
            (0x00, 0x88): self._internal_authenticate,
            (0x80, 0xE0): self._begin,
            (0x80, 0xE2): self._commit,
        }
        if cmd.cla & 0x0C:
            raise BadCommand(0x6882)  # secure messaging not supported
        if cmd.cla & 0xE0 not in (0x00, 0x80):
            raise BadCommand(0x6E00)
        handler = handlers.get((cmd.cla & 0x80, cmd.ins))
        if handler is None:
            raise BadCommand(0x6D00)
        if handler != self._select and not self._selected:
            raise BadCommand(0x6985)
        return handler(cmd)

    # -- ISO 7816-4 file commands ----------------------------------------------------------
    def _select(self, cmd: Incoming) -> bytes:
        if cmd.p1 == 0x04:
            if cmd.data != self.aid:
                self._selected = False
                raise BadCommand(0x6A82)
            self._selected = True
            self._current_ef = None
            if cmd.p2 & 0x0C == 0x0C:
                return b""
            inner = (
                tlv(layout.TAG_SERIAL, bytes.fromhex(self.state.serial))
                + tlv(layout.TAG_STATE, bytes((self.state.state,)))
                + tlv(layout.TAG_PIN_TRIES, bytes((self.state.pin_tries_left,)))
                + tlv(layout.TAG_VERSION, bytes((layout.PROFILE_VERSION,)))
            )
            return tlv(0x6F, tlv(0x84, self.aid) + tlv(0xA5, inner))
        if cmd.p1 == 0x02 and len(cmd.data) == 2 and self._selected:
            fid = int.from_bytes(cmd.data, "big")
            if fid not in layout.FILES:
                raise BadCommand(0x6A82)
            self._current_ef = fid
            if cmd.p2 & 0x0C == 0x0C:
                return b""
            size = len(self._content(fid))
            return tlv(0x62, tlv(0x80, size.to_bytes(2, "big")) + tlv(0x83, cmd.data))
        raise BadCommand(0x6A86)

    def _target(self, cmd: Incoming) -> tuple[int, int]:
        """(file id, offset) from P1-P2: SFI form when P1 bit 8 is set, else current EF."""
        if cmd.p1 & 0x80:
            if cmd.p1 & 0x60:
                raise BadCommand(0x6A86)
            fid = layout.SFI_TO_FID.get(cmd.p1 & 0x1F)
            if fid is None:
                raise BadCommand(0x6A82)
            self._current_ef = fid
            return fid, cmd.p2
        if self._current_ef is None:
            raise BadCommand(0x6986)
        return self._current_ef, (cmd.p1 << 8) | cmd.p2

    def _content(self, fid: int) -> bytes:
        if fid == layout.EF_PUBLIC_KEY:
            return public_point(self.state.private_key) if self.state.private_key else b""
        return self.state.files.get(fid, b"")

    def _read_binary(self, cmd: Incoming) -> bytes:
        fid, offset = self._target(cmd)
        content = self._content(fid)
        if offset > len(content):
            raise BadCommand(0x6B00)
        return content[offset : offset + cmd.ne]

    def _update_binary(self, cmd: Incoming) -> bytes:
        fid, offset = self._target(cmd)
        self._need_pin()
        if self.state.state != layout.STATE_PENDING:
            raise BadCommand(0x6985)
        if fid not in layout.WRITABLE:
            raise BadCommand(0x6982)
        staged = self.state.staged_files.get(fid, b"")
        if offset > len(staged):
            raise BadCommand(0x6B00)
        end = offset + len(cmd.data)
        if end > layout.FILES[fid][1]:
            raise BadCommand(0x6A84)
        self.state.staged_files[fid] = staged[:offset] + cmd.data + staged[end:]
        self.persist()
        return b""

    # -- security ------------------------------------------------------------------------------
    def _need_pin(self) -> None:
        if self.state.pin_tries_left == 0:
            raise BadCommand(0x6983)
        if not self._pin_ok:
            raise BadCommand(0x6982)

    def _verify(self, cmd: Incoming) -> bytes:
        if cmd.p1 != 0x00 or cmd.p2 != layout.PIN_REFERENCE:
            raise BadCommand(0x6A86)
        if self.state.pin_tries_left == 0:
            raise BadCommand(0x6983)
        if not cmd.data:  # query: 9000 if verified, else tries left
            if self._pin_ok:
                return b""
            raise BadCommand(0x63C0 | self.state.pin_tries_left)
        # Decrement first and persist, then compare: pulling the card cannot save a try.
        self.state.pin_tries_left -= 1
        self.persist()
        given = hashlib.sha256(cmd.data).digest()
        if given != hashlib.sha256(self.state.pin.encode()).digest():
            self._pin_ok = False
            if self.state.pin_tries_left == 0:
                raise BadCommand(0x6983)
            raise BadCommand(0x63C0 | self.state.pin_tries_left)
        self.state.pin_tries_left = layout.PIN_MAX_TRIES
        self.persist()
        self._pin_ok = True
        return b""

    def _begin(self, cmd: Incoming) -> bytes:
        self._need_pin()
        self.state.staged_files = {}
        self.state.staged_key = b""
        self.state.state = layout.STATE_PENDING
        self.persist()
        return b""

    def _generate_key(self, cmd: Incoming) -> bytes:
        self._need_pin()
        if self.state.state != layout.STATE_PENDING:
            raise BadCommand(0x6985)
        key = ec.generate_private_key(ec.SECP256R1())
        self.state.staged_key = key.private_numbers().private_value.to_bytes(32, "big")
        self.persist()
        return tlv(0x7F49, tlv(0x86, public_point(self.state.staged_key)))

    def _commit(self, cmd: Incoming) -> bytes:
        self._need_pin()
        if self.state.state != layout.STATE_PENDING or not self.state.staged_key:
            raise BadCommand(0x6985)
        staged_point = public_point(self.state.staged_key)
        if cmd.data != layout.commit_digest(self.state.staged_files, staged_point):
            raise BadCommand(0x6A80)
        self.state.files = dict(self.state.staged_files)
        self.state.private_key = self.state.staged_key
        self.state.staged_files = {}
        self.state.staged_key = b""
        self.state.state = layout.STATE_ISSUED
        self.persist()
        return b""

    def _internal_authenticate(self, cmd: Incoming) -> bytes:
        if not layout.CHALLENGE_MIN <= len(cmd.data) <= layout.CHALLENGE_MAX:
            raise BadCommand(0x6700)
        if self.state.state != layout.STATE_ISSUED or not self.state.private_key:
            raise BadCommand(0x6985)
        key = ec.derive_private_key(int.from_bytes(self.state.private_key, "big"), ec.SECP256R1())
        return key.sign(layout.AUTH_PREFIX + cmd.data, ec.ECDSA(hashes.SHA256()))

"""Card-side parsing of command APDUs (ISO/IEC 7816-4 §5.1, short and extended cases)."""

from __future__ import annotations

from dataclasses import dataclass


class BadCommand(Exception):
    """The command bytes do not form a valid case 1-4 APDU; the card answers ``sw``."""

    def __init__(self, sw: int) -> None:
        super().__init__(f"{sw:04X}")
        self.sw = sw


@dataclass(frozen=True)
class Incoming:
    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes
    ne: int  # bytes the host accepts back; 0 = none expected
    extended: bool


def parse_command(raw: bytes) -> Incoming:
    """Decode one command APDU, or raise :class:`BadCommand` (6700 wrong length)."""
    n = len(raw)
    if n < 4:
        raise BadCommand(0x6700)
    cla, ins, p1, p2 = raw[0], raw[1], raw[2], raw[3]
    if n == 4:
        return Incoming(cla, ins, p1, p2, b"", 0, False)
    if n == 5:
        return Incoming(cla, ins, p1, p2, b"", raw[4] or 256, False)
    if raw[4] != 0:
        lc = raw[4]
        if n == 5 + lc:
            return Incoming(cla, ins, p1, p2, raw[5 : 5 + lc], 0, False)
        if n == 6 + lc:
            return Incoming(cla, ins, p1, p2, raw[5 : 5 + lc], raw[-1] or 256, False)
        raise BadCommand(0x6700)
    if n == 7:
        return Incoming(cla, ins, p1, p2, b"", int.from_bytes(raw[5:7], "big") or 65536, True)
    lc = int.from_bytes(raw[5:7], "big")
    if lc == 0:
        raise BadCommand(0x6700)
    if n == 7 + lc:
        return Incoming(cla, ins, p1, p2, raw[7 : 7 + lc], 0, True)
    if n == 9 + lc:
        ne = int.from_bytes(raw[-2:], "big") or 65536
        return Incoming(cla, ins, p1, p2, raw[7 : 7 + lc], ne, True)
    raise BadCommand(0x6700)

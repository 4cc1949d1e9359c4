"""The wire to vsmartcard's vpcd: the card is a TCP client of the reader driver.

Framing (vsmartcard's vpcd protocol): every message is a 2-byte big-endian length and a
payload. A 1-byte payload is a control code (0x00 power off, 0x01 power on, 0x02 reset,
0x04 get ATR, answered with the ATR); a longer payload is a command APDU, answered the same
way with the response APDU. pcscd polls the ATR about every 0.5 s, so the loop must keep
answering; closing the socket is how the card is "pulled out".

References
----------
vsmartcard, virtualsmartcard/src/vpcd/vpcd.c and the vicc reference card (F. Morgner).
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from dataclasses import dataclass

from cardio.apdu import Command
from cardio.virtual.apdu_in import BadCommand, parse_command
from cardio.virtual.card import VirtualCard
from cardio.virtual.faults import malicious_answer

POWER_OFF, POWER_ON, RESET, GET_ATR = 0x00, 0x01, 0x02, 0x04


def make_atr(t0: bool) -> bytes:
    """A T=1 ATR announcing chaining and extended lengths, or a plain T=0 one (chaining only).

    Historical bytes (compact-TLV, category 0x80): 0x53 "SWS" issuer data and 0x73 card
    capabilities, whose third byte has bit 8 (command chaining) and bit 7 (extended Lc/Le).
    """
    caps = 0x80 if t0 else 0xC0
    hist = b"\x80" + b"\x53SWS" + bytes((0x73, 0x00, 0x00, caps))
    if t0:
        return bytes((0x3B, len(hist))) + hist
    body = bytes((0x80 | len(hist), 0x80, 0x01)) + hist
    tck = 0
    for byte in body:
        tck ^= byte
    return b"\x3b" + body + bytes((tck,))


class Pulled(Exception):
    """The simulated card leaves the reader (socket closed without another word)."""


@dataclass
class Faults:
    """Fault switches: pull after N written bytes, or behave as a malicious card."""

    pull_after_bytes: int | None = None
    malicious: str | None = None
    written: int = 0


def _recv_exact(sock: socket.socket, n: int) -> bytes | None:
    buf = bytearray()
    while len(buf) < n:
        # vpcd writes the length and the payload separately; without a quick ACK, Nagle on
        # its side waits for our delayed ACK (40 ms) before sending the payload.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
        part = sock.recv(n - len(buf))
        if not part:
            return None
        buf += part
    return bytes(buf)


def connect_to_vpcd(host: str, port: int, timeout_s: float) -> socket.socket:
    """Connect to vpcd, retrying while pcscd (and so vpcd) is still starting."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            sock = socket.create_connection((host, port), timeout=2.0)
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return sock
        except OSError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.2)


def _maybe_pull(card: VirtualCard, faults: Faults, raw: bytes) -> None:
    """Write only the bytes that fit in the budget, then pull the card (power lost mid-write)."""
    if faults.pull_after_bytes is None:
        return
    try:
        cmd = parse_command(raw)
    except BadCommand:
        return
    if cmd.ins != 0xD6:
        return
    budget = faults.pull_after_bytes - faults.written
    if len(cmd.data) <= budget:
        faults.written += len(cmd.data)
        return
    if budget > 0 and not cmd.cla & 0x10:
        part = Command(cmd.cla, cmd.ins, cmd.p1, cmd.p2, cmd.data[:budget], 0, cmd.extended)
        card.process(part.to_bytes())
    raise Pulled()


def serve(
    sock: socket.socket,
    card: VirtualCard,
    atr: bytes,
    faults: Faults,
    on_event: Callable[[str], None] = lambda _e: None,
) -> None:
    """Answer vpcd until it closes the link or the card is pulled."""
    while True:
        head = _recv_exact(sock, 2)
        if head is None:
            return
        payload = _recv_exact(sock, int.from_bytes(head, "big"))
        if payload is None:
            return
        if len(payload) == 1:
            code = payload[0]
            if code in (POWER_OFF, POWER_ON, RESET):
                card.reset()
                on_event({POWER_OFF: "off", POWER_ON: "on", RESET: "reset"}[code])
            elif code == GET_ATR:
                sock.sendall(len(atr).to_bytes(2, "big") + atr)
            continue
        _maybe_pull(card, faults, payload)
        answer = card.process(payload)
        if faults.malicious:
            answer = malicious_answer(faults.malicious, payload, answer)
        sock.sendall(len(answer).to_bytes(2, "big") + answer)

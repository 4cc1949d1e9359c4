"""Faults the virtual card can simulate for tests: a malicious card's answers.

Each mode rewrites the honest answer to one command APDU; the host must turn every one of
them into a clear :class:`cardio.errors.CardError` (or an ``InvalidCredential``), never a crash.
"""

from __future__ import annotations

import os

# No "empty" (zero-length) answer: vpcd 0.8 then blocks pcscd's transmit for good, which
# tests the reader driver, not the host.
MALICIOUS_MODES = ("short", "oversized", "garbage", "endless", "badfci", "badsw")


def malicious_answer(mode: str, command: bytes, honest: bytes) -> bytes:
    """The answer a malicious card of ``mode`` sends instead of ``honest``."""
    ins = command[1] if len(command) > 1 else 0
    if mode == "short":
        return b"\x90"
    if mode == "oversized":
        return b"\x41" * 65533 + b"\x90\x00"
    if mode == "badsw":
        return honest[:-2] + b"\x12\x34"
    if mode == "badfci" and ins == 0xA4:
        return os.urandom(max(len(honest) - 2, 8)) + b"\x90\x00"
    if mode == "garbage" and ins == 0xB0 and len(honest) > 2:
        return os.urandom(len(honest) - 2) + honest[-2:]
    if mode == "endless" and ins in (0xB0, 0xC0, 0x88):
        return os.urandom(255) + b"\x61\xff"
    return honest

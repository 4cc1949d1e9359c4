"""What the virtual card remembers between sessions, saved atomically to a JSON file.

The file stands for the card's EEPROM: it is replaced whole (write a temporary file, then
rename over the old one), so a process killed at any moment leaves either the old or the new
content, never a mix; that is what lets one card travel from the issuing process to the
verifying one.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from cardio.layout import PIN_MAX_TRIES, STATE_BLANK


@dataclass
class CardState:
    """Files, key, PIN counter and life-cycle state of one card (plus the staged copy)."""

    serial: str
    pin: str
    pin_tries_left: int = PIN_MAX_TRIES
    state: int = STATE_BLANK
    files: dict[int, bytes] = field(default_factory=dict)
    private_key: bytes = b""  # P-256 scalar, 32 bytes; empty = no key
    staged_files: dict[int, bytes] = field(default_factory=dict)
    staged_key: bytes = b""

    @classmethod
    def new(cls, pin: str, serial: str | None = None) -> CardState:
        """A blank card straight from the factory, with a random 8-byte serial."""
        return cls(serial=serial or secrets.token_hex(8).upper(), pin=pin)

    def to_json(self) -> str:
        return json.dumps(
            {
                "serial": self.serial,
                "pin": self.pin,
                "pin_tries_left": self.pin_tries_left,
                "state": self.state,
                "files": {f"{k:04X}": v.hex() for k, v in self.files.items()},
                "private_key": self.private_key.hex(),
                "staged_files": {f"{k:04X}": v.hex() for k, v in self.staged_files.items()},
                "staged_key": self.staged_key.hex(),
            },
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> CardState:
        raw = json.loads(text)
        return cls(
            serial=str(raw["serial"]),
            pin=str(raw["pin"]),
            pin_tries_left=int(raw["pin_tries_left"]),
            state=int(raw["state"]),
            files={int(k, 16): bytes.fromhex(v) for k, v in raw["files"].items()},
            private_key=bytes.fromhex(raw["private_key"]),
            staged_files={int(k, 16): bytes.fromhex(v) for k, v in raw["staged_files"].items()},
            staged_key=bytes.fromhex(raw["staged_key"]),
        )

    def save(self, path: Path, fsync: bool = False) -> None:
        """Replace ``path`` atomically (temporary file + rename).

        The rename alone survives the card process being killed at any point (what the tests
        simulate); ``fsync`` also survives the host losing power, at some ms per command.
        """
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as out:
            out.write(self.to_json())
            if fsync:
                out.flush()
                os.fsync(out.fileno())
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> CardState:
        return cls.from_json(path.read_text(encoding="utf-8"))

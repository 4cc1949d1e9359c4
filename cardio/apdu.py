"""Command and response APDUs (ISO/IEC 7816-4 §5) and the status-word table.

A :class:`Command` encodes itself in short or extended form; a :class:`Response` is parsed
strictly (at least SW1 SW2, at most the 65 536 + 2 bytes an extended Le allows), and
:func:`check` maps an error status word to an exception class through :data:`SW_TABLE`,
the way pyscard's error checkers do, instead of a chain of ifs.
"""

from __future__ import annotations

from dataclasses import dataclass

from cardio.errors import (
    CardMemoryError,
    ConditionsError,
    FileNotFoundOnCardError,
    MalformedResponseError,
    NotSupportedError,
    PinBlockedError,
    PinError,
    SecurityStatusError,
    StatusWordError,
    WrongDataError,
    WrongLengthError,
    WrongParametersError,
)

SHORT_MAX = 255
EXTENDED_MAX = 65535
MAX_RESPONSE = 65536 + 2
CLA_CHAINING = 0x10

# ISO 7816-4 interindustry instructions used by the profile, plus its proprietary ones (CLA 80).
INS_SELECT = 0xA4
INS_READ_BINARY = 0xB0
INS_UPDATE_BINARY = 0xD6
INS_VERIFY = 0x20
INS_INTERNAL_AUTHENTICATE = 0x88
INS_GENERATE_KEY = 0x46
INS_GET_RESPONSE = 0xC0
INS_BEGIN = 0xE0
INS_COMMIT = 0xE2


@dataclass(frozen=True)
class Command:
    """A command APDU. ``le`` is Ne (bytes expected; 0 means none, 256/65536 mean "all")."""

    cla: int
    ins: int
    p1: int = 0
    p2: int = 0
    data: bytes = b""
    le: int = 0
    extended: bool = False

    def __post_init__(self) -> None:
        for name in ("cla", "ins", "p1", "p2"):
            value = getattr(self, name)
            if not 0 <= value <= 0xFF:
                raise ValueError(f"{name} must be one byte, got {value}")
        if len(self.data) > EXTENDED_MAX:
            raise ValueError(f"command data of {len(self.data)} bytes exceeds 65535")
        if not 0 <= self.le <= 65536:
            raise ValueError(f"Le of {self.le} is out of range")

    @property
    def is_extended(self) -> bool:
        """True when the command needs (or asked for) the extended length form."""
        return self.extended or len(self.data) > SHORT_MAX or self.le > 256

    def to_bytes(self) -> bytes:
        """Encode as case 1, 2, 3 or 4, short or extended (ISO/IEC 7816-4 §5.1)."""
        header = bytes((self.cla, self.ins, self.p1, self.p2))
        if not self.is_extended:
            body = bytes((len(self.data),)) + self.data if self.data else b""
            if self.le:
                body += bytes((self.le % 256,))
            return header + body
        body = b""
        if self.data:
            body = b"\x00" + len(self.data).to_bytes(2, "big") + self.data
        if self.le:
            le = (self.le % 65536).to_bytes(2, "big")
            body += le if self.data else b"\x00" + le
        return header + body

    def with_le(self, le: int) -> Command:
        """The same command asking for exactly ``le`` bytes (re-issue after 6Cxx)."""
        return Command(self.cla, self.ins, self.p1, self.p2, self.data, le, self.extended)

    def chained(self, chunk: int = SHORT_MAX) -> list[Command]:
        """Split a long data field into short commands linked by the CLA chaining bit (§5.3)."""
        if len(self.data) <= chunk:
            return [self]
        parts = [self.data[i : i + chunk] for i in range(0, len(self.data), chunk)]
        out = [
            Command(self.cla | CLA_CHAINING, self.ins, self.p1, self.p2, part)
            for part in parts[:-1]
        ]
        out.append(Command(self.cla, self.ins, self.p1, self.p2, parts[-1], min(self.le, 256)))
        return out


@dataclass(frozen=True)
class Response:
    """A response APDU: data then SW1 SW2."""

    data: bytes
    sw1: int
    sw2: int

    @property
    def sw(self) -> int:
        return (self.sw1 << 8) | self.sw2

    @classmethod
    def parse(cls, raw: bytes | bytearray | list[int], limit: int = MAX_RESPONSE) -> Response:
        """Parse raw bytes from the reader; anything but 2..limit bytes is malformed."""
        try:
            buf = bytes(raw)
        except (TypeError, ValueError) as exc:
            raise MalformedResponseError(f"card response is not bytes: {exc}") from None
        if len(buf) < 2:
            raise MalformedResponseError(f"card response of {len(buf)} byte(s) has no status word")
        if len(buf) > limit:
            raise MalformedResponseError(
                f"card response of {len(buf)} bytes exceeds the {limit} expected"
            )
        return cls(buf[:-2], buf[-2], buf[-1])


def _pin(sw: int) -> StatusWordError:
    tries = sw & 0x0F
    return PinError(f"wrong PIN, {tries} tries left before the card locks", sw, tries)


# SW1 SW2 -> (exception class, message). SW1-only entries use SW2 = None.
SW_TABLE: dict[tuple[int, int | None], tuple[type[StatusWordError], str]] = {
    (0x62, None): (StatusWordError, "warning: state of non-volatile memory unchanged"),
    (0x65, 0x81): (CardMemoryError, "memory failure on the card"),
    (0x67, 0x00): (WrongLengthError, "wrong length"),
    (0x69, 0x82): (SecurityStatusError, "the issuer PIN must be verified first"),
    (0x69, 0x83): (PinBlockedError, "the issuer PIN is blocked"),
    (0x69, 0x84): (ConditionsError, "the referenced data is not usable"),
    (0x69, 0x85): (ConditionsError, "conditions of use not satisfied"),
    (0x69, 0x86): (ConditionsError, "command not allowed: no current file"),
    (0x69, 0x88): (WrongDataError, "secure messaging data objects are incorrect"),
    (0x6A, 0x80): (WrongDataError, "incorrect data field"),
    (0x6A, 0x82): (FileNotFoundOnCardError, "file or application not found"),
    (0x6A, 0x84): (CardMemoryError, "not enough memory space in the file"),
    (0x6A, 0x86): (WrongParametersError, "incorrect parameters P1-P2"),
    (0x6A, 0x87): (WrongParametersError, "Lc inconsistent with P1-P2"),
    (0x6B, 0x00): (WrongParametersError, "offset outside the file"),
    (0x6D, 0x00): (NotSupportedError, "instruction not supported"),
    (0x6E, 0x00): (NotSupportedError, "class not supported"),
    (0x6F, 0x00): (StatusWordError, "the card reported an internal error"),
}


def check(response: Response) -> Response:
    """Return ``response`` if SW is 9000; otherwise raise the exception the table names."""
    sw = response.sw
    if sw == 0x9000:
        return response
    if response.sw1 == 0x63 and response.sw2 & 0xF0 == 0xC0:
        raise _pin(sw)
    if response.sw1 == 0x6C:
        raise WrongLengthError(
            f"wrong Le, the card has {response.sw2 or 256} bytes (status {sw:04X})", sw
        )
    entry = SW_TABLE.get((response.sw1, response.sw2)) or SW_TABLE.get((response.sw1, None))
    if entry is None:
        raise StatusWordError(f"the card refused the command (status {sw:04X})", sw)
    cls, message = entry
    raise cls(f"{message} (status {sw:04X})", sw)

"""PC/SC transport over pyscard: readers, insert/remove events, connect, transmit.

:meth:`Channel.transmit` is a template method (as in pyscard's ``CardConnection``): observers
see each command and response, the raw exchange goes through ``SCardTransmit``, T=0 details
are handled (61xx -> GET RESPONSE, 6Cxx -> re-issue with the right Le), and the status word is
checked through :data:`cardio.apdu.SW_TABLE`. :meth:`Channel.send` adds command chaining or the
extended length form for large data fields, chosen from the card capabilities in the ATR.

References
----------
ISO/IEC 7816-3 (ATR), ISO/IEC 7816-4 §5 (APDUs, chaining, GET RESPONSE), PC/SC part 5.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

from smartcard import scard

from cardio.apdu import INS_GET_RESPONSE, INS_VERIFY, MAX_RESPONSE, Command, Response, check
from cardio.errors import MalformedResponseError, NoCardError, ReaderError

log = logging.getLogger("cardio.apdu")

_NO_CARD = {
    scard.SCARD_W_REMOVED_CARD,
    scard.SCARD_E_NO_SMARTCARD,
    scard.SCARD_W_UNPOWERED_CARD,
    scard.SCARD_W_UNRESPONSIVE_CARD,
    scard.SCARD_E_NOT_TRANSACTED,
    scard.SCARD_W_RESET_CARD,
}
_MAX_GET_RESPONSE = 300  # 300 x 256 bytes > any legal response; beyond that the card loops


def _ok(hresult: int, what: str) -> None:
    if hresult == scard.SCARD_S_SUCCESS:
        return
    message = f"{what}: {scard.SCardGetErrorMessage(hresult).strip()}"
    if hresult in _NO_CARD:
        raise NoCardError(f"the card was removed or does not answer ({message})")
    raise ReaderError(message)


class ApduObserver(Protocol):
    """Sees every exchange; used for tracing, counting and tests."""

    def on_command(self, command: bytes) -> None: ...

    def on_response(self, response: bytes) -> None: ...


@dataclass
class ApduCounter:
    """Counts exchanges on the wire (GET RESPONSE and chained parts included)."""

    commands: int = 0
    bytes_out: int = 0
    bytes_in: int = 0

    def on_command(self, command: bytes) -> None:
        self.commands += 1
        self.bytes_out += len(command)

    def on_response(self, response: bytes) -> None:
        self.bytes_in += len(response)


@dataclass
class ApduTrace:
    """Logs each APDU at DEBUG on ``cardio.apdu``: headers, lengths and status words.

    Data fields are not logged unless ``show_data`` (they hold templates and personal data),
    and the data of VERIFY (the PIN) is never shown.
    """

    show_data: bool = False
    lines: list[str] = field(default_factory=list)

    def on_command(self, command: bytes) -> None:
        head = command[:4].hex(" ").upper()
        body = command[4:]
        shown = ""
        if self.show_data and body and command[1] != INS_VERIFY:
            shown = " " + body.hex().upper()
        self._emit(f"> {head} +{len(body)}B{shown}")

    def on_response(self, response: bytes) -> None:
        data, sw = response[:-2], response[-2:]
        shown = " " + data.hex().upper() if self.show_data and data else ""
        self._emit(f"< {sw.hex().upper()} {len(data)}B{shown}")

    def _emit(self, line: str) -> None:
        self.lines.append(line)
        log.debug("%s", line)


@dataclass(frozen=True)
class AtrInfo:
    """What the ATR tells the host: protocols and the card's length capabilities."""

    atr: bytes
    extended_length: bool
    chaining: bool

    @classmethod
    def parse(cls, atr: bytes) -> AtrInfo:
        """Read the card capabilities (compact-TLV tag 7x, 3rd byte) from historical bytes."""
        hist = _historical_bytes(atr)
        extended = chaining = False
        if hist[:1] == b"\x80":
            i = 1
            while i < len(hist):
                tag, length = hist[i] >> 4, hist[i] & 0x0F
                value = hist[i + 1 : i + 1 + length]
                if tag == 0x7 and len(value) >= 3:
                    chaining = bool(value[2] & 0x80)
                    extended = bool(value[2] & 0x40)
                i += 1 + length
        return cls(atr, extended, chaining)


def _historical_bytes(atr: bytes) -> bytes:
    if len(atr) < 2:
        return b""
    k = atr[1] & 0x0F
    y, i = atr[1] >> 4, 2
    while True:
        i += bin(y & 0x7).count("1")
        if y & 0x8:
            if i >= len(atr):
                return b""
            y = atr[i] >> 4
            i += 1
            continue
        break
    return atr[i : i + k]


class Channel:
    """A connection to one card in one reader.

    Use :func:`connect` to open one. ``observers`` receive raw bytes of every exchange.
    """

    def __init__(self, context: int, handle: int, protocol: int, atr: bytes, reader: str) -> None:
        self._context = context
        self._handle = handle
        self._protocol = protocol
        self.reader = reader
        self.atr = AtrInfo.parse(atr)
        self.observers: list[ApduObserver] = []

    @property
    def t0(self) -> bool:
        return self._protocol == scard.SCARD_PROTOCOL_T0

    # -- template method ------------------------------------------------------------------
    def transmit(self, command: Command) -> Response:
        """Send one command, follow 61xx/6Cxx, and return the checked response."""
        response = self._exchange(command.to_bytes())
        if response.sw1 == 0x6C:
            response = self._exchange(command.with_le(response.sw2 or 256).to_bytes())
        if response.sw1 == 0x61:
            response = self._get_responses(command.cla, response)
        return check(response)

    def send(self, command: Command) -> Response:
        """Like :meth:`transmit`, for data fields of any length (extended form or chaining)."""
        if len(command.data) <= 255 and command.le <= 256:
            return self.transmit(command)
        if self.atr.extended_length and not self.t0:
            return self.transmit(command)
        if command.le > 256:
            command = command.with_le(256)
        response = Response(b"", 0x90, 0x00)
        for part in command.chained():
            response = self.transmit(part)
        return response

    def _get_responses(self, cla: int, first: Response) -> Response:
        data = bytearray(first.data)
        response = first
        for _ in range(_MAX_GET_RESPONSE):
            if response.sw1 != 0x61:
                return Response(bytes(data), response.sw1, response.sw2)
            get = Command(cla & 0x03, INS_GET_RESPONSE, 0, 0, b"", response.sw2 or 256)
            response = self._exchange(get.to_bytes())
            data += response.data
            if len(data) > MAX_RESPONSE:
                raise MalformedResponseError("the card sent more than 64 KiB through GET RESPONSE")
        raise MalformedResponseError("the card never ended its GET RESPONSE chain")

    def _exchange(self, raw: bytes) -> Response:
        for observer in self.observers:
            observer.on_command(raw)
        hresult, answer = scard.SCardTransmit(self._handle, self._protocol, list(raw))
        _ok(hresult, "transmit")
        if not answer:  # vpcd (and some readers) report a card that went away as no bytes
            raise NoCardError("the card stopped answering: was it taken out?")
        response = Response.parse(answer)
        buf = bytes(answer)
        for observer in self.observers:
            observer.on_response(buf)
        return response

    # -- life cycle -------------------------------------------------------------------------
    def close(self) -> None:
        """Disconnect (leaving the card powered) and release the PC/SC context."""
        if self._handle:
            scard.SCardDisconnect(self._handle, scard.SCARD_LEAVE_CARD)
            self._handle = 0
        if self._context:
            scard.SCardReleaseContext(self._context)
            self._context = 0

    def __enter__(self) -> Channel:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _context() -> int:
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        # said as the clerk can act on it; PC/SC's own words ("Service not available.")
        # only repeated the first half
        detail = scard.SCardGetErrorMessage(hresult).strip().rstrip(".")
        raise ReaderError(
            "the smart-card service (pcscd) is not running, so no card reader can be used: "
            f"start it (systemctl start pcscd) or ask the office's IT contact (PC/SC: {detail})"
        )
    return int(context)


def list_readers() -> list[str]:
    """Names of the PC/SC readers present (empty when there are none)."""
    context = _context()
    try:
        hresult, readers = scard.SCardListReaders(context, [])
        if hresult == scard.SCARD_E_NO_READERS_AVAILABLE:
            return []
        _ok(hresult, "list readers")
        return list(readers)
    finally:
        scard.SCardReleaseContext(context)


def find_reader(name: str | None = None) -> str:
    """The reader whose name contains ``name`` (the first reader when None)."""
    readers = list_readers()
    matches = [r for r in readers if name is None or name in r]
    if not matches:
        wanted = f"matching {name!r} " if name else ""
        raise ReaderError(f"no card reader {wanted}found (readers: {readers or 'none'})")
    return matches[0]


def connect(reader: str | None = None, timeout_s: float = 3.0) -> Channel:
    """Connect (shared, T=0 or T=1) to the card in ``reader`` (a name or part of one).

    Waits up to ``timeout_s`` for a card: one being inserted, or one pcscd is still powering
    up (pcscd 1.9 answers "no smart card" for a moment after an insertion).
    """
    name = find_reader(reader)
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return _connect_once(name)
        except NoCardError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def _connect_once(name: str) -> Channel:
    context = _context()
    try:
        hresult, handle, protocol = scard.SCardConnect(
            context,
            name,
            scard.SCARD_SHARE_SHARED,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
        )
        _ok(hresult, f"connect to {name}")
        hresult, _reader, _state, _proto, atr = scard.SCardStatus(handle)
        _ok(hresult, "card status")
    except Exception:
        scard.SCardReleaseContext(context)
        raise
    return Channel(context, handle, protocol, bytes(atr), name)


@contextmanager
def session(
    reader: str | None = None, observers: list[Any] | None = None, timeout_s: float = 3.0
) -> Iterator[Channel]:
    """``with session(reader) as channel:`` connect, attach observers, always disconnect."""
    channel = connect(reader, timeout_s)
    channel.observers.extend(observers or [])
    try:
        yield channel
    finally:
        channel.close()


@dataclass(frozen=True)
class CardEvent:
    """A change seen on a reader: ``present`` True when a card arrived, False when it left."""

    reader: str
    present: bool
    atr: bytes


class CardEvents:
    """Insert/remove events by ``SCardGetStatusChange`` (blocking with a timeout, no thread).

    A GUI runs :meth:`wait` in a worker thread; tests call :meth:`wait_present` directly.
    """

    def __init__(self, reader: str | None = None) -> None:
        self.reader = find_reader(reader)
        self._context = _context()
        self._state = scard.SCARD_STATE_UNAWARE
        self._present = False
        self.wait(0)  # learn the current state, so the first event is a real change

    def wait(self, timeout_s: float) -> CardEvent | None:
        """The next insert or remove event, or None after ``timeout_s`` without one."""
        hresult, states = scard.SCardGetStatusChange(
            self._context, int(timeout_s * 1000), [(self.reader, self._state)]
        )
        if hresult == scard.SCARD_E_TIMEOUT:
            return None
        _ok(hresult, "wait for a card")
        _name, event_state, atr = states[0]
        self._state = event_state & ~scard.SCARD_STATE_CHANGED
        present = bool(event_state & scard.SCARD_STATE_PRESENT) and not bool(
            event_state & scard.SCARD_STATE_MUTE
        )
        if present == self._present:
            return None
        self._present = present
        return CardEvent(self.reader, present, bytes(atr))

    def wait_present(self, timeout_s: float, present: bool = True) -> bool:
        """Block until a card is (or is no longer) in the reader; False on timeout."""
        deadline = time.monotonic() + timeout_s
        while True:
            if self._present == present:
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self.wait(min(left, 0.5))

    def close(self) -> None:
        if self._context:
            scard.SCardReleaseContext(self._context)
            self._context = 0

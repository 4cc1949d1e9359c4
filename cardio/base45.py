"""Base45 (RFC 9285) and the QR form of a credential: base45(zlib(credential)).

Base45 packs two bytes into three characters of the QR alphanumeric set, which QR codes
store at 5.5 bits per character; MOSIP's Claim 169 QR and the EU DCC use the same form.

References
----------
RFC 9285, "The Base45 Data Encoding", 2022.
"""

from __future__ import annotations

import zlib

from cardio.errors import EncodingError

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
QR_MAX_INFLATED = 64 * 1024


def b45encode(data: bytes) -> str:
    """Encode bytes: each pair (a, b) -> n = a*256 + b as c + d*45 + e*45², written c d e."""
    out = []
    for i in range(0, len(data) - 1, 2):
        n = data[i] * 256 + data[i + 1]
        e, rest = divmod(n, 45 * 45)
        d, c = divmod(rest, 45)
        out.append(ALPHABET[c] + ALPHABET[d] + ALPHABET[e])
    if len(data) % 2:
        d, c = divmod(data[-1], 45)
        out.append(ALPHABET[c] + ALPHABET[d])
    return "".join(out)


def b45decode(text: str) -> bytes:
    """Decode base45, rejecting foreign characters, a dangling character and overflows."""
    try:
        values = [_VALUE[c] for c in text]
    except KeyError as exc:
        raise EncodingError(f"{exc.args[0]!r} is not a base45 character") from None
    if len(values) % 3 == 1:
        raise EncodingError("base45 text has a dangling character")
    out = bytearray()
    for i in range(0, len(values), 3):
        chunk = values[i : i + 3]
        if len(chunk) == 3:
            n = chunk[0] + chunk[1] * 45 + chunk[2] * 45 * 45
            if n > 0xFFFF:
                raise EncodingError("base45 triple encodes more than two bytes")
            out += n.to_bytes(2, "big")
        else:
            n = chunk[0] + chunk[1] * 45
            if n > 0xFF:
                raise EncodingError("base45 pair encodes more than one byte")
            out.append(n)
    return bytes(out)


def to_qr_text(credential: bytes) -> str:
    """The text to put in a QR code (alphanumeric mode) for a credential."""
    return b45encode(zlib.compress(credential, 9))


def from_qr_text(text: str) -> bytes:
    """The credential bytes from a scanned QR text (bounded inflation: no zip bomb)."""
    packed = b45decode(text.strip())
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(packed, QR_MAX_INFLATED)
    except zlib.error as exc:
        raise EncodingError(f"QR payload is not zlib data: {exc}") from None
    if inflater.unconsumed_tail:
        raise EncodingError("QR payload inflates beyond 64 KiB")
    if not inflater.eof:
        raise EncodingError("QR payload is a truncated zlib stream")
    return out

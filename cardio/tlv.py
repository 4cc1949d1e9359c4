"""A strict BER-TLV reader for the few structures the card returns (FCI, FCP, 7F49).

Every length is checked against the bytes actually present, so a malicious card cannot make
the host read past a buffer or loop: it gets a :class:`MalformedResponseError` instead.
"""

from __future__ import annotations

from cardio.errors import MalformedResponseError


def parse(buf: bytes) -> dict[int, bytes]:
    """Top-level TLVs of ``buf`` as {tag: value}; a repeated tag keeps the first."""
    out: dict[int, bytes] = {}
    i = 0
    while i < len(buf):
        tag, i = _tag(buf, i)
        length, i = _length(buf, i)
        if i + length > len(buf):
            raise MalformedResponseError(
                f"TLV {tag:X} claims {length} bytes, only {len(buf) - i} present"
            )
        out.setdefault(tag, buf[i : i + length])
        i += length
    return out


def _tag(buf: bytes, i: int) -> tuple[int, int]:
    tag = buf[i]
    i += 1
    if tag & 0x1F == 0x1F:
        if i >= len(buf):
            raise MalformedResponseError("TLV tag is cut short")
        tag = (tag << 8) | buf[i]
        i += 1
        if tag & 0x80:
            raise MalformedResponseError("TLV tags longer than two bytes are not used here")
    return tag, i


def _length(buf: bytes, i: int) -> tuple[int, int]:
    if i >= len(buf):
        raise MalformedResponseError("TLV length is missing")
    first = buf[i]
    i += 1
    if first < 0x80:
        return first, i
    count = first & 0x7F
    if count == 0 or count > 2 or i + count > len(buf):
        raise MalformedResponseError(f"TLV length form {first:02X} is invalid here")
    return int.from_bytes(buf[i : i + count], "big"), i + count


def require(tlvs: dict[int, bytes], tag: int, what: str, size: int | None = None) -> bytes:
    """The value of ``tag``, or a clear error naming ``what`` is missing or mis-sized."""
    value = tlvs.get(tag)
    if value is None:
        raise MalformedResponseError(f"the card's answer lacks {what} (tag {tag:X})")
    if size is not None and len(value) != size:
        raise MalformedResponseError(f"{what} has {len(value)} bytes, expected {size}")
    return value

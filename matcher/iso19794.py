"""ISO/IEC 19794-2:2005 byte forms of a :class:`~matcher.template.Template`.

Three encodings:

* the finger minutiae record (off-card), one finger view::

    record header, 24 bytes, big-endian
      0  4  format identifier   "FMR\\0"
      4  4  version             " 20\\0"
      8  4  record length       whole record in bytes
     12  2  capture equipment   4 bits certification flags, 12 bits device type id (0 = unknown)
     14  2  image width (px)    16 2 image height (px)
     18  2  x resolution        20 2 y resolution, both in pixels per centimetre
     22  1  finger views        23 1 reserved (0)
    finger view header, 4 bytes
      finger position (0-10), view number (high nibble) | impression type (low nibble),
      finger quality (0-100), minutiae count
    minutia, 6 bytes each
      2  type (top 2 bits: 01 ending, 10 bifurcation, 00 other) | x (14 bits)
      2  reserved (top 2 bits, 0) | y (14 bits)
      1  angle in units of 360/256 = 1.40625 degrees, counter-clockwise from the x axis
      1  minutia quality 0-100 (0 = not reported)
    extended data block length, 2 bytes (0: none; otherwise the block is skipped on reading)

* the compact card format ("card compact size"), 3 bytes per minutia, no header (the card's
  biometric information template carries the rest): x and y in units of 0.1 mm (one byte
  each, so at most 25.5 mm), then type (top 2 bits) | angle in units of 360/64 = 5.625
  degrees (low 6 bits). At most :data:`COMPACT_CAP` minutiae, the most reliable ones, sorted
  by ascending x then y. Minutiae beyond 25.5 mm of the origin are not representable and
  are left out.

* the variant that ``nbis-py`` 0.1.3 reads and writes: a 22-byte header (no finger-view count
  and reserved byte), resolution fields 0, then one view header and the minutiae, without the
  extended-data length. Kept apart so that conforming records are never guessed at.

References
----------
ISO/IEC 19794-2:2005 Information technology - Biometric data interchange formats - Part 2:
Finger minutiae data (and Cor.1:2009). R. Važan, "ISO 19794-2:2005 format summary",
templates.machinezoo.com (a CC BY summary written from the standard).
"""

from __future__ import annotations

import math
import struct

import numpy as np

from matcher.errors import InvalidTemplate
from matcher.template import MAX_MINUTIAE, TWO_PI, Template

MAGIC = b"FMR\x00"
VERSION = b" 20\x00"
HEADER = struct.Struct(">4s4sIHHHHHBB")  # 24 bytes
NBIS_HEADER = struct.Struct(">4s4sIHHHHH")  # 22 bytes
VIEW = struct.Struct(">BBBB")
MINUTIA = struct.Struct(">HHBB")
COMPACT_CAP = 60  # 180 bytes: fits one card file read (<= 256 bytes) with room for a header
CM_PER_INCH = 2.54
ANGLE_UNITS = 256
COMPACT_ANGLE_UNITS = 64
COMPACT_UNIT_MM = 0.1


def _ppcm(dpi: int) -> int:
    return round(dpi / CM_PER_INCH)


def _dpi(ppcm: int) -> int:
    """Pixels per centimetre back to dpi; snaps to a round figure (1000, not 1001) when the
    1 px/cm granularity of the record is the only difference."""
    dpi = ppcm * CM_PER_INCH
    nearest_ten = round(dpi / 10) * 10
    return nearest_ten if abs(dpi - nearest_ten) < CM_PER_INCH / 2 else round(dpi)


def _minutiae_bytes(t: Template) -> bytes:
    out = bytearray()
    for x, y, a, k, r in t.minutiae.tolist():
        xi, yi = min(round(x), t.width - 1), min(round(y), t.height - 1)
        angle = round(a / TWO_PI * ANGLE_UNITS) % ANGLE_UNITS
        out += MINUTIA.pack((int(k) << 14) | xi, yi, angle, round(r * 100))
    return bytes(out)


def _parse_minutiae(data: bytes, offset: int, count: int) -> np.ndarray:
    end = offset + MINUTIA.size * count
    if len(data) < end:
        raise InvalidTemplate(f"the record ends before its {count} minutiae")
    rows = np.zeros((count, 5), dtype=np.float32)
    for i in range(count):
        xt, yr, angle, quality = MINUTIA.unpack_from(data, offset + i * MINUTIA.size)
        kind = xt >> 14
        if kind == 3:
            raise InvalidTemplate(f"minutia {i} has the reserved type code 11")
        if quality > 100:
            raise InvalidTemplate(f"minutia {i} has quality {quality}, above 100")
        theta = angle * TWO_PI / ANGLE_UNITS
        rows[i] = (xt & 0x3FFF, yr & 0x3FFF, theta, kind, quality / 100.0)
    return rows


def _build(rows: np.ndarray, width: int, height: int, dpi: int, quality: int) -> Template:
    try:
        return Template(rows, width, height, dpi, quality).validate()
    except (TypeError, ValueError) as exc:  # defensive: nothing but InvalidTemplate leaves
        raise InvalidTemplate(f"the record does not describe a valid template ({exc})") from exc


def encode_record(t: Template, *, finger_position: int = 0) -> bytes:
    """ISO/IEC 19794-2:2005 finger minutiae record, one view, no extended data."""
    t.validate()
    if not 0 <= finger_position <= 10:
        raise InvalidTemplate(f"finger position {finger_position} is outside 0..10")
    body = VIEW.pack(finger_position, 0, t.quality, len(t)) + _minutiae_bytes(t) + b"\x00\x00"
    length = HEADER.size + len(body)
    ppcm = _ppcm(t.dpi)
    header = HEADER.pack(MAGIC, VERSION, length, 0, t.width, t.height, ppcm, ppcm, 1, 0)
    return header + body


def decode_record(data: bytes) -> Template:
    """Decode a conforming record; the first finger view is returned, validated."""
    data = bytes(data)
    if len(data) < HEADER.size + VIEW.size + 2:
        raise InvalidTemplate(f"{len(data)} bytes is too short for an ISO/IEC 19794-2 record")
    magic, version, length, _equipment, width, height, xres, yres, views, _ = HEADER.unpack_from(
        data
    )
    if magic != MAGIC:
        raise InvalidTemplate("the record does not start with the format identifier 'FMR'")
    if version != VERSION:
        raise InvalidTemplate(f"record version {version!r} is not ' 20' (ISO/IEC 19794-2:2005)")
    if length != len(data):
        raise InvalidTemplate(f"the record says it is {length} bytes long but has {len(data)}")
    if views < 1:
        raise InvalidTemplate("the record holds no finger view")
    if xres == 0 or xres != yres:
        raise InvalidTemplate(f"resolution {xres}x{yres} px/cm is missing or not square")
    _position, _view, quality, count = VIEW.unpack_from(data, HEADER.size)
    offset = HEADER.size + VIEW.size
    rows = _parse_minutiae(data, offset, count)
    offset += MINUTIA.size * count
    if len(data) < offset + 2:
        raise InvalidTemplate("the record ends before the extended data length")
    (extended,) = struct.unpack_from(">H", data, offset)
    if views == 1 and offset + 2 + extended != len(data):
        raise InvalidTemplate("the extended data length does not match the record length")
    return _build(rows, width, height, _dpi(xres), quality)


def encode_nbis(t: Template) -> bytes:
    """The ``nbis-py`` 0.1.3 variant: 22-byte header, resolution 0, no extended-data length."""
    t.validate()
    body = VIEW.pack(0, 0, t.quality, len(t)) + _minutiae_bytes(t)
    length = NBIS_HEADER.size + len(body)
    return NBIS_HEADER.pack(MAGIC, VERSION, length, 0, t.width, t.height, 0, 0) + body


def decode_nbis(data: bytes, *, dpi: int = 500) -> Template:
    """Read the ``nbis-py`` 0.1.3 variant; its resolution is 0, so ``dpi`` is given."""
    data = bytes(data)
    if len(data) < NBIS_HEADER.size + VIEW.size:
        raise InvalidTemplate(f"{len(data)} bytes is too short for an nbis-py minutiae record")
    magic, version, length, _eq, width, height, _xr, _yr = NBIS_HEADER.unpack_from(data)
    if magic != MAGIC or version != VERSION:
        raise InvalidTemplate("the record does not start with 'FMR' version ' 20'")
    if length != len(data):
        raise InvalidTemplate(f"the record says it is {length} bytes long but has {len(data)}")
    _position, _view, quality, count = VIEW.unpack_from(data, NBIS_HEADER.size)
    offset = NBIS_HEADER.size + VIEW.size
    if offset + MINUTIA.size * count != len(data):
        raise InvalidTemplate("the record length does not match its minutiae count")
    rows = _parse_minutiae(data, offset, count)
    return _build(rows, width, height, dpi, min(quality, 100))


def encode_compact(t: Template, *, cap: int | None = None) -> bytes:
    """Compact card format: the ``cap`` most reliable representable minutiae, 3 bytes each."""
    t.validate()
    cap = COMPACT_CAP if cap is None else cap
    if not 0 <= cap <= MAX_MINUTIAE:
        raise InvalidTemplate(f"compact cap {cap} is outside 0..{MAX_MINUTIAE}")
    unit_px = t.dpi / 25.4 * COMPACT_UNIT_MM
    m = t.minutiae
    xu = np.rint(m[:, 0] / unit_px).astype(np.int64)
    yu = np.rint(m[:, 1] / unit_px).astype(np.int64)
    keep = np.flatnonzero((xu <= 255) & (yu <= 255))
    keep = keep[np.argsort(-m[keep, 4], kind="stable")][:cap]
    keep = keep[np.lexsort((yu[keep], xu[keep]))]
    out = bytearray()
    for i in keep.tolist():
        angle = round(float(m[i, 2]) / TWO_PI * COMPACT_ANGLE_UNITS) % COMPACT_ANGLE_UNITS
        out += bytes((int(xu[i]), int(yu[i]), (int(m[i, 3]) << 6) | angle))
    return bytes(out)


def decode_compact(
    data: bytes, *, width: int | None = None, height: int | None = None, dpi: int = 500
) -> Template:
    """Decode compact card minutiae. Reliability is not stored on the card: it reads as 1.

    Without ``width``/``height`` the template spans the format's whole 25.6 mm square.
    """
    data = bytes(data)
    if len(data) % 3:
        raise InvalidTemplate(f"{len(data)} bytes is not a whole number of 3-byte minutiae")
    if len(data) // 3 > MAX_MINUTIAE:
        raise InvalidTemplate(f"{len(data) // 3} minutiae exceed the maximum of {MAX_MINUTIAE}")
    if not isinstance(dpi, int) or dpi <= 0:
        raise InvalidTemplate(f"resolution {dpi} dpi is not a positive integer")
    unit_px = dpi / 25.4 * COMPACT_UNIT_MM
    side = math.ceil(256 * unit_px)
    raw = np.frombuffer(data, dtype=np.uint8).reshape(-1, 3).astype(np.int64)
    kinds = raw[:, 2] >> 6
    if (kinds == 3).any():
        raise InvalidTemplate("a compact minutia has the reserved type code 11")
    rows = np.empty((raw.shape[0], 5), dtype=np.float32)
    rows[:, 0] = raw[:, 0] * unit_px
    rows[:, 1] = raw[:, 1] * unit_px
    rows[:, 2] = (raw[:, 2] & 0x3F) * (TWO_PI / COMPACT_ANGLE_UNITS)
    rows[:, 3] = kinds
    rows[:, 4] = 1.0
    w = side if width is None else width
    h = side if height is None else height
    if raw.shape[0] and (rows[:, 0].max() >= w or rows[:, 1].max() >= h):
        raise InvalidTemplate(f"a compact minutia lies outside the stated {w}x{h} image")
    return _build(rows, w, h, dpi, 0)

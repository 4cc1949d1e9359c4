"""Finger names for the station's services: the capture package's ISO/IEC 19794-2 positions,
with its error turned into the station's own (so the CLI and GUI see one hierarchy)."""

from __future__ import annotations

from station.capture.base import Finger
from station.capture.base import UnknownFinger as _CaptureUnknownFinger
from station.errors import UnknownFinger

__all__ = ["Finger", "parse_finger"]


def parse_finger(text: str | int | Finger) -> Finger:
    """A :class:`Finger` from ``right-index``, ``RIGHT_INDEX``, ``2`` or a Finger."""
    if isinstance(text, Finger):
        return text
    try:
        return Finger.parse(text)
    except _CaptureUnknownFinger:
        raise UnknownFinger(str(text)) from None

"""The Scanner interface: anything that turns "capture this finger" into a grey-scale image.

Three kinds of scanner implement it: libfprint devices (:mod:`station.capture.libfprint`),
image files and folders (:mod:`station.capture.files`) and the demo generator
(:mod:`station.capture.demo`). The station's views only ever see this interface, so a clerk's
workflow is the same whichever device is on the counter.

Finger positions are the ISO/IEC 19794-2:2005 codes (1 right thumb ... 10 left little), named
the way the ``sws`` command spells them (``right-index``).

No Qt here: the capture package is shared with the headless ``sws`` command.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from enum import IntEnum
from typing import Protocol, runtime_checkable

import numpy as np
from numpy.typing import NDArray

from station.errors import StationError, UnknownFinger


class Finger(IntEnum):
    """Finger position codes of ISO/IEC 19794-2:2005, table 2."""

    RIGHT_THUMB = 1
    RIGHT_INDEX = 2
    RIGHT_MIDDLE = 3
    RIGHT_RING = 4
    RIGHT_LITTLE = 5
    LEFT_THUMB = 6
    LEFT_INDEX = 7
    LEFT_MIDDLE = 8
    LEFT_RING = 9
    LEFT_LITTLE = 10

    @property
    def slug(self) -> str:
        """The command-line spelling, e.g. ``right-index``."""
        return self.name.lower().replace("_", "-")

    @property
    def label(self) -> str:
        """A plain English label, e.g. ``Right index``."""
        return self.name.replace("_", " ").capitalize()

    @classmethod
    def parse(cls, text: str | int) -> Finger:
        """A finger from its slug (``right-index``), enum name or ISO code.

        Raises
        ------
        station.errors.UnknownFinger
            When ``text`` names no finger.
        """
        if isinstance(text, int) or (isinstance(text, str) and text.strip().isdigit()):
            try:
                return cls(int(text))
            except ValueError:
                raise UnknownFinger(str(text)) from None
        key = str(text).strip().upper().replace("-", "_").replace(" ", "_")
        try:
            return cls[key]
        except KeyError:
            raise UnknownFinger(str(text)) from None


#: The order in which a clerk is asked for fingers: the two index fingers and thumbs first,
#: because those are what hospitals verify and what dedup relies on most.
CAPTURE_ORDER: tuple[Finger, ...] = (
    Finger.RIGHT_INDEX,
    Finger.LEFT_INDEX,
    Finger.RIGHT_THUMB,
    Finger.LEFT_THUMB,
    Finger.RIGHT_MIDDLE,
    Finger.LEFT_MIDDLE,
    Finger.RIGHT_RING,
    Finger.LEFT_RING,
    Finger.RIGHT_LITTLE,
    Finger.LEFT_LITTLE,
)


class ScannerError(StationError):
    """Base of everything a scanner raises; the message is one plain sentence for the clerk."""


class ScannerUnavailable(ScannerError):
    """The device is not connected, not readable or already in use."""

    def __init__(self, scanner: str, reason: str) -> None:
        self.scanner = scanner
        self.reason = reason
        super().__init__(f"scanner {scanner!r} is not available: {reason}")


class CaptureFailed(ScannerError):
    """A capture was attempted but produced no usable image (bad file, swipe error, timeout)."""

    def __init__(self, finger: Finger, reason: str) -> None:
        self.finger = finger
        self.reason = reason
        super().__init__(f"could not capture the {finger.label.lower()} finger: {reason}")


GreyImage = NDArray[np.uint8]


class Scanner(ABC):
    """A source of fingerprint images, one finger at a time.

    Implementations return a 2-D ``uint8`` array (ridges dark, 500 dpi nominal) and raise
    :class:`ScannerError` subclasses with a plain message on failure; they never return a
    half-read image.
    """

    #: A short human-readable name shown in the capture screen.
    name: str = "scanner"

    @abstractmethod
    def available(self) -> bool:
        """Whether a capture can be attempted now (device present, folder readable...)."""

    @abstractmethod
    def capture(self, finger: Finger) -> GreyImage:
        """Capture one finger and return its grey-scale image.

        Raises
        ------
        ScannerUnavailable
            When the device is gone.
        CaptureFailed
            When this attempt produced no usable image; the clerk may retry.
        """

    def close(self) -> None:  # noqa: B027 - optional hook, most scanners hold nothing
        """Release the device; the default holds nothing."""

    def __enter__(self) -> Scanner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def as_grey(image: NDArray[np.generic]) -> GreyImage:
    """Coerce a decoded image to the contiguous 2-D ``uint8`` array scanners return.

    Colour images are averaged to grey; 16-bit images are scaled down. Raises ``ValueError``
    for anything that is not a 2-D or 3-D numeric array.
    """
    arr = np.asarray(image)
    if arr.ndim == 3:
        arr = arr[..., :3].mean(axis=2)
    if arr.ndim != 2 or arr.size == 0:
        raise ValueError(f"expected a 2-D grey image, got shape {arr.shape}")
    if arr.dtype == np.uint8:
        return np.ascontiguousarray(arr)
    arr = arr.astype(np.float64)
    hi = float(arr.max()) if arr.size else 0.0
    if hi > 255.0:
        arr = arr * (255.0 / hi)
    return np.ascontiguousarray(np.clip(arr, 0, 255).astype(np.uint8))


@runtime_checkable
class SyntheticPeople(Protocol):
    """A scanner that stands for synthetic people (the demo scanner): the window lets the
    clerk say which one is at the counter, and moves to a new one for each new enrolment."""

    person_seed: int

    def switch_person(self, person_seed: int) -> None:
        """Put synthetic person ``person_seed`` at the scanner."""
        ...

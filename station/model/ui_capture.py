"""The fingerprint capture sheet of one enrolment: a Qt-free view-model.

For each of the ten fingers it holds what the clerk has done: captured (image, template,
quality, attempts) or declared not available with a reason (amputated, injured...). It also
says what to tell the person when a print is poor, following the usual acquisition advice
for optical scanners (clean and dry finger, flat and centred, moderate pressure).

References
----------
ISO/IEC 29794-4:2017 (finger image quality); NIST NFIQ 2 user guide, quality bands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import numpy as np

from station.capture.base import CAPTURE_ORDER, Finger
from station.errors import StationError

#: Quality (0-100) at or above which a print is accepted without asking for another try.
GOOD_QUALITY = 40
#: Quality below which a print is rejected and the clerk must retry (or declare the finger).
MIN_QUALITY = 20
#: How many fingers an enrolment needs at least (dedup and the card both use two).
MIN_FINGERS = 2
#: After this many poor attempts the clerk is offered "keep the best" instead of retrying.
MAX_ATTEMPTS = 3
#: A print with fewer minutiae than this rarely verifies later, whatever its image quality:
#: on the four shared FVC sets, genuine pairs whose smaller template had 8-11 minutiae reached
#: the 1:1 threshold at FMR 1e-4 in 2 of 7 cases, 12-15 in 74 %, 16-19 in 86 %, 20 or more in
#: 90-96 % (our extractor and comparator). The clerk is asked for a flatter touch.
FEW_MINUTIAE = 12


class FingerStatus(Enum):
    PENDING = "pending"
    CAPTURED = "captured"
    UNAVAILABLE = "unavailable"


UNAVAILABLE_REASONS = ("amputated", "injured or bandaged", "worn or scarred", "other")


@dataclass
class FingerCapture:
    """What happened to one finger so far."""

    finger: Finger
    status: FingerStatus = FingerStatus.PENDING
    image: np.ndarray | None = field(default=None, repr=False)
    template: Any = field(default=None, repr=False)
    quality: int | None = None
    attempts: int = 0
    reason: str = ""

    @property
    def accepted(self) -> bool:
        return self.status is FingerStatus.CAPTURED and (self.quality or 0) >= MIN_QUALITY


def guidance(quality: int | None, attempts: int, minutiae: int | None = None) -> str:
    """One instruction to read to the person, for a print of ``quality`` with ``minutiae``
    minutiae after ``attempts``.

    A clean image of only the fingertip can rate well and still carry too few minutiae to
    be matched later (at a hospital's card check, in 1:N dedup): below :data:`FEW_MINUTIAE`
    the person is asked for a flatter touch, and after :data:`MAX_ATTEMPTS` to give more
    fingers.
    """
    if quality is None:
        return "Place the finger flat on the scanner and press Capture."
    if few_ridge_details(minutiae, quality):
        if attempts >= MAX_ATTEMPTS:
            return ("Few ridge details even after several tries: keep the best print and "
                    "capture more fingers, or mark it not available.")
        return ("Few ridge details found: press the whole fingertip flat (not just the tip), "
                "then retry.")
    if quality >= GOOD_QUALITY:
        return "Good print. Continue with the next finger."
    if attempts >= MAX_ATTEMPTS:
        return ("Still poor after several tries: keep the best print, or mark the finger "
                "not available with a reason.")
    if quality >= MIN_QUALITY:
        return "Acceptable. A retry may give a better print: roll less, press evenly."
    return ("Poor print: wipe the finger and the glass, place the finger flat and centred, "
            "press gently, then retry.")


def few_ridge_details(minutiae: int | None, quality: int | None) -> bool:
    """A print that rates acceptable but carries fewer than :data:`FEW_MINUTIAE` minutiae
    (None: not known): the guidance asks for a flatter touch."""
    return (minutiae is not None and minutiae < FEW_MINUTIAE
            and (quality or 0) >= MIN_QUALITY)


def minutiae_of(template: Any) -> int | None:
    """How many minutiae an attempt's template holds (None without one)."""
    return None if template is None else len(template)


def _rank(template: Any, quality: int) -> tuple[bool, bool, int]:
    """How :meth:`CaptureSheet.record` orders two attempts of one finger."""
    return (quality >= MIN_QUALITY, not few_ridge_details(minutiae_of(template), quality),
            quality)


class CaptureSheet:
    """The ten fingers of one enrolment in the order the clerk is asked for them."""

    def __init__(self, order: tuple[Finger, ...] = CAPTURE_ORDER) -> None:
        self.fingers: dict[Finger, FingerCapture] = {f: FingerCapture(f) for f in order}

    def __getitem__(self, finger: Finger) -> FingerCapture:
        return self.fingers[finger]

    def record(self, finger: Finger, image: np.ndarray, template: Any,
               quality: int | None) -> FingerCapture:
        """Keep an attempt; a better earlier attempt of the same finger is kept instead.

        Better is, in turn: of acceptable quality, not short of ridge details
        (:func:`few_ridge_details`: the retry the guidance asked for, a flatter touch, may
        rate a little lower and still be the print that verifies later), higher quality.
        """
        entry = self.fingers[finger]
        entry.attempts += 1
        if (entry.status is FingerStatus.CAPTURED and entry.quality is not None
                and quality is not None
                and _rank(entry.template, entry.quality) > _rank(template, quality)):
            return entry
        entry.status = FingerStatus.CAPTURED
        entry.image, entry.template, entry.quality, entry.reason = image, template, quality, ""
        return entry

    def mark_unavailable(self, finger: Finger, reason: str) -> FingerCapture:
        """Declare a finger not available; the reason is required and recorded."""
        reason = reason.strip()
        if not reason:
            raise ValueError("a reason is required when a finger is not available")
        entry = self.fingers[finger]
        entry.status = FingerStatus.UNAVAILABLE
        entry.image = entry.template = entry.quality = None
        entry.reason = reason
        return entry

    def reset(self, finger: Finger) -> None:
        self.fingers[finger] = FingerCapture(finger)

    def next_pending(self, after: Finger | None = None) -> Finger | None:
        """The next finger still to capture, going round from ``after``."""
        order = list(self.fingers)
        start = order.index(after) + 1 if after in order else 0
        for finger in order[start:] + order[:start]:
            if self.fingers[finger].status is FingerStatus.PENDING:
                return finger
        return None

    def accepted(self) -> list[FingerCapture]:
        return [c for c in self.fingers.values() if c.accepted]

    def unavailable(self) -> list[FingerCapture]:
        """The fingers declared not available (each with its reason, saved with the enrolment)."""
        return [c for c in self.fingers.values() if c.status is FingerStatus.UNAVAILABLE]

    def problems(self) -> list[str]:
        """Why the sheet is not complete yet (empty when it is).

        Two accepted fingers complete it; fewer are enough only when every other finger is
        declared not available (a person with one usable finger can still be enrolled).
        """
        accepted = len(self.accepted())
        if accepted >= MIN_FINGERS:
            return []
        open_fingers = [c for c in self.fingers.values()
                        if c.status is not FingerStatus.UNAVAILABLE and not c.accepted]
        if open_fingers:
            return [f"capture at least {MIN_FINGERS} fingers of acceptable quality "
                    f"(or mark the others not available)"]
        if accepted == 0:
            return ["no finger could be captured: enrolment without fingerprints needs a "
                    "supervisor"]
        return []

    @property
    def complete(self) -> bool:
        return not self.problems()


def capture_and_extract(scanner: Any, finger: Finger) -> tuple[np.ndarray, Any]:
    """One capture attempt: the image from ``scanner`` and its template from the matcher.

    Runs in a worker thread. Raises the scanner's and the matcher's own errors (one plain
    sentence each) for the capture screen to show.
    """
    import matcher

    image = scanner.capture(finger)
    try:
        template = matcher.extract(image)
    except matcher.NotAFingerprint:
        raise CaptureRejected(finger, "the scanner image shows no fingerprint; place the "
                              "finger flat on the glass and retry") from None
    return image, template


class CaptureRejected(StationError):
    """An attempt gave an image but no usable print; the clerk retries."""

    def __init__(self, finger: Finger, reason: str) -> None:
        super().__init__(f"{finger.label}: {reason}")
        self.finger = finger
        self.reason = reason

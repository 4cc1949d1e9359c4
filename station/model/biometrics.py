"""From a finger's image (or an already made template) to a checked template, via the matcher.

This is the only place the station's services call :mod:`matcher` for extraction; matcher
errors become :class:`~station.errors.ImageRejected` naming the finger, so the clerk knows
which capture to repeat.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

import numpy as np
from numpy.typing import NDArray

from matcher.errors import MatcherError, NotAFingerprint
from station.capture.base import CaptureFailed
from station.capture.files import read_image
from station.errors import ImageRejected
from station.model.fingers import Finger, parse_finger

FingerInput: TypeAlias = "str | os.PathLike[str] | NDArray[np.uint8] | Any"


@dataclass(frozen=True)
class CapturePolicy:
    """Tunables of the capture quality gate and of the 1:N decision."""

    #: Below this quality (0-100) a capture is refused with "capture again".
    min_quality: int = 20
    #: How many candidates a 1:N search returns.
    top: int = 10
    #: Target false positive identification rate: the chance that enrolling a person who
    #: is not registered raises a duplicate alert, whatever the registry's size.
    duplicate_fpir: float = 1e-3
    #: The largest person-level false match rate used (small registries), see
    #: ``station.model.gallery_sync.duplicate_rule``.
    duplicate_fmr: float = 1e-4
    #: A fixed threshold on any single finger's score instead of the calibrated rule.
    duplicate_score: float | None = None
    #: False match rate of the check that two fingers of one capture are not one finger
    #: given twice (a file given twice, or the same finger touched twice).
    same_finger_fmr: float = 1e-6


@dataclass(frozen=True)
class CheckedFinger:
    """One finger ready to store: its template, ISO record, quality and image digest."""

    finger: Finger
    template: Any
    iso_record: bytes
    quality: int
    image_sha256: str
    image_png: bytes | None


def _png(image: NDArray[np.uint8]) -> bytes:
    import cv2

    ok, buf = cv2.imencode(".png", image)
    if not ok:  # pragma: no cover - cv2 encodes any uint8 2-D array
        raise ImageRejected("the image could not be encoded as PNG")
    return bytes(buf)


def check_finger(finger: Finger, source: FingerInput, policy: CapturePolicy, *,
                 keep_image: bool = False) -> CheckedFinger:
    """Load (if a path), extract and quality-gate one finger.

    ``source`` is an image file path, a 2-D ``uint8`` array, or a ``matcher.Template``
    (already extracted elsewhere, e.g. from the GUI's capture screen).
    """
    import matcher

    label = finger.slug
    if isinstance(source, matcher.Template):
        template = source.validate()
        digest = hashlib.sha256(template.to_iso19794_2(int(finger))).hexdigest()
        image = None
    else:
        try:
            if isinstance(source, str | os.PathLike):
                path = Path(source)
                if not path.is_file():
                    raise ImageRejected(f"{label}: no image file at {path}", finger=label)
                # read as the file scanner reads it: a file that says it was scanned at
                # another resolution (a 1000 ppi scan) is brought to the 500 dpi of every
                # scanner's image, so the stored image and the minutiae share one geometry
                try:
                    image = read_image(path)
                except CaptureFailed as err:
                    raise ImageRejected(f"{label}: {err.reason}", finger=label) from None
            else:
                image = np.ascontiguousarray(source, dtype=np.uint8)
            template = matcher.extract(image)
        except NotAFingerprint as err:
            # the engine's reason says what to do about it (e.g. the resolution to check)
            raise ImageRejected(f"{label}: the image does not show a usable fingerprint "
                                f"({err})", finger=label) from None
        except MatcherError as err:
            raise ImageRejected(f"{label}: {err}", finger=label) from None
        digest = hashlib.sha256(image.tobytes()
                                + f"{image.shape}".encode()).hexdigest()
    quality = int(template.quality)
    if quality < policy.min_quality:
        raise ImageRejected(
            f"{label}: quality {quality} is below {policy.min_quality}; capture it again",
            finger=label, quality=quality)
    if len(template) == 0:
        raise ImageRejected(f"{label}: no minutiae found; capture it again", finger=label)
    return CheckedFinger(finger=finger, template=template,
                         iso_record=template.to_iso19794_2(int(finger)), quality=quality,
                         image_sha256=digest,
                         image_png=_png(image) if keep_image and image is not None else None)


def check_fingers(fingers: Mapping[Any, FingerInput], policy: CapturePolicy, *,
                  keep_image: bool = False) -> dict[Finger, CheckedFinger]:
    """:func:`check_finger` for every finger; refuses an empty set."""
    if not fingers:
        raise ImageRejected("at least one fingerprint is needed")
    checked: dict[Finger, CheckedFinger] = {}
    for name, source in fingers.items():
        finger = parse_finger(name)
        checked[finger] = check_finger(finger, source, policy, keep_image=keep_image)
    refuse_one_finger_twice(checked, policy)
    return checked


def refuse_one_finger_twice(checked: Mapping[Finger, CheckedFinger],
                            policy: CapturePolicy) -> None:
    """Refuse two fingers of one capture that are one finger: the same image (or template)
    given twice, or two touches of the same finger (they match 1:1 above the threshold for
    ``policy.same_finger_fmr``; two different fingers of a person are no closer than two
    strangers' fingers). A record holding one finger twice passes a hospital's check of the
    "other" finger with the wrong one, and its real second finger is never searched."""
    from matcher import compare
    from matcher.calibration import threshold_for_pair_fmr

    items = sorted(checked.items())
    for i, (first, a) in enumerate(items):
        for second, b in items[i + 1:]:
            same = np.array_equal(a.template.minutiae, b.template.minutiae)
            # a dry or partial finger (few minutiae) scores strangers higher: its own
            # threshold, so a person's two sparse fingers are not refused as one
            sparse = min(len(a.template.minutiae), len(b.template.minutiae))
            threshold = threshold_for_pair_fmr(policy.same_finger_fmr, sparse)
            if same or compare(a.template, b.template) >= threshold:
                raise ImageRejected(
                    f"{first.slug} and {second.slug} show the same finger"
                    + (" (the same image)" if same else "")
                    + ": capture each finger on its own", finger=second.slug)


def decode_template(iso_record: bytes) -> Any:
    """A ``matcher.Template`` from a stored ISO/IEC 19794-2 record."""
    from matcher import Template

    return Template.from_iso19794_2(iso_record)

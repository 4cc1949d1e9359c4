"""Review 9 at the clerk's capture step: a retry the guidance asked for is kept."""

from __future__ import annotations

import numpy as np

from station.capture.base import Finger
from station.model.ui_capture import FEW_MINUTIAE, MIN_QUALITY, CaptureSheet

IMG = np.zeros((10, 10), dtype=np.uint8)


def test_a_flatter_retry_with_more_ridge_details_replaces_a_brighter_tip() -> None:
    """The guidance says 'few ridge details: press the whole fingertip flat, then retry'.
    The flatter retry rated a little lower (60 against 80) but carried 30 minutiae: the
    sheet kept the 9-minutiae tip, so the screen still asked for a retry and the print
    that would verify later was thrown away."""
    sheet = CaptureSheet()
    sheet.record(Finger.RIGHT_INDEX, IMG, ["m"] * 9, 80)
    entry = sheet.record(Finger.RIGHT_INDEX, IMG, ["m"] * 30, 60)
    assert len(entry.template) == 30 and entry.quality == 60 and entry.attempts == 2
    # and a later brighter tip does not replace it again
    entry = sheet.record(Finger.RIGHT_INDEX, IMG, ["m"] * 8, 90)
    assert len(entry.template) == 30 and entry.attempts == 3


def test_a_rejected_print_never_replaces_a_kept_one_whatever_its_details() -> None:
    """A print below the minimum quality is not kept over one the sheet accepts, even
    with more minutiae: the finger would count as not captured."""
    sheet = CaptureSheet()
    sheet.record(Finger.RIGHT_INDEX, IMG, ["m"] * (FEW_MINUTIAE - 1), MIN_QUALITY + 5)
    entry = sheet.record(Finger.RIGHT_INDEX, IMG, ["m"] * 40, MIN_QUALITY - 5)
    assert entry.accepted and entry.quality == MIN_QUALITY + 5

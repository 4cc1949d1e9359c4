"""The Qt-free capture sheet: best attempt kept, order, completeness rules, guidance."""

from __future__ import annotations

import numpy as np

from station.capture.base import Finger
from station.model.ui_capture import CaptureSheet, guidance

IMG = np.zeros((10, 10), dtype=np.uint8)


def test_a_worse_retry_does_not_replace_a_better_print() -> None:
    sheet = CaptureSheet()
    sheet.record(Finger.RIGHT_INDEX, IMG, "good", 70)
    entry = sheet.record(Finger.RIGHT_INDEX, IMG, "worse", 30)
    assert entry.template == "good" and entry.quality == 70 and entry.attempts == 2


def test_index_fingers_come_first_and_next_pending_wraps() -> None:
    sheet = CaptureSheet()
    assert list(sheet.fingers)[:2] == [Finger.RIGHT_INDEX, Finger.LEFT_INDEX]
    sheet.record(Finger.LEFT_INDEX, IMG, "t", 80)
    assert sheet.next_pending(after=Finger.RIGHT_INDEX) is Finger.RIGHT_THUMB
    assert sheet.next_pending(after=Finger.LEFT_LITTLE) is Finger.RIGHT_INDEX


def test_one_usable_finger_is_enough_only_when_all_others_are_declared() -> None:
    sheet = CaptureSheet()
    sheet.record(Finger.RIGHT_INDEX, IMG, "t", 80)
    assert not sheet.complete
    for finger in list(sheet.fingers)[1:]:
        sheet.mark_unavailable(finger, "amputated")
    assert sheet.complete


def test_no_finger_at_all_needs_a_supervisor() -> None:
    sheet = CaptureSheet()
    for finger in sheet.fingers:
        sheet.mark_unavailable(finger, "other: burns")
    assert "supervisor" in sheet.problems()[0]


def test_guidance_escalates_after_repeated_poor_prints() -> None:
    assert "wipe the finger" in guidance(5, 1)
    assert "mark the finger not available" in guidance(5, 3)
    assert guidance(None, 0).startswith("Place the finger")


def test_a_clean_print_with_few_minutiae_asks_for_a_flatter_touch() -> None:
    assert "press the whole fingertip flat" in guidance(70, 1, minutiae=9)
    assert "capture more fingers" in guidance(70, 3, minutiae=9)
    assert guidance(70, 1, minutiae=30).startswith("Good print")
    assert "wipe the finger" in guidance(5, 1, minutiae=3)  # a poor image: the usual advice

"""Review 9 at the clerk's capture step: a retry the guidance asked for is kept."""

from __future__ import annotations

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from station.capture.base import Finger
from station.model.ui_capture import FEW_MINUTIAE, MAX_ATTEMPTS, MIN_QUALITY, CaptureSheet
from station.views.clerk.capture import CapturePage
from tests.gui.test_capture_page import FakeScanner, fake_extract

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


def _captured(qtbot: QtBot, quality: int, count: int, tries: int) -> CapturePage:
    page = CapturePage(FakeScanner(), CaptureSheet(), capture=fake_extract(quality, count))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    for _ in range(tries):
        with qtbot.waitSignal(page.changed, timeout=10000):
            page.capture_selected()
    return page


@pytest.mark.gui
@pytest.mark.parametrize(("count", "said"), [
    (9, "Few ridge details even after several tries"),
    (24, "Still poor after several tries"),
])
def test_after_the_last_try_an_acceptable_print_is_kept_and_space_moves_on(
        qtbot: QtBot, count: int, said: str) -> None:
    """Quality 30 (acceptable, not good) after three tries: the guidance said 'keep the
    best print' and go on, but the big button still said Capture and Space retried the
    same finger for ever. It now offers the next finger, and Space goes there."""
    page = _captured(qtbot, quality=30, count=count, tries=MAX_ATTEMPTS)
    assert page.guidance.text().startswith(said)
    assert "Next finger" in page.capture_button.text().replace("&", "")
    with qtbot.waitSignal(page.changed, timeout=10000):
        page.capture_next()
    assert page.selected() is Finger.LEFT_INDEX
    assert page.sheet[Finger.RIGHT_INDEX].attempts == MAX_ATTEMPTS


@pytest.mark.gui
def test_before_the_last_try_an_acceptable_print_is_retried(qtbot: QtBot) -> None:
    page = _captured(qtbot, quality=30, count=24, tries=MAX_ATTEMPTS - 1)
    assert "Next finger" not in page.capture_button.text().replace("&", "")


@pytest.mark.gui
def test_after_finger_not_available_space_captures_the_next_finger(qtbot: QtBot) -> None:
    """The guidance says 'mark it not available' and go on; once marked, the big button
    still said Capture and Space did nothing (the finger cannot be captured): the clerk had
    to reach for the mouse. It now offers the next finger, and Space captures it."""
    page = _captured(qtbot, quality=80, count=9, tries=1)
    page.mark_unavailable(Finger.RIGHT_INDEX, "injured or bandaged")
    assert page.guidance.text().startswith("Not available")
    assert "Next finger" in page.capture_button.text().replace("&", "")
    with qtbot.waitSignal(page.changed, timeout=10000):
        page.capture_next()
    assert page.selected() is Finger.LEFT_INDEX
    assert page.sheet[Finger.LEFT_INDEX].attempts == 1
    assert page.sheet[Finger.RIGHT_INDEX].reason == "injured or bandaged"

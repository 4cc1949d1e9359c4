"""The capture screen: print, quality, minutiae, guidance, "not available", errors as one line."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from matcher.template import Template
from station.capture.base import CaptureFailed, Finger, GreyImage, Scanner
from station.model.ui_capture import CaptureSheet, FingerStatus
from station.views.clerk.capture import CapturePage

pytestmark = pytest.mark.gui


class FakeScanner(Scanner):
    """Returns a plain grey image, or fails with the scanner's own error."""

    name = "fake"

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail

    def available(self) -> bool:
        return True

    def capture(self, finger: Finger) -> GreyImage:
        if self.fail:
            raise CaptureFailed(finger, "the finger was lifted too early")
        return np.full((200, 180), 200, dtype=np.uint8)


def fake_extract(quality: int) -> Any:
    def capture(scanner: Scanner, finger: Finger) -> tuple[GreyImage, Template]:
        image = scanner.capture(finger)
        minutiae = np.array([[50, 60, 0.5, 1, 0.9], [90, 100, 2.0, 2, 0.8],
                             [120, 40, 4.0, 1, 0.7]], dtype=np.float32)
        return image, Template(minutiae, 180, 200, quality=quality)
    return capture


def _page(qtbot: QtBot, scanner: Scanner, quality: int = 80) -> CapturePage:
    page = CapturePage(scanner, CaptureSheet(), capture=fake_extract(quality))
    qtbot.addWidget(page)
    page.show()
    return page


def _capture(qtbot: QtBot, page: CapturePage) -> None:
    with qtbot.waitSignal(page.changed, timeout=10000):
        page.capture_next()


def test_good_print_shows_quality_minutiae_and_offers_the_next_finger(qtbot: QtBot) -> None:
    page = _page(qtbot, FakeScanner(), quality=80)
    _capture(qtbot, page)
    assert page.sheet[Finger.RIGHT_INDEX].accepted
    assert page.quality_bar.value() == 80
    assert page.view.minutiae_count == 3
    assert "Good print" in page.guidance.text()
    assert "Left index" in page.capture_button.text()
    assert page.fingers.item(0).text().startswith("✔")
    _capture(qtbot, page)  # the button now captures the next finger
    assert page.selected() is Finger.LEFT_INDEX
    assert page.sheet.complete


def test_poor_print_asks_for_a_retry_and_is_not_accepted(qtbot: QtBot) -> None:
    page = _page(qtbot, FakeScanner(), quality=10)
    _capture(qtbot, page)
    entry = page.sheet[Finger.RIGHT_INDEX]
    assert entry.status is FingerStatus.CAPTURED and not entry.accepted
    assert "Poor print" in page.guidance.text()
    assert page.retry_button.isVisible()
    assert page.selected() is Finger.RIGHT_INDEX  # stays on the finger to retry


def test_space_captures_from_the_keyboard(qtbot: QtBot) -> None:
    page = _page(qtbot, FakeScanner())
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.fingers.setFocus()
    with qtbot.waitSignal(page.changed, timeout=10000):
        qtbot.keyClick(page.fingers, Qt.Key.Key_Space)
    assert page.sheet[Finger.RIGHT_INDEX].status is FingerStatus.CAPTURED


def test_scanner_error_reaches_the_clerk_as_one_sentence(qtbot: QtBot) -> None:
    page = _page(qtbot, FakeScanner(fail=True))
    page.capture_next()
    qtbot.waitUntil(lambda: bool(page.error.text()), timeout=10000)
    assert page.error.text() == ("Could not capture the right index finger: "
                                 "the finger was lifted too early")
    assert page.sheet[Finger.RIGHT_INDEX].status is FingerStatus.PENDING


def test_finger_not_available_needs_a_reason_and_is_shown(qtbot: QtBot) -> None:
    page = _page(qtbot, FakeScanner())
    with pytest.raises(ValueError):
        page.sheet.mark_unavailable(Finger.RIGHT_INDEX, "  ")
    page.mark_unavailable(Finger.RIGHT_INDEX, "amputated")
    assert "not available" in page.fingers.item(0).text()
    assert "amputated" in page.guidance.text()
    assert not page.sheet.complete
    assert "capture at least 2 fingers" in page.sheet.problems()[0]


def test_no_scanner_says_so_and_disables_capture(qtbot: QtBot) -> None:
    page = CapturePage(None)
    qtbot.addWidget(page)
    assert not page.capture_button.isEnabled()
    assert "No scanner" in page.error.text()

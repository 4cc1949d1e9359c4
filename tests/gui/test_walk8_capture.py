"""Walk 8 at the clerk's capture step: the quality bar's colour, the guidance and the big
button say the same thing about a print."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from station.capture.base import Finger
from station.model.ui_capture import CaptureSheet
from station.views.clerk.capture import CapturePage
from tests.gui.test_capture_page import FakeScanner, fake_extract

pytestmark = pytest.mark.gui

GREEN = QColor("#2e7d32")


def _page(qtbot: QtBot, quality: int, count: int) -> CapturePage:
    page = CapturePage(FakeScanner(), CaptureSheet(), capture=fake_extract(quality, count))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    with qtbot.waitSignal(page.changed, timeout=10000):
        page.capture_next()
    return page


def _bar_colour(page: CapturePage) -> QColor:
    """The colour the clerk sees in the filled part of the quality bar."""
    image = page.quality_bar.grab().toImage()
    seen = Counter(image.pixel(x, y) for x in range(image.width() // 5)
                   for y in range(image.height()))  # the words over it are a few pixels
    return QColor.fromRgb(seen.most_common(1)[0][0])


def test_a_high_quality_print_with_few_ridge_details_is_not_shown_green(qtbot: QtBot) -> None:
    """Quality 80 with 9 minutiae: the bar was green (all good) while the guidance asked
    for a flatter touch and the big button offered the next finger."""
    page = _page(qtbot, quality=80, count=9)
    assert page.guidance.text().startswith("Few ridge details found")
    assert _bar_colour(page) != GREEN
    # Space retries, as the guidance says
    assert "Next finger" not in page.capture_button.text().replace("&", "")
    with qtbot.waitSignal(page.changed, timeout=10000):
        page.capture_next()
    assert page.selected() is Finger.RIGHT_INDEX
    assert page.sheet[Finger.RIGHT_INDEX].attempts == 2


def test_a_good_print_is_still_green_and_moves_on(qtbot: QtBot) -> None:
    page = _page(qtbot, quality=80, count=24)
    assert page.guidance.text().startswith("Good print")
    assert _bar_colour(page) == GREEN
    assert "Next finger" in page.capture_button.text().replace("&", "")


def test_few_ridge_details_after_several_tries_lets_the_clerk_move_on(qtbot: QtBot) -> None:
    """After the last try the guidance says to keep the best print and capture more
    fingers: the big button then offers the next finger."""
    page = _page(qtbot, quality=80, count=9)
    for _ in range(2):
        with qtbot.waitSignal(page.changed, timeout=10000):
            page.capture_selected()
    assert page.guidance.text().startswith("Few ridge details even after several tries")
    assert _bar_colour(page) != GREEN
    assert "Next finger" in page.capture_button.text().replace("&", "")


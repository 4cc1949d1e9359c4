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


def fake_extract(quality: int, count: int = 24) -> Any:
    def capture(scanner: Scanner, finger: Finger) -> tuple[GreyImage, Template]:
        image = scanner.capture(finger)
        k = np.arange(count, dtype=np.float32)
        minutiae = np.column_stack([20 + (k * 37) % 140, 20 + (k * 53) % 160, (k * 0.7) % 6.2,
                                    1 + k % 2, np.full(count, 0.8)]).astype(np.float32)
        return image, Template(minutiae, 180, 200, quality=quality)
    return capture


def _page(qtbot: QtBot, scanner: Scanner, quality: int = 80, count: int = 24) -> CapturePage:
    page = CapturePage(scanner, CaptureSheet(), capture=fake_extract(quality, count))
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
    assert page.view.minutiae_count == 24
    assert page.minutiae_label.text() == "24 minutiae"
    assert "Good print" in page.guidance.text()
    assert "Left index" in page.capture_button.text()
    assert page.fingers.item(0).text().startswith("✔")
    _capture(qtbot, page)  # the button now captures the next finger
    assert page.selected() is Finger.LEFT_INDEX
    assert page.sheet.complete


def test_a_clean_print_with_few_minutiae_asks_for_a_flatter_touch(qtbot: QtBot) -> None:
    page = _page(qtbot, FakeScanner(), quality=80, count=9)
    _capture(qtbot, page)
    assert page.sheet[Finger.RIGHT_INDEX].accepted  # kept: the clerk decides to retry
    assert page.guidance.text().startswith("Few ridge details found")
    assert page.retry_button.isVisible()


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
    assert page.guidance.text() == "Not available: Amputated"
    assert not page.sheet.complete
    assert "capture at least 2 fingers" in page.sheet.problems()[0]


def test_no_scanner_says_so_and_disables_capture(qtbot: QtBot) -> None:
    page = CapturePage(None)
    qtbot.addWidget(page)
    assert not page.capture_button.isEnabled()
    assert "No scanner" in page.error.text()


class PeopleScanner(FakeScanner):
    """A stand-in demo scanner: says which synthetic person is at the counter."""

    def __init__(self, person_seed: int) -> None:
        super().__init__()
        self.person_seed = person_seed
        self.name = f"people scanner ({person_seed})"

    def switch_person(self, person_seed: int) -> None:
        self.person_seed = person_seed
        self.name = f"people scanner ({person_seed})"


def test_the_demo_scanner_says_who_is_at_the_counter(qtbot: QtBot) -> None:
    scanner = PeopleScanner(41)
    page = _page(qtbot, scanner)
    assert page.demo_person.isVisible() and page.demo_person.value() == 41
    page.demo_person.setValue(7)  # an earlier person comes back
    assert scanner.person_seed == 7 and "person 7)" in page.scanner_label.text()
    assert not _page(qtbot, FakeScanner()).demo_person.isVisible()  # a real scanner


def test_a_finger_not_available_says_its_reason_in_the_desks_words(qtbot: QtBot) -> None:
    """The reason is kept as its code ("injured or bandaged: old injury", for the record and
    the centre); the capture screen showed that code, in English, at a Khmer desk."""
    from station.i18n import apply_language
    from station.views.clerk.capture import UnavailableDialog

    apply_language("km")
    page = _page(qtbot, FakeScanner())
    dialog = UnavailableDialog(Finger.LEFT_LITTLE, page)
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentIndex(1)  # injured or bandaged
    dialog.note.setText("old injury")
    assert dialog.reason_text() == "injured or bandaged: old injury"  # the record's words
    page.mark_unavailable(Finger.LEFT_LITTLE, dialog.reason_text())
    said = page.guidance.text()
    assert "របួស ឬរុំរបួស" in said and "old injury" in said  # the label, and the note
    assert "injured" not in said
    page.mark_unavailable(Finger.RIGHT_INDEX, "a reason typed elsewhere")  # sws enrol's own
    assert "a reason typed elsewhere" in page.guidance.text()

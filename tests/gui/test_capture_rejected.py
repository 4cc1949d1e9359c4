"""The capture step says "no fingerprint on the glass" from the error's type, never from its
English wording (the desk's rule for refusals)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from station.capture.base import Finger, Scanner
from station.model.ui_capture import CaptureRejected, CaptureSheet, capture_and_extract
from station.views.clerk.capture import CapturePage
from tests.gui.test_capture_page import FakeScanner

pytestmark = pytest.mark.gui


def _failed_once(qtbot: QtBot, capture: object) -> CapturePage:
    page = CapturePage(FakeScanner(), CaptureSheet(), capture=capture)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    page.capture_next()
    qtbot.waitUntil(lambda: bool(page.error.text()), timeout=20000)
    return page


def test_a_blank_glass_is_said_in_the_desks_language(qtbot: QtBot, khmer: None) -> None:
    """The real extraction on the scanner's blank grey image: a Khmer sentence naming the
    finger, not the matcher's or the model's English."""
    page = _failed_once(qtbot, capture_and_extract)
    said = page.error.text()
    assert "fingerprint" not in said and "scanner" not in said, said
    assert page.sheet[Finger.RIGHT_INDEX].attempts == 0  # nothing kept: the clerk retries


def test_a_rejected_print_reworded_by_the_model_still_reads_right(
        qtbot: QtBot, khmer: None) -> None:
    """The page recognised the rejection by the English words "shows no fingerprint": a
    model that words its reason differently left the clerk with English at a Khmer desk."""
    def rejected(_scanner: Scanner, finger: Finger) -> tuple[object, object]:
        raise CaptureRejected(finger, "nothing like a fingertip was seen on the glass")

    page = _failed_once(qtbot, rejected)
    said = page.error.text()
    assert said and "glass was" not in said and "fingertip" not in said, said


def test_a_blank_glass_at_the_hospitals_finger_check_is_said_in_the_desks_language(
        qtbot: QtBot, ctx: Any, khmer: None) -> None:
    """The hospital's optional finger check on a blank glass said the model's English
    ("Right index: the scanner image shows no fingerprint; ...") at a Khmer desk."""
    from tests.gui.cards import make_dump, make_pki, revocation_list
    from tests.gui.test_hospital_auditor import ReaderWithCard, _hospital, _read

    pki = make_pki()
    page = _hospital(qtbot, ctx, ReaderWithCard([pki.root_cert], revocation_list(pki),
                                                make_dump(pki)))
    _read(qtbot, page)
    ctx.scanner, ctx.capture = FakeScanner(), capture_and_extract  # a blank grey glass
    page.check_button.click()
    qtbot.waitUntil(lambda: not page._runner.busy and bool(page.finger_result.text())
                    and "..." not in page.finger_result.text(), timeout=60000)
    said = page.finger_result.text()
    assert said and "fingerprint" not in said and "scanner" not in said, said

"""The duplicate view links the applicant's minutiae to their mates on the registered print."""

from __future__ import annotations

import math
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from matcher.template import Template
from station.capture.base import Finger
from station.model.gallery_sync import PersonCandidate
from station.model.ui_capture import CaptureSheet
from station.views.clerk.duplicates import DuplicatePage
from tests.matcher.synthetic import minutiae_set

pytestmark = pytest.mark.gui

FINGER = Finger.RIGHT_INDEX


def _turned(t: Template, theta: float) -> Template:
    """``t`` turned by ``theta`` about its centre and shifted a little: the same finger."""
    m = t.minutiae.astype(np.float64)
    c, s = math.cos(theta), math.sin(theta)
    x, y = m[:, 0] - t.width / 2, m[:, 1] - t.height / 2
    out = np.column_stack([c * x + s * y + t.width / 2 + 12, -s * x + c * y + t.height / 2 - 9,
                           (m[:, 2] + theta) % (2 * math.pi), m[:, 3], m[:, 4]])
    return Template(out.astype(np.float32), t.width, t.height)


def _page(qtbot: QtBot, registered: Template | None) -> tuple[DuplicatePage, Template]:
    applicant = minutiae_set(np.random.default_rng(3), n=30)
    sheet = CaptureSheet()
    sheet.record(FINGER, np.full((applicant.height, applicant.width), 200, np.uint8),
                 applicant, 70)
    hit = PersonCandidate(person_id="p-000001", score=41.5, fingers={int(FINGER): 0.93},
                          matching=(int(FINGER),))
    page = DuplicatePage()
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()

    def person(pid: str) -> dict[str, Any]:
        return {"person_id": pid, "latin_name": "Sok Dara", "local_name": "សុខ ដារា"}

    page.run(lambda: SimpleNamespace(candidates=[hit]), person, sheet,
             stored=lambda _pid, _finger: registered)
    page.wait()
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    qtbot.waitUntil(lambda: page.compare_box.isVisible(), timeout=5000)
    return page, applicant


def _link_pixels_between_prints(page: DuplicatePage) -> int:
    """Green link pixels in the gap between the two print panels."""
    box = page.compare_box
    image = box.grab().toImage()
    left = page.applicant.mapTo(box, page.applicant.rect().topRight()).x()
    right = page.candidate.mapTo(box, page.candidate.rect().topLeft()).x()
    count = 0
    for x in range(left + 1, right):
        for y in range(0, image.height(), 2):
            colour = image.pixelColor(x, y)
            if colour.green() > colour.red() + 40 and colour.green() > colour.blue() + 40:
                count += 1
    return count


def test_the_same_finger_turned_has_its_minutiae_linked(qtbot: QtBot) -> None:
    page, applicant = _page(qtbot, None)
    assert page.compare_box.links.pairs == []  # no stored template: nothing to link
    assert "0 minutiae paired" in page.candidate_label.text()
    assert _link_pixels_between_prints(page) == 0

    page, _ = _page(qtbot, _turned(applicant, 0.3))
    pairs = page.compare_box.links.pairs
    assert sum(1 for i, j in pairs if i == j) >= 27
    assert f"{len(pairs)} minutiae paired" in page.candidate_label.text()
    assert _link_pixels_between_prints(page) > 0

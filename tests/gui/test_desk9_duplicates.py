"""Desk 9 at an Urdu desk's duplicate check: "1 in > 10¹²" keeps its ">" before the number,
as the comparison is written (left to right), instead of the bidi algorithm moving it to the
number's right and mirroring it into "<"."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextLine, QTextOption
from pytestqt.qtbot import QtBot

from station.capture.base import Finger
from station.i18n import apply_language
from station.model.gallery_sync import PersonCandidate
from station.model.ui_capture import CaptureSheet
from station.views.clerk.duplicates import DuplicatePage
from tests.matcher.synthetic import minutiae_set

pytestmark = pytest.mark.gui


def _odds_cell(qtbot: QtBot) -> str:
    applicant = minutiae_set(np.random.default_rng(3), n=30)
    sheet = CaptureSheet()
    sheet.record(Finger.RIGHT_INDEX, np.full((applicant.height, applicant.width), 200,
                                             np.uint8), applicant, 70)
    hit = PersonCandidate(person_id="p-000001", score=90.0, fingers={2: 0.99},
                          matching=(2,), coincidence=1e-15)
    page = DuplicatePage()
    qtbot.addWidget(page)

    def person(pid: str) -> dict[str, Any]:
        return {"person_id": pid, "latin_name": "Sok Dara", "local_name": "سوک دارا"}

    page.run(lambda: SimpleNamespace(candidates=[hit]), person, sheet,
             stored=lambda _pid, _finger: None)
    page.wait()
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    cells = [page.table.item(0, j) for j in range(page.table.columnCount())]
    return next(c.text() for c in cells if c is not None and ">" in c.text())


def _x(line: QTextLine, position: int) -> float:
    """Where the caret stands at ``position`` (logical) on the drawn line."""
    found: Any = line.cursorToX(position)
    return float(found[0])


def test_the_urdu_odds_read_greater_than_ten_to_the_twelve(qtbot: QtBot) -> None:
    apply_language("ur")
    text = _odds_cell(qtbot)
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    sign = text.index(">")
    ten = text.index("10", sign)
    # the caret just after ">" and the one between the "1" and the "0" of "10": inside a
    # run each, whatever the direction of the text around them
    after_sign, inside_ten = _x(line, sign + 1), _x(line, ten + 1)
    # drawn left of the number (as "> 10¹²" is written), not right of it (mirrored "<")
    assert after_sign < inside_ten, (text, after_sign, inside_ten)

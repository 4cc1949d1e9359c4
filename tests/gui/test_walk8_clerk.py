"""Walk 8 at the clerk's duplicate check: a person registered without a hit is named, not
shown as a 36-character id the clerk cannot read back to anyone."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from tests.gui.test_clerk_flow import PERSON_FIELDS, _clerk, _enrol, to_receipt

pytestmark = pytest.mark.gui


def test_no_duplicate_names_the_person_just_registered(qtbot: QtBot,
                                                      live_ctx: StationContext) -> None:
    page = _clerk(qtbot, live_ctx)
    result = _enrol(qtbot, page, PERSON_FIELDS)
    said = page.dedup.banner.text()
    assert said.startswith("No duplicate found"), said
    assert "សុខ ដារា" in said and "Sok Dara" in said, said
    assert str(result.person_id) not in said, said


def _ink_columns(label: QLabel) -> tuple[int, int]:
    """The leftmost and rightmost pixel columns the label's text is drawn in."""
    image = label.grab().toImage()
    background = image.pixel(0, 0)
    columns = [x for x in range(image.width())
               if any(image.pixel(x, y) != background for y in range(image.height()))]
    return columns[0], columns[-1]


def test_an_urdu_receipt_reads_right_to_left_around_a_khmer_name(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """The Urdu receipt began with the person's Khmer name, and the whole summary was laid
    out left to right, against the left edge: 'شناختی نمبر:' stood left of the id. The
    saved file's path lost its leading slash to the line's end."""
    from station.i18n import apply_language

    apply_language("ur")
    page = _clerk(qtbot, live_ctx)
    page.window().resize(1280, 820)
    _enrol(qtbot, page, PERSON_FIELDS)
    to_receipt(qtbot, page)
    summary = page.receipt_page.summary
    left, right = _ink_columns(summary)
    assert summary.width() - right < left, (left, right, summary.width())  # against the right
    page.receipt_page.save_button.click()
    saved = page.receipt_page.saved.text()
    path = str(live_ctx.output_dir)
    assert "\u2066" + path in saved or "\u2068" + path in saved, ascii(saved)  # kept whole

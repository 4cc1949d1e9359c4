"""Walk 13: at 1024x700, every empty field of the clerk's tabs shows whole what it takes.

At an Indonesian desk the Grievances tab's Find box read "nomor referensi pada tanda terima,
atau nomor..." (what follows: "seri kartu; lalu Enter", the card serial and the key that
finds): the box shared its row with a stretch as wide as itself."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QTabWidget
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from tests.gui.test_first_day_gui import _signed_in
from tests.gui.test_tidy10_alt_letters import _settle

pytestmark = pytest.mark.gui


def _cut(field: QLineEdit) -> bool:
    """Whether ``field``'s placeholder is wider than the room inside its frame."""
    room = field.contentsRect().width() - field.textMargins().left() - \
        field.textMargins().right() - 8  # the frame's inner padding, as Qt draws it
    return field.fontMetrics().horizontalAdvance(field.placeholderText()) > room


@pytest.mark.parametrize("language", ["id", "ur", "km"])
def test_what_each_clerk_field_takes_is_read_whole(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    window = _signed_in(qtbot, live_ctx)
    window.set_language(language)
    window.resize(1024, 700)
    window.switch_to(Mode.CLERK)
    tabs: Any = window.mode_widgets[Mode.CLERK]
    assert isinstance(tabs, QTabWidget)
    cut = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        _settle()
        cut += [f"{index}:{f.objectName()}: {f.placeholderText()}"
                for f in tabs.widget(index).findChildren(QLineEdit)
                if f.isVisible() and not f.text() and f.placeholderText() and _cut(f)]
    tabs.setCurrentIndex(0)
    assert cut == []

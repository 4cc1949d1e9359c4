"""The person form from the keyboard, and birth dates shown with four-digit years."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station.i18n import apply_language
from station.views.clerk.person_form import PersonFormPage

pytestmark = pytest.mark.gui


def test_alt_letters_reach_the_fields_in_rows_that_hold_several(qtbot: QtBot) -> None:
    page = PersonFormPage()
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert page.inputs["province"].hasFocus()
    qtbot.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert page.local_name.hasFocus()


@pytest.mark.parametrize("code", ["en", "km", "id", "ur"])
def test_birth_dates_show_four_digit_years(qtbot: QtBot, code: str) -> None:
    apply_language(code)
    page = PersonFormPage()
    qtbot.addWidget(page)
    page.fill({"birth_date": "1948-03-09"})
    assert "1948" in page.birth_date.text()
    assert page.values()["birth_date"] == "1948-03-09"

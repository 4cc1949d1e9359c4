"""Review of Esc in the form dialogs: what the operator chose in a field is typed too."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import FIXED_NOW
from tests.gui.test_walk10_desk import _esc_then_enter

pytestmark = pytest.mark.gui


def test_esc_after_choosing_the_date_of_death_asks_first(qtbot: QtBot) -> None:
    """The supervisor set the date of death from the certificate (3 November), then pressed
    Esc by habit before the source: the dialog closed and the date was lost, unasked. It
    asks now; left at today, with nothing typed, Esc closes at once."""
    from station.views.death_dialog import DeathDialog

    today = FIXED_NOW.date()
    dialog = DeathDialog("Sok Dara", dt.date(1958, 4, 12), today)
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2026, 11, 3))
    assert _esc_then_enter(qtbot, dialog) == ["No"]
    assert dialog.isVisible() and dialog.date.date() == QDate(2026, 11, 3)
    dialog.date.setDate(QDate(today.year, today.month, today.day))
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_start_a_new_enrolment_with_nothing_typed_asks_nothing(
        qtbot: QtBot, live_ctx: Any) -> None:
    """New person, then 'Start a new enrolment' before typing a letter (the wrong button
    in the search, a person who left): the clerk was asked 'What was typed and the
    fingerprints captured will be lost?' about an empty form. Nothing to lose, nothing
    asked; once a name is typed it asks, as before."""
    from station.model.ui_session import Mode
    from station.views.clerk.page import PERSON, ClerkPage
    from tests.gui.test_first_day_gui import _signed_in

    window = _signed_in(qtbot, live_ctx, "clerk1")
    page = window.page(Mode.CLERK)
    assert isinstance(page, ClerkPage)
    asked: list[str] = []

    def no(text: str) -> bool:
        asked.append(text)
        return False

    page.ask = no
    page.search.new_button.click()
    assert page.step == PERSON and not page.work_in_progress
    page.new_button.click()
    assert asked == [] and page.step == 0
    page.search.new_button.click()
    page.person.latin_name.setText("Sok Dara")
    assert page.work_in_progress
    page.new_button.click()
    assert len(asked) == 1 and page.step == PERSON

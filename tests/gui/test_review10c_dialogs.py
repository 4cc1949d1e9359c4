"""Review of Esc in the form dialogs: what the operator chose in a field is typed too."""

from __future__ import annotations

import datetime as dt

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

"""Keys and clicks a clerk expects to work: open a found person with a double click or Enter,
Enter in a page's last field acts as Next, and each new page puts the cursor in its first field.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.views.clerk.page import FINGERS, PERSON, ClerkPage
from station.views.main_window import MainWindow
from station.views.services import ProgrammesPanel
from tests.gui.conftest import PASSWORD
from tests.gui.test_clerk_flow import PERSON_FIELDS, _enrol, _sign_in, _window

pytestmark = pytest.mark.gui


def _clerk_window(qtbot: QtBot, ctx: StationContext) -> tuple[MainWindow, ClerkPage]:
    window = _window(qtbot, ctx)
    _sign_in(qtbot, window, "clerk1", PASSWORD)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    window.activateWindow()
    page = window.page(Mode.CLERK)
    assert isinstance(page, ClerkPage)
    return window, page


def _found(qtbot: QtBot, window: MainWindow, page: ClerkPage, name: str) -> None:
    page.restart()
    page.search.query.setText(name)
    page.search.search()
    qtbot.waitUntil(lambda: page.search.table.rowCount() == 1, timeout=10000)


def _programmes_tab(window: MainWindow) -> ProgrammesPanel | None:
    tabs = window.mode_widgets[Mode.CLERK]
    assert isinstance(tabs, QTabWidget)
    current = tabs.currentWidget()
    return current if isinstance(current, ProgrammesPanel) else None


@pytest.mark.parametrize("how", ["double click", "Enter"])
def test_a_found_person_opens_with_a_double_click_or_enter(
        qtbot: QtBot, live_ctx: StationContext, how: str) -> None:
    """Double-clicking a result (or Enter on it) did nothing: the clerk expects the person's
    file, here their household with its members and programmes."""
    window, page = _clerk_window(qtbot, live_ctx)
    person_id = _enrol(qtbot, page, PERSON_FIELDS).person_id
    household = live_ctx.services["station"].person(person_id)["household_id"]
    _found(qtbot, window, page, "Sok Dara")
    table = page.search.table
    if how == "Enter":
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Return)
    else:
        rect = table.visualRect(table.model().index(0, 1))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel = _programmes_tab(window)
    assert panel is not None, "the household did not open"
    assert panel.household.text() == household
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=20000)
    assert [m.person_id for m in panel.members.members] == [person_id]
    assert panel.members.currentRow() == 0  # the person opened is the one selected

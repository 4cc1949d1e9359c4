"""Tab round the clerk's other tabs never stops in a field out of sight.

On the Payments, Case plan, Household programmes or Grievances tab, Tab went from the tab
bar into the Enrolment tab's search field, hidden behind the tab shown: what the clerk
typed next went into a field they could not see. Now Tab reaches only what is on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.views.clerk.page import ClerkPage
from station.views.services import CasePlanPanel, GrievancesPanel, PaymentsPanel
from tests.gui.test_first_day_gui import _signed_in
from tests.gui.test_tidy10_alt_letters import _show

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("kind", [PaymentsPanel, CasePlanPanel, GrievancesPanel])
def test_tab_round_a_tab_stays_on_screen(qtbot: QtBot, live_ctx: StationContext,
                                         kind: type) -> None:
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.activateWindow()
    panel = _show(window, Mode.CLERK, kind)
    panel.setFocus()
    QTest.keyClick(panel, Qt.Key.Key_Tab)
    hidden = []
    for _ in range(40):
        focused = QApplication.focusWidget()
        assert focused is not None
        if not focused.isVisible():
            hidden.append(focused.objectName() or type(focused).__name__)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert hidden == []


def test_the_enrolment_tab_still_takes_the_keyboard_to_its_search(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.activateWindow()
    _show(window, Mode.CLERK, PaymentsPanel)
    window.switch_to(Mode.HOSPITAL)
    page = window.page(Mode.CLERK)
    assert isinstance(page, ClerkPage)
    tabs = window.mode_widgets[Mode.CLERK]
    tabs.setCurrentWidget(tabs.main_page)  # type: ignore[attr-defined]
    window.switch_to(Mode.CLERK)
    QApplication.processEvents()
    assert page.search.query.hasFocus()

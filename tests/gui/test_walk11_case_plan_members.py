"""The Case plan tab picks its person among the household's members, without an id.

The case plan's person was a UUID typed by hand unless the person came from the search. Now
the household open in Household programmes lists its members there by name (Alt+L): one
pick shows that member's case."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.views.services import CasePlanPanel, ProgrammesPanel
from tests.gui.test_counter_tabs import _household_with_a_contribution
from tests.gui.test_first_day_gui import _signed_in
from tests.gui.test_tidy10_alt_letters import _clashes, _letters, _show, _unreached

pytestmark = pytest.mark.gui

WAIT = 20000


def _case_plan(qtbot: QtBot, window: Any, household: str) -> Any:
    programmes = _show(window, Mode.CLERK, ProgrammesPanel)
    programmes.set_household(household)
    qtbot.waitUntil(lambda: programmes.members.rowCount() == 2, timeout=WAIT)
    return _show(window, Mode.CLERK, CasePlanPanel)


def test_a_member_picked_by_keyboard_is_the_case_plans_person(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    household = _household_with_a_contribution(live_ctx.services["station"].station)
    window = _signed_in(qtbot, live_ctx, "clerk1")
    plan = _case_plan(qtbot, window, household)
    assert [plan.members.itemText(i) for i in range(plan.members.count())] == [
        "p-grandfather", "p-mother"]
    assert plan.person.text() == ""  # nobody's case shown unasked
    assert plan.members.currentIndex() == -1
    assert plan.members.placeholderText() == "choose a member"  # not a blank box
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert plan.members.hasFocus()
    plan.members.setCurrentIndex(0)
    QTest.keyClick(plan.members, Qt.Key.Key_Down)  # the mother
    qtbot.waitUntil(lambda: plan.whose.text() != "" and not plan.runner.busy, timeout=WAIT)
    assert plan.person.text() == "p-mother"
    assert plan.whose.text() == "p-mother, born 01/05/1990"


def test_a_person_from_the_search_is_the_one_picked_in_the_list(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    household = _household_with_a_contribution(live_ctx.services["station"].station)
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.switch_to(Mode.CLERK)
    page: Any = window.page(Mode.CLERK)
    page.search.open_person.emit("p-mother", household)
    plan = _show(window, Mode.CLERK, CasePlanPanel)
    qtbot.waitUntil(lambda: plan.members.count() == 2, timeout=WAIT)
    assert plan.members.currentText() == "p-mother"


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_members_list_has_its_own_alt_letter(qtbot: QtBot, live_ctx: StationContext,
                                                 language: str) -> None:
    household = _household_with_a_contribution(live_ctx.services["station"].station)
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.set_language(language)
    window.resize(1024, 700)
    plan = _case_plan(qtbot, window, household)
    assert plan.members.isVisible()
    assert (_unreached(plan), _clashes(_letters(window))) == ([], [])
    assert (window.width(), window.height()) == (1024, 700)

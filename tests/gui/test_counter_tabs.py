"""The counter's payments and a person's case plan are tabs of the clerk's window.

Both panels were built and tested but never put in the window: a clerk could not record a
contribution or open a case plan at the desk, only with `sws payment` and `sws case`. They are
tabs of the clerk's mode now; a membership double-clicked in the Household programmes tab
opens its statement there, and a person opened from the search is the case plan's person."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from station.model.operators import login
from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.services import households, memberships
from station.views.services import CasePlanPanel, PaymentsPanel, ProgrammesPanel
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_first_day_gui import _signed_in
from tests.gui.test_tidy10_alt_letters import _clashes, _letters, _show, _unreached
from tests.services.conftest import POOR_ANSWERS, add_household

pytestmark = pytest.mark.gui

WAIT = 20000


def _tab(window: Any, kind: type) -> Any:
    tabs = window.mode_widgets[Mode.CLERK]
    assert isinstance(tabs, QTabWidget)
    return next((tabs.widget(i) for i in range(tabs.count())
                 if isinstance(tabs.widget(i), kind)), None)


def test_the_clerk_has_a_payments_and_a_case_plan_tab(qtbot: QtBot,
                                                     live_ctx: StationContext) -> None:
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.switch_to(Mode.CLERK)
    assert _tab(window, PaymentsPanel) is not None
    assert _tab(window, CasePlanPanel) is not None


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_each_field_of_the_new_tabs_has_its_alt_letter(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    window = _signed_in(qtbot, live_ctx)
    window.set_language(language)
    window.resize(1024, 700)
    for kind in (PaymentsPanel, CasePlanPanel):
        panel = _show(window, Mode.CLERK, kind)
        assert (_unreached(panel), _clashes(_letters(window))) == ([], []), kind.__name__
    assert (window.width(), window.height()) == (1024, 700)


def test_a_membership_double_clicked_opens_its_payments(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """From the household's memberships to the statement and the amount, no id copied."""
    station = live_ctx.services["station"].station
    household = _household_with_a_contribution(station)
    window = _signed_in(qtbot, live_ctx, "clerk1")
    programmes = _show(window, Mode.CLERK, ProgrammesPanel)
    programmes.set_household(household)
    qtbot.waitUntil(lambda: programmes.held.count() > 0, timeout=WAIT)
    item = programmes.held.item(0)
    programmes.held.setCurrentItem(item)
    programmes.held.itemActivated.emit(item)  # a double-click or Enter on the line
    payments: Any = _tab(window, PaymentsPanel)
    tabs = window.mode_widgets[Mode.CLERK]
    assert isinstance(tabs, QTabWidget) and tabs.currentIndex() == tabs.indexOf(payments)
    assert payments.membership.text() == str(item.data(Qt.ItemDataRole.UserRole))
    qtbot.waitUntil(lambda: payments.statement.text() != "", timeout=WAIT)
    assert payments.statement.text().startswith("Status active: arrears 1,500 XSP")
    assert payments.amount.suffix() == " XSP" and payments.amount.value() == 0
    # whose and which, before any amount is taken
    assert payments.whose.text() == "p-mother — Voluntary health insurance for " \
        "informal-economy workers"
    payments.set_membership("no-such-membership")  # another id: nothing of hers stays
    qtbot.waitUntil(lambda: "No membership" in payments.message.text(), timeout=WAIT)
    assert (payments.whose.text(), payments.statement.text()) == ("", "")


def test_a_person_opened_from_the_search_is_the_case_plans_person(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    station = live_ctx.services["station"].station
    household = _household_with_a_contribution(station)
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.switch_to(Mode.CLERK)
    page: Any = window.page(Mode.CLERK)
    page.search.open_person.emit("p-mother", household)
    case_plan = _tab(window, CasePlanPanel)
    assert case_plan.person.text() == "p-mother"
    programmes = _tab(window, ProgrammesPanel)
    assert programmes.household.text() == household  # the household tab opens, as before


def _household_with_a_contribution(station: Any, *, every_proposed: bool = False) -> str:
    """A household whose mother holds the voluntary (contributory) health insurance (and,
    with ``every_proposed``, each member whatever else is proposed to them too)."""
    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    add_household(station, "hh-sok", [("p-grandfather", "M", dt.date(1959, 3, 1), "head"),
                                      ("p-mother", "F", dt.date(1990, 5, 1), "child")])
    households.record_situation(station, "p-mother", disability=False, employment="informal",
                                operator=clerk, now=FIXED_NOW)
    near_poor = dict(POOR_ANSWERS, roof="concrete", water="piped")
    households.assess_household(station, "hh-sok", near_poor, operator=clerk, now=FIXED_NOW)
    package = memberships.propose(station, "hh-sok", today=FIXED_NOW.date())
    memberships.confirm(station, package, accepted=None if every_proposed else [
        ("p-mother", "HEALTH_VOLUNTARY")], operator=clerk, now=FIXED_NOW)
    return "hh-sok"

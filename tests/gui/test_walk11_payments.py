"""The Payments tab finds a member's membership without its id.

A clerk reached a membership's statement only by double-clicking it in the Household
programmes tab, or by typing its id (a UUID nobody has on paper). Now the household open in
the Household programmes tab lists its contributory memberships in the Payments tab as
"person — programme": one pick (mouse or Alt letter and arrows) shows the statement, and the
tab opened with no membership asked for shows the household's first."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from station.model.operators import login
from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.services import households, memberships
from station.views.services import PaymentsPanel, ProgrammesPanel
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_counter_tabs import _household_with_a_contribution
from tests.gui.test_first_day_gui import _signed_in
from tests.gui.test_tidy10_alt_letters import _clashes, _letters, _show, _unreached
from tests.services.conftest import POOR_ANSWERS, add_household

pytestmark = pytest.mark.gui

WAIT = 20000
HEALTH = "Voluntary health insurance for informal-economy workers"


def _household_with_four_memberships(station: Any) -> str:
    """The grandfather holds the health subsidy and the pension (nothing to pay), the
    mother the voluntary health insurance (contributory) and business development."""
    return _household_with_a_contribution(station, every_proposed=True)


def _programmes_showing(qtbot: QtBot, window: Any, household: str) -> Any:
    programmes = _show(window, Mode.CLERK, ProgrammesPanel)
    programmes.set_household(household)
    qtbot.waitUntil(lambda: programmes.held.count() > 0, timeout=WAIT)
    return programmes


def test_the_payments_tab_lists_the_households_contributory_memberships(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    station = live_ctx.services["station"].station
    household = _household_with_four_memberships(station)
    window = _signed_in(qtbot, live_ctx, "clerk1")
    programmes = _programmes_showing(qtbot, window, household)
    assert programmes.held.count() == 4
    payments = _show(window, Mode.CLERK, PaymentsPanel)
    # only the one there is something to pay for, by whom and what
    assert [payments.chooser.itemText(i) for i in range(payments.chooser.count())] == [
        f"p-mother — {HEALTH}"]
    # opened with no membership asked for: the household's first is shown
    qtbot.waitUntil(lambda: payments.statement.text() != "", timeout=WAIT)
    assert payments.statement.text().startswith("Status active: arrears")
    assert payments.whose.text() == f"p-mother — {HEALTH}"
    mother = payments.chooser.itemData(0)
    assert payments.membership.text() == mother


def test_a_membership_picked_from_the_list_shows_its_statement_keyboard_only(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    station = live_ctx.services["station"].station
    household = _household_with_four_memberships(station)
    window = _signed_in(qtbot, live_ctx, "clerk1")
    _programmes_showing(qtbot, window, household)
    payments = _show(window, Mode.CLERK, PaymentsPanel)
    qtbot.waitUntil(lambda: payments.statement.text() != "", timeout=WAIT)
    payments.membership.setText("no-such-membership")  # what a clerk typed before
    payments.refresh()
    qtbot.waitUntil(lambda: "No membership" in payments.message.text(), timeout=WAIT)
    assert payments.chooser.currentIndex() == -1  # not the household's: none picked, said
    assert payments.chooser.placeholderText() == "choose a membership"
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # the list
    assert payments.chooser.hasFocus()
    payments.chooser.setCurrentIndex(-1)
    QTest.keyClick(payments.chooser, Qt.Key.Key_Down)  # the first (only) membership
    qtbot.waitUntil(lambda: payments.statement.text() != "", timeout=WAIT)
    assert payments.membership.text() == payments.chooser.itemData(0)
    assert payments.whose.text() == f"p-mother — {HEALTH}"


def test_a_household_without_contributions_shows_no_list(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    station = live_ctx.services["station"].station
    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    add_household(station, "hh-old", [("p-grandfather", "M", dt.date(1959, 3, 1), "head")])
    households.assess_household(station, "hh-old", POOR_ANSWERS, operator=clerk, now=FIXED_NOW)
    package = memberships.propose(station, "hh-old", today=FIXED_NOW.date())
    memberships.confirm(station, package, accepted=None, operator=clerk, now=FIXED_NOW)
    household = "hh-old"
    window = _signed_in(qtbot, live_ctx, "clerk1")
    _programmes_showing(qtbot, window, household)
    payments = _show(window, Mode.CLERK, PaymentsPanel)
    assert payments.chooser.count() == 0 and not payments.chooser.isVisible()
    assert payments.membership.text() == ""  # nothing asked for on its own


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_list_has_its_own_alt_letter(qtbot: QtBot, live_ctx: StationContext,
                                         language: str) -> None:
    station = live_ctx.services["station"].station
    household = _household_with_four_memberships(station)
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.set_language(language)
    window.resize(1024, 700)
    _programmes_showing(qtbot, window, household)
    payments = _show(window, Mode.CLERK, PaymentsPanel)
    assert payments.chooser.isVisible()
    assert (_unreached(payments), _clashes(_letters(window))) == ([], [])
    assert (window.width(), window.height()) == (1024, 700)


def test_a_membership_with_nothing_to_pay_does_not_open_the_payments_tab(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """A double-click on the pension's line took the clerk to the Payments tab and its red
    'does not collect contributions'; it now says so where the clerk is."""
    station = live_ctx.services["station"].station
    household = _household_with_four_memberships(station)
    window = _signed_in(qtbot, live_ctx, "clerk1")
    programmes = _programmes_showing(qtbot, window, household)
    tabs: Any = window.mode_widgets[Mode.CLERK]
    pension = next(programmes.held.item(i) for i in range(programmes.held.count())
                   if "pension" in programmes.held.item(i).text())
    programmes.held.setCurrentItem(pension)
    programmes.held.itemActivated.emit(pension)
    assert tabs.currentWidget() is programmes
    assert programmes.message.text() == \
        "Old-age social pension collects no contributions: there is nothing to pay."
    health = next(programmes.held.item(i) for i in range(programmes.held.count())
                  if "Voluntary health" in programmes.held.item(i).text())
    programmes.held.itemActivated.emit(health)  # the contributory one still opens
    payments = tabs.currentWidget()
    assert isinstance(payments, PaymentsPanel)

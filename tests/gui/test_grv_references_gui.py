"""The Grievances tab names a grievance by its short reference, finds it by that reference,
and takes the person opened from the search (grv).

The tab showed no reference, and could not find the grievance a person came back about once
it was closed (the list shows open ones); its Person field took a typed person id only."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from station.model.operators import OperatorInfo
from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.services import grievances
from station.views.services import GrievancesPanel
from tests.gui.cards import file_card
from tests.gui.conftest import FIXED_NOW
from tests.gui.test_counter_tabs import _household_with_a_contribution
from tests.gui.test_first_day_gui import _signed_in
from tests.gui.test_grvslip_acknowledgement import _panel, _taken
from tests.gui.test_services_panels import WAIT, clerk, household
from tests.gui.test_tidy10_alt_letters import _show

__all__ = ["clerk", "household"]  # the fixtures, shared with the services panels' tests

pytestmark = pytest.mark.gui


def _find(qtbot: QtBot, panel: GrievancesPanel, typed: str) -> None:
    panel.find_box.setText(typed)
    QTest.keyClick(panel.find_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=WAIT)


def test_the_reference_is_listed_and_found_when_closed(
        qtbot: QtBot, station: Any, clerk: OperatorInfo, household: str) -> None:
    panel = _panel(qtbot, station, clerk)
    dialog = _taken(qtbot, panel)
    reference = grievances.listing(station)[0]["reference"]
    assert reference.endswith("-20261122-G001")
    said = dialog.findChild(QLabel, "grievanceSlipSaid")
    assert said is not None and reference in said.text()  # the slip carries it
    dialog.close()
    assert reference in panel.message.text()  # "Grievance ... received."
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)
    header = panel.table.horizontalHeaderItem(0)
    assert header is not None and header.text() == "Reference"
    first = panel.table.item(0, 0)
    assert first is not None and first.text() == reference
    # resolved and closed: out of the list of open ones
    grievances.resolve(station, reference, "paid", operator=clerk, now=FIXED_NOW)
    grievances.close(station, reference, operator=clerk, now=FIXED_NOW)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=WAIT)
    _find(qtbot, panel, reference.lower())  # as the person reads it out
    assert panel.table.rowCount() == 1 and panel.selected() is not None
    assert panel.selected()["status"] == "closed"  # type: ignore[index]
    _find(qtbot, panel, "X-20261122-G404")
    assert panel.message.text() == "No grievance has the reference or card X-20261122-G404."
    assert panel.table.rowCount() == 1  # what was shown stays
    # the slip lost, the card kept: the holder's grievances
    grievances.intake(station, category="card", description="card broken",
                      person_id="p-mother", operator=clerk, now=FIXED_NOW)
    file_card(station, "CARD-1", "issued", issued_at=FIXED_NOW.replace(tzinfo=None))
    _find(qtbot, panel, "CARD-1")
    assert panel.table.rowCount() == 2 and panel.selected() is None  # the clerk picks
    assert panel.message.text() == "2 grievances of this card's holder: choose one."


def test_a_person_opened_from_the_search_is_the_grievances_person(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    household = _household_with_a_contribution(live_ctx.services["station"].station)
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.switch_to(Mode.CLERK)
    page: Any = window.page(Mode.CLERK)
    page.search.open_person.emit("p-mother", household)
    panel = _show(window, Mode.CLERK, GrievancesPanel)
    qtbot.waitUntil(lambda: panel.person_name.text() != "", timeout=WAIT)
    assert panel.person.text() == "p-mother"  # the id stays what is recorded
    assert panel.person_name.text() == "p-mother, born 01/05/1990"  # the fixture's name
    panel.person.setText("nobody")  # an id typed by hand still goes
    panel.person.editingFinished.emit()
    qtbot.waitUntil(lambda: panel.person_name.text() == "no person has this id",
                    timeout=WAIT)

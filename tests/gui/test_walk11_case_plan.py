"""The Case plan tab says whose case it is, and refuses what would go wrong.

A clerk saw only an id beside the plan: a mistyped id said "No case yet: open one." as if
the person existed; a deceased person's empty plan asked for a case the service then
refused; and with a case open, "Open the case" stayed live and opened a second one for the
same person. Now the person's name and birth date are shown (and a death), an unknown id is
refused in one line, and a case cannot be opened twice or for someone who died."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from station.model.deaths import record_death
from station.model.operators import login
from station.services import cases
from station.views.services import CasePlanPanel
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.services.conftest import add_household

pytestmark = pytest.mark.gui

WAIT = 20000


def _panel(qtbot: QtBot, station: Any) -> Any:
    add_household(station, "hh-sok", [("p-grandfather", "M", dt.date(1959, 3, 1), "head"),
                                      ("p-mother", "F", dt.date(1990, 5, 1), "child")])
    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    panel = CasePlanPanel(station, clerk, lambda: FIXED_NOW)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _loaded(qtbot: QtBot, panel: Any, person_id: str) -> None:
    panel.set_person(person_id)
    # the runner is idle a moment before its answer is shown (two queued deliveries)
    qtbot.waitUntil(lambda: not panel.runner.busy and panel.message.text() != "Working...",
                    timeout=WAIT)


def test_the_case_plan_says_whose_it_is(qtbot: QtBot, station: Any) -> None:
    panel = _panel(qtbot, station)
    _loaded(qtbot, panel, "p-mother")
    assert panel.whose.text() == "p-mother, born 01/05/1990"
    assert panel.message.text() == "No case yet: open one."
    assert panel.open_button.isEnabled()


def test_an_unknown_person_id_is_refused_and_nothing_of_another_stays(
        qtbot: QtBot, station: Any) -> None:
    panel = _panel(qtbot, station)
    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    cases.open_case(station, "p-mother", manager="clerk1", summary="work", operator=clerk,
                    now=FIXED_NOW)
    _loaded(qtbot, panel, "p-mother")
    assert panel.case is not None
    _loaded(qtbot, panel, "p-nobody")
    assert panel.message.text() == "No person with id or card serial 'p-nobody'"
    assert (panel.whose.text(), panel.case_label.text(), panel.case) == ("", "", None)
    assert not panel.open_button.isEnabled()


def test_a_case_is_not_opened_twice(qtbot: QtBot, station: Any) -> None:
    panel = _panel(qtbot, station)
    _loaded(qtbot, panel, "p-mother")
    panel.summary.setText("lost her job")
    panel.open_button.click()
    qtbot.waitUntil(lambda: panel.case is not None and not panel.runner.busy, timeout=WAIT)
    assert panel.whose.text() == "p-mother, born 01/05/1990"
    assert not panel.open_button.isEnabled()  # a second press opened a second case
    assert len(cases.cases_of(station, "p-mother")) == 1


def test_a_deceased_persons_case_cannot_be_opened(qtbot: QtBot, station: Any) -> None:
    panel = _panel(qtbot, station)
    boss = login(station, "super", PASSWORD, now=FIXED_NOW)
    record_death(station, "p-grandfather", died_on=dt.date(2026, 11, 20),
                 source="certificate 9", by=boss, now=FIXED_NOW)
    _loaded(qtbot, panel, "p-grandfather")
    assert panel.whose.text() == "p-grandfather, born 01/03/1959, died on 20/11/2026", \
        panel.message.text()
    assert panel.message.text() == "Died on 20/11/2026: no case can be opened."
    assert not panel.open_button.isEnabled()


def test_another_id_typed_forgets_the_person_shown(qtbot: QtBot, station: Any) -> None:
    panel = _panel(qtbot, station)
    boss = login(station, "super", PASSWORD, now=FIXED_NOW)
    record_death(station, "p-grandfather", died_on=dt.date(2026, 11, 20),
                 source="certificate 9", by=boss, now=FIXED_NOW)
    _loaded(qtbot, panel, "p-grandfather")
    panel.person.setFocus()
    panel.person.selectAll()
    from PySide6.QtTest import QTest

    QTest.keyClicks(panel.person, "p-mother")  # typed, not yet shown
    assert panel.whose.text() == ""
    assert panel.open_button.isEnabled()  # her case can be opened straight away


def test_the_status_sits_beside_its_label(qtbot: QtBot, station: Any) -> None:
    """The plan item's status drop-down stood a third of the row away from its label."""
    panel = _panel(qtbot, station)
    panel.resize(1024, 640)
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    label = next(x for x in panel.findChildren(QLabel) if x.buddy() is panel.item_status)
    gap = panel.item_status.geometry().left() - label.geometry().left() - label.sizeHint().width()
    assert gap < 20, gap


def test_a_case_is_closed_at_the_counter(qtbot: QtBot, station: Any) -> None:
    """A case could be closed only with `sws case close` (a deceased person's open case
    stayed open at the desk, its plan still taking items)."""
    panel = _panel(qtbot, station)
    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    case_id = cases.open_case(station, "p-grandfather", manager="clerk1", summary="work",
                              operator=clerk, now=FIXED_NOW)
    boss = login(station, "super", PASSWORD, now=FIXED_NOW)
    record_death(station, "p-grandfather", died_on=dt.date(2026, 11, 20),
                 source="certificate 9", by=boss, now=FIXED_NOW)
    _loaded(qtbot, panel, "p-grandfather")
    assert panel.close_button.isEnabled()
    asked: list[str] = []

    def no(question: str) -> bool:  # the clerk says no
        asked.append(question)
        return False

    panel.ask = no
    panel.close_button.click()
    assert len(asked) == 1 and cases.case_file(station, case_id)["status"] == "open"
    panel.ask = lambda question: True
    panel.close_button.click()
    qtbot.waitUntil(lambda: panel.message.text() == "Case closed." and not panel.runner.busy,
                    timeout=WAIT)
    assert cases.case_file(station, case_id)["status"] == "closed"
    assert not panel.close_button.isEnabled() and not panel.add_button.isEnabled()
    assert not panel.open_button.isEnabled()  # he died: no new one either

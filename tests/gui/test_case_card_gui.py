"""The Case plan tab finds the person from their card, as the Payments tab does: the serial
typed (small letters too) or read on the desk's reader shows the holder's case, a revoked
card's too (the message line says so); no reader at the desk, no Read the card button."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from station.model.operators import login
from station.services import cases
from station.views.services import CasePlanPanel
from tests.gui.cards import file_card, reader_with
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.services.conftest import add_household

pytestmark = pytest.mark.gui

WAIT = 20000


def _mother_with_a_revoked_card(station: Any) -> None:
    add_household(station, "hh-sok", [("p-grandfather", "M", dt.date(1959, 3, 1), "head"),
                                      ("p-mother", "F", dt.date(1990, 5, 1), "child")])
    file_card(station, "0A0B0C0D", "revoked")


def _shown(qtbot: QtBot, panel: Any) -> None:
    # the runner is idle a moment before its answer is shown (two queued deliveries)
    qtbot.waitUntil(lambda: not panel.runner.busy and panel.message.text() != "Working...",
                    timeout=WAIT)


def test_a_card_serial_typed_shows_its_holders_case(qtbot: QtBot, station: Any) -> None:
    _mother_with_a_revoked_card(station)
    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    case_id = cases.open_case(station, "p-mother", manager="clerk1", summary="lost her job",
                              operator=clerk, now=FIXED_NOW)
    panel = CasePlanPanel(station, clerk, lambda: FIXED_NOW)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.read_button.isVisible()  # no reader at this desk
    panel.person.setFocus()
    QTest.keyClicks(panel.person, "0a0b0c0d")
    QTest.keyClick(panel.person, Qt.Key.Key_Return)
    _shown(qtbot, panel)
    assert panel.case is not None and panel.case["case_id"] == case_id, panel.message.text()
    assert panel.person.text() == "0a0b0c0d"  # what the clerk typed stays
    assert panel.whose.text() == "p-mother, born 01/05/1990"
    assert "revoked" in panel.message.text()


def test_read_the_card_shows_its_holder(qtbot: QtBot, station: Any) -> None:
    _mother_with_a_revoked_card(station)
    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    reader = reader_with(revoked=True)
    panel = CasePlanPanel(station, clerk, lambda: FIXED_NOW, cards=reader)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.read_button.isVisible()
    panel.read_button.click()
    qtbot.waitUntil(lambda: panel.whose.text() != "", timeout=WAIT)
    assert panel.person.text() == "0A0B0C0D"
    assert panel.whose.text() == "p-mother, born 01/05/1990"
    _shown(qtbot, panel)
    assert "revoked" in panel.message.text() and "No case yet" in panel.message.text()
    panel.open_button.click()  # the holder's case, not one for a "person" 0A0B0C0D
    qtbot.waitUntil(lambda: panel.case is not None and not panel.runner.busy, timeout=WAIT)
    assert len(cases.cases_of(station, "p-mother")) == 1


def test_read_the_card_has_its_own_alt_letter_and_the_window_fits(
        qtbot: QtBot, live_ctx: Any) -> None:
    from station.model.ui_session import Mode
    from tests.gui.test_first_day_gui import _signed_in
    from tests.gui.test_tidy10_alt_letters import _clashes, _letters, _show

    live_ctx.services["cards"] = reader_with()
    window = _signed_in(qtbot, live_ctx, "clerk1")
    for language in ("en", "km", "ur", "id"):  # one window, each language in turn
        window.set_language(language)
        window.resize(1024, 700)
        panel = _show(window, Mode.CLERK, CasePlanPanel)
        assert panel.read_button.isVisible(), language
        letters = _letters(window)
        assert _clashes(letters) == [], (language, "".join(sorted(letters)))
        assert (window.width(), window.height()) == (1024, 700), language

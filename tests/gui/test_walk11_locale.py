"""A desk switched to another language writes numbers and times as that language does.

The window's widgets kept the number and date forms of the language the station started in:
an English desk switched to Indonesian wrote arrears of 1,500 (Indonesian: 1.500) and a
payment at 09:30 (Indonesian: 09.30), and a Khmer desk switched to English "9:30 AM"."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.views.services import PaymentsPanel, ProgrammesPanel
from tests.gui.test_counter_tabs import _household_with_a_contribution
from tests.gui.test_first_day_gui import _signed_in
from tests.gui.test_tidy10_alt_letters import _show

pytestmark = pytest.mark.gui

WAIT = 20000


def _statement(qtbot: QtBot, window: Any, household: str) -> Any:
    programmes = _show(window, Mode.CLERK, ProgrammesPanel)
    programmes.set_household(household)
    qtbot.waitUntil(lambda: programmes.held.count() > 0, timeout=WAIT)
    payments = _show(window, Mode.CLERK, PaymentsPanel)
    qtbot.waitUntil(lambda: payments.statement.text() != "" and not payments.runner.busy,
                    timeout=WAIT)
    return payments


def test_an_english_desk_switched_to_indonesian_writes_indonesian_numbers(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    household = _household_with_a_contribution(live_ctx.services["station"].station)
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.set_language("id")
    payments = _statement(qtbot, window, household)
    assert "1.500 XSP" in payments.statement.text(), payments.statement.text()
    assert payments.locale().name() == QLocale().name() == "id_ID"


def test_a_payment_time_follows_the_language_chosen_at_the_desk(
        qtbot: QtBot, live_ctx: StationContext, khmer: None) -> None:
    """The station started in Khmer (its window made then), switched to English."""
    household = _household_with_a_contribution(live_ctx.services["station"].station)
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.set_language("en")
    payments = _statement(qtbot, window, household)
    payments.amount.setValue(500)
    payments.pay_button.click()
    qtbot.waitUntil(lambda: payments.history.count() == 1, timeout=WAIT)
    line = payments.history.item(0).text()
    assert "(22/11/2026 09:30)" in line and "AM" not in line, line

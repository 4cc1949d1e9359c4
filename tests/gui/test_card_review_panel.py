"""The supervisor's *Cards to replace* lists a card that still claims a programme the holder no
longer has (a hospital reads the card alone), in the desk's words and with the holder's phone,
until a new card replaces it; it is on the Supervisor's tabs with its own Alt letter."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from station.model.operators import login
from station.model.ui_context import StationContext
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_deaths import _cell, _person
from tests.services.test_cards_to_replace import _card

pytestmark = pytest.mark.gui

WAIT = 10000


def test_a_card_claiming_an_ended_programme_is_listed_until_it_is_replaced(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    from station.views.services import CardReviewPanel

    person_id = _person(station)  # Sok Dara, in no programme
    supervisor = login(station, "super", PASSWORD, now=FIXED_NOW)
    today = FIXED_NOW.date()
    _card(station, person_id, "0C41", (("HEALTH_SUBSIDY", today, today.replace(year=2031)),),
          supervisor)
    panel = CardReviewPanel(station, supervisor, live_ctx.clock,
                            services=live_ctx.service("station"))
    qtbot.addWidget(panel)
    panel.resize(1024, 600)
    panel.show()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)
    assert panel.box.title() == "Cards to replace (1)"
    assert [_cell(panel.table, 0, c) for c in (0, 3)] == ["0C41", "+855 12 345 678"]
    assert "Sok Dara" in _cell(panel.table, 0, 1)
    assert _cell(panel.table, 0, 4) == ("Still claims Subsidised health insurance, which no "
                                        "longer covers the holder."), _cell(panel.table, 0, 4)
    _card(station, person_id, "0C42", (), supervisor)  # the new card, right: replaces 0C41
    panel.refresh_button.click()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=WAIT)
    assert panel.box.title() == "Cards to replace (0)"


def test_the_supervisor_has_the_tab(qtbot: QtBot, live_ctx: StationContext) -> None:
    from station.model.ui_session import Mode
    from station.views.services import CardReviewPanel
    from tests.gui.test_first_day_gui import _signed_in

    window = _signed_in(qtbot, live_ctx, "super")
    tabs = window.mode_widgets[Mode.SUPERVISOR]
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert isinstance(tabs.widget(names.index("Cards to replace")), CardReviewPanel)

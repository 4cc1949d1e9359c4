"""The Payments tab's "Read the card": the card on the reader (any state: paying is not a
card check) finds its holder's membership, as its serial typed would."""

from __future__ import annotations

from typing import Any

import pytest

from station.views.services import PaymentsPanel
from tests.gui.cards import file_card, reader_with
from tests.gui.test_pay_lookup_gui import HEALTH, WAIT, _mothers, clock

pytestmark = pytest.mark.gui


def test_a_revoked_card_read_shows_its_holders_statement(qtbot: Any, station: Any) -> None:
    clerk, _membership = _mothers(station)
    file_card(station, "0A0B0C0D", "revoked")
    reader = reader_with(revoked=True)
    panel = PaymentsPanel(station, clerk, clock, cards=reader)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.read_button.isVisible()
    panel.read_button.click()
    qtbot.waitUntil(lambda: panel.statement.text() != "", timeout=WAIT)
    assert panel.membership.text() == "0A0B0C0D"
    assert panel.whose.text() == f"p-mother — {HEALTH}"
    assert "revoked" in panel.message.text()


def test_no_reader_service_no_button(qtbot: Any, station: Any) -> None:
    clerk, _membership = _mothers(station)
    panel = PaymentsPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.read_button.isVisible()


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_read_the_card_has_its_own_alt_letter_and_the_window_fits(
        qtbot: Any, live_ctx: Any, language: str) -> None:
    from station.model.ui_session import Mode
    from tests.gui.test_first_day_gui import _signed_in
    from tests.gui.test_tidy10_alt_letters import _clashes, _letters, _show

    station = live_ctx.services["station"].station
    _clerk, membership = _mothers(station)
    live_ctx.services["cards"] = reader_with()
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.set_language(language)
    window.resize(1024, 700)
    payments = _show(window, Mode.CLERK, PaymentsPanel)
    payments.set_membership(membership)  # every button on screen: statement, receipt, copy
    qtbot.waitUntil(lambda: payments.statement.text() != "", timeout=WAIT)
    payments.amount.setValue(1500)
    payments.pay_button.click()
    qtbot.waitUntil(lambda: payments.save_button.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: payments.history.count() == 1, timeout=WAIT)
    assert payments.read_button.isVisible() and payments.save_copy_button.isVisible()
    letters = _letters(window)
    assert _clashes(letters) == [], "".join(sorted(letters))
    assert (window.width(), window.height()) == (1024, 700)

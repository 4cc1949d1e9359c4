"""Refund and withdraw at the desk gives back the amount the clerk confirmed, or nothing."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from station.model.deaths import record_death
from station.model.operators import OperatorInfo, login
from station.registry.models import ProgrammeMembership
from station.services import payments
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_eighth_day_gui import said_in
from tests.gui.test_refund10_gui import _choose, _paid_not_begun
from tests.gui.test_services_panels import clerk, household, wait_message
from tests.gui.test_seventh_day_gui import _programmes_panel
from tests.services._db import audit_actions

__all__ = ["clerk", "household"]  # the fixtures, shared with the services panels' tests

pytestmark = pytest.mark.gui


def test_a_payment_while_the_clerk_confirms_refunds_nothing(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The question named 4,500; while it stood, another desk took 100 more. Yes refunded
    4,600 on the receipt while the clerk handed over 4,500. Now nothing is refunded, the
    tab says the amount changed (both amounts), and the membership stays."""
    membership = _paid_not_begun(station, clerk, household)
    panel = _programmes_panel(qtbot, station, clerk, household)
    _choose(panel, "Voluntary")

    def another_desk_meanwhile(quote: Any) -> bool:
        payments.record_payment(station, membership, 100, operator=clerk, now=FIXED_NOW)
        return True

    monkeypatch.setattr(panel, "_confirm_refund", another_desk_meanwhile)
    qtbot.mouseClick(panel.refund_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "nothing was refunded")
    said = panel.message.text()
    assert "4500 then, 4600 now" in said and "Refund receipt" not in said, said
    assert "contribution.refund" not in audit_actions(station)
    with station.reading() as session:
        assert session.get(ProgrammeMembership, membership) is not None


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_the_changed_amount_is_said_in_the_desks_language(qapp: Any, language: str) -> None:
    """The refusal is typed and said from its two amounts, never in English at a Khmer,
    Urdu or Indonesian desk."""
    from station.services.errors import RefundChanged

    _english, (said,) = said_in(language, (RefundChanged("M-7", 4500, 4600),))
    assert "membership" not in said and "Nothing" not in said, said
    assert said.count("%") == 0, said


def test_a_deceased_members_refund_is_said_as_the_familys(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The tab said "4,500 XSP given back to p-mother", a member recorded dead; the money
    went to the family, and the line now says so."""
    _paid_not_begun(station, clerk, household)
    boss = login(station, "super", PASSWORD, now=FIXED_NOW)
    record_death(station, "p-mother", died_on=FIXED_NOW.date(), source="certificate 9",
                 by=boss, now=FIXED_NOW)
    panel = _programmes_panel(qtbot, station, clerk, household)
    _choose(panel, "(deceased)")
    monkeypatch.setattr(panel, "_confirm_refund", lambda quote: True)
    qtbot.mouseClick(panel.refund_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "Refund receipt")
    assert "4,500 XSP given back to the family of p-mother" in panel.message.text(), (
        panel.message.text())

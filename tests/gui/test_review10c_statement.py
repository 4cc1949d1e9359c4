"""Review of the payments panel: the statement the clerk reads out says the currency of
its arrears and its credit, as the receipt and the history lines do."""

from __future__ import annotations

from typing import Any

import pytest

from station.model.operators import OperatorInfo
from station.views.services import PaymentsPanel
from tests.gui.test_credit10_gui import _paid_ahead_then_moved
from tests.gui.test_services_panels import WAIT, _contributing_member, clerk, clock, household

__all__ = ["clerk", "household"]  # the fixtures, shared with the services panels' tests

pytestmark = pytest.mark.gui


def _statement(qtbot: Any, station: Any, clerk: OperatorInfo, membership: str) -> str:
    panel = PaymentsPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.set_membership(membership)
    qtbot.waitUntil(lambda: panel.statement.text() != "", timeout=WAIT)
    return str(panel.statement.text())


def test_the_arrears_are_said_with_their_currency(qtbot: Any, station: Any,
                                                   clerk: OperatorInfo, household: str) -> None:
    """'Status active: arrears 1,500, ...': 1,500 of what, riel or dollars?"""
    text = _statement(qtbot, station, clerk, _contributing_member(station, clerk, household))
    assert text.startswith("Status active: arrears 1,500 XSP, 0 periods overdue"), text


def test_an_ended_memberships_credit_is_said_with_its_currency(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str) -> None:
    text = _statement(qtbot, station, clerk, _paid_ahead_then_moved(station, clerk, household))
    assert ", credit 15,000 XSP" in text, text


def test_an_ended_memberships_statement_says_it_ended(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str) -> None:
    """'Status active: ..., paid until 12/10/2027' was read to a member who moved away
    yesterday: nothing said the membership had ended."""
    text = _statement(qtbot, station, clerk, _paid_ahead_then_moved(station, clerk, household))
    assert text.startswith("Ended on 21/11/2026:") and "paid until 21/11/2026" in text, text


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_the_end_is_said_in_the_desks_language(qtbot: Any, station: Any, clerk: OperatorInfo,
                                               household: str, language: str) -> None:
    from station.i18n import apply_language

    membership = _paid_ahead_then_moved(station, clerk, household)
    apply_language(language)
    text = _statement(qtbot, station, clerk, membership)
    assert "ended" not in text and "21/11/2026" in text and "XSP" in text, text

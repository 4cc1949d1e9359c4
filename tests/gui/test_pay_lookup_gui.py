"""The Payments tab finds the membership from what the member brings: an old receipt, or
their card (several contributory memberships on one card: the list, to choose from)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from station.model.operators import OperatorInfo, login
from station.registry.models import Card, ProgrammeMembership
from station.services import payments
from station.views.services import PaymentsPanel
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_counter_tabs import _household_with_a_contribution

pytestmark = pytest.mark.gui

WAIT = 15000
HEALTH = "Voluntary health insurance for informal-economy workers"


def clock() -> dt.datetime:
    return FIXED_NOW


def _mothers(station: Any) -> tuple[OperatorInfo, str]:
    """The clerk, and the mother's voluntary health insurance (1,500 XSP a month)."""
    _household_with_a_contribution(station)
    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    with station.reading() as session:
        (membership,) = session.query(ProgrammeMembership.id).filter_by(
            person_id="p-mother", programme_code="HEALTH_VOLUNTARY").one()
    return clerk, str(membership)


def _typed(qtbot: Any, panel: PaymentsPanel, text: str) -> None:
    panel.membership.setFocus()
    panel.membership.setText(text)
    QTest.keyClick(panel.membership, Qt.Key.Key_Return)


def test_an_old_receipt_number_shows_the_statement_and_takes_the_payment(
        qtbot: Any, station: Any) -> None:
    clerk, membership = _mothers(station)
    first = payments.record_payment(station, membership, 1500, operator=clerk, now=FIXED_NOW)
    panel = PaymentsPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    _typed(qtbot, panel, first.receipt_no)
    qtbot.waitUntil(lambda: panel.statement.text() != "", timeout=WAIT)
    assert panel.whose.text() == f"p-mother — {HEALTH}"
    assert panel.statement.text().startswith("Status active: arrears 0 XSP")
    assert panel.history.count() == 1
    panel.amount.setValue(1500)
    qtbot.mouseClick(panel.pay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.receipt.text() != "", timeout=WAIT)
    qtbot.waitUntil(lambda: panel.history.count() == 2, timeout=WAIT)
    assert panel.receipt.text().endswith("-00002: 1,500 XSP received.")
    assert len(payments.payment_history(station, membership)) == 2  # hers, not another's


def test_a_lost_card_with_two_memberships_lists_both_to_choose_from(
        qtbot: Any, station: Any) -> None:
    clerk, running = _mothers(station)
    ended = str(uuid.uuid4())  # her earlier insurance, ended with arrears: listed too
    with station.transaction() as session:
        session.add(ProgrammeMembership(
            id=ended, person_id="p-mother", programme_code="HEALTH_VOLUNTARY",
            start_date=dt.date(2026, 1, 1), end_date=dt.date(2026, 6, 30)))
        session.add(Card(serial="0A0B0C0D", person_id="p-mother", credential=b"x",
                         status="lost", issued_at=dt.datetime(2026, 1, 1)))
    panel = PaymentsPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.show()
    _typed(qtbot, panel, "0a0b0c0d")
    qtbot.waitUntil(lambda: panel.chooser.count() == 2, timeout=WAIT)
    assert panel.chooser.isVisible()
    assert [panel.chooser.itemData(i) for i in range(2)] == [ended, running]
    texts = [panel.chooser.itemText(i) for i in range(2)]
    assert texts[0].startswith(f"p-mother — {HEALTH} (ended ")
    assert texts[1] == f"p-mother — {HEALTH}"
    assert "choose one" in panel.message.text() and "lost" in panel.message.text()
    assert panel.statement.text() == "" and panel.chooser.currentIndex() == -1
    panel.chooser.activated.emit(1)  # the clerk picks the running one
    qtbot.waitUntil(lambda: panel.statement.text() != "", timeout=WAIT)
    assert panel.statement.text().startswith("Status active")
    assert panel.membership.text() == running


def test_what_the_field_finds_nothing_for_is_said_in_the_desks_language(
        qapp: Any, khmer: None) -> None:
    from station.services.errors import NoContributoryMembership, UnknownRecord
    from station.services.membership_lookup import ANY_KEY
    from station.views.workers import plain_message

    for refused in (NoContributoryMembership("Sok Mealea", "p-mother", "0A0B", "issued"),
                    UnknownRecord("membership", "0A0B", key=ANY_KEY),
                    UnknownRecord("receipt", "S-20261122-00009", key="number")):
        said = plain_message(refused)
        assert said != str(refused)[:1].upper() + str(refused)[1:], said  # not the English
        assert "Sok Mealea" in said or "0A0B" in said or "S-20261122-00009" in said

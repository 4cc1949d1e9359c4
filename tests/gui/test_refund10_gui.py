"""Refund and withdraw at the desk: the Programmes tab gives back what was paid towards a
membership that never began (asked first, naming the amount and the person), says the refund
receipt, and offers a deceased member's family their refund; the payments panel lists the
refund as a refund."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from station.model.deaths import record_death
from station.model.operators import OperatorInfo, login
from station.registry.models import ProgrammeMembership
from station.services import payments
from station.views.services import PaymentsPanel
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_eighth_day_gui import said_in
from tests.gui.test_services_panels import (
    WAIT,
    _contributing_member,
    clerk,
    clock,
    household,
    wait_message,
)
from tests.gui.test_seventh_day_gui import _held_texts, _programmes_panel
from tests.services._db import audit_actions

__all__ = ["clerk", "household"]  # the fixtures, shared with the services panels' tests

pytestmark = pytest.mark.gui

START = dt.date(2026, 12, 1)  # after the desk's today (22/11/2026)


def _paid_not_begun(station: Any, clerk: OperatorInfo, household: str) -> str:
    """The mother's voluntary health insurance, to begin on 1 December, 4,500 paid."""
    membership = _contributing_member(station, clerk, household)
    with station.transaction() as session:
        session.execute(sa.update(ProgrammeMembership)
                        .where(ProgrammeMembership.id == membership)
                        .values(start_date=START))
    payments.record_payment(station, membership, 4500, operator=clerk, now=FIXED_NOW)
    return membership


def _choose(panel: Any, words: str) -> None:
    row = next(i for i, t in enumerate(_held_texts(panel)) if words in t)
    panel.held.setCurrentRow(row)


def test_refund_and_withdraw_from_the_programmes_tab(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Withdraw was refused and the money stayed; Refund and withdraw now asks first,
    naming the amount and the person (No changes nothing), then says the refund receipt,
    and the membership leaves the list."""
    membership = _paid_not_begun(station, clerk, household)
    panel = _programmes_panel(qtbot, station, clerk, household)
    _choose(panel, "Voluntary")
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "refund it and withdraw")  # the refusal says what to do
    asked: list[str] = []
    monkeypatch.setattr(panel, "_confirm_refund",
                        lambda quote: asked.append(panel.refund_question(quote)) or False)
    qtbot.mouseClick(panel.refund_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "Nothing was refunded.")
    assert asked and "4,500 XSP" in asked[0] and "p-mother" in asked[0], asked
    assert "contribution.refund" not in audit_actions(station)
    monkeypatch.setattr(panel, "_confirm_refund", lambda quote: True)
    qtbot.mouseClick(panel.refund_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "Refund receipt")
    said = panel.message.text()
    assert "-R00001: 4,500 XSP given back to p-mother" in said and "withdrawn" in said, said
    qtbot.waitUntil(lambda: not any("Voluntary" in t for t in _held_texts(panel)),
                    timeout=WAIT)
    with station.reading() as session:
        assert session.get(ProgrammeMembership, membership) is None


def test_a_deceased_members_refund_is_offered_to_the_family(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The mother died before her insurance began: her memberships left the list, and the
    money paid with them. The list now says the refund is owed to the family; Refund and
    withdraw gives it back with the death as the reason."""
    membership = _paid_not_begun(station, clerk, household)
    boss = login(station, "super", PASSWORD, now=FIXED_NOW)
    record_death(station, "p-mother", died_on=FIXED_NOW.date(), source="certificate 9",
                 by=boss, now=FIXED_NOW)
    panel = _programmes_panel(qtbot, station, clerk, household)
    owed = next(t for t in _held_texts(panel) if "(deceased)" in t)
    assert "4,500 paid is owed to the family" in owed, owed
    _choose(panel, "(deceased)")
    asked: list[str] = []
    monkeypatch.setattr(panel, "_confirm_refund",
                        lambda quote: asked.append(panel.refund_question(quote)) or True)
    qtbot.mouseClick(panel.refund_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "Refund receipt")
    assert "to the family" in asked[0], asked
    qtbot.waitUntil(lambda: not any("(deceased)" in t for t in _held_texts(panel)),
                    timeout=WAIT)
    assert audit_actions(station, membership)[-1] == "programme.withdraw"


def test_the_payments_panel_lists_the_refund_as_a_refund(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str) -> None:
    """The payments panel of a refunded membership said only "No programme membership has
    the id": it now says it was withdrawn and refunded (the receipt), and its history lists
    the payment and the refund apart."""
    membership = _paid_not_begun(station, clerk, household)
    done = payments.refund_and_withdraw(station, membership, reason="moved", operator=clerk,
                                        now=FIXED_NOW)
    panel = PaymentsPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.set_membership(membership)
    qtbot.waitUntil(lambda: panel.history.count() == 2, timeout=WAIT)
    lines = [panel.history.item(i).text() for i in range(2)]
    assert lines[0].endswith("4,500 XSP paid") and lines[1].endswith("4,500 XSP refunded")
    assert lines[1].startswith(done.receipt_no)
    assert "withdrawn" in panel.statement.text() and done.receipt_no in panel.statement.text()


def test_refund_is_on_the_keyboard(qtbot: Any, station: Any, clerk: OperatorInfo,
                                   household: str) -> None:
    """Alt+F reaches Refund and withdraw, a letter no other button of the tab takes."""
    _paid_not_begun(station, clerk, household)
    panel = _programmes_panel(qtbot, station, clerk, household)
    letters = [b.text().split("&")[1][:1].lower() for b in panel.action_buttons()]
    assert panel.refund_button.text().split("&")[1][:1].lower() == "f"
    assert len(letters) == len(set(letters)), letters


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_refund_refusals_are_said_in_the_desks_language(qapp: Any, language: str) -> None:
    """The refund's refusals are typed and said from their type and data, never in
    English at a Khmer, Urdu or Indonesian desk."""
    from station.services.errors import (
        ContributionsPaid,
        MembershipWithdrawn,
        NothingToRefund,
        RefundAfterStart,
    )

    day, today = dt.date(2026, 12, 1), dt.date(2026, 11, 22)
    english, said = said_in(language, (
        RefundAfterStart("M-7", day, today), NothingToRefund("M-7"),
        MembershipWithdrawn("M-7", "st-20261122-R00001"),
        ContributionsPaid("M-7", day, None, today, 1500)))
    for words, text in zip(english, said, strict=True):
        assert text and text != words and "membership" not in text, text
    assert "2026" in said[0] and "st-20261122-R00001" in said[2]

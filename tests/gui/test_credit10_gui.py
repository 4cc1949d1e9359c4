"""Give back the credit at the desk: an ended membership with more paid than it was charged
is listed in the Programmes tab with its credit (and currency), and the credit is given
back from its line, asked first (the amount and the person, No by default), the refund
receipt said as payment receipts are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from station.model.operators import OperatorInfo
from station.registry.models import ProgrammeMembership
from station.services import memberships, payments
from tests.gui.conftest import FIXED_NOW
from tests.gui.test_eighth_day_gui import said_in
from tests.gui.test_refund10_gui import _choose
from tests.gui.test_services_panels import (
    WAIT,
    _contributing_member,
    clerk,
    household,
    wait_message,
)
from tests.gui.test_seventh_day_gui import _held_texts, _programmes_panel
from tests.services._db import audit_actions

__all__ = ["clerk", "household"]  # the fixtures, shared with the services panels' tests

pytestmark = pytest.mark.gui

TODAY = FIXED_NOW.date()
DAY = dt.timedelta(days=1)


def _paid_ahead_then_moved(station: Any, clerk: OperatorInfo, household: str) -> str:
    """The mother's insurance began 40 days ago, 18,000 (a year) paid; it ended yesterday
    (she moved): two periods charged, a credit of 15,000."""
    membership = _contributing_member(station, clerk, household)
    with station.transaction() as session:
        session.execute(sa.update(ProgrammeMembership)
                        .where(ProgrammeMembership.id == membership)
                        .values(start_date=TODAY - 40 * DAY))
    payments.record_payment(station, membership, 18000, operator=clerk, now=FIXED_NOW)
    memberships.end_membership(station, membership, reason="moved", end_date=TODAY - DAY,
                               operator=clerk, now=FIXED_NOW)
    return membership


def test_the_credit_is_listed_and_given_back_from_its_line(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, the tab showed nothing of the 15,000 and no action gave it back. The line
    names the credit; Give back the credit shows only on it; words on why are asked for
    first; No refunds nothing; Yes gives back 15,000 on a refund receipt, and the line
    goes."""
    membership = _paid_ahead_then_moved(station, clerk, household)
    panel = _programmes_panel(qtbot, station, clerk, household)
    panel.resize(1000, 600)  # the tab of a 1024 x 700 window
    assert any("credit of 15,000 XSP" in t for t in _held_texts(panel)), _held_texts(panel)
    assert panel.credit_button.isHidden()
    _choose(panel, "credit of")
    assert not panel.credit_button.isHidden() and not panel.credit_reason.isHidden()
    from station.views.services.programmes_panel import FitScrollArea

    page = panel.findChild(FitScrollArea).widget()  # its row fits a 1024 px window's tab
    assert page.minimumSizeHint().width() <= 1000, page.minimumSizeHint()
    assert panel.credit_button.text().split("&")[1][:1].lower() == "b"
    letters = [b.text().split("&")[1][:1].lower() for b in panel.action_buttons()]
    assert len(letters) == len(set(letters)), letters
    asked: list[str] = []
    monkeypatch.setattr(panel, "_confirm_credit",
                        lambda quote: asked.append(panel.credit_question(quote)) or False)
    panel.credit_button.click()
    wait_message(qtbot, panel, "who came for it")  # no words on why: asked for first
    assert not asked
    panel.credit_reason.setText("her son, with her letter")
    qtbot.keyClick(panel.credit_button, Qt.Key.Key_Space)
    wait_message(qtbot, panel, "Nothing was refunded.")
    assert asked and "15,000 XSP" in asked[0] and "p-mother" in asked[0], asked
    assert "contribution.refund" not in audit_actions(station)
    monkeypatch.setattr(panel, "_confirm_credit", lambda quote: True)
    panel.credit_button.click()
    wait_message(qtbot, panel, "Refund receipt")
    said = panel.message.text()
    assert "-R00001: 15,000 XSP given back to p-mother." in said, said
    qtbot.waitUntil(lambda: not any("credit of" in t for t in _held_texts(panel)),
                    timeout=WAIT)
    assert payments.contribution_statement(station, membership,
                                           today=TODAY).credit_minor == 0
    assert panel.credit_button.isHidden()


def test_the_question_defaults_to_no(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The confirmation is Yes/No with No the default: Enter pressed at once refunds
    nothing."""
    _paid_ahead_then_moved(station, clerk, household)
    panel = _programmes_panel(qtbot, station, clerk, household)
    seen: list[tuple[Any, Any]] = []

    def question(parent: Any, title: str, text: str, buttons: Any, default: Any) -> Any:
        seen.append((buttons, default))
        return default

    monkeypatch.setattr(QMessageBox, "question", question)
    quote = payments.refundable_credit(station, panel.held.item(
        next(i for i, t in enumerate(_held_texts(panel)) if "credit of" in t)).data(
        Qt.ItemDataRole.UserRole), today=TODAY)
    assert panel._confirm_credit(quote) is False
    assert seen[0][1] == QMessageBox.StandardButton.No


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_the_credit_refusals_are_said_in_the_desks_language(qapp: Any,
                                                            language: str) -> None:
    from station.services.errors import CreditChanged, CreditNotEnded, NoCredit, TextMissing

    english, said = said_in(language, (
        CreditNotEnded("M-7", dt.date(2027, 11, 21), TODAY), CreditNotEnded("M-7", None, TODAY),
        NoCredit("M-7", TODAY), CreditChanged("M-7", 15000, 13500),
        TextMissing("refund reason")))
    for words, text in zip(english, said, strict=True):
        assert text and text != words and "membership" not in text and "%" not in text, text
    assert "2027" in said[0]


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_the_audit_log_names_a_credit_refund_in_the_desks_language(qapp: Any,
                                                                    language: str) -> None:
    """The refund's event carries ``credit`` true; the auditor's list named it with the
    English key."""
    from station.i18n import apply_language
    from station.views.audit_words import detail_words, details_in_words

    apply_language(language)
    try:
        said = details_in_words({"credit": True}, detail_words())
    finally:
        apply_language("en")
    assert "credit" not in said and said, said

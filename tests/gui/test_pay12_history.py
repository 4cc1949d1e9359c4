"""The payment just taken is in sight in the Payments tab's history.

The history lists payments oldest first; a membership paid for a year showed its first eight
and hid the one the clerk had just taken below the fold, so the clerk could not see it
land without scrolling.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.services import payments
from tests.gui.test_payrcpt_payment_receipt import WAIT, _paid

pytestmark = pytest.mark.gui


def test_the_payment_just_taken_is_the_history_line_in_sight(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    station = live_ctx.services["station"].station
    payments_tab = _paid(qtbot, live_ctx)
    membership = payments_tab._membership_id()
    assert membership is not None
    # a year of earlier payments, so the list is longer than its box
    for month in range(1, 13):
        payments.record_payment(station, membership, 100, operator=payments_tab.operator,
                                now=dt.datetime(2025, month, 3, 9, 0, tzinfo=dt.UTC))
    payments_tab.amount.setValue(700)
    payments_tab.pay_button.click()
    qtbot.waitUntil(lambda: payments_tab.paid is not None
                    and payments_tab.paid.amount_minor == 700
                    and not payments_tab.runner.busy, timeout=WAIT)
    history = payments_tab.history
    qtbot.waitUntil(lambda: history.count() == 14, timeout=WAIT)
    newest = history.item(history.count() - 1)
    assert payments_tab.paid.receipt_no in newest.text()
    box = history.viewport().rect()
    assert box.contains(history.visualItemRect(newest)), "the new payment is out of sight"
    assert history.currentItem() is newest

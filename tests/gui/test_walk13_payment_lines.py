"""Walk 13: at an Urdu desk the Payments tab's "Receipt ...: 1,500 XSP received." keeps its
order.

It read, from the right, "رسید 1,500 XSP :station-...-00001 موصول ہوئے": the amount before the
receipt number, the colon stuck to the number's other end. The receipt number and the
amount are each set apart (formats.isolated), as the statement's amounts already are; the
history's lines, made the same way, too."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station.i18n import apply_language
from station.views.services import PaymentsPanel
from tests.gui.test_pay_lookup_gui import WAIT, _mothers, _typed, clock

pytestmark = pytest.mark.gui

LRI, PDI = "\u2066", "\u2069"


def test_an_urdu_receipt_line_keeps_number_then_amount(qtbot: QtBot, station: Any) -> None:
    apply_language("ur")
    clerk, membership = _mothers(station)
    panel = PaymentsPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    _typed(qtbot, panel, membership)
    qtbot.waitUntil(lambda: panel.statement.text() != "", timeout=WAIT)
    panel.amount.setValue(1500)
    qtbot.mouseClick(panel.pay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.paid is not None and panel.history.count() == 1,
                    timeout=WAIT)
    number = panel.paid.receipt_no  # type: ignore[union-attr]
    said = panel.receipt.text()
    assert f"{LRI}{number}{PDI}" in said and f"{LRI}1,500 XSP{PDI}" in said, ascii(said)
    line = panel.history.item(0).text()
    assert f"{LRI}{number}{PDI}" in line and f"{LRI}1,500 XSP{PDI}" in line, ascii(line)
    apply_language("en")
    assert panel.paid is not None and number.isascii()  # what is kept holds no isolate


def test_an_amount_keeps_its_currency_beside_it_in_urdu(qtbot: QtBot) -> None:
    """The Programmes tab's refund lines ("Refund receipt ...-R01001: 1,500 XSP given
    back to ...") are put together the same way."""
    from station.views.formats import with_money

    apply_language("ur")
    assert with_money("%1: %2 %3 x", "%2", "%3", "1,500", "XSP") == \
        f"%1: {LRI}1,500 XSP{PDI} x"
    assert with_money("%3 / %2", "%2", "%3", "1,500", "XSP") == \
        f"{LRI}XSP{PDI} / {LRI}1,500{PDI}"  # a language that parts them: each set apart
    apply_language("en")
    assert with_money("%1: %2 %3 x", "%2", "%3", "1,500", "XSP") == "%1: 1,500 XSP x"

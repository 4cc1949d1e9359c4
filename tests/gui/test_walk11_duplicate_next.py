"""A possible duplicate does not offer a Next that goes nowhere.

At the duplicate check, a hit left "Next >" enabled: the person was not registered, so it
led nowhere, and said why only once pressed. Now Next is disabled on a hit and the reason is
on the step's line at once; once the clerk has decided, the keyboard is on "Start a new
enrolment", the one way on."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.views.clerk.page import DEDUP
from tests.gui.test_clerk_flow import PERSON_FIELDS, _clerk, _enrol, to_receipt

pytestmark = pytest.mark.gui


def test_a_possible_duplicate_disables_next_and_says_why_at_once(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    page = _clerk(qtbot, live_ctx)
    first = _enrol(qtbot, page, PERSON_FIELDS)
    assert getattr(first, "person_id", None)
    assert page.next_button.isEnabled()  # registered: on to the programmes
    to_receipt(qtbot, page)
    page.restart()
    second = _enrol(qtbot, page, dict(PERSON_FIELDS, latin_name="Dara Sok"))
    assert getattr(second, "person_id", None) is None
    assert page.step == DEDUP
    assert not page.next_button.isEnabled()
    assert "not registered" in page.message.text()  # before anything is pressed
    page.window().activateWindow()
    with qtbot.waitSignal(page.dedup.decided, timeout=20000):
        page.dedup.decision.different_button.click()
    assert not page.next_button.isEnabled()
    assert page.new_button.hasFocus()

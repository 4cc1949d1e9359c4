"""Mends after the sixth day's review: the window as its users judge it."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui


def test_the_receipt_buttons_wait_for_the_record(
        qtbot: QtBot, live_ctx: Any, monkeypatch: pytest.MonkeyPatch,
        request: pytest.FixtureRequest) -> None:
    """The receipt is read in a worker since the sixth day; until it answered, Save the
    receipt and Print did nothing at all when pressed (no file, no word). They are now
    unavailable until the record is read, and available once it is."""
    from station.views.clerk.page import RECEIPT
    from tests.gui.test_clerk_flow import PERSON_FIELDS, _clerk, _enrol
    from tests.gui.test_sixth_day_gui import hold_person_reads

    page = _clerk(qtbot, live_ctx)
    result = _enrol(qtbot, page, dict(PERSON_FIELDS))
    gate, reading = hold_person_reads(live_ctx, monkeypatch, request)
    page.card_person = result.person_id
    page.go(RECEIPT)
    page._fill_receipt()
    assert reading.wait(10)
    buttons = (page.receipt_page.save_button, page.receipt_page.print_button)
    assert [b.isEnabled() for b in buttons] == [False, False]
    gate.set()
    qtbot.waitUntil(lambda: page.receipt is not None, timeout=10000)
    assert [b.isEnabled() for b in buttons] == [True, True]

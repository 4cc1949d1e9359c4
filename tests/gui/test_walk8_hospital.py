"""Walk 8 at the hospital desk, by keyboard: after Esc (next person) Enter reads the next
card, wherever the focus was; a card that is not there, or a reader that is gone, says so
and leaves Enter ready to try again."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cardio.errors import NoCardError, ReaderError
from station.model.ui_cards import CardOutcome
from station.model.ui_context import StationContext
from tests.gui.cards import make_dump, make_pki, revocation_list
from tests.gui.test_hospital_auditor import ReaderWithCard, _hospital

pytestmark = pytest.mark.gui


class Reader(ReaderWithCard):
    """A reader whose card the test takes away, or which is unplugged."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.fault: Exception | None = None
        self.reads = 0

    def read_and_verify(self, reader: str | None, *, now: dt.datetime) -> CardOutcome:
        self.reads += 1
        if self.fault is not None:
            raise self.fault
        return super().read_and_verify(reader, now=now)


def _page(qtbot: QtBot, ctx: StationContext) -> Any:
    pki = make_pki()
    page = _hospital(qtbot, ctx, Reader([pki.root_cert], revocation_list(pki),
                                        make_dump(pki, seed=1)))
    page.window().activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=10000)  # shortcuts work in the active one
    page.setFocus()
    return page


def _enter(qtbot: QtBot, page: Any) -> None:
    target = QApplication.focusWidget() or page
    qtbot.keyClick(target, Qt.Key.Key_Return)


def test_after_next_person_enter_reads_the_next_card(qtbot: QtBot, ctx: StationContext
                                                     ) -> None:
    """The focal point tabbed to Check the finger, then pressed Esc for the next person:
    the button greyed out and the focus moved on to another button (Find readers), so
    the next Enter pressed that instead of reading the card."""
    page = _page(qtbot, ctx)
    _enter(qtbot, page)
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=10000)
    page.check_button.setFocus()
    qtbot.keyClick(page.check_button, Qt.Key.Key_Escape)
    assert page.outcome is None
    reads = page.verifier.reads
    _enter(qtbot, page)
    qtbot.waitUntil(lambda: page.verifier.reads == reads + 1, timeout=10000)
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=10000)


@pytest.mark.parametrize("fault", [NoCardError("no card in the reader"),
                                   ReaderError("the reader was unplugged")])
def test_no_card_or_no_reader_says_so_and_enter_tries_again(
        qtbot: QtBot, ctx: StationContext, fault: Exception) -> None:
    page = _page(qtbot, ctx)
    page.verifier.fault = fault
    _enter(qtbot, page)
    qtbot.waitUntil(lambda: page.verifier.reads == 1 and not page._runner.busy,
                    timeout=10000)
    said = page.view.verdict.text() + " " + page.view.person.text()
    assert "card" in said.lower() or "reader" in said.lower(), said
    assert page.outcome is None
    assert not page.visit_button.isEnabled() and not page.check_button.isEnabled()
    page.verifier.fault = None  # the card is placed, the reader plugged back in
    _enter(qtbot, page)
    qtbot.waitUntil(lambda: page.outcome is not None and page.outcome.ok, timeout=10000)


def test_without_trust_material_next_person_still_says_why_no_card_can_be_read(
        qtbot: QtBot, ctx: StationContext) -> None:
    """On a station without the national trust anchors, Esc (next person) replaced "card
    verification is not set up" with "Place the card on the reader and press Enter", and
    Enter then did nothing."""
    page = _hospital(qtbot, ctx, None)
    page.window().activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=10000)
    assert "not set up" in page.view.verdict.text()
    page.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_Escape)
    assert "not set up" in page.view.verdict.text(), page.view.verdict.text()
    assert "press Enter" not in page.view.verdict.text()

"""The Enrolment tab's Find step finds a person by the card they bring: its serial typed (in
small letters too), or the card read on the desk's reader ("Read the card", a refused card
too: finding is not a card check, and the status line says the card is revoked)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.views.clerk.page import ClerkPage
from station.views.clerk.search import SearchPage
from tests.gui.cards import file_card, reader_with
from tests.gui.conftest import FIXED_NOW
from tests.gui.test_first_day_gui import _signed_in
from tests.gui.test_tidy10_alt_letters import _clashes, _letters, _settle
from tests.services.conftest import add_household

pytestmark = pytest.mark.gui

WAIT = 15000


def _holder(station: Any) -> None:
    """p-mother of hh-sok, whose old card 0A0B0C0D is revoked and 1A2B3C4D in use."""
    add_household(station, "hh-sok", [("p-grandfather", "M", dt.date(1959, 3, 1), "head"),
                                      ("p-mother", "F", dt.date(1990, 5, 1), "child")])
    for serial, status in (("0A0B0C0D", "revoked"), ("1A2B3C4D", "issued")):
        file_card(station, serial, status)


def _page(qtbot: QtBot, ctx: StationContext, cards: Any = None) -> SearchPage:
    page = SearchPage(ctx.services["station"], clock=lambda: FIXED_NOW, cards=cards)
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_serial_typed_finds_the_holder_and_no_reader_no_button(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    _holder(live_ctx.services["station"].station)
    page = _page(qtbot, live_ctx)
    assert not page.read_button.isVisible()
    page.query.setText(" 1a2b3c4d ")
    QTest.keyClick(page.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT)
    assert page.table.item(0, 1).text() == "p-mother"
    assert page.table.item(0, 5).text() == "1A2B3C4D"  # the card they hold
    assert page.status.text() == "1 person found"


def test_a_revoked_card_read_finds_its_holder_and_says_so(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    _holder(live_ctx.services["station"].station)
    reader = reader_with(revoked=True)
    page = _page(qtbot, live_ctx, reader)
    assert page.read_button.isVisible()
    page.read_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT)
    assert page.query.text() == "0A0B0C0D"
    assert page.table.item(0, 1).text() == "p-mother"
    assert page.table.item(0, 5).text() == "1A2B3C4D"
    assert page.status.text() == ("1 person found This card is revoked; its holder is "
                                  "found all the same.")


def test_a_grievance_slips_number_finds_its_person_and_says_whose(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """A person who kept the grievance slip and not the card: its reference, as copied from
    the paper in small letters, finds them first, and the status line says why."""
    from station.registry.models_services import Grievance

    station = live_ctx.services["station"].station
    _holder(station)
    with station.transaction() as session:
        session.add(Grievance(id="g-1", reference="ST-1-20260101-G001", person_id="p-mother",
                              channel="counter", category="payment", description="late",
                              responsible_service="finance", status="received",
                              received_at=dt.datetime(2026, 1, 1),
                              deadline=dt.date(2026, 1, 31)))
    page = _page(qtbot, live_ctx)
    assert "grievance number" in page.query.placeholderText()
    page.query.setText("st-1-20260101-g001")
    QTest.keyClick(page.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT)
    assert page.table.item(0, 1).text() == "p-mother"
    assert page.status.text() == ("1 person found The first is the person the grievance "
                                  "slip was given to.")


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_read_the_card_has_its_own_alt_letter_and_the_window_fits(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    live_ctx.services["cards"] = reader_with()
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.set_language(language)
    window.resize(1024, 700)
    window.switch_to(Mode.CLERK)
    page: Any = window.page(Mode.CLERK)
    assert isinstance(page, ClerkPage)
    _settle()
    search = page.search
    # every button of the step on screen, the selected person's ones too
    search.print_receipt_button.setVisible(True)
    search.save_receipt_button.setVisible(True)
    search.death_button.setVisible(True)
    search.household_button.setVisible(True)
    _settle()
    assert search.read_button.isVisible()
    letters = _letters(window)
    assert _clashes(letters) == [], "".join(sorted(letters))
    assert (window.width(), window.height()) == (1024, 700)

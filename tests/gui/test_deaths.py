"""A supervisor records a death from the clerk's search; the dead are marked there and in the
duplicate check, and clerks get no such button."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from station.model.gallery_sync import PersonCandidate
from station.model.ui_capture import CaptureSheet
from station.model.ui_context import StationContext
from station.views.clerk.duplicates import DuplicatePage
from station.views.clerk.search import SearchPage
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.station.helpers import POLICY, demographics, make_template, person_fingers

pytestmark = pytest.mark.gui


def _cell(table: Any, row: int, column: int) -> str:
    item = table.item(row, column)
    return "" if item is None else str(item.text())


def _person(station: Any) -> str:
    from station.model.enrolment import Enrolled, enrol
    from station.model.operators import login

    out = enrol(station, demographics("Sok Dara"), person_fingers(3), now=FIXED_NOW,
                operator=login(station, "clerk1", PASSWORD, now=FIXED_NOW), policy=POLICY)
    assert isinstance(out, Enrolled)
    return out.person_id


def _search(qtbot: QtBot, live_ctx: StationContext, station: Any, user: str) -> SearchPage:
    from station.model.operators import login

    operator = login(station, user, PASSWORD, now=FIXED_NOW)
    page = SearchPage(live_ctx.service("station"), operator=operator, clock=live_ctx.clock)
    qtbot.addWidget(page)
    page.show()
    page.query.setText("Sok Dara")
    page.search()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10000)
    return page


def record_death_of_selected(qtbot: QtBot, page: SearchPage) -> None:
    """Record the death of the person selected in ``page`` on 20 Nov 2026 through its dialog,
    as a supervisor does, and wait for the message line to say it is recorded."""
    page.death_button.click()
    dialog = page.death_dialog
    assert dialog is not None
    dialog.date.setDate(QDate(2026, 11, 20))
    dialog.source.setText("death certificate 123/2026")
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "Death recorded" in page.status.text(), timeout=10000)


def test_a_supervisor_records_a_death_and_the_row_says_so(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    from station.model.persons import get_person

    person_id = _person(station)
    page = _search(qtbot, live_ctx, station, "super")
    assert page.death_button.isVisible() and page.death_button.isEnabled()
    assert _cell(page.table, 0, 7) == ""
    page.death_button.click()
    dialog = page.death_dialog
    assert dialog is not None and dialog.isVisible()
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # no source: refused inside the dialog
    assert dialog.isVisible() and "known from" in dialog.error.text()
    dialog.date.setDate(QDate(2026, 11, 20))
    dialog.source.setText("death certificate 123/2026, Batheay commune")
    ok.click()
    qtbot.waitUntil(lambda: "recorded as deceased on" in _cell(page.table, 0, 7),
                    timeout=10000)
    assert "Death recorded" in page.status.text()
    assert not page.card_button.isEnabled() and not page.death_button.isEnabled()
    assert get_person(station, person_id)["died_on"] == "2026-11-20"

    again = _search(qtbot, live_ctx, station, "super")  # a later search shows it too
    assert "recorded as deceased on" in _cell(again.table, 0, 7)


def test_the_death_of_a_head_says_the_household_needs_a_new_one(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    """Before, the message line said nothing: the household kept a dead head until someone
    thought of it (now: the Household... dialog names a new one)."""
    from station.model.operators import login
    from tests.station.helpers import enrol_family

    enrol_family(station, login(station, "clerk1", PASSWORD, now=FIXED_NOW), now=FIXED_NOW,
                 member="Chan Rith")
    page = _search(qtbot, live_ctx, station, "super")
    record_death_of_selected(qtbot, page)
    assert page.status.text().endswith(
        "They headed their household: choose its new head with Household...")


def test_a_clerk_sees_no_death_button(qtbot: QtBot, live_ctx: StationContext,
                                      station: Any) -> None:
    _person(station)
    page = _search(qtbot, live_ctx, station, "clerk1")
    assert not page.death_button.isVisible()
    assert page.card_button.isEnabled()


def test_the_duplicate_check_flags_a_deceased_candidate(qtbot: QtBot) -> None:
    from station.capture.base import Finger

    template = make_template(5)
    sheet = CaptureSheet()
    sheet.record(Finger.RIGHT_INDEX, np.full((template.height, template.width), 200, np.uint8),
                 template, 70)
    hit = PersonCandidate(person_id="p-dead", score=41.5, fingers={2: 0.93}, matching=(2,))
    page = DuplicatePage()
    qtbot.addWidget(page)
    page.show()

    def person(pid: str) -> dict[str, Any]:
        return {"person_id": pid, "latin_name": "Sok Dara", "local_name": "សុខ ដារា",
                "died_on": dt.date(2026, 11, 20).isoformat()}

    page.run(lambda: SimpleNamespace(candidates=[hit]), person, sheet)
    page.wait()
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    assert _cell(page.table, 0, 6) == "recorded as deceased on 20/11/2026"
    assert "recorded as deceased" in page.banner.text()
    assert "recorded as deceased" in page.candidate_label.text()


def test_the_supervisor_signed_in_to_the_window_gets_the_death_button(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """Through the real window and sign-in, not a page built by hand: the clerk's search is
    told who signed in, so a supervisor finds the button and a clerk does not."""
    from station.views.clerk.page import ClerkPage
    from station.views.modes import Mode
    from tests.gui.test_clerk_flow import _sign_in, _window

    window = _window(qtbot, live_ctx)
    _sign_in(qtbot, window, "super", PASSWORD)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    page = window.page(Mode.CLERK)
    assert isinstance(page, ClerkPage)
    assert not page.search.death_button.isHidden()


def test_the_supervisors_queue_names_a_deceased_candidate(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    from station.model.deaths import record_death
    from station.model.enrolment import NeedsAdjudication, enrol
    from station.model.operators import login
    from tests.gui.test_adjudication import _supervisor

    person_id = _person(station)
    boss = login(station, "super", PASSWORD, now=FIXED_NOW)
    record_death(station, person_id, died_on=dt.date(2026, 11, 20), source="certificate 9",
                 by=boss, now=FIXED_NOW)
    again = enrol(station, demographics("Someone Else"), person_fingers(3), now=FIXED_NOW,
                  operator=login(station, "clerk1", PASSWORD, now=FIXED_NOW), policy=POLICY)
    assert isinstance(again, NeedsAdjudication)
    page = _supervisor(qtbot, live_ctx)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10000)
    candidates = _cell(page.table, 0, 3)
    assert candidates.startswith("Sok Dara (deceased ") and "20" in candidates

"""A fifth day at the desk: what a clerk, a supervisor or an auditor tripped over in the window."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.views.clerk.page import FIND
from tests.gui.test_clerk_flow import PERSON_FIELDS, _clerk, _enrol

pytestmark = pytest.mark.gui


def test_the_search_shows_the_person_just_registered_when_the_clerk_comes_back_to_it(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """The clerk searched first (nobody found), registered the person, then started the next
    enrolment: the search still said "Nobody found" for the name just registered, and a
    clerk adding the next member of the family read that the household did not exist."""
    clerk = _clerk(qtbot, live_ctx)
    search = clerk.search
    search.query.setText("Sok Dara")
    search.search()
    qtbot.waitUntil(lambda: search.status.text().startswith("Nobody found"), timeout=10000)
    person_id = _enrol(qtbot, clerk, PERSON_FIELDS).person_id
    clerk.restart()
    assert clerk.step == FIND
    qtbot.waitUntil(lambda: search.status.text() == "1 person found", timeout=10000)
    assert search.query.text() == "Sok Dara"
    assert search.table.rowCount() == 1 and search._rows[0].person_id == person_id
    assert search.member_button.isEnabled()


def test_a_search_typed_while_the_list_is_read_again_is_not_dropped(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """Back at the search the list is read again; the next person's name, typed and
    searched at once, ran after it instead of being silently ignored."""
    clerk = _clerk(qtbot, live_ctx)
    search = clerk.search
    search.query.setText("Sok Dara")
    search.search()
    qtbot.waitUntil(lambda: search.status.text().startswith("Nobody found"), timeout=10000)
    _enrol(qtbot, clerk, PERSON_FIELDS)
    clerk.restart()
    search.query.setText("Chan Thy")
    search.search()
    qtbot.waitUntil(lambda: not search._runner.busy and search._pending is None
                    and search._shown == "Chan Thy", timeout=10000)
    assert search.status.text().startswith("Nobody found")
    assert search.table.rowCount() == 0

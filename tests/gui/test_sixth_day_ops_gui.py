"""The programmes tab ends a membership: the clerk sees what the household's members hold,
picks one, the reason from the list and its last day, and ends it (offscreen, over a real
registry)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate, Qt

from station.model.operators import OperatorInfo
from station.registry.models import ProgrammeMembership
from station.services import households, memberships
from station.views.services import ProgrammesPanel
from tests.gui.conftest import FIXED_NOW
from tests.gui.test_services_panels import WAIT, clerk, clock, household, wait_message
from tests.services.conftest import POOR_ANSWERS

__all__ = ["clerk", "household"]  # the fixtures, shared with the services panels' tests

pytestmark = pytest.mark.gui


def _confirmed(station: Any, clerk: OperatorInfo, household: str) -> None:
    households.assess_household(station, household, POOR_ANSWERS, operator=clerk,
                                now=FIXED_NOW)
    package = memberships.propose(station, household, today=FIXED_NOW.date())
    memberships.confirm(station, package, accepted=None, operator=clerk, now=FIXED_NOW)


def test_the_programmes_tab_ends_a_membership(qtbot: Any, station: Any, clerk: OperatorInfo,
                                              household: str) -> None:
    """Nothing in the window ended a membership: a mother who found work stayed in public
    works. The tab now lists the memberships held; End, with a reason from the list and the
    last day (today by default, never after it), ends the selected one and says so."""
    _confirmed(station, clerk, household)
    panel = ProgrammesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.set_household(household)
    qtbot.waitUntil(lambda: panel.held.count() > 0, timeout=WAIT)
    texts = [panel.held.item(i).text() for i in range(panel.held.count())]
    with station.reading() as session:
        held = session.scalar(sa.select(sa.func.count()).select_from(ProgrammeMembership))
    assert len(texts) == held
    assert [panel.end_reason.itemData(i) for i in range(panel.end_reason.count())] == list(
        memberships.END_REASONS)
    today = QDate(2026, 11, 22)
    assert (panel.end_date.date(), panel.end_date.maximumDate()) == (today, today)

    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Choose the membership to end first."

    works = next(i for i, t in enumerate(texts) if "Public works" in t)
    panel.held.setCurrentRow(works)
    panel.end_reason.setCurrentIndex(memberships.END_REASONS.index("not_eligible"))
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "ends on")
    assert panel.message.text().endswith(": Public works programme ends on 22/11/2026.")
    with station.reading() as session:
        ended = session.scalar(sa.select(ProgrammeMembership.end_date).where(
            ProgrammeMembership.programme_code == "PUBLIC_WORKS"))
    assert ended == dt.date(2026, 11, 22)
    qtbot.waitUntil(lambda: any("Public works" in panel.held.item(i).text()
                                and "until 22/11/2026" in panel.held.item(i).text()
                                for i in range(panel.held.count())), timeout=WAIT)
    # ending it again says it already ends, and changes nothing
    works = next(i for i in range(panel.held.count())
                 if "Public works" in panel.held.item(i).text())
    panel.held.setCurrentRow(works)
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "already ends")
    assert panel.end_button.isEnabled()


def test_the_windows_today_is_the_offices(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's clock read UTC, so before 07:00 a Phnom Penh desk proposed, aged and
    listed overdue follow-ups on yesterday's date. Its clock now runs in the office's zone
    (SWS_TIME_ZONE): the same instant, the office's date."""
    from zoneinfo import ZoneInfo

    from station.app import light_context

    monkeypatch.setenv("SWS_HOME", str(tmp_path))
    monkeypatch.setenv("SWS_TIME_ZONE", "Asia/Phnom_Penh")
    now = light_context().clock()
    assert now.utcoffset() == ZoneInfo("Asia/Phnom_Penh").utcoffset(now)

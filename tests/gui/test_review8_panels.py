"""The services panels after the eighth day's review: the card that still claims a programme
withdrawn or ended, the office's day at dawn, a death's reason in the desk's language."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station.registry.models import ProgrammeMembership
from tests.gui.test_services_panels import clerk, household, wait_message
from tests.gui.test_seventh_day_gui import _held_texts, _programmes_panel
from tests.gui.test_sixth_day_ops_gui import _confirmed
from tests.services.test_review8_cards_claiming import _card

__all__ = ["clerk", "household"]  # the fixtures, shared with the services panels' tests

pytestmark = pytest.mark.gui


def test_a_withdrawal_at_the_tab_names_the_card_to_issue_again(
        qtbot: QtBot, station: Any, clerk: Any, household: str) -> None:
    """Withdrawn at the tab, the public works the person's card claims: the line says
    that card still claims it, so the clerk issues a new one (the hospital would read
    "covered" from the day it was to begin)."""
    _confirmed(station, clerk, household)
    start = dt.date(2026, 12, 1)  # after the desk's today (22/11/2026)
    with station.transaction() as session:
        row = session.scalars(sa.select(ProgrammeMembership).where(
            ProgrammeMembership.programme_code == "PUBLIC_WORKS")).one()
        row.start_date = start
        person = row.person_id
    _card(station, person, "0C06", (("PUBLIC_WORKS", start, start + dt.timedelta(days=365)),),
          clerk)
    panel = _programmes_panel(qtbot, station, clerk, household)
    later = next(i for i, t in enumerate(_held_texts(panel)) if "Public works" in t)
    panel.held.setCurrentRow(later)
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "withdrawn")
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=10000)  # the list reread
    assert panel.message.text().endswith(
        "(it was to begin on 01/12/2026). Card 0C06 still claims it: issue a new card.")


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_the_card_to_issue_again_is_said_in_the_desks_language(
        qtbot: QtBot, station: Any, clerk: Any, language: str) -> None:
    """The line naming the card is translated (not English at a Khmer, Urdu or
    Indonesian desk)."""
    from station.i18n import apply_language
    from station.views.services import ProgrammesPanel
    from tests.gui.test_services_panels import clock

    apply_language(language)
    try:
        panel = ProgrammesPanel(station, clerk, clock)
        qtbot.addWidget(panel)
        said = panel._card_claims(("0C07",))
    finally:
        apply_language("en")
    assert "0C07" in said and "issue" not in said and "claims" not in said, said
    assert panel._card_claims(()) == ""


def test_at_dawn_the_tab_takes_the_offices_day_not_utcs(
        qtbot: QtBot, station: Any, clerk: Any, household: str) -> None:
    """At 06:00 in Phnom Penh (23:00 UTC the day before) a membership that begins on the
    office's today has begun: the tab took UTC's date, listed it as not begun, refused End
    ("withdraw it instead") while the service refused Withdraw (it has begun), and offered
    no last day on or after its start: the clerk could do nothing until 07:00."""
    import dataclasses
    from zoneinfo import ZoneInfo

    from station.views.services import ProgrammesPanel
    from tests.gui.test_services_panels import WAIT

    station.settings = dataclasses.replace(station.settings,
                                           office_zone=ZoneInfo("Asia/Phnom_Penh"))
    _confirmed(station, clerk, household)
    today = dt.date(2026, 11, 23)  # the office's date at the dawn below
    with station.transaction() as session:
        row = session.scalars(sa.select(ProgrammeMembership).where(
            ProgrammeMembership.programme_code == "PUBLIC_WORKS")).one()
        row.start_date = today
        works = row.id
    dawn = dt.datetime(2026, 11, 22, 23, 0, tzinfo=dt.UTC)
    panel = ProgrammesPanel(station, clerk, lambda: dawn)
    qtbot.addWidget(panel)
    panel.set_household(household)
    qtbot.waitUntil(lambda: any("Public works" in t for t in _held_texts(panel)),
                    timeout=WAIT)
    row_no = next(i for i, t in enumerate(_held_texts(panel)) if "Public works" in t)
    assert "begins" not in _held_texts(panel)[row_no]
    panel.held.setCurrentRow(row_no)
    assert panel.end_date.date().toPython() == today
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "ends on")
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=10000)  # the list reread
    with station.reading() as session:
        ended = session.get(ProgrammeMembership, works)
        assert ended is not None and ended.end_date == today


def test_a_membership_a_death_ended_says_why_in_the_desks_language(
        qtbot: QtBot, station: Any, clerk: Any, household: str) -> None:
    """A death recorded today by mistake and undone: the memberships it ended on today stay
    so, and the list says why they ended. It said "(ended: holder deceased)" in English at
    a Khmer desk: the death's own reason had no words of the desk."""
    from station.i18n import apply_language
    from station.model.deaths import record_death, undo_death
    from station.model.operators import login
    from station.views.services import ProgrammesPanel
    from tests.gui.conftest import FIXED_NOW, PASSWORD
    from tests.gui.test_services_panels import WAIT, clock

    _confirmed(station, clerk, household)
    boss = login(station, "super", PASSWORD, now=FIXED_NOW)
    record_death(station, "p-mother", died_on=FIXED_NOW.date(), source="a mistake",
                 by=boss, now=FIXED_NOW)
    undo_death(station, "p-mother", reason="the wrong person", by=boss, now=FIXED_NOW)
    apply_language("km")
    try:
        panel = ProgrammesPanel(station, clerk, clock)
        qtbot.addWidget(panel)
        panel.set_household(household)
        qtbot.waitUntil(lambda: panel.held.count() > 0, timeout=WAIT)
        texts = _held_texts(panel)
    finally:
        apply_language("en")
    assert not any("deceased" in t or "holder" in t for t in texts), texts
    assert len(texts) > 0


def test_at_dawn_the_follow_ups_panel_takes_the_offices_day(
        qtbot: QtBot, station: Any, clerk: Any, household: str) -> None:
    """At 06:00 in Phnom Penh on 23 November a follow-up due on the 22nd is overdue; the
    panel took UTC's date (still the 22nd) and listed nothing until 07:00."""
    import dataclasses
    from zoneinfo import ZoneInfo

    from station.services import cases
    from station.views.services import CasesPanel
    from tests.gui.conftest import FIXED_NOW
    from tests.gui.test_services_panels import WAIT

    station.settings = dataclasses.replace(station.settings,
                                           office_zone=ZoneInfo("Asia/Phnom_Penh"))
    case_id = cases.open_case(station, "p-mother", manager="clerk1", summary="work",
                              operator=clerk, now=FIXED_NOW)
    cases.add_item(station, case_id, kind="referral", service="employment",
                   description="register at the job centre", operator=clerk, now=FIXED_NOW,
                   follow_up_date=dt.date(2026, 11, 22))
    dawn = dt.datetime(2026, 11, 22, 23, 0, tzinfo=dt.UTC)  # 23/11 06:00 in Phnom Penh
    panel = CasesPanel(station, clerk, lambda: dawn)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)

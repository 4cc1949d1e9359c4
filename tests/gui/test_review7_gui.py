"""Review of the seventh day's second merges: what a clerk, auditor or supervisor still met."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gui._hold import hold_calls
from tests.gui.test_services_panels import clerk, household
from tests.gui.test_seventh_day_gui import auditor_events, busy_ctx

__all__ = ["busy_ctx", "clerk", "household"]  # fixtures shared with earlier tests

pytestmark = pytest.mark.gui


@pytest.mark.postgres
def test_a_receipt_read_again_no_longer_says_the_registry_is_busy(
        qtbot: Any, busy_ctx: Any) -> None:
    """Once "Read the record again" had read the record, the receipt was there but the line
    below still said the registry was busy, as if the receipt shown had failed. The line
    now says nothing once the record is read."""
    import psycopg
    from PySide6.QtCore import Qt
    from sqlalchemy.engine import make_url

    from station.views.clerk.page import RECEIPT
    from tests.gui.test_clerk_flow import _clerk

    page = _clerk(qtbot, busy_ctx)
    receipt = page.receipt_page
    page.card_person = "p-1"
    page.go(RECEIPT)
    url = make_url(busy_ctx.services["station"].station.settings.database_url)
    holder = psycopg.connect(url.set(drivername="postgresql").render_as_string(
        hide_password=False))
    try:
        holder.execute("LOCK TABLE person IN ACCESS EXCLUSIVE MODE")
        page._fill_receipt()
        qtbot.waitUntil(lambda: "busy" in page.message.text(), timeout=10000)
    finally:
        holder.rollback()
        holder.close()
    qtbot.mouseClick(receipt.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.receipt is not None, timeout=10000)
    assert "p-1" in receipt.summary.text()
    assert page.message.text() == "", page.message.text()


# -- the programmes tab: the assessment line follows the household shown ---------------------

def test_the_assessment_line_empties_when_another_household_is_asked_for(
        qtbot: Any, station: Any, clerk: Any, household: str) -> None:
    """The line "Score 38: poor" under the assessment stayed while the clerk typed another
    household's id and opened it: the score read as that household's. It now empties with
    the rest of what was shown."""
    from tests.gui.test_services_panels import assessed_panel

    panel = assessed_panel(qtbot, station, clerk, household)
    qtbot.keyClicks(panel.household, "-x")  # another id typed
    assert panel.assessment.text() == ""


def test_an_assessment_answered_after_another_id_was_typed_is_not_shown_for_it(
        qtbot: Any, station: Any, clerk: Any, household: str,
        monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """The assessment recorded for hh-sok answered after the clerk had typed another id: its
    score was shown under that id and that id's package asked for. The answer of a
    household no longer shown now changes nothing on the screen (it is recorded for
    hh-sok, as asked)."""

    from PySide6.QtCore import Qt

    from station.services import households
    from station.views.services import ProgrammesPanel
    from tests.gui.test_services_panels import WAIT, clock
    from tests.services.conftest import POOR_ANSWERS

    gate, asked = hold_calls(monkeypatch, request, households, "assess_household")
    panel = ProgrammesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.household.setText(household)
    panel.form.set_answers(dict(POOR_ANSWERS))
    qtbot.mouseClick(panel.assess_button, Qt.MouseButton.LeftButton)
    assert asked.wait(WAIT / 1000)
    qtbot.keyClicks(panel.household, "-x")  # another id typed while it was recorded
    gate.set()
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=WAIT)
    assert panel.assessment.text() == ""
    assert "hh-sok-x" not in panel.message.text()  # no package was asked for it
    assert panel.message.text() == "The assessment of household hh-sok was recorded."
    assert panel.held.count() == 0 and panel.proposals.count() == 0


def test_a_package_confirmed_after_another_id_was_typed_lists_nothing_for_that_id(
        qtbot: Any, station: Any, clerk: Any, household: str,
        monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Confirm answered after the clerk had typed another household's id: the panel then
    listed that household's memberships held, beside no members and no summary, ready for
    End, though nothing of it had been asked for. What Confirm recorded now reloads only
    the household it was confirmed for, and only while it is still shown."""
    import datetime as dt

    from PySide6.QtCore import Qt

    from station.services import households, memberships
    from station.views.services import ProgrammesPanel
    from tests.gui.conftest import FIXED_NOW
    from tests.gui.test_services_panels import WAIT, clock, wait_message
    from tests.gui.test_sixth_day_ops_gui import _confirmed
    from tests.services.conftest import POOR_ANSWERS, add_household

    add_household(station, "hh-two", [("p-two", "M", dt.date(1950, 1, 1), "head")])
    _confirmed(station, clerk, "hh-two")  # hh-two holds memberships of its own
    households.assess_household(station, household, POOR_ANSWERS, operator=clerk,
                                now=FIXED_NOW)
    gate, asked = hold_calls(monkeypatch, request, memberships, "confirm")
    panel = ProgrammesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.set_household(household)
    qtbot.waitUntil(lambda: panel.proposals.count() > 0, timeout=WAIT)
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    assert asked.wait(WAIT / 1000)
    panel.household.clear()
    qtbot.keyClicks(panel.household, "hh-two")  # typed, not opened (no Enter)
    gate.set()
    wait_message(qtbot, panel, "recorded")
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=WAIT)
    assert panel.held.count() == 0, [panel.held.item(i).text()
                                     for i in range(panel.held.count())]


def test_an_end_answered_after_another_id_was_typed_opens_nothing_for_that_id(
        qtbot: Any, station: Any, clerk: Any, household: str,
        monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """End answered after the clerk had typed another household's id: the panel then opened
    that household (its package, its memberships held, ready for End) though the clerk had
    not pressed Enter. The line says what was ended; the typed id waits for the clerk."""
    import datetime as dt

    from PySide6.QtCore import Qt

    from station.services import memberships
    from station.views.services import ProgrammesPanel
    from tests.gui.test_services_panels import WAIT, clock, wait_message
    from tests.gui.test_sixth_day_ops_gui import _confirmed
    from tests.services.conftest import add_household

    add_household(station, "hh-two", [("p-two", "M", dt.date(1950, 1, 1), "head")])
    _confirmed(station, clerk, "hh-two")
    _confirmed(station, clerk, household)
    gate, asked = hold_calls(monkeypatch, request, memberships, "end_membership")
    panel = ProgrammesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.set_household(household)
    qtbot.waitUntil(lambda: panel.held.count() > 0, timeout=WAIT)
    mother = next(i for i in range(panel.held.count())
                  if "Public works" in panel.held.item(i).text())
    panel.held.setCurrentRow(mother)
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    assert asked.wait(WAIT / 1000)
    panel.household.clear()
    qtbot.keyClicks(panel.household, "hh-two")
    gate.set()
    wait_message(qtbot, panel, "ends on")
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=WAIT)
    assert panel.message.text().startswith("p-mother: Public works"), panel.message.text()
    assert panel.held.count() == 0 and panel.summary.text() == ""


# -- the auditor's event list: the office's time, whatever the computer's own zone -------------

def test_an_event_in_the_computers_summer_time_gap_keeps_the_offices_time(
        qtbot: Any, station: Any, live_ctx: Any) -> None:
    """The office's time was handed to Qt as the computer's own local time: on a computer
    left in a zone with summer time (Europe/Berlin), an event at 02:30 office time on the
    night its clocks go forward read 03:30, an hour wrong. The office's time is now written
    as it is, whatever the computer's zone."""
    import datetime as dt
    import os
    import time


    at = dt.datetime(2026, 3, 29, 2, 30, tzinfo=dt.UTC)  # 02:00-03:00 does not exist in Berlin
    with station.transaction() as session:
        station.audit(session, action="registry.backup", subject_type="station",
                      subject_id="gap", details={}, operator_id=None, now=at)
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    try:
        page = auditor_events(qtbot, live_ctx)
        row = next(r for r in range(page.events.rowCount())
                   if page.events.item(r, 5).text() == "gap")
        shown = page.events.item(row, 1).text()
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()
    assert "02:30" in shown and "29" in shown, shown


# -- the programmes tab shown again: what changed elsewhere is there ---------------------------

def test_the_programmes_tab_shown_again_reads_what_changed_elsewhere(
        qtbot: Any, station: Any, clerk: Any, household: str) -> None:
    """A membership ended from the command line (or a death recorded on the supervisor's
    page) while the tab was hidden stayed listed when the clerk came back to it, ready for
    an End the registry would refuse. The tab now reads its household again when shown."""
    from station.services import memberships
    from station.views.services import ProgrammesPanel
    from tests.gui.conftest import FIXED_NOW
    from tests.gui.test_services_panels import WAIT, clock
    from tests.gui.test_sixth_day_ops_gui import _confirmed

    _confirmed(station, clerk, household)
    panel = ProgrammesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_household(household)
    qtbot.waitUntil(lambda: panel.held.count() > 0, timeout=WAIT)
    def open_ended() -> int:
        return sum("until" not in panel.held.item(i).text() for i in range(panel.held.count()))

    before = open_ended()
    panel.hide()  # the clerk goes to another tab
    ended = next(h for h in memberships.held(station, household, today=FIXED_NOW.date())
                 if h.end_date is None)
    memberships.end_membership(station, ended.membership_id, reason="moved",
                               end_date=FIXED_NOW.date(), operator=clerk, now=FIXED_NOW)
    panel.show()  # and comes back: the membership now has its last day
    qtbot.waitUntil(lambda: open_ended() == before - 1, timeout=WAIT)


def test_the_programmes_tab_shown_again_keeps_what_the_clerk_unticked(
        qtbot: Any, station: Any, clerk: Any, household: str) -> None:
    """Reading the household again on the way back to the tab keeps the clerk's choices: a
    proposal unticked stays unticked, and the line keeps what it said."""
    from PySide6.QtCore import Qt

    from station.services import households
    from station.views.services import ProgrammesPanel
    from tests.gui.conftest import FIXED_NOW
    from tests.gui.test_services_panels import WAIT, clock
    from tests.services.conftest import POOR_ANSWERS

    households.assess_household(station, household, POOR_ANSWERS, operator=clerk,
                                now=FIXED_NOW)
    panel = ProgrammesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_household(household)
    qtbot.waitUntil(lambda: panel.proposals.count() > 1, timeout=WAIT)
    panel.proposals.item(0).setCheckState(Qt.CheckState.Unchecked)
    ticked, said = panel.ticked(), panel.message.text()
    panel.hide()
    panel.show()
    assert panel.runner.busy  # the household is read again
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=WAIT)
    assert panel.ticked() == ticked and panel.proposals.count() > 1
    assert panel.message.text() == said


@pytest.mark.parametrize("language", ["en", "km"])
def test_the_auditors_details_are_named_in_the_desks_words(
        qtbot: Any, live_ctx: Any, language: str) -> None:
    """The Details column read raw "role=clerk; username=clerk1" at every desk. The details
    are now named in the desk's language where the station knows them, their values as
    stored, and the raw text stays in the tooltip (what the logs and the export carry)."""
    from station.i18n import apply_language

    apply_language(language)
    try:
        page = auditor_events(qtbot, live_ctx)
        row = next(r for r in range(page.events.rowCount())
                   if page.events.item(r, 4).text() == "operator.create"
                   and "clerk1" in page.events.item(r, 6).toolTip())
        cell = page.events.item(row, 6)
        assert cell.toolTip() == "role=clerk; username=clerk1"
        assert "clerk1" in cell.text() and "username" not in cell.text()
        if language == "en":
            assert cell.text() == "role: clerk · user name: clerk1"
        else:
            assert "role" not in cell.text() and "user name" not in cell.text(), cell.text()
    finally:
        apply_language("en")


# -- the supervisor's queue: when a case was opened, in the office's time ----------------------

def test_the_supervisors_queue_says_when_a_case_was_opened_in_the_offices_time(
        qtbot: Any, live_ctx: Any) -> None:
    """The auditor's list was moved to the office's time, but the supervisor's queue still
    wrote a case's opening in UTC: a case a Phnom Penh clerk opened at 16:30 read 09:30. It
    now reads the office's time, as the auditor's list does."""
    from dataclasses import replace
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

    from station.views.formats import short_date_time
    from tests.gui.conftest import FIXED_NOW
    from tests.gui.test_adjudication import _case_decided_different, _supervisor

    _case_decided_different(qtbot, live_ctx)  # opened at FIXED_NOW: 09:30 UTC
    office = replace(live_ctx,
                     clock=lambda: FIXED_NOW.astimezone(ZoneInfo("Asia/Phnom_Penh")))
    page = _supervisor(qtbot, office)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10000)
    local = FIXED_NOW.astimezone(ZoneInfo("Asia/Phnom_Penh"))
    expected = short_date_time(QDateTime(QDate(local.year, local.month, local.day),
                                         QTime(local.hour, local.minute), QTimeZone.utc()),
                               page.locale())
    assert page.table.item(0, 0).text() == expected
    assert "16:30" in expected


def test_the_operators_last_sign_in_is_in_the_offices_time(qtbot: Any, live_ctx: Any) -> None:
    """An operator's last sign-in read in UTC on the operators' tab (09:30 for a sign-in at
    16:30 in Phnom Penh); it is now in the office's time, as every other time there."""
    from dataclasses import replace
    from zoneinfo import ZoneInfo

    from tests.gui.conftest import FIXED_NOW
    from tests.gui.test_operators_page import _page

    office = replace(live_ctx,
                     clock=lambda: FIXED_NOW.astimezone(ZoneInfo("Asia/Phnom_Penh")))
    page = _page(qtbot, office)  # the supervisor signed in at FIXED_NOW: 09:30 UTC
    row = next(r for r in range(page.table.rowCount())
               if page.table.item(r, 0).text() == "super")
    assert "16:30" in page.table.item(row, 4).text(), page.table.item(row, 4).text()

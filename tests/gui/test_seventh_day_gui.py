"""Seventh day at the desk: the window's last English refusals, stale lists and dead ends."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from station.i18n import apply_language
from station.model.operators import login
from station.views.workers import plain_message
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_refusals_language import _raised
from tests.gui.test_services_panels import clerk, household

__all__ = ["clerk", "household"]  # the fixtures, shared with the services panels' tests

pytestmark = pytest.mark.gui

LATIN = re.compile("[A-Za-z]{3,}")


# -- a supervisor's approval refused: the household is gone -----------------------------------

def _approval_of_a_gone_household(station: Any) -> BaseException:
    """A case whose applicant was to join household hh-gone, decided "not a duplicate", and
    the household removed while the case waited: the supervisor's approval is refused."""
    from station.model.adjudication import approve, decide
    from station.model.enrolment import Enrolled, NeedsAdjudication, enrol
    from station.registry.models import Household
    from tests.station.helpers import POLICY, demographics, person_fingers

    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    boss = login(station, "super", PASSWORD, now=FIXED_NOW)
    with station.transaction() as session:
        session.add(Household(id="hh-gone", created_at=FIXED_NOW.replace(tzinfo=None),
                              province_code="12", district_code="1204",
                              commune_code="120401", village_code="12040103"))
    first = enrol(station, demographics(), person_fingers(1), operator=clerk, now=FIXED_NOW,
                  policy=POLICY, new_household=True)
    assert isinstance(first, Enrolled)
    opened = enrol(station, demographics("Sok Dara Twin", household_id="hh-gone"),
                   person_fingers(1), operator=clerk, now=FIXED_NOW, policy=POLICY)
    assert isinstance(opened, NeedsAdjudication)
    decide(station, opened.adjudication_id, "not_duplicate", by=clerk, now=FIXED_NOW)
    with station.transaction() as session:
        session.delete(session.get(Household, "hh-gone"))
    return _raised(lambda: approve(station, opened.adjudication_id, by=boss, approved=True,
                                   now=FIXED_NOW))


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_an_approval_refused_because_the_household_is_gone_is_said_in_the_desks_language(
        qapp: Any, station: Any, language: str) -> None:
    """The supervisor read "no household with id hh-gone" in English at a Khmer, Urdu or
    Indonesian desk. The refusal is now typed (HouseholdGone, with the case and the
    household) and said from its type: which household, and that the case goes back."""
    from station.errors import HouseholdGone, InvalidDemographics

    refused = _approval_of_a_gone_household(station)
    assert isinstance(refused, HouseholdGone) and isinstance(refused, InvalidDemographics)
    assert refused.household_id == "hh-gone"
    english = plain_message(refused)
    assert "hh-gone" in english and "send" in english.lower()
    apply_language(language)
    try:
        said = plain_message(refused)
        assert "hh-gone" in said and said != english
        bare = said.replace("hh-gone", "")
        if language != "id":
            assert LATIN.search(bare) is None, said
        else:
            assert "household" not in bare.lower() and "no longer" not in bare, said
    finally:
        apply_language("en")


# -- the programmes tab: memberships not begun, and a list that follows the household ---------

def _programmes_panel(qtbot: Any, station: Any, clerk: Any, household: str) -> Any:
    from station.views.services import ProgrammesPanel
    from tests.gui.test_services_panels import WAIT, clock

    panel = ProgrammesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.set_household(household)
    qtbot.waitUntil(lambda: panel.held.count() > 0, timeout=WAIT)
    return panel


def _held_texts(panel: Any) -> list[str]:
    return [panel.held.item(i).text() for i in range(panel.held.count())]


def test_a_membership_not_begun_is_listed_as_such_and_not_offered_to_end(
        qtbot: Any, station: Any, clerk: Any, household: str) -> None:
    """A membership starting after today was listed like the others; choosing it and End
    could only be refused (its last day cannot be before it starts, nor after today). It is
    now listed with the day it begins, and cannot be chosen for End until then."""
    import sqlalchemy as sa
    from PySide6.QtCore import Qt

    from station.registry.models import ProgrammeMembership
    from tests.gui.test_sixth_day_ops_gui import _confirmed

    _confirmed(station, clerk, household)
    with station.transaction() as session:
        row = session.scalars(sa.select(ProgrammeMembership).where(
            ProgrammeMembership.programme_code == "PUBLIC_WORKS")).one()
        row.start_date = dt.date(2026, 12, 1)  # begins after the desk's today (22/11/2026)
    panel = _programmes_panel(qtbot, station, clerk, household)
    texts = _held_texts(panel)
    later = next(i for i, t in enumerate(texts) if "Public works" in t)
    assert "01/12/2026" in texts[later] and "begins" in texts[later], texts[later]
    item = panel.held.item(later)
    assert "01/12/2026" in item.toolTip()
    panel.held.setCurrentRow(later)
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    # chosen, End says to withdraw it instead (tests/gui/test_eighth_day_gui.py)
    assert "withdraw it instead" in panel.message.text()
    begun = next(i for i, t in enumerate(texts) if "Public works" not in t)
    assert panel.held.item(begun).flags() & Qt.ItemFlag.ItemIsSelectable


def test_the_memberships_held_follow_the_household_shown(
        qtbot: Any, station: Any, clerk: Any, household: str) -> None:
    """The list of memberships held kept the previous household's while the clerk typed
    another id (or one that does not exist): End would have ended a membership of a
    household no longer shown. Confirming a package did not add what it recorded either.
    The list now empties as the id changes and shows what confirm recorded."""
    from PySide6.QtCore import Qt

    from station.services import households
    from tests.gui.test_services_panels import WAIT, wait_message
    from tests.services.conftest import POOR_ANSWERS

    households.assess_household(station, household, POOR_ANSWERS, operator=clerk,
                                now=FIXED_NOW)
    from station.views.services import ProgrammesPanel
    from tests.gui.test_services_panels import clock

    panel = ProgrammesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.set_household(household)
    qtbot.waitUntil(lambda: panel.proposals.count() > 0, timeout=WAIT)
    assert panel.held.count() == 0
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "recorded")
    qtbot.waitUntil(lambda: panel.held.count() > 0, timeout=WAIT)
    said = panel.message.text()
    assert "recorded" in said  # the line still says what was done

    qtbot.keyClicks(panel.household, "-x")  # another id typed: nothing of hh-sok stays
    assert panel.held.count() == 0 and panel.proposals.count() == 0
    assert panel.members.rowCount() == 0  # Save the members' situation: none of hh-sok's
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Choose the membership to end first."

    panel.set_household(household)
    qtbot.waitUntil(lambda: panel.held.count() > 0, timeout=WAIT)
    panel.set_household("hh-none")  # refused: the list does not stay on hh-sok's
    wait_message(qtbot, panel, "hh-none")
    assert panel.held.count() == 0


# -- the receipt when the registry is busy: read it again -------------------------------------

@pytest.fixture
def busy_ctx(tmp_path: Any, postgres_url: str) -> Any:
    """A window's context over a real PostgreSQL registry that waits only 200 ms for a lock,
    with one registered person (p-1). (SQLite's readers never wait for a lock: WAL.)"""
    from station.model.biometrics import CapturePolicy
    from station.model.ui_context import StationContext
    from station.model.ui_services import StationServices
    from tests.gui.conftest import SeededScanner, open_station, seeded_extract
    from tests.gui.test_sixth_day_refusals import _person

    station = open_station({"SWS_HOME": str(tmp_path), "SWS_DATABASE_URL": postgres_url,
                            "SWS_BUSY_TIMEOUT_MS": "200"})
    _person(station)
    yield StationContext(station_name="Test office", clock=lambda: FIXED_NOW,
                         output_dir=tmp_path / "receipts", scanner=SeededScanner(),
                         capture=seeded_extract,
                         services={"station": StationServices(station, CapturePolicy())})
    station.close()


@pytest.mark.postgres
def test_a_receipt_the_busy_registry_could_not_read_is_read_again(
        qtbot: Any, busy_ctx: Any) -> None:
    """When the registry was busy (another program held its lock) as the receipt step read
    the record, the error was shown and Save and Print stayed unavailable for good: the
    clerk could only start the enrolment again. The step now offers to read the record
    again, and once the registry answers, Save and Print are there."""
    import psycopg
    from PySide6.QtCore import Qt
    from sqlalchemy.engine import make_url

    from station.views.clerk.page import RECEIPT
    from tests.gui.test_clerk_flow import _clerk

    page = _clerk(qtbot, busy_ctx)
    receipt = page.receipt_page
    buttons = (receipt.save_button, receipt.print_button)
    page.card_person = "p-1"
    page.go(RECEIPT)
    url = make_url(busy_ctx.services["station"].station.settings.database_url)
    holder = psycopg.connect(url.set(drivername="postgresql").render_as_string(
        hide_password=False))
    try:  # another program holds the person table (a migration, a vacuum full...)
        holder.execute("LOCK TABLE person IN ACCESS EXCLUSIVE MODE")
        page._fill_receipt()
        qtbot.waitUntil(lambda: "busy" in page.message.text(), timeout=10000)
        assert [b.isEnabled() for b in buttons] == [False, False]
        assert page.receipt is None
        assert receipt.retry_button.isVisibleTo(page) and receipt.retry_button.isEnabled()
    finally:
        holder.rollback()
        holder.close()
    qtbot.mouseClick(receipt.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.receipt is not None, timeout=10000)
    assert [b.isEnabled() for b in buttons] == [True, True]
    assert not receipt.retry_button.isVisibleTo(page)
    assert "p-1" in receipt.summary.text()


# -- the auditor's event list: the office's time, the action in words ---------------------------

def _listed_events(qtbot: Any, live_ctx: Any) -> Any:
    """The auditor's event list over the registry set up at FIXED_NOW (09:30 UTC), read at a
    desk in Phnom Penh (UTC+7), where it is 16:30."""
    from dataclasses import replace
    from zoneinfo import ZoneInfo

    office = replace(live_ctx, clock=lambda: FIXED_NOW.astimezone(ZoneInfo("Asia/Phnom_Penh")))
    return auditor_events(qtbot, office)


def auditor_events(qtbot: Any, ctx: Any) -> Any:
    """An auditor's page over ``ctx``'s registry with its event list shown."""
    from station.model.operators import OperatorInfo
    from station.model.ui_session import OperatorSession
    from station.views.auditor import AuditorPage

    reader = OperatorInfo("a1", "aud", "An Auditor", "auditor")
    page = AuditorPage(ctx, OperatorSession("aud", "auditor", operator=reader))
    qtbot.addWidget(page)
    page.show_events_button.click()
    qtbot.waitUntil(lambda: page.events.rowCount() > 0, timeout=10000)
    return page


def _column(page: Any, title: str) -> int:
    return next(c for c in range(page.events.columnCount())
                if page.events.horizontalHeaderItem(c).text() == title)


@pytest.mark.parametrize("language", ["en", "km"])
def test_the_auditors_events_are_in_the_offices_time_and_the_desks_words(
        qtbot: Any, live_ctx: Any, tmp_path: Any, language: str) -> None:
    """The auditor's list showed UTC times in ISO form and raw codes (operator.create) at
    every desk: a Phnom Penh auditor read 09:30 for what happened at 16:30, and a Khmer desk
    read English codes. Times are now the office's, written as the desk writes dates and
    times, and the action is in words in the desk's language with its code beside it (the
    logs' and the export's, unchanged)."""
    from PySide6.QtCore import QDate, QDateTime, QTime

    from station.views.formats import short_date_time

    apply_language(language)
    try:
        page = _listed_events(qtbot, live_ctx)
        rows = range(page.events.rowCount())
        code = _column(page, page.tr("Code"))
        words = _column(page, page.tr("Action"))
        when = _column(page, page.tr("Time"))
        codes = [page.events.item(r, code).text() for r in rows]
        created = codes.index("operator.create")
        said = page.events.item(created, words).text()
        assert said and said != "operator.create"
        assert "operator.create" in page.events.item(created, words).toolTip()
        if language == "km":
            assert LATIN.search(said) is None, said
        else:
            assert said == "operator account created"
        local = QDateTime(QDate(2026, 11, 22), QTime(16, 30))
        shown = page.events.item(created, when).text()
        assert shown == short_date_time(local, page.locale()), shown
        assert "2026-11-22" not in shown
        assert "2026-11-22T09:30:00Z" in page.events.item(created, when).toolTip()
        # the export stays machine-readable: UTC, codes
        page.export_events(tmp_path / "events.csv")
        text = (tmp_path / "events.csv").read_text(encoding="utf-8-sig")
        assert "operator.create" in text and "2026-11-22T09:30:00" in text
    finally:
        apply_language("en")


def test_every_action_the_station_audits_has_words() -> None:
    """An action without words shows its bare code at a translated desk: every action the
    station's code writes (``action="..."``, grievance steps) is listed."""
    from pathlib import Path

    from station.services.grievance_rules import TRANSITIONS
    from station.views.audit_words import action_words

    root = Path(__file__).resolve().parents[2]
    written: set[str] = set()
    for path in [*(root / "station").rglob("*.py"), *(root / "sync").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        written |= set(re.findall(r'action="([a-z_]+\.[a-z_]+)"', text))
        written |= set(re.findall(r'action="[a-z_.]+" if [^\n]+ else "([a-z_]+\.[a-z_]+)"',
                                  text))
        written |= set(re.findall(r'action="[a-z_.]+" if [^\n]+\n\s+else "([a-z_]+\.[a-z_]+)"',
                                  text))
    written |= {f"grievance.{step}" for _, step in TRANSITIONS} | {"grievance.intake"}
    assert {"programme.end", "operator.login_failed", "adjudication.send_back"} <= written
    assert written - set(action_words()) == set()

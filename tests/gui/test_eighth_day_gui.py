"""Eighth day at the desk: the programmes tab's message in view, a membership not begun
withdrawn from the tab, why a membership ended, and the supervisor's approval wait."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from tests.gui.test_first_day_gui import SMALL, _settle, programmes_tab_shown
from tests.gui.test_services_panels import clerk, household

__all__ = ["clerk", "household"]  # the fixtures, shared with the services panels' tests

pytestmark = pytest.mark.gui


def _whole_in_view(widget: Any) -> bool:
    """Whether every pixel of ``widget`` is on the screen the clerk sees (not scrolled away
    below the fold, not cut by the window)."""
    _settle()
    shown = widget.visibleRegion().boundingRect()
    return widget.isVisible() and shown.size() == widget.size()


@pytest.mark.parametrize("size", [SMALL, (1280, 820)])
def test_the_programmes_message_stays_in_view_after_an_action(
        qtbot: QtBot, live_ctx: StationContext, size: tuple[int, int]) -> None:
    """The line that says what Propose, Confirm or End did sat below everything in the
    scrolling tab: at 1280x820 (and 1024x700) it was below the fold, and the clerk did not
    see the result. It now stays in view whatever the tab scrolls to."""
    window, panel = programmes_tab_shown(qtbot, live_ctx, size)
    assert (window.width(), window.height()) == size
    assert panel.message.text()
    assert _whole_in_view(panel.message), panel.message.visibleRegion().boundingRect()
    # an action the clerk takes at the bottom of the tab: its answer is in view too
    panel.end_button.setFocus()
    panel.end_button.click()
    assert panel.message.text() == "Choose the membership to end first."
    assert _whole_in_view(panel.message)


def test_a_membership_not_begun_is_withdrawn_from_the_tab(
        qtbot: QtBot, station: Any, clerk: Any, household: str) -> None:
    """A membership beginning after today could not be chosen at all: a person who left
    before it began stayed counted. Chosen now, End says to withdraw it, and Withdraw (with
    the reason chosen) withdraws it and says so; a membership that has begun is ended, not
    withdrawn. An ended one says why it ended."""
    import datetime as dt

    import sqlalchemy as sa
    from PySide6.QtCore import Qt

    from station.registry.models import ProgrammeMembership
    from station.services import memberships
    from tests.gui.test_services_panels import WAIT, wait_message
    from tests.gui.test_seventh_day_gui import _held_texts, _programmes_panel
    from tests.gui.test_sixth_day_ops_gui import _confirmed
    from tests.services._db import audit_actions, outbox_items

    _confirmed(station, clerk, household)
    with station.transaction() as session:
        row = session.scalars(sa.select(ProgrammeMembership).where(
            ProgrammeMembership.programme_code == "PUBLIC_WORKS")).one()
        row.start_date = dt.date(2026, 12, 1)  # begins after the desk's today (22/11/2026)
        works_id = row.id
    panel = _programmes_panel(qtbot, station, clerk, household)
    texts = _held_texts(panel)
    later = next(i for i, t in enumerate(texts) if "Public works" in t)
    begun = next(i for i, t in enumerate(texts) if "Public works" not in t)
    assert "begins" in texts[later] and "Withdraw" in panel.held.item(later).toolTip()
    panel.held.setCurrentRow(begun)
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert "has begun" in panel.message.text()
    panel.held.setCurrentRow(later)
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    assert "not begun yet" in panel.message.text()
    panel.end_reason.setCurrentIndex(memberships.END_REASONS.index("own_request"))
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "withdrawn")
    assert panel.message.text().endswith(
        ": Public works programme withdrawn (it was to begin on 01/12/2026).")
    qtbot.waitUntil(lambda: not any("Public works" in t for t in _held_texts(panel)),
                    timeout=WAIT)
    assert audit_actions(station, works_id)[-1] == "programme.withdraw"
    assert outbox_items(station, works_id)[-1]["payload"]["reason"] == "own_request"
    # the one that has begun, ended: the list says why
    begun_id = panel.held.item(0).data(Qt.ItemDataRole.UserRole)
    memberships.end_membership(station, begun_id, reason="moved",
                               end_date=dt.date(2026, 11, 22), operator=clerk,
                               now=dt.datetime(2026, 11, 22, 5, tzinfo=dt.UTC))
    panel.set_household(household)
    qtbot.waitUntil(lambda: any("(ended: moved away)" in t for t in _held_texts(panel)),
                    timeout=WAIT)


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_a_station_not_approved_yet_says_how_many_records_wait_and_since_when(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    """"The centre has not approved this station yet: its records wait here" said neither
    how many nor for how long: the supervisor could not tell a day's wait from a month's.
    It now says both, the oldest record's day in the office's date (the office's zone: 20:00
    UTC is the next morning in Phnom Penh), in the desk's language."""
    import dataclasses
    import datetime as dt
    from zoneinfo import ZoneInfo

    from station.i18n import apply_language
    from station.registry.base import OUTBOX
    from sync import registration
    from sync.outbox import enqueue
    from tests.gui.conftest import FIXED_NOW
    from tests.gui.test_adjudication import _supervisor
    from tests.gui.test_supervisor_registration import shown

    station = live_ctx.services["station"].station
    station.settings = dataclasses.replace(station.settings,
                                           office_zone=ZoneInfo("Asia/Phnom_Penh"))
    oldest = dt.datetime(2026, 11, 19, 20, 0, tzinfo=dt.UTC)  # 20/11 03:00 in Phnom Penh
    with station.transaction() as session:
        for n, at in enumerate((oldest, FIXED_NOW - dt.timedelta(hours=1))):
            enqueue(session, OUTBOX, kind="household", record_id=f"hh-{n}",
                    payload={"n": n}, sealed_biometrics=None, now=at)
    apply_language(language)
    try:
        boss = _supervisor(qtbot, live_ctx)
        registration.save(station.settings.config_dir / registration.FILE_NAME,
                          registration.Standing("st-1", "pending", None, False, FIXED_NOW))
        text = shown(qtbot, boss, boss.registration_label.text())
        assert "2" in text and "20/11/2026" in text, text
        assert "b00020" in boss.registration_label.styleSheet()
        if language == "en":
            assert text.startswith("The centre has not approved this station yet"), text
        else:
            assert "approved" not in text and "wait" not in text, text
    finally:
        apply_language("en")


def said_in(language: str, errors: Any) -> tuple[list[str], list[str]]:
    """What the desk says for each of ``errors`` in English and in ``language``."""
    from station.i18n import apply_language
    from station.views.workers import plain_message

    english = [plain_message(e) for e in errors]
    apply_language(language)
    try:
        return english, [plain_message(e) for e in errors]
    finally:
        apply_language("en")


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_a_withdrawal_refused_is_said_in_the_desks_language(qapp: Any, language: str) -> None:
    """A withdrawal refused (the membership has begun, or contributions were paid towards
    it) or an end of one not begun reached the window in English: they are typed, and said
    from their type and data."""
    import datetime as dt

    from station.services.errors import AlreadyBegun, BeginsLater, ContributionsPaid

    day, today = dt.date(2026, 12, 1), dt.date(2026, 11, 22)
    english, said = said_in(language, (BeginsLater("M-7", day, None, today, today),
                                       AlreadyBegun("M-7", day, None, today),
                                       ContributionsPaid("M-7", day, None, today, 1500)))
    for words, text in zip(english, said, strict=True):
        assert text and text != words and "membership" not in text, text
    assert "2026" in said[0] and "2026" in said[1]  # the day it begins, as the desk writes it

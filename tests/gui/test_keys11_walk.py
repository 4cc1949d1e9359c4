"""What a fresh walk through the window at 1024x700 in English, Khmer, Urdu and
Indonesian found, each fixed with its test."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from station.i18n import apply_language
from station.model.ui_context import StationContext
from tests.gui.test_tidy10_alt_letters import _settle

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_a_members_situation_reads_whole_in_its_drop_downs(qtbot: QtBot,
                                                           language: str) -> None:
    """The Programmes tab's disability column was narrower than its words: an Indonesian
    clerk read "tidak diketah" for "tidak diketahui" (unknown)."""
    from station.views.services.members_table import Member, MembersTable

    apply_language(language)
    table = MembersTable()
    qtbot.addWidget(table)
    table.resize(960, 120)  # the tab's width in a 1024 px window
    table.show_members([Member("p1", "Sok Dara", "F", dt.date(1958, 4, 12), None, None,
                               head=True)], dt.date(2026, 11, 23))
    table.show()
    _settle()
    cut = []
    for column in (3, 4):
        box = table.cellWidget(0, column)
        assert isinstance(box, QComboBox)
        if box.width() < box.sizeHint().width():
            cut.append((column, box.currentText(), box.width(), box.sizeHint().width()))
    assert cut == []


def test_an_urdu_clerk_reads_the_rules_version_as_written(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """'1 programme proposed (rules 2026.11-1)' read '(... 1-2026.11)' at an Urdu desk:
    the version's digits and punctuation took the sentence's right-to-left order. It is
    set apart as a left-to-right run now, in the enrolment's step and the Programmes tab."""
    from station.views.services import ProgrammesPanel
    from tests.gui.test_clerk_flow import PERSON_FIELDS, _clerk, _enrol

    apply_language("ur")
    try:
        page = _clerk(qtbot, live_ctx)
        page.window().resize(1024, 700)
        result = _enrol(qtbot, page, dict(PERSON_FIELDS, birth_date="1948-04-12"))
        page.next_button.click()  # programmes
        qtbot.waitUntil(page.programmes.confirm_button.isEnabled, timeout=20000)
        assert RULES_ISOLATED.search(page.programmes.status.text()), \
            ascii(page.programmes.status.text())
        station = live_ctx.services["station"]
        panel = ProgrammesPanel(station.station, None, live_ctx.clock)
        qtbot.addWidget(panel)
        panel.set_household(station.person(result.person_id)["household_id"])
        qtbot.waitUntil(lambda: not panel.runner.busy and panel.package is not None,
                        timeout=20000)
        assert RULES_ISOLATED.search(panel.message.text()), ascii(panel.message.text())
    finally:
        apply_language("en")


# the rules' version (digits, dots, a hyphen) between LEFT-TO-RIGHT ISOLATE and its end
RULES_ISOLATED = re.compile("\u2066[0-9][0-9.-]*\u2069")


@pytest.mark.parametrize("language", ["en", "km"])
def test_why_a_programme_was_not_proposed_reads_whole(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    """The Programmes tab's 'Considered, not proposed' lines ran past the list's edge at
    1024x700 (a Khmer reason under a horizontal scroll bar, its end out of sight); they
    wrap now, as the enrolment's own list does."""
    from tests.gui.test_first_day_gui import programmes_tab_shown

    apply_language(language)
    try:
        _window, panel = programmes_tab_shown(qtbot, live_ctx, (1024, 700))
        assert panel.not_proposed.count() > 0
        assert panel.not_proposed.horizontalScrollBar().maximum() == 0
    finally:
        apply_language("en")


@pytest.mark.parametrize("language", ["en", "ur"])
def test_an_urdu_auditor_reads_the_start_of_a_subjects_id(
        qtbot: QtBot, ctx: StationContext, language: str) -> None:
    """The audit list shows the start of a subject's id (its column is narrow). At an Urdu
    desk the cut id's hyphen and ellipsis went to its left, '…-e15e579c': it read as the
    end of an id. The id is set apart as a left-to-right run there now ('e15e579c-…'), and
    its whole, plain, on hover."""
    from station.model.audit_log import AuditRow
    from station.model.ui_session import OperatorSession
    from station.views.auditor import AuditorPage

    apply_language(language)
    try:
        page = AuditorPage(ctx, OperatorSession("aud", "auditor"))
        qtbot.addWidget(page)
        subject = "e15e579c-1234-4567-89ab-cdef01234567"
        page._on_events([AuditRow(seq=1, at=dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC),
                                  operator="super", station_id="s1",
                                  action="adjudication.open", subject_type="case",
                                  subject_id=subject, details={})])
        item = page.events.item(0, 5)
        assert item is not None and item.toolTip() == subject
        assert item.text() == (subject if language == "en" else f"\u2066{subject}\u2069")
    finally:
        apply_language("en")


@pytest.mark.parametrize("language", ["en", "km"])
def test_recording_a_death_says_which_of_the_namesakes_it_is(
        qtbot: QtBot, live_ctx: StationContext, station: Any, language: str) -> None:
    """The search lists people of the same name side by side (the demo's twelve 'Chan
    Sokha'); Record a death... asked 'Recording the death of Sok Dara ends their
    programmes...' with nothing else to tell which one, and in Latin letters at a Khmer
    desk. It names the person as the list does, local and Latin, and their birth date."""
    from station.views.formats import short_date
    from tests.gui.test_deaths import _person, _search

    _person(station)
    apply_language(language)
    try:
        page = _search(qtbot, live_ctx, station, "super")
        page.death_button.click()
        dialog = page.death_dialog
        assert dialog is not None
        said = " ".join(x.text() for x in dialog.findChildren(QLabel))
        row = page._rows[0]
        assert "សុខ ដារា (Sok Dara)" in said and short_date(row.birth_date) in said, said
        assert ("born" in said) == (language == "en"), said
        dialog.reject()
    finally:
        apply_language("en")

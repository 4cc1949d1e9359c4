"""A supervisor changes who belongs to a household from the clerk's search: the widow heads
the household after her husband's death, a married son starts his own household with his
wife and child. The dialog lists the members (the dead marked), asks only what the service
needs, shows a refusal in one line with nothing written, has its own Alt letters and fits
the screen; the message line says what changed and what the clerk still has to do."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from station.model.enrolment import Enrolled, enrol
from station.model.operators import login
from station.model.persons import get_person
from station.model.ui_context import StationContext
from station.registry.base import OUTBOX
from station.views.clerk.search import SearchPage
from station.views.household_dialog import HouseholdDialog
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_deaths import _cell
from tests.gui.test_first_day_gui import alt_letter
from tests.gui.test_services_panels import clerk, household
from tests.station.helpers import POLICY, demographics, join_programme, person_fingers

__all__ = ["clerk", "household"]  # the fixtures, shared with the services panels' tests

pytestmark = pytest.mark.gui

WAIT = 10000


def _family(station: Any) -> dict[str, str]:
    """Sok Dara heads a household of her husband, her son, his wife and their child."""
    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    ids: dict[str, str] = {}
    for i, (name, relation) in enumerate((("Sok Dara", None), ("Chan Veasna", "spouse"),
                                          ("Chan Rith", "child"), ("Keo Sophea", "other"),
                                          ("Chan Nita", "other"))):
        kw: dict[str, Any] = ({"household_id": ids["household"], "relation_to_head": relation}
                              if relation else {})
        out = enrol(station, demographics(name, **kw), person_fingers(3 + 10 * i),
                    operator=clerk, now=FIXED_NOW, policy=POLICY, new_household=not relation)
        assert isinstance(out, Enrolled)
        ids[name.split()[1].lower()] = out.person_id
        ids.setdefault("household", str(get_person(station, out.person_id)["household_id"]))
    return ids


def _open(qtbot: QtBot, live_ctx: StationContext, station: Any, name: str) -> SearchPage:
    """The search step of a supervisor, ``name`` found and selected, the dialog open."""
    operator = login(station, "super", PASSWORD, now=FIXED_NOW)
    page = SearchPage(live_ctx.service("station"), operator=operator, clock=live_ctx.clock)
    qtbot.addWidget(page)
    page.show()
    page.query.setText(name)
    page.search()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT)
    assert page.household_button.isVisible() and page.household_button.isEnabled()
    page.household_button.click()
    assert page.household_dialog is not None and page.household_dialog.isVisible()
    return page


def _state(station: Any) -> tuple[int, int, int]:
    """The events, households and outbox items on file: a refusal writes none."""
    with station.reading() as s:
        return (int(s.scalar(sa.text("SELECT count(*) FROM audit_event")) or 0),
                int(s.scalar(sa.text("SELECT count(*) FROM household")) or 0),
                int(s.scalar(sa.select(sa.func.count()).select_from(OUTBOX)) or 0))


def test_the_widow_heads_the_household_after_her_husbands_death(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    from station.model.deaths import record_death

    ids = _family(station)
    record_death(station, ids["dara"], died_on=dt.date(2026, 11, 1), source="certificate 9",
                 by=login(station, "super", PASSWORD, now=FIXED_NOW), now=FIXED_NOW)
    page = _open(qtbot, live_ctx, station, "Chan Veasna")
    dialog = page.household_dialog
    assert dialog is not None
    try:
        assert dialog.members.rowCount() == 5
        dead = dialog.row_of(ids["dara"])
        assert "deceased" in _cell(dialog.members, dead, 3)
        assert dialog.relation_box(ids["dara"]) is None  # the dead keep their relation
        assert dialog.new_head_choice.isChecked()
        assert dialog.head.currentData() == ids["veasna"]  # the person selected
        # the others keep their relation unless changed: a child of the old head is most
        # often a child of the widow who takes over
        rith = dialog.relation_box(ids["rith"])
        assert rith is not None and rith.currentData() == "child"
        dialog.ok.click()  # no reason: refused inside the dialog
        assert dialog.isVisible() and "reason" in dialog.error.text()
        dialog.reason.setText("head died (certificate 9)")
        dialog.ok.click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    finally:
        if dialog.isVisible():
            dialog.reject()
    assert get_person(station, ids["veasna"])["relation_to_head"] == "head"
    assert get_person(station, ids["rith"])["relation_to_head"] == "child"
    assert page.status.text().startswith("Chan Veasna now heads household "), page.status.text()
    qtbot.waitUntil(lambda: _cell(page.table, 0, 6) == "Chan Veasna", timeout=WAIT)


def test_a_married_son_starts_his_own_household(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    ids = _family(station)
    page = _open(qtbot, live_ctx, station, "Chan Rith")
    dialog = page.household_dialog
    assert dialog is not None
    try:
        dialog.start_choice.setChecked(True)
        # keyboard only: the selected person's row is the current one; Space ticks it
        QTest.keyClick(dialog.members, Qt.Key.Key_Space)
        assert dialog.head.currentData() == ids["rith"]
        for key in ("sophea", "nita"):
            dialog.tick(ids[key])
        assert dialog.head.currentData() == ids["rith"]  # the person selected, ticked
        assert dialog.relation_box(ids["rith"]) is None or not dialog.relation_box(
            ids["rith"]).isEnabled()  # type: ignore[union-attr]
        dialog.ok.click()  # the wife's and the child's relation to him not said yet
        assert dialog.isVisible() and dialog.error.text()
        for key, relation in (("sophea", "spouse"), ("nita", "child")):
            box = dialog.relation_box(ids[key])
            assert box is not None
            box.setCurrentIndex(box.findData(relation))
        assert dialog.here.isChecked()  # where they live now
        dialog.reason.setText("married, own house (form 12)")
        dialog.ok.click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    finally:
        if dialog.isVisible():
            dialog.reject()
    rith = get_person(station, ids["rith"])
    assert rith["household_id"] != ids["household"] and rith["relation_to_head"] == "head"
    assert (get_person(station, ids["sophea"])["household_id"],
            get_person(station, ids["sophea"])["relation_to_head"]) == (
        rith["household_id"], "spouse")
    assert get_person(station, ids["dara"])["household_id"] == ids["household"]
    said = page.status.text()
    assert said.startswith("3 persons started a new household headed by Chan Rith."), said
    assert "vulnerability assessment" in said


def test_a_widow_joins_her_daughters_household(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    """The household to join is found as the Find step finds people, by a member's name; it
    is shown by its head and village."""
    ids = _family(station)
    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    out = enrol(station, demographics("Lim Chea"), person_fingers(90), operator=clerk,
                now=FIXED_NOW, policy=POLICY, new_household=True)
    assert isinstance(out, Enrolled)
    for holder in (ids["dara"], out.person_id):  # each household had its public works
        join_programme(station, holder, "PUBLIC_WORKS", dt.date(2026, 5, 1))
    page = _open(qtbot, live_ctx, station, "Lim Chea")
    dialog = page.household_dialog
    assert dialog is not None
    try:
        dialog.join_choice.setChecked(True)
        dialog.tick(out.person_id)
        dialog.find_text.setText("Chan Rith")
        dialog.find_button.click()
        qtbot.waitUntil(lambda: dialog.households.count() == 1, timeout=WAIT)
        assert dialog.households.currentText().startswith("Sok Dara, ")
        box = dialog.relation_box(out.person_id)
        assert box is not None and box.isEnabled()
        box.setCurrentIndex(box.findData("parent"))
        dialog.reason.setText("widowed, lives with her daughter")
        dialog.ok.click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    finally:
        if dialog.isVisible():
            dialog.reject()
    assert (get_person(station, out.person_id)["household_id"],
            get_person(station, out.person_id)["relation_to_head"]) == (
        ids["household"], "parent")
    assert page.status.text().startswith("1 person joined the household of Sok Dara."), (
        page.status.text())
    assert page.status.text().endswith(
        " Public works programme goes to one member a household, and this household now has "
        "it twice: end one of the memberships on the Programmes step."), page.status.text()


def test_a_refusal_is_one_line_in_the_dialog_and_nothing_is_written(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    """The head leaves with her son, the others staying behind headless: the service refuses;
    the dialog stays open with what was typed."""
    ids = _family(station)
    page = _open(qtbot, live_ctx, station, "Sok Dara")
    dialog = page.household_dialog
    assert dialog is not None
    before = _state(station)
    try:
        dialog.start_choice.setChecked(True)
        dialog.tick(ids["dara"])
        dialog.tick(ids["rith"])
        dialog.head.setCurrentIndex(dialog.head.findData(ids["rith"]))
        box = dialog.relation_box(ids["dara"])
        assert box is not None
        box.setCurrentIndex(box.findData("parent"))
        dialog.reason.setText("moving in with her son")
        dialog.ok.click()
        qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=WAIT)
        assert dialog.isVisible() and "choose its new head first" in dialog.error.text()
        assert "\n" not in dialog.error.text()
        assert dialog.reason.text() == "moving in with her son"
        assert dialog.ok.isEnabled()
    finally:
        dialog.reject()
    assert _state(station) == before


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_dialog_has_its_own_alt_letters_and_fits_1024_by_700(
        qtbot: QtBot, live_ctx: StationContext, station: Any, language: str) -> None:
    from station.i18n import apply_language

    ids = _family(station)
    apply_language(language)
    try:
        view = live_ctx.service("station").household_of(ids["rith"])
        dialog = HouseholdDialog(view, ids["rith"], places=_places(live_ctx),
                                 find=lambda _text: [])
        qtbot.addWidget(dialog)
        dialog.show()
        for choice in (dialog.new_head_choice, dialog.start_choice, dialog.join_choice):
            choice.setChecked(True)
            texts = [w.text() for w in dialog.findChildren(QLabel)
                     if w.isVisible() and w.buddy() is not None]
            texts += [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisible()]
            letters = [x for x in map(alt_letter, texts) if x]
            assert len(letters) == len(set(letters)), (choice.text(), sorted(letters))
            assert dialog.reason.isVisible()
            size = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
            assert size.width() <= 1024 and size.height() <= 700, (choice.text(), size)
            assert dialog.width() <= 1024 and dialog.height() <= 700, dialog.size()
        dialog.start_choice.setChecked(True)
        dialog.elsewhere.setChecked(True)
        size = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
        assert size.width() <= 1024 and size.height() <= 700, size
    finally:
        apply_language("en")


def _places(live_ctx: StationContext) -> Any:
    from station.views.places import gazetteer_of

    return gazetteer_of(live_ctx.service("station"))


def test_the_table_marks_the_person_selected(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    ids = _family(station)
    view = live_ctx.service("station").household_of(ids["nita"])
    dialog = HouseholdDialog(view, ids["nita"], places=_places(live_ctx),
                             find=lambda _text: [])
    qtbot.addWidget(dialog)  # never shown
    row = dialog.row_of(ids["nita"])
    assert dialog.members.currentRow() == row
    item = dialog.members.item(row, 0)
    assert item is not None and item.font().bold()
    assert item.checkState() == Qt.CheckState.Unchecked or not dialog.start_choice.isChecked()


def test_a_clerk_sees_no_household_button(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    """Composition decides household programmes: a supervisor changes it, as a death."""
    from tests.gui.test_deaths import _search

    _family(station)
    page = _search(qtbot, live_ctx, station, "clerk1")
    assert not page.household_button.isVisible()
    assert page.correct_button.isVisible()


def test_the_programmes_tab_marks_a_household_programme_held_twice(
        qtbot: QtBot, station: Any, clerk: Any, household: str) -> None:
    """Members who joined a household brought their public works with them: the household
    holds it twice. The tab lists the one to end (not the head's) as such."""
    from tests.gui.test_seventh_day_gui import _held_texts, _programmes_panel
    from tests.gui.test_sixth_day_ops_gui import _confirmed

    _confirmed(station, clerk, household)  # public works: the mother
    join_programme(station, "p-grandfather", "PUBLIC_WORKS", dt.date(2026, 1, 1))
    panel = _programmes_panel(qtbot, station, clerk, household)
    works = [t for t in _held_texts(panel) if "Public works" in t]
    assert len(works) == 2
    twice = [t for t in works if t.endswith(
        " (this household has it twice, one member a household: end this one)")]
    assert len(twice) == 1 and twice[0].startswith("p-mother"), works


def test_the_supervisor_mends_a_household_left_without_a_head_from_its_tab(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    """The head's death was said once in a message line; the household then kept a dead head
    until someone remembered. The supervisor's *Households to review* lists it until a new
    head is named, from the same dialog as the search step's."""
    from station.model.deaths import record_death
    from station.views.services import HouseholdReviewPanel

    ids = _family(station)
    supervisor = login(station, "super", PASSWORD, now=FIXED_NOW)
    record_death(station, ids["dara"], died_on=dt.date(2026, 11, 1), source="certificate 9",
                 by=supervisor, now=FIXED_NOW)
    panel = HouseholdReviewPanel(station, supervisor, live_ctx.clock,
                                 services=live_ctx.service("station"))
    qtbot.addWidget(panel)
    panel.resize(1024, 600)
    panel.show()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)
    assert panel.box.title() == "Households to review (1)"
    assert _cell(panel.table, 0, 2) == "No living head: name one (Household...)."
    known_by = panel.rows[0].person_id
    assert known_by != ids["dara"] and panel.rows[0].household_id == ids["household"]
    panel.household_button.click()
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    try:
        assert dialog.new_head_choice.isChecked() and dialog.head.currentData() == known_by
        dialog.reason.setText("head died (certificate 9)")
        dialog.ok.click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    finally:
        if dialog.isVisible():
            dialog.reject()
    assert get_person(station, known_by)["relation_to_head"] == "head"
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=WAIT)
    assert " now heads household " in panel.message.text(), panel.message.text()
    assert panel.box.title() == "Households to review (0)"

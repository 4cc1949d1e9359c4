"""The vulnerability questions and the address's lower levels from the keyboard.

A clerk reading the questionnaire to a household had to Tab from its first question to the
one the household answered, and the address's district, commune and village needed the mouse
or a row of Tabs (Alt+D reached the province only). Each now has its own Alt letter, shown on
its label, unique among the controls on the page, in every language of the desk (at Khmer and
Urdu desks the English letter, in brackets)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.views.clerk.page import PERSON, ClerkPage
from station.views.services import ProgrammesPanel
from tests.gui.test_first_day_gui import _signed_in, alt_letter
from tests.gui.test_tidy10_alt_letters import _clashes, _letters, _settle, _show, _unreached

pytestmark = pytest.mark.gui

LOWER_LEVELS = ("district", "commune", "village")


def _window(qtbot: QtBot, ctx: StationContext, language: str) -> Any:
    window = _signed_in(qtbot, ctx, "clerk1")
    window.set_language(language)
    window.resize(1024, 700)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _programmes(qtbot: QtBot, ctx: StationContext, language: str) -> tuple[Any, Any]:
    window = _window(qtbot, ctx, language)
    return window, _show(window, Mode.CLERK, ProgrammesPanel)


def _person(qtbot: QtBot, ctx: StationContext, language: str) -> tuple[Any, Any]:
    window = _window(qtbot, ctx, language)
    page: Any = window.page(Mode.CLERK)
    assert isinstance(page, ClerkPage)
    page.go(PERSON)
    _settle()
    return window, page.person


def _letter_of(window: QWidget, field: QWidget) -> str | None:
    """The Alt letter of the visible label whose buddy is ``field``."""
    found = [alt_letter(x.text()) for x in window.findChildren(QLabel)
             if x.isVisible() and x.buddy() is field]
    return next((x for x in found if x), None)


def _press_each(qtbot: QtBot, window: QWidget, fields: dict[str, QWidget]) -> dict[str, str]:
    """Alt+letter for each field, and what went wrong: no letter, or the focus elsewhere."""
    wrong = {}
    for name, field in fields.items():
        letter = _letter_of(window, field)
        if letter is None:
            wrong[name] = "no Alt letter"
            continue
        qtbot.keyClick(window, letter.upper(), Qt.KeyboardModifier.AltModifier)
        _settle()
        focused = QApplication.focusWidget()
        if field is not focused and not field.isAncestorOf(focused):
            wrong[name] = f"Alt+{letter.upper()} went to {focused and focused.objectName()}"
        elif field.visibleRegion().boundingRect().height() < field.height():
            wrong[name] = f"Alt+{letter.upper()} went to it, out of sight"
    return wrong


@pytest.mark.parametrize("language", ["en", "km", "id"])
def test_each_vulnerability_question_is_reached_by_its_alt_letter(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    window, panel = _programmes(qtbot, live_ctx, language)
    # from the last one backwards: each press has to move the focus
    fields = dict(reversed(panel.form.fields.items()))
    assert _press_each(qtbot, window, fields) == {}


@pytest.mark.parametrize("language", ["en", "km"])
def test_the_fields_below_the_fold_come_into_view_with_their_alt_letter(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    """At 1024x700 the Programmes tab scrolls: Alt+N (reason) and Alt+L (last day) put
    the focus on a field below the fold, out of sight, and the clerk typed blind."""
    window, panel = _programmes(qtbot, live_ctx, language)
    fields = {"endDate": panel.end_date, "household": panel.household,
              "endReason": panel.end_reason}
    assert _press_each(qtbot, window, fields) == {}


@pytest.mark.parametrize("language", ["en", "km", "id"])
def test_the_address_lower_levels_are_reached_by_their_alt_letters(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    window, form = _person(qtbot, live_ctx, language)
    fields = {level: form.address.boxes[level] for level in
              ("village", "commune", "district", "province")}
    assert _press_each(qtbot, window, fields) == {}


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_no_field_of_the_programmes_or_the_person_page_lacks_or_shares_a_letter(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    window, panel = _programmes(qtbot, live_ctx, language)
    # the credit's button shows on a credit's line only: its letter is kept free too
    panel.credit_button.setVisible(True)
    _settle()
    found = {"programmes": (_unreached(panel), _clashes(_letters(window)))}
    page: Any = window.page(Mode.CLERK)
    window.mode_widgets[Mode.CLERK].setCurrentWidget(page)
    page.go(PERSON)
    page.person.existing_household.setChecked(True)
    _settle()
    found["person"] = (_unreached(page.person), _clashes(_letters(window)))
    assert found == {"programmes": ([], []), "person": ([], [])}
    assert (window.width(), window.height()) == (1024, 700)


@pytest.mark.parametrize("language", ["en", "km"])
def test_the_whole_questionnaire_is_in_view_at_once_at_1024_by_700(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    """The questions sat in a scroll area of their own, squeezed to two rows inside the
    scrolling tab: the clerk read the household twelve questions through a slot. Now the
    tab scrolls, and once it is at the questionnaire every question is in view."""
    from station.views.services.programmes_panel import FitScrollArea

    window, panel = _programmes(qtbot, live_ctx, language)
    page = panel.findChild(FitScrollArea)
    top = panel.form.mapTo(page.widget(), panel.form.rect().topLeft()).y()
    page.verticalScrollBar().setValue(top)
    _settle()
    hidden = [name for name, field in panel.form.fields.items()
              if field.visibleRegion().boundingRect().height() < field.height()]
    assert hidden == []
    assert (window.width(), window.height()) == (1024, 700)


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_an_existing_households_id_is_whole_in_its_field_at_1024_by_700(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    """The household id field was squeezed beside the two choices to a few characters
    ("hous..." in English at 1024 px): a clerk typing or pasting an id of 36 characters
    could not read it back. It has a line of its own now."""
    window, form = _person(qtbot, live_ctx, language)
    form.existing_household.setChecked(True)
    field = form.household_id
    field.setText("3e151868-5bb6-4648-9822-98851d599e38")
    _settle()
    needed = field.fontMetrics().horizontalAdvance(field.text()) + 12  # its frame and margins
    assert field.width() >= needed, (field.width(), needed)
    assert (window.width(), window.height()) == (1024, 700)

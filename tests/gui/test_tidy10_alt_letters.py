"""Every field a clerk or supervisor types in or picks from has its Alt letter.

Keyboard only, the case plan's fields (case manager, situation, kind, service, what, due,
follow up on), the cases' follow-up note and new case manager, the grievance's fields, the
vulnerability questions and the person form's existing household id and relation could be
reached only by Tab round the screen. Each now has its own letter, unique among the controls
on screen, in every language of the desk."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from station.i18n import apply_language
from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.views.clerk.page import PERSON, ClerkPage
from station.views.services import CasePlanPanel, CasesPanel, GrievancesPanel
from tests.gui.test_first_day_gui import _signed_in, alt_letter

pytestmark = pytest.mark.gui

FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _unreached(area: QWidget) -> list[str]:
    """The visible fields of ``area`` that no visible label's Alt letter reaches."""
    labels = [x for x in area.window().findChildren(QLabel) if x.isVisible()]
    reached = {x.buddy() for x in labels if x.buddy() is not None and alt_letter(x.text())}
    fields = [w for w in area.findChildren(QWidget) if isinstance(w, FIELDS)
              and w.isVisible() and w.isEnabled()
              and not isinstance(w.parentWidget(), FIELDS)]
    return [w.objectName() or type(w).__name__ for w in fields if w not in reached]


def _letters(window: QWidget) -> list[str]:
    """The Alt letters of the controls on screen."""
    texts = [x.text() for x in window.findChildren(QLabel)
             if x.isVisible() and x.buddy() is not None]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    texts += [bar.tabText(i) for bar in window.findChildren(QTabBar) if bar.isVisible()
              for i in range(bar.count())]
    return [x for x in map(alt_letter, texts) if x]


def _show(window: Any, mode: Mode, kind: type) -> Any:
    window.switch_to(mode)
    tabs = window.mode_widgets[mode]
    assert isinstance(tabs, QTabWidget)
    panel = next(w for w in map(tabs.widget, range(tabs.count())) if isinstance(w, kind))
    assert isinstance(panel, QWidget)
    tabs.setCurrentWidget(panel)
    _settle()
    return panel


def _clashes(letters: list[str]) -> list[str]:
    return sorted({x for x in letters if letters.count(x) > 1})


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_case_and_grievance_fields_have_their_alt_letters(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    window = _signed_in(qtbot, live_ctx)
    window.set_language(language)
    window.resize(1024, 700)
    found = {}
    for mode in (Mode.CLERK, Mode.SUPERVISOR):
        for kind in (CasesPanel, GrievancesPanel):
            tabs: Any = window.mode_widgets[mode]
            if not any(isinstance(tabs.widget(i), kind) for i in range(tabs.count())):
                continue
            panel = _show(window, mode, kind)
            found[f"{mode.value} {kind.__name__}"] = (_unreached(panel),
                                                     _clashes(_letters(window)))
    assert found and all(v == ([], []) for v in found.values()), found
    assert (window.width(), window.height()) == (1024, 700)


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_case_plan_fields_have_their_alt_letters(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    apply_language(language)
    station = live_ctx.services["station"].station
    panel = CasePlanPanel(station, None, live_ctx.clock)
    qtbot.addWidget(panel)
    panel.resize(1024, 640)
    panel.show()
    _settle()
    assert (_unreached(panel), _clashes(_letters(panel))) == ([], [])


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_existing_household_and_relation_have_their_alt_letters(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.set_language(language)
    window.resize(1024, 700)
    page: Any = window.page(Mode.CLERK)
    assert isinstance(page, ClerkPage)
    page.go(PERSON)
    page.person.existing_household.setChecked(True)
    _settle()
    # the address's lower levels too (Alt+D reaches the province, each level its letter)
    assert (_unreached(page.person), _clashes(_letters(window))) == ([], [])
    assert (window.width(), window.height()) == (1024, 700)


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_household_programmes_fields_have_their_alt_letters(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    """The Programmes tab's household id, end reason and last day were reached only by Tab
    (and the vulnerability questions, each its own letter: Tab went from the first one)."""
    from station.views.services import ProgrammesPanel

    window = _signed_in(qtbot, live_ctx)
    window.set_language(language)
    window.resize(1024, 700)
    panel = _show(window, Mode.CLERK, ProgrammesPanel)
    assert (_unreached(panel), _clashes(_letters(window))) == ([], [])
    assert (window.width(), window.height()) == (1024, 700)

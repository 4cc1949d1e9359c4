"""Eligibility reasons in the clerk's language, on the programme step and the programmes tab.

The English reason is the record (stored, audited, synced); the window renders the structured
form beside it. A Khmer clerk must not read "not eligible: household poverty level is not
recorded" in English, and the English desk must keep reading the record word for word.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

import pytest
from PySide6.QtCore import Qt

from station.i18n import apply_language
from station.model.operators import login
from station.services.catalogue import load_catalogue, programme_names
from station.services.eligibility import HouseholdFacts, MemberFacts, Package, propose_package
from station.services.facts import EMPLOYMENT, POVERTY_LEVELS
from station.views.clerk.programmes import ProgrammesPage
from station.views.reasons import render_verdict, say
from station.views.services import ProgrammesPanel
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.services.conftest import add_household

TODAY = dt.date(2026, 11, 22)
CATALOGUE = load_catalogue()
LATIN = re.compile("[A-Za-z]")
#: Words of the English reasons; none may be left in a translated one.
ENGLISH = {"eligible", "because", "not", "recorded", "age", "and", "household", "poverty",
           "level", "is", "one", "of", "at", "or", "below", "above", "yes", "no", "already",
           "member", "proposed", "employment", "disability", "sex", "retired", "unemployed",
           "poor", "extreme", "near", "non", "self", "employed", "child", "student", "inactive"}


def _family(level: str | None, disability: bool | None, employment: str | None,
            age: int) -> HouseholdFacts:
    head = MemberFacts("head", dt.date(TODAY.year - age, 3, 1), "M", disability, employment,
                       is_head=True)
    girl = MemberFacts("girl", dt.date(TODAY.year - 8, 5, 1), "F", True, "child")
    return HouseholdFacts("hh", (head, girl), poverty_level=level)


FAMILIES = [_family(level, disability, employment, age)
            for level in (None, *POVERTY_LEVELS)
            for disability in (None, True, False)
            for employment in (None, *EMPLOYMENT)
            for age in (30, 62, 68)]


def _packages() -> list[Package]:
    return [propose_package(CATALOGUE, f, today=TODAY) for f in FAMILIES]


def test_the_english_window_shows_the_record_word_for_word(qapp: Any) -> None:
    for package in _packages():
        for c in package.considered:
            assert c.why is not None
            assert render_verdict(c.why) == c.reason
            assert say(c) == c.reason


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_no_english_word_is_left_in_a_translated_reason(qapp: Any, language: str) -> None:
    apply_language(language)
    for package in _packages():
        for c in package.considered:
            shown = say(c)
            left = ENGLISH & set(re.findall(r"[a-z]+", shown.lower()))
            assert not left, (c.reason, shown)
            if language != "id":
                assert LATIN.search(shown) is None, (c.reason, shown)


def test_a_khmer_clerk_reads_the_programme_step_reasons_in_khmer(qtbot: Any) -> None:
    apply_language("km")
    family = _family(None, None, "retired", 68)  # not assessed, disability not recorded
    page = ProgrammesPage()
    qtbot.addWidget(page)
    page.load(lambda: propose_package(CATALOGUE, family, today=TODAY),
              lambda _package, _accepted: None, "head")
    qtbot.waitUntil(lambda: page.package is not None, timeout=15000)
    package = page.package
    titles = programme_names("km")
    proposals = [p for p in package.proposals if p.person_id == "head"]
    refused = [c for c in package.considered if c.person_id == "head" and not c.eligible]
    assert proposals and refused
    assert page.proposals.count() == len(proposals)
    assert page.not_eligible.count() == len(refused)
    for i, p in enumerate(proposals):
        text = page.proposals.item(i).text()
        reason = text.split(" — ", 1)[1].rsplit(" [", 1)[0]
        assert p.reason not in text and LATIN.search(reason) is None, text
        assert reason.startswith("មានសិទ្ធិ ដោយសារ")  # "eligible because"
    for i, c in enumerate(refused):
        text = page.not_eligible.item(i).text()
        reason = text.removeprefix(f"{titles.get(c.programme_code, c.programme_code)}: ")
        assert reason != text and LATIN.search(reason) is None, text
        assert reason.startswith("មិនមានសិទ្ធិ៖")  # "not eligible:"
    shown = [page.not_eligible.item(i).text() for i in range(page.not_eligible.count())]
    # "household poverty level is not recorded", "disability is not recorded"
    assert any("កម្រិតភាពក្រីក្ររបស់គ្រួសារ មិនទាន់បានកត់ត្រា" in t for t in shown), shown
    assert any("ពិការភាព មិនទាន់បានកត់ត្រា" in t for t in shown), shown


def test_the_household_programmes_tab_shows_reasons_in_khmer(qtbot: Any, station: Any) -> None:
    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    add_household(station, "hh-sok", [
        ("p-grandfather", "M", dt.date(1958, 3, 1), "head"),
        ("p-girl", "F", dt.date(2018, 5, 1), "grandchild"),
    ])
    apply_language("km")
    panel = ProgrammesPanel(station, clerk, lambda: FIXED_NOW)
    qtbot.addWidget(panel)
    panel.household.setText("hh-sok")
    qtbot.mouseClick(panel.propose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.not_proposed.count() > 0, timeout=15000)
    package = panel.package
    for i, p in enumerate(package.proposals):
        reason = panel.proposals.item(i).text().rsplit("\n    ", 1)[1]
        assert reason == say(p) and LATIN.search(reason) is None, reason
    others = [c for c in package.considered if not c.proposed]
    for i, c in enumerate(others):
        text = panel.not_proposed.item(i).text()
        assert text.endswith(f": {say(c)}") and c.reason not in text, text
        assert LATIN.search(say(c)) is None, text


def _older(package: Package) -> Package:
    """The package as one stored before reasons had a structured form: English only."""
    return dataclasses.replace(
        package, proposals=tuple(dataclasses.replace(p, why=None) for p in package.proposals),
        considered=tuple(dataclasses.replace(c, why=None) for c in package.considered))


def _shown_on_the_programme_step(qtbot: Any, package: Package) -> ProgrammesPage:
    page = ProgrammesPage()
    qtbot.addWidget(page)
    page.load(lambda: package, lambda _package, _accepted: None, "head")
    qtbot.waitUntil(lambda: page.package is not None, timeout=15000)
    return page


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_an_older_package_shows_its_stored_reasons_and_says_they_are_in_english(
        qtbot: Any, language: str) -> None:
    """A package from before the structured reasons has only the English sentence: it is
    shown as stored; a non-English desk is told plainly that it was recorded in English."""
    apply_language(language)
    package = _older(propose_package(CATALOGUE, _family(None, None, "retired", 68),
                                     today=TODAY))
    page = _shown_on_the_programme_step(qtbot, package)
    proposals = [p for p in package.proposals if p.person_id == "head"]
    assert proposals and page.proposals.count() == len(proposals)
    for i, p in enumerate(proposals):
        text = page.proposals.item(i).text()
        assert p.reason in text, text
        note = say(p).replace(p.reason, "")
        if language == "en":
            assert note == ""
        elif language == "id":
            assert "Inggris" in note, text  # "in English"
        else:
            assert note.strip(" ()") and LATIN.search(note) is None, text


def test_a_reason_this_window_cannot_render_is_shown_as_stored(qtbot: Any) -> None:
    """A structured reason naming a fact or an operator this window does not know (rules
    newer than the station) stopped the programme step: the package never appeared."""
    from station.services.eligibility import Verdict
    from station.services.rules import Reason

    apply_language("km")
    package = propose_package(CATALOGUE, _family(None, None, "retired", 68), today=TODAY)
    odd = [Verdict("eligible", (Reason("compare", "monthly_income", "<", 50, (100,)),)),
           Verdict("eligible", (Reason("compare", "age", "~", 68, (65,)),))]
    proposals = tuple(dataclasses.replace(p, why=odd[i % 2])
                      for i, p in enumerate(package.proposals))
    page = _shown_on_the_programme_step(qtbot, dataclasses.replace(package,
                                                                   proposals=proposals))
    mine = [p for p in proposals if p.person_id == "head"]
    assert page.proposals.count() == len(mine) > 0
    for i, p in enumerate(mine):
        assert p.reason in page.proposals.item(i).text()


def test_an_empty_stored_reason_says_none_was_recorded(qapp: Any) -> None:
    package = propose_package(CATALOGUE, _family(None, None, "retired", 68), today=TODAY)
    blank = dataclasses.replace(package.proposals[0], reason="", why=None)
    assert say(blank) == "no reason was recorded"

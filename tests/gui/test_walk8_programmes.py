"""Walk 8 at the clerk's programme step: each proposal is named in the desk's words, not
followed by the catalogue's code (OLD_AGE_PENSION); the code stays in the tooltip."""

from __future__ import annotations

from typing import Any

import pytest

from station.i18n import apply_language
from station.services.eligibility import propose_package
from station.views.clerk.programmes import ProgrammesPage
from tests.gui.test_reasons_language import CATALOGUE, TODAY, _family

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["en", "km"])
def test_a_proposal_names_the_programme_without_its_code(qtbot: Any, language: str) -> None:
    apply_language(language)
    page = ProgrammesPage()
    qtbot.addWidget(page)
    page.load(lambda: propose_package(CATALOGUE, _family(None, None, "retired", 68),
                                      today=TODAY),
              lambda _package, _accepted: None, "head")
    qtbot.waitUntil(lambda: page.package is not None, timeout=15000)
    mine = [p for p in page.package.proposals if p.person_id == "head"]
    assert mine and page.proposals.count() == len(mine)
    for i, p in enumerate(mine):
        item = page.proposals.item(i)
        assert p.programme_code not in item.text(), item.text()
        assert p.programme_code in item.toolTip()


def test_at_1024_in_khmer_the_reasons_wrap_instead_of_running_off_the_list(
        qtbot: Any) -> None:
    """At 1024x700 in Khmer the not-eligible reasons ran past the list's right edge: the
    clerk scrolled sideways, line by line, to read why a programme was not offered."""
    apply_language("km")
    page = ProgrammesPage()
    qtbot.addWidget(page)
    page.resize(790, 540)  # the step's share of a 1024x700 window
    page.show()
    page.load(lambda: propose_package(CATALOGUE, _family(None, None, "retired", 68),
                                      today=TODAY),
              lambda _package, _accepted: None, "head")
    qtbot.waitUntil(lambda: page.package is not None, timeout=15000)
    qtbot.waitUntil(lambda: page.not_eligible.count() > 0)
    for listing in (page.proposals, page.not_eligible):
        qtbot.waitUntil(lambda listing=listing: listing.viewport().width() > 0)
        assert listing.horizontalScrollBar().maximum() == 0, listing.objectName()

"""Walk 13: the Find step's columns say whole what they hold before anything is found.

At an Indonesian desk, at 1024x700, the empty results' header read "mah tangga (kepa" for
"Rumah tangga (kepala)" (Household of): the columns kept Qt's 100 pixels until a search
filled them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.views.clerk.page import ClerkPage
from tests.gui.test_first_day_gui import _signed_in
from tests.gui.test_tidy10_alt_letters import _settle

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["id", "ur"])
def test_the_find_steps_headers_are_whole_before_a_search(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    window = _signed_in(qtbot, live_ctx)
    window.set_language(language)
    window.resize(1024, 700)
    window.switch_to(Mode.CLERK)
    page = window.page(Mode.CLERK)
    assert isinstance(page, ClerkPage)
    _settle()
    header = page.search.table.horizontalHeader()
    cut = [page.search.table.horizontalHeaderItem(c).text()  # type: ignore[union-attr]
           for c in range(header.count())
           if header.sectionSize(c) < header.sectionSizeHint(c)]
    assert cut == []


def test_one_person_found_by_a_card_is_said_in_the_singular_in_urdu(qtbot: QtBot) -> None:
    """A card finds one person: the Urdu desk said "1 افراد ملے" ("1 persons found")."""
    from PySide6.QtCore import QCoreApplication

    from station.i18n import apply_language

    apply_language("ur")
    said = QCoreApplication.translate("SearchPage", "%n person(s) found", "", 1)
    assert said == "1 فرد ملا"
    assert QCoreApplication.translate("SearchPage", "%n person(s) found", "", 3) == "3 افراد ملے"


@pytest.mark.parametrize(("context", "source", "one", "many"), [
    ("DuplicatePage", "%n minutiae paired (linked in green)", "جوڑا گیا", "جوڑے گئے"),
    ("ProgrammesPage", "Recorded: %n programme(s) joined.", "پروگرام میں", "پروگراموں میں"),
    ("DuplicatePage", "Possible duplicate: %n registered person(s) match these fingerprints. "
     "Nothing was registered. Compare the prints; the case waits for a supervisor in the "
     "adjudication queue.", "رجسٹرڈ فرد", "رجسٹرڈ افراد"),
])
def test_other_urdu_counts_of_one_are_said_in_the_singular(
        qtbot: QtBot, context: str, source: str, one: str, many: str) -> None:
    """One paired minutia, one programme joined, one registered person matching: the Urdu
    desk used the plural's words for one as for many."""
    from PySide6.QtCore import QCoreApplication

    from station.i18n import apply_language

    apply_language("ur")
    said_one = QCoreApplication.translate(context, source, "", 1)
    said_many = QCoreApplication.translate(context, source, "", 4)
    assert one in said_one and many not in said_one, said_one
    assert many in said_many, said_many

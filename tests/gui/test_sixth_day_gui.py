"""The sixth day at the desk: the window as its users judge it."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from station.i18n import apply_language
from station.model.locations import Area, Gazetteer
from station.views.clerk.person_form import PersonFormPage

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 11, 22)

# Ampil was merged into Baka: its households stay, no new one is registered there
PLACES = Gazetteer([
    Area("12", "province", "Kampong Cham"),
    Area("1201", "district", "Kampong Siem", "12"),
    Area("120101", "commune", "Ampil", "1201", retired=True),
    Area("12010101", "village", "Phum Ampil", "120101"),
    Area("120102", "commune", "Baka", "1201"),
    Area("12010201", "village", "Phum Baka", "120102"),
])
IN_AMPIL = {"province": "12", "district": "1201", "commune": "120101", "village": "12010101"}
PERSON = {"local_name": "សុខ", "latin_name": "Sok", "sex": "F", "birth_date": "1990-04-12"}


def _codes(page: PersonFormPage) -> dict[str, str]:
    return {k: page.values()[k] for k in IN_AMPIL}


@pytest.mark.parametrize("code", ["en", "km"])
def test_a_household_in_a_retired_commune_keeps_its_commune(qtbot: QtBot, code: str) -> None:
    """A member added to a household of a retired commune is shown, and kept, where the
    household lives (the commune marked retired), not a blank or another commune."""
    apply_language(code)
    page = PersonFormPage(PLACES)
    qtbot.addWidget(page)
    page.set_household("hh-1", IN_AMPIL)
    commune = page.address.boxes["commune"]
    assert "Ampil (120101)" in commune.currentText()
    assert commune.currentText() != "Ampil (120101)"  # marked as retired
    assert "Phum Ampil (12010101)" in page.address.boxes["village"].currentText()
    assert _codes(page) == IN_AMPIL
    page.fill(PERSON)
    demographics = page.validate(TODAY)
    assert demographics is not None, page.error_text
    assert demographics.address.commune == "120101"
    assert demographics.address.village == "12010101"


def test_a_retired_commune_is_not_offered_nor_taken_for_a_new_household(qtbot: QtBot) -> None:
    page = PersonFormPage(PLACES)
    qtbot.addWidget(page)
    communes = page.address.boxes["commune"]
    offered = [communes.itemData(i) for i in range(communes.count())]
    assert "120101" not in offered and "120102" in offered
    # the record's retired commune, then a new household asked for there: refused at once
    page.set_household("hh-1", IN_AMPIL)
    page.new_household.setChecked(True)
    page.fill(PERSON)
    assert page.validate(TODAY) is None
    assert "Ampil (120101)" in page.error_text and "retired" in page.error_text
    # picking the commune that replaced it: the retired one is no longer offered
    communes.setCurrentIndex(communes.findData("120102"))
    communes.activated.emit(communes.currentIndex())
    assert communes.findData("120101") < 0
    page.address.boxes["village"].setCurrentIndex(
        page.address.boxes["village"].findData("12010201"))
    assert page.validate(TODAY) is not None, page.error_text

"""A Khmer desk shows the list of places in Khmer (where the list names them so), with the
list's own name beside it, and the clerk may type either: the record keeps the codes."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from station.i18n import apply_language
from station.views.clerk.person_form import PersonFormPage

pytestmark = pytest.mark.gui


def test_a_khmer_desk_picks_places_by_their_khmer_names(qtbot: QtBot, khmer: None) -> None:
    page = PersonFormPage()
    qtbot.addWidget(page)
    boxes = page.address.boxes
    assert boxes["province"].currentText() == "កំពង់ចាម · Kampong Cham (12)"
    boxes["district"].setCurrentIndex(boxes["district"].findData("1203"))
    boxes["district"].activated.emit(boxes["district"].currentIndex())
    labels = [boxes["commune"].itemText(i) for i in range(boxes["commune"].count())]
    assert "ជាលា · Chealea (120303)" in labels
    boxes["commune"].setEditText("ជាលា")  # typed in Khmer
    assert page.values()["commune"] == "120303"
    boxes["commune"].setEditText("chealea")  # or as the list spells it
    assert page.values()["commune"] == "120303"


def test_an_english_desk_shows_the_lists_own_names(qtbot: QtBot) -> None:
    apply_language("en")
    page = PersonFormPage()
    qtbot.addWidget(page)
    assert page.address.boxes["province"].currentText() == "Kampong Cham (12)"


def test_a_long_label_shows_its_name_not_its_tail(qtbot: QtBot, khmer: None) -> None:
    """A Khmer desk's village label ("Khmer · Latin (code)") is longer than its box: the box
    showed the end of it, the Latin name, as though the list had no Khmer name."""
    page = PersonFormPage()
    qtbot.addWidget(page)
    page.fill({"province": "12", "district": "1203", "commune": "120304",
               "village": "12030405"})
    for box in page.address.boxes.values():
        edit = box.lineEdit()
        assert edit is not None and edit.cursorPosition() == 0, box.objectName()


def test_a_retired_area_shown_for_its_record_keeps_both_names(
        qtbot: QtBot, khmer: None) -> None:
    """A record's own retired commune, listed while it is shown, read in Khmer only."""
    from station.model.locations import FORMAT, parse_gazetteer
    from station.views.clerk.address import AddressPicker

    places = parse_gazetteer({"format": FORMAT, "format_version": 1, "areas": [
        {"code": "12", "name": "Kampong Cham", "names": {"km": "កំពង់ចាម"}},
        {"code": "1201", "parent": "12", "name": "Kampong Siem"},
        {"code": "120101", "parent": "1201", "name": "Ampil", "names": {"km": "អំពិល"},
         "retired": True}]}).in_language("km")
    picker = AddressPicker(places, {})
    qtbot.addWidget(picker)
    picker.set_codes({"province": "12", "district": "1201", "commune": "120101"})
    shown = picker.boxes["commune"].currentText()
    assert "អំពិល · Ampil" in shown and "120101" in shown, shown

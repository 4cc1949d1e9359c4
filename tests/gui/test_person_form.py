"""The person form from the keyboard, and birth dates shown with four-digit years."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station.i18n import apply_language
from station.views.clerk.person_form import PersonFormPage

pytestmark = pytest.mark.gui


def test_alt_letters_reach_the_fields_in_rows_that_hold_several(qtbot: QtBot) -> None:
    page = PersonFormPage()
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert page.inputs["province"].hasFocus()
    qtbot.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert page.local_name.hasFocus()


@pytest.mark.parametrize("code", ["en", "km", "id", "ur"])
def test_birth_dates_show_four_digit_years(qtbot: QtBot, code: str) -> None:
    apply_language(code)
    page = PersonFormPage()
    qtbot.addWidget(page)
    page.fill({"birth_date": "1948-03-09"})
    assert "1948" in page.birth_date.text()
    assert page.values()["birth_date"] == "1948-03-09"


def test_the_address_is_picked_by_name_and_kept_as_codes(qtbot: QtBot) -> None:
    page = PersonFormPage()
    qtbot.addWidget(page)
    boxes = page.address.boxes
    assert boxes["province"].currentText() == "Kampong Cham (12)"  # the only province
    boxes["district"].setCurrentIndex(boxes["district"].findData("1203"))
    boxes["district"].activated.emit(boxes["district"].currentIndex())
    communes = [boxes["commune"].itemData(i) for i in range(boxes["commune"].count())]
    assert "120304" in communes and all(c.startswith("1203") for c in communes)
    boxes["commune"].setCurrentIndex(boxes["commune"].findData("120304"))
    boxes["commune"].activated.emit(boxes["commune"].currentIndex())
    assert boxes["village"].count() == 10
    boxes["village"].setCurrentIndex(boxes["village"].findData("12030405"))
    assert boxes["village"].currentText() == "Cheung Prey Kraom (12030405)"
    assert {k: page.values()[k] for k in ("province", "district", "commune", "village")} == {
        "province": "12", "district": "1203", "commune": "120304", "village": "12030405"}
    # a village the list does not know yet is typed as its code and kept
    boxes["village"].setEditText("12030499")
    assert page.values()["village"] == "12030499"
    # choosing another commune drops a village of the old one
    boxes["village"].setCurrentIndex(boxes["village"].findData("12030405"))
    boxes["commune"].setCurrentIndex(boxes["commune"].findData("120301"))
    boxes["commune"].activated.emit(boxes["commune"].currentIndex())
    assert page.values()["village"] == ""


def test_a_complaint_goes_away_once_the_clerk_corrects_the_field(qtbot: QtBot) -> None:
    import datetime as dt

    page = PersonFormPage()
    qtbot.addWidget(page)
    page.fill({"local_name": "សុខ", "latin_name": "Sok", "sex": "F", "birth_date": "2031-04-12",
               "province": "12", "district": "1203", "commune": "120304",
               "village": "12030405"})
    assert page.validate(dt.date(2026, 11, 22)) is None
    assert "in the future" in page.error_text
    assert "border" in page.birth_date.styleSheet()
    page.fill({"birth_date": "1958-04-12"})
    assert page.error_text == "" and page.birth_date.styleSheet() == ""
    # nobody has agreed yet: the consent is asked for last, the choice outlined
    assert page.validate(dt.date(2026, 11, 22)) is None
    assert page.error_text == ("Read the privacy notice to the person, then choose who "
                               "agreed.")
    assert "border" in page.agreed.styleSheet()
    page.fill({"consent": "self"})
    assert page.error_text == "" and page.agreed.styleSheet() == ""
    found = page.validate(dt.date(2026, 11, 22))
    assert found is not None and found.consent is not None
    assert found.consent.given_by == "self"


def test_the_privacy_notice_is_read_in_the_desks_language_and_a_child_needs_a_guardian(
        qtbot: QtBot) -> None:
    """Fingerprints were taken with nothing said about them. The form now shows the notice to
    read (in the desk's language), asks who agreed, and takes a child's agreement only from
    a parent or guardian, named."""
    import datetime as dt

    from station.i18n import apply_language
    from station.model.consent import privacy_notice

    page = PersonFormPage()
    qtbot.addWidget(page)
    page.fill({"local_name": "សុខ", "latin_name": "Sok", "sex": "F", "birth_date": "2015-06-01",
               "province": "12", "district": "1203", "commune": "120304",
               "village": "12030405", "consent": "self"})
    assert not page.guardian.isEnabled()
    assert page.validate(dt.date(2026, 11, 22)) is None
    assert page.error_text == ("A person under 18 does not agree alone: a parent or guardian "
                               "agrees for them.")
    page.fill({"consent": "guardian"})
    assert page.guardian.isEnabled()
    assert page.validate(dt.date(2026, 11, 22)) is None
    assert page.error_text == "Name the parent or guardian who agreed."
    assert "border" in page.guardian.styleSheet()
    page.fill({"guardian": "Chan Sophea (mother)"})
    found = page.validate(dt.date(2026, 11, 22))
    assert found is not None and found.consent is not None
    assert found.consent.guardian == "Chan Sophea (mother)"
    apply_language("km")
    try:
        page.notice_button.click()
        box = page.notice
        assert box is not None and box.isVisible()
        assert box.text() == privacy_notice().text("km")
        assert privacy_notice().version in box.informativeText()
        box.close()
    finally:
        apply_language("en")


def test_a_name_typed_instead_of_picked_is_kept_as_its_code(qtbot: QtBot) -> None:
    import datetime as dt

    page = PersonFormPage()
    qtbot.addWidget(page)
    page.fill({"local_name": "សុខ", "latin_name": "Sok", "sex": "F", "birth_date": "1960-01-01",
               "province": "12", "district": "1203"})
    page.address.boxes["commune"].setEditText("chealea")  # typed, not picked from the list
    assert page.values()["commune"] == "120303"
    # a commune of another district, typed by name, is named as the mistake (not stored as
    # a made-up code "Angkor Ban")
    page.address.boxes["commune"].setEditText("Angkor Ban")
    page.address.boxes["village"].setEditText("V77")  # a village not listed yet
    assert page.values()["commune"] == "120401"
    assert page.validate(dt.date(2026, 11, 22)) is None
    assert "Angkor Ban (120401) is not in the district Batheay (1203)" in page.error_text

"""A person's details corrected from the clerk's search: the dialog is prefilled, the list shows
the corrected name, the message line says what changed and that the card should be replaced,
and the centre gets one ``person_update``; a clerk sees names read-only and who may change
them."""

from __future__ import annotations

from typing import Any

import cbor2
import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from station.model.cards import record_issued
from station.model.ui_context import StationContext
from station.registry.base import OUTBOX
from station.views.correction_dialog import CorrectionDialog
from station.views.places import demo_gazetteer
from tests.gui.conftest import FIXED_NOW
from tests.gui.test_deaths import _cell, _person, _search

pytestmark = pytest.mark.gui


def _updates(station: Any) -> list[dict[str, Any]]:
    with station.reading() as s:
        return [cbor2.loads(p) for (p,) in s.execute(
            sa.select(OUTBOX.c.payload).where(OUTBOX.c.kind == "person_update"))]


def test_a_supervisor_corrects_a_latin_name_from_the_search(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    from station.model.operators import login
    from tests.gui.conftest import PASSWORD

    person_id = _person(station)
    record_issued(station, person_id=person_id, serial="0C07", credential=b"cose",
                  by=login(station, "super", PASSWORD, now=FIXED_NOW), now=FIXED_NOW)
    page = _search(qtbot, live_ctx, station, "super")
    assert page.correct_button.isVisible() and page.correct_button.isEnabled()
    page.correct_button.click()
    dialog = page.correction_dialog
    assert dialog is not None and dialog.isVisible()
    try:
        assert dialog.latin_name.text() == "Sok Dara"  # prefilled
        assert dialog.address.codes()["village"] == "12040103"
        dialog.ok.click()  # nothing changed: refused inside the dialog
        assert dialog.isVisible() and "Nothing was changed" in dialog.error.text()
        dialog.latin_name.setText("Sok Darra")
        dialog.ok.click()  # no reason
        assert dialog.isVisible() and "reason" in dialog.error.text()
        dialog.reason.setText("birth certificate 42/1990")
        dialog.ok.click()
    finally:
        if dialog.isVisible():
            dialog.reject()
    qtbot.waitUntil(lambda: _cell(page.table, 0, 1) == "Sok Darra", timeout=10000)
    assert "Details corrected: Latin name." in page.status.text()
    assert "The card 0C07 shows the old details" in page.status.text()
    updates = _updates(station)
    assert len(updates) == 1 and updates[0]["fields"] == ["latin_name"]


def test_a_clerk_sees_names_read_only_and_who_may_change_them(qtbot: QtBot) -> None:
    person = {"person_id": "p-1", "local_name": "សុខ ដារា", "latin_name": "Sok Dara",
              "sex": "F", "birth_date": "1990-04-12", "birth_date_estimated": False,
              "address": {"province": "12", "district": "1204", "commune": "120401",
                          "village": "12040103"}, "phone": None, "other_ids": {},
              "household_id": None, "relation_to_head": None}
    dialog = CorrectionDialog(person, demo_gazetteer(), FIXED_NOW.date(), supervisor=False)
    qtbot.addWidget(dialog)  # never shown
    assert dialog.latin_name.isReadOnly() and not dialog.sex.isEnabled()
    assert not dialog.who.isHidden() and "supervisor" in dialog.who.text()
    assert not dialog.phone.isReadOnly()
    dialog.phone.setText("012 345 678")
    assert dialog.changes() == {"phone": "012 345 678"}
    assert dialog.whole_household.isHidden()  # a person on their own: no household to move


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_a_household_member_can_take_the_whole_household_along(
        qtbot: QtBot, language: str) -> None:
    """The family moves together: the box asks for it, refuses without a new address, and
    its Alt letter is the dialog's own in every language."""

    from station.i18n import apply_language
    from tests.gui.test_first_day_gui import dialog_alt_letters

    apply_language(language)
    person = {"person_id": "p-1", "local_name": "សុខ ដារា", "latin_name": "Sok Dara",
              "sex": "F", "birth_date": "1990-04-12", "birth_date_estimated": False,
              "address": {"province": "12", "district": "1204", "commune": "120401",
                          "village": "12040103"}, "phone": None, "other_ids": {},
              "household_id": "hh-1", "relation_to_head": "head"}
    dialog = CorrectionDialog(person, demo_gazetteer(), FIXED_NOW.date(), supervisor=False)
    qtbot.addWidget(dialog)  # never shown
    try:
        assert not dialog.whole_household.isHidden()
        letters = dialog_alt_letters(dialog)
        assert len(letters) == len(set(letters)), letters
        dialog.whole_household.setChecked(True)
        dialog.reason.setText("moved (form 12)")
        dialog.phone.setText("012 345 678")
        dialog.ok.click()  # a new phone, no new address: nothing to move the household to
        assert dialog.result() == 0 and dialog.error.text()
    finally:
        apply_language("en")

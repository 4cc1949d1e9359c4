"""A supervisor erases a person's fingerprints when they withdraw their consent to them: from
the privacy dialog of the search, through a dialog that says what follows and who asks; the
rows go and the page says which cards still carry the prints. A clerk sees no such button;
a child does not ask alone; every Alt letter is the dialog's own in the four languages."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.registry.models import Card, Fingerprint
from station.views.erasure_dialog import ErasureDialog
from tests.gui.conftest import FIXED_NOW
from tests.gui.test_deaths import _person, _search

pytestmark = pytest.mark.gui


def test_a_supervisor_erases_the_fingerprints_from_the_privacy_dialog(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    person = _person(station)
    with station.transaction() as s:
        s.add(Card(serial="0A0B0C0D", person_id=person, credential=b"x", status="issued",
                   issued_at=FIXED_NOW.replace(tzinfo=None)))
    clerk = _search(qtbot, live_ctx, station, "clerk1")
    clerk.table.selectRow(0)
    clerk.consent_button.click()
    seen = clerk.consent_dialog
    assert seen is not None
    assert not seen.erase_button.isVisible() and "2 finger(s) on file" in seen.prints.text()
    seen.reject()

    page = _search(qtbot, live_ctx, station, "super")
    page.table.selectRow(0)
    page.consent_button.click()
    consent = page.consent_dialog
    assert consent is not None and consent.erase_button.isVisible()
    consent.erase_button.click()
    assert not consent.isVisible()
    dialog = page.erasure_dialog
    assert dialog is not None and dialog.isVisible()
    try:
        assert "can no longer find them by their fingers" in dialog.findChild(
            type(dialog.error), "erasureTold").text()
        dialog.ok.click()  # nobody chosen
        assert dialog.isVisible() and "Choose who asks" in dialog.error.text()
        dialog.asked.setCurrentIndex(dialog.asked.findData("self"))
        dialog.ok.click()
    finally:
        if dialog.isVisible():
            dialog.reject()
    qtbot.waitUntil(lambda: "Fingerprints erased for" in page.status.text(), timeout=10000)
    assert "(2 finger(s))" in page.status.text()
    assert "Card(s) 0A0B0C0D still carry them" in page.status.text()
    with station.reading() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Fingerprint)) == 0
    qtbot.waitUntil(lambda: page.consent_button.isEnabled(), timeout=10000)
    page.consent_button.click()
    again = page.consent_dialog
    assert again is not None
    try:
        assert "erased on" in again.prints.text() and not again.erase_button.isEnabled()
    finally:
        again.reject()


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_a_child_does_not_ask_alone_and_every_alt_letter_is_the_dialogs_own(
        qtbot: QtBot, language: str) -> None:

    from station.i18n import apply_language
    from station.model.consent import NOT_RECORDED, OnFile
    from station.views.consent_dialog import ConsentDialog
    from tests.gui.test_first_day_gui import dialog_alt_letters

    apply_language(language)
    try:
        child = ErasureDialog("Chan Nita", dt.date(2015, 6, 1), FIXED_NOW.date(), 2)
        consent = ConsentDialog("Chan Nita", dt.date(2015, 6, 1), FIXED_NOW.date(),
                                OnFile(None, None, NOT_RECORDED), fingers=2, supervisor=True)
        for dialog in (child, consent):
            qtbot.addWidget(dialog)  # never shown
            letters = dialog_alt_letters(dialog)
            assert len(letters) == len(set(letters)), (language, letters)
        child.asked.setCurrentIndex(child.asked.findData("self"))
        child.ok.click()  # 11 years old
        assert child.result() == 0 and child.error.text()
        assert not child.guardian.isEnabled()
        child.asked.setCurrentIndex(child.asked.findData("guardian"))
        assert child.guardian.isEnabled() and not child.error.text()
        child.ok.click()  # unnamed
        assert child.result() == 0 and child.error.text()
        child.guardian.setText("Chan Sophea")
        child.ok.click()
        assert child.result() == 1 and child.chosen() == ("guardian", "Chan Sophea")
    finally:
        apply_language("en")

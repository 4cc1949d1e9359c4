"""A clerk adds fingerprints to a registered person from the privacy dialog of the search:
the enrolment's capture, limited to the fingers with no print on file, and who agrees; the
fingers are searched first. Prints that match someone else add nothing and the page says
whom they match. Every Alt letter is the dialog's own in the four languages."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from station.capture.base import Finger
from station.model.ui_capture import CaptureSheet, FingerStatus
from station.model.ui_context import StationContext
from station.registry.models import Fingerprint
from station.views.add_fingers_dialog import AddFingersDialog
from station.views.clerk.capture import CapturePage
from station.views.clerk.search import SearchPage
from tests.gui.conftest import FIXED_NOW, SeededScanner, seeded_extract
from tests.gui.test_deaths import _person
from tests.station.helpers import PASSWORD, POLICY, demographics

pytestmark = pytest.mark.gui


def _page(qtbot: QtBot, live_ctx: StationContext, station: Any) -> SearchPage:
    from station.model.operators import login

    page = SearchPage(live_ctx.service("station"),
                      operator=login(station, "clerk1", PASSWORD, now=FIXED_NOW),
                      clock=live_ctx.clock,
                      capture_page=lambda order: CapturePage(
                          live_ctx.scanner, CaptureSheet(order), capture=seeded_extract))
    qtbot.addWidget(page)
    page.show()
    page.query.setText("Sok Dara")
    page.search()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10000)
    page.table.selectRow(0)
    return page


def _add_thumb(qtbot: QtBot, page: SearchPage) -> AddFingersDialog:
    """Open "Add fingerprints" from the privacy dialog and capture the right thumb."""
    page.consent_button.click()
    consent = page.consent_dialog
    assert consent is not None and consent.add_button.isVisible()
    assert consent.add_button.isEnabled()
    consent.add_button.click()
    dialog = page.add_fingers_dialog
    assert dialog is not None and dialog.isVisible() and not consent.isVisible()
    # the fingers with no print on file, in the enrolment's order
    assert list(dialog.capture.sheet.fingers)[:2] == [Finger.RIGHT_THUMB, Finger.LEFT_THUMB]
    assert Finger.RIGHT_INDEX not in dialog.capture.sheet.fingers
    dialog.capture.select(Finger.RIGHT_THUMB)
    dialog.capture.capture_selected()
    qtbot.waitUntil(lambda: dialog.capture.sheet[Finger.RIGHT_THUMB].status
                    is FingerStatus.CAPTURED, timeout=10000)
    return dialog


def test_a_clerk_adds_a_finger_that_matches_no_one(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    person = _person(station)  # right and left index on file
    assert isinstance(live_ctx.scanner, SeededScanner)
    live_ctx.scanner.seed = 41
    page = _page(qtbot, live_ctx, station)
    dialog = _add_thumb(qtbot, page)
    try:
        dialog.ok.click()  # nobody chosen
        assert dialog.isVisible() and "choose who agreed" in dialog.error.text()
        dialog.agreed.setCurrentIndex(dialog.agreed.findData("self"))
        dialog.ok.click()
    finally:
        if dialog.isVisible():
            dialog.reject()
    qtbot.waitUntil(lambda: "Fingerprints added for" in page.status.text(), timeout=10000)
    assert "(1 finger(s))" in page.status.text()
    with station.reading() as s:
        positions = set(s.scalars(sa.select(Fingerprint.position).where(
            Fingerprint.person_id == person)))
    assert positions == {1, 2, 7}


def test_prints_of_someone_else_add_nothing_and_the_page_says_whom(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    from station.model.enrolment import Enrolled, enrol
    from station.model.operators import login

    person = _person(station)
    thumb = seeded_extract(SeededScanner(52), Finger.RIGHT_THUMB)[1]
    other = enrol(station, demographics("Chan Vuthy"), {"right-thumb": thumb}, now=FIXED_NOW,
                  operator=login(station, "clerk1", PASSWORD, now=FIXED_NOW), policy=POLICY)
    assert isinstance(other, Enrolled)
    assert isinstance(live_ctx.scanner, SeededScanner)
    live_ctx.scanner.seed = 52  # Chan Vuthy at the scanner, as Sok Dara
    page = _page(qtbot, live_ctx, station)
    dialog = _add_thumb(qtbot, page)
    dialog.agreed.setCurrentIndex(dialog.agreed.findData("self"))
    dialog.ok.click()
    qtbot.waitUntil(lambda: "nothing was added" in page.status.text(), timeout=10000)
    assert other.person_id in page.status.text()
    # the auditor reads both events in words, not as codes
    from station.views.audit_words import action_words

    words = action_words()
    assert words["person.fingerprints_refused"].startswith("fingerprints not added")
    assert words["person.fingerprints_added"] == "fingerprints added to a registered person"
    with station.reading() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Fingerprint).where(
            Fingerprint.person_id == person)) == 2


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_every_alt_letter_is_the_dialogs_own(qtbot: QtBot, language: str) -> None:

    from station.i18n import apply_language
    from station.model.consent import NOT_RECORDED, OnFile
    from station.views.consent_dialog import ConsentDialog
    from tests.gui.test_first_day_gui import dialog_alt_letters

    apply_language(language)
    try:
        child = AddFingersDialog("Chan Nita", dt.date(2015, 6, 1), FIXED_NOW.date(),
                                 CapturePage(SeededScanner(3), CaptureSheet(
                                     (Finger.RIGHT_THUMB,)), capture=seeded_extract))
        consent = ConsentDialog("Chan Nita", dt.date(2015, 6, 1), FIXED_NOW.date(),
                                OnFile(None, None, NOT_RECORDED), fingers=2, supervisor=True,
                                can_add=True)
        for dialog in (child, consent):
            qtbot.addWidget(dialog)  # never shown
            letters = dialog_alt_letters(dialog)
            assert len(letters) == len(set(letters)), (language, letters)
        child.capture.capture_selected()
        qtbot.waitUntil(lambda: bool(child.captured()), timeout=10000)
        child.agreed.setCurrentIndex(child.agreed.findData("self"))
        child.ok.click()  # 11 years old: a guardian agrees for them
        assert child.result() == 0 and child.error.text()
        child.agreed.setCurrentIndex(child.agreed.findData("guardian"))
        child.guardian.setText("Chan Sophea")
        child.ok.click()
        assert child.result() == 1 and child.chosen() == ("guardian", "Chan Sophea")
        assert list(child.captured()) == [Finger.RIGHT_THUMB]
    finally:
        apply_language("en")

"""A clerk replaces a poor print from the privacy dialog of the search: the capture offers the
fingers on file, the clerk ticks those to replace and says why; a capture that matches the
print on file shows the person is the one registered, and when none does the page says a
clerk cannot replace. Every Alt letter is the dialog's own in the four languages."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from station.capture.base import Finger
from station.model.ui_capture import CaptureSheet, FingerStatus
from station.model.ui_context import StationContext
from station.registry.models import AuditEvent, Fingerprint
from station.views.add_fingers_dialog import AddFingersDialog
from station.views.clerk.capture import CapturePage
from station.views.clerk.search import SearchPage
from tests.gui.conftest import FIXED_NOW, SeededScanner, seeded_extract
from tests.gui.test_add_fingers_dialog import _page
from tests.gui.test_deaths import _person
from tests.station.helpers import PASSWORD, POLICY, demographics

pytestmark = pytest.mark.gui


def _seeded_person(station: Any, seed: int) -> str:
    """Sok Dara, enrolled with the prints the seeded scanner gives for ``seed``."""
    from station.model.enrolment import Enrolled, enrol
    from station.model.operators import login

    scanner = SeededScanner(seed)
    out = enrol(station, demographics("Sok Dara"),
                {f.slug: seeded_extract(scanner, f)[1]
                 for f in (Finger.RIGHT_INDEX, Finger.LEFT_INDEX)},
                now=FIXED_NOW, operator=login(station, "clerk1", PASSWORD, now=FIXED_NOW),
                policy=POLICY)
    assert isinstance(out, Enrolled)
    return out.person_id


def _replace_right_index(qtbot: QtBot, page: SearchPage) -> AddFingersDialog:
    """Open "Replace fingerprints" from the privacy dialog and capture the right index."""
    page.consent_button.click()
    consent = page.consent_dialog
    assert consent is not None and consent.replace_button.isVisible()
    assert consent.replace_button.isEnabled()
    consent.replace_button.click()
    dialog = page.replace_fingers_dialog
    assert dialog is not None and dialog.isVisible() and not consent.isVisible()
    assert dialog.windowTitle() == "Replace fingerprints"
    # the fingers on file, in the enrolment's order
    assert list(dialog.capture.sheet.fingers) == [Finger.RIGHT_INDEX, Finger.LEFT_INDEX]
    assert list(dialog.replace_boxes) == [Finger.RIGHT_INDEX, Finger.LEFT_INDEX]
    dialog.capture.select(Finger.RIGHT_INDEX)
    dialog.capture.capture_selected()
    qtbot.waitUntil(lambda: dialog.capture.sheet[Finger.RIGHT_INDEX].status
                    is FingerStatus.CAPTURED, timeout=10000)
    return dialog


def _positions(station: Any, person: str) -> dict[int, str]:
    with station.reading() as s:
        return {int(position): str(row_id) for position, row_id in s.execute(
            sa.select(Fingerprint.position, Fingerprint.id).where(
                Fingerprint.person_id == person))}


def test_a_clerk_replaces_a_print_and_the_new_capture_shows_it_is_them(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    person = _seeded_person(station, 41)
    before = _positions(station, person)
    assert isinstance(live_ctx.scanner, SeededScanner)
    live_ctx.scanner.seed = 41
    page = _page(qtbot, live_ctx, station)
    dialog = _replace_right_index(qtbot, page)
    try:
        dialog.ok.click()  # nothing ticked
        assert dialog.isVisible() and "Tick the fingers" in dialog.error.text()
        dialog.replace_boxes[Finger.LEFT_INDEX].setChecked(True)  # ticked, not captured
        dialog.ok.click()
        assert dialog.error.text() == "Capture the fingers ticked first: Left index."
        dialog.replace_boxes[Finger.LEFT_INDEX].setChecked(False)
        dialog.replace_boxes[Finger.RIGHT_INDEX].setChecked(True)
        dialog.ok.click()
        assert dialog.error.text() == "Say why the prints are replaced."
        dialog.reason.setText("the hospital's check fails: smeared")
        dialog.ok.click()
        assert "choose who agreed" in dialog.error.text()
        dialog.agreed.setCurrentIndex(dialog.agreed.findData("self"))
        assert list(dialog.replaced()) == [Finger.RIGHT_INDEX] and dialog.checks() == {}
        dialog.ok.click()
    finally:
        if dialog.isVisible():
            dialog.reject()
    qtbot.waitUntil(lambda: "Fingerprints replaced for" in page.status.text(), timeout=10000)
    assert "(1 finger(s))" in page.status.text()
    assert "Shown to be them by: Right index." in page.status.text()
    after = _positions(station, person)
    assert after.keys() == {2, 7} and after[7] == before[7] and after[2] != before[2]


def test_a_clerk_whose_captures_match_nothing_on_file_replaces_nothing(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    person = _person(station)  # prints the seeded scanner never gives
    before = _positions(station, person)
    assert isinstance(live_ctx.scanner, SeededScanner)
    live_ctx.scanner.seed = 41
    page = _page(qtbot, live_ctx, station)
    dialog = _replace_right_index(qtbot, page)
    dialog.replace_boxes[Finger.RIGHT_INDEX].setChecked(True)
    dialog.reason.setText("smeared")
    dialog.agreed.setCurrentIndex(dialog.agreed.findData("self"))
    dialog.ok.click()
    qtbot.waitUntil(lambda: "nothing was replaced" in page.status.text(), timeout=10000)
    assert page.status.text().startswith("No finger captured matches the print on file")
    assert _positions(station, person) == before
    with station.reading() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "person.fingerprints_replace_refused")) == 1
    from station.views.audit_words import action_words

    assert action_words()["person.fingerprints_replaced"] == \
        "fingerprints replaced by a new capture"
    # at a translated desk the refusal is a translated sentence naming the finger
    from station.i18n import apply_language
    from station.model.fingers_added import FingersMatchOthers
    from station.model.fingers_replaced import NotShownPresent
    from station.views.fingers import finger_name
    from station.views.workers import plain_message

    apply_language("id")
    try:
        said = plain_message(NotShownPresent(person, "Sok Dara", [Finger.RIGHT_INDEX]))
        assert "nothing was replaced" not in said and finger_name(Finger.RIGHT_INDEX) in said
        added = plain_message(FingersMatchOthers(person, [], done="added"))
        replaced = plain_message(FingersMatchOthers(person, [], done="replaced"))
        assert "nothing was" not in added + replaced and added != replaced
    finally:
        apply_language("en")


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_every_alt_letter_of_the_replacement_is_its_own(qtbot: QtBot, language: str) -> None:

    from station.i18n import apply_language
    from tests.gui.test_first_day_gui import dialog_alt_letters

    apply_language(language)
    try:
        dialog = AddFingersDialog("Chan Nita", dt.date(1990, 6, 1), FIXED_NOW.date(),
                                  CapturePage(SeededScanner(3), CaptureSheet(
                                      (Finger.RIGHT_INDEX, Finger.LEFT_INDEX)),
                                      capture=seeded_extract), replace=True)
        qtbot.addWidget(dialog)  # never shown
        letters = dialog_alt_letters(dialog)
        assert len(letters) == len(set(letters)), (language, letters)
        if language != "en":
            assert dialog.windowTitle() != "Replace fingerprints"
            assert dialog.replace_boxes[Finger.RIGHT_INDEX].text() != "Right index"
    finally:
        apply_language("en")

"""The sixth day at the desk: the window as its users judge it."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
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
PERSON = {"local_name": "សុខ", "latin_name": "Sok", "sex": "F", "birth_date": "1990-04-12",
          "consent": "self"}


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


# -- a card of a revoked station: signed after, or never delivered -----------------------------

def _revoked_station_cards() -> tuple[Any, dict[str, Any]]:
    """A verifier whose list revokes station st-7's signer 6 hours ago, having received one
    of its cards; and st-7's cards: delivered, issued before but never delivered, signed
    after the revocation."""
    import cardio
    from cardio.pki import issue_signer
    from cardio.revocation import credential_tag
    from station.model.ui_cards import CardVerifier
    from tests.gui.cards import make_dump, make_pki
    from tests.gui.conftest import FIXED_NOW

    pki = make_pki()
    stolen = issue_signer(pki, FIXED_NOW - dt.timedelta(days=1))
    revoked_at = FIXED_NOW - dt.timedelta(hours=6)
    dumps = {"delivered": make_dump(stolen, serial="0A01", issued=revoked_at - HOURS_12),
             "undelivered": make_dump(stolen, serial="0A02", issued=revoked_at - HOURS_12),
             "after": make_dump(stolen, serial="0A03", issued=revoked_at + HOURS_1)}
    entry = cardio.SignerRevocation(cardio.signer_fingerprint(stolen.signer_cert), revoked_at,
                                    "station st-7 revoked: laptop stolen",
                                    frozenset({credential_tag(dumps["delivered"].credential)}))
    data = cardio.sign_revocation_list([], pki, FIXED_NOW, dt.timedelta(days=30),
                                       signers=[entry])
    crl = cardio.load_revocation_list(data, [pki.root_cert], FIXED_NOW)
    return CardVerifier([pki.root_cert], crl), dumps


HOURS_1, HOURS_12 = dt.timedelta(hours=1), dt.timedelta(hours=12)


@pytest.mark.parametrize("language", ["en", "km"])
def test_a_revoked_stations_card_is_refused_for_what_is_true_of_it(
        qtbot: QtBot, language: str) -> None:
    """A genuine card issued before the station was revoked, but never delivered to the
    centre, was said to be "signed after its issuing station was revoked": untrue, and the
    holder was treated as holding a thief's card. Each case now says what is known."""
    from station.views.card_outcome import CardOutcomeView
    from tests.gui.conftest import FIXED_NOW

    verifier, dumps = _revoked_station_cards()
    apply_language(language)
    view = CardOutcomeView("")
    qtbot.addWidget(view)
    said = {}
    for name, dump in dumps.items():
        outcome = verifier.verify_dump(dump, now=FIXED_NOW, source="card")
        assert outcome.ok is (name == "delivered")
        view.show_outcome(outcome, FIXED_NOW.date())
        said[name] = view.verdict.text()
    after, undelivered = view.reason_text(_outcome(verifier, dumps["after"])), view.reason_text(
        _outcome(verifier, dumps["undelivered"]))
    assert after != undelivered
    assert after in said["after"] and undelivered in said["undelivered"]
    if language == "en":
        assert "signed after" in after
        assert "signed after" not in undelivered
        assert "before" in undelivered and "never" in undelivered
    else:
        for text in (after, undelivered):
            assert not re.search("[A-Za-z]{3,}", text), text


def _outcome(verifier: Any, dump: Any) -> Any:
    from tests.gui.conftest import FIXED_NOW

    return verifier.verify_dump(dump, now=FIXED_NOW, source="card")


# -- Qt's file dialogs at a Khmer desk ----------------------------------------------------------

def _dialog_words(dialog: Any) -> list[str]:
    """Every word the file dialog shows: labels, buttons (and icon buttons' tips), the
    file list's column titles."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTreeView

    words = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()]
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible():
            words.append(button.text() or button.toolTip())
    for tree in dialog.findChildren(QTreeView):
        model = tree.model()
        words += [str(model.headerData(i, Qt.Orientation.Horizontal))
                  for i in range(model.columnCount())]
    return [w for w in words if w]


@pytest.mark.parametrize("kind", ["folder", "save"])
def test_file_dialogs_speak_khmer_at_a_khmer_desk(qtbot: QtBot, tmp_path: Any,
                                                  kind: str) -> None:
    """Qt ships no Khmer, Urdu or Indonesian translation of its file dialog: "Look in:",
    "Choose", "Cancel", "Name" stayed English at those desks (backup, new certificates,
    card dumps, audit export)."""
    from station.views.file_dialogs import folder_dialog, save_dialog
    from station.views.formats import without_mnemonic

    apply_language("km")
    dialog = (folder_dialog(None, "ថត", str(tmp_path)) if kind == "folder"
              else save_dialog(None, "រក្សាទុក", str(tmp_path / "audit-events.csv"),
                               "CSV (*.csv)"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    words = _dialog_words(dialog)
    assert len(words) >= 10, words
    english = [w for w in words if re.search("[A-Za-z]{2,}", without_mnemonic(w))]
    assert english == [], english
    dialog.reject()


# -- the clerk page reads the registry in a worker ---------------------------------------------

def hold_person_reads(live_ctx: Any, monkeypatch: pytest.MonkeyPatch,
                      request: pytest.FixtureRequest) -> tuple[Any, Any]:
    """Make the registry's person read wait in its worker until the test sets ``gate``;
    ``reading`` is set once a read has started (:func:`tests.gui._hold.hold_calls`)."""
    from tests.gui._hold import hold_calls

    return hold_calls(monkeypatch, request, live_ctx.services["station"], "person")


def test_a_slow_registry_does_not_freeze_the_clerk_and_a_late_answer_is_dropped(
        qtbot: QtBot, live_ctx: Any, monkeypatch: pytest.MonkeyPatch,
        request: pytest.FixtureRequest) -> None:
    """Adding a member read the household's address on the GUI thread: with the registry
    held by another program the window froze until it answered. The read now runs in a
    worker; an answer that comes after the clerk moved on changes nothing."""

    from station.views.clerk.page import FIND, PERSON, RECEIPT
    from tests.gui.test_clerk_flow import PERSON_FIELDS, _clerk, _enrol

    page = _clerk(qtbot, live_ctx)
    result = _enrol(qtbot, page, dict(PERSON_FIELDS, commune="120301", village="12030101"))
    person_id = result.person_id
    page.restart()
    page.search.query.setText("Sok Dara")
    page.search.search()
    qtbot.waitUntil(page.search.member_button.isEnabled, timeout=10000)

    gate, reading = hold_person_reads(live_ctx, monkeypatch, request)
    page.search.member_button.click()  # returns at once: the read waits in a worker
    assert reading.wait(10)
    assert page.step == FIND and page.message.text()
    page.restart()  # the clerk gives up and starts afresh
    page.search.new_button.click()
    assert page.step == PERSON
    page.person.fill({"latin_name": "Someone Else"})
    gate.set()
    page.wait()
    qtbot.waitUntil(lambda: not page._reads.busy, timeout=10000)
    QApplication.processEvents()
    assert page.step == PERSON and page.person.wants_new_household  # the late answer dropped
    assert page.person.values()["commune"] == ""

    gate.clear()
    reading.clear()
    page.restart()
    page.search.query.setText("Sok Dara")
    page.search.search()
    qtbot.waitUntil(page.search.member_button.isEnabled, timeout=10000)
    page.search.member_button.click()
    assert reading.wait(10) and page.step == FIND
    gate.set()
    qtbot.waitUntil(lambda: page.step == PERSON, timeout=10000)  # answered: the form opens
    assert page.person.values()["commune"] == "120301"  # the household's own place

    page.card_person = person_id  # the receipt of a registered person, read aside too
    gate.clear()
    page.go(RECEIPT)
    page._fill_receipt()
    assert page.receipt is None
    page.save_receipt()  # nothing to save yet, and no freeze
    gate.set()
    qtbot.waitUntil(lambda: page.receipt is not None, timeout=10000)
    assert "Sok Dara" in page.receipt_page.summary.text()


# -- the duplicate page's prints at 1024 x 700 in Khmer -----------------------------------------

def test_the_duplicate_prints_fit_whole_at_1024_by_700_in_khmer(
        qtbot: QtBot, live_ctx: Any) -> None:
    """With the Khmer banner on three lines, the candidates and the decision row, the two
    prints were given less height than they drew in: their lower part (minutiae included)
    went under the decision row. Each print is now drawn whole inside what is shown of it."""
    from PySide6.QtCore import QRect

    from station.model.ui_session import Mode
    from station.views.clerk.page import ClerkPage
    from station.views.main_window import MainWindow
    from tests.gui.test_clerk_flow import PERSON_FIELDS, _clerk, _enrol
    from tests.gui.test_first_day_gui import SMALL, _fits

    first = _clerk(qtbot, live_ctx)
    window = first.window()
    assert isinstance(window, MainWindow)
    window.set_language("km")  # the window is built again in Khmer
    page = window.page(Mode.CLERK)
    assert isinstance(page, ClerkPage)
    _enrol(qtbot, page, PERSON_FIELDS)
    page.restart()
    _enrol(qtbot, page, dict(PERSON_FIELDS, latin_name="Dara Sok", local_name="ដារា"))
    assert page.dedup.decision.isVisible()
    assert _fits(window), f"{window.width()}x{window.height()}"
    assert (window.width(), window.height()) == SMALL
    decision_top = page.dedup.decision.mapTo(window, page.dedup.decision.rect().topLeft()).y()
    for view in (page.dedup.applicant, page.dedup.candidate):
        drawn = view.image_rect().toRect()
        assert not drawn.isEmpty()
        shown = view.visibleRegion().boundingRect().adjusted(-1, -1, 1, 1)  # (rounding)
        assert shown.contains(drawn), (shown, drawn)  # the whole picture is on screen
        bottom = view.mapTo(window, drawn.bottomLeft()).y()
        assert bottom < decision_top, (bottom, decision_top)  # not under the decision row
        assert QRect(0, 0, *SMALL).contains(view.mapTo(window, drawn.topLeft()))


def test_no_duplicate_is_a_banner_not_the_whole_page(qtbot: QtBot) -> None:
    """"No duplicate found" was a green box the size of the page with one line in its
    middle (the prints, hidden, left it all the room): it reads as a banner at the top."""
    from types import SimpleNamespace

    from station.model.ui_capture import CaptureSheet
    from station.views.clerk.duplicates import DuplicatePage

    page = DuplicatePage()
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    page.run(lambda: SimpleNamespace(person_id="p-1", candidates=[]), lambda _p: {},
             CaptureSheet())
    qtbot.waitUntil(lambda: "No duplicate found" in page.banner.text(), timeout=20000)
    QApplication.processEvents()
    banner = page.banner
    assert banner.height() <= banner.heightForWidth(banner.width()) + 8, banner.height()
    assert banner.y() < page.height() / 4  # at the top, where the eye starts


def test_the_auditor_lists_a_never_delivered_card_for_what_is_true_of_it(
        qtbot: QtBot, ctx: Any, tmp_path: Any) -> None:
    """The English auditor's list of dumps took the model's sentence ("signed after its
    issuing station was revoked") for the card that never reached the centre too."""
    from station.model.ui_session import OperatorSession
    from station.views.auditor import AuditorPage

    verifier, dumps = _revoked_station_cards()
    for name in ("undelivered", "after"):
        (tmp_path / f"{name}.json").write_text(dumps[name].to_json())
    ctx.services["cards"] = verifier
    page = AuditorPage(ctx, OperatorSession("aud", "auditor"))
    qtbot.addWidget(page)
    page.verify_folder(tmp_path)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=10000)
    reasons = {page.table.item(r, 0).text(): page.table.item(r, 3).text() for r in range(2)}
    assert "signed after" in reasons["after.json"]
    assert "signed after" not in reasons["undelivered.json"]
    assert "never delivered" in reasons["undelivered.json"]


def test_the_demo_scanner_is_named_in_the_desks_language(qtbot: QtBot) -> None:
    """The capture page said "Scanner: demo scanner (synthetic person 1)" in English at the
    Khmer, Urdu and Indonesian desks (the demo shown at a training is in their language)."""
    from station.capture.demo import DemoScanner
    from station.views.clerk.capture import CapturePage

    apply_language("km")
    page = CapturePage(DemoScanner(person_seed=7))
    qtbot.addWidget(page)
    said = page.scanner_label.text()
    assert "7" in said and not re.search("[A-Za-z]", said), said

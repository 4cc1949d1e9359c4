"""Walk 10: a day at the desk in Indonesian and Urdu, as its users would judge it.

A date field at the Urdu desk read its year first ("2031/4/12") beside a message and tables
that write "12/4/2031"; a time in an Urdu table read "AM 9:30 23/11/2026"; and Enter at
"Sign out? The enrolment in progress will be lost" or "Revoke the card?" answered Yes.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from station.i18n import apply_language
from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.views.clerk.page import FINGERS
from station.views.formats import office_date_time, short_date
from tests.gui.conftest import FIXED_NOW
from tests.gui.test_first_day_gui import _signed_in, alt_letter

pytestmark = pytest.mark.gui

BIRTH = dt.date(2031, 4, 12)


@pytest.mark.parametrize("language", ["ur", "id", "en"])
def test_a_date_field_reads_as_the_desk_writes_dates(qtbot: QtBot, language: str) -> None:
    """Urdu: Qt turned the field's sections round at a right-to-left desk, so the birth date
    read 2031/4/12 while the refusal under it said 12/4/2031. Every date field (birth,
    death, follow-ups) now reads day first, as every other date on the screen."""
    from station.views.clerk.person_form import PersonFormPage
    from station.views.death_dialog import DeathDialog

    apply_language(language)
    form = PersonFormPage()
    qtbot.addWidget(form)
    form.birth_date.setDate(QDate(BIRTH.year, BIRTH.month, BIRTH.day))
    assert form.birth_date.text() == short_date(BIRTH)
    death = DeathDialog("Sok Dara", dt.date(1958, 4, 12), BIRTH)
    qtbot.addWidget(death)
    assert death.date.text() == short_date(BIRTH)
    # the calendar that drops down still runs the desk's way
    assert death.date.calendarWidget().layoutDirection() == QApplication.layoutDirection()


def test_the_follow_up_date_reads_day_first_at_the_urdu_desk(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    from station.views.services.cases_panel import CasesPanel

    apply_language("ur")
    station = live_ctx.services["station"].station
    panel = CasesPanel(station, None, live_ctx.clock)
    qtbot.addWidget(panel)
    panel.next_date.setDate(QDate(BIRTH.year, BIRTH.month, BIRTH.day))
    assert panel.next_date.text() == short_date(BIRTH)


def test_a_time_in_an_urdu_table_reads_date_then_time(qtbot: QtBot,
                                                      live_ctx: StationContext) -> None:
    """The supervisor's operators list wrote a last sign-in as "AM 9:30 22/11/2026": the
    date, the time and AM were laid out right to left as three pieces. A time is now kept
    whole, left to right, inside the Urdu line."""
    apply_language("ur")
    window = _signed_in(qtbot, live_ctx)
    window.switch_to(Mode.SUPERVISOR)
    tabs = window.mode_widgets[Mode.SUPERVISOR]
    from station.views.operators_page import OperatorsPage

    page = next(tabs.widget(i) for i in range(tabs.count())  # type: ignore[attr-defined]
                if isinstance(tabs.widget(i), OperatorsPage))  # type: ignore[attr-defined]
    tabs.setCurrentWidget(page)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.table.rowCount() >= 2, timeout=20000)
    shown = [page.table.item(row, 4).text() for row in range(page.table.rowCount())]
    moment = office_date_time(FIXED_NOW, live_ctx.clock().tzinfo)
    assert moment.startswith("\u2066") and moment.endswith("\u2069"), ascii(moment)
    assert "9:30" in moment and "22/11/2026" in moment, ascii(moment)
    assert moment in shown, ascii(shown)


def test_a_time_at_a_left_to_right_desk_is_plain(qtbot: QtBot) -> None:
    apply_language("id")
    assert office_date_time(FIXED_NOW, dt.UTC) == "22/11/2026 09.30"


def _answer_with_enter(qtbot: QtBot, seen: list[str], said: list[str] | None = None) -> None:
    """When the question comes up, note its default button (and its words in ``said``) and
    press Enter on it."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        default = box.defaultButton()
        seen.append(box.standardButton(default).name if default is not None else "none")
        if said is not None:
            said.append(box.text())
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press)


def test_enter_at_the_sign_out_question_keeps_the_enrolment(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """Enter at "Sign out? The enrolment in progress will be lost" signed the clerk out and
    lost what was typed and captured: Yes was the default. No is."""
    from tests.gui.test_first_day_gui import _half_enrolled

    window, page = _half_enrolled(qtbot, live_ctx)
    seen: list[str] = []
    _answer_with_enter(qtbot, seen)
    window.header.sign_out.click()
    assert seen == ["No"]
    assert window.session is not None and page.capture.sheet.accepted()


def test_enter_at_the_revoke_question_keeps_the_card(qtbot: QtBot,
                                                    live_ctx: StationContext) -> None:
    """Enter at "Revoke the card ...? It stops working at every hospital" revoked it."""
    window = _signed_in(qtbot, live_ctx)
    window.switch_to(Mode.SUPERVISOR)
    page = window.page(Mode.SUPERVISOR)
    seen: list[str] = []
    _answer_with_enter(qtbot, seen)
    card = SimpleNamespace(serial="0A0B0C0D", latin_name="Sok Dara")
    assert page._confirm_revoke(card) is False  # type: ignore[attr-defined]
    assert seen == ["No"]


@pytest.mark.parametrize("language", ["ur", "km"])
def test_every_alt_letter_at_a_khmer_or_urdu_desk_is_the_english_one(language: str) -> None:
    """Urdu's "Compare the prints" and the case dialog's fields had their Alt letter on an
    Urdu letter (م, ر, ا, ش), which Alt and a key on the desk's keyboard never reach; every
    other control says its Latin letter in brackets, "(&C)", as the English one."""
    import xml.etree.ElementTree as ET

    from station.i18n import HERE

    wrong = []
    for context in ET.parse(HERE / f"sws_{language}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [n.text or "" for n in translation.iter("numerusform")] or \
                [translation.text or ""]
            wrong += [(source, text) for text in forms
                      if alt_letter(source) and alt_letter(text) != alt_letter(source)]
    assert wrong == []


def _esc_then_enter(qtbot: QtBot, dialog: Any, said: list[str] | None = None) -> list[str]:
    """Esc on ``dialog``; Enter at the question it asks. Returns the question's default
    button."""
    seen: list[str] = []
    dialog.show()
    qtbot.waitExposed(dialog)
    _answer_with_enter(qtbot, seen, said)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    return seen


def test_esc_in_the_death_dialog_keeps_what_was_typed(qtbot: QtBot) -> None:
    """Esc pressed by habit closed "Record a death" and threw away the certificate's number
    the supervisor had typed. It now asks, No the default; with nothing typed it closes."""
    from station.views.death_dialog import DeathDialog

    apply_language("ur")
    dialog = DeathDialog("Sok Dara", dt.date(1958, 4, 12), FIXED_NOW.date())
    qtbot.addWidget(dialog)
    dialog.source.setText("death certificate 123/2026")
    said: list[str] = []
    assert _esc_then_enter(qtbot, dialog, said) == ["No"]
    assert said and "محفوظ" in said[0], said  # asked in the desk's language
    assert dialog.isVisible() and dialog.source.text() == "death certificate 123/2026"
    dialog.source.clear()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_esc_in_the_new_operator_dialog_keeps_what_was_typed(qtbot: QtBot) -> None:
    from station.views.operator_dialogs import NewOperatorDialog

    apply_language("id")
    dialog = NewOperatorDialog()
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Sokha Chan")
    assert _esc_then_enter(qtbot, dialog) == ["No"]
    assert dialog.isVisible() and dialog.full_name.text() == "Sokha Chan"


def _unreachable(page: Any) -> tuple[list[str], list[str]]:
    """The page's visible choices no Alt letter reaches, and its Alt letters in use."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QTabBar

    labels = [x for x in page.window().findChildren(QLabel) if x.isVisible()]
    reached = {x.buddy() for x in labels if x.buddy() is not None and alt_letter(x.text())}
    boxes = [box.objectName() for box in page.findChildren(QComboBox)
             if box.isVisible() and box not in reached]
    letters = [alt_letter(x.text()) for x in labels if x.buddy() is not None]
    letters += [alt_letter(b.text()) for b in page.window().findChildren(QAbstractButton)
                if b.isVisible()]
    for bar in page.window().findChildren(QTabBar):
        letters += [alt_letter(bar.tabText(i)) for i in range(bar.count())] if bar.isVisible() \
            else []
    return boxes, [x for x in letters if x]


@pytest.mark.parametrize("language", ["en", "id", "ur", "km"])
def test_the_reader_and_the_finger_to_check_have_their_alt_letters(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    """Keyboard only, the hospital focal point could reach every button but not which reader
    to read nor which finger to check, and the clerk's card step not which reader to write:
    "Reader:" and "Optional finger check:" had no Alt letter. Each now has its own."""
    from station.views.clerk.page import CARD

    apply_language(language)
    window = _signed_in(qtbot, live_ctx)
    window.resize(1024, 700)
    window.switch_to(Mode.HOSPITAL)
    hospital = window.page(Mode.HOSPITAL)
    hospital.finger_box.addItem("right index")  # type: ignore[attr-defined]
    boxes, letters = _unreachable(hospital)
    assert boxes == [] and len(letters) == len(set(letters)), (boxes, letters)
    window.switch_to(Mode.CLERK)
    clerk = window.page(Mode.CLERK)
    clerk.go(CARD)  # type: ignore[attr-defined]
    boxes, letters = _unreachable(clerk.card)  # type: ignore[attr-defined]
    assert boxes == [] and len(letters) == len(set(letters)), (boxes, letters)


def _row(seq: int) -> Any:
    from station.model.audit_log import AuditRow

    return AuditRow(seq=seq, at=FIXED_NOW, operator="super", station_id="s", action="x.y",
                    subject_type="person", subject_id="p", details={})


@pytest.mark.parametrize(("language", "many", "events"), [("id", "12.345", "1.234"),
                                                          ("ur", "12,345", "1,234"),
                                                          ("en", "12,345", "1,234")])
def test_a_count_of_records_is_written_as_the_desk_writes_numbers(
        qtbot: QtBot, live_ctx: StationContext, language: str, many: str,
        events: str) -> None:
    """Days offline, the supervisor read "12345 catatan hanya ada di komputer ini" under
    "Orang: 1.768", and the auditor "1234 peristiwa": a count in a sentence was written
    without the language's grouping."""
    from station.views.auditor import AuditorPage

    apply_language(language)
    window = _signed_in(qtbot, live_ctx)
    window.switch_to(Mode.SUPERVISOR)
    page: Any = window.page(Mode.SUPERVISOR)
    page._show_last_backup(None, 12345)
    assert many in page.backup_label.text(), page.backup_label.text()
    auditor = AuditorPage(live_ctx, window.session)  # type: ignore[arg-type]
    qtbot.addWidget(auditor)
    auditor._on_events([_row(i) for i in range(1234)])
    assert events in auditor.events_status.text(), auditor.events_status.text()


def test_a_path_in_an_urdu_sentence_stays_whole(qtbot: QtBot,
                                                live_ctx: StationContext) -> None:
    """"Backup written to /media/usb/...": at the Urdu desk the path's slashes and dots were
    scattered by the line's direction (the receipt's path was already kept whole)."""
    apply_language("ur")
    window = _signed_in(qtbot, live_ctx)
    window.switch_to(Mode.SUPERVISOR)
    page: Any = window.page(Mode.SUPERVISOR)
    page.wait()
    path = "/media/usb/sws-backup-2026-11-22.swsbak"
    page._on_backed_up(SimpleNamespace(path=path, persons=1768))
    assert "\u2066" + path + "\u2069" in page.message.text(), ascii(page.message.text())
    lost = SimpleNamespace(path="/var/lib/sws/packet-key.pem", missing=True)
    assert "\u2066/var/lib/sws/packet-key.pem\u2069" in page._key_text(lost)
    export = SimpleNamespace(count=3, path="/media/usb/old-laptop.sws")
    page.undelivered._on_done(export)
    assert "\u2066/media/usb/old-laptop.sws\u2069" in page.undelivered.result.text()


def test_esc_in_finger_not_available_keeps_the_note(qtbot: QtBot) -> None:
    from station.capture.base import Finger
    from station.views.clerk.capture import UnavailableDialog

    apply_language("id")
    dialog = UnavailableDialog(Finger.LEFT_LITTLE)
    qtbot.addWidget(dialog)
    dialog.note.setText("old injury")
    assert _esc_then_enter(qtbot, dialog) == ["No"]
    assert dialog.isVisible() and dialog.reason_text().endswith("old injury")


def test_start_a_new_enrolment_asks_before_dropping_the_form(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """"Start a new enrolment" (Alt+W, and the first button Tab reaches after the form's
    last field) threw away the typed form and the captured finger without a word. It asks,
    Enter answers No, and the clerk's work stays; asked Yes, it starts again."""
    from tests.gui.test_first_day_gui import _half_enrolled

    apply_language("ur")
    _window, page = _half_enrolled(qtbot, live_ctx)
    seen: list[str] = []
    said: list[str] = []
    _answer_with_enter(qtbot, seen, said)
    page.new_button.click()
    assert seen == ["No"] and said and "Start" not in said[0], said  # in the desk's words
    assert page.step == FINGERS and page.capture.sheet.accepted()
    assert page.person.latin_name.text() == "Sok Dara"
    page.ask = lambda text: True
    page.new_button.click()
    assert page.step == 0 and page.person.latin_name.text() == ""


@pytest.mark.parametrize("language", ["id", "ur", "km"])
def test_the_questionnaire_s_tips_are_in_the_desk_s_language(qtbot: QtBot,
                                                             language: str) -> None:
    """Hovering a question of the vulnerability assessment showed it in English ("Main
    material of the roof") at an Indonesian or Urdu desk: the tip is now the question as
    the form says it."""
    from station.services.questionnaire import load_questionnaire
    from station.views.services.assessment_form import AssessmentForm
    from station.views.services.questionnaire_words import question_text

    apply_language(language)
    questionnaire = load_questionnaire()
    form = AssessmentForm(questionnaire)
    qtbot.addWidget(form)
    for question in questionnaire.questions:
        tip = form.fields[question.id].toolTip()
        assert tip == question_text(question.id, question.text), tip
        assert tip != question.text, tip


@pytest.mark.parametrize("language", ["en", "id", "ur", "km"])
def test_the_auditor_reaches_each_filter_by_its_alt_letter(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    """The audit log's three filters (action, operator, subject) were boxes with grey
    examples inside and no Alt letter: keyboard only, the auditor tabbed through and
    guessed. Each has its label and letter, unique on the page, at 1024x700."""
    from PySide6.QtWidgets import QLineEdit

    apply_language(language)
    window = _signed_in(qtbot, live_ctx)
    window.resize(1024, 700)
    window.switch_to(Mode.AUDITOR)
    page: Any = window.page(Mode.AUDITOR)
    _settle_all()
    boxes, letters = _unreachable(page)
    assert boxes == [], boxes
    lines = [edit.objectName() for edit in page.findChildren(QLineEdit) if edit.isVisible()]
    from PySide6.QtWidgets import QLabel

    reached = {x.buddy() for x in page.findChildren(QLabel) if x.buddy() is not None
               and alt_letter(x.text())}
    assert [n for n in lines if page.findChild(QLineEdit, n) not in reached] == []
    assert len(letters) == len(set(letters)), letters
    assert (window.width(), window.height()) == (1024, 700)


def _settle_all() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("language", ["en", "id", "ur", "km"])
def test_the_case_manager_filter_and_open_grievances_have_their_alt_letters(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    """Keyboard only: the supervisor's follow-ups filtered by case manager, and the clerk's
    grievances shown open ones only, could not be reached by an Alt letter."""
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QTabWidget

    from station.views.services.cases_panel import CasesPanel
    from station.views.services.grievances_panel import GrievancesPanel

    apply_language(language)
    window = _signed_in(qtbot, live_ctx)
    window.resize(1024, 700)
    for mode, kind in ((Mode.SUPERVISOR, CasesPanel), (Mode.CLERK, GrievancesPanel)):
        window.switch_to(mode)
        tabs = window.mode_widgets[mode]
        assert isinstance(tabs, QTabWidget)
        panel = next(tabs.widget(i) for i in range(tabs.count())
                     if isinstance(tabs.widget(i), kind))
        tabs.setCurrentWidget(panel)
        _settle_all()
        _boxes, letters = _unreachable(panel)
        assert len(letters) == len(set(letters)), (kind.__name__, letters)
        if kind is CasesPanel:
            from PySide6.QtWidgets import QLabel

            manager = panel.findChild(QLineEdit, "manager")
            assert any(x.buddy() is manager and alt_letter(x.text())
                       for x in panel.findChildren(QLabel)), "no Alt letter to the filter"
        else:
            box = panel.findChild(QCheckBox, "openOnly")
            assert box is not None and alt_letter(box.text()) in letters, box.text()


@pytest.mark.parametrize("language", ["en", "id", "ur", "km"])
def test_the_latin_name_has_its_alt_letter(qtbot: QtBot, live_ctx: StationContext,
                                           language: str) -> None:
    """Every field of the person's form had its Alt letter but the Latin name: a clerk told
    "the name in Latin letters is missing" had to Tab round to it."""
    from PySide6.QtWidgets import QLabel

    from station.views.clerk.page import PERSON

    apply_language(language)
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.resize(1024, 700)
    page: Any = window.page(Mode.CLERK)
    page.go(PERSON)
    _settle_all()
    assert any(x.buddy() is page.person.latin_name and alt_letter(x.text())
               for x in page.person.findChildren(QLabel)), "no Alt letter to the Latin name"
    _boxes, letters = _unreachable(page)
    assert len(letters) == len(set(letters)), letters


def test_the_last_backup_is_in_the_office_s_time(qtbot: QtBot,
                                                live_ctx: StationContext) -> None:
    """"Last backup" was written in the computer's own zone, every other time on the page in
    the office's (SWS_TIME_ZONE): a Phnom Penh office on a UTC laptop read 09:30 for a backup
    taken at 16:30."""
    import dataclasses
    from zoneinfo import ZoneInfo

    office = FIXED_NOW.astimezone(ZoneInfo("Asia/Phnom_Penh"))
    ctx = dataclasses.replace(live_ctx, clock=lambda: office)
    window = _signed_in(qtbot, ctx)
    window.switch_to(Mode.SUPERVISOR)
    page: Any = window.page(Mode.SUPERVISOR)
    page._show_last_backup(FIXED_NOW, 0)
    assert "16:30" in page.backup_label.text(), page.backup_label.text()


def test_the_end_of_a_membership_reads_day_first_at_the_urdu_desk(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """The Programmes tab's end date was the last date field left with Qt's own layout: at
    the Urdu desk it read 2031/4/12 beside the tab's 12/4/2031."""
    from station.views.services.programmes_panel import ProgrammesPanel

    apply_language("ur")
    station = live_ctx.services["station"].station
    panel = ProgrammesPanel(station, None, live_ctx.clock)
    qtbot.addWidget(panel)
    panel.end_date.setDate(QDate(BIRTH.year, BIRTH.month, BIRTH.day))
    assert panel.end_date.text() == short_date(BIRTH)
